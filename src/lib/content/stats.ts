/**
 * Figures about the question bank, for `npm run content:stats` and the
 * content check: questions by lesson, type and difficulty, the case-based
 * share, and where single-choice keys sit.
 */
import type { QuestionData } from "./schemas.ts";

/** Counts of the bank. */
export interface BankStats {
  total: number;
  byLesson: Record<string, number>;
  byType: Record<string, number>;
  byDifficulty: Record<string, number>;
  /** Questions tagged `kasus`. */
  caseBased: number;
  /** Single-choice questions by the 1-based position of their correct option in the file. */
  keyPositions: Record<string, number>;
}

function count(values: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const value of values) out[value] = (out[value] ?? 0) + 1;
  return out;
}

/** Compute the bank's figures. */
export function bankStats(questions: readonly QuestionData[]): BankStats {
  const singles = questions.flatMap((q) =>
    q.type === "single-choice" ? [q] : [],
  );
  return {
    total: questions.length,
    byLesson: count(questions.map((q) => q.lesson)),
    byType: count(questions.map((q) => q.type)),
    byDifficulty: count(questions.map((q) => String(q.difficulty))),
    caseBased: questions.filter((q) => q.tags.includes("kasus")).length,
    keyPositions: count(
      singles.map((q) => String(q.options.findIndex((o) => o.correct) + 1)),
    ),
  };
}

/** Words of a stem for comparison: lower-case letters and digits, 3+ characters. */
function stemWords(stem: string): Set<string> {
  return new Set(
    stem
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[^\p{L}\p{N}\s]/gu, " ")
      .split(/\s+/)
      .filter((w) => w.length >= 3),
  );
}

/**
 * Pairs of questions whose stems share at least `threshold` of their words
 * (Jaccard similarity of word sets, 0..1) and whose answers look alike too,
 * i.e. the same type. Used to catch a question written twice.
 */
export function nearDuplicateStems(
  questions: readonly QuestionData[],
  threshold = 0.8,
): [QuestionData, QuestionData, number][] {
  const words = questions.map((q) => stemWords(q.stem));
  const pairs: [QuestionData, QuestionData, number][] = [];
  for (let i = 0; i < questions.length; i += 1)
    for (let j = i + 1; j < questions.length; j += 1) {
      const a = words[i] as Set<string>;
      const b = words[j] as Set<string>;
      if (a.size === 0 || b.size === 0) continue;
      let shared = 0;
      for (const w of a) if (b.has(w)) shared += 1;
      const similarity = shared / (a.size + b.size - shared);
      if (similarity >= threshold && questions[i]?.type === questions[j]?.type)
        pairs.push([
          questions[i] as QuestionData,
          questions[j] as QuestionData,
          similarity,
        ]);
    }
  return pairs;
}
