/**
 * Assignment links: `<site>tugas/#t=<payload>`. The payload is
 * `<base64url of JSON>.<check code>`; the JSON is versioned (`v`) and compact
 * (one-letter keys, lesson and case slugs, question ids or a seeded draw).
 * The fragment never reaches a server. Decoding checks the check code, reads
 * every version ever written, and checks every field against the course.
 *
 * Versions:
 * - 1: `{v:1, k: class, d: "YYYY-MM-DD", l: [lesson], q: [question id]}`,
 *   the first, smaller format (no title, no cases, no draw, pass mark 70%).
 * - 2: `{v:2, j?: title, k, d, l?, c?: [case], q?: {i: [id]} | {l: [lesson], n, s: seed}, m: pass mark %}`.
 */
import { joinBase } from "../url.ts";
import { drawPracticeQuestions } from "../quiz/practice.ts";
import type { Assignment, Catalog, QuizSpec } from "./models.ts";
import {
  canonicalJson,
  checkCode,
  fromBase64Url,
  textId,
  toBase64Url,
} from "./encoding.ts";

/** The link version this code writes. */
export const LINK_VERSION = 2;
/** The pass mark of links that carry none (version 1), a 0..1 ratio. */
export const DEFAULT_MIN_SCORE = 0.7;
/** Size limits of an assignment's fields. */
export const LIMITS = { title: 120, className: 80, questions: 100 } as const;

/** Why a link, or an assignment being built, cannot be used. */
export type LinkProblem =
  /** Nothing that looks like a link was given. */
  | "empty"
  /** Not base64url, not JSON, or no check code: the link was cut or mangled. */
  | "malformed"
  /** The check code does not fit: a character was changed or lost. */
  | "checksum"
  /** Made by a newer version of the site. */
  | "newer-version"
  /** A field has the wrong type or is out of range; `detail` names it. */
  | "invalid"
  | "no-class"
  | "bad-date"
  | "no-items"
  | "unknown-lesson"
  | "unknown-case"
  | "unknown-question"
  /** A draw asks for more questions than its lessons have; `detail` is how many they have. */
  | "not-enough-questions";

/** One problem, with the value or field it concerns. */
export interface Problem {
  problem: LinkProblem;
  detail?: string;
}

/** The outcome of reading a link. */
export type LinkResult =
  | {
      ok: true;
      assignment: Assignment;
      /** The assignment's id (`assignmentId`). */
      id: string;
      /** The version the link was written in. */
      version: number;
      /** The payload as given (what a report quotes). */
      payload: string;
    }
  | ({ ok: false } & Problem);

type Wire = Record<string, unknown>;

/** Thrown inside the reader; names the field that is wrong. (No parameter property: Node runs this file as plain TypeScript in the bench.) */
class Invalid extends Error {
  readonly field: string;
  constructor(field: string) {
    super(field);
    this.field = field;
  }
}

function text(value: unknown, field: string): string {
  if (typeof value !== "string") throw new Invalid(field);
  return value;
}

function texts(value: unknown, field: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every((v) => typeof v === "string"))
    throw new Invalid(field);
  return value as string[];
}

function integer(value: unknown, field: string, min: number, max: number) {
  if (!Number.isInteger(value) || (value as number) < min)
    throw new Invalid(field);
  if ((value as number) > max) throw new Invalid(field);
  return value as number;
}

function quizOf(value: unknown): QuizSpec | null {
  if (value === undefined) return null;
  if (typeof value !== "object" || value === null || Array.isArray(value))
    throw new Invalid("q");
  const q = value as Wire;
  if ("i" in q) return { kind: "chosen", ids: texts(q["i"], "q.i") };
  return {
    kind: "random",
    lessons: texts(q["l"], "q.l"),
    n: integer(q["n"], "q.n", 1, LIMITS.questions),
    seed: text(q["s"], "q.s"),
  };
}

/** Read the fields of a wire object of a known version. @throws Invalid */
function fromWire(wire: Wire, version: number): Assignment {
  if (version === 1) {
    const ids = texts(wire["q"], "q");
    return {
      title: "",
      className: text(wire["k"], "k"),
      due: text(wire["d"], "d"),
      lessons: texts(wire["l"], "l"),
      cases: [],
      quiz: ids.length > 0 ? { kind: "chosen", ids } : null,
      minScore: DEFAULT_MIN_SCORE,
    };
  }
  return {
    title: wire["j"] === undefined ? "" : text(wire["j"], "j"),
    className: text(wire["k"], "k"),
    due: text(wire["d"], "d"),
    lessons: texts(wire["l"], "l"),
    cases: texts(wire["c"], "c"),
    quiz: quizOf(wire["q"]),
    minScore: integer(wire["m"], "m", 0, 100) / 100,
  };
}

