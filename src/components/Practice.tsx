/**
 * Practice island (`/latihan/`): choose lessons, how many questions and when
 * to see feedback; answer; see results by lesson and every question with the
 * learner's answer, the right answer, the explanation and a link to the
 * lesson section. Every answer is also kept in the progress document.
 */
import { useCallback, useEffect, useRef, useState } from "preact/hooks";
import { useStore } from "@nanostores/preact";
import { isAnswered } from "../lib/quiz/check.ts";
import type { Response } from "../lib/quiz/models.ts";
import {
  drawPracticeQuestions,
  practiceResult,
  type FeedbackMode,
} from "../lib/quiz/practice.ts";
import { answerQuestion } from "../stores/progress.ts";
import {
  $practice,
  closePractice,
  finishPractice,
  savePracticeAttempt,
  savePracticeDraft,
  startPractice,
} from "../stores/practice.ts";
import { useHydrated } from "./useHydrated.ts";
import { loadBank } from "./bank.ts";
import { t } from "../i18n/t.ts";
import QuestionCard, { type QuizQuestion } from "./quiz/QuestionCard.tsx";
import ReviewItem from "./quiz/ReviewItem.tsx";

/** A lesson to offer. */
export interface PracticeLesson {
  slug: string;
  title: string;
  order: number;
}

export interface PracticeProps {
  lessons: PracticeLesson[];
  /** The site's base path. */
  base: string;
}

