import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  initialResponse,
  moveItem,
  partMarks,
} from "../../../src/lib/quiz/response.ts";
import {
  categorization,
  matching,
  ordering,
  shortAnswer,
  single,
} from "./fixtures.ts";

describe("moveItem", () => {
  it("moves one entry and shifts the rest", () => {
    expect(moveItem([0, 1, 2, 3], 3, 1)).toEqual([0, 3, 1, 2]);
    expect(moveItem([0, 1, 2, 3], 0, 1)).toEqual([1, 0, 2, 3]);
  });

  it("keeps the same entries, and ignores positions out of range", () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(), { maxLength: 8 }),
        fc.integer({ min: -2, max: 10 }),
        fc.integer({ min: -2, max: 10 }),
        (list, from, to) => {
          expect([...moveItem(list, from, to)].sort()).toEqual(
            [...list].sort(),
          );
        },
      ),
    );
    expect(moveItem([0, 1], 0, 5)).toEqual([0, 1]);
  });
});

describe("initialResponse", () => {
  it("starts an ordering question as displayed and list questions empty", () => {
    expect(initialResponse(ordering, [2, 0, 1, 4, 3])).toEqual({
      type: "ordering",
      order: [2, 0, 1, 4, 3],
    });
    expect(initialResponse(matching, [])).toEqual({
      type: "matching",
      matches: [null, null, null],
    });
    expect(initialResponse(categorization, [])).toEqual({
      type: "categorization",
      groups: [null, null, null, null],
    });
    expect(initialResponse(shortAnswer, [])).toEqual({
      type: "short-answer",
      text: "",
    });
    expect(initialResponse(single, [])).toBeUndefined();
  });
});

describe("partMarks", () => {
  it("marks each part of a checked response", () => {
    expect(partMarks(single, { type: "single-choice", choice: 0 })).toEqual([
      "wrong",
      "right",
      undefined,
      undefined,
    ]);
    expect(
      partMarks(ordering, { type: "ordering", order: [0, 2, 1, 3, 4] }),
    ).toEqual(["right", "wrong", "wrong", "right", "right"]);
    expect(
      partMarks(matching, { type: "matching", matches: [0, 3, 2] }),
    ).toEqual(["right", "wrong", "right"]);
    expect(
      partMarks(categorization, {
        type: "categorization",
        groups: [0, 0, 2, 1],
      }),
    ).toEqual(["right", "wrong", "right", "wrong"]);
  });
});
