/** Questions of the bank with the link and title of the section that teaches each one. */
import { getCollection, getEntry, render } from "astro:content";
import type { QuizQuestion } from "../components/quiz/QuestionCard.tsx";
import { lessonHref } from "../components/paths.ts";
import type { QuestionData } from "../lib/content/schemas.ts";
import { typesetQuestion } from "../lib/content/typography.ts";

const headingsByLesson = new Map<string, Promise<Map<string, string>>>();

function sectionTitles(lesson: string): Promise<Map<string, string>> {
  let titles = headingsByLesson.get(lesson);
  if (!titles) {
    titles = (async () => {
      const entry = await getEntry("lessons", lesson);
      const headings = entry ? (await render(entry)).headings : [];
      return new Map(headings.map((h) => [h.slug, h.text]));
    })();
    headingsByLesson.set(lesson, titles);
  }
  return titles;
}

/** Add `sectionHref` and `sectionTitle` to questions. */
export async function withSectionLinks(
  questions: QuestionData[],
): Promise<QuizQuestion[]> {
  return Promise.all(
    questions.map(async (question) => ({
      ...question,
      sectionHref: lessonHref(question.lesson, question.section),
      sectionTitle:
        (await sectionTitles(question.lesson)).get(question.section) ??
        question.section,
    })),
  );
}

/** The whole bank, in file order, its texts typeset for display (`typesetQuestion`). */
export async function questionBank(): Promise<QuestionData[]> {
  return (await getCollection("questions")).map((entry) =>
    typesetQuestion(entry.data),
  );
}
