/**
 * `node src/scripts/scenario-check.ts`: checks the case simulations in
 * content/scenarios/ (schema, references, graph rules) and prints each
 * scenario's decision points per stage and its endings.
 */
import { readCourseSources } from "../integrations/content-check.ts";
import { checkCourse, formatProblems } from "../lib/content/check.ts";
import { STAGES } from "../lib/scenario/schema.ts";

const course = checkCourse(
  readCourseSources(process.env["COURSE_CONTENT_DIR"] ?? "content"),
);
for (const scenario of course.scenarios) {
  const decisions = scenario.nodes.filter((n) => n.choices);
  const perStage = STAGES.map(
    (s) => `${s} ${decisions.filter((n) => n.stage === s).length}`,
  ).join(", ");
  const ends = scenario.nodes.flatMap((n) =>
    n.ending ? [`${n.id} (${n.ending.kind})`] : [],
  );
  console.log(
    `${scenario.id}: ${decisions.length} titik keputusan (${perStage}); akhir: ${ends.join(", ")}`,
  );
}
const problems = course.problems.filter((p) => p.path.includes("scenarios"));
if (problems.length > 0) {
  console.log(
    `\nMasalah kasus (${problems.length}):\n${formatProblems(problems)}`,
  );
  process.exitCode = 1;
} else console.log("Semua kasus lolos pemeriksaan.");
