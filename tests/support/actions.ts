/** Things a learner does on many pages, for e2e tests. */
import type { Page } from "@playwright/test";

/** Press "Tandai modul ini selesai" (its island hydrates once it is scrolled into view). */
export async function completeLesson(page: Page): Promise<void> {
  const button = page.getByRole("button", { name: "Tandai modul ini selesai" });
  await button.scrollIntoViewIfNeeded();
  await button.click();
}

/**
 * Enlarge the page's text as a browser's text zoom does, through the CSSOM
 * (the site's CSP refuses injected <style> elements).
 * @param percent the root font size, e.g. 200.
 */
export async function zoomText(page: Page, percent: number): Promise<void> {
  await page.evaluate(
    (p) =>
      document.documentElement.style.setProperty(
        "font-size",
        `${p}%`,
        "important",
      ),
    percent,
  );
}
