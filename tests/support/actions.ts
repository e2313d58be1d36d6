/** Things a learner does on many pages, for e2e tests. */
import type { Page } from "@playwright/test";

/** Press "Tandai modul ini selesai" (its island hydrates once it is scrolled into view). */
export async function completeLesson(page: Page): Promise<void> {
  const button = page.getByRole("button", { name: "Tandai modul ini selesai" });
  await button.scrollIntoViewIfNeeded();
  await button.click();
}
