/**
 * The content check: validates every file in `content/` against its schema and
 * checks the references between files (lesson -> reference, lesson -> glossary
 * term, lesson -> question, question -> lesson section). Pure: it takes file
 * texts and returns problems; the integration reads the files and fails the build.
 */
import { parse as parseYaml, YAMLParseError } from "yaml";
import type { z } from "astro/zod";
import {
  readLessonSource,
  LessonSourceError,
  type LessonSource,
} from "./lesson-source.ts";
import { bankStats, nearDuplicateStems } from "./stats.ts";
import { scenarioSchema, type ScenarioData } from "../scenario/schema.ts";
import { checkScenario } from "../scenario/graph.ts";
import {
  glossaryEntrySchema,
  lessonSchema,
  questionSchema,
  referenceSchema,
  type GlossaryEntry,
  type LessonFrontmatter,
  type QuestionData,
  type Reference,
} from "./schemas.ts";

/** One file's path (relative, for messages) and its text. */
export interface SourceFile {
  path: string;
  text: string;
}

/** Everything in `content/`, as text. */
export interface CourseSources {
  lessons: SourceFile[];
  questions: SourceFile[];
  /** Case simulations; absent or empty when the course has none. */
  scenarios?: SourceFile[];
  glossary: SourceFile;
  references: SourceFile;
}

/** A problem found in one file; `field` is a dotted path, `item` names the entry. */
export interface ContentProblem {
  path: string;
  item?: string;
  field?: string;
  message: string;
}

/** Rules a lesson must meet beyond its schema. */
export const LESSON_RULES = {
  /** Minimum words of teaching text in a lesson body. */
  minWords: 500,
  /** Minimum check questions embedded with `<Quiz ids>`. */
  minEmbeddedQuestions: 5,
  /** Minimum questions per lesson in the bank (embedded or not). */
  minBankQuestions: 12,
  /** Largest share of single-choice keys allowed on one option position. */
  maxKeyPositionShare: 0.35,
  /** Smallest share of case-based (tag `kasus`) questions in the bank, 0..1. */
  minCaseShare: 0.3,
  /** Stems at least this similar (Jaccard of words) count as near-duplicates. */
  nearDuplicateSimilarity: 0.8,
  /** Heading anchors every lesson must have. */
  requiredAnchors: ["rangkuman", "cek-pemahaman"],
} as const;

/** Format problems as lines `path › item › field: message`. */
export function formatProblems(problems: ContentProblem[]): string {
  return problems
    .map(
      (p) =>
        [p.path, p.item, p.field].filter(Boolean).join(" › ") +
        ": " +
        p.message,
    )
    .join("\n");
}

function zodProblems(
  path: string,
  item: string | undefined,
  error: z.ZodError,
): ContentProblem[] {
  return error.issues.map((issue) => ({
    path,
    ...(item ? { item } : {}),
    ...(issue.path.length ? { field: issue.path.join(".") } : {}),
    message: issue.message,
  }));
}

/** Parse a YAML file; on failure report it (with its line) and return undefined. */
function parseYamlFile(file: SourceFile, problems: ContentProblem[]): unknown {
  try {
    return parseYaml(file.text);
  } catch (error) {
    const where =
      error instanceof YAMLParseError && error.linePos
        ? ` (baris ${error.linePos[0].line})`
        : "";
    problems.push({
      path: file.path,
      message: `YAML tidak sah${where}: ${(error as Error).message.split("\n")[0]}`,
    });
    return undefined;
  }
}

function parseYamlList(
  file: SourceFile,
  problems: ContentProblem[],
): unknown[] {
  const data = parseYamlFile(file, problems);
  if (data === undefined) return [];
  if (!Array.isArray(data)) {
    problems.push({
      path: file.path,
      message: "isi berkas harus berupa daftar (setiap butir diawali '- ')",
    });
    return [];
  }
  return data;
}

function itemName(raw: unknown, index: number): string {
  const id =
    typeof raw === "object" && raw !== null && "id" in raw
      ? String(raw.id)
      : "?";
  return `[${index + 1}] ${id}`;
}

/** Validate a YAML list of entries, report duplicate ids, return the valid entries. */
function validateList<T extends { id: string }>(
  file: SourceFile,
  schema: z.ZodType<T>,
  problems: ContentProblem[],
  seen: Map<string, string>,
): { entry: T; item: string; path: string }[] {
  const valid: { entry: T; item: string; path: string }[] = [];
  parseYamlList(file, problems).forEach((raw, index) => {
    const item = itemName(raw, index);
    const result = schema.safeParse(raw);
    if (!result.success) {
      problems.push(...zodProblems(file.path, item, result.error));
      return;
    }
    const first = seen.get(result.data.id);
    if (first) {
      problems.push({
        path: file.path,
        item,
        field: "id",
        message: `id ganda; sudah dipakai di ${first}`,
      });
      return;
    }
    seen.set(result.data.id, file.path);
    valid.push({ entry: result.data, item, path: file.path });
  });
  return valid;
}

