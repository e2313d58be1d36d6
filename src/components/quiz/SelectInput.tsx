/**
 * Matching and categorization with native selects: one select per premise
 * (choosing its response) or per item (choosing its group). Native selects
 * work with the keyboard and announce themselves; no dragging needed.
 */
import type { QuestionOf } from "../../lib/quiz/models.ts";
import { matchingResponses } from "../../lib/quiz/check.ts";
import { t } from "../../i18n/t.ts";
import type { AnswerInputProps } from "./types.ts";
import Mark from "./Mark.tsx";

type SelectQuestion = QuestionOf<"matching"> | QuestionOf<"categorization">;

export default function SelectInput(props: AnswerInputProps<SelectQuestion>) {
  const { question, response, onChange, disabled, marks, idBase } = props;
  const matching = question.type === "matching";
  // Rows: premises in content order (matching) or items in display order (categorization).
  const rows = matching ? question.pairs.map((_, i) => i) : props.order;
  const labels = matching
    ? question.pairs.map((p) => p.left)
    : question.items.map((i) => i.text);
  // Choices: responses in display order (matching) or categories as written.
  const choiceTexts = matching
    ? matchingResponses(question)
    : question.categories;
  const choiceOrder = matching
    ? props.order
    : question.categories.map((_, i) => i);
  const values =
    response?.type === "matching"
      ? response.matches
      : response?.type === "categorization"
        ? response.groups
        : [];

  function set(row: number, value: number | null) {
    const next = rows.map((_, i) => values[i] ?? null);
    next[row] = value;
    onChange(
      matching
        ? { type: "matching", matches: next }
        : { type: "categorization", groups: next },
    );
  }

  return (
    <ul class="select-rows" role="list">
      {rows.map((row) => {
        const id = `${idBase}-baris-${row}`;
        const mark = marks?.[row];
        return (
          <li key={row} class="select-row" data-mark={mark}>
            <label for={id}>{labels[row]}</label>
            <span class="select-wrap">
              <select
                id={id}
                disabled={disabled}
                value={
                  values[row] === null || values[row] === undefined
                    ? ""
                    : String(values[row])
                }
                onChange={(e) =>
                  set(
                    row,
                    e.currentTarget.value === ""
                      ? null
                      : Number(e.currentTarget.value),
                  )
                }
              >
                <option value="">{t("quiz.selectPlaceholder")}</option>
                {choiceOrder.map((choice) => (
                  <option key={choice} value={String(choice)}>
                    {choiceTexts[choice]}
                  </option>
                ))}
              </select>
              <Mark mark={mark} kind="part" />
            </span>
          </li>
        );
      })}
    </ul>
  );
}
