/**
 * Checking and scoring responses. Scoring rules per question type (score is a
 * 0..1 ratio; `correct` means fully right):
 *
 * - single-choice: 1 when the chosen option is the correct one, else 0.
 * - true-false: 1 when the judgement matches `answer`, else 0.
 * - multiple-response: "right minus wrong" partial credit, a common rule in
 *   e-learning (negative marking per wrong pick, floored at zero):
 *   score = max(0, (right picks - wrong picks) / number of correct options).
 *   Choosing every option therefore never earns full marks, because every
 *   multiple-response question has at least one wrong option (schema rule).
 * - ordering: the share of the n-1 adjacent pairs of the correct sequence
 *   that the learner also placed next to each other in the same order
 *   (Moodle's ordering question, grading "relative to the next item,
 *   excluding last"). One item moved out of place costs at most 2 pairs.
 * - matching: the share of premises matched to their own response (Moodle's
 *   matching question gives each sub-question equal weight).
 * - categorization: the share of items put in their own category.
 * - short-answer: 1 when the normalised text equals a normalised accepted
 *   answer (`normalizeAnswer`: case, spaces, punctuation, diacritics ignored).
 */
import type {
  Question,
  QuestionOf,
  QuestionResult,
  Response,
} from "./models.ts";
import { normalizeAnswer } from "./normalize.ts";

/** Thrown when a response does not fit its question (wrong type, unknown option). */
export class ResponseMismatchError extends Error {
  override name = "ResponseMismatchError";
}

/** Indices of the correct options of a choice question, ascending; empty for other types. */
export function correctOptions(question: Question): number[] {
  if (
    question.type !== "single-choice" &&
    question.type !== "multiple-response"
  )
    return [];
  return question.options.flatMap((option, index) =>
    option.correct ? [index] : [],
  );
}

/** Index of each item's category in `categories`, by item. */
export function categoryKey(question: QuestionOf<"categorization">): number[] {
  return question.items.map((item) =>
    question.categories.indexOf(item.category),
  );
}

function assertIndex(
  question: Question,
  index: number | null,
  size: number,
): void {
  if (index === null) return;
  if (!Number.isInteger(index) || index < 0 || index >= size)
    throw new ResponseMismatchError(
      `index ${index} does not exist in question ${question.id}`,
    );
}

function assertLength(question: Question, length: number, size: number): void {
  if (length !== size)
    throw new ResponseMismatchError(
      `question ${question.id} needs ${size} answers, got ${length}`,
    );
}

function share(right: number, total: number): QuestionResult {
  const score = total === 0 ? 0 : right / total;
  return { score, correct: right === total };
}

/**
 * Score one response.
 * @returns score as a 0..1 ratio and whether the answer is fully right.
 * @throws ResponseMismatchError when the response type differs from the
 *   question type, names a part the question does not have, or (ordering,
 *   matching, categorization) does not give one entry per part.
 */
export function scoreResponse(
  question: Question,
  response: Response,
): QuestionResult {
  if (question.type !== response.type)
    throw new ResponseMismatchError(
      `question ${question.id} is ${question.type}, response is ${response.type}`,
    );
  switch (response.type) {
    case "true-false": {
      const right =
        question.type === "true-false" && question.answer === response.value;
      return { score: right ? 1 : 0, correct: right };
    }
    case "single-choice": {
      if (question.type !== "single-choice") break;
      assertIndex(question, response.choice, question.options.length);
      const right = question.options[response.choice]?.correct === true;
      return { score: right ? 1 : 0, correct: right };
    }
    case "multiple-response": {
      if (question.type !== "multiple-response") break;
      const chosen = [...new Set(response.choices)];
      chosen.forEach((index) =>
        assertIndex(question, index, question.options.length),
      );
      const key = correctOptions(question);
      const rightPicks = chosen.filter((index) => key.includes(index)).length;
      const wrongPicks = chosen.length - rightPicks;
      const score = Math.max(0, (rightPicks - wrongPicks) / key.length);
      return { score, correct: wrongPicks === 0 && rightPicks === key.length };
    }
    case "ordering": {
      if (question.type !== "ordering") break;
      const n = question.items.length;
      assertLength(question, response.order.length, n);
      response.order.forEach((index) => assertIndex(question, index, n));
      if (new Set(response.order).size !== n)
        throw new ResponseMismatchError(
          `ordering ${question.id} repeats an item`,
        );
      const position = new Map(
        response.order.map((item, place) => [item, place]),
      );
      let kept = 0;
      for (let i = 0; i < n - 1; i += 1)
        if ((position.get(i) as number) + 1 === position.get(i + 1)) kept += 1;
      return share(kept, n - 1);
    }
    case "matching": {
      if (question.type !== "matching") break;
      const n = question.pairs.length;
      assertLength(question, response.matches.length, n);
      response.matches.forEach((index) =>
        assertIndex(question, index, n + question.distractors.length),
      );
      return share(
        response.matches.filter((chosen, premise) => chosen === premise).length,
        n,
      );
    }
    case "categorization": {
      if (question.type !== "categorization") break;
      const key = categoryKey(question);
      assertLength(question, response.groups.length, key.length);
      response.groups.forEach((index) =>
        assertIndex(question, index, question.categories.length),
      );
      return share(
        response.groups.filter((group, item) => group === key[item]).length,
        key.length,
      );
    }
    case "short-answer": {
      if (question.type !== "short-answer") break;
      const given = normalizeAnswer(response.text);
      const right =
        given !== "" &&
        question.answers.some((answer) => normalizeAnswer(answer) === given);
      return { score: right ? 1 : 0, correct: right };
    }
  }
  throw new ResponseMismatchError(`question ${question.id} cannot be scored`);
}

/**
 * Whether a response is complete enough to be checked: something chosen,
 * every premise matched, every item sorted, some text typed.
 */
export function isAnswered(
  response: Response | undefined,
): response is Response {
  if (!response) return false;
  switch (response.type) {
    case "multiple-response":
      return response.choices.length > 0;
    case "matching":
      return response.matches.every((m) => m !== null);
    case "categorization":
      return response.groups.every((g) => g !== null);
    case "short-answer":
      return normalizeAnswer(response.text) !== "";
    default:
      return true;
  }
}

/**
 * The right answer in words, for feedback: the correct options; the steps in
 * order; "premise → response" pairs; "item → category"; the first accepted
 * short answer; or the label of the right judgement.
 * @param labels words for true and false in the interface language.
 */
export function answerTexts(
  question: Question,
  labels: { true: string; false: string },
): string[] {
  switch (question.type) {
    case "true-false":
      return [question.answer ? labels.true : labels.false];
    case "single-choice":
    case "multiple-response":
      return correctOptions(question).map(
        (index) => question.options[index]?.text ?? "",
      );
    case "ordering":
      return question.items.map((item, i) => `${i + 1}. ${item}`);
    case "matching":
      return question.pairs.map((pair) => `${pair.left} → ${pair.right}`);
    case "categorization":
      return question.items.map((item) => `${item.text} → ${item.category}`);
    case "short-answer":
      return question.answers.slice(0, 1);
  }
}

/** The texts a matching question offers as responses: every pair's right, then the distractors. */
export function matchingResponses(question: QuestionOf<"matching">): string[] {
  return [...question.pairs.map((pair) => pair.right), ...question.distractors];
}
