import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  answerTexts,
  correctOptions,
  isAnswered,
  ResponseMismatchError,
  scoreResponse,
} from "../../../src/lib/quiz/check.ts";
import type { Question } from "../../../src/lib/quiz/models.ts";

const base = {
  lesson: "prinsip-intervensi",
  section: "penerimaan",
  difficulty: 1 as const,
  tags: [],
  stem: "Pertanyaan contoh untuk pengujian.",
  explanation: "Penjelasan contoh yang cukup panjang untuk lolos skema soal.",
  sources: [],
};

const single: Question = {
  ...base,
  id: "uji-01",
  type: "single-choice",
  options: [
    { text: "A", correct: false },
    { text: "B", correct: true },
    { text: "C", correct: false },
  ],
};

const multiple: Question = {
  ...base,
  id: "uji-02",
  type: "multiple-response",
  options: [
    { text: "A", correct: true },
    { text: "B", correct: false },
    { text: "C", correct: true },
    { text: "D", correct: false },
  ],
};

const trueFalse: Question = {
  ...base,
  id: "uji-03",
  type: "true-false",
  answer: false,
};

describe("scoreResponse", () => {
  it("gives a single-choice question full credit only for the correct option", () => {
    expect(scoreResponse(single, { type: "single-choice", choice: 1 })).toEqual(
      { score: 1, correct: true },
    );
    expect(scoreResponse(single, { type: "single-choice", choice: 0 })).toEqual(
      { score: 0, correct: false },
    );
  });

  it("judges a true-false question by its answer", () => {
    expect(
      scoreResponse(trueFalse, { type: "true-false", value: false }),
    ).toEqual({ score: 1, correct: true });
    expect(
      scoreResponse(trueFalse, { type: "true-false", value: true }),
    ).toEqual({ score: 0, correct: false });
  });

  it("gives full credit for exactly the correct options of a multiple-response question", () => {
    expect(
      scoreResponse(multiple, { type: "multiple-response", choices: [2, 0] }),
    ).toEqual({ score: 1, correct: true });
  });

  it("gives partial credit as right picks minus wrong picks over the number of correct options", () => {
    expect(
      scoreResponse(multiple, { type: "multiple-response", choices: [0] }),
    ).toEqual({ score: 0.5, correct: false });
    expect(
      scoreResponse(multiple, {
        type: "multiple-response",
        choices: [0, 2, 1],
      }),
    ).toEqual({ score: 0.5, correct: false });
    expect(
      scoreResponse(multiple, { type: "multiple-response", choices: [0, 1] }),
    ).toEqual({ score: 0, correct: false });
    expect(
      scoreResponse(multiple, { type: "multiple-response", choices: [1, 3] }),
    ).toEqual({ score: 0, correct: false });
  });

  it("never gives full marks for choosing every option", () => {
    expect(
      scoreResponse(multiple, {
        type: "multiple-response",
        choices: [0, 1, 2, 3],
      }).score,
    ).toBe(0);
    fc.assert(
      fc.property(
        fc
          .array(fc.boolean(), { minLength: 3, maxLength: 7 })
          .filter((keys) => keys.some(Boolean) && keys.some((k) => !k)),
        (keys) => {
          const question: Question = {
            ...multiple,
            options: keys.map((correct, i) => ({ text: `opsi ${i}`, correct })),
          };
          const all = scoreResponse(question, {
            type: "multiple-response",
            choices: keys.map((_, i) => i),
          });
          return all.score < 1 && !all.correct;
        },
      ),
    );
  });

  it("keeps every score within 0..1 and counts a repeated pick once", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 8 }),
        (choices) => {
          const { score } = scoreResponse(multiple, {
            type: "multiple-response",
            choices,
          });
          const once = scoreResponse(multiple, {
            type: "multiple-response",
            choices: [...new Set(choices)],
          });
          return score >= 0 && score <= 1 && score === once.score;
        },
      ),
    );
  });

  it("rejects a response of another type or naming a missing option", () => {
    expect(() =>
      scoreResponse(single, { type: "true-false", value: true }),
    ).toThrow(ResponseMismatchError);
    expect(() =>
      scoreResponse(single, { type: "single-choice", choice: 3 }),
    ).toThrow(ResponseMismatchError);
    expect(() =>
      scoreResponse(multiple, { type: "multiple-response", choices: [-1] }),
    ).toThrow(ResponseMismatchError);
  });
});

describe("correctOptions", () => {
  it("lists the indices of correct options in order", () => {
    expect(correctOptions(multiple)).toEqual([0, 2]);
    expect(correctOptions(trueFalse)).toEqual([]);
  });
});

describe("answerTexts", () => {
  it("names the correct options, or the right judgement of a statement", () => {
    expect(answerTexts(multiple, { true: "Benar", false: "Salah" })).toEqual([
      "A",
      "C",
    ]);
    expect(answerTexts(trueFalse, { true: "Benar", false: "Salah" })).toEqual([
      "Salah",
    ]);
  });
});

describe("isAnswered", () => {
  it("treats an empty multiple-response selection as not answered", () => {
    expect(isAnswered(undefined)).toBe(false);
    expect(isAnswered({ type: "multiple-response", choices: [] })).toBe(false);
    expect(isAnswered({ type: "multiple-response", choices: [1] })).toBe(true);
    expect(isAnswered({ type: "true-false", value: false })).toBe(true);
  });
});
