/**
 * Learner dashboard (`/kemajuan/`): lessons (status, mastery), cases (endings
 * found), exams (history) and review. Backup and restore are their own
 * island below it (`BackupPanel.tsx`), so that the page hydrates in two
 * shorter tasks rather than one long one.
 */
import { LESSON_STATE_KEYS, MASTERY_KEYS } from "../i18n/labels.ts";
import { useStore } from "@nanostores/preact";
import { $progress } from "../stores/progress.ts";
import { $scenarioRecords } from "../stores/scenarios.ts";
import { $exam } from "../stores/exam.ts";
import { lessonSummary } from "../lib/progress/summary.ts";
import { lessonMastery } from "../lib/progress/mastery.ts";
import { formatDate, t } from "../i18n/t.ts";
import { useHydrated } from "./useHydrated.ts";
import ProgressNotice from "./ProgressNotice.tsx";
import StudyStats from "./StudyStats.tsx";
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
  const history = hydrated ? exam.history : [];
  const last = history[history.length - 1];

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
    </div>
  );
}
