import { describe, expect, it } from "vitest";
import {
  GiftParseError,
  parseGift,
  toGift,
  type ParsedGiftQuestion,
} from "../../../src/lib/export/gift.ts";
import { checkCourse } from "../../../src/lib/content/check.ts";
import { readCourseSources } from "../../../src/integrations/content-check.ts";
import type { QuestionData } from "../../../src/lib/content/schemas.ts";
import { scoreResponse } from "../../../src/lib/quiz/check.ts";

const PREFIX = "Intervensi Pekerjaan Sosial";
const course = checkCourse(readCourseSources("content"));
const bank = course.questions;
const exported = toGift(bank, { categoryPrefix: PREFIX });
const parsed = parseGift(exported.text);
const byId = new Map(bank.map((q) => [q.id, q]));

/** Types GIFT cannot express. */
const INEXPRESSIBLE = ["ordering", "categorization"];
/** Moodle's grades for 1/k of the mark, k = 1..7, as GIFT weights. */
const MOODLE_SHARES = [100, 50, 33.33333, 25, 20, 16.66667, 14.28571];

const base = {
  lesson: "uji",
  section: "bagian-uji",
  difficulty: 1 as const,
  tags: [],
  stem: "Pertanyaan contoh untuk pengujian.",
  explanation: "Penjelasan contoh yang cukup panjang untuk lolos skema soal.",
  sources: [],
};

/** The lines of one question block of a GIFT text, from `::id::` to `}`. */
function block(text: string, id: string): string[] {
  const start = text.indexOf(`::${id}::`);
  if (start < 0) throw new Error(`no question ${id} in the export`);
  const end = text.indexOf("\n}", start);
  return text.slice(start, end + 2).split("\n");
}

/** Every subset of 0..n-1. */
function subsets(n: number): number[][] {
  return Array.from({ length: 2 ** n }, (_, mask) =>
    Array.from({ length: n }, (_, i) => i).filter((i) => mask & (1 << i)),
  );
}

/** A parsed question, after checking that it has the given type. */
function only<T extends ParsedGiftQuestion["type"]>(
  question: ParsedGiftQuestion | undefined,
  type: T,
): ParsedGiftQuestion & { type: T } {
  expect(question?.type).toBe(type);
  return question as ParsedGiftQuestion & { type: T };
}

