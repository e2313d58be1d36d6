/**
 * Exam simulation island (`/simulasi-ujian/`), CAT style: one question at a
 * time, a numbered grid (answered, unanswered, ragu-ragu), jump to any
 * question, time left always visible, warnings at 10 and 5 minutes announced
 * to screen readers. Time is the deadline stored at the start: the clock is
 * recomputed from it on every tick and whenever the page becomes visible, and
 * when it passes the sitting is submitted with no confirmation in the way.
 */
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { useStore } from "@nanostores/preact";
import { assembleExam } from "../lib/exam/blueprint.ts";
import { scoreExam } from "../lib/exam/scoring.ts";
import {
  deadlineFor,
  formatClock,
  isExpired,
  timeLeft,
  warningsDue,
} from "../lib/exam/deadline.ts";
import { EXAM_PRESETS } from "../lib/exam/models.ts";
import { scoreResponse } from "../lib/quiz/check.ts";
import {
  $exam,
  $examNotice,
  answerExamQuestion,
  goToExamQuestion,
  markExamWarned,
  setAsideBrokenSitting,
  startExam,
  submitExam,
  toggleExamFlag,
  type ExamRecord,
} from "../stores/exam.ts";
import { formatDate, t } from "../i18n/t.ts";
import { loadBank } from "./bank.ts";
import type { QuizQuestion } from "./quiz/QuestionCard.tsx";
import ReviewItem from "./quiz/ReviewItem.tsx";
import { useHydrated } from "./useHydrated.ts";
import ExamChart from "./ExamChart.tsx";
import ProgressNotice from "./ProgressNotice.tsx";

export interface ExamSimulationProps {
  base: string;
  /** Lesson slugs in course order, and their titles. */
  lessons: { slug: string; title: string }[];
}

