/**
 * Pure operations on the progress document. Every operation returns a new
 * document; none reads the clock (callers pass `now`, ms epoch).
 */
import {
  EVENT_LIMIT,
  LOG_LIMIT,
  PROGRESS_VERSION,
  REVIEW_LOG_LIMIT,
  type LogEntry,
  type Attempt,
  type LessonRecord,
  type ProgressDocument,
  type ReviewEntry,
  type Setting,
  type Settings,
  type StudyEvent,
  type TermChoice,
} from "./models.ts";

/** A record's own value at `key` (never an inherited one such as `__proto__`). */
export function ownValue<T>(
  record: Record<string, T>,
  key: string,
): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** A document with nothing in it. */
export function emptyProgress(): ProgressDocument {
  return {
    version: PROGRESS_VERSION,
    lessons: {},
    answers: {},
    log: [],
    review: { terms: {}, retired: {}, log: [] },
    events: [],
    settings: {},
  };
}

/** Record a visit to a lesson at `now`. */
export function recordVisit(
  doc: ProgressDocument,
  slug: string,
  now: number,
): ProgressDocument {
  const old = ownValue(doc.lessons, slug);
  const lesson: LessonRecord = old
    ? {
        ...old,
        firstVisitedAt: Math.min(old.firstVisitedAt, now),
        lastVisitedAt: Math.max(old.lastVisitedAt, now),
      }
    : { firstVisitedAt: now, lastVisitedAt: now };
  return { ...doc, lessons: { ...doc.lessons, [slug]: lesson } };
}

/** Mark a lesson complete at `now` (also counts as a visit). Completing twice keeps the first time. */
export function markComplete(
  doc: ProgressDocument,
  slug: string,
  now: number,
): ProgressDocument {
  const visited = recordVisit(doc, slug, now);
  const lesson = visited.lessons[slug] as LessonRecord;
  if (lesson.completedAt !== undefined) return visited;
  return {
    ...visited,
    lessons: { ...visited.lessons, [slug]: { ...lesson, completedAt: now } },
  };
}

/** Store the latest attempt at a question, replacing any earlier one. */
export function recordAnswer(
  doc: ProgressDocument,
  questionId: string,
  attempt: Attempt,
): ProgressDocument {
  const entry: LogEntry = {
    q: questionId,
    at: attempt.at,
    score: attempt.score,
    correct: attempt.correct,
  };
  return {
    ...doc,
    answers: { ...doc.answers, [questionId]: attempt },
    log: mergeLogs(doc.log, [entry]),
  };
}

/** Keep one rating of a review card (see `rateCard` in src/lib/review for making one). */
export function recordReview(
  doc: ProgressDocument,
  entry: ReviewEntry,
): ProgressDocument {
  return {
    ...doc,
    review: { ...doc.review, log: mergeReviewLogs(doc.review.log, [entry]) },
  };
}

/**
 * Add a glossary term to the learner's review cards (`chosen` true) or take
 * it out (false) at `now`. Its review history is kept either way.
 */
export function chooseTerm(
  doc: ProgressDocument,
  slug: string,
  chosen: boolean,
  now: number,
): ProgressDocument {
  const old = ownValue(doc.review.terms, slug);
  const choice: TermChoice = chosen
    ? { ...old, addedAt: Math.max(now, (old?.removedAt ?? -1) + 1) }
    : {
        addedAt: old?.addedAt ?? 0,
        removedAt: Math.max(now, (old?.addedAt ?? -1) + 1),
      };
  return {
    ...doc,
    review: { ...doc.review, terms: { ...doc.review.terms, [slug]: choice } },
  };
}

/** Take question cards out of review at `now` (their questions left the course). */
export function retireCards(
  doc: ProgressDocument,
  ids: readonly string[],
  now: number,
): ProgressDocument {
  if (ids.length === 0) return doc;
  const retired = { ...doc.review.retired };
  for (const id of ids)
    retired[id] = Math.max(now, ownValue(doc.review.retired, id) ?? 0);
  return { ...doc, review: { ...doc.review, retired } };
}

