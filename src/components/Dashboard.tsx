/**
 * Learner dashboard (`/kemajuan/`): lessons (status, mastery), cases (endings
 * found), exams (history), and backup: export, import with a preview and a
 * choice of merge or replace, kept backups to restore, and a reset. Reading
 * and writing happen in `src/stores/backup.ts`; this island renders and dispatches.
 */
import { useState } from "preact/hooks";
import { LESSON_STATE_KEYS, MASTERY_KEYS } from "../i18n/labels.ts";
import { useStore } from "@nanostores/preact";
import { $progress } from "../stores/progress.ts";
import { $scenarioRecords } from "../stores/scenarios.ts";
import { $exam } from "../stores/exam.ts";
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
import { lessonSummary } from "../lib/progress/summary.ts";
import { lessonMastery } from "../lib/progress/mastery.ts";
import { formatDate, t } from "../i18n/t.ts";
import { useHydrated } from "./useHydrated.ts";
import ProgressNotice from "./ProgressNotice.tsx";
import StudyStats from "./StudyStats.tsx";
import { downloadText } from "./download.ts";
import ActivityChart from "./ActivityChart.tsx";
import ExamChart from "./ExamChart.tsx";
import { localTimeZone } from "../lib/review/days.ts";
import { dueCount } from "../lib/review/due.ts";
import { dailyGoal, recentActivity } from "../lib/review/study.ts";

export interface DashboardProps {
  lessons: { slug: string; title: string; href: string; bankIds: string[] }[];
  cases: { id: string; title: string; href: string; endings: number }[];
  /** Links to the review page and the certificate page. */
  reviewHref: string;
  certificateHref: string;
}

export default function Dashboard({
  lessons,
  cases,
  reviewHref,
  certificateHref,
}: DashboardProps) {
  const hydrated = useHydrated();
  const progress = useStore($progress);
  const records = useStore($scenarioRecords);
  const exam = useStore($exam);
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

  const history = hydrated ? exam.history : [];
  const kept = hydrated ? listBackups() : [];
  const aside = hydrated ? listKeptAside() : [];
  const last = history[history.length - 1];
  const merge = pending
    ? previewImport(progress, pending.progress, "merge")
    : null;
  const replace = pending
    ? previewImport(progress, pending.progress, "replace")
    : null;

  const zone = localTimeZone();
  const now = Date.now();
  const completed = lessons.filter(
    (l) => progress.lessons[l.slug]?.completedAt !== undefined,
  ).length;

  return (
    <div class="dashboard">
      <ProgressNotice />
      <p class="dash-actions no-print">
        <button
          type="button"
          class="button"
          disabled={!hydrated}
          onClick={() => window.print()}
        >
          {t("dash.print")}
        </button>
        <a class="button" href={certificateHref}>
          {t("cert.title")}
        </a>
      </p>
      <p class="print-only">{t("dash.printedOn", { date: formatDate(now) })}</p>
      <h2>{t("dash.lessons")}</h2>
      <p>
        {t("dash.completedCount", {
          done: hydrated ? completed : 0,
          total: lessons.length,
        })}{" "}
        <progress
          max={lessons.length}
          value={hydrated ? completed : 0}
          aria-label={t("dash.lessonsCompleted")}
        />
      </p>
      <table class="results-table dash-lessons">
        <thead>
          <tr>
            <th scope="col">{t("dash.colLesson")}</th>
            <th scope="col">{t("dash.colStatus")}</th>
            <th scope="col">{t("dash.colMastery")}</th>
          </tr>
        </thead>
        <tbody>
          {lessons.map((l) => {
            const summary = lessonSummary(progress, l.slug, []);
            const mastery = lessonMastery(progress.log, l.bankIds);
            return (
              <tr key={l.slug}>
                <th scope="row">
                  <a href={l.href}>{l.title}</a>
                </th>
                <td>{hydrated ? t(LESSON_STATE_KEYS[summary.status]) : "…"}</td>
                <td>
                  {!hydrated
                    ? "…"
                    : mastery.state === "none"
                      ? t("mastery.none")
                      : t(MASTERY_KEYS[mastery.state], { ...mastery })}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>

      <h2>{t("dash.cases")}</h2>
      <ul>
        {cases.map((c) => (
          <li key={c.id}>
            <a href={c.href}>{c.title}</a>:{" "}
            {t("dash.caseEndings", {
              found: hydrated ? (records[c.id]?.endings.length ?? 0) : 0,
              total: c.endings,
            })}
          </li>
        ))}
      </ul>

      <h2>{t("dash.exams")}</h2>
      <p>
        {last
          ? t("dash.examsSummary", {
              count: history.length,
              percent: Math.round(last.result.ratio * 100),
              date: formatDate(last.submittedAt),
            })
          : t("dash.examsNone")}
      </p>
      {history.length > 1 && (
        <ExamChart
          points={history.map((h) => ({
            at: h.submittedAt,
            ratio: h.result.ratio,
          }))}
        />
      )}

      <h2>{t("dash.review")}</h2>
      {hydrated && (
        <>
          <p>
            {dueCount(progress, now, zone) > 0
              ? t("review.homeSome", { n: dueCount(progress, now, zone) })
              : t("review.homeNone")}{" "}
            <a href={reviewHref}>{t("review.homeLink")}</a>
          </p>
          <StudyStats />
          <ActivityChart
            days={recentActivity(progress, now, zone, 14)}
            goal={dailyGoal(progress, now, zone).goal}
          />
        </>
      )}

      <div class="no-print">
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
                <button
                  type="button"
                  class="button button-primary"
                  onClick={() =>
                    guarded(
                      () => (
                        importBackup(pending, "merge"),
                        done(t("dash.imported"))
                      ),
                    )
                  }
                >
                  {t("dash.merge")}
                </button>
                <button
                  type="button"
                  class="button"
                  onClick={() =>
                    guarded(
                      () => (
                        importBackup(pending, "replace"),
                        done(t("dash.imported"))
                      ),
                    )
                  }
                >
                  {t("dash.replace")}
                </button>
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
    </div>
  );
}