/** The assignment as written in a version-2 link (with `v`). */
function toWire(a: Assignment): Wire {
  const wire: Wire = { v: LINK_VERSION };
  if (a.title) wire["j"] = a.title;
  wire["k"] = a.className;
  wire["d"] = a.due;
  if (a.lessons.length > 0) wire["l"] = a.lessons;
  if (a.cases.length > 0) wire["c"] = a.cases;
  if (a.quiz)
    wire["q"] =
      a.quiz.kind === "chosen"
        ? { i: a.quiz.ids }
        : { l: a.quiz.lessons, n: a.quiz.n, s: a.quiz.seed };
  wire["m"] = Math.round(a.minScore * 100);
  return wire;
}

/**
 * The id of an assignment: 16 hex digits from its content, the same whatever
 * link version carried it. Report files name their assignment by it.
 */
export function assignmentId(a: Assignment): string {
  const { v: _version, ...fields } = toWire(a);
  return textId(canonicalJson(fields));
}

/** Write an assignment as a link payload (current version). Does not validate: see `validateAssignment`. */
export function encodeAssignment(a: Assignment): string {
  const body = toBase64Url(JSON.stringify(toWire(a)));
  return `${body}.${checkCode(body)}`;
}

/** A fresh seed for a random draw: 6 base-36 characters from `random` (0..1). */
export function newSeed(random: () => number = Math.random): string {
  return Array.from({ length: 6 }, () =>
    Math.floor(random() * 36).toString(36),
  ).join("");
}

