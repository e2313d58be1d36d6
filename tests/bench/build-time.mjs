// Production build time of the real course and of a generated course ten times
// larger (every lesson and its questions copied nine times), so that the cost of
// growing the course can be read off: `astro build` (content check, MDX, pages,
// Pagefind index, service worker), run with the Node that runs this script.
//
//   node tests/bench/build-time.mjs
//
// Each build goes to its own temporary OUT_DIR (dist/ is left alone) with a temporary
// Vite/Astro cache folder, so both builds start cold and neither reads nor writes the
// shared node_modules/.astro cache. Astro still regenerates the project's .astro/ type
// files; the real course is built last so that they end up describing content/ again.
import { spawn } from "node:child_process";
import {
  cpSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { parse as parseYaml, stringify as stringifyYaml } from "yaml";

/** How many copies of each lesson are added: the generated course is (COPIES + 1) times larger. */
export const COPIES = 9;

const ROOT = resolve(import.meta.dirname, "../..");
const ASTRO = join(ROOT, "node_modules/.bin/astro");
const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;
/** The same pattern the content check uses to find `<Quiz ids={[...]}` (src/lib/content/lesson-source.ts). */
const QUIZ = /<Quiz\s+ids=\{\[([^\]]*)\]\}/g;

/** Words of a stem as the near-duplicate check counts them (src/lib/content/stats.ts). */
function stemWords(stem) {
  return new Set(
    stem
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[^\p{L}\p{N}\s]/gu, " ")
      .split(/\s+/)
      .filter((w) => w.length >= 3),
  );
}

/**
 * Lessons and questions in a course folder.
 * @param {string} dir course folder (like content/)
 * @returns {{ lessons: number, questions: number }} counts
 */
export function countCourse(dir) {
  const lessons = readdirSync(join(dir, "lessons")).filter((f) =>
    f.endsWith(".mdx"),
  ).length;
  const questions = readdirSync(join(dir, "questions"))
    .filter((f) => /\.ya?ml$/.test(f))
    .reduce(
      (sum, f) =>
        sum +
        (parseYaml(readFileSync(join(dir, "questions", f), "utf8"))?.length ??
          0),
      0,
    );
  return { lessons, questions };
}

/**
 * Write a course (COPIES + 1) times larger than `contentDir` into a new temporary
 * folder: each lesson gets COPIES copies `<slug>-salinan-<n>` (order shifted by n times
 * the largest order, so orders stay unique; title suffixed " (salinan n)"; every
 * `<Quiz ids>` pointing at the copy's questions), and each question file COPIES copies
 * whose questions have ids `<id>-s<n>`, the copy's lesson, and a stem made distinct by
 * pseudo-words unique to that question and copy (ceil(words / 2) + 2 of them, so the
 * Jaccard similarity to the original is at most 2/3 and copies never share the added
 * words; the content check rejects 0.8). Sections, types, difficulties, tags and key
 * positions are copied as they are, so the bank keeps its shares. Scenarios, glossary
 * and references are unchanged.
 * @param {string} [contentDir] the real course
 * @returns {string} path of the generated course folder (the caller deletes it)
 */
export function generateLargeCourse(contentDir = join(ROOT, "content")) {
  const dir = mkdtempSync(join(tmpdir(), "kursus-besar-"));
  cpSync(contentDir, dir, { recursive: true });
  const lessonFiles = readdirSync(join(contentDir, "lessons")).filter((f) =>
    f.endsWith(".mdx"),
  );
  const lessons = lessonFiles.map((file) => {
    const text = readFileSync(join(contentDir, "lessons", file), "utf8");
    const match = FRONTMATTER.exec(text);
    if (!match) throw new Error(`${file}: frontmatter tidak ditemukan`);
    return {
      slug: file.replace(/\.mdx$/, ""),
      frontmatter: parseYaml(match[1] ?? ""),
      body: text.slice(match[0].length),
    };
  });
  const maxOrder = Math.max(...lessons.map((l) => l.frontmatter.order));
  for (const { slug, frontmatter, body } of lessons)
    for (let n = 1; n <= COPIES; n += 1) {
      const copy = {
        ...frontmatter,
        title: `${frontmatter.title} (salinan ${n})`,
        order: frontmatter.order + n * maxOrder,
      };
      const copyBody = body.replace(QUIZ, (block) =>
        block.replace(/"([^"]*)"/g, (_, id) => `"${id}-s${n}"`),
      );
      writeFileSync(
        join(dir, "lessons", `${slug}-salinan-${n}.mdx`),
        `---\n${stringifyYaml(copy)}---\n${copyBody}`,
      );
    }
  let questionIndex = 0;
  for (const file of readdirSync(join(contentDir, "questions")).filter((f) =>
    /\.ya?ml$/.test(f),
  )) {
    const questions = parseYaml(
      readFileSync(join(contentDir, "questions", file), "utf8"),
    );
    const indexes = questions.map(() => (questionIndex += 1));
    const name = file.replace(/\.ya?ml$/, "");
    for (let n = 1; n <= COPIES; n += 1) {
      const copies = questions.map((q, i) => {
        const words = stemWords(q.stem).size;
        const extra = Array.from(
          { length: Math.ceil(words / 2) + 2 },
          (_, j) => `varian${n}q${indexes[i]}k${j}`,
        );
        return {
          ...q,
          id: `${q.id}-s${n}`,
          lesson: `${q.lesson}-salinan-${n}`,
          stem: `${q.stem.trim()} ${extra.join(" ")}`,
        };
      });
      writeFileSync(
        join(dir, "questions", `${name}-salinan-${n}.yaml`),
        stringifyYaml(copies),
      );
    }
  }
  return dir;
}

