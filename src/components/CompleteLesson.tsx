/** End of a lesson: mark it complete; shows when it was completed. */
import { useEffect, useRef, useState } from "preact/hooks";
import { useStore } from "@nanostores/preact";
import { $progress, completeLesson } from "../stores/progress.ts";
import { formatDate, t } from "../i18n/t.ts";
import { useHydrated } from "./useHydrated.ts";

export default function CompleteLesson({ slug }: { slug: string }) {
  const hydrated = useHydrated();
  const progress = useStore($progress);
  const [justCompleted, setJustCompleted] = useState(false);
  const done = useRef<HTMLParagraphElement>(null);
  const completedAt = hydrated
    ? progress.lessons[slug]?.completedAt
    : undefined;
  // The button disappears once pressed: keep keyboard focus on what replaces it.
  useEffect(() => {
    if (justCompleted) done.current?.focus();
  }, [justCompleted]);
  return (
    <div class="complete-lesson">
      {completedAt === undefined ? (
        <button
          type="button"
          class="button"
          disabled={!hydrated}
          onClick={() => {
            completeLesson(slug);
            setJustCompleted(true);
          }}
        >
          {t("lesson.complete")}
        </button>
      ) : (
        <p class="done" tabIndex={-1} ref={done}>
          ✓ {t("lesson.completed", { date: formatDate(completedAt) })}
        </p>
      )}
      <p role="status" class="visually-hidden">
        {justCompleted ? t("lesson.completedNow") : ""}
      </p>
    </div>
  );
}
