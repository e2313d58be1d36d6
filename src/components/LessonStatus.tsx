/**
 * Top of a lesson: records the visit and shows the lesson's status and how
 * many of its check questions are answered right.
 */
import { LESSON_STATE_KEYS, MASTERY_KEYS } from "../i18n/labels.ts";
import { useEffect } from "preact/hooks";
import { useStore } from "@nanostores/preact";
import { $progress, visitLesson } from "../stores/progress.ts";
import { lessonSummary } from "../lib/progress/summary.ts";
import { lessonMastery, MASTERY_RULE } from "../lib/progress/mastery.ts";
import { t } from "../i18n/t.ts";
import { useHydrated } from "./useHydrated.ts";
import ProgressNotice from "./ProgressNotice.tsx";

export interface LessonStatusProps {
  slug: string;
  /** Ids of the check questions counted: the lesson's, or on its test page the test's. */
  questionIds: string[];
  /** Which questions `questionIds` are, for the line that counts them (default "lesson"). */
  scope?: "lesson" | "test";
  /** Ids of every question of the lesson in the bank (for mastery). */
  bankIds: string[];
}

export default function LessonStatus({
  slug,
  questionIds,
  bankIds,
  scope = "lesson",
}: LessonStatusProps) {
  const hydrated = useHydrated();
  const progress = useStore($progress);
  useEffect(() => visitLesson(slug), [slug]);
  const summary = lessonSummary(progress, slug, questionIds);
  const mastery = lessonMastery(progress.log, bankIds);
  return (
    <div class="lesson-status">
      <p>
        <span class="visually-hidden">{t("status.label")}: </span>
        <span class="badge" data-status={hydrated ? summary.status : "unknown"}>
          {hydrated
            ? t(LESSON_STATE_KEYS[summary.status])
            : t("status.unknown")}
        </span>
        {questionIds.length > 0 && (
          <span class="status-checks">
            {scope === "test"
              ? t("status.testChecks", {
                  right: hydrated ? summary.right : "…",
                  total: questionIds.length,
                })
              : t("status.checks", {
                  right: hydrated ? summary.right : "…",
                  total: questionIds.length,
                })}
          </span>
        )}
      </p>
      {/* Rendered before hydration too, with the same lines, so nothing below shifts. */}
      <p class="mastery" data-mastery={hydrated ? mastery.state : "none"}>
        <strong>{t("mastery.label")}:</strong>{" "}
        {!hydrated
          ? "…"
          : mastery.state === "none"
            ? t("mastery.none")
            : t(MASTERY_KEYS[mastery.state], { ...mastery })}{" "}
        <span class="mastery-rule">
          ({t("mastery.ruleShort", { ...MASTERY_RULE })})
        </span>
      </p>
      <ProgressNotice />
    </div>
  );
}
