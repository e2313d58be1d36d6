/** Indonesian messages for the problems the assignment code reports. */
import { t, type MessageKey } from "../../i18n/t.ts";
import type { Problem } from "../../lib/assignment/link.ts";
import type { StudentProblem } from "../../lib/assignment/report.ts";
import type { RejectProblem } from "../../lib/assignment/summary.ts";

// Whole key literals (never built at run time), so browser bundles can inline them.
const LINK_PROBLEMS = {
  empty: "link.problem.empty",
  malformed: "link.problem.malformed",
  checksum: "link.problem.checksum",
  "newer-version": "link.problem.newer-version",
  invalid: "link.problem.invalid",
  "no-class": "link.problem.no-class",
  "bad-date": "link.problem.bad-date",
  "no-items": "link.problem.no-items",
  "unknown-lesson": "link.problem.unknown-lesson",
  "unknown-case": "link.problem.unknown-case",
  "unknown-question": "link.problem.unknown-question",
  "not-enough-questions": "link.problem.not-enough-questions",
} as const satisfies Record<Problem["problem"], MessageKey>;
const REPORT_PROBLEMS = {
  "not-json": "report.problem.not-json",
  "wrong-format": "report.problem.wrong-format",
  "newer-version": "report.problem.newer-version",
  checksum: "report.problem.checksum",
  invalid: "report.problem.invalid",
  "other-assignment": "report.problem.other-assignment",
  duplicate: "report.problem.duplicate",
  "too-large": "report.problem.too-large",
} as const satisfies Record<RejectProblem, MessageKey>;
const STUDENT_PROBLEMS = {
  "no-name": "report.student.no-name",
  "long-name": "report.student.long-name",
  "bad-nim": "report.student.bad-nim",
} as const satisfies Record<StudentProblem, MessageKey>;

/** What is wrong with a link or an assignment being built, in a sentence. */
export function linkMessage(p: Problem): string {
  return t(LINK_PROBLEMS[p.problem], { detail: p.detail ?? "" });
}

/** Builder wording for a field out of range, by the field's short name in the link. */
const BUILDER_FIELDS: Record<string, MessageKey> = {
  j: "assign.problem.title",
  k: "assign.problem.className",
  m: "assign.problem.minScore",
  "q.i": "assign.problem.chosen",
  "q.l": "assign.problem.drawLessons",
  "q.n": "assign.problem.count",
  "q.s": "assign.problem.seed",
};

/** What the lecturer should fix in the form, in a sentence. */
export function builderMessage(p: Problem): string {
  const key =
    p.problem === "invalid" && p.detail !== undefined
      ? BUILDER_FIELDS[p.detail]
      : undefined;
  return key ? t(key) : linkMessage(p);
}

/** Why a report file was left out of the summary, in a sentence. An edited file names the student written in it (`detail`). */
export function rejectMessage(problem: RejectProblem, detail = ""): string {
  if (problem === "checksum" && detail !== "")
    return t("report.problem.checksumNamed", { detail });
  return t(REPORT_PROBLEMS[problem], { detail });
}

/** What to fix in the name or NIM, in a sentence. */
export function studentMessage(problem: StudentProblem): string {
  return t(STUDENT_PROBLEMS[problem]);
}
