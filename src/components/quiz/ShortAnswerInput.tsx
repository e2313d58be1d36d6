/** Short answer: one text field; Enter checks the answer. */
import type { QuestionOf } from "../../lib/quiz/models.ts";
import { t } from "../../i18n/t.ts";
import type { AnswerInputProps } from "./types.ts";

export interface ShortAnswerInputProps extends AnswerInputProps<
  QuestionOf<"short-answer">
> {
  onSubmit: () => void;
}

export default function ShortAnswerInput(props: ShortAnswerInputProps) {
  const { response, onChange, disabled, idBase, onSubmit } = props;
  const id = `${idBase}-isian`;
  return (
    <p class="short-answer">
      <label for={id}>{t("quiz.yourAnswer")}</label>
      <input
        id={id}
        type="text"
        autocomplete="off"
        spellcheck={false}
        disabled={disabled}
        aria-describedby={`${idBase}-hint`}
        value={response?.type === "short-answer" ? response.text : ""}
        onInput={(e) =>
          onChange({ type: "short-answer", text: e.currentTarget.value })
        }
        onKeyDown={(e) => {
          if (e.key === "Enter") {
            e.preventDefault();
            onSubmit();
          }
        }}
      />
    </p>
  );
}
