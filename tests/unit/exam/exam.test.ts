import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  apportion,
  assembleExam,
  MIN_CASE_SHARE,
} from "../../../src/lib/exam/blueprint.ts";
import {
  deadlineFor,
  formatClock,
  isExpired,
  timeLeft,
  warningsDue,
} from "../../../src/lib/exam/deadline.ts";
import { POINTS_PER_RIGHT, scoreExam } from "../../../src/lib/exam/scoring.ts";
import { checkCourse } from "../../../src/lib/content/check.ts";
import { readCourseSources } from "../../../src/integrations/content-check.ts";
import { bankStats } from "../../../src/lib/content/stats.ts";

const course = checkCourse(readCourseSources("content"));
const order = course.lessons.map((l) => l.slug);
const MIN = 60_000;

describe("apportion", () => {
  it("splits a count in proportion and sums to it", () => {
    expect(apportion([10, 20, 30], 6)).toEqual([1, 2, 3]);
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 30 }), {
          minLength: 1,
          maxLength: 12,
        }),
        fc.integer({ min: 0, max: 200 }),
        (sizes, count) => {
          const out = apportion(sizes, count);
          const total = sizes.reduce((a, b) => a + b, 0);
          expect(out.reduce((a, b) => a + b, 0)).toBe(Math.min(count, total));
          out.forEach((n, i) => expect(n).toBeLessThanOrEqual(sizes[i]!));
        },
      ),
    );
  });
});

describe("assembleExam", () => {
  const paper = assembleExam(course.questions, order, 100, "uji");

  it("draws 100 single-choice questions without repeats", () => {
    expect(paper).toHaveLength(100);
    expect(new Set(paper.map((q) => q.id)).size).toBe(100);
    expect(paper.every((q) => q.type === "single-choice")).toBe(true);
  });

  it("spreads across lessons in proportion to the bank", () => {
    const singles = course.questions.filter((q) => q.type === "single-choice");
    const expected = apportion(
      order.map((l) => singles.filter((q) => q.lesson === l).length),
      100,
    );
    expect(
      order.map((l) => paper.filter((q) => q.lesson === l).length),
    ).toEqual(expected);
  });

  it("mixes difficulty and keeps at least 30% case-based", () => {
    const levels = bankStats(paper).byDifficulty;
    expect(Object.keys(levels).sort()).toEqual(["1", "2", "3"]);
    expect(
      paper.filter((q) => q.tags.includes("kasus")).length / paper.length,
    ).toBeGreaterThanOrEqual(MIN_CASE_SHARE);
  });

  it("is reproducible from its seed and differs between seeds", () => {
    expect(
      assembleExam(course.questions, order, 100, "uji").map((q) => q.id),
    ).toEqual(paper.map((q) => q.id));
    expect(
      assembleExam(course.questions, order, 20, "lain").map((q) => q.id),
    ).not.toEqual(
      assembleExam(course.questions, order, 20, "uji").map((q) => q.id),
    );
  });
});

describe("deadline arithmetic", () => {
  const start = Date.UTC(2026, 10, 29, 1, 0, 0);
  const deadline = deadlineFor(start, 90);

  it("fixes the deadline when the sitting starts", () => {
    expect(deadline - start).toBe(90 * MIN);
    expect(timeLeft(deadline, start + 30 * MIN)).toBe(60 * MIN);
    expect(timeLeft(deadline, deadline + 5 * MIN)).toBe(0);
    expect(isExpired(deadline, deadline - 1)).toBe(false);
    expect(isExpired(deadline, deadline)).toBe(true);
  });

  it("gives each warning once, at 10 and 5 minutes left", () => {
    expect(warningsDue(deadline, deadline - 11 * MIN, [], 90)).toEqual([]);
    expect(warningsDue(deadline, deadline - 10 * MIN, [], 90)).toEqual([10]);
    expect(warningsDue(deadline, deadline - 9 * MIN, [10], 90)).toEqual([]);
    expect(warningsDue(deadline, deadline - 4 * MIN, [], 90)).toEqual([10, 5]);
    expect(warningsDue(deadline, deadline + 1, [], 90)).toEqual([]);
    // a sitting shorter than a threshold skips that warning
    expect(warningsDue(deadlineFor(start, 8), start + 4 * MIN, [], 8)).toEqual([
      5,
    ]);
  });

  it("formats the clock", () => {
    expect(formatClock(90 * MIN)).toBe("1:30:00");
    expect(formatClock(9 * MIN + 5_000)).toBe("09:05");
    expect(formatClock(1)).toBe("00:01");
    expect(formatClock(0)).toBe("00:00");
  });
});

describe("scoreExam", () => {
  it("counts unanswered questions as wrong and scores on the course's scale", () => {
    const paper = assembleExam(course.questions, order, 3, "skor");
    const [a, b] = paper;
    const rightChoice = a!.options.findIndex((o) => o.correct);
    const wrongChoice = b!.options.findIndex((o) => !o.correct);
    const result = scoreExam(paper, {
      [a!.id]: { type: "single-choice", choice: rightChoice },
      [b!.id]: { type: "single-choice", choice: wrongChoice },
    });
    expect(result).toMatchObject({
      questions: 3,
      right: 1,
      wrong: 1,
      unanswered: 1,
      points: POINTS_PER_RIGHT,
      maxPoints: 15,
    });
    expect(result.ratio).toBeCloseTo(1 / 3);
    expect(result.byLesson.reduce((s, l) => s + l.questions, 0)).toBe(3);
  });
});
