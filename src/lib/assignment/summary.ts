/**
 * The class summary: many report files in, one table out. Files that cannot
 * be used (broken, edited, of another assignment, a second file of the same
 * NIM) are each listed with the reason, never dropped silently. Pure.
 */
import type { MasteryState } from "../progress/mastery.ts";
import type {
  Assignment,
  EndingKind,
  ItemKey,
  ItemStatus,
  Report,
} from "./models.ts";
import { checkReport, type ReportProblem } from "./report.ts";
import { assignmentKeys, itemKey, overallStatus } from "./work.ts";

/** A file as picked or dropped: its name and its text. */
export interface ReportFile {
  name: string;
  text: string;
}

/** A report that passed its checks, with the file it came from. */
export interface Accepted {
  file: string;
  report: Report;
}

/** Why a file is not in the table: its check failed, another file of the same NIM is newer, or it is too large to be a report. */
export type RejectProblem = ReportProblem | "duplicate" | "too-large";

/** Files larger than this many bytes are not read: no report comes near it. */
export const MAX_REPORT_BYTES = 1_000_000;

/** A file left out, and why. */
export interface Rejection {
  file: string;
  problem: RejectProblem;
  /** For `duplicate`: the file kept instead; otherwise as `checkReport` gives it. */
  detail?: string;
}

/** The files sorted into used and left out. */
export interface Collected {
  accepted: Accepted[];
  rejected: Rejection[];
}

const nimKey = (nim: string) => nim.trim().toUpperCase();

/** The files after adding more, and the names of added files already there. */
export interface Merged {
  files: ReportFile[];
  /** Added files whose text is the same as a file already there (or added before them): left out. */
  repeated: string[];
}

/**
 * Add picked or dropped files to those already loaded. A file with the very
 * same text as one already loaded (the same file picked again, under any
 * name) is left out and named in `repeated`, rather than being counted as an
 * older copy of itself.
 */
export function mergeReportFiles(
  loaded: readonly ReportFile[],
  added: readonly ReportFile[],
): Merged {
  const seen = new Set(loaded.map((f) => f.text));
  const files = [...loaded];
  const repeated: string[] = [];
  for (const file of added) {
    if (seen.has(file.text)) repeated.push(file.name);
    else {
      seen.add(file.text);
      files.push(file);
    }
  }
  return { files, repeated };
}

/**
 * Check every file and keep one report per NIM: the newest (`createdAt`; on
 * a tie, the file given later). Every other file is listed in `rejected`.
 * @param assignment the id of the assignment being summarised.
 */
export async function collectReports(
  files: readonly ReportFile[],
  assignment: string,
): Promise<Collected> {
  const checks = await Promise.all(
    files.map((f) => checkReport(f.text, assignment)),
  );
  const rejected: Rejection[] = [];
  const newest = new Map<string, Accepted>();
  const older: Accepted[] = [];
  checks.forEach((check, i) => {
    const file = (files[i] as ReportFile).name;
    if (!check.ok) {
      rejected.push({
        file,
        problem: check.problem,
        ...(check.detail === undefined ? {} : { detail: check.detail }),
      });
      return;
    }
    const key = nimKey(check.report.student.nim);
    const kept = newest.get(key);
    const entry = { file, report: check.report };
    if (!kept) newest.set(key, entry);
    else if (check.report.createdAt >= kept.report.createdAt) {
      older.push(kept);
      newest.set(key, entry);
    } else older.push(entry);
  });
  for (const old of older)
    rejected.push({
      file: old.file,
      problem: "duplicate",
      detail: newest.get(nimKey(old.report.student.nim))?.file ?? "",
    });
  return { accepted: [...newest.values()], rejected };
}

/** One cell of the table: a student's status on one item. */
export interface Cell {
  status: ItemStatus;
  /** Quiz only: mean credit, 0..1. */
  score?: number;
  /** Quiz only: whether the score reaches the pass mark. */
  passed?: boolean;
  /** Quiz only: questions answered in the current try. */
  answered?: number;
  /** Quiz only: whole minutes from the start of the try to its last answer. */
  minutes?: number;
  /** Lessons only. */
  mastery?: MasteryState;
  /** Cases only: endings found. */
  endings?: EndingKind[];
}

