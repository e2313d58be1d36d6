/**
 * The question bank as Moodle GIFT, so lecturers can import it into a campus
 * LMS, and a parser for the subset of GIFT that the export writes (tests use it
 * to compare an export with the bank). Pure: no DOM, no Node APIs, no stores.
 *
 * Syntax rules are those of the Moodle documentation, "GIFT format"
 * (https://docs.moodle.org/en/GIFT_format), checked against Moodle's importer
 * (`question/format/gift/format.php`, `qformat_gift::readquestion`):
 *
 * - Questions are separated by at least one blank line and hold no blank line;
 *   a line break inside a text is written `\n`.
 * - A line starting with `//` is a comment.
 * - `$CATEGORY: a/b` switches the category of the questions that follow; it is
 *   a block of its own (the importer reads the whole block as the path) and is
 *   not unescaped by Moodle, so it is written verbatim.
 * - `::title::` names a question; the stem follows; the answer block `{...}`
 *   ends the question.
 * - Multiple choice: `=` marks the right answer, `~` a wrong one; `~%w%` gives
 *   an answer a weight in percent (Moodle matches it to its grade list: 100,
 *   50, 33.33333, 25, 20, 16.66667, 14.28571, 12.5, 11.11111, 10, and their
 *   negatives). With no `=`, Moodle makes a multiple-answer question.
 * - True-false: `{T}` or `{F}` (also `{TRUE}`, `{FALSE}`).
 * - Matching: `{=premise -> response ...}`; at least three pairs, no
 *   feedback, no weights. The first `->` of an entry splits it.
 * - Short answer: `{=accepted =also accepted}`; Moodle ignores case only.
 * - `####text` is the general feedback, last in the answer block.
 * - A backslash escapes `~ = # { } :` and itself; `\n` is a line break.
 *   `%` and `->` cannot be escaped.
 */
import type { QuestionData } from "../content/schemas.ts";

/** Options of {@link toGift}. */
export interface GiftOptions {
  /**
   * Category path above the lessons, written verbatim: questions of lesson
   * `pengantar` go to `<categoryPrefix>/pengantar`. A `/` nests categories.
   */
  categoryPrefix: string;
}

/** A question left out of the export, with the reason in Indonesian (lecturers read it). */
export interface GiftSkipped {
  id: string;
  type: QuestionData["type"];
  reason: string;
}

/** A question exported with some loss (e.g. matching distractors), explained in Indonesian. */
export interface GiftNote {
  id: string;
  type: QuestionData["type"];
  note: string;
}

/** The result of {@link toGift}. */
export interface GiftExport {
  /** The GIFT file: comment lines, then per lesson a `$CATEGORY:` line and its questions. Ends with a line break. */
  text: string;
  /** Questions that could not be expressed in GIFT at all, in output order. */
  skipped: GiftSkipped[];
  /** Exported questions that lost something on the way, in output order. */
  notes: GiftNote[];
}

/** One weighted answer of a parsed multiple-choice question. */
export interface GiftWeightedAnswer {
  text: string;
  /** Percent: 100 for `=`, 0 for a plain `~`, else the `~%w%` weight (may be negative). */
  weight: number;
}

/** A question read back by {@link parseGift}: plain data, texts unescaped. */
export type ParsedGiftQuestion = {
  /** The `::title::`, which {@link toGift} sets to the question id. */
  id: string;
  /** Path of the last `$CATEGORY:` before the question, or null when there is none. */
  category: string | null;
  /** Question text before the answer block. */
  stem: string;
  /** General feedback (`####...`), "" when there is none. */
  feedback: string;
} & (
  | {
      /** `single-choice` when one answer is marked `=`, else `multiple-response` (Moodle's rule). */
      type: "single-choice" | "multiple-response";
      answers: GiftWeightedAnswer[];
    }
  | { type: "true-false"; answer: boolean }
  | { type: "matching"; pairs: { left: string; right: string }[] }
  | { type: "short-answer"; accepted: string[] }
);

/** Thrown by {@link parseGift} for text outside the subset that {@link toGift} writes; names the line. */
export class GiftParseError extends Error {
  override name = "GiftParseError";
}

