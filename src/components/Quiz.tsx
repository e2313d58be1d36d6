/**
 * Quiz island: a list of check questions embedded in a lesson. Each question is
 * answered with native radio buttons or checkboxes (keyboard and screen reader
 * support for free), checked at once, and the verdict is announced in a live
 * region that exists before any answer is given.
 */
import { useState } from "preact/hooks";
import { useStore } from "@nanostores/preact";
import { answerTexts, isAnswered } from "../lib/quiz/check.ts";
import type { Question, Response } from "../lib/quiz/models.ts";
import type { Attempt } from "../lib/progress/models.ts";
import { $progress, answerQuestion } from "../stores/progress.ts";
import { t } from "../i18n/t.ts";
import { useHydrated } from "./useHydrated.ts";

/** A question with the link and title of the lesson section that teaches it. */
export type QuizQuestion = Question & {
  sectionHref: string;
  sectionTitle: string;
};

/** Props: the questions, in the order written in the lesson. */
export interface QuizProps {
  questions: QuizQuestion[];
}

function isChosen(response: Response | undefined, index: number): boolean {
  if (!response) return false;
  if (response.type === "single-choice") return response.choice === index;
  if (response.type === "multiple-response")
    return response.choices.includes(index);
  return response.value === (index === 0);
}

function toggle(
  question: Question,
  draft: Response | undefined,
  index: number,
): Response {
  switch (question.type) {
    case "single-choice":
      return { type: "single-choice", choice: index };
    case "true-false":
      return { type: "true-false", value: index === 0 };
    case "multiple-response": {
      const current = draft?.type === "multiple-response" ? draft.choices : [];
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

const MARKS = {
  right: "quiz.markRight",
  missed: "quiz.markMissed",
  wrong: "quiz.markWrong",
} as const;

function verdict(attempt: Attempt): string {
  if (attempt.correct) return t("quiz.right");
  if (attempt.score > 0)
    return t("quiz.partial", { percent: Math.round(attempt.score * 100) });
  return t("quiz.wrong");
}

function QuestionCard({
  question,
  n,
  total,
}: {
  question: QuizQuestion;
  n: number;
  total: number;
}) {
  const hydrated = useHydrated();
  const progress = useStore($progress);
  const stored = hydrated ? progress.answers[question.id] : undefined;
  const [draft, setDraft] = useState<Response | undefined>(undefined);
  const [retrying, setRetrying] = useState(false);
  const [hint, setHint] = useState("");
  const shown = retrying ? undefined : stored;
  const response = shown ? shown.response : draft;
  const labels = { true: t("quiz.true"), false: t("quiz.false") };
  const options =
    question.type === "true-false"
      ? [{ text: labels.true }, { text: labels.false }]
      : question.options;
  const inputType =
    question.type === "multiple-response" ? "checkbox" : "radio";
  const idBase = `soal-${question.id}`;
  const correctIndexes =
    question.type === "true-false"
      ? [question.answer ? 0 : 1]
      : question.options.flatMap((o, i) => (o.correct ? [i] : []));

  function onCheck() {
    if (shown) {
      setRetrying(true);
      setDraft(undefined);
      setHint("");
      return;
    }
    if (!isAnswered(draft)) {
      setHint(t("quiz.choose"));
      return;
    }
    const attempt = answerQuestion(question, draft);
    setRetrying(false);
    setHint(fullVerdict(attempt));
  }

  /** The verdict, with the right answer when the attempt was not fully right. */
  function fullVerdict(attempt: Attempt): string {
    if (attempt.correct) return verdict(attempt);
    const answer = answerTexts(question, labels).join("; ");
    return `${verdict(attempt)} ${t("quiz.rightAnswer", { answer })}`;
  }

  return (
    <fieldset
      class="question"
      id={idBase}
      data-state={shown ? (shown.correct ? "right" : "wrong") : "open"}
    >
      <legend>
        <span class="question-number">{t("quiz.number", { n, total })}</span>
        <span class="question-stem">{question.stem}</span>
      </legend>
      <p class="question-hint" id={`${idBase}-hint`}>
        {question.type === "multiple-response"
          ? t("quiz.chooseMany")
          : t("quiz.chooseOne")}
      </p>
      <ul class="options" role="list">
        {options.map((option, index) => {
          const chosen = isChosen(response, index);
          const mark = !shown
            ? undefined
            : correctIndexes.includes(index)
              ? chosen || question.type !== "multiple-response"
                ? "right"
                : "missed"
              : chosen
                ? "wrong"
                : undefined;
          return (
            <li key={index} class="option" data-mark={mark}>
              <label>
                <input
                  type={inputType}
                  name={`${idBase}-pilihan`}
                  checked={chosen}
                  disabled={!hydrated || shown !== undefined}
                  aria-describedby={`${idBase}-hint`}
                  onChange={() => {
                    setDraft(toggle(question, draft, index));
                    setHint("");
                  }}
                />
                <span>{option.text}</span>
                {mark && <span class="option-mark"> {t(MARKS[mark])}</span>}
              </label>
            </li>
          );
        })}
      </ul>
      <button
        type="button"
        class="button"
        disabled={!hydrated}
        onClick={onCheck}
      >
        {shown ? t("quiz.retry") : t("quiz.check")}
      </button>
      <p
        class="question-status"
        role="status"
        aria-live="polite"
        aria-atomic="true"
      >
        {hint}
      </p>
      {shown && !hint && (
        // A verdict restored from storage: shown, but not announced on page load.
        <p class="question-status">{fullVerdict(shown)}</p>
      )}
      {shown && (
        <div class="feedback">
          <p>
            <strong>{t("quiz.explanation")}:</strong> {question.explanation}
          </p>
          <p>
            <a href={question.sectionHref}>
              {t("quiz.readAgain")}: {question.sectionTitle}
            </a>
          </p>
        </div>
      )}
    </fieldset>
  );
}

/** The quiz island. */
export default function Quiz({ questions }: QuizProps) {
  return (
    <div class="quiz">
      {questions.map((question, index) => (
        <QuestionCard
          key={question.id}
          question={question}
          n={index + 1}
          total={questions.length}
        />
      ))}
    </div>
  );
}
