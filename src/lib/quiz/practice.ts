/**
 * Practice sessions from the question bank: choosing the questions and
 * summarising the results. Pure; randomness comes from the session seed.
 */
import type { Attempt } from "../progress/models.ts";
import type { Question, Response } from "./models.ts";
import { validateAttempt, validateResponse } from "../progress/validate.ts";
import { seededPermutation } from "./shuffle.ts";

/** When the learner sees whether an answer is right. */
export type FeedbackMode = "each" | "end";

/** What the learner chose before starting. */
export interface PracticeSettings {
  /** Lesson slugs to draw from. */
  lessons: string[];
  /** How many questions; more than available means all of them. */
  count: number;
  feedback: FeedbackMode;
  /** Seed of the draw and of the option order, e.g. the start time. */
  seed: string;
}

/**
 * Draw the questions of a session: the questions of the chosen lessons, in a
 * seeded random order, at most `count`, taken in turn from each lesson so a
 * short session still spreads over every chosen lesson.
 */
export function drawPracticeQuestions<Q extends Pick<Question, "lesson">>(
  bank: readonly Q[],
  settings: PracticeSettings,
): Q[] {
  const perLesson = settings.lessons.map((lesson) => {
    const pool = bank.filter((q) => q.lesson === lesson);
    return seededPermutation(pool.length, `${settings.seed}:${lesson}`).map(
      (i) => pool[i] as Q,
    );
  });
  const drawn: Q[] = [];
  for (let round = 0; drawn.length < settings.count; round += 1) {
    const before = drawn.length;
    for (const pool of perLesson) {
      const next = pool[round];
      if (next && drawn.length < settings.count) drawn.push(next);
    }
    if (drawn.length === before) break;
  }
  return seededPermutation(drawn.length, `${settings.seed}:urutan`).map(
    (i) => drawn[i] as Q,
  );
}

/** Results of one lesson within a session. */
export interface LessonResult {
  lesson: string;
  questions: number;
  /** Fully right answers. */
  right: number;
  /** Mean score, a 0..1 ratio; unanswered questions count 0. */
  score: number;
}

/** Results of a whole session. */
export interface PracticeResult {
  questions: number;
  answered: number;
  right: number;
  /** Mean score over all questions, a 0..1 ratio; unanswered questions count 0. */
  score: number;
  /** In the order lessons first appear among the questions. */
  byLesson: LessonResult[];
}

/** Summarise a session: unanswered questions count as wrong. */
export function practiceResult(
  questions: readonly Pick<Question, "id" | "lesson">[],
  attempts: Readonly<Record<string, Attempt | undefined>>,
): PracticeResult {
  const lessons = [...new Set(questions.map((q) => q.lesson))];
  const summarise = (qs: readonly Pick<Question, "id" | "lesson">[]) => {
    const scores = qs.map((q) => attempts[q.id]?.score ?? 0);
    return {
      questions: qs.length,
      right: qs.filter((q) => attempts[q.id]?.correct === true).length,
      score:
        qs.length === 0 ? 0 : scores.reduce((a, b) => a + b, 0) / qs.length,
    };
  };
  return {
    ...summarise(questions),
    answered: questions.filter((q) => attempts[q.id] !== undefined).length,
    byLesson: lessons.map((lesson) => ({
      lesson,
      ...summarise(questions.filter((q) => q.lesson === lesson)),
    })),
  };
}

/** A practice session in progress or finished, as kept across reloads. */
export interface PracticeState {
  seed: string;
  feedback: FeedbackMode;
  /** The drawn questions, in display order. */
  questionIds: string[];
  finished: boolean;
  /** Checked attempts by question id. */
  attempts: Record<string, Attempt>;
  /** Unchecked answers by question id (deferred feedback). */
  drafts: Record<string, Response>;
}

/**
 * Read a stored practice session; null when the value is not one (a
 * session is a convenience: its answers are also in the progress document).
 */
export function parsePracticeState(value: unknown): PracticeState | null {
  if (typeof value !== "object" || value === null) return null;
  const v = value as Record<string, unknown>;
  const ids = v["questionIds"];
  if (
    typeof v["seed"] !== "string" ||
    (v["feedback"] !== "each" && v["feedback"] !== "end") ||
    !Array.isArray(ids) ||
    !ids.every((id) => typeof id === "string") ||
    typeof v["finished"] !== "boolean"
  )
    return null;
  const entries = (field: unknown) =>
    typeof field === "object" && field !== null
      ? Object.entries(field as Record<string, unknown>)
      : [];
  const attempts: Record<string, Attempt> = Object.fromEntries(
    entries(v["attempts"]).flatMap(([id, a]) => {
      const checked = validateAttempt(a);
      return checked ? [[id, checked]] : [];
    }),
  );
  const drafts: Record<string, Response> = Object.fromEntries(
    entries(v["drafts"]).flatMap(([id, r]) => {
      const draft = validateResponse(r);
      return draft ? [[id, draft]] : [];
    }),
  );
  return {
    seed: v["seed"],
    feedback: v["feedback"],
    questionIds: ids as string[],
    finished: v["finished"],
    attempts,
    drafts,
  };
}
