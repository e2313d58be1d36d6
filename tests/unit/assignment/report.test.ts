import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  checkReport,
  createReport,
  reportFileName,
  reportText,
  studentProblems,
} from "../../../src/lib/assignment/report.ts";
import {
  assignmentId,
  encodeAssignment,
} from "../../../src/lib/assignment/link.ts";
import {
  canonicalJson,
  sha256Hex,
} from "../../../src/lib/assignment/encoding.ts";
import type { ReportItem } from "../../../src/lib/assignment/models.ts";
import { chosen } from "./fixtures.ts";

const id = assignmentId(chosen);
const items: ReportItem[] = [
  {
    kind: "lesson",
    id: "pengantar",
    status: "done",
    firstVisitedAt: 1,
    completedAt: 2,
    mastery: "learning",
  },
  { kind: "lesson", id: "prinsip-intervensi", status: "todo", mastery: "none" },
  {
    kind: "case",
    id: "desa-banjir",
    status: "done",
    endings: ["baik"],
    total: 3,
  },
  {
    kind: "quiz",
    status: "done",
    questions: 3,
    answered: 3,
    right: 2,
    score: 2.5 / 3,
    passed: true,
    tries: 1,
    startedAt: 100,
    lastAnswerAt: 400,
    results: [
      { q: "pengantar-01", score: 1 },
      { q: "pengantar-02", score: 0.5 },
      { q: "prinsip-intervensi-03", score: 1 },
    ],
  },
];
const make = (name = "Siti Aminah") =>
  createReport({
    link: encodeAssignment(chosen),
    assignment: id,
    student: { name, nim: "2301045" },
    items,
    now: Date.UTC(2026, 5, 20, 3),
  });

