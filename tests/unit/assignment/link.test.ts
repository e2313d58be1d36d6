import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  assignmentId,
  assignmentUrl,
  decodeAssignment,
  encodeAssignment,
  newSeed,
  payloadFrom,
  quizQuestionIds,
  validateAssignment,
} from "../../../src/lib/assignment/link.ts";
import {
  checkCode,
  toBase64Url,
} from "../../../src/lib/assignment/encoding.ts";
import type { Assignment } from "../../../src/lib/assignment/models.ts";
import { drawPracticeQuestions } from "../../../src/lib/quiz/practice.ts";
import { catalog, chosen, random } from "./fixtures.ts";

/** A payload with a valid check code around any JSON, as a hand-made link would be. */
function forge(wire: unknown): string {
  const body = toBase64Url(JSON.stringify(wire));
  return `${body}.${checkCode(body)}`;
}

const slugs = catalog.lessons.map((l) => l.slug);
const caseIds = catalog.cases.map((c) => c.id);
const questionIds = Object.values(catalog.questions).flat();

/** Any assignment that fits the catalogue. */
const validAssignment: fc.Arbitrary<Assignment> = fc
  .record({
    title: fc.string({ maxLength: 40 }),
    className: fc
      .string({ minLength: 1, maxLength: 40 })
      .filter((s) => s.trim() !== ""),
    due: fc
      .date({
        min: new Date("2000-01-01"),
        max: new Date("2099-12-31"),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10)),
    lessons: fc.subarray(slugs),
    cases: fc.subarray(caseIds),
    quiz: fc.oneof(
      fc.constant(null),
      fc
        .uniqueArray(fc.constantFrom(...questionIds), {
          minLength: 1,
          maxLength: 12,
        })
        .map((ids) => ({ kind: "chosen" as const, ids })),
      fc.record({
        kind: fc.constant("random" as const),
        lessons: fc.constant<string[]>(["pengantar", "tahapan-pertolongan"]),
        n: fc.integer({ min: 1, max: 18 }),
        seed: fc.stringMatching(/^[a-z0-9]{1,16}$/),
      }),
    ),
    minScore: fc.integer({ min: 0, max: 100 }).map((m) => m / 100),
  })
  .filter((a) => a.lessons.length + a.cases.length + (a.quiz ? 1 : 0) > 0);