/** The course, validated: what the pages and tests can rely on. */
export interface CheckedCourse {
  problems: ContentProblem[];
  lessons: {
    slug: string;
    path: string;
    frontmatter: LessonFrontmatter;
    source: LessonSource;
  }[];
  questions: QuestionData[];
  glossary: GlossaryEntry[];
  references: Reference[];
  scenarios: ScenarioData[];
}

/** Slug of a lesson file: its file name without `.mdx`. */
export function lessonSlug(path: string): string {
  return (path.split("/").pop() ?? path).replace(/\.mdx$/, "");
}

/**
 * Check the whole course. Never throws: every problem, in every file, is
 * returned so an editor can fix them all in one go.
 */
export function checkCourse(sources: CourseSources): CheckedCourse {
  const problems: ContentProblem[] = [];
  const references = validateList(
    sources.references,
    referenceSchema,
    problems,
    new Map(),
  );
  const referenceIds = new Set(references.map((r) => r.entry.id));
  const glossary = validateList(
    sources.glossary,
    glossaryEntrySchema,
    problems,
    new Map(),
  );
  const termIds = new Set(glossary.map((g) => g.entry.id));

  const checkSources = (
    path: string,
    item: string | undefined,
    ids: string[],
  ) =>
    ids.forEach((id, i) => {
      if (!referenceIds.has(id))
        problems.push({
          path,
          ...(item ? { item } : {}),
          field: `sources.${i}`,
          message: `sumber "${id}" tidak ada di references.yaml`,
        });
    });

  for (const { entry, item, path } of glossary) {
    checkSources(path, item, entry.sources);
    entry.related.forEach((id, i) => {
      if (!termIds.has(id))
        problems.push({
          path,
          item,
          field: `related.${i}`,
          message: `istilah "${id}" tidak ada di glosarium`,
        });
    });
  }

  const lessons: CheckedCourse["lessons"] = [];
  const orders = new Map<number, string>();
  for (const file of sources.lessons) {
    let source: LessonSource;
    try {
      source = readLessonSource(file.text);
    } catch (error) {
      if (!(error instanceof LessonSourceError)) throw error;
      problems.push({ path: file.path, message: error.message });
      continue;
    }
    const result = lessonSchema.safeParse(source.frontmatter);
    if (!result.success) {
      problems.push(...zodProblems(file.path, undefined, result.error));
      continue;
    }
    const frontmatter = result.data;
    const clash = orders.get(frontmatter.order);
    if (clash)
      problems.push({
        path: file.path,
        field: "order",
        message: `urutan ${frontmatter.order} sudah dipakai ${clash}`,
      });
    orders.set(frontmatter.order, file.path);
    checkSources(file.path, undefined, frontmatter.sources);
    for (const term of source.terms)
      if (!termIds.has(term.id))
        problems.push({
          path: file.path,
          field: `baris ${term.line}`,
          message: `<Term id="${term.id}"> tidak ada di glosarium`,
        });
    for (const anchor of LESSON_RULES.requiredAnchors)
      if (!source.anchors.includes(anchor))
        problems.push({
          path: file.path,
          message: `bagian wajib "#${anchor}" tidak ada`,
        });
    if (source.wordCount < LESSON_RULES.minWords)
      problems.push({
        path: file.path,
        message: `teks pelajaran baru ${source.wordCount} kata; minimal ${LESSON_RULES.minWords}`,
      });
    lessons.push({
      slug: lessonSlug(file.path),
      path: file.path,
      frontmatter,
      source,
    });
  }
  const lessonBySlug = new Map(lessons.map((l) => [l.slug, l]));

  const seenQuestions = new Map<string, string>();
  const questions = sources.questions.flatMap((file) =>
    validateList(file, questionSchema, problems, seenQuestions),
  );
  const questionIds = new Set(questions.map((q) => q.entry.id));
  for (const { entry, item, path } of questions) {
    checkSources(path, item, entry.sources);
    const lesson = lessonBySlug.get(entry.lesson);
    if (!lesson) {
      problems.push({
        path,
        item,
        field: "lesson",
        message: `pelajaran "${entry.lesson}" tidak ada`,
      });
      continue;
    }
    if (!lesson.source.anchors.includes(entry.section))
      problems.push({
        path,
        item,
        field: "section",
        message: `bagian "#${entry.section}" tidak ada di ${lesson.path}`,
      });
  }

  for (const lesson of lessons) {
    let embedded = 0;
    const tests = lesson.source.quizzes.filter((quiz) => quiz.test);
    for (const extra of tests.slice(1))
      problems.push({
        path: lesson.path,
        field: `baris ${extra.line}`,
        message:
          "<Quiz test> kedua: satu modul hanya punya satu uji pemahaman (halaman /modul/<slug>/uji/)",
      });
    for (const quiz of lesson.source.quizzes) {
      if (quiz.ids.length === 0)
        problems.push({
          path: lesson.path,
          field: `baris ${quiz.line}`,
          message: "<Quiz> tanpa soal",
        });
      for (const id of quiz.ids) {
        if (!questionIds.has(id))
          problems.push({
            path: lesson.path,
            field: `baris ${quiz.line}`,
            message: `soal "${id}" tidak ada di bank soal`,
          });
        else embedded += 1;
      }
    }
    if (embedded < LESSON_RULES.minEmbeddedQuestions)
      problems.push({
        path: lesson.path,
        message: `baru ${embedded} soal cek pemahaman; minimal ${LESSON_RULES.minEmbeddedQuestions}`,
      });
  }

  const bank = questions.map((q) => q.entry);
  const pathOf = new Map(questions.map((q) => [q.entry.id, q.path]));
  for (const [a, b, similarity] of nearDuplicateStems(
    bank,
    LESSON_RULES.nearDuplicateSimilarity,
  ))
    problems.push({
      path: pathOf.get(b.id) ?? "",
      item: b.id,
      field: "stem",
      message: `hampir sama dengan ${a.id} (${Math.round(similarity * 100)}% kata sama)`,
    });
  for (const { entry, item, path } of questions)
    if (entry.type === "matching")
      entry.distractors.forEach((d, i) => {
        if (entry.pairs.some((p) => p.right === d))
          problems.push({
            path,
            item,
            field: `distractors.${i}`,
            message: "sama dengan salah satu jawaban (right)",
          });
      });
  const stats = bankStats(bank);
  for (const lesson of lessons) {
    const n = stats.byLesson[lesson.slug] ?? 0;
    if (n < LESSON_RULES.minBankQuestions)
      problems.push({
        path: `questions/${lesson.slug}.yaml`,
        message: `pelajaran ${lesson.slug} baru punya ${n} soal; minimal ${LESSON_RULES.minBankQuestions}`,
      });
  }
  for (const lesson of lessons) {
    const levels = new Set(
      bank.filter((q) => q.lesson === lesson.slug).map((q) => q.difficulty),
    );
    if ((stats.byLesson[lesson.slug] ?? 0) > 0 && levels.size < 3)
      problems.push({
        path: `questions/${lesson.slug}.yaml`,
        message: `soal pelajaran ${lesson.slug} harus mencakup tingkat kesulitan 1, 2 dan 3`,
      });
  }
  if (
    bank.length > 0 &&
    stats.caseBased / bank.length < LESSON_RULES.minCaseShare
  )
    problems.push({
      path: "questions/",
      message: `baru ${stats.caseBased} dari ${bank.length} soal berbasis kasus (tag kasus); minimal ${LESSON_RULES.minCaseShare * 100}%`,
    });
  const singles = Object.values(stats.keyPositions).reduce(
    (sum, n) => sum + n,
    0,
  );
  for (const [position, n] of Object.entries(stats.keyPositions))
    if (singles >= 10 && n / singles > LESSON_RULES.maxKeyPositionShare)
      problems.push({
        path: "questions/",
        message: `${n} dari ${singles} kunci pilihan ganda ada di posisi ${position} (${Math.round((100 * n) / singles)}%); maksimal ${LESSON_RULES.maxKeyPositionShare * 100}% per posisi`,
      });

  const scenarios: ScenarioData[] = [];
  const scenarioIds = new Map<string, string>();
  for (const file of sources.scenarios ?? []) {
    const raw = parseYamlFile(file, problems);
    if (raw === undefined) continue;
    const result = scenarioSchema.safeParse(raw);
    if (!result.success) {
      problems.push(...zodProblems(file.path, undefined, result.error));
      continue;
    }
    const scenario = result.data;
    const clash = scenarioIds.get(scenario.id);
    if (clash)
      problems.push({
        path: file.path,
        field: "id",
        message: `id kasus ganda; sudah dipakai di ${clash}`,
      });
    scenarioIds.set(scenario.id, file.path);
    for (const problem of checkScenario(scenario, {
      anchors: (lesson) => lessonBySlug.get(lesson)?.source.anchors,
      terms: termIds,
    }))
      problems.push({
        path: file.path,
        ...(problem.node ? { item: problem.node } : {}),
        ...(problem.field ? { field: problem.field } : {}),
        message: problem.message,
      });
    scenarios.push(scenario);
  }

  return {
    problems,
    lessons: lessons.sort((a, b) => a.frontmatter.order - b.frontmatter.order),
    questions: questions.map((q) => q.entry),
    glossary: glossary.map((g) => g.entry),
    references: references.map((r) => r.entry),
    scenarios: scenarios.sort((a, b) => a.order - b.order),
  };
}
