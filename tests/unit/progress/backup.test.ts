import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  BACKUP_FORMAT,
  previewImport,
  readBackup,
  writeBackup,
} from "../../../src/lib/progress/backup.ts";
import {
  emptyProgress,
  markComplete,
  recordAnswer,
} from "../../../src/lib/progress/document.ts";
import { progressDocument } from "./arbitraries.ts";

const STORES = ["kips:kasus", "kips:ujian"];
const NOW = Date.UTC(2026, 10, 29, 3, 0, 0);

describe("readBackup", () => {
  it("reads back what writeBackup wrote", () => {
    fc.assert(
      fc.property(progressDocument, (doc) => {
        const read = readBackup(
          writeBackup(doc, { "kips:kasus": { a: 1 } }, NOW),
          STORES,
        );
        expect(read.ok && read.backup.progress).toEqual(doc);
        expect(read.ok && read.backup.stores).toEqual({
          "kips:kasus": { a: 1 },
        });
      }),
      { numRuns: 200 },
    );
  });

  it("explains in Indonesian what is wrong with a file", () => {
    expect(readBackup("{bukan json", STORES)).toEqual({
      ok: false,
      problems: [expect.stringContaining("bukan JSON yang sah")],
    });
    const other = readBackup(
      JSON.stringify({
        format: "lain",
        version: 1,
        exportedAt: "x",
        progress: {},
      }),
      STORES,
    );
    // A file of another kind: one message, not a list of what it lacks.
    expect(!other.ok && other.problems).toEqual([
      expect.stringContaining("bukan cadangan dari Kursus"),
    ]);
    const broken = readBackup(
      JSON.stringify({
        format: BACKUP_FORMAT,
        version: 1,
        exportedAt: "x",
        progress: { version: 3, lessons: 1 },
      }),
      STORES,
    );
    expect(!broken.ok && broken.problems.join(" ")).toMatch(
      /Tanggal ekspor.*tidak dapat dibaca: lessons: bukan objek/,
    );
    const newer = readBackup(
      JSON.stringify({
        format: BACKUP_FORMAT,
        version: 9,
        exportedAt: new Date(NOW).toISOString(),
        progress: emptyProgress(),
      }),
      STORES,
    );
    expect(!newer.ok && newer.problems[0]).toContain(
      "versi situs yang lebih baru",
    );
  });

  it("ignores stores this site does not know", () => {
    const read = readBackup(
      writeBackup(emptyProgress(), { "kips:kasus": {}, asing: 1 }, NOW),
      STORES,
    );
    expect(read.ok && Object.keys(read.backup.stores)).toEqual(["kips:kasus"]);
  });

  it("never throws on hostile or malformed files", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.anything().map((v) => {
            try {
              return JSON.stringify({
                format: BACKUP_FORMAT,
                version: 1,
                exportedAt: new Date(NOW).toISOString(),
                progress: v,
              });
            } catch {
              return "";
            }
          }),
        ),
        (text) => {
          const read = readBackup(text, STORES);
          expect(typeof read.ok).toBe("boolean");
          if (!read.ok) expect(read.problems.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 10_000 },
    );
  });
});

describe("previewImport", () => {
  it("counts before and after for merge and replace", () => {
    const current = markComplete(emptyProgress(), "pengantar", 1);
    const incoming = recordAnswer(
      markComplete(emptyProgress(), "tujuan-intervensi", 2),
      "q1",
      {
        response: { type: "true-false", value: true },
        score: 1,
        correct: true,
        at: 3,
      },
    );
    expect(previewImport(current, incoming, "merge").lessonsCompleted).toEqual({
      before: 1,
      after: 2,
    });
    expect(
      previewImport(current, incoming, "replace").lessonsCompleted,
    ).toEqual({ before: 1, after: 1 });
    expect(previewImport(current, incoming, "merge").questionsAnswered).toEqual(
      { before: 0, after: 1 },
    );
  });
});
