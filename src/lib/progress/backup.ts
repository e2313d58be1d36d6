/**
 * Backup files: everything the site keeps about a learner, as one JSON file
 * they can download and import again (on another device too). Reading a file
 * never throws: every problem comes back as a clear Indonesian message, and
 * nothing is written until the learner confirms the import.
 */
import { decodeProgress } from "./codec.ts";
import { mergeProgress } from "./document.ts";
import type { ProgressDocument } from "./models.ts";

/** Identifies our files among other JSON. */
export const BACKUP_FORMAT = "kursus-intervensi-pekerjaan-sosial";
/** Version of the file layout (the progress document inside has its own). */
export const BACKUP_VERSION = 1;

/** A backup file's content. Records other than progress are kept as opaque JSON, checked by their own stores. */
export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  /** ISO 8601 time of export. */
  exportedAt: string;
  progress: ProgressDocument;
  /** Other stores' values by localStorage key (cases, exams, practice), as stored. */
  stores: Record<string, unknown>;
}

/** The outcome of reading a file. */
export type BackupRead =
  | { ok: true; backup: Backup; migratedFrom?: number }
  | { ok: false; problems: string[] };

/** Write a backup file's text. */
export function writeBackup(
  progress: ProgressDocument,
  stores: Record<string, unknown>,
  now: number,
): string {
  const backup: Backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(now).toISOString(),
    progress,
    stores,
  };
  return JSON.stringify(backup, null, 1);
}

/** Files larger than this (characters) are refused: no learner's progress comes near it. */
export const MAX_BACKUP_CHARS = 5_000_000;

/**
 * Read a backup file.
 * @param knownStores the store keys this site version keeps; others are reported and ignored.
 */
export function readBackup(
  text: string,
  knownStores: readonly string[],
): BackupRead {
  if (text.length > MAX_BACKUP_CHARS)
    return {
      ok: false,
      problems: ["Berkas terlalu besar untuk berkas cadangan kursus ini."],
    };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return {
      ok: false,
      problems: [
        "Berkas ini bukan JSON yang sah. Pilih berkas cadangan (.json) yang diunduh dari halaman Kemajuan.",
      ],
    };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value))
    return {
      ok: false,
      problems: ["Isi berkas bukan berkas cadangan kursus ini."],
    };
  const v = value as Record<string, unknown>;
  const problems: string[] = [];
  // A file of another kind gets one message, not a list of what it lacks.
  if (v["format"] !== BACKUP_FORMAT)
    return {
      ok: false,
      problems: [
        "Berkas ini bukan cadangan dari Kursus Intervensi Pekerjaan Sosial. Pilih berkas yang diunduh dari halaman Kemajuan.",
      ],
    };
  if (typeof v["version"] !== "number")
    problems.push("Versi berkas cadangan tidak tercantum.");
  else if (v["version"] > BACKUP_VERSION)
    problems.push(
      "Berkas ini dibuat oleh versi situs yang lebih baru. Muat ulang situs untuk memakai versi terbaru, lalu coba lagi.",
    );
  if (
    typeof v["exportedAt"] !== "string" ||
    Number.isNaN(Date.parse(v["exportedAt"]))
  )
    problems.push("Tanggal ekspor di berkas tidak sah.");
  const decoded = decodeProgress(JSON.stringify(v["progress"] ?? null));
  if (!decoded.ok)
    problems.push(
      decoded.problem === "newer-version"
        ? "Data kemajuan di berkas dibuat oleh versi situs yang lebih baru."
        : `Data kemajuan di berkas tidak dapat dibaca: ${decoded.detail}.`,
    );
  const stores = v["stores"] ?? {};
  if (typeof stores !== "object" || stores === null || Array.isArray(stores))
    problems.push("Bagian 'stores' di berkas tidak sah.");
  if (problems.length > 0 || !decoded.ok) return { ok: false, problems };
  const kept = Object.fromEntries(
    Object.entries(stores as Record<string, unknown>).filter(([key]) =>
      knownStores.includes(key),
    ),
  );
  const backup: Backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: v["exportedAt"] as string,
    progress: decoded.doc,
    stores: kept,
  };
  return decoded.migratedFrom === undefined
    ? { ok: true, backup }
    : { ok: true, backup, migratedFrom: decoded.migratedFrom };
}

/** How an import changes the progress document. */
export interface ImportPreview {
  lessonsCompleted: { before: number; after: number };
  questionsAnswered: { before: number; after: number };
  answersInHistory: { before: number; after: number };
}

/** The progress document an import would produce. */
export function importedProgress(
  current: ProgressDocument,
  incoming: ProgressDocument,
  mode: "merge" | "replace",
): ProgressDocument {
  return mode === "replace" ? incoming : mergeProgress(current, incoming);
}

/** Preview an import: counts before and after, for merge or replace. */
export function previewImport(
  current: ProgressDocument,
  incoming: ProgressDocument,
  mode: "merge" | "replace",
): ImportPreview {
  const after = importedProgress(current, incoming, mode);
  const completed = (d: ProgressDocument) =>
    Object.values(d.lessons).filter((l) => l.completedAt !== undefined).length;
  return {
    lessonsCompleted: { before: completed(current), after: completed(after) },
    questionsAnswered: {
      before: Object.keys(current.answers).length,
      after: Object.keys(after.answers).length,
    },
    answersInHistory: { before: current.log.length, after: after.log.length },
  };
}