describe("toGift", () => {
  it("starts from a valid real bank that has questions of every type", () => {
    expect(course.problems).toEqual([]);
    expect(new Set(bank.map((q) => q.type)).size).toBe(7);
  });

  it("skips exactly the ordering and categorization questions of the real bank", () => {
    const expected = bank
      .filter((q) => INEXPRESSIBLE.includes(q.type))
      .map((q) => q.id)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(exported.skipped.map((s) => s.id).sort()).toEqual(expected);
    for (const skipped of exported.skipped) {
      expect(INEXPRESSIBLE).toContain(skipped.type);
      expect(byId.get(skipped.id)?.type).toBe(skipped.type);
    }
  });

  it("gives each skipped question a reason in Indonesian and lists it in a comment line at the top", () => {
    const top = exported.text.slice(0, exported.text.indexOf("$CATEGORY:"));
    const comments = top.trimEnd().split("\n");
    comments.forEach((line) => expect(line).toMatch(/^\/\/ /));
    for (const { id, type, reason } of exported.skipped) {
      expect(reason).toMatch(
        type === "ordering"
          ? /^Soal urutan tidak dapat/
          : /^Soal kategorisasi tidak dapat/,
      );
      expect(comments.some((line) => line.includes(`${id} (${type})`))).toBe(
        true,
      );
    }
  });

  it("notes the lost distractors of every matching question that has them, and nothing else", () => {
    const withDistractors = bank.filter(
      (q) => q.type === "matching" && q.distractors.length > 0,
    );
    expect(withDistractors.length).toBeGreaterThan(0);
    expect(exported.notes.map((n) => n.id).sort()).toEqual(
      withDistractors.map((q) => q.id).sort(),
    );
    for (const note of exported.notes) {
      const question = byId.get(note.id);
      if (question?.type !== "matching") throw new Error(note.id);
      for (const distractor of question.distractors)
        expect(note.note).toContain(distractor);
    }
  });

  it("writes one $CATEGORY line per lesson, named by the prefix and the lesson slug", () => {
    const categories = exported.text
      .split("\n")
      .filter((line) => line.startsWith("$CATEGORY:"));
    const lessons = [
      ...new Set(
        bank
          .filter((q) => !INEXPRESSIBLE.includes(q.type))
          .map((q) => q.lesson),
      ),
    ].sort();
    expect(categories).toEqual(
      lessons.map((lesson) => `$CATEGORY: ${PREFIX}/${lesson}`),
    );
  });

  it("separates blocks by one blank line and keeps blank lines out of every question", () => {
    expect(exported.text.endsWith("}\n")).toBe(true);
    expect(exported.text).not.toMatch(/\n[ \t]*\n[ \t]*\n/);
    const blocks = exported.text.trimEnd().split("\n\n");
    const questions = blocks.filter((b) => b.startsWith("::"));
    expect(questions).toHaveLength(bank.length - exported.skipped.length);
    for (const b of blocks)
      expect(
        b.startsWith("// ") ||
          /^\$CATEGORY: [^\n]+$/.test(b) ||
          /^::[a-z0-9-]+::[^\n]+ \{\n(\t[^\n]*\n)+\}$/.test(b),
        b,
      ).toBe(true);
  });

  it("writes the same text whatever the order of the questions it is given", () => {
    const shuffled = [...bank]
      .reverse()
      .map((q, i) => ({ q, key: (i * 37) % bank.length }))
      .sort((a, b) => a.key - b.key)
      .map(({ q }) => q);
    expect(shuffled.map((q) => q.id)).not.toEqual(bank.map((q) => q.id));
    expect(toGift(shuffled, { categoryPrefix: PREFIX })).toEqual(exported);
  });

  it("puts a lesson's questions in natural id order, so -2 comes before -10", () => {
    const question = (id: string): QuestionData => ({
      ...base,
      id,
      type: "true-false",
      answer: true,
    });
    const { text } = toGift(
      [question("uji-10"), question("uji-2"), question("uji-1")],
      { categoryPrefix: "K" },
    );
    expect(text.match(/^::[^:]+::/gm)).toEqual([
      "::uji-1::",
      "::uji-2::",
      "::uji-10::",
    ]);
  });

  it("escapes ~ = # { } : and backslash in stems, options and feedback so they round-trip", () => {
    const stem = "Apa arti {a} = ~b # c: d \\ e?";
    const question: QuestionData = {
      ...base,
      id: "uji-escape",
      type: "single-choice",
      stem,
      options: [
        { text: "x = {y}", correct: true },
        { text: "~z #1", correct: false },
        { text: "a:b \\n", correct: false },
      ],
      explanation: "Penjelasan dengan #### dan } di tengah, cukup panjang.",
    };
    const { text } = toGift([question], { categoryPrefix: "K" });
    expect(block(text, "uji-escape")).toEqual([
      String.raw`::uji-escape::Apa arti \{a\} \= \~b \# c\: d \\ e? {`,
      String.raw`	=x \= \{y\}`,
      String.raw`	~\~z \#1`,
      String.raw`	~a\:b \\n`,
      String.raw`	####Penjelasan dengan \#\#\#\# dan \} di tengah, cukup panjang.`,
      "}",
    ]);
    const [back] = parseGift(text);
    expect(back).toEqual({
      id: "uji-escape",
      category: "K/uji",
      type: "single-choice",
      stem,
      answers: [
        { text: "x = {y}", weight: 100 },
        { text: "~z #1", weight: 0 },
        { text: "a:b \\n", weight: 0 },
      ],
      feedback: question.explanation,
    });
  });

  it("writes a line break inside a text as \\n, so the question stays one block", () => {
    const question: QuestionData = {
      ...base,
      id: "uji-baris",
      type: "true-false",
      stem: "Baris pertama.\n\nBaris ketiga.",
      answer: false,
    };
    const { text } = toGift([question], { categoryPrefix: "K" });
    expect(block(text, "uji-baris")[0]).toBe(
      String.raw`::uji-baris::Baris pertama.\n\nBaris ketiga. {`,
    );
    expect(parseGift(text)[0]?.stem).toBe(question.stem);
  });

  it.each([
    [1, "100"],
    [2, "50"],
    [3, "33.33333"],
    [4, "25"],
    [5, "20"],
    [6, "16.66667"],
  ])(
    "weights each of %i correct options +%s and each wrong option minus as much",
    (k, weight) => {
      const question: QuestionData = {
        ...base,
        id: "uji-jamak",
        type: "multiple-response",
        options: [
          { text: "Salah satu", correct: false },
          ...Array.from({ length: k }, (_, i) => ({
            text: `Benar ${i + 1}`,
            correct: true,
          })),
          ...(k < 6 ? [{ text: "Salah dua", correct: false }] : []),
        ],
      };
      const lines = block(
        toGift([question], { categoryPrefix: "K" }).text,
        "uji-jamak",
      );
      expect(lines.slice(1, -2)).toEqual([
        `\t~%-${weight}%Salah satu`,
        ...Array.from({ length: k }, (_, i) => `\t~%${weight}%Benar ${i + 1}`),
        ...(k < 6 ? [`\t~%-${weight}%Salah dua`] : []),
      ]);
    },
  );

  it("gives every multiple-response answer of the real bank the score the site gives it, under Moodle's sum-and-floor grading", () => {
    const questions = bank.filter((q) => q.type === "multiple-response");
    expect(questions.length).toBeGreaterThan(0);
    for (const question of questions) {
      const back = only(
        parsed.find((p) => p.id === question.id),
        "multiple-response",
      );
      for (const choices of subsets(question.options.length)) {
        const sum = choices.reduce(
          (total, i) => total + (back.answers[i]?.weight ?? NaN),
          0,
        );
        const moodle = Math.min(1, Math.max(0, sum / 100));
        const site = scoreResponse(question, {
          type: "multiple-response",
          choices,
        }).score;
        expect(moodle, `${question.id} ${choices.join(",")}`).toBeCloseTo(
          site,
          5,
        );
      }
    }
  });

  it("writes a wrong option or accepted answer that starts like a weight with an explicit weight", () => {
    const single: QuestionData = {
      ...base,
      id: "uji-persen",
      type: "single-choice",
      options: [
        { text: "Semua", correct: true },
        { text: "%50% kasus", correct: false },
        { text: "Tidak ada", correct: false },
      ],
    };
    const short: QuestionData = {
      ...base,
      id: "uji-persen-isian",
      type: "short-answer",
      answers: ["%10% saja", "sepuluh persen"],
    };
    const { text } = toGift([single, short], { categoryPrefix: "K" });
    expect(block(text, "uji-persen")[2]).toBe("\t~%0%%50% kasus");
    expect(block(text, "uji-persen-isian")[1]).toBe("\t=%100%%10% saja");
    const [choice, isian] = parseGift(text);
    expect(only(choice, "single-choice").answers[1]).toEqual({
      text: "%50% kasus",
      weight: 0,
    });
    expect(only(isian, "short-answer").accepted).toEqual(short.answers);
  });

  it("skips a matching question whose premise holds -> and a short-answer question whose answer does", () => {
    const matching: QuestionData = {
      ...base,
      id: "uji-panah",
      type: "matching",
      pairs: [
        { left: "A -> B", right: "satu" },
        { left: "C", right: "dua" },
        { left: "D", right: "tiga" },
      ],
      distractors: [],
    };
    const short: QuestionData = {
      ...base,
      id: "uji-panah-isian",
      type: "short-answer",
      answers: ["x -> y"],
    };
    const result = toGift([matching, short], { categoryPrefix: "K" });
    expect(result.skipped.map((s) => s.id)).toEqual([
      "uji-panah",
      "uji-panah-isian",
    ]);
    expect(result.text).not.toContain("$CATEGORY:");
  });

  it("keeps a -> in the response of a matching pair", () => {
    const matching: QuestionData = {
      ...base,
      id: "uji-jodoh",
      type: "matching",
      pairs: [
        { left: "Broker", right: "kelayan -> sistem sumber" },
        { left: "Mediator", right: "menengahi" },
        { left: "Advokat", right: "membela" },
      ],
      distractors: [],
    };
    const result = toGift([matching], { categoryPrefix: "K" });
    expect(result.skipped).toEqual([]);
    expect(only(parseGift(result.text)[0], "matching").pairs).toEqual(
      matching.pairs,
    );
  });

  it("rejects a category prefix that is blank or spans lines", () => {
    expect(() => toGift(bank, { categoryPrefix: " " })).toThrow(RangeError);
    expect(() => toGift(bank, { categoryPrefix: "A\nB" })).toThrow(RangeError);
  });
});

