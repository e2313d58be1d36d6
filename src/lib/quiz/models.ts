/**
 * Types of the quiz domain: a question as the learner sees it, a response,
 * and the result of checking it. Only types live here.
 */
import type { QuestionData } from "../content/schemas.ts";

/** A question from the bank (`content/questions/*.yaml`), validated. */
export type Question = QuestionData;

/** The kinds of question the engine checks. */
export type QuestionType = Question["type"];

/** A question of one type. */
export type QuestionOf<T extends QuestionType> = Extract<Question, { type: T }>;

/**
 * What a learner answered. Every index refers to the order written in the
 * content file (options, items, pairs, categories), never to the shuffled
 * order on screen, so a stored response survives any display order.
 */
export type Response =
  | { type: "single-choice"; choice: number }
  | { type: "multiple-response"; choices: number[] }
  | { type: "true-false"; value: boolean }
  /** `order[k]` is the item the learner put at position k. */
  | { type: "ordering"; order: number[] }
  /**
   * `matches[i]` is the response chosen for premise i: an index into the
   * pairs' `right` texts, or `pairs.length + d` for distractor d; null when unanswered.
   */
  | { type: "matching"; matches: (number | null)[] }
  /** `groups[i]` is the category index chosen for item i, null when unsorted. */
  | { type: "categorization"; groups: (number | null)[] }
  | { type: "short-answer"; text: string };

/** The result of checking one response. */
export interface QuestionResult {
  /** Credit earned, a 0..1 ratio. */
  score: number;
  /** True only for a fully right answer (score 1). */
  correct: boolean;
}
