/** The course catalogue that assignment pages check links against, built from the collections. */
import { getCollection } from "astro:content";
import type { Catalog } from "../lib/assignment/models.ts";
import { lessonsInOrder } from "./lessons.ts";
import { questionBank } from "./questions.ts";

/** Lessons and cases in course order; question ids by lesson, in bank order. */
export async function courseCatalog(): Promise<Catalog> {
  const questions: Record<string, string[]> = {};
  for (const q of await questionBank()) (questions[q.lesson] ??= []).push(q.id);
  const scenarios = (await getCollection("scenarios"))
    .map((e) => e.data)
    .sort((a, b) => a.order - b.order);
  return {
    lessons: (await lessonsInOrder()).map((e) => ({
      slug: e.id,
      title: e.data.title,
      order: e.data.order,
    })),
    cases: scenarios.map((s) => ({
      id: s.id,
      title: s.title,
      endings: s.nodes.flatMap((n) =>
        n.ending ? [{ id: n.id, kind: n.ending.kind }] : [],
      ),
    })),
    questions,
  };
}
