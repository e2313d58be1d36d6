/**
 * Student assignment island (`/tugas/`): opened with `#t=<payload>`, it shows
 * the assignment, a checklist whose status follows the student's work
 * (lessons, cases, the quiz on this page), and the report to download and
 * hand in. Without a link it lists the assignments opened before, side by
 * side. Status comes from `src/lib/assignment/work.ts`; this island renders
 * and dispatches.
 */
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { useStore } from "@nanostores/preact";
import {
  decodeAssignment,
  quizQuestionIds,
  type LinkResult,
} from "../lib/assignment/link.ts";
import type {
  AssignmentRecord,
  Catalog,
  EndingKind,
  ItemStatus,
  ReportItem,
} from "../lib/assignment/models.ts";
import { normaliseNim } from "../lib/assignment/records.ts";
import {
  daysLeft,
  overallStatus,
  reportItems,
} from "../lib/assignment/work.ts";
import {
  createReport,
  reportFileName,
  reportText,
  studentProblems,
  type StudentProblem,
} from "../lib/assignment/report.ts";
import type { Response } from "../lib/quiz/models.ts";
import {
  $assignmentNotice,
  $assignments,
  answerAssignmentQuestion,
  forgetAssignment,
  openAssignmentRecord,
  restartAssignmentQuiz,
  saveStudent,
  startAssignmentQuiz,
} from "../stores/assignments.ts";
import { $progress } from "../stores/progress.ts";
import { $scenarioRecords } from "../stores/scenarios.ts";
import { formatDate, t } from "../i18n/t.ts";
import { useHydrated } from "./useHydrated.ts";
import { loadBank } from "./bank.ts";
import { href, lessonHref } from "./paths.ts";
import { downloadText } from "./download.ts";
import { linkMessage, studentMessage } from "./assignment/messages.ts";
import { formatDateTime, localDay } from "./assignment/dates.ts";
import ProgressNotice from "./ProgressNotice.tsx";
import QuestionCard, { type QuizQuestion } from "./quiz/QuestionCard.tsx";

/** Labels by status and mastery (whole key literals, so bundles can inline them). */
const TASK_STATUS = {
  todo: "task.status.todo",
  started: "task.status.started",
  done: "task.status.done",
} as const;
const TASK_ENDINGS = {
  baik: "task.ending.baik",
  sedang: "task.ending.sedang",
  buruk: "task.ending.buruk",
} as const satisfies Record<EndingKind, string>;
const TASK_MASTERY = {
  learning: "task.mastery.learning",
  mastered: "task.mastery.mastered",
} as const;

export interface StudentAssignmentProps {
  catalog: Catalog;
  /** The site's base path. */
  base: string;
}

const percent = (x: number) => Math.round(x * 100);

function StatusBadge({ status }: { status: ItemStatus }) {
  return (
    <span class="badge task-status" data-task={status}>
      {t(TASK_STATUS[status])}
    </span>
  );
}

function DueText({ due }: { due: string }) {
  const left = daysLeft(due, Date.now(), new Date().getTimezoneOffset());
  return (
    <>
      {formatDate(localDay(due))} (
      {left > 0
        ? t("task.daysLeft", { count: left })
        : left === 0
          ? t("task.dueToday")
          : t("task.overdue")}
      )
    </>
  );
}

export default function StudentAssignment({
  catalog,
  base,
}: StudentAssignmentProps) {
  const hydrated = useHydrated();
  const [hash, setHash] = useState<string | null>(null);
  const records = useStore($assignments);
  const notice = useStore($assignmentNotice);

  useEffect(() => {
    const read = () => setHash(window.location.hash);
    read();
    window.addEventListener("hashchange", read);
    return () => window.removeEventListener("hashchange", read);
  }, []);

  const payload = hash?.startsWith("#t=") ? hash.slice(3) : "";
  const decoded = useMemo(
    () => (payload ? decodeAssignment(payload, catalog) : null),
    [payload, catalog],
  );
  useEffect(() => {
    if (decoded?.ok) openAssignmentRecord(decoded.id, decoded.payload);
  }, [decoded]);

  if (!hydrated || hash === null)
    return <p class="task-loading">{t("task.loading")}</p>;

  return (
    <div class="student-assignment">
      <ProgressNotice />
      {notice && (
        <p class="notice" role="alert">
          {t("task.keptAside", { key: notice })}
        </p>
      )}
      {decoded && !decoded.ok && (
        <div class="notice" role="alert">
          <p>
            <strong>{t("task.badLink")}</strong> {linkMessage(decoded)}
          </p>
          <p>{t("task.badLinkHelp")}</p>
        </div>
      )}
      {decoded?.ok && records[decoded.id] ? (
        <AssignmentView
          result={decoded}
          record={records[decoded.id] as AssignmentRecord}
          catalog={catalog}
          base={base}
        />
      ) : (
        !decoded?.ok && <AssignmentList catalog={catalog} />
      )}
    </div>
  );
}

