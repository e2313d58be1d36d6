/**
 * One question: the stem, the answer input for its type, a check/retry
 * button, a live region announcing the verdict, and the explanation with a
 * link to the lesson section. Where the attempt comes from and where it goes
 * (the progress store, a practice session) is the caller's business:
 * scoring and storage happen in the `onAnswer` it passes.
 */
import { useMemo, useRef, useState } from "preact/hooks";
import { answerTexts, isAnswered } from "../../lib/quiz/check.ts";
import type { Question, Response } from "../../lib/quiz/models.ts";
import { initialResponse, partMarks } from "../../lib/quiz/response.ts";
import { displayOrder } from "../../lib/quiz/shuffle.ts";
import type { Attempt } from "../../lib/progress/models.ts";
import { t, type MessageKey } from "../../i18n/t.ts";
import { useHydrated } from "../useHydrated.ts";
import ChoiceInput from "./ChoiceInput.tsx";
import OrderingInput from "./OrderingInput.tsx";
import SelectInput from "./SelectInput.tsx";
import ShortAnswerInput from "./ShortAnswerInput.tsx";
import Explanation from "./Explanation.tsx";

/** A question with the link and title of the lesson section that teaches it. */
export type QuizQuestion = Question & {
  sectionHref: string;
  sectionTitle: string;
};

const HINTS: Record<Question["type"], MessageKey> = {
  "single-choice": "quiz.chooseOne",
  "true-false": "quiz.chooseOne",
  "multiple-response": "quiz.chooseMany",
  ordering: "quiz.chooseOrder",
  matching: "quiz.chooseMatch",
  categorization: "quiz.chooseGroup",
  "short-answer": "quiz.chooseText",
};

/** Types whose right answer is a list, shown in the feedback rather than the status line. */
const LISTED = new Set<Question["type"]>([
  "ordering",
  "matching",
  "categorization",
]);

function verdict(attempt: Attempt): string {
  if (attempt.correct) return t("quiz.right");
  if (attempt.score > 0)
    return t("quiz.partial", { percent: Math.round(attempt.score * 100) });
  return t("quiz.wrong");
}

export interface QuestionCardProps {
  question: QuizQuestion;
  n: number;
  total: number;
  /** Seed of the display order: the same seed shows the same order. */
  seed: string;
  /** The checked attempt to show; undefined while the question is open. */
  attempt: Attempt | undefined;
  /** Check and keep a response; returns the attempt (score 0..1). Absent in deferred mode. */
  onAnswer?: (response: Response) => Attempt;
  /** Deferred feedback: no check button; every change of the draft is reported here. */
  onDraft?: (id: string, response: Response | undefined) => void;
  /** Whether a checked question offers "Coba lagi". */
  allowRetry?: boolean;
  /** An unchecked answer to start from (a deferred answer restored after reload). */
  initialDraft?: Response | undefined;
}

