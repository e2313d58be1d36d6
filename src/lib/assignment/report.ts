/**
 * Report files: what a student hands in. A report is JSON with a SHA-256
 * checksum over a canonical serialisation of every other field, so an
 * accidental edit or a truncated file is detected. It is no guarantee
 * against cheating: anyone who reads this code can write a file that passes.
 */
import {
  REPORT_FORMAT,
  REPORT_VERSION,
  type CaseItem,
  type EndingKind,
  type ItemStatus,
  type LessonItem,
  type QuestionResult,
  type QuizItem,
  type Report,
  type ReportItem,
  type Student,
} from "./models.ts";
import type { MasteryState } from "../progress/mastery.ts";
import { canonicalJson, sha256Hex } from "./encoding.ts";
import { isNim, normaliseNim, STUDENT_LIMITS } from "./records.ts";

/** Why a student cannot make a report yet. */
export type StudentProblem = "no-name" | "long-name" | "bad-nim";

/** Problems with the name and NIM a student typed; empty when both are fine. */
export function studentProblems(student: Student): StudentProblem[] {
  const name = student.name.trim();
  const problems: StudentProblem[] = [];
  if (name === "") problems.push("no-name");
  else if (name.length > STUDENT_LIMITS.name) problems.push("long-name");
  if (normaliseNim(student.nim) === null) problems.push("bad-nim");
  return problems;
}

/** What a report is made from. */
export interface ReportInput {
  /** The assignment link's payload. */
  link: string;
  /** The assignment's id. */
  assignment: string;
  student: Student;
  items: ReportItem[];
  /** ms epoch. */
  now: number;
}

/** The checksum of a report's fields (every field but `checksum`). */
function checksumOf(fields: Record<string, unknown>): Promise<string> {
  const { checksum: _ignored, ...rest } = fields;
  return sha256Hex(canonicalJson(rest));
}

/**
 * Make a report with its checksum. The name is trimmed and the NIM kept as
 * digits only (`normaliseNim`).
 * @throws Error when the student's name or NIM has a problem (`studentProblems`).
 */
export async function createReport(input: ReportInput): Promise<Report> {
  const problems = studentProblems(input.student);
  if (problems.length > 0) throw new Error(`student: ${problems.join(", ")}`);
  const fields = {
    format: REPORT_FORMAT,
    version: REPORT_VERSION,
    assignment: input.assignment,
    link: input.link,
    student: {
      name: input.student.name.trim(),
      nim: normaliseNim(input.student.nim) ?? "",
    },
    createdAt: input.now,
    items: input.items,
  } as const;
  return { ...fields, checksum: await checksumOf(fields) };
}

