/** Lessons in course order, for pages. */
import { getCollection, type CollectionEntry } from "astro:content";

/** Every lesson, sorted by `order`. */
export async function lessonsInOrder(): Promise<CollectionEntry<"lessons">[]> {
  return (await getCollection("lessons")).sort(
    (a, b) => a.data.order - b.data.order,
  );
}
