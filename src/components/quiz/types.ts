/** Props shared by the answer inputs of every question type. */
import type { PartMark } from "../../lib/quiz/response.ts";
import type { Question, Response } from "../../lib/quiz/models.ts";

export interface AnswerInputProps<Q extends Question = Question> {
  question: Q;
  /** Display order of the question's parts (`displayOrder`). */
  order: number[];
  /** The response shown: the draft, or the checked attempt. */
  response: Response | undefined;
  /** Called with the whole new response on every change. */
  onChange: (response: Response) => void;
  /** True before hydration and once the answer is checked. */
  disabled: boolean;
  /** Marks of a checked response, indexed like the content; undefined while open. */
  marks: PartMark[] | undefined;
  /** Unique prefix for element ids. */
  idBase: string;
}
