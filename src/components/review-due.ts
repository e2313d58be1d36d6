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
import { decodeProgress } from "../lib/progress/codec.ts";
import { dueCount } from "../lib/review/due.ts";
import { localTimeZone } from "../lib/review/days.ts";
import { PROGRESS_CHANGED } from "../stores/events.ts";

const KEY = "kips:progres";

function read(): number {
  let raw: string | null;
  try {
    raw = localStorage.getItem(KEY);
  } catch {
    return 0;
  }
  if (raw === null) return 0;
  const result = decodeProgress(raw);
  return result.ok ? dueCount(result.doc, Date.now(), localTimeZone()) : 0;
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
