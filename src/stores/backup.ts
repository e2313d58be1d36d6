/**
 * Backup and restore of everything the site keeps about the learner. Before
 * an import, a restore or a reset replaces anything, the current data is
 * kept as a backup under `kips:cadangan:<ISO time>` that can be restored; if
 * that backup cannot be written, nothing is changed.
 */
import { $progress, PROGRESS_KEY } from "./progress.ts";
import { PRACTICE_KEY } from "./practice.ts";
import { SCENARIOS_KEY } from "./scenarios.ts";
import { EXAM_KEY } from "./exam.ts";
import { ASSIGNMENTS_KEY, MADE_KEY } from "./assignments.ts";
import { listKeys, readKey, writeKey } from "./storage.ts";
import {
  importedProgress,
  readBackup,
  writeBackup,
  type Backup,
} from "../lib/progress/backup.ts";
import { emptyProgress } from "../lib/progress/document.ts";
import { encodeProgress } from "../lib/progress/codec.ts";

/** Stores other than progress that a backup carries, by localStorage key. */
export const BACKED_UP_STORES = [
  SCENARIOS_KEY,
  EXAM_KEY,
  PRACTICE_KEY,
  ASSIGNMENTS_KEY,
  MADE_KEY,
] as const;
/** Prefix of kept backups. */
export const BACKUP_PREFIX = "kips:cadangan:";

/** Thrown when the current data could not be kept aside, so nothing was changed. */
export class BackupFailedError extends Error {
  override name = "BackupFailedError";
}

function storeValues(): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of BACKED_UP_STORES) {
    const raw = readKey(key);
    if (raw === undefined) continue;
    try {
      out[key] = JSON.parse(raw);
    } catch {
      // an unreadable store value is already kept aside by its own store
    }
  }
  return out;
}

/** The backup file text of everything kept now. */
export function exportBackup(now: number = Date.now()): string {
  return writeBackup($progress.get(), storeValues(), now);
}

/** Read a file the learner picked; see `readBackup`. */
export function readBackupFile(text: string) {
  return readBackup(text, BACKED_UP_STORES);
}

/**
 * Keep the current data as a restorable backup.
 * @returns the key it was kept under.
 * @throws BackupFailedError when storage refuses it.
 */
export function keepBackup(now: number = Date.now()): string {
  const key = BACKUP_PREFIX + new Date(now).toISOString();
  if (!writeKey(key, exportBackup(now))) throw new BackupFailedError(key);
  return key;
}

/**
 * Import a backup: replace everything, or merge its progress into the
 * current one (other stores are taken from the file only where this browser
 * has none). The current data is kept as a backup first.
 * @throws BackupFailedError when the current data cannot be kept aside (nothing changed).
 */
export function importBackup(
  backup: Backup,
  mode: "merge" | "replace",
  now: number = Date.now(),
): string {
  const kept = keepBackup(now);
  $progress.set(importedProgress($progress.get(), backup.progress, mode));
  for (const [key, value] of Object.entries(backup.stores))
    if (mode === "replace" || readKey(key) === undefined)
      writeKey(key, JSON.stringify(value));
  return kept;
}

/** Kept backups, newest first, with their times (ms epoch). */
export function listBackups(): { key: string; at: number }[] {
  return listKeys(BACKUP_PREFIX)
    .map((key) => ({ key, at: Date.parse(key.slice(BACKUP_PREFIX.length)) }))
    .filter((b) => !Number.isNaN(b.at))
    .sort((a, b) => b.at - a.at);
}

/**
 * Values kept aside because they could not be read (`kips:<store>:disisihkan:<hash>`),
 * newest key order aside, with their stored text, so the learner can download them.
 */
export function listKeptAside(): { key: string; raw: string }[] {
  return listKeys("kips:")
    .filter((key) => key.includes(":disisihkan:"))
    .map((key) => ({ key, raw: readKey(key) ?? "" }));
}

/**
 * Restore a kept backup (replacing the current data, which is kept first).
 * @returns the problems when the kept value cannot be read (nothing changed).
 */
export function restoreBackup(key: string, now: number = Date.now()): string[] {
  const raw = readKey(key);
  if (raw === undefined) return ["Cadangan itu tidak ditemukan lagi."];
  const read = readBackupFile(raw);
  if (!read.ok) return read.problems;
  importBackup(read.backup, "replace", now);
  return [];
}

/**
 * Start over: keep a backup, then empty the progress and the other stores.
 * @throws BackupFailedError when the backup cannot be written (nothing changed).
 */
export function resetAll(now: number = Date.now()): string {
  const kept = keepBackup(now);
  $progress.set(emptyProgress());
  writeKey(PROGRESS_KEY, encodeProgress(emptyProgress()));
  for (const key of BACKED_UP_STORES)
    writeKey(
      key,
      key === SCENARIOS_KEY || key === ASSIGNMENTS_KEY
        ? "{}"
        : key === EXAM_KEY
          ? '{"current":null,"history":[]}'
          : key === MADE_KEY
            ? "[]"
            : "null",
    );
  return kept;
}
