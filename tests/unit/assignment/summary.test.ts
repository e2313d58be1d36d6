import { describe, expect, it } from "vitest";
import Papa from "papaparse";
import {
  collectReports,
  filterRows,
  mergeReportFiles,
  sortRows,
  summariseClass,
} from "../../../src/lib/assignment/summary.ts";
import {
  csvTime,
  summaryTable,
  toCsv,
  type CsvLabels,
} from "../../../src/lib/assignment/csv.ts";
import { assignmentId } from "../../../src/lib/assignment/link.ts";
import type {
  QuizItem,
  ReportItem,
} from "../../../src/lib/assignment/models.ts";
import { chosen, random } from "./fixtures.ts";
import { reportFile } from "./reports.ts";

const id = assignmentId(chosen);
const DUE = Date.UTC(2026, 5, 30, 16, 59, 59, 999);

const quiz = (scores: number[], total = 3): QuizItem => {
  const ids = ["pengantar-01", "pengantar-02", "prinsip-intervensi-03"];
  const score = scores.reduce((a, b) => a + b, 0) / total;
  return {
    kind: "quiz",
    status:
      scores.length === 0 ? "todo" : scores.length < total ? "started" : "done",
    questions: total,
    answered: scores.length,
    right: scores.filter((s) => s === 1).length,
    score,
    passed: score >= 0.7,
    tries: scores.length === 0 ? 0 : 1,
    results: scores.map((s, i) => ({ q: ids[i]!, score: s })),
    // five minutes an answer
    ...(scores.length > 0
      ? { startedAt: 1000, lastAnswerAt: 1000 + scores.length * 300_000 }
      : {}),
  };
};
const lessons = (
  a: "todo" | "started" | "done",
  b: "todo" | "started" | "done",
): ReportItem[] => [
  { kind: "lesson", id: "pengantar", status: a, mastery: "none" },
  { kind: "lesson", id: "prinsip-intervensi", status: b, mastery: "none" },
];
const banjir = (endings: ("baik" | "buruk")[]): ReportItem => ({
  kind: "case",
  id: "desa-banjir",
  status: endings.length > 0 ? "done" : "todo",
  endings,
  total: 3,
});

async function classFiles() {
  return [
    await reportFile(
      chosen,
      { name: "Budi Santoso", nim: "2301001" },
      [...lessons("done", "done"), banjir(["baik"]), quiz([1, 1, 1])],
      Date.UTC(2026, 5, 20),
    ),
    await reportFile(
      chosen,
      { name: "Ani", nim: "2301002" },
      [...lessons("done", "started"), banjir([]), quiz([1, 0])],
      Date.UTC(2026, 5, 21),
    ),
    await reportFile(
      chosen,
      { name: "Citra", nim: "2301003" },
      [...lessons("todo", "todo"), banjir([]), quiz([])],
      Date.UTC(2026, 6, 2),
    ),
  ];
}

describe("collectReports", () => {
  it("accepts good files and lists every other file with its reason", async () => {
    const files = await classFiles();
    const other = await reportFile(
      random,
      { name: "Dedi", nim: "2301004" },
      [],
      5,
      "tugas-lain.json",
    );
    const edited = {
      name: "diubah.json",
      text: files[0]!.text.replace('"score": 1', '"score": 0.9'),
    };
    const { accepted, rejected } = await collectReports(
      [
        ...files,
        { name: "rusak.json", text: files[1]!.text.slice(0, 200) },
        other,
        edited,
        { name: "foto.json", text: '{"a":1}' },
      ],
      id,
    );
    expect(accepted.map((a) => a.report.student.nim)).toEqual([
      "2301001",
      "2301002",
      "2301003",
    ]);
    expect(rejected).toEqual([
      { file: "rusak.json", problem: "not-json" },
      {
        file: "tugas-lain.json",
        problem: "other-assignment",
        detail: "Dedi (2301004)",
      },
      {
        file: "diubah.json",
        problem: "checksum",
        detail: "Budi Santoso (2301001)",
      },
      { file: "foto.json", problem: "wrong-format" },
    ]);
  });

  it("keeps the newest file of a NIM, whatever the order, and lists the older as replaced", async () => {
    const old = await reportFile(
      chosen,
      { name: "Ani", nim: "2301002" },
      lessons("started", "todo"),
      100,
      "ani-lama.json",
    );
    const fresh = await reportFile(
      chosen,
      { name: "Ani", nim: " 2301002" },
      lessons("done", "done"),
      200,
      "ani-baru.json",
    );
    for (const order of [
      [old, fresh],
      [fresh, old],
    ]) {
      const { accepted, rejected } = await collectReports(order, id);
      expect(accepted.map((a) => a.file)).toEqual(["ani-baru.json"]);
      expect(rejected).toEqual([
        {
          file: "ani-lama.json",
          problem: "duplicate",
          detail: "ani-baru.json",
        },
      ]);
    }
  });
});

