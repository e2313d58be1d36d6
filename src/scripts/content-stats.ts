/**
 * `npm run content:stats`: prints the question bank's figures — questions by
 * lesson, type and difficulty, the case-based share, and the spread of
 * single-choice key positions.
 */
import { readCourseSources } from "../integrations/content-check.ts";
import { checkCourse, formatProblems } from "../lib/content/check.ts";
import { bankStats } from "../lib/content/stats.ts";

const course = checkCourse(
  readCourseSources(process.env["COURSE_CONTENT_DIR"] ?? "content"),
);
const stats = bankStats(course.questions);
const pct = (n: number, of: number) => `${((100 * n) / of).toFixed(1)}%`;
const table = (
  title: string,
  rows: Record<string, number>,
  order?: string[],
) => {
  console.log(`\n${title}`);
  for (const key of order ?? Object.keys(rows).sort())
    console.log(
      `  ${key.padEnd(28)} ${String(rows[key] ?? 0).padStart(4)}  ${pct(rows[key] ?? 0, stats.total)}`,
    );
};

console.log(`Bank soal: ${stats.total} soal, ${course.lessons.length} modul`);
table(
  "Per modul",
  stats.byLesson,
  course.lessons.map((l) => l.slug),
);
table("Per jenis", stats.byType);
table("Per tingkat kesulitan (1 mudah, 2 sedang, 3 sulit)", stats.byDifficulty);
console.log(
  `\nBerbasis kasus (tag "kasus"): ${stats.caseBased} (${pct(stats.caseBased, stats.total)})`,
);
const singles = Object.values(stats.keyPositions).reduce((a, b) => a + b, 0);
console.log(`\nPosisi kunci pilihan ganda (${singles} soal):`);
for (const [position, n] of Object.entries(stats.keyPositions).sort())
  console.log(
    `  posisi ${position}: ${String(n).padStart(4)}  ${pct(n, singles)}`,
  );
if (course.problems.length > 0) {
  console.log(
    `\nMasalah isi (${course.problems.length}):\n${formatProblems(course.problems)}`,
  );
  process.exitCode = 1;
}
