/** The visible (and spoken) mark of one part of a checked answer. */
import type { PartMark } from "../../lib/quiz/response.ts";
import { t } from "../../i18n/t.ts";

const MARKS = {
  right: "quiz.markRight",
  missed: "quiz.markMissed",
  wrong: "quiz.markWrong",
} as const;

const PART_MARKS = {
  right: "quiz.partRight",
  missed: "quiz.partRight",
  wrong: "quiz.partWrong",
} as const;

/** `kind` "option" marks a choice; "part" marks a sorted, matched or placed part. */
export default function Mark({
  mark,
  kind,
}: {
  mark: PartMark;
  kind: "option" | "part";
}) {
  if (!mark) return null;
  return (
    <span class="option-mark" data-mark={mark}>
      {" "}
      {t(kind === "option" ? MARKS[mark] : PART_MARKS[mark])}
    </span>
  );
}
