/**
 * `$exam`: the exam simulation in progress and the history of finished
 * sittings. Every answer is stored at once, so closing the tab loses nothing;
 * one sitting at a time. A stored value that cannot be read is kept aside
 * under `kips:ujian:disisihkan:<hash>`, never deleted.
 */
import { atom } from "nanostores";
import { persistentAtom } from "@nanostores/persistent";
import "./progress.ts"; // sets the safe storage engine first
import { answerQuestion } from "./progress.ts";
import type { ExamSitting, SubmitReason } from "../lib/exam/models.ts";
import { scoreExam, type ExamResult } from "../lib/exam/scoring.ts";
import type { Question, Response } from "../lib/quiz/models.ts";
import { validateResponse } from "../lib/progress/validate.ts";
import { hashText, writeKey } from "./storage.ts";

/** localStorage key of the exam data. */
export const EXAM_KEY = "kips:ujian";
/** Finished sittings kept in the history. */
export const HISTORY_LIMIT = 50;

/** A finished sitting. */
export interface ExamRecord {
  seed: string;
  startedAt: number;
  submittedAt: number;
  minutes: number;
  reason: SubmitReason;
  questionIds: string[];
  answers: Record<string, Response>;
  result: Omit<ExamResult, "byLesson">;
}

/** Everything the exam page keeps. */
export interface ExamData {
  current: ExamSitting | null;
  history: ExamRecord[];
}

/** Set when a stored value could not be read and was kept aside. */
export const $examNotice = atom<string | null>(null);

const isNumber = (v: unknown): v is number =>
  typeof v === "number" && Number.isFinite(v);
const isStrings = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((x) => typeof x === "string");

function answersOf(value: unknown): Record<string, Response> | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const out: [string, Response][] = [];
  for (const [id, r] of Object.entries(value)) {
    const response = validateResponse(r);
    if (!response) return undefined;
    out.push([id, response]);
  }
  return Object.fromEntries(out);
}

function sittingOf(v: Record<string, unknown>): ExamSitting | undefined {
  const answers = answersOf(v["answers"]);
  if (
    typeof v["seed"] !== "string" ||
    !isStrings(v["questionIds"]) ||
    !isNumber(v["minutes"]) ||
    !isNumber(v["startedAt"]) ||
    !isNumber(v["deadline"]) ||
    !answers ||
    !isStrings(v["flagged"]) ||
    !Number.isInteger(v["current"]) ||
    (v["current"] as number) < 0 ||
    !Array.isArray(v["warned"])
  )
    return undefined;
  return {
    seed: v["seed"],
    questionIds: v["questionIds"],
    minutes: v["minutes"],
    startedAt: v["startedAt"],
    deadline: v["deadline"],
    answers,
    flagged: v["flagged"],
    current: v["current"] as number,
    warned: (v["warned"] as unknown[]).filter(isNumber),
  };
}

/** Read stored exam data; undefined when it is not exam data. Never throws. */
export function parseExamData(value: unknown): ExamData | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const v = value as Record<string, unknown>;
  const current =
    v["current"] === null
      ? null
      : sittingOf((v["current"] ?? {}) as Record<string, unknown>);
  if (current === undefined || !Array.isArray(v["history"])) return undefined;
  const history: ExamRecord[] = [];
  for (const h of v["history"] as Record<string, unknown>[]) {
    const answers = answersOf(h?.["answers"]);
    const result = h?.["result"] as Record<string, unknown> | undefined;
    if (
      !answers ||
      !result ||
      typeof h["seed"] !== "string" ||
      !isStrings(h["questionIds"]) ||
      !isNumber(h["startedAt"]) ||
      !isNumber(h["submittedAt"]) ||
      !isNumber(h["minutes"]) ||
      (h["reason"] !== "learner" && h["reason"] !== "deadline") ||
      ![
        "questions",
        "right",
        "wrong",
        "unanswered",
        "ratio",
        "points",
        "maxPoints",
      ].every((k) => isNumber(result[k])) ||
      (result["ratio"] as number) < 0 ||
      (result["ratio"] as number) > 1 ||
      (result["points"] as number) > (result["maxPoints"] as number)
    )
      return undefined;
    history.push(h as unknown as ExamRecord);
  }
  return { current, history };
}

