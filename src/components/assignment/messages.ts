/** Indonesian messages for the problems the assignment code reports. */
import { t } from "../../i18n/t.ts";
import type { Problem } from "../../lib/assignment/link.ts";
import type { StudentProblem } from "../../lib/assignment/report.ts";
import type { RejectProblem } from "../../lib/assignment/summary.ts";

/** What is wrong with a link or an assignment being built, in a sentence. */
export function linkMessage(p: Problem): string {
  return t(`link.problem.${p.problem}`, { detail: p.detail ?? "" });
}

/** Why a report file was left out of the summary, in a sentence. */
export function rejectMessage(problem: RejectProblem, detail = ""): string {
  return t(`report.problem.${problem}`, { detail });
}

/** What to fix in the name or NIM, in a sentence. */
export function studentMessage(problem: StudentProblem): string {
  return t(`report.student.${problem}`);
}
