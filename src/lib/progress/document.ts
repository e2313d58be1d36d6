/**
 * Pure operations on the progress document. Every operation returns a new
 * document; none reads the clock (callers pass `now`, ms epoch).
 */
import {
  LOG_LIMIT,
  PROGRESS_VERSION,
  type LogEntry,
  type Attempt,
  type LessonRecord,
  type ProgressDocument,
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
  return { version: PROGRESS_VERSION, lessons: {}, answers: {}, log: [] };
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
 * Join two answer histories: every distinct entry once, oldest first, the
 * newest `LOG_LIMIT` kept. Commutative, associative and idempotent.
 */
export function mergeLogs(
  a: readonly LogEntry[],
  b: readonly LogEntry[],
): LogEntry[] {
  const byKey = new Map<string, LogEntry>();
  for (const entry of [...a, ...b])
    byKey.set(
      JSON.stringify([entry.at, entry.q, entry.score, entry.correct]),
      entry,
    );
  return [...byKey.values()].sort(compareEntries).slice(-LOG_LIMIT);
}

/**
 * Merge two documents item by item, as when two tabs wrote at once: per
 * lesson, earliest first visit, latest visit and earliest completion (a
 * completed lesson stays completed); per question, the latest attempt; the
 * answer histories joined.
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
  };
}
