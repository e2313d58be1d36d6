/**
 * Checking and scoring responses. Scoring rules per question type:
 *
 * - single-choice: 1 when the chosen option is the correct one, else 0.
 * - true-false: 1 when the judgement matches `answer`, else 0.
 * - multiple-response: "right minus wrong" partial credit, a common rule in
 *   e-learning (negative marking per wrong pick, floored at zero):
 *   score = max(0, (right picks - wrong picks) / number of correct options).
 *   Choosing every option therefore never earns full marks, because every
 *   multiple-response question has at least one wrong option (schema rule).
 *   `correct` is true only when exactly the correct options are chosen.
 */
import type { Question, QuestionResult, Response } from "./models.ts";

/** Thrown when a response does not fit its question (wrong type, unknown option). */
export class ResponseMismatchError extends Error {
  override name = "ResponseMismatchError";
}

/** Indices of the correct options of a choice question, ascending. */
export function correctOptions(question: Question): number[] {
  if (question.type === "true-false") return [];
  return question.options.flatMap((option, index) =>
    option.correct ? [index] : [],
  );
}

function assertOption(
  question: Question & { options: unknown[] },
  index: number,
): void {
  if (!Number.isInteger(index) || index < 0 || index >= question.options.length)
    throw new ResponseMismatchError(
      `option ${index} does not exist in question ${question.id}`,
    );
}

/**
 * Score one response.
 * @returns score as a 0..1 ratio and whether the answer is fully right.
 * @throws ResponseMismatchError when the response type differs from the
 *   question type or names an option the question does not have.
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
      assertOption(question, response.choice);
      const right = question.options[response.choice]?.correct === true;
      return { score: right ? 1 : 0, correct: right };
    }
    case "multiple-response": {
      if (question.type !== "multiple-response") break;
      const chosen = [...new Set(response.choices)];
      chosen.forEach((index) => assertOption(question, index));
      const key = correctOptions(question);
      const rightPicks = chosen.filter((index) => key.includes(index)).length;
      const wrongPicks = chosen.length - rightPicks;
      const score = Math.max(0, (rightPicks - wrongPicks) / key.length);
      return { score, correct: wrongPicks === 0 && rightPicks === key.length };
    }
  }
  throw new ResponseMismatchError(`question ${question.id} cannot be scored`);
}

/** Whether a response is complete enough to be checked (something chosen). */
export function isAnswered(
  response: Response | undefined,
): response is Response {
  if (!response) return false;
  return response.type !== "multiple-response" || response.choices.length > 0;
}

/**
 * The right answer in words, for feedback: the texts of the correct options,
 * or for a true/false question the label of the right judgement.
 * @param labels words for true and false in the interface language.
 */
export function answerTexts(
  question: Question,
  labels: { true: string; false: string },
): string[] {
  if (question.type === "true-false")
    return [question.answer ? labels.true : labels.false];
  return correctOptions(question).map(
    (index) => question.options[index]?.text ?? "",
  );
}