/** Whether the learner has a glossary term among their review cards. */
export function isTermChosen(doc: ProgressDocument, slug: string): boolean {
  const choice = ownValue(doc.review.terms, slug);
  return choice !== undefined && choice.addedAt > (choice.removedAt ?? -1);
}

/** Keep a finished review session or lesson check (it makes its day count for the streak). */
export function recordEvent(
  doc: ProgressDocument,
  event: StudyEvent,
): ProgressDocument {
  return { ...doc, events: mergeEvents(doc.events, [event]) };
}

/** Set one of the learner's settings at `now` (callers keep `value` within `SETTING_RULES`). */
export function setSetting(
  doc: ProgressDocument,
  key: keyof Settings,
  value: number,
  now: number,
): ProgressDocument {
  return { ...doc, settings: { ...doc.settings, [key]: { value, at: now } } };
}

/**
 * The lesson the learner should continue with: the most recently visited one
 * that is not complete, else the first lesson (in `order`) not yet complete.
 * @param order lesson slugs in course order.
 * @returns a slug, or undefined when every lesson is complete.
 */
export function nextLesson(
  doc: ProgressDocument,
  order: readonly string[],
): string | undefined {
  const open = order.filter(
    (slug) => ownValue(doc.lessons, slug)?.completedAt === undefined,
  );
  const visited = open
    .filter((slug) => ownValue(doc.lessons, slug))
    .sort(
      (a, b) =>
        (ownValue(doc.lessons, b)?.lastVisitedAt ?? 0) -
        (ownValue(doc.lessons, a)?.lastVisitedAt ?? 0),
    );
  return visited[0] ?? open[0];
}

function minDefined(
  a: number | undefined,
  b: number | undefined,
): number | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Math.min(a, b);
}

function mergeLesson(a: LessonRecord, b: LessonRecord): LessonRecord {
  const completedAt = minDefined(a.completedAt, b.completedAt);
  return {
    firstVisitedAt: Math.min(a.firstVisitedAt, b.firstVisitedAt),
    lastVisitedAt: Math.max(a.lastVisitedAt, b.lastVisitedAt),
    ...(completedAt === undefined ? {} : { completedAt }),
  };
}

/** Later attempt wins; on a tie, the larger serialisation wins so merge stays commutative. */
function mergeAttempt(a: Attempt, b: Attempt): Attempt {
  if (a.at !== b.at) return a.at > b.at ? a : b;
  return JSON.stringify(a) >= JSON.stringify(b) ? a : b;
}

function mergeRecords<T>(
  a: Record<string, T>,
  b: Record<string, T>,
  pick: (x: T, y: T) => T,
): Record<string, T> {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  // Object.fromEntries defines own properties: a key such as "__proto__" stays data.
  return Object.fromEntries(
    [...keys].map((key) => {
      const x = ownValue(a, key);
      const y = ownValue(b, key);
      return [
        key,
        (x === undefined ? y : y === undefined ? x : pick(x, y)) as T,
      ];
    }),
  );
}

