import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  curlyQuotes,
  typesetDeep,
  typesetQuestion,
} from "../../../src/lib/content/typography.ts";
import type { QuestionData } from "../../../src/lib/content/schemas.ts";

describe("curlyQuotes", () => {
  it("opens at the start, after a space, a bracket or a dash, and closes elsewhere", () => {
    expect(curlyQuotes('"Teori krisis" yang disebut')).toBe(
      "\u201cTeori krisis\u201d yang disebut",
    );
    expect(curlyQuotes('A menjawab, "Saya tidak punya siapa-siapa."')).toBe(
      "A menjawab, \u201cSaya tidak punya siapa-siapa.\u201d",
    );
    expect(curlyQuotes('(lihat "asesmen")')).toBe(
      "(lihat \u201casesmen\u201d)",
    );
    expect(curlyQuotes('kata\u2014"simpati"')).toBe(
      "kata\u2014\u201csimpati\u201d",
    );
  });

  it("changes only straight double quotes, and leaves no straight one", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const out = curlyQuotes(text);
        expect(out).toHaveLength(text.length);
        expect(out).not.toContain('"');
        expect(out.replace(/[\u201c\u201d]/g, '"')).toBe(
          text.replace(/[\u201c\u201d]/g, '"'),
        );
      }),
    );
  });
});

describe("typesetQuestion", () => {
  const base = {
    id: "x-01",
    lesson: "x",
    section: "s",
    difficulty: 1 as const,
    tags: [],
    sources: [],
    stem: 'Apa arti "kelayan"?',
    explanation: 'Kata "kelayan" berarti orang yang dilayani.',
  };

  it("typesets a categorization's groups and each item's group alike, so they still match", () => {
    const q = typesetQuestion({
      ...base,
      type: "categorization",
      categories: ['"formal"', "informal"],
      items: [
        { text: 'dinas "sosial"', category: '"formal"' },
        { text: "tetangga", category: "informal" },
      ],
    } as QuestionData);
    if (q.type !== "categorization") throw new Error("type");
    expect(q.stem).toBe("Apa arti \u201ckelayan\u201d?");
    expect(q.items[0]!.text).toBe("dinas \u201csosial\u201d");
    for (const item of q.items) expect(q.categories).toContain(item.category);
  });

  it("leaves accepted short answers and the argument untouched", () => {
    const input = {
      ...base,
      type: "short-answer",
      answers: ['"rujukan"'],
    } as QuestionData;
    const q = typesetQuestion(input);
    if (q.type !== "short-answer") throw new Error("type");
    expect(q.answers).toEqual(['"rujukan"']);
    expect(q.explanation).toBe(
      "Kata \u201ckelayan\u201d berarti orang yang dilayani.",
    );
    expect(input.stem).toBe('Apa arti "kelayan"?');
  });
});

describe("typesetDeep", () => {
  it("typesets every string in nested data and keeps the rest", () => {
    const input = {
      id: "kasus-a",
      nodes: [{ text: 'Ia berkata, "Saya jatuh."', ending: true, score: 2 }],
      none: null,
    };
    expect(typesetDeep(input)).toEqual({
      id: "kasus-a",
      nodes: [
        { text: "Ia berkata, \u201cSaya jatuh.\u201d", ending: true, score: 2 },
      ],
      none: null,
    });
    expect(input.nodes[0]!.text).toBe('Ia berkata, "Saya jatuh."');
  });
});