/** Whether `due` is a real calendar day written "YYYY-MM-DD" (years 2000..2099). */
export function isCalendarDay(due: string): boolean {
  const match = /^(20\d\d)-(\d\d)-(\d\d)$/.exec(due);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The question ids of a lesson in the catalogue (none for an unknown lesson). */
export function lessonQuestionIds(catalog: Catalog, slug: string): string[] {
  return Object.hasOwn(catalog.questions, slug)
    ? (catalog.questions[slug] ?? [])
    : [];
}

/** How many questions the given lessons have together. */
function poolSize(lessons: readonly string[], catalog: Catalog): number {
  return lessons.reduce(
    (n, slug) => n + lessonQuestionIds(catalog, slug).length,
    0,
  );
}

const unique = (xs: readonly string[]) => new Set(xs).size === xs.length;

/**
 * Every problem of an assignment, checked against the course; empty when it
 * can be used. Used when building a link and when reading one.
 */
export function validateAssignment(a: Assignment, catalog: Catalog): Problem[] {
  const problems: Problem[] = [];
  const lessons = new Set(catalog.lessons.map((l) => l.slug));
  const cases = new Set(catalog.cases.map((c) => c.id));
  const questions = new Set(Object.values(catalog.questions).flat());
  if (a.title.length > LIMITS.title)
    problems.push({ problem: "invalid", detail: "j" });
  if (a.className.trim() === "") problems.push({ problem: "no-class" });
  else if (a.className.length > LIMITS.className)
    problems.push({ problem: "invalid", detail: "k" });
  if (!isCalendarDay(a.due)) problems.push({ problem: "bad-date" });
  // The link carries the pass mark as a whole percent: 150, -5 or 70.5 are refused, not rounded or clamped.
  const percent = a.minScore * 100;
  if (
    !(a.minScore >= 0 && a.minScore <= 1) ||
    Math.abs(percent - Math.round(percent)) > 1e-9
  )
    problems.push({ problem: "invalid", detail: "m" });
  for (const slug of a.lessons)
    if (!lessons.has(slug))
      problems.push({ problem: "unknown-lesson", detail: slug });
  if (!unique(a.lessons)) problems.push({ problem: "invalid", detail: "l" });
  for (const id of a.cases)
    if (!cases.has(id)) problems.push({ problem: "unknown-case", detail: id });
  if (!unique(a.cases)) problems.push({ problem: "invalid", detail: "c" });
  const quiz = a.quiz;
  if (quiz?.kind === "chosen") {
    if (quiz.ids.length === 0 || quiz.ids.length > LIMITS.questions)
      problems.push({ problem: "invalid", detail: "q.i" });
    for (const id of quiz.ids)
      if (!questions.has(id))
        problems.push({ problem: "unknown-question", detail: id });
    if (!unique(quiz.ids)) problems.push({ problem: "invalid", detail: "q.i" });
  } else if (quiz?.kind === "random") {
    if (quiz.lessons.length === 0 || !unique(quiz.lessons))
      problems.push({ problem: "invalid", detail: "q.l" });
    for (const slug of quiz.lessons)
      if (!lessons.has(slug))
        problems.push({ problem: "unknown-lesson", detail: slug });
    if (!/^[a-z0-9]{1,16}$/.test(quiz.seed))
      problems.push({ problem: "invalid", detail: "q.s" });
    if (!Number.isInteger(quiz.n) || quiz.n < 1 || quiz.n > LIMITS.questions)
      problems.push({ problem: "invalid", detail: "q.n" });
    else if (
      quiz.lessons.length > 0 &&
      quiz.lessons.every((slug) => lessons.has(slug))
    ) {
      const available = poolSize(quiz.lessons, catalog);
      if (available < quiz.n)
        problems.push({
          problem: "not-enough-questions",
          detail: String(available),
        });
    }
  }
  if (a.lessons.length + a.cases.length + (quiz ? 1 : 0) === 0)
    problems.push({ problem: "no-items" });
  return problems;
}

/**
 * The payload inside what a person pasted: a whole link, a `#t=...`
 * fragment, or the payload alone. Spaces and line breaks (from a chat or an
 * e-mail) are dropped.
 */
export function payloadFrom(input: string): string {
  const s = input.replace(/\s+/g, "");
  const at = s.indexOf("#t=");
  if (at >= 0) return s.slice(at + 3);
  return s.startsWith("t=") ? s.slice(2) : s;
}

/**
 * Read a link (or its payload) and check it against the course.
 * @param input a whole link, its fragment, or the payload.
 * @returns the assignment with its id, or the first problem found. Never throws.
 */
export function decodeAssignment(input: string, catalog: Catalog): LinkResult {
  const payload = payloadFrom(input);
  if (payload === "") return { ok: false, problem: "empty" };
  const dot = payload.lastIndexOf(".");
  if (dot < 0) return { ok: false, problem: "malformed" };
  const body = payload.slice(0, dot);
  if (checkCode(body) !== payload.slice(dot + 1))
    return fromBase64Url(body) === undefined
      ? { ok: false, problem: "malformed" }
      : { ok: false, problem: "checksum" };
  const json = fromBase64Url(body);
  let wire: unknown;
  try {
    wire = JSON.parse(json ?? "");
  } catch {
    return { ok: false, problem: "malformed" };
  }
  if (typeof wire !== "object" || wire === null || Array.isArray(wire))
    return { ok: false, problem: "malformed" };
  const version = (wire as Wire)["v"];
  if (!Number.isInteger(version) || (version as number) < 1)
    return { ok: false, problem: "invalid", detail: "v" };
  if ((version as number) > LINK_VERSION)
    return { ok: false, problem: "newer-version", detail: String(version) };
  let assignment: Assignment;
  try {
    assignment = fromWire(wire as Wire, version as number);
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    return { ok: false, problem: "invalid", detail: error.field };
  }
  const [first] = validateAssignment(assignment, catalog);
  if (first) return { ok: false, ...first };
  return {
    ok: true,
    assignment,
    id: assignmentId(assignment),
    version: version as number,
    payload,
  };
}

/**
 * The link a student opens.
 * @param origin e.g. "https://contoh.ac.id"
 * @param base the site's base path, e.g. "/kursus/"
 */
export function assignmentUrl(
  origin: string,
  base: string,
  payload: string,
): string {
  return `${origin}${joinBase(base, "tugas/")}#t=${payload}`;
}

/**
 * The question ids of an assignment's quiz, in the order shown: the chosen
 * ones, or the seeded draw from the bank (the same for every student).
 * @param bank the catalogue's question ids by lesson.
 */
export function quizQuestionIds(
  quiz: QuizSpec | null,
  bank: Catalog["questions"],
): string[] {
  if (!quiz) return [];
  if (quiz.kind === "chosen") return [...quiz.ids];
  const questions = Object.entries(bank).flatMap(([lesson, ids]) =>
    ids.map((id) => ({ id, lesson })),
  );
  return drawPracticeQuestions(questions, {
    lessons: quiz.lessons,
    count: quiz.n,
    feedback: "each",
    seed: quiz.seed,
  }).map((q) => q.id);
}