/** The assignments opened in this browser, side by side. */
function AssignmentList({ catalog }: { catalog: Catalog }) {
  const records = useStore($assignments);
  const progress = useStore($progress);
  const scenarios = useStore($scenarioRecords);
  const entries = Object.entries(records).sort(
    ([, a], [, b]) => b.openedAt - a.openedAt,
  );
  return (
    <section aria-labelledby="daftar-tugas">
      <h2 id="daftar-tugas">{t("task.listTitle")}</h2>
      {entries.length === 0 ? (
        <p>{t("task.listEmpty")}</p>
      ) : (
        <ul role="list" class="task-list">
          {entries.map(([id, record]) => {
            const result = decodeAssignment(record.link, catalog);
            if (!result.ok)
              return (
                <li key={id} class="task-card">
                  <p>{linkMessage(result)}</p>
                </li>
              );
            const a = result.assignment;
            const items = reportItems(a, catalog, {
              progress,
              scenarios,
              record,
            });
            const done = items.filter((i) => i.status === "done").length;
            return (
              <li key={id} class="task-card">
                <h3>
                  <a href={`${href("tugas/")}#t=${record.link}`}>
                    {a.title || t("task.untitled", { className: a.className })}
                  </a>
                </h3>
                <p>
                  {a.className} · {t("task.due")}: <DueText due={a.due} /> ·{" "}
                  {t("task.openedOn", {
                    date: formatDateTime(record.openedAt),
                  })}
                </p>
                <p>
                  <StatusBadge status={overallStatus(items)} />{" "}
                  {t("task.doneCount", { done, total: items.length })}
                </p>
                <button
                  type="button"
                  class="link-button"
                  onClick={() => {
                    if (window.confirm(t("task.forgetConfirm")))
                      forgetAssignment(id);
                  }}
                >
                  {t("task.forget")}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

interface ViewProps {
  result: Extract<LinkResult, { ok: true }>;
  record: AssignmentRecord;
  catalog: Catalog;
  base: string;
}

/** One assignment: what to do, its status, the quiz and the report. */
function AssignmentView({ result, record, catalog, base }: ViewProps) {
  const { assignment: a, id, payload } = result;
  const progress = useStore($progress);
  const scenarios = useStore($scenarioRecords);
  const items = reportItems(a, catalog, { progress, scenarios, record });
  const done = items.filter((i) => i.status === "done").length;
  const lessonTitle = (slug: string) =>
    catalog.lessons.find((l) => l.slug === slug)?.title ?? slug;
  const caseTitle = (caseId: string) =>
    catalog.cases.find((c) => c.id === caseId)?.title ?? caseId;

  return (
    <article class="task-view" aria-labelledby="judul-tugas">
      <h2 id="judul-tugas">
        {a.title || t("task.untitled", { className: a.className })}
      </h2>
      <dl class="sheet-meta">
        <dt>{t("task.class")}</dt>
        <dd>{a.className}</dd>
        <dt>{t("task.due")}</dt>
        <dd>
          <DueText due={a.due} />
        </dd>
        {a.quiz && (
          <>
            <dt>{t("task.minScore")}</dt>
            <dd>{percent(a.minScore)}%</dd>
          </>
        )}
        <dt class="print-only">{t("task.student")}</dt>
        <dd class="print-only">
          {record.student.name || "—"} ({record.student.nim || "—"})
        </dd>
      </dl>

      <h3>{t("task.checklist", { done, total: items.length })}</h3>
      <ol class="task-checklist">
        {items.map((item) => (
          <ChecklistItem
            key={item.kind === "quiz" ? "q" : `${item.kind}:${item.id}`}
            item={item}
            title={
              item.kind === "lesson"
                ? lessonTitle(item.id)
                : item.kind === "case"
                  ? caseTitle(item.id)
                  : ""
            }
          />
        ))}
      </ol>
      <p class="hint screen-only">{t("task.liveHint")}</p>

      {a.quiz && (
        <QuizPanel
          id={id}
          result={result}
          record={record}
          catalog={catalog}
          base={base}
          item={items.find((i) => i.kind === "quiz")}
        />
      )}

      <ReportPanel id={id} payload={payload} record={record} items={items} />
    </article>
  );
}

function ChecklistItem({ item, title }: { item: ReportItem; title: string }) {
  return (
    <li data-task={item.status}>
      <StatusBadge status={item.status} />{" "}
      {item.kind === "lesson" ? (
        <>
          <a href={lessonHref(item.id)}>{t("task.itemLesson", { title })}</a>
          <span class="task-detail">
            {item.status === "done" && item.completedAt !== undefined
              ? t("task.completedOn", { date: formatDate(item.completedAt) })
              : t("task.lessonTodo")}{" "}
            {item.mastery !== "none" && t(TASK_MASTERY[item.mastery])}
          </span>
        </>
      ) : item.kind === "case" ? (
        <>
          <a href={href(`kasus/${item.id}/`)}>
            {t("task.itemCase", { title })}
          </a>
          <span class="task-detail">
            {item.endings.length > 0
              ? t("task.endings", {
                  found: item.endings.length,
                  total: item.total,
                  kinds: item.endings.map((e) => t(TASK_ENDINGS[e])).join(", "),
                })
              : t("task.caseTodo")}
          </span>
        </>
      ) : (
        <>
          <a href="#kuis-tugas">
            {t("task.itemQuiz", { count: item.questions })}
          </a>
          <span class="task-detail">
            {item.answered > 0
              ? t("task.quizScore", {
                  answered: item.answered,
                  total: item.questions,
                  percent: percent(item.score),
                })
              : t("task.quizTodo")}
          </span>
        </>
      )}
    </li>
  );
}

interface QuizPanelProps {
  id: string;
  result: Extract<LinkResult, { ok: true }>;
  record: AssignmentRecord;
  catalog: Catalog;
  base: string;
  item: ReportItem | undefined;
}

function QuizPanel({
  id,
  result,
  record,
  catalog,
  base,
  item,
}: QuizPanelProps) {
  const [bank, setBank] = useState<Map<string, QuizQuestion> | null>(null);
  const [failed, setFailed] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const started = record.quiz.startedAt !== undefined;
  const ids = useMemo(
    () => quizQuestionIds(result.assignment.quiz, catalog.questions),
    [result, catalog],
  );

  useEffect(() => {
    if (!started || bank) return;
    loadBank(base)
      .then((questions) => setBank(new Map(questions.map((q) => [q.id, q]))))
      .catch(() => setFailed(true));
  }, [started, bank, base]);

  const questions = bank
    ? ids.flatMap((q) => (bank.get(q) ? [bank.get(q) as QuizQuestion] : []))
    : [];
  const quiz = item?.kind === "quiz" ? item : undefined;

  return (
    <section class="task-quiz" aria-labelledby="kuis-tugas">
      <h3 id="kuis-tugas" tabIndex={-1} ref={heading}>
        {t("task.quizTitle", { count: ids.length })}
      </h3>
      <p class="hint">
        {t("task.quizLead", { percent: percent(result.assignment.minScore) })}
      </p>
      {!started ? (
        <button
          type="button"
          class="button button-primary"
          onClick={() => startAssignmentQuiz(id)}
        >
          {t("task.startQuiz")}
        </button>
      ) : failed ? (
        <p class="notice" role="alert">
          {t("practice.loadFailed")}
        </p>
      ) : !bank ? (
        <p role="status">{t("practice.loading")}</p>
      ) : (
        <>
          <div class="quiz">
            {questions.map((question, index) => (
              <QuestionCard
                key={`${question.id}:${record.quiz.tries}`}
                question={question}
                n={index + 1}
                total={questions.length}
                seed={id}
                attempt={record.quiz.attempts[question.id]}
                allowRetry={false}
                onAnswer={(response: Response) =>
                  answerAssignmentQuestion(id, question, response)
                }
              />
            ))}
          </div>
          {quiz && (
            <p class="task-quiz-score" role="status">
              {t("task.quizResult", {
                answered: quiz.answered,
                total: quiz.questions,
                right: quiz.right,
                percent: percent(quiz.score),
              })}{" "}
              {quiz.status === "done" &&
                (quiz.passed ? t("task.passed") : t("task.notPassed"))}{" "}
              {quiz.startedAt !== undefined &&
                quiz.lastAnswerAt !== undefined &&
                quizMinutes(quiz.lastAnswerAt - quiz.startedAt)}
            </p>
          )}
          <p>
            <button
              type="button"
              class="button"
              onClick={() => {
                if (window.confirm(t("task.restartConfirm"))) {
                  restartAssignmentQuiz(id);
                  requestAnimationFrame(() => heading.current?.focus());
                }
              }}
            >
              {t("task.restart")}
            </button>{" "}
            <span class="hint">
              {t("task.tries", { count: record.quiz.tries })}
            </span>
          </p>
        </>
      )}
    </section>
  );
}

/** The time from the start of the quiz to its last answer, in a sentence ("kurang dari 1 menit" under half a minute). */
function quizMinutes(ms: number): string {
  const count = Math.max(0, Math.round(ms / 60_000));
  return count === 0
    ? t("task.quizUnderMinute")
    : t("task.quizMinutes", { count });
}

/** The field each problem of the name and NIM is about. */
const STUDENT_FIELDS: Record<StudentProblem, "laporan-nama" | "laporan-nim"> = {
  "no-name": "laporan-nama",
  "long-name": "laporan-nama",
  "bad-nim": "laporan-nim",
};

interface ReportPanelProps {
  id: string;
  payload: string;
  record: AssignmentRecord;
  items: ReportItem[];
}

function ReportPanel({ id, payload, record, items }: ReportPanelProps) {
  const [name, setName] = useState(record.student.name);
  const [nim, setNim] = useState(record.student.nim);
  const [problems, setProblems] = useState<StudentProblem[]>([]);
  const [status, setStatus] = useState("");
  const problemOf = (field: "laporan-nama" | "laporan-nim") =>
    problems.find((p) => STUDENT_FIELDS[p] === field);
  /** aria-invalid and aria-describedby for a field, when it has a problem. */
  const invalid = (field: "laporan-nama" | "laporan-nim") =>
    problemOf(field)
      ? { "aria-invalid": true as const, "aria-describedby": `${field}-salah` }
      : {};
  const errorText = (field: "laporan-nama" | "laporan-nim") => {
    const problem = problemOf(field);
    return problem ? (
      <span class="field-error" id={`${field}-salah`}>
        {studentMessage(problem)}
      </span>
    ) : null;
  };

  async function download() {
    const found = studentProblems({ name, nim });
    setProblems(found);
    if (found.length > 0) {
      setStatus("");
      const first = STUDENT_FIELDS[found[0] as StudentProblem];
      requestAnimationFrame(() => document.getElementById(first)?.focus());
      return;
    }
    // Kept as digits only, as the report writes it.
    const student = { name: name.trim(), nim: normaliseNim(nim) ?? nim };
    setName(student.name);
    setNim(student.nim);
    saveStudent(id, student);
    const report = await createReport({
      link: payload,
      assignment: id,
      student,
      items,
      now: Date.now(),
    });
    const file = reportFileName(report);
    downloadText(reportText(report), file, "application/json");
    setStatus(
      t("task.reportSaved", {
        file,
        time: formatDateTime(report.createdAt),
      }),
    );
  }

  return (
    <section class="task-report" aria-labelledby="laporan-tugas">
      <h3 id="laporan-tugas">{t("task.reportTitle")}</h3>
      <p>{t("task.reportLead")}</p>
      <div class="screen-only">
        <p class="field">
          <label for="laporan-nama">{t("task.name")}</label>
          <input
            id="laporan-nama"
            type="text"
            autoComplete="name"
            value={name}
            onInput={(e) => setName(e.currentTarget.value)}
            onChange={(e) =>
              saveStudent(id, { name: e.currentTarget.value, nim })
            }
            {...invalid("laporan-nama")}
          />
          {errorText("laporan-nama")}
        </p>
        <p class="field">
          <label for="laporan-nim">{t("task.nim")}</label>
          <input
            id="laporan-nim"
            type="text"
            inputMode="numeric"
            value={nim}
            onInput={(e) => setNim(e.currentTarget.value)}
            onChange={(e) =>
              saveStudent(id, { name, nim: e.currentTarget.value })
            }
            {...invalid("laporan-nim")}
          />
          {errorText("laporan-nim")}
        </p>
        <p class="dash-actions">
          <button
            type="button"
            class="button button-primary"
            onClick={() => void download()}
          >
            {t("task.download")}
          </button>
          <button type="button" class="button" onClick={() => window.print()}>
            {t("task.print")}
          </button>
        </p>
      </div>
      <div role="status" aria-live="polite">
        {problems.length > 0 && (
          <ul class="problem-list">
            {problems.map((p) => (
              <li key={p}>{studentMessage(p)}</li>
            ))}
          </ul>
        )}
        {status && <p>{status}</p>}
      </div>
      <p class="hint">{t("task.checksumNote")}</p>
    </section>
  );
}
