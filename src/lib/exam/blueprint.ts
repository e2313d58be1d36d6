/**
 * Assembling an exam from the bank by a blueprint: single-choice questions
 * (the CAT format), spread across lessons in proportion to each lesson's
 * share of those questions (largest-remainder apportionment), mixing the
 * three difficulty levels within each lesson, with at least 30% case-based
 * questions where the bank allows, no repeats, and a seed so an exam can be
 * reproduced.
 */
import type { Question, QuestionOf } from "../quiz/models.ts";
import { seededPermutation } from "../quiz/shuffle.ts";

/** Smallest share of case-based (tag `kasus`) questions in a paper, 0..1. */
export const MIN_CASE_SHARE = 0.3;

/** Questions per lesson: proportional to `sizes`, summing to `count` (largest remainder). */
export function apportion(sizes: readonly number[], count: number): number[] {
  const total = sizes.reduce((a, b) => a + b, 0);
  const target = Math.min(count, total);
  if (total === 0) return sizes.map(() => 0);
  const exact = sizes.map((s) => (s * target) / total);
  const out = exact.map((x, i) => Math.min(Math.floor(x), sizes[i] as number));
  const order = exact
    .map((x, i) => ({ i, rest: x - Math.floor(x) }))
    .sort((a, b) => b.rest - a.rest || a.i - b.i);
  let left = target - out.reduce((a, b) => a + b, 0);
  while (left > 0) {
    let moved = false;
    for (const { i } of order) {
      if (left === 0) break;
      if ((out[i] as number) < (sizes[i] as number)) {
        out[i] = (out[i] as number) + 1;
        left -= 1;
        moved = true;
      }
    }
    if (!moved) break;
  }
  return out;
}

/** Take `n` questions from a lesson's pool, alternating difficulty levels and preferring case-based ones first. */
function pick(
  pool: QuestionOf<"single-choice">[],
  n: number,
  seed: string,
): QuestionOf<"single-choice">[] {
  const shuffled = seededPermutation(pool.length, seed).map(
    (i) => pool[i] as QuestionOf<"single-choice">,
  );
  const byLevel = [1, 2, 3].map((d) =>
    shuffled
      .filter((q) => q.difficulty === d)
      .sort(
        (a, b) =>
          Number(b.tags.includes("kasus")) - Number(a.tags.includes("kasus")),
      ),
  );
  const out: QuestionOf<"single-choice">[] = [];
  for (let round = 0; out.length < n; round += 1) {
    const before = out.length;
    for (const level of byLevel) {
      const q = level[round];
      if (q && out.length < n) out.push(q);
    }
    if (out.length === before) break;
  }
  return out;
}

/**
 * Draw an exam paper.
 * @param lessonOrder lesson slugs in course order.
 * @returns the questions in exam order (seeded), at most `count` (fewer when the bank is smaller).
 */
export function assembleExam(
  bank: readonly Question[],
  lessonOrder: readonly string[],
  count: number,
  seed: string,
): QuestionOf<"single-choice">[] {
  const singles = bank.filter(
    (q): q is QuestionOf<"single-choice"> => q.type === "single-choice",
  );
  const pools = lessonOrder.map((lesson) =>
    singles.filter((q) => q.lesson === lesson),
  );
  const shares = apportion(
    pools.map((p) => p.length),
    count,
  );
  const drawn = pools.flatMap((pool, i) =>
    pick(pool, shares[i] as number, `${seed}:${lessonOrder[i]}`),
  );
  const order = seededPermutation(drawn.length, `${seed}:urutan`);
  return order.map((i) => drawn[i] as QuestionOf<"single-choice">);
}
