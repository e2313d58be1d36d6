/**
 * Checks that an unknown value (parsed from storage or a file) is a progress
 * document of the current version, and returns a clean copy holding only the
 * known fields. Hand-written rather than a schema library so the browser
 * bundle stays small; every failure names the field, e.g. `lessons.pengantar.completedAt`.
 */
import {
  EVENT_LIMIT,
  LOG_LIMIT,
  PROGRESS_VERSION,
  REVIEW_LOG_LIMIT,
  SETTING_RULES,
  type ReviewEntry,
  type ReviewRating,
  type Settings,
  type StudyEvent,
  type TermChoice,
  type LogEntry,
  type Attempt,
  type LessonRecord,
  type ProgressDocument,
} from "./models.ts";
import type { Response } from "../quiz/models.ts";

/** Thrown inside the validator; caught by `validateProgress`. */
class Invalid extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

type Obj = Record<string, unknown>;

function object(value: unknown, path: string): Obj {
  if (typeof value !== "object" || value === null || Array.isArray(value))
    throw new Invalid(path, "bukan objek");
  return value as Obj;
}

function time(value: unknown, path: string): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0)
    throw new Invalid(path, "bukan waktu yang sah");
  return value;
}

function index(value: unknown, path: string): number {
  if (!Number.isInteger(value) || (value as number) < 0)
    throw new Invalid(path, "bukan nomor pilihan");
  return value as number;
}

function optionalIndex(value: unknown, path: string): number | null {
  return value === null ? null : index(value, path);
}

function list<T>(
  value: unknown,
  path: string,
  item: (v: unknown, p: string) => T,
): T[] {
  if (!Array.isArray(value)) throw new Invalid(path, "bukan daftar");
  return value.map((v, i) => item(v, `${path}.${i}`));
}

function lessonRecord(value: unknown, path: string): LessonRecord {
  const o = object(value, path);
  const record: LessonRecord = {
    firstVisitedAt: time(o["firstVisitedAt"], `${path}.firstVisitedAt`),
    lastVisitedAt: time(o["lastVisitedAt"], `${path}.lastVisitedAt`),
  };
  if (o["completedAt"] !== undefined)
    record.completedAt = time(o["completedAt"], `${path}.completedAt`);
  return record;
}

function response(value: unknown, path: string): Response {
  const o = object(value, path);
  switch (o["type"]) {
    case "single-choice":
      return {
        type: "single-choice",
        choice: index(o["choice"], `${path}.choice`),
      };
    case "multiple-response":
      return {
        type: "multiple-response",
        choices: list(o["choices"], `${path}.choices`, index),
      };
    case "true-false":
      if (typeof o["value"] !== "boolean")
        throw new Invalid(`${path}.value`, "bukan benar/salah");
      return { type: "true-false", value: o["value"] };
    case "ordering":
      return {
        type: "ordering",
        order: list(o["order"], `${path}.order`, index),
      };
    case "matching":
      return {
        type: "matching",
        matches: list(o["matches"], `${path}.matches`, optionalIndex),
      };
    case "categorization":
      return {
        type: "categorization",
        groups: list(o["groups"], `${path}.groups`, optionalIndex),
      };
    case "short-answer":
      if (typeof o["text"] !== "string")
        throw new Invalid(`${path}.text`, "bukan teks");
      return { type: "short-answer", text: o["text"] };
    default:
      throw new Invalid(`${path}.type`, "jenis jawaban tidak dikenal");
  }
}

function attempt(value: unknown, path: string): Attempt {
  const o = object(value, path);
  const score = o["score"];
  if (typeof score !== "number" || !(score >= 0 && score <= 1))
    throw new Invalid(`${path}.score`, "bukan nilai 0..1");
  if (typeof o["correct"] !== "boolean")
    throw new Invalid(`${path}.correct`, "bukan benar/salah");
  return {
    response: response(o["response"], `${path}.response`),
    score,
    correct: o["correct"],
    at: time(o["at"], `${path}.at`),
  };
}

function record<T>(
  value: unknown,
  path: string,
  item: (v: unknown, p: string) => T,
): Record<string, T> {
  // Object.fromEntries defines own properties, so a key such as "__proto__" stays data.
  return Object.fromEntries(
    Object.entries(object(value, path)).map(([k, v]) => [
      k,
      item(v, `${path}.${k}`),
    ]),
  );
}