function compareEntries(a: LogEntry, b: LogEntry): number {
  if (a.at !== b.at) return a.at - b.at;
  if (a.q !== b.q) return a.q < b.q ? -1 : 1;
  const x = JSON.stringify(a);
  const y = JSON.stringify(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * Join two histories: every distinct entry once (by `key`), ordered by
 * `compare`, the newest `limit` kept. Commutative, associative and idempotent
 * when `compare` is a total order on keys.
 */
function joinHistories<T>(
  a: readonly T[],
  b: readonly T[],
  key: (entry: T) => string,
  compare: (x: T, y: T) => number,
  limit: number,
): T[] {
  const byKey = new Map<string, T>();
  for (const entry of [...a, ...b]) byKey.set(key(entry), entry);
  return [...byKey.values()].sort(compare).slice(-limit);
}

function compareByTimeThenKey<T extends { at: number }>(
  key: (entry: T) => string,
): (x: T, y: T) => number {
  return (x, y) => {
    if (x.at !== y.at) return x.at - y.at;
    const a = key(x);
    const b = key(y);
    return a < b ? -1 : a > b ? 1 : 0;
  };
}

/**
 * Join two answer histories: every distinct entry once, oldest first, the
 * newest `LOG_LIMIT` kept. Commutative, associative and idempotent.
 */
export function mergeLogs(
  a: readonly LogEntry[],
  b: readonly LogEntry[],
): LogEntry[] {
  return joinHistories(
    a,
    b,
    (entry) => JSON.stringify([entry.at, entry.q, entry.score, entry.correct]),
    compareEntries,
    LOG_LIMIT,
  );
}

const reviewKey = (e: ReviewEntry) =>
  JSON.stringify([e.at, e.card, e.rating, e.due, e.days]);

/** Join two review histories like `mergeLogs`, keeping the newest `REVIEW_LOG_LIMIT`. */
export function mergeReviewLogs(
  a: readonly ReviewEntry[],
  b: readonly ReviewEntry[],
): ReviewEntry[] {
  return joinHistories(
    a,
    b,
    reviewKey,
    compareByTimeThenKey(reviewKey),
    REVIEW_LOG_LIMIT,
  );
}

const eventKey = (e: StudyEvent) => JSON.stringify([e.at, e.kind, e.ref]);

/** Join two lists of study events like `mergeLogs`, keeping the newest `EVENT_LIMIT`. */
export function mergeEvents(
  a: readonly StudyEvent[],
  b: readonly StudyEvent[],
): StudyEvent[] {
  return joinHistories(
    a,
    b,
    eventKey,
    compareByTimeThenKey(eventKey),
    EVENT_LIMIT,
  );
}

function mergeTerm(a: TermChoice, b: TermChoice): TermChoice {
  const removedAt =
    a.removedAt === undefined
      ? b.removedAt
      : b.removedAt === undefined
        ? a.removedAt
        : Math.max(a.removedAt, b.removedAt);
  return {
    addedAt: Math.max(a.addedAt, b.addedAt),
    ...(removedAt === undefined ? {} : { removedAt }),
  };
}

/** Later choice wins; on a tie, the larger value. */
function mergeSetting(a: Setting, b: Setting): Setting {
  if (a.at !== b.at) return a.at > b.at ? a : b;
  return a.value >= b.value ? a : b;
}

function mergeSettings(a: Settings, b: Settings): Settings {
  const out: Settings = {};
  for (const key of ["dailyGoal", "newPerDay"] as const) {
    const x = a[key];
    const y = b[key];
    const value = x && y ? mergeSetting(x, y) : (x ?? y);
    if (value) out[key] = value;
  }
  return out;
}

/**
 * Merge two documents item by item, as when two tabs wrote at once: per
 * lesson, earliest first visit, latest visit and earliest completion (a
 * completed lesson stays completed); per question, the latest attempt; the
 * answer histories, review ratings and study events joined; per chosen term,
 * the latest addition and removal; per setting, the latest choice.
 * Commutative, associative and idempotent.
 */
export function mergeProgress(
  a: ProgressDocument,
  b: ProgressDocument,
): ProgressDocument {
  return {
    version: PROGRESS_VERSION,
    lessons: mergeRecords(a.lessons, b.lessons, mergeLesson),
    answers: mergeRecords(a.answers, b.answers, mergeAttempt),
    log: mergeLogs(a.log, b.log),
    review: {
      terms: mergeRecords(a.review.terms, b.review.terms, mergeTerm),
      retired: mergeRecords(a.review.retired, b.review.retired, Math.max),
      log: mergeReviewLogs(a.review.log, b.review.log),
    },
    events: mergeEvents(a.events, b.events),
    settings: mergeSettings(a.settings, b.settings),
  };
}
