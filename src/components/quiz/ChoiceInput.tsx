/** Single choice, multiple response and true/false: native radios or checkboxes. */
import type { QuestionOf, Response } from "../../lib/quiz/models.ts";
import { t } from "../../i18n/t.ts";
import type { AnswerInputProps } from "./types.ts";
import Mark from "./Mark.tsx";

type ChoiceQuestion =
  | QuestionOf<"single-choice">
  | QuestionOf<"multiple-response">
  | QuestionOf<"true-false">;

function isChosen(response: Response | undefined, index: number): boolean {
  if (!response) return false;
  if (response.type === "single-choice") return response.choice === index;
  if (response.type === "multiple-response")
    return response.choices.includes(index);
  if (response.type === "true-false") return response.value === (index === 0);
  return false;
}

function toggle(
  question: ChoiceQuestion,
  response: Response | undefined,
  index: number,
): Response {
  switch (question.type) {
    case "single-choice":
      return { type: "single-choice", choice: index };
    case "true-false":
      return { type: "true-false", value: index === 0 };
    case "multiple-response": {
      const current =
        response?.type === "multiple-response" ? response.choices : [];
      const choices = current.includes(index)
        ? current.filter((c) => c !== index)
        : [...current, index];
      return {
        type: "multiple-response",
        choices: choices.sort((a, b) => a - b),
      };
    }
  }
}

export default function ChoiceInput(props: AnswerInputProps<ChoiceQuestion>) {
  const { question, response, onChange, disabled, marks, idBase } = props;
  const texts =
    question.type === "true-false"
      ? [t("quiz.true"), t("quiz.false")]
      : question.options.map((o) => o.text);
  // True/false keeps its natural order; choice options follow the seeded display order.
  const order = question.type === "true-false" ? [0, 1] : props.order;
  return (
    <ul class="options" role="list">
      {order.map((index) => {
        const mark = marks?.[index];
        return (
          <li key={index} class="option" data-mark={mark}>
            <label>
              <input
                type={
                  question.type === "multiple-response" ? "checkbox" : "radio"
                }
                name={`${idBase}-pilihan`}
                checked={isChosen(response, index)}
                disabled={disabled}
                aria-describedby={`${idBase}-hint`}
                onChange={() => onChange(toggle(question, response, index))}
              />
              <span>{texts[index]}</span>
              <Mark mark={mark} kind="option" />
            </label>
          </li>
        );
      })}
    </ul>
  );
}