describe("encodeAssignment and decodeAssignment", () => {
  it("give back the same assignment and id for any valid assignment", () => {
    fc.assert(
      fc.property(validAssignment, (a) => {
        expect(validateAssignment(a, catalog)).toEqual([]);
        const decoded = decodeAssignment(encodeAssignment(a), catalog);
        expect(decoded).toMatchObject({ ok: true, assignment: a, version: 2 });
        if (decoded.ok) expect(decoded.id).toBe(assignmentId(a));
      }),
    );
  });

  it("reject a link with any one character changed", () => {
    fc.assert(
      fc.property(
        validAssignment,
        fc.nat(),
        fc.constantFrom(..."ABCXYZabcxyz0189-_."),
        (a, at, char) => {
          const payload = encodeAssignment(a);
          const i = at % payload.length;
          fc.pre(payload[i] !== char);
          const changed = payload.slice(0, i) + char + payload.slice(i + 1);
          expect(decodeAssignment(changed, catalog).ok).toBe(false);
        },
      ),
    );
  });

  it("reject a link cut short anywhere", () => {
    fc.assert(
      fc.property(validAssignment, fc.nat(), (a, at) => {
        const payload = encodeAssignment(a);
        const cut = payload.slice(0, at % payload.length);
        const result = decodeAssignment(cut, catalog);
        expect(result.ok).toBe(false);
        if (!result.ok)
          expect(["empty", "malformed", "checksum"]).toContain(result.problem);
      }),
    );
  });

  it("say 'checksum' for a changed character and 'malformed' for a mangled link", () => {
    const payload = encodeAssignment(chosen);
    const flipped = payload[5] === "A" ? "B" : "A";
    expect(
      decodeAssignment(
        payload.slice(0, 5) + flipped + payload.slice(6),
        catalog,
      ),
    ).toMatchObject({ ok: false, problem: "checksum" });
    expect(decodeAssignment("tidak-ada-titik", catalog)).toMatchObject({
      ok: false,
      problem: "malformed",
    });
    expect(decodeAssignment("  ", catalog)).toMatchObject({
      ok: false,
      problem: "empty",
    });
  });

  it("reads a version-1 link (the first format) with the default pass mark", () => {
    // Written by the first format: {v:1, k, d, l, q: [ids]}, made once and frozen here.
    const v1 =
      "eyJ2IjoxLCJrIjoiUFMgMkEiLCJkIjoiMjAyNi0wNi0zMCIsImwiOlsicGVuZ2FudGFyIl0sInEiOlsicGVuZ2FudGFyLTAxIiwicGVuZ2FudGFyLTAyIl19.134j4cc";
    const result = decodeAssignment(v1, catalog);
    const expected: Assignment = {
      title: "",
      className: "PS 2A",
      due: "2026-06-30",
      lessons: ["pengantar"],
      cases: [],
      quiz: { kind: "chosen", ids: ["pengantar-01", "pengantar-02"] },
      minScore: 0.7,
    };
    expect(result).toMatchObject({
      ok: true,
      version: 1,
      assignment: expected,
    });
    // The same assignment re-encoded in the current version keeps its id, so reports match either link.
    const again = decodeAssignment(encodeAssignment(expected), catalog);
    expect(again.ok && result.ok && again.id === result.id).toBe(true);
  });

  it("refuses a link from a newer version and names it", () => {
    expect(decodeAssignment(forge({ v: 3, k: "A" }), catalog)).toEqual({
      ok: false,
      problem: "newer-version",
      detail: "3",
    });
  });

  it("names the lesson, case or question that the course does not have", () => {
    const base = { v: 2, k: "PS 2A", d: "2026-06-30", m: 70 };
    expect(
      decodeAssignment(forge({ ...base, l: ["modul-hilang"] }), catalog),
    ).toEqual({ ok: false, problem: "unknown-lesson", detail: "modul-hilang" });
    expect(
      decodeAssignment(forge({ ...base, c: ["kasus-x"] }), catalog),
    ).toEqual({
      ok: false,
      problem: "unknown-case",
      detail: "kasus-x",
    });
    expect(
      decodeAssignment(forge({ ...base, q: { i: ["pengantar-99"] } }), catalog),
    ).toEqual({
      ok: false,
      problem: "unknown-question",
      detail: "pengantar-99",
    });
  });

  it("names a field of the wrong type, a bad date, an empty assignment and a draw too large", () => {
    const base = { v: 2, k: "PS 2A", d: "2026-06-30", m: 70, l: ["pengantar"] };
    expect(decodeAssignment(forge({ ...base, m: "70" }), catalog)).toEqual({
      ok: false,
      problem: "invalid",
      detail: "m",
    });
    expect(
      decodeAssignment(forge({ ...base, l: "pengantar" }), catalog),
    ).toEqual({
      ok: false,
      problem: "invalid",
      detail: "l",
    });
    expect(
      decodeAssignment(forge({ ...base, d: "2026-02-30" }), catalog),
    ).toMatchObject({ problem: "bad-date" });
    expect(
      decodeAssignment(
        forge({ v: 2, k: "PS 2A", d: "2026-06-30", m: 70 }),
        catalog,
      ),
    ).toMatchObject({ problem: "no-items" });
    expect(
      decodeAssignment(
        forge({ ...base, q: { l: ["prinsip-intervensi"], n: 7, s: "x" } }),
        catalog,
      ),
    ).toEqual({ ok: false, problem: "not-enough-questions", detail: "6" });
    expect(decodeAssignment(forge([1, 2]), catalog)).toMatchObject({
      problem: "malformed",
    });
  });

  it("keeps a class name with any characters as plain text", () => {
    const a = { ...chosen, className: '<img src=x onerror=alert(1)> "PS" & ✓' };
    expect(decodeAssignment(encodeAssignment(a), catalog)).toMatchObject({
      ok: true,
      assignment: a,
    });
  });
});