/** One student's row. */
export interface StudentRow {
  file: string;
  name: string;
  nim: string;
  /** When the report was made, ms epoch. */
  createdAt: number;
  /** Made after the end of the due day. */
  late: boolean;
  status: ItemStatus;
  /** A cell for every key of the assignment. */
  cells: Partial<Record<ItemKey, Cell>>;
  /** Items done. */
  done: number;
  /** Quiz score, 0..1; null when no question of the quiz was answered (not worked on); absent without a quiz. */
  quizScore?: number | null;
  /** Whether the quiz reached the pass mark (false when not worked on); absent without a quiz. */
  passed?: boolean;
}

/** How the class did on one item. */
export interface ItemStat {
  key: ItemKey;
  done: number;
  started: number;
  todo: number;
  /** Quiz only: how many students answered at least one question. */
  scored?: number;
  /** Quiz only: mean score over the students who answered (`scored`), 0..1; null when none did. */
  meanScore?: number | null;
}

/** A question many students got wrong. */
export interface MissedQuestion {
  q: string;
  /** Students who answered it. */
  answered: number;
  /** Of those, students whose answer was not fully right. */
  wrong: number;
  /** Mean credit among those who answered, 0..1. */
  meanScore: number;
}

/** The whole summary. */
export interface ClassSummary {
  keys: ItemKey[];
  rows: StudentRow[];
  items: ItemStat[];
  /** Mean share of items done per student, 0..1 (0 with no students). */
  meanDone: number;
  /** Mean quiz score over the students who worked on the quiz, 0..1; null when none did; absent without a quiz or students. */
  meanQuiz?: number | null;
  /** How many students worked on the quiz (answered at least one question); absent without a quiz or students. */
  quizTakers?: number;
  /** Students who reached the pass mark. */
  passed: number;
  /** Students whose report shows nothing started, by name. */
  notStarted: StudentRow[];
  /** Questions answered wrongly by at least one student, most missed first. */
  mostMissed: MissedQuestion[];
}

const mean = (xs: readonly number[]) =>
  xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length;

const collator = new Intl.Collator("id", { sensitivity: "base" });

/**
 * Summarise the accepted reports of one assignment.
 * @param dueAt the end of the due day, ms epoch (see `dueEnd`).
 * @param missedLimit how many of the most-missed questions to list.
 */
