/** Lessons in course order, for pages. */
import { getCollection, type CollectionEntry } from "astro:content";
import { lessonHref } from "../components/paths.ts";
import { questionBank } from "./questions.ts";

/** Every lesson, sorted by `order`. */
export async function lessonsInOrder(): Promise<CollectionEntry<"lessons">[]> {
  return (await getCollection("lessons")).sort(
    (a, b) => a.data.order - b.data.order,
  );
}

/** A lesson as progress pages need it: slug, title, link and the ids of its bank questions. */
export interface LessonWithBank {
  slug: string;
  title: string;
  href: string;
  bankIds: string[];
}

/** Ids of a lesson's questions in the bank, in file order (what mastery counts). */
export async function lessonBankIds(slug: string): Promise<string[]> {
  return (await questionBank())
    .filter((q) => q.lesson === slug)
    .map((q) => q.id);
}

/** Every lesson in course order, with the ids of its questions in the bank (for mastery). */
export async function lessonsWithBank(): Promise<LessonWithBank[]> {
  return Promise.all(
    (await lessonsInOrder()).map(async (entry) => ({
      slug: entry.id,
      title: entry.data.title,
      href: lessonHref(entry.id),
      bankIds: await lessonBankIds(entry.id),
    })),
  );
}
