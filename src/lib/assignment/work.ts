/**
 * Where a student stands with an assignment: one item per lesson, case and
 * quiz, read from what the student's browser holds (the progress document,
 * the case records and the assignment's own record). Pure; reads the
 * progress document only through its exported functions.
 */
import type { ProgressDocument } from "../progress/models.ts";
import { ownValue } from "../progress/document.ts";
import { lessonMastery } from "../progress/mastery.ts";
import { lessonSummary } from "../progress/summary.ts";
import { practiceResult } from "../quiz/practice.ts";
import type { ScenarioRecord } from "../scenario/engine.ts";
import { lessonQuestionIds, quizQuestionIds } from "./link.ts";
import type {
  Assignment,
  AssignmentRecord,
  CaseItem,
  Catalog,
  EndingKind,
  ItemKey,
  ItemStatus,
  LessonItem,
  QuizItem,
  ReportItem,
} from "./models.ts";

/** What the student's browser holds, as read from the stores. */
export interface StudentData {
  progress: ProgressDocument;
  /** Case records by case id. */
  scenarios: Readonly<Record<string, ScenarioRecord>>;
  /** This assignment's record; undefined before it is opened. */
  record: AssignmentRecord | undefined;
}

/** Scores are compared with this slack, so 7 of 10 right meets a 70% pass mark. */
const EPSILON = 1e-9;

/** The key of a report item. */
export function itemKey(item: ReportItem): ItemKey {
  return item.kind === "quiz"
    ? "q"
    : item.kind === "lesson"
      ? `l:${item.id}`
      : `c:${item.id}`;
}

/** The keys of an assignment's items, in order: lessons, cases, the quiz. */
export function assignmentKeys(a: Assignment): ItemKey[] {
  return [
    ...a.lessons.map((slug): ItemKey => `l:${slug}`),
    ...a.cases.map((id): ItemKey => `c:${id}`),
    ...(a.quiz ? (["q"] as const) : []),
  ];
}

function lessonItem(
  slug: string,
  catalog: Catalog,
  progress: ProgressDocument,
): LessonItem {
  const summary = lessonSummary(progress, slug, []);
  const record = ownValue(progress.lessons, slug);
  const bankIds = lessonQuestionIds(catalog, slug);
  return {
    kind: "lesson",
    id: slug,
    status:
      summary.status === "completed"
        ? "done"
        : summary.status === "visited"
          ? "started"
          : "todo",
    ...(record ? { firstVisitedAt: record.firstVisitedAt } : {}),
    ...(summary.completedAt !== undefined
      ? { completedAt: summary.completedAt }
      : {}),
    mastery: lessonMastery(progress.log, bankIds).state,
  };
}

function caseItem(
  id: string,
  catalog: Catalog,
  scenarios: StudentData["scenarios"],
): CaseItem {
  const endings = catalog.cases.find((c) => c.id === id)?.endings ?? [];
  const record = ownValue(scenarios, id);
  const found = (record?.endings ?? []).flatMap((ending): EndingKind[] => {
    const kind = endings.find((e) => e.id === ending)?.kind;
    return kind ? [kind] : [];
  });
  return {
    kind: "case",
    id,
    status:
      found.length > 0
        ? "done"
        : (record?.run.path.length ?? 0) > 0
          ? "started"
          : "todo",
    endings: found,
    total: endings.length,
  };
}

function quizItem(
  a: Assignment,
  catalog: Catalog,
  record: AssignmentRecord | undefined,
): QuizItem {
  const lessonOf = new Map(
    Object.entries(catalog.questions).flatMap(([lesson, ids]) =>
      ids.map((id) => [id, lesson] as const),
    ),
  );
  const ids = quizQuestionIds(a.quiz, catalog.questions);
  const attempts = record?.quiz.attempts ?? {};
  const result = practiceResult(
    ids.map((id) => ({ id, lesson: lessonOf.get(id) ?? "" })),
    attempts,
  );
  const answered = ids.flatMap((id) => {
    const attempt = ownValue(attempts, id);
    return attempt ? [{ id, attempt }] : [];
  });
  const status: ItemStatus =
    result.answered === 0
      ? record?.quiz.startedAt === undefined
        ? "todo"
        : "started"
      : result.answered < result.questions
        ? "started"
        : "done";
  const last = Math.max(...answered.map((x) => x.attempt.at));
  return {
    kind: "quiz",
    status,
    questions: result.questions,
    answered: result.answered,
    right: result.right,
    score: result.score,
    passed: result.score + EPSILON >= a.minScore,
    tries: record?.quiz.tries ?? 0,
    ...(record?.quiz.startedAt !== undefined
      ? { startedAt: record.quiz.startedAt }
      : {}),
    ...(answered.length > 0 ? { lastAnswerAt: last } : {}),
    results: answered.map((x) => ({ q: x.id, score: x.attempt.score })),
  };
}

/** Every item of an assignment with the student's status, in `assignmentKeys` order. */
export function reportItems(
  a: Assignment,
  catalog: Catalog,
  data: StudentData,
): ReportItem[] {
  return [
    ...a.lessons.map((slug) => lessonItem(slug, catalog, data.progress)),
    ...a.cases.map((id) => caseItem(id, catalog, data.scenarios)),
    ...(a.quiz ? [quizItem(a, catalog, data.record)] : []),
  ];
}

/**
 * Where a student stands overall: `done` when every item is done, `todo`
 * when none is started, else `started`. (Whether the quiz reached the pass
 * mark is `QuizItem.passed`.)
 */
export function overallStatus(
  items: readonly { status: ItemStatus }[],
): ItemStatus {
  if (items.length > 0 && items.every((i) => i.status === "done"))
    return "done";
  if (items.every((i) => i.status === "todo")) return "todo";
  return "started";
}

/**
 * The end of the due day in the reader's time zone, ms epoch.
 * @param due "YYYY-MM-DD"
 * @param offsetMinutes the zone's offset as `Date#getTimezoneOffset` gives it (WIB: -420).
 */
export function dueEnd(due: string, offsetMinutes: number): number {
  return Date.parse(`${due}T23:59:59.999Z`) + offsetMinutes * 60_000;
}

/**
 * Whole days left until the end of the due day: 0 on the due day itself,
 * negative once it has passed.
 * @param now ms epoch.
 * @param offsetMinutes the reader's zone, as `Date#getTimezoneOffset` gives it.
 */
export function daysLeft(
  due: string,
  now: number,
  offsetMinutes: number,
): number {
  const DAY = 86_400_000;
  return Math.ceil((dueEnd(due, offsetMinutes) - now) / DAY) - 1;
}
