import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  displayOrder,
  seededPermutation,
} from "../../../src/lib/quiz/shuffle.ts";
import type { QuestionOf } from "../../../src/lib/quiz/models.ts";
import { everyType, ordering, single } from "./fixtures.ts";

describe("seededPermutation", () => {
  it("is a permutation, and the same one for the same seed", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 12 }), fc.string(), (n, seed) => {
        const a = seededPermutation(n, seed);
        expect([...a].sort((x, y) => x - y)).toEqual([...Array(n).keys()]);
        expect(seededPermutation(n, seed)).toEqual(a);
      }),
    );
  });

  it("spreads the first position over every option across seeds", () => {
    const firsts = new Set(
      Array.from({ length: 200 }, (_, i) => seededPermutation(4, `s${i}`)[0]),
    );
    expect(firsts).toEqual(new Set([0, 1, 2, 3]));
  });
});

describe("displayOrder", () => {
  it("is the same on retry and after reload (same seed), and differs between seeds", () => {
    expect(displayOrder(single, "modul")).toEqual(
      displayOrder(single, "modul"),
    );
    const orders = new Set(
      Array.from({ length: 30 }, (_, i) =>
        displayOrder(single, `latihan-${i}`).join(),
      ),
    );
    expect(orders.size).toBeGreaterThan(1);
  });

  it("never starts an ordering question in its solved order", () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 8 }), fc.string(), (n, seed) => {
        const question: QuestionOf<"ordering"> = {
          ...ordering,
          items: Array.from({ length: n }, (_, i) => `langkah ${i}`),
        };
        const order = displayOrder(question, seed);
        expect([...order].sort((x, y) => x - y)).toEqual([...Array(n).keys()]);
        expect(order.some((v, i) => v !== i)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("covers every part of every type exactly once", () => {
    for (const question of everyType) {
      const order = displayOrder(question, "x");
      const size =
        question.type === "matching"
          ? question.pairs.length + question.distractors.length
          : question.type === "short-answer"
            ? 0
            : question.type === "single-choice"
              ? question.options.length
              : question.type === "ordering" ||
                  question.type === "categorization"
                ? question.items.length
                : 0;
      expect([...order].sort((x, y) => x - y)).toEqual([...Array(size).keys()]);
    }
  });
});