/**
 * Run `astro build` of a course folder into a temporary folder, with a temporary
 * cache folder (a small config that extends astro.config.mjs), and delete both.
 * @param {string} contentDir course folder (COURSE_CONTENT_DIR)
 * @returns {Promise<number>} wall-clock time of the build in ms
 * @throws {Error} with the first lines of the build's output when it fails, or when
 *   it built fewer or more lesson pages than the course has lessons
 */
export async function timeBuild(contentDir) {
  const work = mkdtempSync(join(tmpdir(), "kursus-build-"));
  const config = join(work, "astro.config.mjs");
  writeFileSync(
    config,
    `import config from ${JSON.stringify(pathToFileURL(join(ROOT, "astro.config.mjs")).href)};\n` +
      // cacheDir is a path (Astro resolves it against the root), not a URL string
      `export default { ...config, cacheDir: ${JSON.stringify(join(work, "cache") + "/")} };\n`,
  );
  try {
    const started = performance.now();
    const { code, output } = await new Promise((done, fail) => {
      const child = spawn(
        process.execPath,
        // Astro joins --config to the root, so the path must be relative to it
        [ASTRO, "build", "--root", ROOT, "--config", relative(ROOT, config)],
        {
          cwd: ROOT,
          env: {
            ...process.env,
            COURSE_CONTENT_DIR: contentDir,
            OUT_DIR: join(work, "out"),
            ASTRO_TELEMETRY_DISABLED: "1",
          },
          stdio: ["ignore", "pipe", "pipe"],
        },
      );
      let text = "";
      child.stdout.on("data", (d) => (text += d));
      child.stderr.on("data", (d) => (text += d));
      child.on("error", fail);
      child.on("close", (exit) => done({ code: exit, output: text }));
    });
    const ms = performance.now() - started;
    if (code !== 0) {
      const lines = output.split("\n");
      const at = Math.max(
        0,
        lines.findIndex((l) => /error|bermasalah/i.test(l)),
      );
      throw new Error(
        `astro build (${contentDir}) gagal, kode ${code}:\n${lines.slice(at, at + 25).join("\n")}`,
      );
    }
    // a build that silently skipped lessons would be timed as a faster one
    const built = readdirSync(join(work, "out", "modul")).length;
    const { lessons } = countCourse(contentDir);
    if (built !== lessons)
      throw new Error(
        `astro build (${contentDir}): ${built} halaman pelajaran, seharusnya ${lessons}`,
      );
    return ms;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * @typedef {{ ms: number, lessons: number, questions: number }} BuildTime
 * `ms`: wall-clock time of `astro build`, in ms.
 */

/**
 * Time the production build of the real course and of a generated course ten
 * times larger (generated one first, so the real course's build is the last to
 * write the project's .astro/ files). Temporary folders are deleted afterwards.
 * @returns {Promise<{ real: BuildTime, large: BuildTime }>} both builds, in ms, with their counts of lessons and questions
 */
export async function measureBuildTimes() {
  const content = join(ROOT, "content");
  const largeDir = generateLargeCourse(content);
  let large;
  try {
    large = { ms: await timeBuild(largeDir), ...countCourse(largeDir) };
  } finally {
    rmSync(largeDir, { recursive: true, force: true });
  }
  const real = { ms: await timeBuild(content), ...countCourse(content) };
  return { real, large };
}

/**
 * Print one line: both build times side by side and their ratio.
 * @param {{ real: BuildTime, large: BuildTime }} r from measureBuildTimes
 */
export function printBuildTimes(r) {
  const s = (ms) => `${(ms / 1000).toFixed(1)} s`;
  console.log(
    `Waktu build produksi (astro build, cache dingin): kursus asli ${r.real.lessons} pelajaran/${r.real.questions} soal ${s(r.real.ms)}, ` +
      `kursus ${Math.round(r.large.questions / r.real.questions)}x lebih besar ${r.large.lessons} pelajaran/${r.large.questions} soal ${s(r.large.ms)}, ` +
      `rasio ${(r.large.ms / r.real.ms).toFixed(1)}x`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href)
  printBuildTimes(await measureBuildTimes());
