/**
 * `$assignments`: the assignments a student has opened (several side by
 * side), with the name and NIM typed and the quiz answers of each, kept in
 * localStorage under `kips:tugas`. `$madeAssignments`: the links a lecturer
 * built in this browser, under `kips:tugas:dibuat`, so the class summary can
 * offer them.
 *
 * Every change first re-reads what is stored, so two open tabs add to each
 * other's work instead of overwriting it. A stored value that cannot be read
 * is copied to `kips:tugas:disisihkan:<hash>` (never deleted); the readable
 * assignments in it are kept, and the student is told.
 */
import { atom } from "nanostores";
import { persistentAtom } from "@nanostores/persistent";
import "./progress.ts"; // sets the safe storage engine first
import { answerQuestion } from "./progress.ts";
import { refreshScenarioRecords } from "./scenarios.ts";
import {
  openAssignment,
  parseRecords,
  recordQuizAttempt,
  removeAssignment,
  restartQuiz,
  setStudent,
  startQuiz,
  type AssignmentRecords,
} from "../lib/assignment/records.ts";
import type { Student } from "../lib/assignment/models.ts";
import type { Question, Response } from "../lib/quiz/models.ts";
import type { Attempt } from "../lib/progress/models.ts";
import { hashText, readKey, writeKey } from "./storage.ts";

/** localStorage key of the student's opened assignments. */
export const ASSIGNMENTS_KEY = "kips:tugas";
/** localStorage key of the links a lecturer built here. */
export const MADE_KEY = "kips:tugas:dibuat";
/** How many built links are remembered (newest first). */
export const MADE_LIMIT = 20;

/** The key a value that could not be read was copied to, once that happened. */
export const $assignmentNotice = atom<string | null>(null);

function keepAside(raw: string): void {
  const key = `${ASSIGNMENTS_KEY}:disisihkan:${hashText(raw)}`;
  if (readKey(key) === undefined) writeKey(key, raw);
  $assignmentNotice.set(key);
}

function decodeRecords(raw: string): AssignmentRecords {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    keepAside(raw);
    return {};
  }
  const { records, unreadable } = parseRecords(value);
  if (unreadable > 0) keepAside(raw);
  return records;
}

/** The student's opened assignments, by assignment id. */
export const $assignments = persistentAtom<AssignmentRecords>(
  ASSIGNMENTS_KEY,
  {},
  { encode: JSON.stringify, decode: decodeRecords, listen: false },
);

/** What is stored now (another tab may have written), else what this tab holds. */
function latest(): AssignmentRecords {
  const raw = readKey(ASSIGNMENTS_KEY);
  if (raw === undefined) return $assignments.get();
  try {
    const { records, unreadable } = parseRecords(JSON.parse(raw));
    return unreadable === 0 ? records : $assignments.get();
  } catch {
    return $assignments.get();
  }
}

function update(change: (records: AssignmentRecords) => AssignmentRecords) {
  $assignments.set(change(latest()));
}

if (typeof window !== "undefined") {
  const refresh = () => {
    const stored = latest();
    if (JSON.stringify(stored) !== JSON.stringify($assignments.get()))
      $assignments.set(stored);
    refreshScenarioRecords();
  };
  window.addEventListener("storage", (event) => {
    if (event.key === ASSIGNMENTS_KEY || event.key === null) refresh();
    else if (event.key === "kips:kasus") refreshScenarioRecords();
  });
  window.addEventListener("pageshow", refresh);
}

/** Remember that the student opened an assignment now (once; later openings keep the work). */
export function openAssignmentRecord(
  id: string,
  link: string,
  now: number = Date.now(),
): void {
  if (!Object.hasOwn($assignments.get(), id))
    update((r) => openAssignment(r, id, link, now));
}

/** Keep the name and NIM the student typed. */
export function saveStudent(id: string, student: Student): void {
  update((r) => setStudent(r, id, student));
}

/** Start the assignment's quiz now (counts a try once). */
export function startAssignmentQuiz(
  id: string,
  now: number = Date.now(),
): void {
  update((r) => startQuiz(r, id, now));
}

/**
 * Check an answer to a question of the assignment's quiz and keep it, in the
 * assignment and in the progress document (so it counts for mastery too).
 * @returns the attempt (score 0..1).
 * @throws ResponseMismatchError when the response does not fit the question.
 */
export function answerAssignmentQuestion(
  id: string,
  question: Question,
  response: Response,
  now: number = Date.now(),
): Attempt {
  const attempt = answerQuestion(question, response, now);
  update((r) => recordQuizAttempt(r, id, question.id, attempt));
  return attempt;
}

/** Start the quiz over now: this try's answers are cleared, the try is counted. */
export function restartAssignmentQuiz(
  id: string,
  now: number = Date.now(),
): void {
  update((r) => restartQuiz(r, id, now));
}

/** Forget an opened assignment (its answers stay in the progress document). */
export function forgetAssignment(id: string): void {
  update((r) => removeAssignment(r, id));
}

/** A link a lecturer built: its payload and when, ms epoch. */
export interface MadeAssignment {
  link: string;
  at: number;
}

function decodeMade(raw: string): MadeAssignment[] {
  try {
    const value: unknown = JSON.parse(raw);
    if (
      Array.isArray(value) &&
      value.every(
        (m) =>
          typeof m === "object" &&
          m !== null &&
          typeof m.link === "string" &&
          typeof m.at === "number",
      )
    )
      return (value as MadeAssignment[]).map(({ link, at }) => ({ link, at }));
  } catch {
    // fall through: keep the unreadable value aside
  }
  const key = `${MADE_KEY}:disisihkan:${hashText(raw)}`;
  if (readKey(key) === undefined) writeKey(key, raw);
  return [];
}

/** Links built in this browser, newest first. */
export const $madeAssignments = persistentAtom<MadeAssignment[]>(MADE_KEY, [], {
  encode: JSON.stringify,
  decode: decodeMade,
  listen: false,
});

/** Remember a link built now (moved to the front when built again). */
export function rememberMadeAssignment(
  link: string,
  now: number = Date.now(),
): void {
  $madeAssignments.set(
    [
      { link, at: now },
      ...$madeAssignments.get().filter((m) => m.link !== link),
    ].slice(0, MADE_LIMIT),
  );
}
