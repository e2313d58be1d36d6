/**
 * Deadline arithmetic. The time of a sitting is a deadline (a wall-clock
 * instant fixed when it starts), never a counter, so a reload, a sleeping
 * phone or a background tab cannot stretch it. All times in milliseconds.
 */

/** Warnings are given when this many minutes are left. */
export const WARNING_MINUTES = [10, 5] as const;

const MINUTE = 60_000;

/** The deadline of a sitting that starts at `startedAt` and lasts `minutes`. */
export function deadlineFor(startedAt: number, minutes: number): number {
  return startedAt + minutes * MINUTE;
}

/** Milliseconds left at `now`, never below zero. */
export function timeLeft(deadline: number, now: number): number {
  return Math.max(0, deadline - now);
}

/** Whether the time is up at `now`. */
export function isExpired(deadline: number, now: number): boolean {
  return now >= deadline;
}

/**
 * Warnings due at `now` and not given yet: each threshold in
 * `WARNING_MINUTES` whose time has come, given once; only the latest one is
 * worth announcing when several are due at once (after a long sleep).
 * @param given thresholds already given.
 * @param minutes the sitting's length; thresholds at or above it are skipped.
 */
export function warningsDue(
  deadline: number,
  now: number,
  given: readonly number[],
  minutes: number,
): number[] {
  if (isExpired(deadline, now)) return [];
  const left = timeLeft(deadline, now);
  return WARNING_MINUTES.filter(
    (m) => m < minutes && left <= m * MINUTE && !given.includes(m),
  );
}

/** Time left as "J:MM:SS" (hours shown when there are any) or "MM:SS". */
export function formatClock(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const two = (n: number) => String(n).padStart(2, "0");
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${two(m)}:${two(s)}`;
}