function logEntry(value: unknown, path: string): LogEntry {
  const o = object(value, path);
  if (typeof o["q"] !== "string")
    throw new Invalid(`${path}.q`, "bukan id soal");
  const score = o["score"];
  if (typeof score !== "number" || !(score >= 0 && score <= 1))
    throw new Invalid(`${path}.score`, "bukan nilai 0..1");
  if (typeof o["correct"] !== "boolean")
    throw new Invalid(`${path}.correct`, "bukan benar/salah");
  return {
    q: o["q"],
    at: time(o["at"], `${path}.at`),
    score,
    correct: o["correct"],
  };
}

function text(value: unknown, path: string): string {
  if (typeof value !== "string" || value === "")
    throw new Invalid(path, "bukan teks");
  return value;
}

function reviewEntry(value: unknown, path: string): ReviewEntry {
  const o = object(value, path);
  const rating = o["rating"];
  if (rating !== 1 && rating !== 2 && rating !== 3 && rating !== 4)
    throw new Invalid(`${path}.rating`, "bukan penilaian 1..4");
  const days = o["days"];
  if (!Number.isInteger(days) || (days as number) < 0)
    throw new Invalid(`${path}.days`, "bukan jumlah hari");
  const card = text(o["card"], `${path}.card`);
  if (!/^[qt]:./.test(card))
    throw new Invalid(`${path}.card`, "bukan id kartu ulasan");
  return {
    card,
    at: time(o["at"], `${path}.at`),
    rating: rating as ReviewRating,
    due: time(o["due"], `${path}.due`),
    days: days as number,
  };
}

function termChoice(value: unknown, path: string): TermChoice {
  const o = object(value, path);
  const choice: TermChoice = {
    addedAt: time(o["addedAt"], `${path}.addedAt`),
  };
  if (o["removedAt"] !== undefined)
    choice.removedAt = time(o["removedAt"], `${path}.removedAt`);
  return choice;
}

function studyEvent(value: unknown, path: string): StudyEvent {
  const o = object(value, path);
  const kind = o["kind"];
  if (kind !== "review" && kind !== "check")
    throw new Invalid(`${path}.kind`, "bukan jenis kegiatan belajar");
  return {
    at: time(o["at"], `${path}.at`),
    kind,
    ref: text(o["ref"], `${path}.ref`),
  };
}

function settings(value: unknown, path: string): Settings {
  const o = object(value, path);
  const out: Settings = {};
  for (const key of Object.keys(SETTING_RULES) as (keyof Settings)[]) {
    if (o[key] === undefined) continue;
    const s = object(o[key], `${path}.${key}`);
    const v = s["value"];
    const rule = SETTING_RULES[key];
    if (
      !Number.isInteger(v) ||
      (v as number) < rule.min ||
      (v as number) > rule.max
    )
      throw new Invalid(
        `${path}.${key}.value`,
        `bukan bilangan bulat ${rule.min}..${rule.max}`,
      );
    out[key] = { value: v as number, at: time(s["at"], `${path}.${key}.at`) };
  }
  return out;
}

/** The outcome of `validateProgress`. */
export type Validation =
  | { ok: true; doc: ProgressDocument }
  | { ok: false; path: string; message: string };

/** Validate a current-version progress document (see `ProgressDocument`). Never throws. */
export function validateProgress(value: unknown): Validation {
  try {
    const o = object(value, "dokumen");
    if (o["version"] !== PROGRESS_VERSION)
      throw new Invalid("version", `bukan versi ${PROGRESS_VERSION}`);
    return {
      ok: true,
      doc: {
        version: PROGRESS_VERSION,
        lessons: record(o["lessons"], "lessons", lessonRecord),
        answers: record(o["answers"], "answers", attempt),
        log: list(o["log"], "log", logEntry).slice(-LOG_LIMIT),
        review: {
          terms: record(
            object(o["review"], "review")["terms"],
            "review.terms",
            termChoice,
          ),
          retired: record(
            object(o["review"], "review")["retired"] ?? {},
            "review.retired",
            time,
          ),
          log: list(
            object(o["review"], "review")["log"],
            "review.log",
            reviewEntry,
          ).slice(-REVIEW_LOG_LIMIT),
        },
        events: list(o["events"], "events", studyEvent).slice(-EVENT_LIMIT),
        settings: settings(o["settings"], "settings"),
      },
    };
  } catch (error) {
    if (error instanceof Invalid)
      return { ok: false, path: error.path, message: error.message };
    throw error;
  }
}

