/**
 * Reading and writing the progress document as text. Reading never throws and
 * never guesses: a value that is not JSON, does not fit the schema, or comes
 * from a newer version of the site is reported as a problem, so the caller can
 * keep the raw value aside instead of overwriting it.
 */
import { PROGRESS_VERSION } from "./models.ts";
import type { ProgressDocument } from "./models.ts";
import { salvageProgress, validateProgress } from "./validate.ts";
import { canonicalJson } from "../canonical-json.ts";

/**
 * Upgrades, keyed by the version they upgrade from: `migrations[n]` turns a
 * version-n document into version n+1. Add an entry with every version bump,
 * and a fixture of the old version in tests/fixtures/progress/.
 */
export type Migrations = Readonly<
  Record<number, (old: Record<string, unknown>) => Record<string, unknown>>
>;
export const MIGRATIONS: Migrations = {
  /** Version 2 adds the answer history: start it from the latest attempt per question. */
  1: (old) => {
    const answers = (
      typeof old["answers"] === "object" && old["answers"] !== null
        ? old["answers"]
        : {}
    ) as Record<string, Record<string, unknown>>;
    const log = Object.entries(answers)
      .map(([q, a]) => ({
        q,
        at: a["at"],
        score: a["score"],
        correct: a["correct"],
      }))
      .sort((x, y) => Number(x.at) - Number(y.at));
    return { ...old, log };
  },
  /** Version 3 adds spaced review, study events and settings, all empty. */
  2: (old) => ({
    ...old,
    review: { terms: {}, retired: {}, log: [] },
    events: [],
    settings: {},
  }),
};

/** Why a stored value could not be read. */
export type DecodeProblem =
  "not-json" | "not-a-document" | "newer-version" | "invalid";

/**
 * The outcome of reading a stored value. A document that fits the schema
 * except for some entries is still refused (`invalid`), but carries
 * `salvaged`: the valid part, and the paths of the entries left out, so a
 * caller may keep the raw value aside and go on with the rest.
 */
export type DecodeResult =
  | { ok: true; doc: ProgressDocument; migratedFrom?: number }
  | {
      ok: false;
      problem: DecodeProblem;
      detail: string;
      salvaged?: { doc: ProgressDocument; dropped: string[] };
    };

/**
 * Read a stored document.
 * @param raw the stored text.
 * @param migrations upgrades by source version (a parameter for tests).
 */
export function decodeProgress(
  raw: string,
  migrations: Migrations = MIGRATIONS,
): DecodeResult {
  const current = PROGRESS_VERSION;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    return { ok: false, problem: "not-json", detail: (error as Error).message };
  }
  if (
    typeof value !== "object" ||
    value === null ||
    Array.isArray(value) ||
    !("version" in value)
  )
    return {
      ok: false,
      problem: "not-a-document",
      detail: "tidak ada nomor versi",
    };
  let doc = value as Record<string, unknown>;
  const from = doc["version"];
  if (typeof from !== "number" || !Number.isInteger(from) || from < 0)
    return {
      ok: false,
      problem: "not-a-document",
      detail: `nomor versi ${String(from)} tidak sah`,
    };
  if (from > current)
    return {
      ok: false,
      problem: "newer-version",
      detail: `versi ${from} lebih baru dari versi ${current}`,
    };
  for (let version = from; version < current; version += 1) {
    const migrate = migrations[version];
    if (!migrate)
      return {
        ok: false,
        problem: "invalid",
        detail: `tidak ada cara membaca versi ${version}`,
      };
    doc = { ...migrate(doc), version: version + 1 };
  }
  const checked = validateProgress(doc);
  if (!checked.ok) {
    const salvaged = salvageProgress(doc);
    return {
      ok: false,
      problem: "invalid",
      detail: `${checked.path}: ${checked.message}`,
      ...(salvaged ? { salvaged } : {}),
    };
  }
  const parsed: ProgressDocument = checked.doc;
  return from === current
    ? { ok: true, doc: parsed }
    : { ok: true, doc: parsed, migratedFrom: from };
}

/**
 * Write a document as text, with object keys sorted: equal documents give
 * equal text, so tabs that merge to the same document stop writing.
 */
export function encodeProgress(doc: ProgressDocument): string {
  return canonicalJson(doc);
}
