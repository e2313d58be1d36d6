/**
 * The progress document: everything the site remembers about one learner, kept
 * in that learner's browser. Only types live here. Times are milliseconds since
 * the Unix epoch (UTC).
 */
import type { Response } from "../quiz/models.ts";

/** The version this code writes. Older versions load through migrations. */
export const PROGRESS_VERSION = 2;

/** What the site remembers of one lesson. */
export interface LessonRecord {
  /** First visit, ms epoch. */
  firstVisitedAt: number;
  /** Latest visit, ms epoch. */
  lastVisitedAt: number;
  /** When the learner marked the lesson complete, ms epoch; absent while not complete. */
  completedAt?: number | undefined;
}

/** The latest answer to one question. */
export interface Attempt {
  response: Response;
  /** Credit earned, a 0..1 ratio. */
  score: number;
  correct: boolean;
  /** When it was answered, ms epoch. */
  at: number;
}

/** One answer in the history (every check, retry and practice answer). */
export interface LogEntry {
  /** Question id. */
  q: string;
  /** When it was answered, ms epoch. */
  at: number;
  /** Credit earned, a 0..1 ratio. */
  score: number;
  correct: boolean;
}

/** Most answers the history keeps; older ones are dropped first. */
export const LOG_LIMIT = 5000;

/** The whole document, version 2 (version 1 had no `log`). */
export interface ProgressDocument {
  version: typeof PROGRESS_VERSION;
  /** Keyed by lesson slug. */
  lessons: Record<string, LessonRecord>;
  /** Latest attempt per question id. */
  answers: Record<string, Attempt>;
  /** Answer history, oldest first, at most `LOG_LIMIT` entries. */
  log: LogEntry[];
}
