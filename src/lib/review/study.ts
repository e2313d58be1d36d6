/**
 * Study days: the streak and the daily goal, counted on calendar days in the
 * learner's time zone. A day counts toward the streak when the learner
 * finished a review session or a lesson check on it.
 */
import type { ProgressDocument } from "../progress/models.ts";
import { addDays, dayKey, type DayKey } from "./days.ts";
import { settingValue } from "./due.ts";

/** The streak at `now` (ms epoch) in `timeZone`. */
export interface Streak {
  /** Consecutive study days up to today, or up to yesterday while today has none yet. */
  days: number;
  /** Whether today already counts. */
  today: boolean;
}

/** Days on which a review session or a lesson check was finished. */
export function studyDays(
  doc: ProgressDocument,
  timeZone: string,
): Set<DayKey> {
  return new Set(doc.events.map((e) => dayKey(e.at, timeZone)));
}

/** The learner's streak of study days. */
export function streak(
  doc: ProgressDocument,
  now: number,
  timeZone: string,
): Streak {
  const days = studyDays(doc, timeZone);
  const today = dayKey(now, timeZone);
  const counted = days.has(today);
  let day = counted ? today : addDays(today, -1);
  let length = 0;
  while (days.has(day)) {
    length += 1;
    day = addDays(day, -1);
  }
  return { days: length, today: counted };
}

/**
 * Answers (to any question) and ratings of term cards given on each day,
 * keyed by date. A question card's rating is not counted: its answer is.
 */
export function activityByDay(
  doc: ProgressDocument,
  timeZone: string,
): Map<DayKey, number> {
  const counts = new Map<DayKey, number>();
  const termRatings = doc.review.log.filter((e) => e.card.startsWith("t:"));
  for (const { at } of [...doc.log, ...termRatings]) {
    const day = dayKey(at, timeZone);
    counts.set(day, (counts.get(day) ?? 0) + 1);
  }
  return counts;
}

/** Today's progress toward the daily goal: answers and ratings given today, and the goal. */
export function dailyGoal(
  doc: ProgressDocument,
  now: number,
  timeZone: string,
): { done: number; goal: number } {
  return {
    done: activityByDay(doc, timeZone).get(dayKey(now, timeZone)) ?? 0,
    goal: settingValue(doc, "dailyGoal"),
  };
}

/** The last `n` days up to today, oldest first, with the activity of each. */
export function recentActivity(
  doc: ProgressDocument,
  now: number,
  timeZone: string,
  n = 14,
): { day: DayKey; count: number }[] {
  const counts = activityByDay(doc, timeZone);
  const today = dayKey(now, timeZone);
  return Array.from({ length: n }, (_, i) => {
    const day = addDays(today, i - n + 1);
    return { day, count: counts.get(day) ?? 0 };
  });
}

/**
 * Whether a lesson check has just been finished: every question in `ids` has
 * been answered today (in `timeZone`, at `now` ms epoch) and no check of
 * `lesson` was recorded today yet.
 */
export function checkFinished(
  doc: ProgressDocument,
  lesson: string,
  ids: readonly string[],
  now: number,
  timeZone: string,
): boolean {
  const today = dayKey(now, timeZone);
  const answeredToday = new Set(
    doc.log.filter((e) => dayKey(e.at, timeZone) === today).map((e) => e.q),
  );
  return (
    ids.length > 0 &&
    ids.every((id) => answeredToday.has(id)) &&
    !doc.events.some(
      (e) =>
        e.kind === "check" &&
        e.ref === lesson &&
        dayKey(e.at, timeZone) === today,
    )
  );
}
