import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  drawPracticeQuestions,
  parsePracticeState,
  practiceResult,
} from "../../../src/lib/quiz/practice.ts";
import type { Question } from "../../../src/lib/quiz/models.ts";
import { single } from "./fixtures.ts";

const bank: Question[] = ["a", "b", "c"].flatMap((lesson) =>
  Array.from({ length: 6 }, (_, i) => ({
    ...single,
    id: `${lesson}-${i}`,
    lesson,
  })),
);

describe("drawPracticeQuestions", () => {
  it("draws only from the chosen lessons, without repeats, at most the count", () => {
    fc.assert(
      fc.property(
        fc.subarray(["a", "b", "c"], { minLength: 1 }),
        fc.integer({ min: 1, max: 30 }),
        fc.string(),
        (lessons, count, seed) => {
          const drawn = drawPracticeQuestions(bank, {
            lessons,
            count,
            feedback: "each",
            seed,
          });
          expect(drawn.length).toBe(Math.min(count, lessons.length * 6));
          expect(new Set(drawn.map((q) => q.id)).size).toBe(drawn.length);
          expect(drawn.every((q) => lessons.includes(q.lesson))).toBe(true);
        },
      ),
    );
  });

  it("spreads a short session over every chosen lesson", () => {
    const drawn = drawPracticeQuestions(bank, {
      lessons: ["a", "b", "c"],
      count: 3,
      feedback: "end",
      seed: "x",
    });
    expect(new Set(drawn.map((q) => q.lesson))).toEqual(
      new Set(["a", "b", "c"]),
    );
  });

  it("draws the same set for the same seed", () => {
    const settings = {
      lessons: ["a", "b"],
      count: 5,
      feedback: "each" as const,
      seed: "s",
    };
    expect(drawPracticeQuestions(bank, settings)).toEqual(
      drawPracticeQuestions(bank, settings),
    );
  });
});

describe("practiceResult", () => {
  it("scores by lesson, counting unanswered questions as wrong", () => {
    const questions = [bank[0]!, bank[1]!, bank[6]!];
    const result = practiceResult(questions, {
      "a-0": {
        response: { type: "single-choice", choice: 1 },
        score: 1,
        correct: true,
        at: 1,
      },
    });
    expect(result).toMatchObject({ questions: 3, answered: 1, right: 1 });
    expect(result.score).toBeCloseTo(1 / 3);
    expect(result.byLesson).toEqual([
      { lesson: "a", questions: 2, right: 1, score: 0.5 },
      { lesson: "b", questions: 1, right: 0, score: 0 },
    ]);
  });
});

describe("parsePracticeState", () => {
  it("reads back a session and drops malformed attempts and drafts", () => {
    const state = parsePracticeState({
      seed: "1",
      feedback: "end",
      questionIds: ["a-0"],
      finished: false,
      attempts: {
        "a-0": {
          response: { type: "true-false", value: true },
          score: 1,
          correct: true,
          at: 5,
        },
        "a-1": { score: 7 },
      },
      drafts: {
        "a-2": { type: "short-answer", text: "x" },
        "a-3": { type: "nope" },
      },
    });
    expect(state?.attempts).toEqual({
      "a-0": {
        response: { type: "true-false", value: true },
        score: 1,
        correct: true,
        at: 5,
      },
    });
    expect(state?.drafts).toEqual({
      "a-2": { type: "short-answer", text: "x" },
    });
  });

  it("returns null for anything that is not a session", () => {
    for (const value of [
      null,
      3,
      "x",
      [],
      {},
      { seed: 1 },
      { seed: "1", feedback: "later", questionIds: [], finished: false },
    ])
      expect(parsePracticeState(value)).toBeNull();
  });
});
