import { describe, expect, it } from "vitest";
import {
  lessonMastery,
  MASTERY_RULE,
} from "../../../src/lib/progress/mastery.ts";
import type { LogEntry } from "../../../src/lib/progress/models.ts";

const answer = (q: string, at: number, correct: boolean): LogEntry => ({
  q,
  at,
  correct,
  score: correct ? 1 : 0,
});
const lesson = ["a-01", "a-02", "a-03", "a-04", "a-05", "a-06"];

describe("lessonMastery", () => {
  it("says none before any answer to the lesson", () => {
    expect(lessonMastery([answer("b-01", 1, true)], lesson)).toEqual({
      state: "none",
      right: 0,
      counted: 0,
    });
  });

  it("needs a full window of different questions", () => {
    const log = [1, 2, 3, 4].map((at) => answer(`a-0${at}`, at, true));
    expect(lessonMastery(log, lesson)).toEqual({
      state: "learning",
      right: 4,
      counted: 4,
    });
  });

  it("counts a question answered again and again once, by its latest answer", () => {
    const log = [1, 2, 3, 4, 5].map((at) => answer("a-01", at, true));
    expect(lessonMastery(log, lesson)).toEqual({
      state: "learning",
      right: 1,
      counted: 1,
    });
    const retried = [answer("a-02", 1, false), answer("a-02", 2, true)];
    expect(lessonMastery(retried, lesson)).toMatchObject({
      right: 1,
      counted: 1,
    });
  });

  it("is mastered with 4 right among the last 5 questions, ignoring other lessons' answers", () => {
    const log = [
      answer("a-01", 1, false),
      answer("a-02", 2, true),
      answer("b-09", 3, false),
      answer("a-03", 4, true),
      answer("a-04", 5, true),
      answer("a-05", 6, true),
    ];
    expect(lessonMastery(log, lesson)).toEqual({
      state: "mastered",
      right: 4,
      counted: MASTERY_RULE.window,
    });
  });

  it("drops again when recent answers go wrong", () => {
    const good = [1, 2, 3, 4, 5].map((at) => answer(`a-0${at}`, at, true));
    expect(lessonMastery(good, lesson).state).toBe("mastered");
    const worse = [...good, answer("a-06", 6, false), answer("a-01", 7, false)];
    expect(lessonMastery(worse, lesson)).toEqual({
      state: "learning",
      right: 3,
      counted: 5,
    });
  });
});