describe("mergeReportFiles", () => {
  it("leaves out a file whose text is already loaded, under any name, and keeps the rest in order", async () => {
    const [budi, ani, citra] = await classFiles();
    const first = mergeReportFiles([], [budi!, ani!]);
    expect(first).toEqual({ files: [budi, ani], repeated: [] });
    const again = mergeReportFiles(first.files, [
      ani!,
      { name: "salinan.json", text: budi!.text },
      citra!,
      citra!,
    ]);
    expect(again.files).toEqual([budi, ani, citra]);
    expect(again.repeated).toEqual([ani!.name, "salinan.json", citra!.name]);
  });

  it("so the same file dropped twice is not reported as an older copy of itself", async () => {
    const [budi] = await classFiles();
    const { files } = mergeReportFiles([budi!], [budi!]);
    expect(await collectReports(files, id)).toMatchObject({ rejected: [] });
  });
});

describe("summariseClass", () => {
  it("builds rows, item counts, averages, not-started and most-missed questions", async () => {
    const { accepted } = await collectReports(await classFiles(), id);
    const s = summariseClass(chosen, accepted, DUE);
    expect(s.keys).toEqual([
      "l:pengantar",
      "l:prinsip-intervensi",
      "c:desa-banjir",
      "q",
    ]);
    expect(
      s.rows.map((r) => [r.name, r.status, r.done, r.late, r.passed]),
    ).toEqual([
      ["Ani", "started", 1, false, false],
      ["Budi Santoso", "done", 4, false, true],
      ["Citra", "todo", 0, true, false],
    ]);
    expect(s.rows[0]!.cells["q"]).toEqual({
      status: "started",
      score: 1 / 3,
      passed: false,
      answered: 2,
      minutes: 10,
    });
    // Citra never started the quiz: no score rather than 0%
    expect(s.rows.map((r) => r.quizScore)).toEqual([1 / 3, 1, null]);
    expect(s.rows[1]!.cells["c:desa-banjir"]).toEqual({
      status: "done",
      endings: ["baik"],
    });
    expect(s.items).toEqual([
      { key: "l:pengantar", done: 2, started: 0, todo: 1 },
      { key: "l:prinsip-intervensi", done: 1, started: 1, todo: 1 },
      { key: "c:desa-banjir", done: 1, started: 0, todo: 2 },
      {
        key: "q",
        done: 1,
        started: 1,
        todo: 1,
        scored: 2,
        meanScore: (1 + 1 / 3) / 2,
      },
    ]);
    expect(s.meanDone).toBeCloseTo((1 / 4 + 4 / 4 + 0) / 3);
    // the mean of the two who worked on the quiz; Citra is left out, not counted as 0
    expect(s.meanQuiz).toBeCloseTo(2 / 3);
    expect(s.quizTakers).toBe(2);
    expect(s.passed).toBe(1);
    expect(s.notStarted.map((r) => r.name)).toEqual(["Citra"]);
    expect(s.mostMissed).toEqual([
      { q: "pengantar-02", answered: 2, wrong: 1, meanScore: 0.5 },
    ]);
  });

  it("treats an item missing from a report as not started, and a class without a quiz has no quiz average", async () => {
    const a = { ...chosen, quiz: null };
    const files = [await reportFile(a, { name: "Eka", nim: "2301005" }, [], 1)];
    const { accepted } = await collectReports(files, assignmentId(a));
    const s = summariseClass(a, accepted, DUE);
    expect(s.rows[0]).toMatchObject({ status: "todo", done: 0 });
    expect(s.rows[0]!.cells["l:pengantar"]).toEqual({ status: "todo" });
    expect("meanQuiz" in s).toBe(false);
    expect("quizScore" in s.rows[0]!).toBe(false);
  });

  it("has no quiz mean, rather than 0%, when nobody worked on the quiz", async () => {
    const files = [
      await reportFile(chosen, { name: "Eka", nim: "2301005" }, [], 1),
    ];
    const { accepted } = await collectReports(files, id);
    const s = summariseClass(chosen, accepted, DUE);
    expect(s.meanQuiz).toBeNull();
    expect(s.quizTakers).toBe(0);
    expect(s.items.find((i) => i.key === "q")).toMatchObject({
      scored: 0,
      meanScore: null,
    });
    expect(s.rows[0]).toMatchObject({ quizScore: null, passed: false });
  });

  it("summarises an empty class without dividing by zero", () => {
    const s = summariseClass(chosen, [], DUE);
    expect(s).toMatchObject({
      rows: [],
      meanDone: 0,
      passed: 0,
      notStarted: [],
      mostMissed: [],
    });
  });
});