/** A report as the text of its file (indented, so a person can read it). */
export function reportText(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** A file name for a report, e.g. `laporan-2301045-20260530.json` (the date in UTC). */
export function reportFileName(report: Report): string {
  const nim = report.student.nim.replace(/[^A-Za-z0-9-]/g, "");
  const day = new Date(report.createdAt)
    .toISOString()
    .slice(0, 10)
    .replace(/-/g, "");
  return `laporan-${nim}-${day}.json`;
}

/** Why a report file was not accepted. */
export type ReportProblem =
  /** Empty, or starts like JSON but does not parse: cut short while copied or sent. */
  | "not-json"
  /** Not a report of this site: other JSON, or not JSON at all (a picture, a document). */
  | "wrong-format"
  /** Written by a newer version of the site. */
  | "newer-version"
  /** The checksum does not fit: the file was changed after it was made; `detail` is the name and NIM found in it, when there are. */
  | "checksum"
  /** A field is missing or wrong although the checksum fits; `detail` names it. */
  | "invalid"
  /** A report of another assignment; `detail` is the student's name and NIM. */
  | "other-assignment";

/** The outcome of checking a report file. */
export type ReportCheck =
  | { ok: true; report: Report }
  | { ok: false; problem: ReportProblem; detail?: string };

/** Thrown inside the reader; names the path of the field that is wrong. (No parameter property: Node runs this file as plain TypeScript in the bench.) */
class Invalid extends Error {
  readonly path: string;
  constructor(path: string) {
    super(path);
    this.path = path;
  }
}

type Obj = Record<string, unknown>;

function object(value: unknown, path: string): Obj {
  if (typeof value !== "object" || value === null || Array.isArray(value))
    throw new Invalid(path);
  return value as Obj;
}

function str(value: unknown, path: string, max = 200): string {
  if (typeof value !== "string" || value.length > max) throw new Invalid(path);
  return value;
}

function num(value: unknown, path: string, min: number, max: number): number {
  if (
    typeof value !== "number" ||
    !Number.isFinite(value) ||
    value < min ||
    value > max
  )
    throw new Invalid(path);
  return value;
}

function count(value: unknown, path: string): number {
  const n = num(value, path, 0, 10_000);
  if (!Number.isInteger(n)) throw new Invalid(path);
  return n;
}

function oneOf<T extends string>(
  value: unknown,
  path: string,
  allowed: readonly T[],
): T {
  if (!allowed.includes(value as T)) throw new Invalid(path);
  return value as T;
}

const TIME_MAX = 8.64e15;
const STATUSES: readonly ItemStatus[] = ["todo", "started", "done"];
const MASTERY: readonly MasteryState[] = ["none", "learning", "mastered"];
const ENDINGS: readonly EndingKind[] = ["baik", "sedang", "buruk"];

function optionalTime(
  o: Obj,
  key: string,
  path: string,
): { [k: string]: number } {
  return o[key] === undefined
    ? {}
    : { [key]: num(o[key], `${path}.${key}`, 0, TIME_MAX) };
}

function item(value: unknown, path: string): ReportItem {
  const o = object(value, path);
  const status = oneOf(o["status"], `${path}.status`, STATUSES);
  switch (o["kind"]) {
    case "lesson":
      return {
        kind: "lesson",
        id: str(o["id"], `${path}.id`),
        status,
        ...optionalTime(o, "firstVisitedAt", path),
        ...optionalTime(o, "completedAt", path),
        mastery: oneOf(o["mastery"], `${path}.mastery`, MASTERY),
      } satisfies LessonItem;
    case "case": {
      const endings = o["endings"];
      if (!Array.isArray(endings)) throw new Invalid(`${path}.endings`);
      return {
        kind: "case",
        id: str(o["id"], `${path}.id`),
        status,
        endings: endings.map((e, i) =>
          oneOf(e, `${path}.endings.${i}`, ENDINGS),
        ),
        total: count(o["total"], `${path}.total`),
      } satisfies CaseItem;
    }
    case "quiz": {
      const results = o["results"];
      if (!Array.isArray(results)) throw new Invalid(`${path}.results`);
      if (typeof o["passed"] !== "boolean") throw new Invalid(`${path}.passed`);
      return {
        kind: "quiz",
        status,
        questions: count(o["questions"], `${path}.questions`),
        answered: count(o["answered"], `${path}.answered`),
        right: count(o["right"], `${path}.right`),
        score: num(o["score"], `${path}.score`, 0, 1),
        passed: o["passed"],
        tries: count(o["tries"], `${path}.tries`),
        ...optionalTime(o, "startedAt", path),
        ...optionalTime(o, "lastAnswerAt", path),
        results: results.map((r, i): QuestionResult => {
          const x = object(r, `${path}.results.${i}`);
          return {
            q: str(x["q"], `${path}.results.${i}.q`),
            score: num(x["score"], `${path}.results.${i}.score`, 0, 1),
          };
        }),
      } satisfies QuizItem;
    }
    default:
      throw new Invalid(`${path}.kind`);
  }
}

function report(o: Obj): Report {
  const student = object(o["student"], "student");
  const items = o["items"];
  if (!Array.isArray(items)) throw new Invalid("items");
  const name = str(student["name"], "student.name", STUDENT_LIMITS.name);
  const nim = str(student["nim"], "student.nim", STUDENT_LIMITS.nim);
  if (name.trim() === "") throw new Invalid("student.name");
  if (!isNim(nim)) throw new Invalid("student.nim");
  return {
    format: REPORT_FORMAT,
    version: REPORT_VERSION,
    assignment: str(o["assignment"], "assignment", 64),
    link: str(o["link"], "link", 20_000),
    student: { name, nim },
    createdAt: num(o["createdAt"], "createdAt", 0, TIME_MAX),
    items: items.map((x, i) => item(x, `items.${i}`)),
    checksum: str(o["checksum"], "checksum", 64),
  };
}

/** "Name (NIM)" as written in an unchecked report, for a message; undefined when neither is text. */
function studentIn(o: Obj): string | undefined {
  const student = o["student"];
  if (typeof student !== "object" || student === null) return undefined;
  const s = student as Obj;
  const name =
    typeof s["name"] === "string"
      ? s["name"].trim().slice(0, STUDENT_LIMITS.name)
      : "";
  const nim =
    typeof s["nim"] === "string"
      ? s["nim"].trim().slice(0, STUDENT_LIMITS.nim)
      : "";
  if (name === "" && nim === "") return undefined;
  return `${name || "?"} (${nim || "?"})`;
}

/**
 * Check the text of a report file: JSON, format, version, checksum, every
 * field, and (when `assignment` is given) that it belongs to that assignment.
 * Never throws; the first problem found is returned.
 * @param assignment the expected assignment id.
 */
export async function checkReport(
  text: string,
  assignment?: string,
): Promise<ReportCheck> {
  const body = text.replace(/^\uFEFF/, "").trim();
  // A report starts with "{"; anything else (a photo, a PDF) is another kind of file.
  if (body !== "" && !body.startsWith("{"))
    return { ok: false, problem: "wrong-format" };
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return { ok: false, problem: "not-json" };
  }
  if (
    typeof value !== "object" ||
    value === null ||
    Array.isArray(value) ||
    (value as Obj)["format"] !== REPORT_FORMAT
  )
    return { ok: false, problem: "wrong-format" };
  const o = value as Obj;
  const version = o["version"];
  if (!Number.isInteger(version) || (version as number) < 1)
    return { ok: false, problem: "invalid", detail: "version" };
  if ((version as number) > REPORT_VERSION)
    return { ok: false, problem: "newer-version", detail: String(version) };
  if (typeof o["checksum"] !== "string")
    return { ok: false, problem: "invalid", detail: "checksum" };
  if ((await checksumOf(o)) !== o["checksum"]) {
    const who = studentIn(o);
    return {
      ok: false,
      problem: "checksum",
      ...(who === undefined ? {} : { detail: who }),
    };
  }
  let checked: Report;
  try {
    checked = report(o);
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    return { ok: false, problem: "invalid", detail: error.path };
  }
  if (assignment !== undefined && checked.assignment !== assignment)
    return {
      ok: false,
      problem: "other-assignment",
      detail: `${checked.student.name} (${checked.student.nim})`,
    };
  return { ok: true, report: checked };
}
