/**
 * Mastery of a lesson, from the answer history. The rule (ours, stated on
 * the site): take the `window` different questions of the lesson answered
 * most recently, each judged by its latest answer (lesson checks and
 * practice alike); the lesson is mastered when at least `required` of them
 * are fully right. Retrying one question again and again counts it once, and
 * because only recent questions count, mastery can be lost again.
 */
import type { LogEntry } from "./models.ts";

/** The mastery rule: at least 4 right among the 5 questions answered last. */
export const MASTERY_RULE = { window: 5, required: 4 } as const;

/** Where a learner stands: no answer yet, still learning, or mastered. */
export type MasteryState = "none" | "learning" | "mastered";

/** Mastery of one lesson. */
export interface Mastery {
  state: MasteryState;
  /** Questions whose latest answer is fully right, among the `counted` most recent. */
  right: number;
  /** Questions counted, at most `MASTERY_RULE.window`. */
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
  const latest = new Map<string, LogEntry>();
  for (const entry of log) if (ids.has(entry.q)) latest.set(entry.q, entry);
  const recent = [...latest.values()]
    .sort((a, b) => a.at - b.at)
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
