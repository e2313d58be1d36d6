// Class summary speed: 200 report files of an assignment of the real course (every
// lesson and case, a 40-question quiz) checked (JSON, SHA-256 checksum, every field), de-duplicated, summarised and
// written as CSV, timed as pure functions in Node (the browser adds reading the files).
import { performance } from "node:perf_hooks";
import {
  assignmentId,
  encodeAssignment,
} from "../../src/lib/assignment/link.ts";
import { createReport, reportText } from "../../src/lib/assignment/report.ts";
import {
  collectReports,
  summariseClass,
} from "../../src/lib/assignment/summary.ts";
import { summaryTable, toCsv } from "../../src/lib/assignment/csv.ts";
import { course } from "../support/course.ts";

export const STUDENTS = 200;
export const BUDGET_MS = 1000;
const ROUNDS = 5;

/** An assignment of the real course: every lesson, every case, 40 chosen questions. */
export const assignment = {
  title: "Tugas akhir",
  className: "PS 2A",
  due: "2026-06-30",
  lessons: course.lessons.map((l) => l.slug),
  cases: course.scenarios.map((c) => c.id),
  quiz: { kind: "chosen", ids: course.questions.slice(0, 40).map((q) => q.id) },
  minScore: 0.7,
};
const { lessons, cases } = assignment;
const ids = assignment.quiz.ids;

/** The report files of a class of `STUDENTS`, as `{ name, text }`. */
export async function classFiles() {
  const link = encodeAssignment(assignment);
  const id = assignmentId(assignment);
  const statuses = ["todo", "started", "done"];
  return Promise.all(
    Array.from({ length: STUDENTS }, async (_, s) => {
      const answered = ids.slice(0, (s * 7) % 41);
      const report = await createReport({
        link,
        assignment: id,
        student: { name: `Mahasiswa ${s}`, nim: String(2301000 + s) },
        now: Date.UTC(2026, 5, 1) + s * 60_000,
        items: [
          ...lessons.map((l, i) => ({
            kind: "lesson",
            id: l,
            status: statuses[(s + i) % 3],
            mastery: "learning",
          })),
          ...cases.map((c, i) => ({
            kind: "case",
            id: c,
            status: (s + i) % 2 ? "done" : "todo",
            endings: (s + i) % 2 ? ["baik"] : [],
            total: 4,
          })),
          {
            kind: "quiz",
            status: answered.length === ids.length ? "done" : "started",
            questions: ids.length,
            answered: answered.length,
            right: Math.floor(answered.length / 2),
            score: answered.length / ids.length / 2,
            passed: false,
            tries: 1,
            results: answered.map((q, i) => ({
              q,
              score: (i + s) % 3 ? 1 : 0,
            })),
          },
        ],
      });
      return { name: `laporan-${s}.json`, text: reportText(report) };
    }),
  );
}

/** Median and max ms of summarising 200 files, over a few rounds. */
export async function benchClassSummary() {
  const files = await classFiles();
  const id = assignmentId(assignment);
  const times = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const t0 = performance.now();
    const { accepted, rejected } = await collectReports(files, id);
    const summary = summariseClass(assignment, accepted, Date.UTC(2026, 5, 30));
    const csv = toCsv(
      summaryTable(summary, summary.rows, {
        nim: "NIM",
        name: "Nama",
        status: "Status",
        quizScore: "Nilai",
        passed: "KKM",
        createdAt: "Dibuat",
        late: "Terlambat",
        file: "Berkas",
        yes: "ya",
        no: "tidak",
        statusOf: (x) => x,
        itemTitle: (k) => k,
        time: (ms) => new Date(ms).toISOString(),
      }),
    );
    times.push(performance.now() - t0);
    if (
      accepted.length !== STUDENTS ||
      rejected.length !== 0 ||
      !csv.includes("Mahasiswa 199")
    )
      throw new Error("the summary did not take every file");
  }
  const sorted = [...times].sort((a, b) => a - b);
  return {
    median: sorted[Math.floor(sorted.length / 2)],
    max: sorted[sorted.length - 1],
    bytes: files.reduce((n, f) => n + f.text.length, 0),
  };
}
