/**
 * The progress document: everything the site remembers about one learner, kept
 * in that learner's browser. Only types live here. Times are milliseconds since
 * the Unix epoch (UTC).
 */
import type { Response } from "../quiz/models.ts";

/** The version this code writes. Older versions load through migrations. */
export const PROGRESS_VERSION = 3;

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

/**
 * A review rating, as FSRS numbers them: 1 Lagi (again), 2 Sulit (hard),
 * 3 Baik (good), 4 Mudah (easy).
 */
export type ReviewRating = 1 | 2 | 3 | 4;

/**
 * One rating of one review card. The schedule it produced is kept with it, so
 * the number of cards due can be counted without running the scheduler.
 */
export interface ReviewEntry {
  /** Card id: `q:<question id>` or `t:<glossary term slug>`. */
  card: string;
  /** When the learner rated the card, ms epoch. */
  at: number;
  rating: ReviewRating;
  /** When FSRS scheduled the next review, ms epoch (used while `days` is 0). */
  due: number;
  /**
   * Whole days until the next review (FSRS `scheduled_days`). From 1 up, the
   * card is due from the start of that calendar day in the learner's zone.
   */
  days: number;
}

/** Most ratings the review history keeps; older ones are dropped first. */
export const REVIEW_LOG_LIMIT = 20000;

/** A glossary term the learner chose to review. Chosen when `addedAt` is later than `removedAt`. */
export interface TermChoice {
  /** Latest time the term was added, ms epoch. */
  addedAt: number;
  /** Latest time it was taken out, ms epoch; absent if never. */
  removedAt?: number | undefined;
}

/** The learner's review cards: chosen terms and every rating. */
export interface ReviewSection {
  /** Keyed by glossary term slug. */
  terms: Record<string, TermChoice>;
  /**
   * Question cards taken out because their question is no longer in the
   * course, keyed by card id: when, ms epoch. A later wrong answer to the same
   * question brings the card back.
   */
  retired: Record<string, number>;
  /** Ratings, oldest first, at most `REVIEW_LOG_LIMIT`. */
  log: ReviewEntry[];
}

/** A finished unit of study that makes a day count toward the streak. */
export interface StudyEvent {
  /** When it was finished, ms epoch. */
  at: number;
  /** `review`: a review session; `check`: every question of a lesson check answered. */
  kind: "review" | "check";
  /** What was finished: a lesson slug for a check, `ulasan` for a review session. */
  ref: string;
}

/** Most study events kept; older ones are dropped first. */
export const EVENT_LIMIT = 3000;

/** A number the learner chose, with when (the latest choice wins across tabs). */
export interface Setting {
  value: number;
  /** When it was chosen, ms epoch. */
  at: number;
}

/** The learner's settings; an absent one takes its default (see `SETTING_RULES`). */
export interface Settings {
  /** Answers and ratings per day the learner aims for. */
  dailyGoal?: Setting | undefined;
  /** New review cards introduced per day at most. */
  newPerDay?: Setting | undefined;
}

/** Default, least and greatest value of each setting (whole numbers). */
export const SETTING_RULES = {
  dailyGoal: { default: 20, min: 1, max: 500 },
  newPerDay: { default: 10, min: 0, max: 200 },
} as const satisfies Record<
  keyof Settings,
  { default: number; min: number; max: number }
>;

/**
 * The whole document, version 3. Version 1 had no `log`; version 2 had no
 * `review`, `events` or `settings`.
 */
export interface ProgressDocument {
  version: typeof PROGRESS_VERSION;
  /** Keyed by lesson slug. */
  lessons: Record<string, LessonRecord>;
  /** Latest attempt per question id. */
  answers: Record<string, Attempt>;
  /** Answer history, oldest first, at most `LOG_LIMIT` entries. */
  log: LogEntry[];
  /** Spaced review. */
  review: ReviewSection;
  /** Finished review sessions and lesson checks, oldest first, at most `EVENT_LIMIT`. */
  events: StudyEvent[];
  settings: Settings;
}
