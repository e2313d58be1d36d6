/**
 * Fills every `[data-review-due]` element with the number of review cards due
 * now, without loading an island: the header badge and the home page's
 * review card. Reads the stored progress document (never writes it) and
 * counts with src/lib/review/due.ts, which does not need the scheduler.
 *
 * An element shows `data-some` with `{n}` filled when cards are due, else
 * `data-none` (or stays hidden when it has none). It updates when another tab
 * writes progress (`storage` event) and when this page does (the
 * `PROGRESS_CHANGED` event that src/stores/progress.ts dispatches).
 */
import { dueCount } from "../lib/review/due.ts";
import type { ProgressDocument } from "../lib/progress/models.ts";
import { localTimeZone } from "../lib/review/days.ts";
import { PROGRESS_CHANGED } from "../stores/events.ts";

const KEY = "kips:progres";

/**
 * The count from the stored document, read leniently: this badge only
 * counts, so it skips the full schema check (and its bytes on every page).
 * Anything it cannot read counts as nothing due; the stores, which do check,
 * report problems.
 */
function read(): number {
  try {
    const raw = localStorage.getItem(KEY);
    if (raw === null) return 0;
    const v = JSON.parse(raw) as Partial<ProgressDocument> | null;
    const list = <T>(x: T[] | undefined): T[] => (Array.isArray(x) ? x : []);
    const doc = {
      log: list(v?.log),
      review: {
        terms: v?.review?.terms ?? {},
        retired: v?.review?.retired ?? {},
        log: list(v?.review?.log),
      },
      events: [],
      settings: v?.settings ?? {},
    } as unknown as ProgressDocument;
    return dueCount(doc, Date.now(), localTimeZone());
  } catch {
    return 0;
  }
}

function render(): void {
  const n = read();
  for (const element of document.querySelectorAll<HTMLElement>(
    "[data-review-due]",
  )) {
    const text = n > 0 ? element.dataset["some"] : element.dataset["none"];
    element.textContent = (text ?? "").replace("{n}", String(n));
    element.hidden = !text;
  }
}

render();
window.addEventListener("storage", (event) => {
  if (event.key === KEY) render();
});
window.addEventListener(PROGRESS_CHANGED, render);
window.addEventListener("pageshow", render);
// Cards fall due while a page stays open (minute steps, midnight).
setInterval(render, 60_000);
