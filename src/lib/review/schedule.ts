/**
 * Scheduling review cards with FSRS (ts-fsrs, its default parameters: target
 * retention 0.9, learning steps 1 and 10 minutes, no fuzz so a schedule can be
 * replayed exactly). A card's memory state is never stored: it is replayed
 * from the card's ratings, so ratings merged from two tabs give one state.
 * Source: Ye, J. "The Algorithm" (FSRS), open-spaced-repetition wiki; ts-fsrs 5.
 */
import { createEmptyCard, fsrs, type Card, type Grade } from "ts-fsrs";
import type { Attempt, ReviewEntry, ReviewRating } from "../progress/models.ts";
import type { ReviewCard } from "./due.ts";

/** The scheduler's target retention, a 0..1 ratio (ts-fsrs's default). */
export const TARGET_RETENTION = 0.9;

const scheduler = fsrs({
  request_retention: TARGET_RETENTION,
  enable_fuzz: false,
});

/** A card's FSRS state after replaying its ratings (oldest first) from when it was added. */
export function replayCard(
  card: ReviewCard,
  ratings: readonly ReviewEntry[],
): Card {
  let state = createEmptyCard(new Date(card.addedAt));
  for (const entry of ratings)
    state = scheduler.next(
      state,
      new Date(Math.max(entry.at, card.addedAt)),
      entry.rating as Grade,
    ).card;
  return state;
}

function entryFrom(
  card: ReviewCard,
  state: Card,
  rating: ReviewRating,
  now: number,
): ReviewEntry {
  const next = scheduler.next(state, new Date(now), rating as Grade).card;
  return {
    card: card.id,
    at: now,
    rating,
    due: next.due.getTime(),
    days: next.scheduled_days,
  };
}

/**
 * Rate a card at `now` (ms epoch).
 * @param ratings the card's earlier ratings, oldest first.
 * @returns the entry to keep (see `recordReview`), with the next due time.
 */
export function rateCard(
  card: ReviewCard,
  ratings: readonly ReviewEntry[],
  rating: ReviewRating,
  now: number,
): ReviewEntry {
  return entryFrom(card, replayCard(card, ratings), rating, now);
}

/** What each of the four ratings would schedule now: the entry each would keep. */
export function previewRatings(
  card: ReviewCard,
  ratings: readonly ReviewEntry[],
  now: number,
): Record<ReviewRating, ReviewEntry> {
  const state = replayCard(card, ratings);
  return {
    1: entryFrom(card, state, 1, now),
    2: entryFrom(card, state, 2, now),
    3: entryFrom(card, state, 3, now),
    4: entryFrom(card, state, 4, now),
  };
}

/** The four ratings, Lagi to Mudah. */
export const RATINGS: readonly ReviewRating[] = [1, 2, 3, 4];

/**
 * Ratings a card may get now. A question card is answered again before it is
 * rated, so its rating follows the answer: after a wrong answer only Lagi,
 * after a partly right one Lagi or Sulit; a right answer, or a term card
 * (recalled, then rated by the learner), may get any of the four.
 */
export function allowedRatings(
  card: ReviewCard | undefined,
  attempt: Attempt | undefined,
): readonly ReviewRating[] {
  if (card?.kind !== "question" || !attempt || attempt.correct) return RATINGS;
  return attempt.score > 0 ? [1, 2] : [1];
}
