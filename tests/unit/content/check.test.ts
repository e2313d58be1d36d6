import { describe, expect, it } from "vitest";
import { join } from "node:path";
import {
  checkCourse,
  formatProblems,
  LESSON_RULES,
  type CourseSources,
} from "../../../src/lib/content/check.ts";
import { readCourseSources } from "../../../src/integrations/content-check.ts";

const FIXTURE = join(import.meta.dirname, "../../fixtures/content-valid");

/** The valid fixture with one file's text changed. */
function withChange(change: (sources: CourseSources) => void): CourseSources {
  const sources = readCourseSources(FIXTURE);
  change(sources);
  return sources;
}

function edit(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`fixture has no "${from}"`);
  return text.replace(from, to);
}

describe("checkCourse", () => {
  it("passes the valid fixture", () => {
    expect(checkCourse(readCourseSources(FIXTURE)).problems).toEqual([]);
  });

  it("passes the real course", () => {
    const { problems, lessons } = checkCourse(readCourseSources("content"));
    expect(formatProblems(problems)).toBe("");
    expect(lessons.length).toBeGreaterThanOrEqual(12);
  });

  it("names the file and the field of a frontmatter that breaks the schema", () => {
    const sources = withChange((s) => {
      const lesson = s.lessons[0]!;
      lesson.text = edit(lesson.text, "minutes: 10", "minutes: sepuluh");
    });
    expect(formatProblems(checkCourse(sources).problems)).toMatch(
      /lessons\/uji\.mdx › minutes: /,
    );
  });

  it("names the file, the question and the field of a question that breaks the schema", () => {
    const sources = withChange((s) => {
      const file = s.questions[0]!;
      file.text = edit(file.text, "answer: true", "answer: ya");
    });
    expect(formatProblems(checkCourse(sources).problems)).toMatch(
      /questions\/uji\.yaml › \[1\] uji-01 › answer: /,
    );
  });

  it("rejects a single-choice question without exactly one correct option", () => {
    const sources = withChange((s) => {
      s.questions[0]!.text += [
        "- id: uji-06",
        "  lesson: uji",
        "  section: bagian-pertama",
        "  type: single-choice",
        "  difficulty: 2",
        "  tags: [konsep]",
        "  stem: Soal pilihan ganda dengan dua kunci.",
        "  options:",
        "    - { text: A, correct: true }",
        "    - { text: B, correct: true }",
        "    - { text: C }",
        "  explanation: Penjelasan uji yang cukup panjang agar lolos skema soal.",
        "",
      ].join("\n");
    });
    expect(formatProblems(checkCourse(sources).problems)).toContain(
      "uji-06 › options: harus ada tepat satu pilihan yang benar",
    );
  });

  it("reports a question whose section anchor does not exist", () => {
    const sources = withChange((s) => {
      s.questions[0]!.text = edit(
        s.questions[0]!.text,
        "section: bagian-pertama",
        "section: bagian-hilang",
      );
    });
    expect(formatProblems(checkCourse(sources).problems)).toContain(
      'uji-01 › section: bagian "#bagian-hilang" tidak ada',
    );
  });

  it("reports duplicate question ids", () => {
    const sources = withChange((s) => {
      s.questions[0]!.text = s.questions[0]!.text.replace(
        "id: uji-02",
        "id: uji-01",
      );
    });
    expect(formatProblems(checkCourse(sources).problems)).toContain(
      "[2] uji-01 › id: id ganda",
    );
  });

  it("reports a glossary term, a quiz question and a source that do not exist", () => {
    const sources = withChange((s) => {
      const lesson = s.lessons[0]!;
      lesson.text = edit(
        lesson.text,
        '<Term id="kelayan">',
        '<Term id="kelayen">',
      );
      lesson.text = edit(lesson.text, '"uji-05"', '"uji-99"');
      lesson.text = edit(
        lesson.text,
        "sources: [uu-11-2009]",
        "sources: [uu-99-2099]",
      );
    });
    const report = formatProblems(checkCourse(sources).problems);
    expect(report).toContain('<Term id="kelayen"> tidak ada di glosarium');
    expect(report).toContain('soal "uji-99" tidak ada di bank soal');
    expect(report).toContain(
      'sumber "uu-99-2099" tidak ada di references.yaml',
    );
  });

  it("allows one module test per lesson, and names the line of a second", () => {
    const sources = withChange((s) => {
      const lesson = s.lessons[0]!;
      lesson.text = edit(
        lesson.text,
        '<Quiz ids={["uji-01", "uji-02"]} />',
        '<Quiz ids={["uji-01", "uji-02"]} test />',
      );
      lesson.text = edit(
        lesson.text,
        '<Quiz ids={["uji-03", "uji-04", "uji-05"]} />',
        '<Quiz ids={["uji-03", "uji-04", "uji-05"]} test />',
      );
    });
    const problems = checkCourse(sources).problems;
    expect(problems).toHaveLength(1);
    expect(formatProblems(problems)).toMatch(
      /baris 26.*<Quiz test> kedua: satu modul hanya punya satu uji pemahaman/,
    );
  });

  it("requires a summary, a check section, enough teaching text and enough check questions", () => {
    const sources = withChange((s) => {
      s.lessons[0]!.text = s.lessons[0]!.text.replace(
        "## Rangkuman",
        "## Ringkasan",
      )
        .replace(
          /(Kata pelajaran uji yang diulang agar cukup panjang\. ){40}/,
          "",
        )
        .replace('<Quiz ids={["uji-03", "uji-04", "uji-05"]} />', "");
    });
    const report = formatProblems(checkCourse(sources).problems);
    expect(report).toContain('bagian wajib "#rangkuman" tidak ada');
    expect(report).toMatch(/teks pelajaran baru \d+ kata; minimal 500/);
    expect(report).toContain("baru 2 soal cek pemahaman; minimal 5");
  });

  it("reports YAML that does not parse, with its line", () => {
    const sources = withChange((s) => {
      s.glossary.text = "- id: kelayan\n  term: [tidak ditutup\n";
    });
    expect(formatProblems(checkCourse(sources).problems)).toMatch(
      /glossary\.yaml: YAML tidak sah \(baris \d+\)/,
    );
  });

  it("reports a glossary link to a related term that does not exist", () => {
    const sources = withChange((s) => {
      s.glossary.text = edit(
        s.glossary.text,
        "related: [klien]",
        "related: [klyen]",
      );
    });
    expect(formatProblems(checkCourse(sources).problems)).toContain(
      '[1] kelayan › related.0: istilah "klyen" tidak ada',
    );
  });

  it("reports a stem that nearly repeats another", () => {
    const sources = withChange((s) => {
      s.questions[0]!.text += [
        "- id: uji-99",
        "  lesson: uji",
        "  section: bagian-pertama",
        "  type: true-false",
        "  difficulty: 1",
        "  tags: [konsep]",
        "  stem: pernyataan tentang Asesmen Awal Kelayan ini benar!",
        "  answer: false",
        "  explanation: Penjelasan uji yang cukup panjang agar lolos skema soal.",
        "",
      ].join("\n");
    });
    expect(formatProblems(checkCourse(sources).problems)).toMatch(
      /uji-99 › stem: hampir sama dengan uji-01/,
    );
  });

  it("reports a lesson with too few questions in the bank", () => {
    const sources = withChange((s) => {
      s.questions[0]!.text = s.questions[0]!.text.split(
        /\n(?=- id: uji-0[6-9]|- id: uji-1)/,
      )[0]!;
    });
    expect(formatProblems(checkCourse(sources).problems)).toContain(
      `pelajaran uji baru punya 5 soal; minimal ${LESSON_RULES.minBankQuestions}`,
    );
  });

  it("reports single-choice keys piling up on one position", () => {
    const single = (i: number, key: number) =>
      [
        `- id: uji-s${i}`,
        "  lesson: uji",
        "  section: bagian-pertama",
        "  type: single-choice",
        "  difficulty: 2",
        "  tags: [konsep]",
        `  stem: Soal pilihan ganda nomor ${"abcdefghijkl"[i]}${"mnopqrstuvwx"[i]} tentang topik ${i * 7919}.`,
        "  options:",
        ...[0, 1, 2, 3].map(
          (o) =>
            `    - { text: Pilihan ${o}${o === key ? ", correct: true" : ""} }`,
        ),
        "  explanation: Penjelasan uji yang cukup panjang agar lolos skema soal.",
        "",
      ].join("\n");
    const sources = withChange((s) => {
      s.questions[0]!.text += Array.from({ length: 10 }, (_, i) =>
        single(i, i < 5 ? 0 : i % 4),
      ).join("\n");
    });
    expect(formatProblems(checkCourse(sources).problems)).toMatch(
      /kunci pilihan ganda ada di posisi 1 \(\d+%\)/,
    );
  });

  it("reports answer keys that do not fit their question", () => {
    const sources = withChange((s) => {
      s.questions[0]!.text += [
        "- id: uji-k1",
        "  lesson: uji",
        "  section: bagian-pertama",
        "  type: categorization",
        "  difficulty: 2",
        "  tags: [konsep]",
        "  stem: Kelompokkan sistem sumber berikut menurut jenisnya.",
        "  categories: [Informal, Formal]",
        "  items:",
        "    - { text: Tetangga, category: Informal }",
        "    - { text: Koperasi, category: Formil }",
        "    - { text: Saudara, category: Informal }",
        "  explanation: Penjelasan uji yang cukup panjang agar lolos skema soal.",
        "- id: uji-k2",
        "  lesson: uji",
        "  section: bagian-pertama",
        "  type: matching",
        "  difficulty: 2",
        "  tags: [konsep]",
        "  stem: Jodohkan peran pekerja sosial dengan kegiatannya.",
        "  pairs:",
        "    - { left: Broker, right: Menghubungkan }",
        "    - { left: Mediator, right: Menengahi }",
        "    - { left: Advokat, right: Membela }",
        "  distractors: [Menengahi]",
        "  explanation: Penjelasan uji yang cukup panjang agar lolos skema soal.",
        "",
      ].join("\n");
    });
    const report = formatProblems(checkCourse(sources).problems);
    expect(report).toContain(
      'uji-k1 › items.1.category: kelompok "Formil" tidak ada di categories',
    );
    expect(report).toContain(
      "uji-k2 › distractors.0: sama dengan salah satu jawaban (right)",
    );
  });

  it("requires every difficulty level in each lesson and enough case-based questions", () => {
    const sources = withChange((s) => {
      s.questions[0]!.text = s.questions[0]!.text.replace(
        /difficulty: \d/g,
        "difficulty: 1",
      ).replace(/tags: \[kasus\]/g, "tags: [konsep]");
    });
    const report = formatProblems(checkCourse(sources).problems);
    expect(report).toContain(
      "soal pelajaran uji harus mencakup tingkat kesulitan 1, 2 dan 3",
    );
    expect(report).toMatch(/baru 0 dari 12 soal berbasis kasus/);
  });
});
