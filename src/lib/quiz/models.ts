/**
 * Types of the quiz domain: a question as the learner sees it, a response,
 * and the result of checking it. Only types live here.
 */
import type { QuestionData } from "../content/schemas.ts";

/** A question from the bank (`content/questions/*.yaml`), validated. */
export type Question = QuestionData;

/** The kinds of question the engine checks. */
export type QuestionType = Question["type"];

/**
 * What a learner answered. Options are identified by their 0-based index in
 * the question's `options` as written in the content file (not as displayed).
 */
export type Response =
  | { type: "single-choice"; choice: number }
  | { type: "multiple-response"; choices: number[] }
  | { type: "true-false"; value: boolean };

/** The result of checking one response. */
export interface QuestionResult {
  /** Credit earned, a 0..1 ratio. */
  score: number;
  /** True only for a fully right answer (score 1). */
  correct: boolean;
}