export default function QuestionCard(props: QuestionCardProps) {
  const {
    question,
    n,
    total,
    seed,
    attempt,
    onAnswer,
    onDraft,
    allowRetry = true,
    initialDraft,
  } = props;
  const hydrated = useHydrated();
  const order = useMemo(() => displayOrder(question, seed), [question, seed]);
  const [draft, setDraft] = useState<Response | undefined>(
    () => initialDraft ?? initialResponse(question, order),
  );
  const [retrying, setRetrying] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const shown = retrying ? undefined : attempt;
  const button = useRef<HTMLButtonElement>(null);
  const card = useRef<HTMLFieldSetElement>(null);
  const response = shown ? shown.response : draft;
  const marks = shown ? partMarks(question, shown.response) : undefined;
  const labels = { true: t("quiz.true"), false: t("quiz.false") };
  const idBase = `soal-${question.id}`;
  const disabled = !hydrated || shown !== undefined;
  const listed = LISTED.has(question.type);

  function fullVerdict(attempt: Attempt): string {
    if (attempt.correct || listed) return verdict(attempt);
    return `${verdict(attempt)} ${t("quiz.rightAnswer", { answer: answerTexts(question, labels).join("; ") })}`;
  }

  /** @param clicks the click count of a mouse or touch event (2 for the second click of a double click). */
  function onCheck(clicks = 0) {
    // The second click of a double click (or double tap) must not check twice, nor check and then retry.
    if (clicks > 1) return;
    if (shown) {
      setRetrying(true);
      // Start the retry from the previous answer, so a nearly right one need not be redone.
      setDraft(shown.response);
      setAnnouncement("");
      requestAnimationFrame(() =>
        card.current
          ?.querySelector<HTMLElement>(
            "input, select, .ordering-buttons button",
          )
          ?.focus(),
      );
      return;
    }
    if (!onAnswer) return;
    if (!isAnswered(draft)) {
      setAnnouncement(
        t(
          question.type === "matching" || question.type === "categorization"
            ? "quiz.completeAll"
            : question.type === "short-answer"
              ? "quiz.typeFirst"
              : "quiz.choose",
        ),
      );
      return;
    }
    const checked = onAnswer(draft);
    setRetrying(false);
    setAnnouncement(fullVerdict(checked));
    // The inputs are now disabled: keep keyboard focus on the button (now "Coba lagi").
    requestAnimationFrame(() => button.current?.focus());
  }

  const inputProps = {
    order,
    response,
    disabled,
    marks,
    idBase,
    onChange: (next: Response) => {
      setDraft(next);
      setAnnouncement("");
      onDraft?.(question.id, next);
    },
  };

  return (
    <fieldset
      ref={card}
      class="question"
      id={idBase}
      data-type={question.type}
      data-state={shown ? (shown.correct ? "right" : "wrong") : "open"}
    >
      <legend>
        <span class="question-number">{t("quiz.number", { n, total })}</span>
        <span class="question-stem">{question.stem}</span>
      </legend>
      <p class="question-hint" id={`${idBase}-hint`}>
        {t(HINTS[question.type])}
      </p>
      {question.type === "single-choice" ||
      question.type === "multiple-response" ||
      question.type === "true-false" ? (
        <ChoiceInput question={question} {...inputProps} />
      ) : question.type === "ordering" ? (
        <OrderingInput
          question={question}
          {...inputProps}
          announce={setAnnouncement}
        />
      ) : question.type === "short-answer" ? (
        <ShortAnswerInput
          question={question}
          {...inputProps}
          onSubmit={() => onCheck()}
        />
      ) : (
        <SelectInput question={question} {...inputProps} />
      )}
      {onAnswer && (!shown || allowRetry) && (
        <button
          ref={button}
          type="button"
          class="button"
          disabled={!hydrated}
          onClick={(e) => onCheck(e.detail)}
        >
          {shown ? t("quiz.retry") : t("quiz.check")}
        </button>
      )}
      <p
        class="question-status"
        role="status"
        aria-live="polite"
        aria-atomic="true"
      >
        {announcement}
      </p>
      <p class="print-key">
        <strong>{t("quiz.printKey")}</strong>{" "}
        {answerTexts(question, labels).join("; ")}
      </p>
      {shown && !announcement && (
        // A verdict restored from storage: shown, but not announced on page load.
        <p class="question-status">{fullVerdict(shown)}</p>
      )}
      {shown && (
        <div class="feedback">
          {listed && !shown.correct && (
            <>
              <p>
                <strong>{t("quiz.rightAnswerList")}</strong>
              </p>
              <ul>
                {answerTexts(question, labels).map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </>
          )}
          {question.type === "ordering" && !shown.correct && (
            <p>{t("quiz.orderingRule")}</p>
          )}
          {question.type === "short-answer" && question.answers.length > 1 && (
            <p>
              {t("quiz.acceptedAnswers", {
                answers: question.answers.join("; "),
              })}
            </p>
          )}
          <Explanation question={question} />
        </div>
      )}
    </fieldset>
  );
}
