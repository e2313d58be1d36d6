import { describe, expect, it } from "vitest";
import {
  emptyProgress,
  markComplete,
  recordAnswer,
  recordVisit,
} from "../../../src/lib/progress/document.ts";
import type { Attempt } from "../../../src/lib/progress/models.ts";
import {
  assignmentKeys,
  daysLeft,
  dueEnd,
  overallStatus,
  reportItems,
} from "../../../src/lib/assignment/work.ts";
import {
  openAssignment,
  recordQuizAttempt,
} from "../../../src/lib/assignment/records.ts";
import { catalog, chosen } from "./fixtures.ts";

const attempt = (score: number, at: number): Attempt => ({
  response: { type: "single-choice", choice: 0 },
  score,
  correct: score === 1,
  at,
});

describe("reportItems", () => {
  it("reports nothing started for a fresh browser", () => {
    const items = reportItems(chosen, catalog, {
      progress: emptyProgress(),
      scenarios: {},
      record: undefined,
    });
    expect(items.map((i) => i.status)).toEqual([
      "todo",
      "todo",
      "todo",
      "todo",
    ]);
    expect(overallStatus(items)).toBe("todo");
    expect(items[3]).toMatchObject({
      kind: "quiz",
      questions: 3,
      answered: 0,
      score: 0,
      passed: false,
      tries: 0,
      results: [],
    });
  });

  it("reads lessons, the case and the quiz from the student's data", () => {
    let progress = recordVisit(emptyProgress(), "pengantar", 1000);
    progress = markComplete(progress, "pengantar", 5000);
    progress = recordVisit(progress, "prinsip-intervensi", 6000);
    for (const [i, id] of [
      "pengantar-01",
      "pengantar-02",
      "pengantar-03",
      "pengantar-04",
      "pengantar-05",
    ].entries())
      progress = recordAnswer(progress, id, attempt(i === 0 ? 0 : 1, 7000 + i));
    let records = openAssignment({}, "t1", "payload", 900);
    records = recordQuizAttempt(
      records,
      "t1",
      "pengantar-01",
      attempt(1, 10_000),
    );
    records = recordQuizAttempt(
      records,
      "t1",
      "pengantar-02",
      attempt(0.5, 11_000),
    );
    const items = reportItems(chosen, catalog, {
      progress,
      scenarios: {
        "desa-banjir": {
          run: { path: [], undos: 0 },
          endings: ["d-buruk", "d-baik", "bukan-akhir"],
        },
      },
      record: records["t1"],
    });
    expect(items).toEqual([
      {
        kind: "lesson",
        id: "pengantar",
        status: "done",
        firstVisitedAt: 1000,
        completedAt: 5000,
        mastery: "mastered",
      },
      {
        kind: "lesson",
        id: "prinsip-intervensi",
        status: "started",
        firstVisitedAt: 6000,
        mastery: "none",
      },
      {
        kind: "case",
        id: "desa-banjir",
        status: "done",
        endings: ["buruk", "baik"],
        total: 3,
      },
      {
        kind: "quiz",
        status: "started",
        questions: 3,
        answered: 2,
        right: 1,
        score: 0.5,
        passed: false,
        tries: 1,
        startedAt: 10_000,
        lastAnswerAt: 11_000,
        results: [
          { q: "pengantar-01", score: 1 },
          { q: "pengantar-02", score: 0.5 },
        ],
      },
    ]);
    expect(overallStatus(items)).toBe("started");
  });

  it("counts a case with choices made but no ending as started", () => {
    const [, , caseItem] = reportItems(chosen, catalog, {
      progress: emptyProgress(),
      scenarios: {
        "desa-banjir": {
          run: { path: [{ node: "d01", choice: 0 }], undos: 0 },
          endings: [],
        },
      },
      record: undefined,
    });
    expect(caseItem).toMatchObject({ status: "started", endings: [] });
  });

  it("passes a quiz at exactly the pass mark (7 of 10 right meets 70%)", () => {
    const ids = catalog.questions["tahapan-pertolongan"]!;
    const a = {
      ...chosen,
      lessons: [],
      cases: [],
      quiz: { kind: "chosen" as const, ids },
    };
    let records = openAssignment({}, "t", "p", 0);
    ids.forEach((id, i) => {
      records = recordQuizAttempt(
        records,
        "t",
        id,
        attempt(i < 7 ? 1 : 0, i + 1),
      );
    });
    const [quiz] = reportItems(a, catalog, {
      progress: emptyProgress(),
      scenarios: {},
      record: records["t"],
    });
    expect(quiz).toMatchObject({ status: "done", score: 0.7, passed: true });
    const stricter = reportItems({ ...a, minScore: 0.71 }, catalog, {
      progress: emptyProgress(),
      scenarios: {},
      record: records["t"],
    });
    expect(stricter[0]).toMatchObject({ passed: false });
  });

  it("ignores answers to questions outside the assignment's quiz", () => {
    let records = openAssignment({}, "t", "p", 0);
    records = recordQuizAttempt(
      records,
      "t",
      "tahapan-pertolongan-09",
      attempt(1, 5),
    );
    const items = reportItems(chosen, catalog, {
      progress: emptyProgress(),
      scenarios: {},
      record: records["t"],
    });
    expect(items[3]).toMatchObject({
      answered: 0,
      results: [],
      status: "started",
    });
  });
});

describe("assignmentKeys", () => {
  it("lists lessons, cases, then the quiz", () => {
    expect(assignmentKeys(chosen)).toEqual([
      "l:pengantar",
      "l:prinsip-intervensi",
      "c:desa-banjir",
      "q",
    ]);
    expect(assignmentKeys({ ...chosen, quiz: null, cases: [] })).toEqual([
      "l:pengantar",
      "l:prinsip-intervensi",
    ]);
  });
});

describe("overallStatus", () => {
  it("is done only when every item is done", () => {
    expect(overallStatus([{ status: "done" }, { status: "done" }])).toBe(
      "done",
    );
    expect(overallStatus([{ status: "done" }, { status: "todo" }])).toBe(
      "started",
    );
    expect(overallStatus([{ status: "todo" }])).toBe("todo");
  });
});

describe("dueEnd", () => {
  it("is the last millisecond of the due day in the reader's zone", () => {
    // WIB is UTC+7: getTimezoneOffset() gives -420.
    expect(new Date(dueEnd("2026-06-30", -420)).toISOString()).toBe(
      "2026-06-30T16:59:59.999Z",
    );
    expect(new Date(dueEnd("2026-06-30", 0)).toISOString()).toBe(
      "2026-06-30T23:59:59.999Z",
    );
  });
});

describe("daysLeft", () => {
  const wib = -420;
  const at = (iso: string) => Date.parse(iso);
  it("is 0 on the due day, 1 the day before, negative after", () => {
    expect(daysLeft("2026-06-30", at("2026-06-30T01:00:00+07:00"), wib)).toBe(
      0,
    );
    expect(daysLeft("2026-06-30", at("2026-06-30T23:59:00+07:00"), wib)).toBe(
      0,
    );
    expect(daysLeft("2026-06-30", at("2026-06-29T23:59:00+07:00"), wib)).toBe(
      1,
    );
    expect(daysLeft("2026-06-30", at("2026-07-01T00:00:01+07:00"), wib)).toBe(
      -1,
    );
  });
});