function decode(raw: string): ExamData {
  try {
    const data = parseExamData(JSON.parse(raw));
    if (data) return data;
  } catch {
    // fall through: keep the unreadable value aside
  }
  const key = `${EXAM_KEY}:disisihkan:${hashText(raw)}`;
  writeKey(key, raw);
  $examNotice.set(key);
  return { current: null, history: [] };
}

/** The exam data of this learner. */
export const $exam = persistentAtom<ExamData>(
  EXAM_KEY,
  { current: null, history: [] },
  { encode: JSON.stringify, decode },
);

function updateCurrent(change: (sitting: ExamSitting) => ExamSitting): void {
  const data = $exam.get();
  if (data.current && data.current.submittedAt === undefined)
    $exam.set({ ...data, current: change(data.current) });
}

/** Begin a sitting (replacing none: one sitting at a time). */
export function startExam(sitting: ExamSitting): void {
  const data = $exam.get();
  if (data.current) return;
  $exam.set({ ...data, current: sitting });
}

/** Store an answer at once. */
export function answerExamQuestion(id: string, response: Response): void {
  updateCurrent((s) => ({ ...s, answers: { ...s.answers, [id]: response } }));
}

/** Mark or unmark a question ragu-ragu. */
export function toggleExamFlag(id: string): void {
  updateCurrent((s) => ({
    ...s,
    flagged: s.flagged.includes(id)
      ? s.flagged.filter((f) => f !== id)
      : [...s.flagged, id],
  }));
}

/** Show question `index`. */
export function goToExamQuestion(index: number): void {
  updateCurrent((s) => ({
    ...s,
    current: Math.max(0, Math.min(s.questionIds.length - 1, index)),
  }));
}

/** Remember that warnings were given. */
export function markExamWarned(minutes: number[]): void {
  updateCurrent((s) => ({
    ...s,
    warned: [...new Set([...s.warned, ...minutes])],
  }));
}

/**
 * End the sitting: score it, keep it in the history, and record every
 * answered question in the progress document (so wrong answers reach review).
 * @param questions the sitting's questions, in paper order.
 * @param now the end time, ms epoch (for a deadline, the deadline itself).
 */
export function submitExam(
  questions: Question[],
  reason: SubmitReason,
  now: number,
): void {
  const data = $exam.get();
  const sitting = data.current;
  if (!sitting) return;
  // The history keeps the totals; results by lesson are recomputed when shown.
  const { byLesson, ...result } = scoreExam(questions, sitting.answers);
  for (const q of questions) {
    const response = sitting.answers[q.id];
    if (response) answerQuestion(q, response, now);
  }
  const record: ExamRecord = {
    seed: sitting.seed,
    startedAt: sitting.startedAt,
    submittedAt: now,
    minutes: sitting.minutes,
    reason,
    questionIds: sitting.questionIds,
    answers: sitting.answers,
    result,
  };
  $exam.set({
    current: null,
    history: [...data.history, record].slice(-HISTORY_LIMIT),
  });
}

/**
 * Set aside a sitting whose questions are no longer in the bank (the bank was
 * updated since it started): it is kept under its own key, never deleted,
 * and the learner is told.
 */
export function setAsideBrokenSitting(): void {
  const data = $exam.get();
  if (!data.current) return;
  const raw = JSON.stringify(data.current);
  const key = `${EXAM_KEY}:disisihkan:${hashText(raw)}`;
  if (!writeKey(key, raw)) return;
  $examNotice.set(key);
  $exam.set({ ...data, current: null });
}
