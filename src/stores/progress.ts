/**
 * `$progress`: the learner's progress document, kept in localStorage with
 * @nanostores/persistent. The only module that reads or writes it.
 *
 * - A stored value that cannot be read is kept aside under
 *   `kips:progres:disisihkan:<hash>` (never deleted); the site goes on with
 *   every entry that is still valid (or starts clean when none is), writes
 *   that back, and `$progressNotice` tells the learner once.
 * - A value written by a newer version of the site is left untouched: this
 *   page keeps changes in memory only and says so.
 * - Other tabs: a change there is merged item by item into this tab
 *   (`mergeProgress`), and every write here first merges what is stored, so
 *   two tabs never overwrite each other's answers.
 */
import { atom } from "nanostores";
import { persistentAtom, setPersistentEngine } from "@nanostores/persistent";
import {
  decodeProgress,
  encodeProgress,
  type DecodeProblem,
} from "../lib/progress/codec.ts";
import {
  chooseTerm,
  emptyProgress,
  markComplete,
  mergeProgress,
  recordAnswer,
  recordEvent,
  recordReview,
  recordVisit,
  retireCards,
  setSetting,
} from "../lib/progress/document.ts";
import type {
  Attempt,
  ProgressDocument,
  ReviewEntry,
  Settings,
  StudyEvent,
} from "../lib/progress/models.ts";
import { scoreResponse } from "../lib/quiz/check.ts";
import type { Question, Response } from "../lib/quiz/models.ts";
import { PROGRESS_CHANGED } from "./events.ts";
import { hashText, readKey, safeEngine, writeKey } from "./storage.ts";

/** localStorage key of the progress document. */
export const PROGRESS_KEY = "kips:progres";
/** Prefix of keys holding unreadable values kept aside. */
export const ASIDE_PREFIX = "kips:progres:disisihkan:";

/** What the learner should be told about stored progress, if anything. */
export type ProgressNotice =
  | {
      kind: "kept-aside";
      key: string;
      problem: DecodeProblem;
      /** Entries left out when the rest of the document could be kept (0: nothing could be kept). */
      dropped: number;
    }
  | { kind: "newer-version" }
  | { kind: "aside-failed"; problem: DecodeProblem };

/** Set when the stored progress could not be used as it was. */
export const $progressNotice = atom<ProgressNotice | null>(null);

/** While true, the stored document must not be overwritten (newer version, or keeping aside failed). */
let blocked = false;

/**
 * Copy a stored value under its own key before it is replaced. Announces the
 * copy unless it is only the routine backup taken before a migration.
 */
function keepAside(
  raw: string,
  problem: DecodeProblem | "before-migration",
  dropped = 0,
): boolean {
  const key = ASIDE_PREFIX + hashText(raw);
  const saved =
    readKey(key) !== undefined ||
    writeKey(
      key,
      JSON.stringify({ keptAt: new Date().toISOString(), problem, raw }),
    );
  if (problem === "before-migration") {
    if (!saved) blocked = true;
    return saved;
  }
  if (saved) $progressNotice.set({ kind: "kept-aside", key, problem, dropped });
  else {
    blocked = true;
    $progressNotice.set({ kind: "aside-failed", problem });
  }
  return saved;
}

/**
 * Replace an unreadable stored value, once it is safely kept aside, with
 * what this page starts from, so the learner is told only once.
 */
function replaceStored(doc: ProgressDocument): void {
  queueMicrotask(() => {
    if (!blocked) writeKey(PROGRESS_KEY, encodeProgress(doc));
  });
}

/** Decode a stored value for the store, keeping anything unreadable aside. */
function decodeForStore(raw: string): ProgressDocument {
  const result = decodeProgress(raw);
  if (result.ok) {
    if (result.migratedFrom !== undefined) keepAside(raw, "before-migration");
    return result.doc;
  }
  if (result.problem === "newer-version") {
    blocked = true;
    $progressNotice.set({ kind: "newer-version" });
    return emptyProgress();
  }
  // Keep what is still valid (all but the broken entries), the raw value aside.
  const doc = result.salvaged?.doc ?? emptyProgress();
  if (keepAside(raw, result.problem, result.salvaged?.dropped.length ?? 0))
    replaceStored(doc);
  return doc;
}

