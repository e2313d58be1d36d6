/**
 * Seeded shuffling, so the display order of a question is the same on every
 * retry and reload for the same seed, and reproducible in tests.
 * PRNG: mulberry32 (Tommy Ettinger, public domain) seeded by an FNV-1a hash
 * of the seed string; permutation: Fisher-Yates.
 */
import type { Question } from "./models.ts";

/** FNV-1a 32-bit hash of a string. */
export function hashSeed(seed: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i += 1) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A deterministic generator of floats in [0, 1) (mulberry32). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A permutation of 0..n-1 from a seed string (Fisher-Yates). */
export function seededPermutation(n: number, seed: string): number[] {
  const random = mulberry32(hashSeed(seed));
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  return order;
}

function isIdentity(order: number[]): boolean {
  return order.every((value, index) => value === index);
}

/**
 * The order in which a question's parts are shown, as indices into the
 * content order: options for choice questions, items for ordering and
 * categorization, responses (rights then distractors) for matching; empty
 * for true-false and short-answer. An ordering question never starts in its
 * solved order: an identity permutation is rotated by one.
 * @param seed any string; the same seed gives the same order.
 */
export function displayOrder(question: Question, seed: string): number[] {
  const key = `${question.id}:${seed}`;
  switch (question.type) {
    case "single-choice":
    case "multiple-response":
      return seededPermutation(question.options.length, key);
    case "categorization":
      return seededPermutation(question.items.length, key);
    case "matching":
      return seededPermutation(
        question.pairs.length + question.distractors.length,
        key,
      );
    case "ordering": {
      const order = seededPermutation(question.items.length, key);
      return isIdentity(order)
        ? [...order.slice(1), order[0] as number]
        : order;
    }
    case "true-false":
    case "short-answer":
      return [];
  }
}
