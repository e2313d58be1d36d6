/** Report files made with the real code, for the summary tests and the bench. */
import {
  createReport,
  reportText,
} from "../../../src/lib/assignment/report.ts";
import {
  assignmentId,
  encodeAssignment,
} from "../../../src/lib/assignment/link.ts";
import type {
  Assignment,
  ReportItem,
} from "../../../src/lib/assignment/models.ts";
import type { ReportFile } from "../../../src/lib/assignment/summary.ts";

/** The text of a report file of `a` by one student. */
export async function reportFile(
  a: Assignment,
  student: { name: string; nim: string },
  items: ReportItem[],
  createdAt: number,
  name = `laporan-${student.nim}.json`,
): Promise<ReportFile> {
  const report = await createReport({
    link: encodeAssignment(a),
    assignment: assignmentId(a),
    student,
    items,
    now: createdAt,
  });
  return { name, text: reportText(report) };
}
