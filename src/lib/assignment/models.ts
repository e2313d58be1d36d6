/**
 * Types of lecturer assignments: what a lecturer assigns (carried in a
 * link), what a student has done of it (kept in the student's browser), the
 * report file the student hands in, and the class summary built from many
 * report files. Only types live here. Times are milliseconds since the Unix
 * epoch (UTC); scores and ratios are 0..1.
 */
import type { Attempt } from "../progress/models.ts";
import type { MasteryState } from "../progress/mastery.ts";

/** The quiz of an assignment: questions the lecturer chose, or a seeded draw. */
export type QuizSpec =
  | {
      kind: "chosen";
      /** Question ids from the bank, in the order they are shown. */
      ids: string[];
    }
  | {
      kind: "random";
      /** Lesson slugs to draw from. */
      lessons: string[];
      /** How many questions, 1..`LIMITS.questions`. */
      n: number;
      /** Seed of the draw: every student with the link gets the same questions. */
      seed: string;
    };

/** An assignment as the lecturer built it. The link carries exactly this. */
export interface Assignment {
  /** Short title, e.g. "Tugas minggu 3"; may be empty. */
  title: string;
  /** The class, e.g. "PS 2A Poltekesos". */
  className: string;
  /** Due date as a calendar day, "YYYY-MM-DD" (the end of that day, local time). */
  due: string;
  /** Lesson slugs to read and mark complete, in course order. */
  lessons: string[];
  /** Case simulation ids to play to an ending. */
  cases: string[];
  /** The quiz, or null for none. */
  quiz: QuizSpec | null;
  /** The pass mark of the quiz (KKM), a 0..1 ratio. */
  minScore: number;
}

/** What the site knows of the course, to check a link and to name things. */
export interface Catalog {
  /** Lessons in course order. */
  lessons: { slug: string; title: string; order: number }[];
  /** Case simulations in course order, with the kind of each ending. */
  cases: {
    id: string;
    title: string;
    endings: { id: string; kind: EndingKind }[];
  }[];
  /** Question ids by lesson slug, each list in bank order (a seeded draw depends on it). */
  questions: Record<string, string[]>;
}

/** How a case simulation ended: good, mixed or poor. */
export type EndingKind = "baik" | "sedang" | "buruk";

/** Where a student stands with one item. */
export type ItemStatus = "todo" | "started" | "done";

/** The key of an item: `l:<slug>`, `c:<case id>` or `q` (the quiz). */
export type ItemKey = `l:${string}` | `c:${string}` | "q";

/** A lesson of the assignment, as reported. */
export interface LessonItem {
  kind: "lesson";
  id: string;
  status: ItemStatus;
  /** First visit, ms epoch. */
  firstVisitedAt?: number;
  /** When the student marked the lesson complete, ms epoch. */
  completedAt?: number;
  /** The lesson's mastery by the site's rule (see `progress/mastery.ts`). */
  mastery: MasteryState;
}

/** A case simulation of the assignment, as reported. */
export interface CaseItem {
  kind: "case";
  id: string;
  status: ItemStatus;
  /** Endings found, in the order found. */
  endings: EndingKind[];
  /** How many endings the case has. */
  total: number;
}

/** One question of the quiz, as reported: its id and the credit earned (0..1). */
export interface QuestionResult {
  q: string;
  score: number;
}

/** The quiz of the assignment, as reported. */
export interface QuizItem {
  kind: "quiz";
  status: ItemStatus;
  questions: number;
  answered: number;
  /** Fully right answers. */
  right: number;
  /** Mean credit over all questions (unanswered count 0), 0..1. */
  score: number;
  /** Whether `score` reaches the assignment's pass mark. */
  passed: boolean;
  /** How many times the student started the quiz over (1 = first try). */
  tries: number;
  /** When the student started the current try, ms epoch. */
  startedAt?: number;
  /** The latest answer of the current try, ms epoch. */
  lastAnswerAt?: number;
  /** Answered questions only. */
  results: QuestionResult[];
}

/** Any item of a report. */
export type ReportItem = LessonItem | CaseItem | QuizItem;

/** The student as typed by the student. */
export interface Student {
  name: string;
  /** Nomor induk mahasiswa: digits only in new reports (see `normaliseNim`); older files may hold letters, dots and hyphens. */
  nim: string;
}

/** `format` field of every report file. */
export const REPORT_FORMAT = "kips-laporan";
/** The report version this code writes. */
export const REPORT_VERSION = 1;

/** A report file, as written and as read back after its checks. */
export interface Report {
  format: typeof REPORT_FORMAT;
  version: typeof REPORT_VERSION;
  /** Id of the assignment (see `assignmentId`). */
  assignment: string;
  /** The assignment link's payload, so a report names its assignment fully. */
  link: string;
  student: Student;
  /** When the file was made, ms epoch. */
  createdAt: number;
  items: ReportItem[];
  /** SHA-256 (hex) of the canonical serialisation of every other field. */
  checksum: string;
}

/** What a student's browser keeps of one opened assignment. */
export interface AssignmentRecord {
  /** The link payload as opened. */
  link: string;
  /** First opened, ms epoch. */
  openedAt: number;
  student: Student;
  quiz: {
    /** Start of the current try, ms epoch; absent before the quiz is started. */
    startedAt?: number;
    /** Tries started, 0 before the first. */
    tries: number;
    /** Checked answers of the current try, by question id. */
    attempts: Record<string, Attempt>;
  };
}
