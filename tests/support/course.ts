/** The real course content, read the way the site reads it, for e2e tests. */
import { readCourseSources } from "../../src/integrations/content-check.ts";
import { checkCourse } from "../../src/lib/content/check.ts";
import type { QuestionData } from "../../src/lib/content/schemas.ts";
import {
  typesetDeep,
  typesetQuestion,
} from "../../src/lib/content/typography.ts";

const checked = checkCourse(readCourseSources("content"));

/** The course, its questions', cases' and glossary's texts typeset as the site shows them. */
export const course = {
  ...checked,
  questions: checked.questions.map(typesetQuestion),
  scenarios: checked.scenarios.map((s) => typesetDeep(s)),
  glossary: checked.glossary.map((g) => typesetDeep(g)),
};

/**
 * Lessons in order, with the ids of the questions they embed (`questionIds`,
 * the module test's included) and of their module test (`testIds`, answered
 * on `modul/<slug>/uji/`).
 */
export const lessons = course.lessons.map((l) => ({
  slug: l.slug,
  title: l.frontmatter.title,
  questionIds: l.source.quizzes.flatMap((q) => q.ids),
  testIds: l.source.quizzes.filter((q) => q.test).flatMap((q) => q.ids),
}));

/** The page where a lesson's question is answered: the lesson, or its module test page. */
export function pageOfQuestion(
  lesson: (typeof lessons)[number],
  id: string,
): string {
  return lesson.testIds.includes(id)
    ? `modul/${lesson.slug}/uji/`
    : `modul/${lesson.slug}/`;
}

/** A question by id. @throws Error when the bank has no such question. */
export function question(id: string): QuestionData {
  const found = course.questions.find((q) => q.id === id);
  if (!found) throw new Error(`no question ${id}`);
  return found;
}

/** Every page of the site, as paths relative to the base URL. */
export const allPages = [
  "",
  ...lessons.map((l) => `modul/${l.slug}/`),
  ...lessons
    .filter((l) => l.testIds.length > 0)
    .map((l) => `modul/${l.slug}/uji/`),
  "glosarium/",
  "pustaka/",
  "tentang/",
  "cari/",
  "latihan/",
  "simulasi-ujian/",
  "kemajuan/",
  "kemajuan/sertifikat/",
  "ulasan/",
  "kasus/",
  "dosen/penugasan/",
  "dosen/rekap/",
  "tugas/",
  ...course.scenarios.map((s) => `kasus/${s.id}/`),
];
