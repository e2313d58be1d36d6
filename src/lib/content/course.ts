/** Course-level views of the content, shared by pages. Pure. */
import { findQuizBlocks } from "./lesson-source.ts";

/** Ids of the questions a lesson embeds with `<Quiz ids>`, in order, without repeats. */
export function embeddedQuestionIds(mdxBody: string): string[] {
  return [...new Set(findQuizBlocks(mdxBody).flatMap((block) => block.ids))];
}
