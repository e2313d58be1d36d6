import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  decodeProgress,
  encodeProgress,
  MIGRATIONS,
  type Migrations,
} from "../../../src/lib/progress/codec.ts";
import {
  emptyProgress,
  markComplete,
} from "../../../src/lib/progress/document.ts";
import { progressDocument } from "./arbitraries.ts";

describe("decodeProgress", () => {
  it("reads back what encodeProgress wrote", () => {
    fc.assert(
      fc.property(progressDocument, (doc) => {
        const result = decodeProgress(encodeProgress(doc));
        expect(result).toEqual({ ok: true, doc });
      }),
    );
  });

  it("reports text that is not JSON", () => {
    expect(decodeProgress("{not json")).toMatchObject({
      ok: false,
      problem: "not-json",
    });
    expect(decodeProgress("")).toMatchObject({
      ok: false,
      problem: "not-json",
    });
  });

  it("reports JSON that is not a progress document", () => {
    for (const raw of [
      "null",
      "42",
      '"teks"',
      "[]",
      "{}",
      '{"version":"1"}',
      '{"version":-1}',
    ])
      expect(decodeProgress(raw)).toMatchObject({
        ok: false,
        problem: "not-a-document",
      });
  });

  it("reports a document whose items do not fit the schema, naming the field", () => {
    const raw = JSON.stringify({
      version: 2,
      lessons: { pengantar: { firstVisitedAt: "kemarin" } },
      answers: {},
      log: [],
    });
    const result = decodeProgress(raw);
    expect(result).toMatchObject({ ok: false, problem: "invalid" });
    expect(!result.ok && result.detail).toContain("lessons.pengantar");
  });

  it("keeps only known fields and treats a __proto__ key as data", () => {
    const raw =
      '{"version":2,"extra":1,"lessons":{"__proto__":{"firstVisitedAt":1,"lastVisitedAt":2,"x":3}},"answers":{},"log":[]}';
    const result = decodeProgress(raw);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.keys(result.doc)).toEqual([
      "version",
      "lessons",
      "answers",
      "log",
      "review",
      "events",
      "settings",
    ]);
    expect(Object.getPrototypeOf(result.doc.lessons)).toBe(Object.prototype);
    expect(
      Object.getOwnPropertyDescriptor(result.doc.lessons, "__proto__")?.value,
    ).toEqual({
      firstVisitedAt: 1,
      lastVisitedAt: 2,
    });
  });

  it("reports a document from a newer version instead of reading it", () => {
    expect(
      decodeProgress(
        JSON.stringify({ version: 99, lessons: {}, answers: {}, log: [] }),
      ),
    ).toMatchObject({
      ok: false,
      problem: "newer-version",
    });
  });

  it("upgrades an older document through the migrations, saying where it came from", () => {
    // A hypothetical version 0 that kept completed lessons as a list.
    const migrations: Migrations = {
      ...MIGRATIONS,
      0: (old) => ({
        lessons: Object.fromEntries(
          (old["completed"] as string[]).map((slug) => [
            slug,
            { firstVisitedAt: 0, lastVisitedAt: 0, completedAt: 0 },
          ]),
        ),
        answers: {},
      }),
    };
    const result = decodeProgress(
      JSON.stringify({ version: 0, completed: ["pengantar"] }),
      migrations,
    );
    expect(result).toEqual({
      ok: true,
      doc: markComplete(emptyProgress(), "pengantar", 0),
      migratedFrom: 0,
    });
  });

  it("loads the released version 1 fixture, starting the answer history from its latest attempts", () => {
    const raw = readFileSync(
      join(import.meta.dirname, "../../fixtures/progress/v1.json"),
      "utf8",
    );
    const result = decodeProgress(raw);
    expect(result.ok && result.migratedFrom).toBe(1);
    if (!result.ok) return;
    expect(result.doc.lessons["pengantar"]?.completedAt).toBe(1764300120000);
    expect(result.doc.answers["pengantar-03"]?.correct).toBe(true);
    expect(result.doc.log).toEqual([
      { q: "pengantar-01", at: 1764300000000, score: 0, correct: false },
      { q: "pengantar-03", at: 1764300060000, score: 1, correct: true },
    ]);
  });

  it("loads the released version 2 fixture, with empty review, events and settings", () => {
    const raw = readFileSync(
      join(import.meta.dirname, "../../fixtures/progress/v2.json"),
      "utf8",
    );
    const result = decodeProgress(raw);
    expect(result.ok && result.migratedFrom).toBe(2);
    if (!result.ok) return;
    expect(result.doc.log).toHaveLength(3);
    expect(result.doc.lessons["pengantar"]?.completedAt).toBe(1764300120000);
    expect(result.doc.review).toEqual({ terms: {}, retired: {}, log: [] });
    expect(result.doc.events).toEqual([]);
    expect(result.doc.settings).toEqual({});
  });

  it("reports a review rating outside 1..4 and a setting out of range, naming the field", () => {
    const base = { ...emptyProgress() };
    const badRating = decodeProgress(
      JSON.stringify({
        ...base,
        review: {
          terms: {},
          log: [{ card: "q:x", at: 1, rating: 5, due: 2, days: 0 }],
        },
      }),
    );
    expect(!badRating.ok && badRating.detail).toContain("review.log.0.rating");
    const badGoal = decodeProgress(
      JSON.stringify({
        ...base,
        settings: { dailyGoal: { value: 0, at: 1 } },
      }),
    );
    expect(!badGoal.ok && badGoal.detail).toContain("settings.dailyGoal.value");
  });

  it("reports an older document that no migration can upgrade", () => {
    expect(decodeProgress(JSON.stringify({ version: 0 }))).toMatchObject({
      ok: false,
      problem: "invalid",
    });
  });

  it("never throws, whatever the text", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.json()),
        (raw) => typeof decodeProgress(raw).ok === "boolean",
      ),
    );
  });
});

describe("encodeProgress", () => {
  it("writes equal documents as equal text whatever the key order", () => {
    const a = {
      ...emptyProgress(),
      log: [],
      lessons: {
        a: { firstVisitedAt: 1, lastVisitedAt: 2 },
        b: { firstVisitedAt: 3, lastVisitedAt: 4 },
      },
      answers: {},
    };
    const b = {
      settings: {},
      events: [],
      review: { log: [], retired: {}, terms: {} },
      version: 3 as const,
      log: [],
      answers: {},
      lessons: {
        b: { lastVisitedAt: 4, firstVisitedAt: 3 },
        a: { lastVisitedAt: 2, firstVisitedAt: 1 },
      },
    };
    expect(encodeProgress(a)).toBe(encodeProgress(b));
  });
});
