import { describe, expect, it } from "vitest";
import { storage } from "../../support/fake-browser.ts";

async function load() {
  return {
    ...(await import("../../../src/stores/progress.ts")),
    ...(await import("../../../src/stores/backup.ts")),
  };
}

describe("importBackup", () => {
  it("keeps the current data as a restorable backup before replacing it", async () => {
    const {
      completeLesson,
      exportBackup,
      readBackupFile,
      importBackup,
      listBackups,
      restoreBackup,
      $progress,
    } = await load();
    completeLesson("pengantar", 10);
    const mine = exportBackup(1000);
    const other = readBackupFile(
      mine.replace('"pengantar"', '"tujuan-intervensi"'),
    );
    if (!other.ok) throw new Error(other.problems.join());
    importBackup(other.backup, "replace", 2000);
    expect(Object.keys($progress.get().lessons)).toEqual(["tujuan-intervensi"]);
    const [kept] = listBackups();
    expect(kept!.key).toBe("kips:cadangan:1970-01-01T00:00:02.000Z");
    expect(restoreBackup(kept!.key, 3000)).toEqual([]);
    expect(Object.keys($progress.get().lessons)).toEqual(["pengantar"]);
  });

  it("changes nothing when the backup of the current data cannot be written", async () => {
    const {
      completeLesson,
      exportBackup,
      readBackupFile,
      importBackup,
      BackupFailedError,
      PROGRESS_KEY,
    } = await load();
    completeLesson("pengantar", 10);
    const before = storage.data.get(PROGRESS_KEY);
    const file = readBackupFile(
      exportBackup(1000).replace('"pengantar"', '"fungsi-intervensi"'),
    );
    if (!file.ok) throw new Error(file.problems.join());
    storage.refuseNewKeys = true;
    expect(() => importBackup(file.backup, "replace", 2000)).toThrow(
      BackupFailedError,
    );
    expect(storage.data.get(PROGRESS_KEY)).toBe(before);
  });

  it("merges progress and takes other stores only where this browser has none", async () => {
    const {
      completeLesson,
      exportBackup,
      readBackupFile,
      importBackup,
      $progress,
    } = await load();
    completeLesson("pengantar", 10);
    storage.data.set("kips:kasus", JSON.stringify({ milik: "saya" }));
    const text = exportBackup(1000)
      .replace('"pengantar"', '"teori-pendukung"')
      .replace('"milik": "saya"', '"milik": "berkas"');
    const file = readBackupFile(text);
    if (!file.ok) throw new Error(file.problems.join());
    importBackup(file.backup, "merge", 2000);
    expect(Object.keys($progress.get().lessons).sort()).toEqual([
      "pengantar",
      "teori-pendukung",
    ]);
    expect(JSON.parse(storage.data.get("kips:kasus")!)).toEqual({
      milik: "saya",
    });
  });
});
