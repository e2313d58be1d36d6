/** Summaries of the progress document for display. Pure. */
import type { ProgressDocument } from "./models.ts";
import { ownValue } from "./document.ts";

/** Where a learner stands with a lesson. */
export type LessonState = "new" | "visited" | "completed";

/** A lesson's state and how many of the given questions were last answered right. */
export interface LessonSummary {
  status: LessonState;
  /** Questions whose latest attempt is fully right. */
  right: number;
  /** Questions with any attempt. */
  answered: number;
  /** Completion time, ms epoch, when completed. */
  completedAt?: number;
}

/**
 * Summarise one lesson.
 * @param questionIds the lesson's check questions.
 */
export function lessonSummary(
  doc: ProgressDocument,
  slug: string,
  questionIds: readonly string[],
): LessonSummary {
  const record = ownValue(doc.lessons, slug);
  const attempts = questionIds
    .map((id) => ownValue(doc.answers, id))
    .filter((a) => a !== undefined);
  const status: LessonState =
    record?.completedAt !== undefined
      ? "completed"
      : record
        ? "visited"
        : "new";
  return {
    status,
    right: attempts.filter((a) => a.correct).length,
    answered: attempts.length,
    ...(record?.completedAt !== undefined
      ? { completedAt: record.completedAt }
      : {}),
  };
}