export default function ExamSimulation({ base, lessons }: ExamSimulationProps) {
  const hydrated = useHydrated();
  const data = useStore($exam);
  const storedNotice = useStore($examNotice);
  // (the notice renders only after hydration, so server HTML and first render agree)
  const notice = hydrated ? storedNotice : null;
  const [bank, setBank] = useState<Map<string, QuizQuestion> | null>(null);
  const [preset, setPreset] = useState(EXAM_PRESETS[0]!.id);
  const [status, setStatus] = useState("");
  const [alert, setAlert] = useState("");
  const [viewing, setViewing] = useState<number | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  /** The heading to focus once it is rendered: "result", or a question index. */
  const pendingFocus = useRef<"result" | number | null>(null);
  // After moving between questions, finishing, or picking a past result, focus (and so scroll to)
  // the new heading. A store update can render after a state update, so wait until the heading
  // on screen is the one wanted; a ref, not state, so this costs no extra render.
  useEffect(() => {
    const want = pendingFocus.current;
    const el = heading.current;
    if (want === null || !el) return;
    if (
      want === "result"
        ? el.id !== "hasil-ujian"
        : el.dataset["index"] !== String(want)
    )
      return;
    pendingFocus.current = null;
    el.focus();
  });
  const focusSoon = (target: "result" | number = "result") => {
    pendingFocus.current = target;
  };
  const goTo = (i: number) => {
    goToExamQuestion(i);
    focusSoon(i);
  };
  const sitting = hydrated ? data.current : null;

  useEffect(() => {
    if ((sitting || data.history.length > 0) && !bank)
      loadBank(base)
        .then((all) => setBank(new Map(all.map((q) => [q.id, q]))))
        .catch(() => setStatus(t("exam.loadFailed")));
  }, [sitting, data.history.length, bank, base]);

  const questions = useMemo(
    () =>
      sitting && bank
        ? sitting.questionIds.flatMap((id) =>
            bank.get(id) ? [bank.get(id)!] : [],
          )
        : [],
    [sitting, bank],
  );

  // A sitting whose questions are no longer all in the bank cannot be shown: set it aside.
  useEffect(() => {
    if (sitting && bank && questions.length < sitting.questionIds.length)
      setAsideBrokenSitting();
  }, [sitting, bank, questions]);

  // Warnings and expiry follow from the time (the deadline), never from a counter: checked every
  // second and whenever the page is shown again. The checks change nothing until something is due,
  // so the question screen does not re-render every second (the clock renders itself).
  useEffect(() => {
    if (!sitting || questions.length === 0) return;
    const check = () => {
      const current = $exam.get().current;
      if (!current) return;
      const now = Date.now();
      if (isExpired(current.deadline, now)) {
        submitExam(questions, "deadline", current.deadline);
        setAlert(t("exam.expired"));
        setViewing(null);
        focusSoon();
        return;
      }
      const due = warningsDue(
        current.deadline,
        now,
        current.warned,
        current.minutes,
      );
      if (due.length > 0) {
        markExamWarned(due);
        setAlert(t("exam.warning", { minutes: Math.min(...due) }));
      }
    };
    const timer = setInterval(check, 1000);
    document.addEventListener("visibilitychange", check);
    window.addEventListener("pageshow", check);
    check();
    return () => {
      clearInterval(timer);
      document.removeEventListener("visibilitychange", check);
      window.removeEventListener("pageshow", check);
    };
  }, [sitting?.deadline, questions]);

  async function start(e: Event) {
    e.preventDefault();
    const chosen =
      EXAM_PRESETS.find((p) => p.id === preset) ?? EXAM_PRESETS[0]!;
    setStatus(t("exam.loading"));
    try {
      const all = await loadBank(base);
      const map = new Map(all.map((q) => [q.id, q]));
      setBank(map);
      const seed = String(Date.now());
      const paper = assembleExam(
        all,
        lessons.map((l) => l.slug),
        chosen.count,
        seed,
      );
      const startedAt = Date.now();
      startExam({
        seed,
        questionIds: paper.map((q) => q.id),
        minutes: chosen.minutes,
        startedAt,
        deadline: deadlineFor(startedAt, chosen.minutes),
        answers: {},
        flagged: [],
        current: 0,
        warned: [],
      });
      setStatus("");
      setAlert("");
      setViewing(null);
      focusSoon(0);
    } catch {
      setStatus(t("exam.loadFailed"));
    }
  }

  if (sitting && questions.length === 0)
    return (
      <div>
        <p role="status" class="practice-status">
          {status || t("exam.loading")}
        </p>
        {status === t("exam.loadFailed") && (
          <button
            type="button"
            class="button"
            onClick={() => {
              setStatus("");
              setBank(null);
            }}
          >
            {t("exam.retry")}
          </button>
        )}
      </div>
    );

  if (sitting) {
    const index = Math.max(
      0,
      Math.min(Math.floor(sitting.current) || 0, questions.length - 1),
    );
    const question = questions[index]!;
    const answer = sitting.answers[question.id];
    const chosen = answer?.type === "single-choice" ? answer.choice : undefined;
    const flagged = sitting.flagged.includes(question.id);
    const unanswered = questions.filter((q) => !sitting.answers[q.id]).length;
    const order =
      question.type === "single-choice"
        ? question.options.map((_, i) => i)
        : [];
    return (
      <div class="exam">
        <div class="exam-bar">
          <Clock deadline={sitting.deadline} />
          <button
            type="button"
            class="button button-small"
            onClick={() => {
              const msg = t("exam.confirmFinish", {
                unanswered,
                flagged: sitting.flagged.length,
              });
              if (window.confirm(msg)) {
                submitExam(questions, "learner", Date.now());
                setViewing(null);
                focusSoon();
              }
            }}
          >
            {t("exam.finish")}
          </button>
        </div>
        <p role="alert" class="exam-alert">
          {alert}
        </p>
        <fieldset class="question exam-question" key={question.id}>
          <legend>
            <span
              class="question-number"
              ref={heading as never}
              data-index={index}
              tabIndex={-1}
            >
              {t("exam.question", { n: index + 1, total: questions.length })}
            </span>
            <span class="question-stem">{question.stem}</span>
          </legend>
          <ul class="options" role="list">
            {question.type === "single-choice" &&
              order.map((i) => (
                <li key={i} class="option">
                  <label>
                    <input
                      type="radio"
                      name={`ujian-${question.id}`}
                      checked={chosen === i}
                      onChange={() =>
                        answerExamQuestion(question.id, {
                          type: "single-choice",
                          choice: i,
                        })
                      }
                    />
                    <span>
                      {String.fromCharCode(65 + i)}. {question.options[i]!.text}
                    </span>
                  </label>
                </li>
              ))}
          </ul>
          <label class="exam-flag">
            <input
              type="checkbox"
              checked={flagged}
              onChange={() => toggleExamFlag(question.id)}
            />{" "}
            {t("exam.flag")}
          </label>
        </fieldset>
        <p class="exam-nav">
          <button
            type="button"
            class="button"
            disabled={index === 0}
            onClick={() => goTo(index - 1)}
          >
            ← {t("exam.prev")}
          </button>
          <button
            type="button"
            class="button button-primary"
            disabled={index === questions.length - 1}
            onClick={() => goTo(index + 1)}
          >
            {t("exam.next")} →
          </button>
        </p>
        <nav aria-label={t("exam.grid")} class="exam-grid">
          <ol role="list">
            {questions.map((q, i) => {
              const state = sitting.flagged.includes(q.id)
                ? "flagged"
                : sitting.answers[q.id]
                  ? "answered"
                  : "open";
              const label = [
                sitting.answers[q.id]
                  ? t("exam.stateAnswered")
                  : t("exam.stateOpen"),
                ...(state === "flagged" ? [t("exam.stateFlagged")] : []),
              ].join(", ");
              return (
                <li key={q.id}>
                  <button
                    type="button"
                    data-state={state}
                    data-answered={sitting.answers[q.id] ? "" : undefined}
                    aria-current={i === index ? "true" : undefined}
                    aria-label={t("exam.gridItem", { n: i + 1, state: label })}
                    onClick={() => goTo(i)}
                  >
                    {i + 1}
                  </button>
                </li>
              );
            })}
          </ol>
          <p class="exam-legend">{t("exam.legend")}</p>
        </nav>
      </div>
    );
  }

  const history = hydrated ? data.history : [];
  // The latest result, or the one picked from the history.
  const shown: ExamRecord | undefined = history[viewing ?? history.length - 1];
  return (
    <div class="exam-home">
      <ProgressNotice />
      {notice && (
        <p class="notice" role="alert">
          {t("notice.keptAside", { key: notice })}
        </p>
      )}
      <p role="alert" class="exam-alert">
        {alert}
      </p>
      {shown && bank && (
        <ExamResultView
          record={shown}
          bank={bank}
          lessons={lessons}
          headingRef={heading}
        />
      )}
      <form class="practice-setup" onSubmit={start}>
        <fieldset>
          <legend>{t("exam.preset")}</legend>
          {EXAM_PRESETS.map((p) => (
            <label key={p.id} class="setup-radio">
              <input
                type="radio"
                name="panjang"
                disabled={!hydrated}
                checked={preset === p.id}
                onChange={() => setPreset(p.id)}
              />{" "}
              {t("exam.presetLabel", { count: p.count, minutes: p.minutes })}
              {p.id === "skb" ? t("exam.presetSkb") : ""}
            </label>
          ))}
        </fieldset>
        <button
          type="submit"
          class="button button-primary"
          disabled={!hydrated}
        >
          {history.length > 0 ? t("exam.newExam") : t("exam.start")}
        </button>
        <p role="status" class="practice-status">
          {status}
        </p>
      </form>
      <section aria-labelledby="riwayat-ujian">
        <h2 id="riwayat-ujian">{t("exam.history")}</h2>
        {history.length === 0 ? (
          <p>{t("exam.historyEmpty")}</p>
        ) : (
          <>
            <ExamChart
              points={history.map((h) => ({
                at: h.submittedAt,
                ratio: h.result.ratio,
              }))}
            />
            <ol class="exam-history">
              {history.map((h, i) => (
                <li key={h.submittedAt}>
                  <button
                    type="button"
                    class="link-button"
                    onClick={() => {
                      setViewing(i);
                      focusSoon();
                    }}
                  >
                    {t("exam.historyItem", {
                      date: formatDate(h.submittedAt),
                      percent: Math.round(h.result.ratio * 100),
                      right: h.result.right,
                      questions: h.result.questions,
                    })}
                  </button>
                </li>
              ))}
            </ol>
          </>
        )}
      </section>
    </div>
  );
}

