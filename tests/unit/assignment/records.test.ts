import { describe, expect, it } from "vitest";
import {
  isNim,
  normaliseNim,
  openAssignment,
  parseRecords,
  recordQuizAttempt,
  removeAssignment,
  restartQuiz,
  setStudent,
  startQuiz,
} from "../../../src/lib/assignment/records.ts";
import type { Attempt } from "../../../src/lib/progress/models.ts";

const right: Attempt = {
  response: { type: "true-false", value: true },
  score: 1,
  correct: true,
  at: 50,
};

describe("openAssignment", () => {
  it("adds a record once; opening again keeps the work done", () => {
    let records = openAssignment({}, "a", "link-a", 10);
    records = recordQuizAttempt(records, "a", "q1", right);
    const again = openAssignment(records, "a", "link-a", 99);
    expect(again).toBe(records);
    expect(again["a"]?.openedAt).toBe(10);
  });

  it("keeps several assignments side by side", () => {
    const records = openAssignment(
      openAssignment({}, "a", "la", 1),
      "b",
      "lb",
      2,
    );
    expect(Object.keys(records)).toEqual(["a", "b"]);
    expect(Object.keys(removeAssignment(records, "a"))).toEqual(["b"]);
  });

  it("keeps an id such as __proto__ as data", () => {
    const records = openAssignment({}, "__proto__", "l", 1);
    expect(Object.hasOwn(records, "__proto__")).toBe(true);
    expect(Object.getPrototypeOf(records)).toBe(Object.prototype);
  });
});

describe("quiz tries", () => {
  it("starts the quiz on the first answer, and a restart clears answers and counts the try", () => {
    let records = openAssignment({}, "a", "l", 1);
    records = recordQuizAttempt(records, "a", "q1", right);
    expect(records["a"]?.quiz).toEqual({
      startedAt: 50,
      tries: 1,
      attempts: { q1: right },
    });
    records = startQuiz(records, "a", 70);
    expect(records["a"]?.quiz.startedAt).toBe(50);
    records = restartQuiz(records, "a", 80);
    expect(records["a"]?.quiz).toEqual({
      startedAt: 80,
      tries: 2,
      attempts: {},
    });
  });
});

describe("setStudent", () => {
  it("keeps the trimmed name and NIM", () => {
    const records = setStudent(openAssignment({}, "a", "l", 1), "a", {
      name: "  Siti Aminah ",
      nim: " 2301045 ",
    });
    expect(records["a"]?.student).toEqual({
      name: "Siti Aminah",
      nim: "2301045",
    });
    expect(setStudent(records, "tidak-ada", { name: "x", nim: "y" })).toBe(
      records,
    );
  });
});

describe("isNim", () => {
  it("accepts digits, letters, dots and hyphens, 3 to 20 characters", () => {
    expect(isNim("2301045")).toBe(true);
    expect(isNim("PS.21-0045")).toBe(true);
    expect(isNim("12")).toBe(false);
    expect(isNim("23 01")).toBe(false);
    expect(isNim("<b>123</b>")).toBe(false);
  });
});

describe("normaliseNim", () => {
  it("keeps the digits of a NIM written with dots, hyphens or spaces between them", () => {
    expect(normaliseNim("2301045")).toBe("2301045");
    expect(normaliseNim(" 23.01.045 ")).toBe("2301045");
    expect(normaliseNim("23-01 045")).toBe("2301045");
    expect(normaliseNim("12345")).toBe("12345");
    expect(normaliseNim("1".repeat(20))).toBe("1".repeat(20));
  });

  it("refuses letters, too few or too many digits, and separators at the ends", () => {
    expect(normaliseNim("abcdefg")).toBeNull();
    expect(normaliseNim("PS.21-0045")).toBeNull();
    expect(normaliseNim("2301O45")).toBeNull(); // a letter O
    expect(normaliseNim("1234")).toBeNull();
    expect(normaliseNim("12.34")).toBeNull();
    expect(normaliseNim("1".repeat(21))).toBeNull();
    expect(normaliseNim("-230145")).toBeNull();
    expect(normaliseNim("230145.")).toBeNull();
    expect(normaliseNim("")).toBeNull();
    expect(normaliseNim("<b>23011</b>")).toBeNull();
  });
});

describe("parseRecords", () => {
  it("reads what it wrote", () => {
    const records = recordQuizAttempt(
      openAssignment({}, "a", "l", 1),
      "a",
      "q1",
      right,
    );
    expect(parseRecords(JSON.parse(JSON.stringify(records)))).toEqual({
      records,
      unreadable: 0,
    });
  });

  it("leaves out and counts records it cannot read, keeping the others", () => {
    const good = openAssignment({}, "a", "l", 1);
    const parsed = parseRecords({
      ...good,
      b: { link: 3 },
      c: { ...good["a"], quiz: { tries: 1, attempts: { q: { score: "x" } } } },
    });
    expect(parsed).toEqual({ records: good, unreadable: 2 });
    expect(parseRecords([1])).toEqual({ records: {}, unreadable: 1 });
  });
});