/**
 * Moodle's grade for 1/k of the mark, k = 1..10, as written in GIFT weights.
 * Multiple-response questions have at most 6 correct options (schema: 3..7
 * options, at least one wrong).
 */
const SHARE_WEIGHTS = [
  "100",
  "50",
  "33.33333",
  "25",
  "20",
  "16.66667",
  "14.28571",
  "12.5",
  "11.11111",
  "10",
];

/** What Moodle's importer reads as a leading answer weight (`%50%`, `%-33.3%`). */
const WEIGHT_LOOKALIKE = /^%-*\d{1,2}\.?\d*%/;

const SPECIAL = /[\\~=#{}:\n]/g;

/** Escape one text for GIFT: backslash before `\ ~ = # { } :`, line breaks as `\n`. */
function escape(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(SPECIAL, (ch) => (ch === "\n" ? "\\n" : `\\${ch}`));
}

/** One line of a `//` comment: whitespace (line breaks included) collapsed. */
function commentLine(text: string): string {
  return `// ${text.replace(/\s+/g, " ").trim()}`;
}

/** Natural order of ids: `x-2` before `x-10`; ties broken by plain code-point order. */
function naturalCompare(a: string, b: string): number {
  const pa = a.match(/\d+|\D+/g) ?? [];
  const pb = b.match(/\d+|\D+/g) ?? [];
  for (let i = 0; i < Math.min(pa.length, pb.length); i += 1) {
    const x = pa[i] as string;
    const y = pb[i] as string;
    if (x === y) continue;
    if (/^\d/.test(x) && /^\d/.test(y)) {
      const diff = Number(x) - Number(y);
      if (diff !== 0) return diff;
    } else return x < y ? -1 : 1;
  }
  if (pa.length !== pb.length) return pa.length - pb.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Why a question cannot be written as GIFT at all, or null when it can. */
function unexportable(question: QuestionData): string | null {
  switch (question.type) {
    case "ordering":
      return "Soal urutan tidak dapat dinyatakan dalam format GIFT; buat ulang secara manual di LMS.";
    case "categorization":
      return "Soal kategorisasi tidak dapat dinyatakan dalam format GIFT; buat ulang secara manual di LMS.";
    case "matching": {
      const arrow = question.pairs.find((pair) => pair.left.includes("->"));
      return arrow
        ? `Premis "${arrow.left}" memuat "->", yang dalam GIFT memisahkan premis dari pasangannya.`
        : null;
    }
    case "short-answer": {
      const arrow = question.answers.find((answer) => answer.includes("->"));
      return arrow
        ? `Jawaban "${arrow}" memuat "->", sehingga Moodle akan membaca soal ini sebagai soal menjodohkan.`
        : null;
    }
    case "multiple-response": {
      const k = question.options.filter((option) => option.correct).length;
      return SHARE_WEIGHTS[k - 1] === undefined
        ? `Moodle tidak punya bobot nilai 1/${k} untuk ${k} pilihan benar.`
        : null;
    }
    default:
      return null;
  }
}

/** What an exported question loses, in Indonesian, or null. */
function lossNote(question: QuestionData): string | null {
  if (question.type === "matching" && question.distractors.length > 0) {
    const list = question.distractors.map((d) => `"${d}"`).join(", ");
    return `${question.distractors.length} pengecoh (${list}) tidak ikut diekspor: soal menjodohkan GIFT tidak punya jawaban tanpa pasangan.`;
  }
  if (
    question.type === "short-answer" &&
    question.answers.some((answer) => answer.includes("*"))
  )
    return 'Tanda "*" dalam jawaban isian singkat dibaca Moodle sebagai wildcard.';
  return null;
}

/** Entries of the answer block, one per line, without the general feedback. */
function answerEntries(question: QuestionData): string[] {
  switch (question.type) {
    case "single-choice":
      return question.options.map((option) => {
        if (option.correct) return `=${escape(option.text)}`;
        // A wrong option that starts like a weight gets an explicit 0 weight.
        const prefix = WEIGHT_LOOKALIKE.test(option.text.trim()) ? "%0%" : "";
        return `~${prefix}${escape(option.text)}`;
      });
    case "multiple-response": {
      const k = question.options.filter((option) => option.correct).length;
      const weight = SHARE_WEIGHTS[k - 1] as string;
      return question.options.map(
        (option) =>
          `~%${option.correct ? "" : "-"}${weight}%${escape(option.text)}`,
      );
    }
    case "true-false":
      return [question.answer ? "T" : "F"];
    case "matching":
      return question.pairs.map(
        (pair) => `=${escape(pair.left)} -> ${escape(pair.right)}`,
      );
    case "short-answer":
      return question.answers.map((answer) => {
        const prefix = WEIGHT_LOOKALIKE.test(answer.trim()) ? "%100%" : "";
        return `=${prefix}${escape(answer)}`;
      });
    default:
      return [];
  }
}

/** One question: title and stem, then the answer block, one entry per line. */
function questionBlock(question: QuestionData): string {
  return [
    `::${escape(question.id)}::${escape(question.stem)} {`,
    ...answerEntries(question).map((entry) => `\t${entry}`),
    `\t####${escape(question.explanation)}`,
    "}",
  ].join("\n");
}

/**
 * Write questions as a Moodle GIFT file (syntax: https://docs.moodle.org/en/GIFT_format).
 *
 * Output, deterministic whatever the input order: `//` comment lines (what was
 * exported, each skipped question with its reason, each note and, when short
 * answers are exported, how Moodle compares them); then, per
 * lesson in natural slug order, `$CATEGORY: <categoryPrefix>/<lesson>` and the
 * lesson's questions in natural id order (`x-2` before `x-10`); blocks
 * separated by one blank line. Each question is `::<id>::<stem> {`, one answer
 * entry per line, `####<explanation>` and `}`:
 *
 * - single-choice: `=right` and `~wrong` in content order;
 * - multiple-response: `~%w%` for each correct option and `~%-w%` for each
 *   wrong one, w = 100/k for k correct options, as Moodle writes it (33.33333):
 *   Moodle adds the weights of the picks and floors at 0, which is the site's
 *   "right minus wrong" score;
 * - true-false: `T` or `F`;
 * - matching: `=left -> right`; distractors are lost (recorded in `notes`);
 * - short-answer: `=variant` for every accepted variant.
 *
 * Ordering and categorization questions (and the rare question that would be
 * misread, e.g. a matching premise containing `->`) are left out and listed in
 * `skipped` with a reason in Indonesian. Texts are escaped; line breaks become
 * `\n`; surrounding whitespace of a text is not preserved (Moodle trims it).
 *
 * @returns the file text, the skipped questions and the notes, in output order.
 * @throws RangeError when `categoryPrefix` is blank or holds a line break.
 */
export function toGift(
  questions: QuestionData[],
  options: GiftOptions,
): GiftExport {
  const prefix = options.categoryPrefix.trim();
  if (prefix === "" || /[\r\n]/.test(prefix))
    throw new RangeError(
      "categoryPrefix must be one non-blank line of text, e.g. 'Kursus/Bank soal'",
    );

  const byLesson = new Map<string, QuestionData[]>();
  for (const question of questions) {
    const list = byLesson.get(question.lesson) ?? [];
    list.push(question);
    byLesson.set(question.lesson, list);
  }

  const skipped: GiftSkipped[] = [];
  const notes: GiftNote[] = [];
  const sections: string[] = [];
  let exported = 0;
  let shortAnswers = 0;
  for (const lesson of [...byLesson.keys()].sort(naturalCompare)) {
    const blocks: string[] = [];
    const list = [...(byLesson.get(lesson) as QuestionData[])].sort((a, b) =>
      naturalCompare(a.id, b.id),
    );
    for (const question of list) {
      const reason = unexportable(question);
      if (reason !== null) {
        skipped.push({ id: question.id, type: question.type, reason });
        continue;
      }
      const note = lossNote(question);
      if (note !== null)
        notes.push({ id: question.id, type: question.type, note });
      if (question.type === "short-answer") shortAnswers += 1;
      blocks.push(questionBlock(question));
    }
    if (blocks.length === 0) continue;
    exported += blocks.length;
    sections.push(`$CATEGORY: ${prefix}/${lesson}`, ...blocks);
  }

  const header = [
    commentLine(
      `Bank soal "${prefix}" dalam format GIFT Moodle (https://docs.moodle.org/en/GIFT_format).`,
    ),
    commentLine(
      `Diekspor: ${exported} soal. Tidak diekspor: ${skipped.length} soal.`,
    ),
    ...skipped.map((s) =>
      commentLine(`Tidak diekspor: ${s.id} (${s.type}): ${s.reason}`),
    ),
    ...notes.map((n) => commentLine(`Catatan: ${n.id} (${n.type}): ${n.note}`)),
  ];
  if (shortAnswers > 0)
    header.push(
      commentLine(
        "Isian singkat: situs mengabaikan tanda baca dan diakritik saat mencocokkan jawaban, Moodle tidak; tambahkan varian jawaban di Moodle bila perlu.",
      ),
    );

  return {
    text: [header.join("\n"), ...sections].join("\n\n") + "\n",
    skipped,
    notes,
  };
}

/** Index of the first `needle` at or after `from` that is not escaped, or -1. */
function findUnescaped(raw: string, needle: string, from = 0): number {
  for (let i = from; i < raw.length; i += 1) {
    if (raw[i] === "\\") {
      i += 1;
      continue;
    }
    if (raw.startsWith(needle, i)) return i;
  }
  return -1;
}

/** Undo GIFT escapes as Moodle does: `\\` is a backslash, `\n` a line break, `\X` for X in `~=#{}:` is X; any other backslash stays. */
function unescape(raw: string): string {
  let text = "";
  for (let i = 0; i < raw.length; i += 1) {
    const ch = raw[i] as string;
    const next = raw[i + 1];
    if (ch === "\\" && next !== undefined) {
      if ("\\~=#{}:".includes(next)) text += next;
      else if (next === "n") text += "\n";
      else text += ch + next;
      i += 1;
    } else text += ch;
  }
  return text;
}

/** Split an answer block at unescaped `=` and `~`: the text before the first marker, then each entry. */
function splitEntries(raw: string): {
  lead: string;
  entries: { marker: "=" | "~"; raw: string }[];
} {
  const entries: { marker: "=" | "~"; raw: string }[] = [];
  let lead = "";
  let current: { marker: "=" | "~"; raw: string } | null = null;
  for (let i = 0; i < raw.length; i += 1) {
    const ch = raw[i] as string;
    if (ch === "\\" && i + 1 < raw.length) {
      const pair = ch + raw[i + 1];
      if (current) current.raw += pair;
      else lead += pair;
      i += 1;
    } else if (ch === "=" || ch === "~") {
      current = { marker: ch, raw: "" };
      entries.push(current);
    } else if (current) current.raw += ch;
    else lead += ch;
  }
  return { lead, entries };
}

const LEADING_WEIGHT = /^%(-?\d+(?:\.\d+)?)%/;

/**
 * Read a GIFT file of the subset {@link toGift} writes (syntax:
 * https://docs.moodle.org/en/GIFT_format): `//` comments, `$CATEGORY:`
 * lines, `::title::` names, multiple choice (`=`, `~`, `~%w%` weights),
 * true-false (`T`, `TRUE`, `F`, `FALSE`), matching (`=a -> b`), short answer
 * (`=a =b`, optional `%100%`), general feedback (`####`) and backslash escapes.
 * Types are told apart as Moodle does: any `~` makes multiple choice (single
 * when one entry is `=`), `=` with `->` makes matching, a lone T/F makes
 * true-false, anything else with `=` is short answer. Texts are unescaped and
 * trimmed, as Moodle stores them.
 *
 * @returns one plain object per question, in file order.
 * @throws GiftParseError, naming the line, for a question without a title or
 *   answer block, text after the answer block (missing-word format),
 *   per-answer feedback, partial-credit short answers, or an unknown answer block.
 */
export function parseGift(text: string): ParsedGiftQuestion[] {
  // Blocks of non-blank lines; Moodle drops comment lines inside a block.
  const blocks: { line: number; rows: string[] }[] = [];
  let open = false;
  text.split(/\r\n?|\n/).forEach((row, index) => {
    if (row.trim() === "") {
      open = false;
      return;
    }
    if (!open) blocks.push({ line: index + 1, rows: [] });
    open = true;
    if (!row.trim().startsWith("//")) blocks[blocks.length - 1]?.rows.push(row);
  });

  const questions: ParsedGiftQuestion[] = [];
  let category: string | null = null;
  for (const block of blocks) {
    const body = block.rows.join("\n").trim();
    if (body === "") continue;
    const fail = (message: string): never => {
      throw new GiftParseError(`line ${block.line}: ${message}`);
    };
    if (body.startsWith("$CATEGORY:")) {
      category = body.slice("$CATEGORY:".length).trim();
      continue;
    }
    if (!body.startsWith("::")) fail("a question must start with ::title::");
    const titleEnd = findUnescaped(body, "::", 2);
    if (titleEnd < 0) fail("the ::title:: is not closed");
    const id = unescape(body.slice(2, titleEnd)).trim();
    const rest = body.slice(titleEnd + 2);
    const start = findUnescaped(rest, "{");
    const close = start < 0 ? -1 : findUnescaped(rest, "}", start + 1);
    if (start < 0 || close < 0) fail(`question ${id} has no {answer block}`);
    if (rest.slice(close + 1).trim() !== "")
      fail(`question ${id} has text after its answer block`);
    const stem = unescape(rest.slice(0, start)).trim();
    let answers = rest.slice(start + 1, close);

    let feedback = "";
    let separator = -1;
    for (
      let at = findUnescaped(answers, "####");
      at >= 0;
      at = findUnescaped(answers, "####", at + 1)
    )
      separator = at;
    if (separator >= 0) {
      feedback = unescape(answers.slice(separator + 4)).trim();
      answers = answers.slice(0, separator);
    }
    const base = { id, category, stem, feedback };

    const { lead, entries } = splitEntries(answers);
    if (entries.length === 0) {
      const judgement = lead.trim();
      if (judgement === "T" || judgement === "TRUE")
        questions.push({ ...base, type: "true-false", answer: true });
      else if (judgement === "F" || judgement === "FALSE")
        questions.push({ ...base, type: "true-false", answer: false });
      else fail(`question ${id} has an answer block this parser does not read`);
      continue;
    }
    if (lead.trim() !== "")
      fail(`question ${id} has text before its first answer`);
    for (const entry of entries)
      if (findUnescaped(entry.raw, "#") >= 0)
        fail(
          `question ${id} has per-answer feedback, which toGift never writes`,
        );

    if (entries.some((entry) => entry.marker === "~")) {
      const single = entries.some((entry) => entry.marker === "=");
      questions.push({
        ...base,
        type: single ? "single-choice" : "multiple-response",
        answers: entries.map((entry) => {
          const raw = entry.raw.trim();
          if (entry.marker === "=")
            return { text: unescape(raw).trim(), weight: 100 };
          const weight = LEADING_WEIGHT.exec(raw);
          return weight
            ? {
                text: unescape(raw.slice(weight[0].length)).trim(),
                weight: Number(weight[1]),
              }
            : { text: unescape(raw).trim(), weight: 0 };
        }),
      });
    } else if (entries.some((entry) => entry.raw.includes("->"))) {
      questions.push({
        ...base,
        type: "matching",
        pairs: entries.map((entry) => {
          const arrow = entry.raw.indexOf("->");
          if (arrow < 0) fail(`question ${id} has a matching entry without ->`);
          return {
            left: unescape(entry.raw.slice(0, arrow)).trim(),
            right: unescape(entry.raw.slice(arrow + 2)).trim(),
          };
        }),
      });
    } else {
      questions.push({
        ...base,
        type: "short-answer",
        accepted: entries.map((entry) => {
          const raw = entry.raw.trim();
          const weight = LEADING_WEIGHT.exec(raw);
          if (weight && Number(weight[1]) !== 100)
            fail(`question ${id} has a partial-credit short answer`);
          return unescape(weight ? raw.slice(weight[0].length) : raw).trim();
        }),
      });
    }
  }
  return questions;
}
