import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  answerTexts,
  isAnswered,
  ResponseMismatchError,
  scoreResponse,
} from "../../../src/lib/quiz/check.ts";
import { normalizeAnswer } from "../../../src/lib/quiz/normalize.ts";
import { categorization, matching, ordering, shortAnswer } from "./fixtures.ts";

describe("scoreResponse for ordering", () => {
  it("gives full credit only for the correct sequence", () => {
    expect(
      scoreResponse(ordering, { type: "ordering", order: [0, 1, 2, 3, 4] }),
    ).toEqual({ score: 1, correct: true });
  });

  it("counts the adjacent pairs kept in order (Moodle: relative to the next item)", () => {
    // moving step 4 up keeps 0→1 and 2→3 and breaks 1→2 and 3→4: 2 of 4 pairs
    expect(
      scoreResponse(ordering, { type: "ordering", order: [0, 1, 4, 2, 3] }),
    ).toEqual({
      score: 0.5,
      correct: false,
    });
    expect(
      scoreResponse(ordering, { type: "ordering", order: [1, 0, 2, 3, 4] })
        .score,
    ).toBe(0.5);
    expect(
      scoreResponse(ordering, { type: "ordering", order: [4, 3, 2, 1, 0] })
        .score,
    ).toBe(0);
  });

  it("rejects a sequence that leaves out or repeats a step", () => {
    expect(() =>
      scoreResponse(ordering, { type: "ordering", order: [0, 1, 2, 3] }),
    ).toThrow(ResponseMismatchError);
    expect(() =>
      scoreResponse(ordering, { type: "ordering", order: [0, 0, 2, 3, 4] }),
    ).toThrow(ResponseMismatchError);
  });

  it("scores every permutation within 0..1, and 1 only for the identity", () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray([0, 1, 2, 3, 4], { minLength: 5, maxLength: 5 }),
        (order) => {
          const { score, correct } = scoreResponse(ordering, {
            type: "ordering",
            order,
          });
          const identity = order.every((v, i) => v === i);
          return (
            score >= 0 &&
            score <= 1 &&
            correct === identity &&
            (score === 1) === identity
          );
        },
      ),
    );
  });
});

describe("scoreResponse for matching", () => {
  it("gives each premise equal weight", () => {
    expect(
      scoreResponse(matching, { type: "matching", matches: [0, 1, 2] }),
    ).toEqual({ score: 1, correct: true });
    expect(
      scoreResponse(matching, { type: "matching", matches: [0, 2, 1] }).score,
    ).toBeCloseTo(1 / 3);
    expect(
      scoreResponse(matching, { type: "matching", matches: [3, 3, 3] }).score,
    ).toBe(0);
  });

  it("rejects a response index beyond the pairs and distractors", () => {
    expect(() =>
      scoreResponse(matching, { type: "matching", matches: [0, 1, 4] }),
    ).toThrow(ResponseMismatchError);
  });
});

describe("scoreResponse for categorization", () => {
  it("gives the share of items in their own group", () => {
    expect(
      scoreResponse(categorization, {
        type: "categorization",
        groups: [0, 1, 2, 0],
      }),
    ).toEqual({
      score: 1,
      correct: true,
    });
    expect(
      scoreResponse(categorization, {
        type: "categorization",
        groups: [0, 1, 0, 2],
      }).score,
    ).toBe(0.5);
  });
});

describe("scoreResponse for short-answer", () => {
  it("accepts any variant, ignoring case, extra spaces and punctuation", () => {
    for (const text of [
      "Keberfungsian  Sosial.",
      " keberfungsian sosial ",
      "SOCIAL-FUNCTIONING!",
    ])
      expect(
        scoreResponse(shortAnswer, { type: "short-answer", text }).correct,
      ).toBe(true);
  });

  it("rejects another answer and an empty one", () => {
    expect(
      scoreResponse(shortAnswer, {
        type: "short-answer",
        text: "keberfungsian",
      }).score,
    ).toBe(0);
    expect(
      scoreResponse(shortAnswer, { type: "short-answer", text: " ... " }).score,
    ).toBe(0);
  });
});

describe("normalizeAnswer", () => {
  it("ignores diacritics and collapses whitespace", () => {
    expect(normalizeAnswer("  Asesmén\t Awal ")).toBe("asesmen awal");
  });
});

describe("isAnswered", () => {
  it("needs every premise matched, every item sorted and some text typed", () => {
    expect(isAnswered({ type: "matching", matches: [0, null, 2] })).toBe(false);
    expect(isAnswered({ type: "matching", matches: [0, 1, 2] })).toBe(true);
    expect(isAnswered({ type: "categorization", groups: [null, 1] })).toBe(
      false,
    );
    expect(isAnswered({ type: "short-answer", text: " ? " })).toBe(false);
    expect(isAnswered({ type: "ordering", order: [1, 0, 2] })).toBe(true);
  });
});

describe("answerTexts", () => {
  it("spells out the right answer of every list type", () => {
    const labels = { true: "Benar", false: "Salah" };
    expect(answerTexts(ordering, labels)[1]).toBe("2. Asesmen");
    expect(answerTexts(matching, labels)).toContain(
      "Advokat → Membela hak kelayan",
    );
    expect(answerTexts(categorization, labels)).toContain(
      "Puskesmas → Kemasyarakatan",
    );
    expect(answerTexts(shortAnswer, labels)).toEqual(["keberfungsian sosial"]);
  });
});
