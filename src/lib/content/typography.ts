/**
 * Typography for text written in the content files with the keyboard's
 * straight double quote ("…"): shown to learners with the typographic quotes
 * that the lessons get from the Markdown processor (“…”), as EYD's examples
 * print them. Pure.
 */
import type { QuestionData } from "./schemas.ts";

/** Characters after which a straight quote opens a quotation. */
const OPENS_AFTER = /[\s([{\u2014\u2013/-]/;

/**
 * Replace every straight double quote with an opening (“) or closing (”)
 * quote: opening at the start of the text or after a space, an opening
 * bracket, a dash or a slash; closing anywhere else. Other characters are
 * left as they are (single quotes too: in Indonesian they are rare and
 * usually apostrophes).
 * @param text any text.
 * @returns the text, with curly double quotes.
 */
export function curlyQuotes(text: string): string {
  return text.replace(/"/g, (_quote, offset: number) =>
    offset === 0 || OPENS_AFTER.test(text[offset - 1] ?? "")
      ? "\u201c"
      : "\u201d",
  );
}

/**
 * A question with `curlyQuotes` applied to every text a learner reads: the
 * stem, the explanation, options, steps, pairs, distractors, groups and items.
 * The same function is applied to a categorization's groups and to each
 * item's group, so they still match; ids, accepted short answers and keys are
 * not touched.
 * @param question a question as read from the bank.
 * @returns a new question; the argument is not changed.
 */
export function typesetQuestion(question: QuestionData): QuestionData {
  const q = curlyQuotes;
  const common = {
    stem: q(question.stem),
    explanation: q(question.explanation),
  };
  switch (question.type) {
    case "single-choice":
    case "multiple-response":
      return {
        ...question,
        ...common,
        options: question.options.map((o) => ({ ...o, text: q(o.text) })),
      };
    case "ordering":
      return { ...question, ...common, items: question.items.map(q) };
    case "matching":
      return {
        ...question,
        ...common,
        pairs: question.pairs.map((p) => ({
          left: q(p.left),
          right: q(p.right),
        })),
        distractors: question.distractors.map(q),
      };
    case "categorization":
      return {
        ...question,
        ...common,
        categories: question.categories.map(q),
        items: question.items.map((i) => ({
          text: q(i.text),
          category: q(i.category),
        })),
      };
    default:
      return { ...question, ...common };
  }
}

/**
 * `curlyQuotes` applied to every string inside a value (objects and arrays
 * walked, other values kept): for content read whole, such as a case
 * simulation or a glossary entry. Ids and keys never hold a double quote
 * (the schemas allow only letters, digits and hyphens), so only display
 * text can change.
 * @param value plain data (JSON-like).
 * @returns a copy with typeset strings; the argument is not changed.
 */
export function typesetDeep<T>(value: T): T {
  if (typeof value === "string") return curlyQuotes(value) as T;
  if (Array.isArray(value)) return value.map((v) => typesetDeep(v)) as T;
  if (value !== null && typeof value === "object")
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, typesetDeep(v)]),
    ) as T;
  return value;
}
