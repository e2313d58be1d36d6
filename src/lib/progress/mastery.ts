/**
 * Mastery of a lesson, from the answer history. The rule (ours, stated on
 * the site): a lesson is mastered when at least `required` of the learner's
 * last `window` answers to that lesson's questions are fully right, counting
 * every answer: lesson checks, retries and practice. Because only the latest
 * answers count, mastery can be lost again.
 */
import type { LogEntry } from "./models.ts";

/** The mastery rule: at least 4 right among the last 5 answers. */
export const MASTERY_RULE = { window: 5, required: 4 } as const;

/** Where a learner stands: no answer yet, still learning, or mastered. */
export type MasteryState = "none" | "learning" | "mastered";

/** Mastery of one lesson. */
export interface Mastery {
  state: MasteryState;
  /** Fully right answers among the last `counted`. */
  right: number;
  /** Answers counted, at most `MASTERY_RULE.window`. */
  counted: number;
}

/**
 * Mastery of a lesson.
 * @param log the answer history, oldest first.
 * @param questionIds every question of the lesson in the bank.
 */
export function lessonMastery(
  log: readonly LogEntry[],
  questionIds: readonly string[],
): Mastery {
  const ids = new Set(questionIds);
  const recent = log
    .filter((entry) => ids.has(entry.q))
    .slice(-MASTERY_RULE.window);
  const right = recent.filter((entry) => entry.correct).length;
  const state: MasteryState =
    recent.length === 0
      ? "none"
      : recent.length === MASTERY_RULE.window && right >= MASTERY_RULE.required
        ? "mastered"
        : "learning";
  return { state, right, counted: recent.length };
}
