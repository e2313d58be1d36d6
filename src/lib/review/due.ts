/**
 * Which review cards exist and which are due, without running the scheduler
 * (so the header's count stays light). Cards:
 * - `q:<id>`: every question the learner has answered wrong at least once,
 *   anywhere (lesson checks, practice, exams), from its first wrong answer
 *   (after the card was last retired, if it was);
 * - `t:<slug>`: every glossary term the learner chose.
 *
 * A card rated at least once is due by its latest rating: when that rating
 * scheduled whole days, from the start of the calendar day that many days
 * after the rating, in the learner's time zone (as Anki counts days); when it
 * scheduled minutes (FSRS learning steps), from that instant. A card never
 * rated is new; at most `newPerDay` new cards are started per calendar day.
 */
import {
  SETTING_RULES,
  type ProgressDocument,
  type ReviewEntry,
} from "../progress/models.ts";
import { addDays, dayKey, type DayKey } from "./days.ts";

/** A review card: what it shows and when it was added. */
export interface ReviewCard {
  /** `q:<question id>` or `t:<term slug>`. */
  id: string;
  kind: "question" | "term";
  /** The question id or term slug. */
  ref: string;
  /** When the card was added, ms epoch. */
  addedAt: number;
}

/** Every review card of the learner, oldest first (then by id). */
export function reviewCards(doc: ProgressDocument): ReviewCard[] {
  const cards = new Map<string, ReviewCard>();
  for (const entry of doc.log) {
    if (entry.correct) continue;
    const id = `q:${entry.q}`;
    const retired = Object.hasOwn(doc.review.retired, id)
      ? (doc.review.retired[id] as number)
      : -1;
    if (!cards.has(id) && entry.at > retired)
      cards.set(id, { id, kind: "question", ref: entry.q, addedAt: entry.at });
  }
  for (const [slug, choice] of Object.entries(doc.review.terms)) {
    if (choice.addedAt <= (choice.removedAt ?? -1)) continue;
    const id = `t:${slug}`;
    cards.set(id, { id, kind: "term", ref: slug, addedAt: choice.addedAt });
  }
  return [...cards.values()].sort(
    (a, b) => a.addedAt - b.addedAt || (a.id < b.id ? -1 : 1),
  );
}

/** Ratings of each card, oldest first, keyed by card id. */
export function ratingsByCard(
  doc: ProgressDocument,
): Map<string, ReviewEntry[]> {
  const byCard = new Map<string, ReviewEntry[]>();
  for (const entry of doc.review.log) {
    const list = byCard.get(entry.card);
    if (list) list.push(entry);
    else byCard.set(entry.card, [entry]);
  }
  return byCard;
}

/** The calendar day (scheduled in whole days) or instant (ms epoch) from which a rated card is due. */
export type DueAt = { day: DayKey } | { at: number };

/** When a card whose latest rating is `latest` falls due, in `timeZone`. */
export function dueAt(latest: ReviewEntry, timeZone: string): DueAt {
  return latest.days >= 1
    ? { day: addDays(dayKey(latest.at, timeZone), latest.days) }
    : { at: latest.due };
}

/** Whether a rated card is due at `now` (ms epoch) in `timeZone`. */
export function isDue(
  latest: ReviewEntry,
  now: number,
  timeZone: string,
): boolean {
  const due = dueAt(latest, timeZone);
  return "day" in due ? dayKey(now, timeZone) >= due.day : now >= due.at;
}

/** A setting's value, or its default. */
export function settingValue(
  doc: ProgressDocument,
  key: keyof typeof SETTING_RULES,
): number {
  return doc.settings[key]?.value ?? SETTING_RULES[key].default;
}

/** Today's review work. */
export interface ReviewQueue {
  /** Rated cards due now, the longest overdue first. */
  due: ReviewCard[];
  /** New cards that may still be started today, oldest first. */
  fresh: ReviewCard[];
  /** New cards not started, in all (today's limit aside). */
  newTotal: number;
  /** New cards started today (first rated today). */
  startedToday: number;
}

/**
 * The cards to review at `now` (ms epoch) in `timeZone`: every rated card due,
 * and new cards up to the day's limit (`newPerDay` less those started today).
 */
export function reviewQueue(
  doc: ProgressDocument,
  now: number,
  timeZone: string,
): ReviewQueue {
  const today = dayKey(now, timeZone);
  const ratings = ratingsByCard(doc);
  const due: { card: ReviewCard; at: number }[] = [];
  const fresh: ReviewCard[] = [];
  let startedToday = 0;
  for (const card of reviewCards(doc)) {
    const list = ratings.get(card.id);
    if (!list) {
      fresh.push(card);
      continue;
    }
    if (dayKey((list[0] as ReviewEntry).at, timeZone) === today)
      startedToday += 1;
    const latest = list[list.length - 1] as ReviewEntry;
    if (isDue(latest, now, timeZone)) due.push({ card, at: latest.due });
  }
  const allowed = Math.max(0, settingValue(doc, "newPerDay") - startedToday);
  return {
    due: due.sort((a, b) => a.at - b.at).map((d) => d.card),
    fresh: fresh.slice(0, allowed),
    newTotal: fresh.length,
    startedToday,
  };
}

/** How many cards the learner can review now: due cards plus today's new ones. */
export function dueCount(
  doc: ProgressDocument,
  now: number,
  timeZone: string,
): number {
  const queue = reviewQueue(doc, now, timeZone);
  return queue.due.length + queue.fresh.length;
}

/**
 * Recent retention: of the ratings in the last `days` calendar days (today
 * included) given to a card already scheduled a day or more ahead, the share
 * not rated Lagi. A 0..1 ratio, with the count it rests on; `undefined` when
 * there is none.
 */
export function recentRetention(
  doc: ProgressDocument,
  now: number,
  timeZone: string,
  days = 30,
): { ratio: number; count: number } | undefined {
  const from = addDays(dayKey(now, timeZone), -(days - 1));
  let count = 0;
  let kept = 0;
  for (const list of ratingsByCard(doc).values()) {
    for (let i = 1; i < list.length; i += 1) {
      const entry = list[i] as ReviewEntry;
      if ((list[i - 1] as ReviewEntry).days < 1) continue;
      if (dayKey(entry.at, timeZone) < from) continue;
      count += 1;
      if (entry.rating > 1) kept += 1;
    }
  }
  return count === 0 ? undefined : { ratio: kept / count, count };
}

/** Split a card id into its kind and reference; undefined for an unknown prefix. */
export function parseCardId(
  id: string,
): { kind: "question" | "term"; ref: string } | undefined {
  if (id.startsWith("q:")) return { kind: "question", ref: id.slice(2) };
  if (id.startsWith("t:")) return { kind: "term", ref: id.slice(2) };
  return undefined;
}

/**
 * When the next rated card falls due after `now`, for "come back at…"
 * messages: the earliest minute-step instant or calendar day. `undefined`
 * when no rated card is waiting.
 */
export function nextDue(
  doc: ProgressDocument,
  now: number,
  timeZone: string,
): DueAt | undefined {
  let soonest: { sort: number; due: DueAt } | undefined;
  for (const list of ratingsByCard(doc).values()) {
    const latest = list[list.length - 1] as ReviewEntry;
    if (isDue(latest, now, timeZone)) continue;
    const due = dueAt(latest, timeZone);
    // A calendar day sorts at its noon in UTC: after any instant of the day before.
    const sort = "day" in due ? Date.parse(`${due.day}T12:00:00Z`) : due.at;
    if (!soonest || sort < soonest.sort) soonest = { sort, due };
  }
  return soonest?.due;
}
