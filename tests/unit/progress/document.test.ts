import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  emptyProgress,
  markComplete,
  mergeProgress,
  nextLesson,
  recordAnswer,
  recordVisit,
} from "../../../src/lib/progress/document.ts";
import { progressDocument } from "./arbitraries.ts";

const DAY = 86_400_000;

describe("recordVisit", () => {
  it("keeps the first visit and moves the latest visit forward", () => {
    const doc = recordVisit(
      recordVisit(emptyProgress(), "pengantar", 5 * DAY),
      "pengantar",
      7 * DAY,
    );
    expect(doc.lessons["pengantar"]).toEqual({
      firstVisitedAt: 5 * DAY,
      lastVisitedAt: 7 * DAY,
    });
  });
});

describe("markComplete", () => {
  it("completes a lesson once and keeps the first completion time", () => {
    const once = markComplete(emptyProgress(), "pengantar", DAY);
    const twice = markComplete(once, "pengantar", 3 * DAY);
    expect(twice.lessons["pengantar"]?.completedAt).toBe(DAY);
    expect(twice.lessons["pengantar"]?.lastVisitedAt).toBe(3 * DAY);
  });
});

describe("recordAnswer", () => {
  it("replaces the earlier attempt at the same question", () => {
    const first = recordAnswer(emptyProgress(), "q1", {
      response: { type: "true-false", value: true },
      score: 0,
      correct: false,
      at: 1,
    });
    const second = recordAnswer(first, "q1", {
      response: { type: "true-false", value: false },
      score: 1,
      correct: true,
      at: 2,
    });
    expect(second.answers["q1"]?.correct).toBe(true);
    expect(Object.keys(second.answers)).toEqual(["q1"]);
  });
});

describe("nextLesson", () => {
  const order = ["a", "b", "c"];
  it("starts with the first lesson when nothing was visited", () => {
    expect(nextLesson(emptyProgress(), order)).toBe("a");
  });
  it("continues the most recently visited lesson that is not complete", () => {
    let doc = recordVisit(emptyProgress(), "c", 10);
    doc = recordVisit(doc, "b", 20);
    expect(nextLesson(doc, order)).toBe("b");
    doc = markComplete(doc, "b", 30);
    expect(nextLesson(doc, order)).toBe("c");
  });
  it("returns undefined when every lesson is complete", () => {
    const doc = order.reduce(
      (d, slug) => markComplete(d, slug, 1),
      emptyProgress(),
    );
    expect(nextLesson(doc, order)).toBeUndefined();
  });
});

describe("mergeProgress", () => {
  it("keeps answers from both tabs and the later answer to the same question", () => {
    const a = recordAnswer(emptyProgress(), "q1", {
      response: { type: "true-false", value: true },
      score: 1,
      correct: true,
      at: 5,
    });
    const b = recordAnswer(
      recordAnswer(emptyProgress(), "q2", {
        response: { type: "single-choice", choice: 0 },
        score: 0,
        correct: false,
        at: 3,
      }),
      "q1",
      {
        response: { type: "true-false", value: false },
        score: 0,
        correct: false,
        at: 9,
      },
    );
    const merged = mergeProgress(a, b);
    expect(Object.keys(merged.answers).sort()).toEqual(["q1", "q2"]);
    expect(merged.answers["q1"]?.at).toBe(9);
  });

  it("keeps a lesson completed in either tab completed", () => {
    const a = markComplete(emptyProgress(), "pengantar", 50);
    const b = recordVisit(emptyProgress(), "pengantar", 80);
    expect(mergeProgress(a, b).lessons["pengantar"]).toEqual({
      firstVisitedAt: 50,
      lastVisitedAt: 80,
      completedAt: 50,
    });
  });

  it("treats a lesson called __proto__ as data", () => {
    const a = recordVisit(emptyProgress(), "__proto__", 1);
    const merged = mergeProgress(
      a,
      recordVisit(emptyProgress(), "__proto__", 5),
    );
    expect(Object.getPrototypeOf(merged.lessons)).toBe(Object.prototype);
    expect(
      Object.getOwnPropertyDescriptor(merged.lessons, "__proto__")?.value,
    ).toEqual({
      firstVisitedAt: 1,
      lastVisitedAt: 5,
    });
  });

  it("is commutative", () => {
    fc.assert(
      fc.property(progressDocument, progressDocument, (a, b) => {
        expect(mergeProgress(a, b)).toEqual(mergeProgress(b, a));
      }),
    );
  });

  it("is associative", () => {
    fc.assert(
      fc.property(
        progressDocument,
        progressDocument,
        progressDocument,
        (a, b, c) => {
          expect(mergeProgress(mergeProgress(a, b), c)).toEqual(
            mergeProgress(a, mergeProgress(b, c)),
          );
        },
      ),
    );
  });

  it("is idempotent", () => {
    fc.assert(
      fc.property(progressDocument, (a) => {
        expect(mergeProgress(a, a)).toEqual(a);
      }),
    );
  });
});
