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

  // Matching responses can be long: list them in full, lettered, and let each select choose a letter.
  const letter = (position: number) => String.fromCharCode(65 + position);
  const optionText = (choice: number, position: number) =>
    matching
      ? `${letter(position)}. ${choiceTexts[choice] ?? ""}`
      : (choiceTexts[choice] ?? "");
  return (
    <>
      {matching && (
        <div class="match-responses">
          <p id={`${idBase}-jawaban`}>{t("quiz.matchResponses")}</p>
          <ol role="list" aria-labelledby={`${idBase}-jawaban`}>
            {choiceOrder.map((choice, position) => (
              <li key={choice}>
                <span class="match-letter" aria-hidden="true">
                  {letter(position)}.
                </span>{" "}
                {choiceTexts[choice]}
              </li>
            ))}
          </ol>
        </div>
      )}
      {!matching && (
        // On paper the groups would hide inside the selects: name them.
        <p class="print-only group-list">
          {t("quiz.printGroups", { groups: question.categories.join("; ") })}
        </p>
      )}
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
                  {choiceOrder.map((choice, position) => (
                    <option key={choice} value={String(choice)}>
                      {optionText(choice, position)}
                    </option>
                  ))}
                </select>
                {!matching &&
                  values[row] !== null &&
                  values[row] !== undefined && (
                    // A narrow select cuts the group's name short: repeat it in full
                    // (shown only in a narrow card; the select already announces it).
                    <span class="select-chosen" aria-hidden="true">
                      {choiceTexts[values[row]] ?? ""}
                    </span>
                  )}
                <Mark mark={mark} kind="part" />
              </span>
            </li>
          );
        })}
      </ul>
    </>
  );
}
