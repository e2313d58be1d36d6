/**
 * The course outline on the home page: every lesson with its status, and a
 * "Lanjutkan" link to where the learner left off. Server HTML lists the
 * lessons without status; stored status appears right after hydration.
 */
import { LESSON_STATE_KEYS } from "../i18n/labels.ts";
import { useStore } from "@nanostores/preact";
import { $progress } from "../stores/progress.ts";
import { nextLesson } from "../lib/progress/document.ts";
import { lessonSummary } from "../lib/progress/summary.ts";
import { lessonMastery, MASTERY_RULE } from "../lib/progress/mastery.ts";
import { t } from "../i18n/t.ts";
import { useHydrated } from "./useHydrated.ts";
import ProgressNotice from "./ProgressNotice.tsx";

/** One lesson as the outline needs it. */
export interface OutlineLesson {
  slug: string;
  title: string;
  description: string;
  order: number;
  minutes: number;
  href: string;
  questionIds: string[];
  /** Every question of the lesson in the bank (for mastery). */
  bankIds: string[];
}

export default function CourseOutline({
  lessons,
}: {
  lessons: OutlineLesson[];
}) {
  const hydrated = useHydrated();
  const progress = useStore($progress);
  const summaries = lessons.map((l) =>
    lessonSummary(progress, l.slug, l.questionIds),
  );
  const next = nextLesson(
    progress,
    lessons.map((l) => l.slug),
  );
  const nextEntry = lessons.find((l) => l.slug === next);
  const started = Object.keys(progress.lessons).length > 0;
  const done = summaries.filter((s) => s.status === "completed").length;
  const first = lessons[0];
  return (
    <section class="outline" aria-labelledby="daftar-modul">
      <ProgressNotice />
      <div class="continue">
        {!hydrated || !started ? (
          first && (
            <a class="button button-primary" href={first.href}>
              {t("outline.start")}
            </a>
          )
        ) : nextEntry ? (
          <a class="button button-primary" href={nextEntry.href}>
            {t("outline.continue", { title: nextEntry.title })}
          </a>
        ) : (
          <p class="done">{t("outline.allDone")}</p>
        )}
        {hydrated && started && (
          <p class="outline-summary">
            {t("outline.summary", { done, total: lessons.length })}
          </p>
        )}
      </div>
      <p class="mastery-rule">{t("mastery.rule", { ...MASTERY_RULE })}</p>
      <h2 id="daftar-modul">{t("outline.title")}</h2>
      <ol class="lesson-list" role="list">
        {lessons.map((lesson, i) => {
          const summary = summaries[i];
          const status = hydrated && summary ? summary.status : "unknown";
          return (
            <li key={lesson.slug} class="lesson-item" data-status={status}>
              <span class="lesson-number" aria-hidden="true">
                {lesson.order}
              </span>
              <div>
                <a class="lesson-link" href={lesson.href}>
                  <span class="visually-hidden">
                    {t("lesson.module", { n: lesson.order })}:{" "}
                  </span>
                  {lesson.title}
                </a>
                <p class="lesson-description">{lesson.description}</p>
                {/* A no-break space before each dot: a wrapped line never starts with "·". */}
                <p class="lesson-meta">
                  {t("lesson.minutes", { n: lesson.minutes })}
                  {status !== "unknown" && (
                    <>
                      {"\u00a0· "}
                      <span class="badge" data-status={status}>
                        {t(LESSON_STATE_KEYS[status])}
                      </span>
                    </>
                  )}
                  {hydrated &&
                    lessonMastery(progress.log, lesson.bankIds).state ===
                      "mastered" && (
                      <>
                        {"\u00a0· "}
                        <span class="badge" data-mastery="mastered">
                          {t("mastery.badge")}
                        </span>
                      </>
                    )}
                </p>
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