const COUNTS = [5, 10, 20, 40];
export default function Practice({ lessons, base }: PracticeProps) {
  const hydrated = useHydrated();
  const stored = useStore($practice);
  const state = hydrated ? stored : null;
  const [bank, setBank] = useState<Map<string, QuizQuestion> | null>(null);
  const [chosen, setChosen] = useState<string[]>(lessons.map((l) => l.slug));
  const [count, setCount] = useState(10);
  const [feedback, setFeedback] = useState<FeedbackMode>("each");
  const [status, setStatus] = useState("");
  const heading = useRef<HTMLHeadingElement>(null);
  const finishing = useRef(false);
  const setupStart = useRef<HTMLButtonElement>(null);
  const orderOf = (slug: string) =>
    lessons.find((l) => l.slug === slug)?.order ?? 0;
  const titleOf = (slug: string) =>
    lessons.find((l) => l.slug === slug)?.title ?? slug;
  const onDraft = useCallback(
    (id: string, response: Response | undefined) =>
      savePracticeDraft(id, response),
    [],
  );

  const fetchBank = useCallback(async () => {
    const questions = await loadBank(base);
    const map = new Map(questions.map((q) => [q.id, q]));
    setBank(map);
    return map;
  }, [base]);

  // A session kept from an earlier visit needs the bank to show its questions.
  useEffect(() => {
    if (state && !bank)
      fetchBank().catch(() => setStatus(t("practice.loadFailed")));
  }, [state, bank, fetchBank]);

  async function start(e: Event) {
    e.preventDefault();
    if (chosen.length === 0) return setStatus(t("practice.noLesson"));
    setStatus(t("practice.loading"));
    try {
      const map = bank ?? (await fetchBank());
      const seed = String(Date.now());
      const questions = drawPracticeQuestions([...map.values()], {
        lessons: chosen,
        count,
        feedback,
        seed,
      });
      startPractice({
        seed,
        feedback,
        questionIds: questions.map((q) => q.id),
      });
      setStatus("");
      requestAnimationFrame(() => heading.current?.focus());
    } catch {
      setStatus(t("practice.loadFailed"));
    }
  }

  const session = state && bank ? state : null;
  const questions = session
    ? session.questionIds.flatMap((id) =>
        bank?.get(id) ? [bank.get(id) as QuizQuestion] : [],
      )
    : [];
  const attempts = session?.attempts ?? {};

  function finish() {
    // Finishing twice (a double click) would record the answers twice.
    if (!session || session.finished || finishing.current) return;
    finishing.current = true;
    const all = { ...session.attempts };
    if (session.feedback === "end")
      for (const q of questions) {
        const draft = session.drafts[q.id];
        if (isAnswered(draft)) all[q.id] = answerQuestion(q, draft);
      }
    finishPractice(all);
    finishing.current = false;
    requestAnimationFrame(() => heading.current?.focus());
  }

  if (state && !bank)
    return (
      <p role="status" class="practice-status">
        {status || t("practice.loading")}
      </p>
    );

  if (!session)
    return (
      <form class="practice-setup" onSubmit={start}>
        <fieldset disabled={!hydrated}>
          <legend>{t("practice.lessons")}</legend>
          <p class="setup-buttons">
            <button
              type="button"
              class="button button-small"
              onClick={() => setChosen(lessons.map((l) => l.slug))}
            >
              {t("practice.all")}
            </button>
            <button
              type="button"
              class="button button-small"
              onClick={() => setChosen([])}
            >
              {t("practice.none")}
            </button>
          </p>
          <ul role="list" class="setup-lessons">
            {lessons.map((lesson) => (
              <li key={lesson.slug}>
                <label>
                  <input
                    type="checkbox"
                    checked={chosen.includes(lesson.slug)}
                    onChange={(e) =>
                      setChosen(
                        e.currentTarget.checked
                          ? [...chosen, lesson.slug]
                          : chosen.filter((s) => s !== lesson.slug),
                      )
                    }
                  />{" "}
                  {lesson.order}. {lesson.title}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <p>
          <label for="jumlah-soal">{t("practice.count")}</label>{" "}
          <select
            id="jumlah-soal"
            disabled={!hydrated}
            value={String(count)}
            onChange={(e) => setCount(Number(e.currentTarget.value))}
          >
            {COUNTS.map((n) => (
              <option key={n} value={String(n)}>
                {n}
              </option>
            ))}
            <option value={String(Number.MAX_SAFE_INTEGER)}>
              {t("practice.countAll")}
            </option>
          </select>
        </p>
        <fieldset disabled={!hydrated}>
          <legend>{t("practice.feedback")}</legend>
          {(["each", "end"] as const).map((mode) => (
            <label key={mode} class="setup-radio">
              <input
                type="radio"
                name="umpan-balik"
                checked={feedback === mode}
                onChange={() => setFeedback(mode)}
              />{" "}
              {t(
                mode === "each"
                  ? "practice.feedbackEach"
                  : "practice.feedbackEnd",
              )}
            </label>
          ))}
        </fieldset>
        <button
          type="submit"
          class="button button-primary"
          ref={setupStart}
          disabled={!hydrated}
        >
          {t("practice.start")}
        </button>
        <p role="status" class="practice-status">
          {status}
        </p>
      </form>
    );

  const lessonCount = new Set(questions.map((q) => q.lesson)).size;

  if (!session.finished)
    return (
      <div class="practice-run">
        <h2 tabIndex={-1} ref={heading}>
          {t("practice.running", {
            count: questions.length,
            lessons: lessonCount,
          })}
        </h2>
        <div class="quiz">
          {questions.map((question, index) => (
            <QuestionCard
              key={question.id}
              question={question}
              n={index + 1}
              total={questions.length}
              seed={session.seed}
              attempt={attempts[question.id]}
              allowRetry={false}
              {...(session.feedback === "each"
                ? {
                    onAnswer: (response: Response) => {
                      const attempt = answerQuestion(question, response);
                      savePracticeAttempt(question.id, attempt);
                      return attempt;
                    },
                  }
                : { onDraft, initialDraft: session.drafts[question.id] })}
            />
          ))}
        </div>
        <button type="button" class="button button-primary" onClick={finish}>
          {session.feedback === "each"
            ? t("practice.finishEach")
            : t("practice.finish")}
        </button>
      </div>
    );

  const result = practiceResult(questions, attempts);
  const percent = (x: number) => Math.round(x * 100);
  return (
    <div class="practice-results">
      <h2 tabIndex={-1} ref={heading}>
        {t("practice.results")}
      </h2>
      <p class="practice-score" role="status">
        {t("practice.score", {
          percent: percent(result.score),
          right: result.right,
          total: result.questions,
        })}
        {result.answered < result.questions &&
          ` ${t("practice.unanswered", { count: result.questions - result.answered })}`}
      </p>
      <h3>{t("practice.byLesson")}</h3>
      <table class="results-table">
        <thead>
          <tr>
            <th scope="col">{t("practice.colLesson")}</th>
            <th scope="col">{t("practice.colRight")}</th>
            <th scope="col">{t("practice.colScore")}</th>
          </tr>
        </thead>
        <tbody>
          {[...result.byLesson]
            .sort((a, b) => orderOf(a.lesson) - orderOf(b.lesson))
            .map((row) => (
              <tr key={row.lesson}>
                <th scope="row">{titleOf(row.lesson)}</th>
                <td>
                  {row.right}/{row.questions}
                </td>
                <td>{percent(row.score)}%</td>
              </tr>
            ))}
        </tbody>
      </table>
      <h3>{t("practice.review")}</h3>
      <ol class="review-list">
        {questions.map((question) => (
          <ReviewItem
            key={question.id}
            question={question}
            response={attempts[question.id]?.response}
            score={attempts[question.id]?.score}
          />
        ))}
      </ol>
      <button
        type="button"
        class="button button-primary"
        onClick={() => {
          closePractice();
          requestAnimationFrame(() => setupStart.current?.focus());
        }}
      >
        {t("practice.again")}
      </button>
    </div>
  );
}