export function summariseClass(
  a: Assignment,
  accepted: readonly Accepted[],
  dueAt: number,
  missedLimit = 10,
): ClassSummary {
  const keys = assignmentKeys(a);
  const rows = accepted.map(({ file, report }): StudentRow => {
    const byKey = new Map(report.items.map((i) => [itemKey(i), i]));
    const cells: Partial<Record<ItemKey, Cell>> = {};
    for (const key of keys) {
      const item = byKey.get(key);
      cells[key] = !item
        ? { status: "todo" }
        : item.kind === "quiz"
          ? {
              status: item.status,
              score: item.score,
              passed: item.passed,
              answered: item.answered,
              ...(item.startedAt !== undefined &&
              item.lastAnswerAt !== undefined
                ? {
                    minutes: Math.max(
                      0,
                      Math.round((item.lastAnswerAt - item.startedAt) / 60_000),
                    ),
                  }
                : {}),
            }
          : item.kind === "lesson"
            ? { status: item.status, mastery: item.mastery }
            : { status: item.status, endings: item.endings };
    }
    const quiz = cells["q"];
    return {
      file,
      name: report.student.name,
      nim: report.student.nim,
      createdAt: report.createdAt,
      late: report.createdAt > dueAt,
      status: overallStatus(
        keys.map((key) => cells[key] ?? { status: "todo" }),
      ),
      cells,
      done: keys.filter((key) => cells[key]?.status === "done").length,
      ...(a.quiz
        ? {
            quizScore:
              quiz && (quiz.answered ?? 0) > 0 ? (quiz.score ?? 0) : null,
            passed: quiz?.passed ?? false,
          }
        : {}),
    };
  });
  rows.sort((x, y) => collator.compare(x.name, y.name));

  const quizScores = rows.flatMap((r) =>
    typeof r.quizScore === "number" ? [r.quizScore] : [],
  );
  const quizMean = quizScores.length > 0 ? mean(quizScores) : null;
  const items = keys.map((key): ItemStat => {
    const cells = rows.map((r) => r.cells[key]?.status ?? "todo");
    return {
      key,
      done: cells.filter((s) => s === "done").length,
      started: cells.filter((s) => s === "started").length,
      todo: cells.filter((s) => s === "todo").length,
      ...(key === "q"
        ? { scored: quizScores.length, meanScore: quizMean }
        : {}),
    };
  });

  const perQuestion = new Map<string, number[]>();
  for (const { report } of accepted)
    for (const item of report.items)
      if (item.kind === "quiz")
        for (const r of item.results)
          perQuestion.set(r.q, [...(perQuestion.get(r.q) ?? []), r.score]);
  const mostMissed = [...perQuestion.entries()]
    .map(([q, scores]) => ({
      q,
      answered: scores.length,
      wrong: scores.filter((s) => s < 1).length,
      meanScore: mean(scores),
    }))
    .filter((m) => m.wrong > 0)
    .sort(
      (x, y) =>
        y.wrong / y.answered - x.wrong / x.answered ||
        y.wrong - x.wrong ||
        x.meanScore - y.meanScore ||
        (x.q < y.q ? -1 : 1),
    )
    .slice(0, missedLimit);

  return {
    keys,
    rows,
    items,
    meanDone:
      keys.length === 0 ? 0 : mean(rows.map((r) => r.done / keys.length)),
    ...(a.quiz && rows.length > 0
      ? { meanQuiz: quizMean, quizTakers: quizScores.length }
      : {}),
    passed: rows.filter((r) => r.passed === true).length,
    notStarted: rows.filter((r) => r.status === "todo"),
    mostMissed,
  };
}

/** Columns the table can be sorted by. */
export type SortKey = "name" | "nim" | "status" | "quiz" | "done" | "createdAt";

const STATUS_ORDER: Record<ItemStatus, number> = {
  todo: 0,
  started: 1,
  done: 2,
};

/** Rows sorted by a column (a stable sort; ties keep name order). By quiz, a quiz not worked on comes below 0%. */
export function sortRows(
  rows: readonly StudentRow[],
  by: SortKey,
  direction: "asc" | "desc",
): StudentRow[] {
  const value = (r: StudentRow): number | string =>
    by === "name"
      ? r.name
      : by === "nim"
        ? r.nim
        : by === "status"
          ? STATUS_ORDER[r.status]
          : by === "quiz"
            ? (r.quizScore ?? -1)
            : by === "done"
              ? r.done
              : r.createdAt;
  const sign = direction === "asc" ? 1 : -1;
  return [...rows].sort((x, y) => {
    const a = value(x);
    const b = value(y);
    const c =
      typeof a === "string" && typeof b === "string"
        ? collator.compare(a, b)
        : (a as number) - (b as number);
    return sign * c;
  });
}

/** Which rows to show. */
export type RowFilter = "all" | ItemStatus | "failed" | "late";

/**
 * Rows whose name or NIM contains `query` (case and accents ignored) and
 * that match the filter: a status, `failed` (quiz worked on, below the
 * pass mark; a quiz not worked on is under `todo` or `started`) or
 * `late` (made after the due day).
 */
export function filterRows(
  rows: readonly StudentRow[],
  query: string,
  show: RowFilter,
): StudentRow[] {
  const fold = (s: string) =>
    s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  const q = fold(query.trim());
  return rows.filter(
    (r) =>
      (q === "" || fold(r.name).includes(q) || fold(r.nim).includes(q)) &&
      (show === "all" ||
        (show === "failed"
          ? r.passed === false && typeof r.quizScore === "number"
          : show === "late"
            ? r.late
            : r.status === show)),
  );
}
