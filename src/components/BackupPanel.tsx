/**
 * Backup panel of the dashboard (`/kemajuan/#cadangan`): export, import with a
 * preview and a choice of merge or replace, kept backups to restore, data
 * kept aside to download, and a reset. Reading and writing happen in
 * `src/stores/backup.ts`; this island renders and dispatches.
 */
import { useState } from "preact/hooks";
import { useStore } from "@nanostores/preact";
import { $progress } from "../stores/progress.ts";
import {
  BackupFailedError,
  exportBackup,
  importBackup,
  listBackups,
  listKeptAside,
  readBackupFile,
  resetAll,
  restoreBackup,
} from "../stores/backup.ts";
import { previewImport, type Backup } from "../lib/progress/backup.ts";
import { formatDate, t } from "../i18n/t.ts";
import { useHydrated } from "./useHydrated.ts";
import { downloadText } from "./download.ts";

/** The backup panel island (no props). */
export default function BackupPanel() {
  const hydrated = useHydrated();
  const progress = useStore($progress);
  const [pending, setPending] = useState<Backup | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [message, setMessage] = useState("");

  function done(text: string) {
    setMessage(text);
    setTimeout(() => window.location.reload(), 600);
  }

  async function onFile(e: Event) {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = "";
    if (!file) return;
    const read = readBackupFile(await file.text());
    setPending(read.ok ? read.backup : null);
    setProblems(read.ok ? [] : read.problems);
    setMessage("");
  }

  function guarded(action: () => void) {
    try {
      action();
    } catch (error) {
      if (!(error instanceof BackupFailedError)) throw error;
      setMessage(t("dash.backupFailed"));
    }
  }

  const kept = hydrated ? listBackups() : [];
  const aside = hydrated ? listKeptAside() : [];
  const merge = pending
    ? previewImport(progress, pending.progress, "merge")
    : null;
  const replace = pending
    ? previewImport(progress, pending.progress, "replace")
    : null;

  return (
    <div class="no-print dash-backup">
      <h2 id="cadangan">{t("dash.backup")}</h2>
      <p>{t("dash.backupLead")}</p>
      <p class="dash-actions">
        <button
          type="button"
          class="button"
          disabled={!hydrated}
          onClick={() =>
            downloadText(
              exportBackup(),
              `kemajuan-kursus-${new Date().toISOString().slice(0, 10)}.json`,
              "application/json",
            )
          }
        >
          {t("dash.export")}
        </button>
      </p>
      <p>
        <label for="impor-cadangan">{t("dash.import")}</label>{" "}
        <input
          id="impor-cadangan"
          type="file"
          accept=".json,application/json"
          disabled={!hydrated}
          onChange={onFile}
        />
      </p>
      <div role="status" aria-live="polite">
        {problems.length > 0 && (
          <div class="notice">
            <p>{t("dash.importProblems")}</p>
            <ul>
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </div>
        )}
        {pending && merge && replace && (
          <div class="import-preview">
            <p>
              <strong>
                {t("dash.preview", {
                  date: formatDate(Date.parse(pending.exportedAt)),
                })}
              </strong>
            </p>
            <ul>
              {(
                [
                  ["lessonsCompleted", "dash.lessonsCompleted"],
                  ["questionsAnswered", "dash.questionsAnswered"],
                  ["answersInHistory", "dash.answersInHistory"],
                ] as const
              ).map(([k, label]) => (
                <li key={k}>
                  {t("dash.previewRow", {
                    label: t(label),
                    before: merge[k].before,
                    merge: merge[k].after,
                    replace: replace[k].after,
                  })}
                </li>
              ))}
            </ul>
            <p class="dash-actions">
              {(["merge", "replace"] as const).map((mode) => (
                <button
                  key={mode}
                  type="button"
                  class={mode === "merge" ? "button button-primary" : "button"}
                  onClick={() =>
                    guarded(() => {
                      importBackup(pending, mode);
                      done(t("dash.imported"));
                    })
                  }
                >
                  {mode === "merge" ? t("dash.merge") : t("dash.replace")}
                </button>
              ))}
              <button
                type="button"
                class="button"
                onClick={() => setPending(null)}
              >
                {t("dash.cancel")}
              </button>
            </p>
          </div>
        )}
        {message && <p class="notice">{message}</p>}
      </div>

      <h3>{t("dash.kept")}</h3>
      {kept.length === 0 ? (
        <p>{t("dash.keptNone")}</p>
      ) : (
        <ul>
          {kept.map((b) => (
            <li key={b.key}>
              <button
                type="button"
                class="link-button"
                onClick={() =>
                  guarded(() => {
                    const found = restoreBackup(b.key);
                    if (found.length > 0) setProblems(found);
                    else done(t("dash.done"));
                  })
                }
              >
                {t("dash.restore", {
                  date: `${formatDate(b.at)} ${new Date(b.at).toLocaleTimeString("id-ID")}`,
                })}
              </button>
            </li>
          ))}
        </ul>
      )}
      {aside.length > 0 && (
        <>
          <h3>{t("dash.aside")}</h3>
          <p>{t("dash.asideLead")}</p>
          <p>
            <button
              type="button"
              class="button"
              onClick={() =>
                downloadText(
                  JSON.stringify(
                    Object.fromEntries(aside.map((a) => [a.key, a.raw])),
                    null,
                    2,
                  ),
                  `data-disisihkan-${new Date().toISOString().slice(0, 10)}.json`,
                  "application/json",
                )
              }
            >
              {t("dash.asideDownload", { n: aside.length })}
            </button>
          </p>
        </>
      )}
      <p>
        <button
          type="button"
          class="button"
          disabled={!hydrated}
          onClick={() => {
            if (window.confirm(t("dash.resetConfirm")))
              guarded(() => {
                resetAll();
                done(t("dash.done"));
              });
          }}
        >
          {t("dash.reset")}
        </button>
      </p>
    </div>
  );
}