describe("validateAssignment", () => {
  it("refuses a pass mark outside 0..100% or not a whole percent, instead of clamping it", () => {
    for (const minScore of [1.5, -0.05, 0.705, Number.NaN])
      expect(validateAssignment({ ...chosen, minScore }, catalog)).toEqual([
        { problem: "invalid", detail: "m" },
      ]);
    for (const minScore of [0, 0.29, 0.7, 1])
      expect(validateAssignment({ ...chosen, minScore }, catalog)).toEqual([]);
  });

  it("lists every problem at once, for the builder", () => {
    const problems = validateAssignment(
      {
        ...chosen,
        className: " ",
        due: "30-06-2026",
        lessons: ["pengantar", "x"],
        minScore: 1.5,
      },
      catalog,
    );
    expect(problems.map((p) => p.problem).sort()).toEqual([
      "bad-date",
      "invalid",
      "no-class",
      "unknown-lesson",
    ]);
  });
});

describe("validateAssignment for a draw", () => {
  it("asks for lessons to draw from, without also saying they have no questions", () => {
    expect(
      validateAssignment(
        { ...random, quiz: { kind: "random", lessons: [], n: 5, seed: "a" } },
        catalog,
      ),
    ).toEqual([{ problem: "invalid", detail: "q.l" }]);
  });
});

describe("payloadFrom", () => {
  it("finds the payload in a whole link, a fragment or alone, ignoring line breaks", () => {
    expect(payloadFrom("https://x.id/kursus/tugas/#t=abc\n.def ")).toBe(
      "abc.def",
    );
    expect(payloadFrom("#t=abc.def")).toBe("abc.def");
    expect(payloadFrom("t=abc.def")).toBe("abc.def");
    expect(payloadFrom("abc.def")).toBe("abc.def");
  });
});

describe("assignmentUrl", () => {
  it("puts the payload in the fragment of the student page under the base path", () => {
    expect(assignmentUrl("https://x.id", "/kursus/", "p.q")).toBe(
      "https://x.id/kursus/tugas/#t=p.q",
    );
    expect(assignmentUrl("http://localhost:4321", "/", "p.q")).toBe(
      "http://localhost:4321/tugas/#t=p.q",
    );
  });
});

describe("quizQuestionIds", () => {
  it("draws the same questions for the same seed, from the chosen lessons only", () => {
    const first = quizQuestionIds(random.quiz, catalog.questions);
    expect(first).toHaveLength(10);
    expect(new Set(first).size).toBe(10);
    expect(quizQuestionIds(random.quiz, { ...catalog.questions })).toEqual(
      first,
    );
    for (const id of first)
      expect(id).toMatch(/^(pengantar|tahapan-pertolongan)-/);
    // the draw spreads over both lessons
    expect(first.some((id) => id.startsWith("pengantar-"))).toBe(true);
    expect(first.some((id) => id.startsWith("tahapan-pertolongan-"))).toBe(
      true,
    );
  });

  it("draws what the practice draw gives for the bank, whatever order the lessons come in", () => {
    const flat = Object.entries(catalog.questions).flatMap(([lesson, ids]) =>
      ids.map((id) => ({ id, lesson })),
    );
    // interleave lessons: only the order within a lesson may matter
    const interleaved = [...flat].sort(
      (a, b) =>
        Number(a.id.slice(-2)) - Number(b.id.slice(-2)) ||
        a.lesson.localeCompare(b.lesson),
    );
    const settings = {
      lessons: ["pengantar", "tahapan-pertolongan"],
      count: 10,
      feedback: "each" as const,
      seed: "abc123",
    };
    expect(quizQuestionIds(random.quiz, catalog.questions)).toEqual(
      drawPracticeQuestions(interleaved, settings).map((q) => q.id),
    );
  });

  it("draws other questions for another seed", () => {
    const draws = new Set(
      ["a", "b", "c", "d"].map((seed) =>
        quizQuestionIds(
          { kind: "random", lessons: ["tahapan-pertolongan"], n: 4, seed },
          catalog.questions,
        ).join(),
      ),
    );
    expect(draws.size).toBeGreaterThan(1);
  });

  it("gives the chosen questions in the lecturer's order, and none without a quiz", () => {
    expect(quizQuestionIds(chosen.quiz, catalog.questions)).toEqual([
      "pengantar-01",
      "pengantar-02",
      "prinsip-intervensi-03",
    ]);
    expect(quizQuestionIds(null, catalog.questions)).toEqual([]);
  });
});

describe("newSeed", () => {
  it("makes six base-36 characters that a link accepts", () => {
    const seed = newSeed(() => 0.999);
    expect(seed).toBe("zzzzzz");
    expect(newSeed()).toMatch(/^[a-z0-9]{6}$/);
  });
});