describe("createReport and checkReport", () => {
  it("read back exactly what was written", async () => {
    const report = await make();
    expect(report.checksum).toMatch(/^[0-9a-f]{64}$/);
    expect(await checkReport(reportText(report), id)).toEqual({
      ok: true,
      report,
    });
  });

  it("accept a file whose only change is its layout", async () => {
    const report = await make();
    const reindented = JSON.stringify(JSON.parse(reportText(report)));
    expect((await checkReport(reindented, id)).ok).toBe(true);
  });

  it("detect any changed value as an edit", async () => {
    const report = await make();
    const json = JSON.parse(reportText(report));
    json.items[3].score = 1;
    expect(await checkReport(JSON.stringify(json), id)).toEqual({
      ok: false,
      problem: "checksum",
      detail: "Siti Aminah (2301045)",
    });
    json.items[3].score =
      report.items[3]!.kind === "quiz" ? report.items[3]!.score : 0;
    json.student.name = "Siti Aminah ";
    expect((await checkReport(JSON.stringify(json), id)).ok).toBe(false);
  });

  it("detect an added field as an edit", async () => {
    const json = JSON.parse(reportText(await make()));
    json.nilaiAkhir = 100;
    expect(await checkReport(JSON.stringify(json), id)).toMatchObject({
      problem: "checksum",
    });
  });

  it("reject any cut-short file", async () => {
    const text = reportText(await make());
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: text.length - 3 }),
        async (at) => {
          expect((await checkReport(text.slice(0, at), id)).ok).toBe(false);
        },
      ),
    );
  });

  it("reject a changed digit anywhere in the file", async () => {
    const text = reportText(await make());
    const digits = [...text.matchAll(/\d/g)].map((m) => m.index);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...digits),
        fc.integer({ min: 1, max: 9 }),
        async (at, add) => {
          const digit = (Number(text[at]) + add) % 10;
          const changed = text.slice(0, at) + digit + text.slice(at + 1);
          expect((await checkReport(changed, id)).ok).toBe(false);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("name what is wrong: not JSON, wrong format, newer version, no checksum", async () => {
    expect(await checkReport('{"format":', id)).toEqual({
      ok: false,
      problem: "not-json",
    });
    expect(
      await checkReport('{"format":"kursus-intervensi-pekerjaan-sosial"}', id),
    ).toEqual({
      ok: false,
      problem: "wrong-format",
    });
    expect(await checkReport("[]", id)).toMatchObject({
      problem: "wrong-format",
    });
    expect(
      await checkReport(
        '{"format":"kips-laporan","version":2,"checksum":"x"}',
        id,
      ),
    ).toEqual({ ok: false, problem: "newer-version", detail: "2" });
    const json = JSON.parse(reportText(await make()));
    delete json.checksum;
    expect(await checkReport(JSON.stringify(json), id)).toEqual({
      ok: false,
      problem: "invalid",
      detail: "checksum",
    });
  });

  it("names the field of a file with a fitting checksum but a wrong field", async () => {
    const json = JSON.parse(reportText(await make()));
    json.items[2].endings = ["hebat"];
    delete json.checksum;
    json.checksum = await sha256Hex(canonicalJson(json));
    expect(await checkReport(JSON.stringify(json), id)).toEqual({
      ok: false,
      problem: "invalid",
      detail: "items.2.endings.0",
    });
  });

  it("says when a report belongs to another assignment, naming the student", async () => {
    expect(
      await checkReport(reportText(await make()), "0000000000000000"),
    ).toEqual({
      ok: false,
      problem: "other-assignment",
      detail: "Siti Aminah (2301045)",
    });
    // without an expected assignment, any assignment is accepted
    expect((await checkReport(reportText(await make()))).ok).toBe(true);
  });

  it("keeps a name that looks like HTML as plain text", async () => {
    const name = "<img src=x onerror=alert(1)>";
    const check = await checkReport(reportText(await make(name)), id);
    expect(check.ok && check.report.student.name).toBe(name);
  });

  it("writes the NIM as digits only", async () => {
    const report = await createReport({
      link: "l",
      assignment: id,
      student: { name: " Siti ", nim: " 23.01 045 " },
      items,
      now: 0,
    });
    expect(report.student).toEqual({ name: "Siti", nim: "2301045" });
    expect((await checkReport(reportText(report), id)).ok).toBe(true);
  });

  it("still reads an older file whose NIM has letters", async () => {
    const json = JSON.parse(reportText(await make()));
    json.student.nim = "PS.21-0045";
    delete json.checksum;
    json.checksum = await sha256Hex(canonicalJson(json));
    const check = await checkReport(JSON.stringify(json), id);
    expect(check.ok && check.report.student.nim).toBe("PS.21-0045");
  });

  it("tells a picture or another document from a report cut short", async () => {
    const png = "\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR";
    expect(await checkReport(png, id)).toEqual({
      ok: false,
      problem: "wrong-format",
    });
    expect(await checkReport("%PDF-1.7", id)).toMatchObject({
      problem: "wrong-format",
    });
    const text = reportText(await make());
    expect(await checkReport(text.slice(0, 300), id)).toMatchObject({
      problem: "not-json",
    });
    expect(await checkReport("", id)).toMatchObject({ problem: "not-json" });
    // a byte-order mark added by an editor is not a problem
    expect((await checkReport(`\uFEFF${text}`, id)).ok).toBe(true);
  });

  it("names the student written in an edited file", async () => {
    const text = reportText(await make());
    const edited = text.replace('"score": 0.5', '"score": 1');
    expect(edited).not.toBe(text);
    expect(await checkReport(edited, id)).toEqual({
      ok: false,
      problem: "checksum",
      detail: "Siti Aminah (2301045)",
    });
    const json = JSON.parse(text);
    delete json.student;
    expect(await checkReport(JSON.stringify(json), id)).toEqual({
      ok: false,
      problem: "checksum",
    });
  });

  it("refuses to make a report without a name or with a malformed NIM", async () => {
    await expect(
      createReport({
        link: "l",
        assignment: id,
        student: { name: " ", nim: "1" },
        items,
        now: 0,
      }),
    ).rejects.toThrow("no-name, bad-nim");
  });
});

describe("studentProblems", () => {
  it("lists each problem of a name and NIM", () => {
    expect(studentProblems({ name: "Siti", nim: "2301045" })).toEqual([]);
    expect(studentProblems({ name: "", nim: "23 01" })).toEqual([
      "no-name",
      "bad-nim",
    ]);
    expect(studentProblems({ name: "x".repeat(101), nim: "23011" })).toEqual([
      "long-name",
    ]);
    expect(studentProblems({ name: "Siti", nim: "abcdefg" })).toEqual([
      "bad-nim",
    ]);
    expect(studentProblems({ name: "Siti", nim: "2301" })).toEqual(["bad-nim"]);
    expect(studentProblems({ name: "Siti", nim: "23.01-045" })).toEqual([]);
  });
});

describe("reportFileName", () => {
  it("names the file by NIM and day", async () => {
    expect(reportFileName(await make())).toBe("laporan-2301045-20260620.json");
  });
});
