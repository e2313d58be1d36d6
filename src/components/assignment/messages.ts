/** Indonesian messages for the problems the assignment code reports. */
import { t, type MessageKey } from "../../i18n/t.ts";
import type { Problem } from "../../lib/assignment/link.ts";
import type { StudentProblem } from "../../lib/assignment/report.ts";
import type { RejectProblem } from "../../lib/assignment/summary.ts";

/** What is wrong with a link or an assignment being built, in a sentence. */
export function linkMessage(p: Problem): string {
  return t(`link.problem.${p.problem}`, { detail: p.detail ?? "" });
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

/** Why a report file was left out of the summary, in a sentence. */
export function rejectMessage(problem: RejectProblem, detail = ""): string {
  return t(`report.problem.${problem}`, { detail });
}

/** What to fix in the name or NIM, in a sentence. */
export function studentMessage(problem: StudentProblem): string {
  return t(`report.student.${problem}`);
}
