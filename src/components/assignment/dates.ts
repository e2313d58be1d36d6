/** Dates of assignments as the reader's browser shows them. */

/** A "YYYY-MM-DD" day as ms epoch at local midnight, for `formatDate`. */
export function localDay(due: string): number {
  const [y, m, d] = due.split("-").map(Number);
  return new Date(y ?? 2000, (m ?? 1) - 1, d ?? 1).getTime();
}

/** A time as Indonesians write it, e.g. "20 Juni 2026 10.15" (`ms` is ms epoch). */
export function formatDateTime(ms: number): string {
  return new Intl.DateTimeFormat("id-ID", {
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  }).format(ms);
}
