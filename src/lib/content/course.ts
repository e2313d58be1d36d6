/** Course-level views of the content, shared by pages. Pure. */
import { findQuizBlocks } from "./lesson-source.ts";

/** Ids of the questions a lesson embeds with `<Quiz ids>`, in order, without repeats. */
export function embeddedQuestionIds(mdxBody: string): string[] {
  return [...new Set(findQuizBlocks(mdxBody).flatMap((block) => block.ids))];
}

/**
 * Ids of the questions of a lesson's module test (`<Quiz ids={[...]} test />`),
 * in order, without repeats; empty when the lesson has none. They are among
 * `embeddedQuestionIds`: the test belongs to the lesson, on a page of its own.
 */
export function testQuestionIds(mdxBody: string): string[] {
  return [
    ...new Set(
      findQuizBlocks(mdxBody)
        .filter((block) => block.test)
        .flatMap((block) => block.ids),
    ),
  ];
}
