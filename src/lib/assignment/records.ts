/**
 * The assignments a student has opened, as kept in the student's browser
 * (several side by side, keyed by assignment id). Pure operations: each
 * returns a new map; the clock is a parameter (`now`, ms epoch).
 */
import type { Attempt } from "../progress/models.ts";
import { ownValue } from "../progress/document.ts";
import { validateAttempt } from "../progress/validate.ts";
import type { AssignmentRecord, Student } from "./models.ts";

/** Opened assignments by id. */
export type AssignmentRecords = Record<string, AssignmentRecord>;

/** Limits of what a student types: name and NIM. */
export const STUDENT_LIMITS = { name: 100, nim: 20 } as const;

/** How many digits a NIM typed by a student may have. */
export const NIM_DIGITS = { min: 5, max: 20 } as const;

/**
 * Whether a NIM in a report file looks like one: 3..20 letters, digits, dots
 * or hyphens, starting with a letter or digit. Lenient on purpose, so files
 * made before `normaliseNim` was required are still read.
 */
export function isNim(nim: string): boolean {
  return /^[A-Za-z0-9][A-Za-z0-9.-]{2,19}$/.test(nim);
}

/**
 * The NIM a student typed, as digits only: dots, hyphens and spaces between
 * digits are separators and are dropped ("23.01 045" -> "2301045").
 * @returns the digits, or null when the input is not a plausible NIM
 *   (anything but digits and separators, or not 5..20 digits).
 */
export function normaliseNim(input: string): string | null {
  const s = input.trim();
  if (!/^\d(?:[\d.\- ]*\d)?$/.test(s)) return null;
  const digits = s.replace(/[.\- ]/g, "");
  return digits.length >= NIM_DIGITS.min && digits.length <= NIM_DIGITS.max
    ? digits
    : null;
}

/** Record that an assignment was opened now; an assignment opened before keeps its record. */
export function openAssignment(
  records: AssignmentRecords,
  id: string,
  link: string,
  now: number,
): AssignmentRecords {
  if (ownValue(records, id)) return records;
  return {
    ...records,
    [id]: {
      link,
      openedAt: now,
      student: { name: "", nim: "" },
      quiz: { tries: 0, attempts: {} },
    },
  };
}

function change(
  records: AssignmentRecords,
  id: string,
  update: (r: AssignmentRecord) => AssignmentRecord,
): AssignmentRecords {
  const record = ownValue(records, id);
  return record ? { ...records, [id]: update(record) } : records;
}

/** Keep the name and NIM the student typed (trimmed). */
export function setStudent(
  records: AssignmentRecords,
  id: string,
  student: Student,
): AssignmentRecords {
  return change(records, id, (r) => ({
    ...r,
    student: { name: student.name.trim(), nim: student.nim.trim() },
  }));
}

/** Start the quiz now, unless it is already started. */
export function startQuiz(
  records: AssignmentRecords,
  id: string,
  now: number,
): AssignmentRecords {
  return change(records, id, (r) =>
    r.quiz.startedAt !== undefined
      ? r
      : { ...r, quiz: { ...r.quiz, startedAt: now, tries: r.quiz.tries + 1 } },
  );
}

/** Keep a checked answer of the quiz (starting the quiz if needed). */
export function recordQuizAttempt(
  records: AssignmentRecords,
  id: string,
  questionId: string,
  attempt: Attempt,
): AssignmentRecords {
  return change(startQuiz(records, id, attempt.at), id, (r) => ({
    ...r,
    quiz: {
      ...r.quiz,
      attempts: { ...r.quiz.attempts, [questionId]: attempt },
    },
  }));
}

/** Start the quiz over now: the answers of this try are cleared and the try is counted. */
export function restartQuiz(
  records: AssignmentRecords,
  id: string,
  now: number,
): AssignmentRecords {
  return change(records, id, (r) => ({
    ...r,
    quiz: { startedAt: now, tries: r.quiz.tries + 1, attempts: {} },
  }));
}

/** Forget an opened assignment. */
export function removeAssignment(
  records: AssignmentRecords,
  id: string,
): AssignmentRecords {
  return Object.fromEntries(
    Object.entries(records).filter(([key]) => key !== id),
  );
}

const isTime = (v: unknown): v is number =>
  typeof v === "number" && Number.isFinite(v) && v >= 0;

/** Read one stored record; undefined when it is not one. */
function parseRecord(value: unknown): AssignmentRecord | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const v = value as Record<string, unknown>;
  const student = v["student"] as Record<string, unknown> | null | undefined;
  const quiz = v["quiz"] as Record<string, unknown> | null | undefined;
  if (
    typeof v["link"] !== "string" ||
    !isTime(v["openedAt"]) ||
    typeof student?.["name"] !== "string" ||
    typeof student["nim"] !== "string" ||
    typeof quiz !== "object" ||
    quiz === null ||
    !Number.isInteger(quiz["tries"]) ||
    (quiz["tries"] as number) < 0 ||
    (quiz["startedAt"] !== undefined && !isTime(quiz["startedAt"])) ||
    typeof quiz["attempts"] !== "object" ||
    quiz["attempts"] === null
  )
    return undefined;
  const entries: [string, Attempt][] = [];
  for (const [q, a] of Object.entries(quiz["attempts"])) {
    const attempt = validateAttempt(a);
    if (!attempt) return undefined;
    entries.push([q, attempt]);
  }
  // Object.fromEntries defines own properties: an id such as "__proto__" stays data.
  const attempts: Record<string, Attempt> = Object.fromEntries(entries);
  return {
    link: v["link"],
    openedAt: v["openedAt"],
    student: { name: student["name"], nim: student["nim"] },
    quiz: {
      ...(quiz["startedAt"] !== undefined
        ? { startedAt: quiz["startedAt"] as number }
        : {}),
      tries: quiz["tries"] as number,
      attempts,
    },
  };
}

/**
 * Read stored records. Records that cannot be read are left out and
 * counted, so the caller can keep the stored text aside and say so.
 */
export function parseRecords(value: unknown): {
  records: AssignmentRecords;
  unreadable: number;
} {
  if (typeof value !== "object" || value === null || Array.isArray(value))
    return { records: {}, unreadable: 1 };
  const entries: [string, AssignmentRecord][] = [];
  let unreadable = 0;
  for (const [id, v] of Object.entries(value)) {
    const record = parseRecord(v);
    if (record) entries.push([id, record]);
    else unreadable += 1;
  }
  return { records: Object.fromEntries(entries), unreadable };
}
