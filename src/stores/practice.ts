/**
 * `$practice`: the practice session in progress, kept in localStorage so a
 * reload or a closed tab loses nothing and shows the same questions in the
 * same order. Every checked answer also goes to the progress document.
 */
import { persistentAtom } from "@nanostores/persistent";
import "./progress.ts"; // sets the safe storage engine first
import {
  parsePracticeState,
  type PracticeState,
} from "../lib/quiz/practice.ts";
import type { Response } from "../lib/quiz/models.ts";
import type { Attempt } from "../lib/progress/models.ts";

/** localStorage key of the practice session. */
export const PRACTICE_KEY = "kips:latihan";

function decode(raw: string): PracticeState | null {
  try {
    return parsePracticeState(JSON.parse(raw));
  } catch {
    return null;
  }
}

/** The current practice session, or null when none is open. */
export const $practice = persistentAtom<PracticeState | null>(
  PRACTICE_KEY,
  null,
  {
    encode: (state) => (state ? JSON.stringify(state) : undefined),
    decode,
  },
);

/** Begin a session with drawn questions. */
export function startPractice(
  state: Omit<PracticeState, "finished" | "attempts" | "drafts">,
): void {
  $practice.set({ ...state, finished: false, attempts: {}, drafts: {} });
}

/** Keep an unchecked answer (deferred feedback). */
export function savePracticeDraft(
  questionId: string,
  response: Response | undefined,
): void {
  const state = $practice.get();
  if (!state || state.finished) return;
  const drafts = { ...state.drafts };
  if (response) drafts[questionId] = response;
  else delete drafts[questionId];
  $practice.set({ ...state, drafts });
}

/** Keep a checked attempt. */
export function savePracticeAttempt(
  questionId: string,
  attempt: Attempt,
): void {
  const state = $practice.get();
  if (state)
    $practice.set({
      ...state,
      attempts: { ...state.attempts, [questionId]: attempt },
    });
}

/** End the session with its final attempts. */
export function finishPractice(attempts: Record<string, Attempt>): void {
  const state = $practice.get();
  if (state) $practice.set({ ...state, attempts, drafts: {}, finished: true });
}

/** Close the session (its answers stay in the progress document). */
export function closePractice(): void {
  $practice.set(null);
}