/**
 * Keep what can be kept of a current-version document that fails
 * `validateProgress`: every lesson, attempt, answer, rating, chosen term,
 * event and setting that is valid on its own; each one that is not is left
 * out and named in `dropped` (e.g. `review.log.3`). A section that is not
 * even a record or list is left empty and named.
 * @returns undefined when `value` is not an object of the current version.
 * Never throws.
 */
export function salvageProgress(
  value: unknown,
): { doc: ProgressDocument; dropped: string[] } | undefined {
  if (
    typeof value !== "object" ||
    value === null ||
    Array.isArray(value) ||
    (value as Obj)["version"] !== PROGRESS_VERSION
  )
    return undefined;
  const o = value as Obj;
  const dropped: string[] = [];
  function each<T>(
    container: unknown,
    path: string,
    kind: "record" | "list",
    item: (v: unknown, p: string) => T,
  ): [string, T][] {
    const ok =
      kind === "list"
        ? Array.isArray(container)
        : typeof container === "object" &&
          container !== null &&
          !Array.isArray(container);
    if (!ok) {
      dropped.push(path);
      return [];
    }
    const kept: [string, T][] = [];
    for (const [k, v] of Object.entries(container as Obj)) {
      const at = `${path}.${k}`;
      try {
        kept.push([k, item(v, at)]);
      } catch (error) {
        if (!(error instanceof Invalid)) throw error;
        dropped.push(at);
      }
    }
    return kept;
  }
  const review =
    typeof o["review"] === "object" && o["review"] !== null
      ? (o["review"] as Obj)
      : {};
  const settingsValue =
    typeof o["settings"] === "object" && o["settings"] !== null
      ? (o["settings"] as Obj)
      : {};
  const kept: Settings = {};
  for (const key of Object.keys(SETTING_RULES) as (keyof Settings)[]) {
    if (settingsValue[key] === undefined) continue;
    try {
      Object.assign(kept, settings({ [key]: settingsValue[key] }, "settings"));
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      dropped.push(`settings.${key}`);
    }
  }
  const doc: ProgressDocument = {
    version: PROGRESS_VERSION,
    lessons: Object.fromEntries(
      each(o["lessons"], "lessons", "record", lessonRecord),
    ),
    answers: Object.fromEntries(
      each(o["answers"], "answers", "record", attempt),
    ),
    log: each(o["log"], "log", "list", logEntry)
      .map(([, e]) => e)
      .slice(-LOG_LIMIT),
    review: {
      terms: Object.fromEntries(
        each(review["terms"], "review.terms", "record", termChoice),
      ),
      retired: Object.fromEntries(
        each(review["retired"] ?? {}, "review.retired", "record", time),
      ),
      log: each(review["log"], "review.log", "list", reviewEntry)
        .map(([, e]) => e)
        .slice(-REVIEW_LOG_LIMIT),
    },
    events: each(o["events"], "events", "list", studyEvent)
      .map(([, e]) => e)
      .slice(-EVENT_LIMIT),
    settings: kept,
  };
  return { doc, dropped };
}

/** Run a validator, turning its failure into undefined. */
function orUndefined<T>(check: () => T): T | undefined {
  try {
    return check();
  } catch (error) {
    if (error instanceof Invalid) return undefined;
    throw error;
  }
}

/** An attempt read from storage, or undefined when it does not fit `Attempt`. Never throws. */
export function validateAttempt(value: unknown): Attempt | undefined {
  return orUndefined(() => attempt(value, "attempt"));
}

/** A response read from storage, or undefined when it does not fit `Response`. Never throws. */
export function validateResponse(value: unknown): Response | undefined {
  return orUndefined(() => response(value, "response"));
}