describe("sortRows and filterRows", () => {
  it("sort by a column either way and filter by name, NIM and status", async () => {
    const { accepted } = await collectReports(await classFiles(), id);
    const { rows } = summariseClass(chosen, accepted, DUE);
    expect(sortRows(rows, "quiz", "desc").map((r) => r.name)).toEqual([
      "Budi Santoso",
      "Ani",
      "Citra",
    ]);
    expect(sortRows(rows, "done", "asc").map((r) => r.name)).toEqual([
      "Citra",
      "Ani",
      "Budi Santoso",
    ]);
    expect(sortRows(rows, "nim", "desc").map((r) => r.nim)).toEqual([
      "2301003",
      "2301002",
      "2301001",
    ]);
    expect(filterRows(rows, "santoso", "all").map((r) => r.name)).toEqual([
      "Budi Santoso",
    ]);
    expect(filterRows(rows, "2301002", "all").map((r) => r.name)).toEqual([
      "Ani",
    ]);
    // below the pass mark means worked on the quiz and fell short; Citra never started it
    expect(filterRows(rows, "", "failed").map((r) => r.name)).toEqual(["Ani"]);
    expect(filterRows(rows, "", "late").map((r) => r.name)).toEqual(["Citra"]);
    expect(filterRows(rows, "", "todo").map((r) => r.name)).toEqual(["Citra"]);
  });

  it("ignore accents and case when filtering", async () => {
    const file = await reportFile(
      chosen,
      { name: "Nur Élia", nim: "2301009" },
      [],
      1,
    );
    const { accepted } = await collectReports([file], id);
    const { rows } = summariseClass(chosen, accepted, DUE);
    expect(filterRows(rows, "ELIA", "all")).toHaveLength(1);
  });
});

describe("summaryTable and toCsv", () => {
  const labels: CsvLabels = {
    nim: "NIM",
    name: "Nama",
    status: "Status",
    quizScore: "Nilai kuis (%)",
    passed: "Lulus KKM",
    quizMinutes: "Lama kuis (menit)",
    createdAt: "Laporan dibuat",
    late: "Terlambat",
    file: "Berkas",
    yes: "ya",
    no: "tidak",
    statusOf: (s) =>
      ({ todo: "belum", started: "sebagian", done: "selesai" })[s],
    itemTitle: (key) => key,
    time: (ms) => csvTime(ms, -420),
  };

  it("writes a ';'-separated CSV that reads back to the same table, one row per student", async () => {
    const { accepted } = await collectReports(await classFiles(), id);
    const s = summariseClass(chosen, accepted, DUE);
    const csv = toCsv(summaryTable(s, s.rows, labels));
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.split("\r\n")[1]).toBe(
      "2301002;Ani;sebagian;selesai;sebagian;belum;sebagian;33;tidak;10;2026-06-21 07:00;tidak;laporan-2301002.json",
    );
    const parsed = Papa.parse<string[]>(csv.slice(1), { delimiter: ";" }).data;
    expect(parsed[0]).toEqual([
      "NIM",
      "Nama",
      "Status",
      "l:pengantar",
      "l:prinsip-intervensi",
      "c:desa-banjir",
      "q",
      "Nilai kuis (%)",
      "Lulus KKM",
      "Lama kuis (menit)",
      "Laporan dibuat",
      "Terlambat",
      "Berkas",
    ]);
    expect(parsed[2]).toEqual([
      "2301001",
      "Budi Santoso",
      "selesai",
      "selesai",
      "selesai",
      "selesai",
      "selesai",
      "100",
      "ya",
      "15",
      "2026-06-20 07:00",
      "tidak",
      "laporan-2301001.json",
    ]);
    // Citra never started the quiz: the score and minutes are empty, not 0
    expect(parsed[3]!.slice(6, 10)).toEqual(["belum", "", "tidak", ""]);
    expect(parsed).toHaveLength(4);
  });

  it("writes times as YYYY-MM-DD HH:MM in the given zone", () => {
    const t = Date.UTC(2026, 5, 30, 17, 5, 59);
    expect(csvTime(t, -420)).toBe("2026-07-01 00:05"); // WIB
    expect(csvTime(t, 0)).toBe("2026-06-30 17:05");
    expect(csvTime(t, 300)).toBe("2026-06-30 12:05");
  });

  it("escapes a name a spreadsheet would run as a formula", async () => {
    const file = await reportFile(
      chosen,
      { name: '=HYPERLINK("x")', nim: "2301010" },
      [],
      1,
    );
    const { accepted } = await collectReports([file], id);
    const s = summariseClass(chosen, accepted, DUE);
    const parsed = Papa.parse<string[]>(
      toCsv(summaryTable(s, s.rows, labels)).slice(1),
      { delimiter: ";" },
    ).data;
    expect(parsed[1]![1]).toBe('\'=HYPERLINK("x")');
  });
});