describe("parseGift", () => {
  it("reads back every exported question of the real bank exactly as the bank has it", () => {
    expect(parsed.map((q) => q.id)).toEqual(
      bank
        .filter((q) => !INEXPRESSIBLE.includes(q.type))
        .map((q) => q.id)
        .sort((a, b) => a.localeCompare(b, "en", { numeric: true })),
    );
    const seen = new Map<string, number>();
    for (const back of parsed) {
      const question = byId.get(back.id);
      if (!question) throw new Error(`${back.id} is not in the bank`);
      seen.set(back.type, (seen.get(back.type) ?? 0) + 1);
      expect(back.type).toBe(question.type);
      expect(back.category).toBe(`${PREFIX}/${question.lesson}`);
      expect(back.stem).toBe(question.stem);
      expect(back.feedback).toBe(question.explanation);
      switch (question.type) {
        case "single-choice":
          expect(only(back, "single-choice").answers).toEqual(
            question.options.map((o) => ({
              text: o.text,
              weight: o.correct ? 100 : 0,
            })),
          );
          break;
        case "multiple-response": {
          const answers = only(back, "multiple-response").answers;
          const k = question.options.filter((o) => o.correct).length;
          expect(answers.map((a) => a.text)).toEqual(
            question.options.map((o) => o.text),
          );
          answers.forEach((answer, i) => {
            const correct = question.options[i]?.correct;
            expect(Math.sign(answer.weight)).toBe(correct ? 1 : -1);
            expect(MOODLE_SHARES).toContain(Math.abs(answer.weight));
            expect(Math.abs(answer.weight)).toBeCloseTo(100 / k, 4);
          });
          const right = answers.filter((a) => a.weight > 0);
          expect(right).toHaveLength(k);
          expect(right.reduce((sum, a) => sum + a.weight, 0)).toBeCloseTo(
            100,
            3,
          );
          break;
        }
        case "true-false":
          expect(only(back, "true-false").answer).toBe(question.answer);
          break;
        case "matching":
          expect(only(back, "matching").pairs).toEqual(question.pairs);
          break;
        case "short-answer":
          expect(only(back, "short-answer").accepted).toEqual(question.answers);
          break;
        default:
          throw new Error(`${question.id} (${question.type}) was exported`);
      }
    }
    expect(Object.fromEntries(seen)).toEqual({
      "single-choice": bank.filter((q) => q.type === "single-choice").length,
      "multiple-response": bank.filter((q) => q.type === "multiple-response")
        .length,
      "true-false": bank.filter((q) => q.type === "true-false").length,
      matching: bank.filter((q) => q.type === "matching").length,
      "short-answer": bank.filter((q) => q.type === "short-answer").length,
    });
  });

  it("reads comments, categories, one-line answer blocks, weights and escapes of a hand-written file", () => {
    const text = [
      "// Berkas contoh yang ditulis tangan, bukan keluaran toGift.",
      "",
      "$CATEGORY: Kursus/Uji",
      "",
      String.raw`::pilih::Rasio 1\:2 berarti apa? {~dua banding satu =satu banding dua ~sama besar ####Tanda \: memisahkan dua bilangan.}`,
      "",
      "::benar::Matahari terbit di timur.{TRUE}",
      "",
      "::ganda::Pilih dua.{",
      "~%50%A",
      String.raw`~%50%B \{b\}`,
      "~%-100%C",
      "}",
      "",
      "// komentar di antara soal",
      String.raw`::jodoh::Jodohkan.{=a -> b =c \= d -> e -> f}`,
      "",
      "",
      "$CATEGORY: Kursus/Lain",
      "",
      String.raw`::isian::Ibu kota? {=Jakarta =%100%DKI Jakarta ####Baris satu\nbaris dua \\n}`,
      "",
    ].join("\r\n");
    expect(parseGift(text)).toEqual([
      {
        id: "pilih",
        category: "Kursus/Uji",
        type: "single-choice",
        stem: "Rasio 1:2 berarti apa?",
        answers: [
          { text: "dua banding satu", weight: 0 },
          { text: "satu banding dua", weight: 100 },
          { text: "sama besar", weight: 0 },
        ],
        feedback: "Tanda : memisahkan dua bilangan.",
      },
      {
        id: "benar",
        category: "Kursus/Uji",
        type: "true-false",
        stem: "Matahari terbit di timur.",
        answer: true,
        feedback: "",
      },
      {
        id: "ganda",
        category: "Kursus/Uji",
        type: "multiple-response",
        stem: "Pilih dua.",
        answers: [
          { text: "A", weight: 50 },
          { text: "B {b}", weight: 50 },
          { text: "C", weight: -100 },
        ],
        feedback: "",
      },
      {
        id: "jodoh",
        category: "Kursus/Uji",
        type: "matching",
        stem: "Jodohkan.",
        pairs: [
          { left: "a", right: "b" },
          { left: "c = d", right: "e -> f" },
        ],
        feedback: "",
      },
      {
        id: "isian",
        category: "Kursus/Lain",
        type: "short-answer",
        stem: "Ibu kota?",
        accepted: ["Jakarta", "DKI Jakarta"],
        feedback: "Baris satu\nbaris dua \\n",
      },
    ]);
  });

  it("reads {F} as a false statement", () => {
    expect(only(parseGift("::f::Bumi datar.{F}")[0], "true-false").answer).toBe(
      false,
    );
  });

  it.each([
    ["a question without a title", "Tanpa judul {=a ~b}"],
    ["the missing-word format", "::x::Sebuah {=kata ~salah} hilang."],
    ["per-answer feedback", "::x::Umpan balik {=a #bagus ~b}"],
    ["a partial-credit short answer", "::x::Nilai sebagian {=%50%a =b}"],
    ["a question without an answer block", "::x::Hanya deskripsi."],
    ["an unknown answer block", "::x::Angka {#3:1}"],
  ])("rejects %s", (_, text) => {
    expect(() => parseGift(text)).toThrow(GiftParseError);
  });

  it("names the line of the question it rejects", () => {
    expect(() => parseGift("// satu\n\n$CATEGORY: K\n\n::x::Tanpa{=a")).toThrow(
      /line 5/,
    );
  });
});