function ExamResultView({
  record,
  bank,
  lessons,
  headingRef,
}: {
  record: ExamRecord;
  bank: Map<string, QuizQuestion>;
  lessons: { slug: string; title: string }[];
  headingRef: { current: HTMLHeadingElement | null };
}) {
  const questions = record.questionIds.flatMap((id) =>
    bank.get(id) ? [bank.get(id)!] : [],
  );
  const r = record.result;
  const used = Math.min(
    record.minutes,
    Math.ceil((record.submittedAt - record.startedAt) / 60_000),
  );
  const scored = scoreExam(questions, record.answers).byLesson;
  const byLesson = lessons.flatMap((l) => {
    const row = scored.find((r) => r.lesson === l.slug);
    return row ? [{ ...l, questions: row.questions, right: row.right }] : [];
  });
  return (
    <section class="exam-result" aria-labelledby="hasil-ujian">
      <h2 id="hasil-ujian" tabIndex={-1} ref={headingRef}>
        {t("exam.resultTitle")}
      </h2>
      <p class="practice-score">
        {t("exam.resultScore", {
          percent: Math.round(r.ratio * 100),
          points: r.points,
          max: r.maxPoints,
        })}
      </p>
      <p>
        {t("exam.resultCounts", {
          right: r.right,
          wrong: r.wrong,
          unanswered: r.unanswered,
        })}
      </p>
      <p>
        {t("exam.resultTime", { used, minutes: record.minutes })}{" "}
        {record.reason === "deadline"
          ? t("exam.reasonDeadline")
          : t("exam.reasonLearner")}
      </p>
      <h3>{t("practice.byLesson")}</h3>
      <table class="results-table">
        <thead>
          <tr>
            <th scope="col">{t("practice.colLesson")}</th>
            <th scope="col">{t("practice.colRight")}</th>
          </tr>
        </thead>
        <tbody>
          {byLesson.map((l) => (
            <tr key={l.slug}>
              <th scope="row">{l.title}</th>
              <td>
                {l.right}/{l.questions}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <details class="exam-review">
        <summary>{t("exam.review")}</summary>
        <ol class="review-list">
          {questions.map((q) => {
            const response = record.answers[q.id];
            return (
              <ReviewItem
                key={q.id}
                question={q}
                response={response}
                score={response ? scoreResponse(q, response).score : undefined}
              />
            );
          })}
        </ol>
      </details>
    </section>
  );
}

/** Time left, recomputed from the deadline every second and whenever the page is shown again. */
function Clock({ deadline }: { deadline: number }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const tick = () => setNow(Date.now());
    const timer = setInterval(tick, 1000);
    document.addEventListener("visibilitychange", tick);
    window.addEventListener("pageshow", tick);
    tick();
    return () => {
      clearInterval(timer);
      document.removeEventListener("visibilitychange", tick);
      window.removeEventListener("pageshow", tick);
    };
  }, [deadline]);
  const left = timeLeft(deadline, now);
  return (
    <p class="exam-clock" data-low={left <= 5 * 60_000 ? "ya" : undefined}>
      <span>{t("exam.timeLeft")}</span>{" "}
      <strong role="timer">{formatClock(left)}</strong>
    </p>
  );
}