if (typeof window !== "undefined") {
  setPersistentEngine(
    safeEngine((key) => blocked && key === PROGRESS_KEY),
    {
      addEventListener() {},
      removeEventListener() {},
    },
  );
}

/** The progress document of this learner. */
export const $progress = persistentAtom<ProgressDocument>(
  PROGRESS_KEY,
  emptyProgress(),
  {
    encode: encodeProgress,
    decode: decodeForStore,
    listen: false,
  },
);

/** Merge what another tab (or a restored page) stored into this tab. */
function syncFromStorage(): void {
  const raw = readKey(PROGRESS_KEY);
  if (raw === undefined || blocked) return;
  const result = decodeProgress(raw);
  if (!result.ok) return;
  const merged = mergeProgress($progress.get(), result.doc);
  if (
    encodeProgress(merged) !== encodeProgress($progress.get()) ||
    encodeProgress(merged) !== raw
  )
    $progress.set(merged);
}

if (typeof window !== "undefined") {
  // Lets light page scripts (the review badge) follow changes made on this page.
  $progress.listen(() =>
    queueMicrotask(() => window.dispatchEvent(new Event(PROGRESS_CHANGED))),
  );
  window.addEventListener("storage", (event) => {
    if (event.key === PROGRESS_KEY) syncFromStorage();
  });
  window.addEventListener("pageshow", syncFromStorage);
}

/** Apply a change to the latest document: what is stored, merged with this tab's. */
function update(change: (doc: ProgressDocument) => ProgressDocument): void {
  syncFromStorage();
  $progress.set(change($progress.get()));
}

/** Record that the learner opened a lesson now. */
export function visitLesson(slug: string, now: number = Date.now()): void {
  update((doc) => recordVisit(doc, slug, now));
}

/** Mark a lesson complete now. */
export function completeLesson(slug: string, now: number = Date.now()): void {
  update((doc) => markComplete(doc, slug, now));
}

/** Keep the learner's latest attempt at a question. */
export function saveAttempt(questionId: string, attempt: Attempt): void {
  update((doc) => recordAnswer(doc, questionId, attempt));
}

/**
 * Check a learner's response to a question and keep it as the latest attempt.
 * @returns the attempt stored (score is a 0..1 ratio).
 * @throws ResponseMismatchError when the response does not fit the question.
 */
export function answerQuestion(
  question: Question,
  response: Response,
  now: number = Date.now(),
): Attempt {
  const attempt: Attempt = {
    response,
    ...scoreResponse(question, response),
    at: now,
  };
  saveAttempt(question.id, attempt);
  return attempt;
}

/** Keep one rating of a review card (made by `rateCard` in src/lib/review/schedule.ts). */
export function saveReview(entry: ReviewEntry): void {
  update((doc) => recordReview(doc, entry));
}

/** Add a glossary term to the review cards, or take it out, now. */
export function chooseReviewTerm(
  slug: string,
  chosen: boolean,
  now: number = Date.now(),
): void {
  update((doc) => chooseTerm(doc, slug, chosen, now));
}

/** Keep a finished review session or lesson check (it makes today count for the streak). */
export function finishStudy(
  kind: StudyEvent["kind"],
  ref: string,
  now: number = Date.now(),
): void {
  update((doc) => recordEvent(doc, { at: now, kind, ref }));
}

/** Change one of the learner's settings now (callers keep it within `SETTING_RULES`). */
export function changeSetting(
  key: keyof Settings,
  value: number,
  now: number = Date.now(),
): void {
  update((doc) => setSetting(doc, key, value, now));
}

/** Take question cards out of review (their questions are no longer in the course). */
export function retireReviewCards(
  ids: readonly string[],
  now: number = Date.now(),
): void {
  if (ids.length > 0) update((doc) => retireCards(doc, ids, now));
}
