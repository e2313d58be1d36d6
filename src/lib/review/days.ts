/**
 * Calendar days in the learner's time zone. A day is named by its date,
 * `YYYY-MM-DD`; days are counted on the calendar, never as 24-hour blocks, so
 * a day of 23 or 25 hours (daylight saving) is still one day.
 */

/** A calendar date, `YYYY-MM-DD`. */
export type DayKey = string;

/** The browser's time zone (IANA name such as `Asia/Jakarta`). */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The calendar date of an instant in a time zone.
 * @param ms instant, ms epoch.
 * @param timeZone IANA name.
 * @throws RangeError for an unknown time zone.
 */
export function dayKey(ms: number, timeZone: string): DayKey {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
    });
    formatters.set(timeZone, format);
  }
  const parts = Object.fromEntries(
    format.formatToParts(ms).map((p) => [p.type, p.value]),
  );
  return `${parts["year"]}-${parts["month"]}-${parts["day"]}`;
}

function toUtcDays(day: DayKey): number {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

/** The date `n` calendar days after `day` (before it when `n` is negative). */
export function addDays(day: DayKey, n: number): DayKey {
  return new Date((toUtcDays(day) + n) * 86_400_000).toISOString().slice(0, 10);
}

/** Calendar days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: DayKey, b: DayKey): number {
  return toUtcDays(b) - toUtcDays(a);
}
