import { expect, test } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { allPages, course, lessons } from "../support/course.ts";

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

for (const path of [
  "",
  `modul/${lessons[0]!.slug}/`,
  `modul/${lessons[6]!.slug}/`,
  "glosarium/",
  "cari/?q=kelayan",
  "latihan/",
  "simulasi-ujian/",
  "kemajuan/",
  "kasus/",
  `kasus/${course.scenarios[0]!.id}/`,
  "tentang/",
  "pustaka/",
]) {
  test(`axe finds no WCAG violation on /${path}`, async ({ page }) => {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    const { violations } = await new AxeBuilder({ page })
      .withTags(WCAG)
      .analyze();
    expect(
      violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
      ),
    ).toEqual([]);
  });
}

test("no page logs a console error or throws", async ({ page }) => {
  // the sweep grows with the site: allow two seconds a page on a busy machine
  test.setTimeout(allPages.length * 2_000);
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning")
      errors.push(`${page.url()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => errors.push(`${page.url()}: ${e.message}`));
  for (const path of allPages) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    await page.mouse.wheel(0, 20_000); // hydrate every client:visible island
    await page.waitForTimeout(100);
  }
  expect(errors).toEqual([]);
});

test("every lesson has <html lang=id>, one h1 and its sources", async ({
  page,
}) => {
  for (const lesson of lessons) {
    await page.goto(`modul/${lesson.slug}/`);
    await expect(page.locator("html")).toHaveAttribute("lang", "id");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      lesson.title,
    );
    await expect(
      page.getByRole("heading", { level: 2, name: "Sumber", exact: true }),
    ).toBeVisible();
    await expect(
      page.getByRole("heading", { level: 2, name: "Rangkuman", exact: true }),
    ).toBeVisible();
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("a lesson reads fine and says the quiz needs JavaScript", async ({
    page,
  }) => {
    await page.goto(`modul/${lessons[1]!.slug}/`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      lessons[1]!.title,
    );
    await expect(
      page.getByRole("heading", { name: "Tujuan pembelajaran" }),
    ).toBeVisible();
    // Chromium's "JavaScript off" emulation keeps <noscript> hidden, so read its text.
    const note = await page
      .locator("noscript")
      .first()
      .evaluate((e) => e.textContent);
    expect(note).toContain("Aktifkan JavaScript untuk memeriksa jawaban kuis");
  });
});

test.describe("on a phone with text at 200%", () => {
  test.use({ viewport: { width: 360, height: 800 } });
  for (const path of [
    "",
    `modul/${lessons[0]!.slug}/`,
    "glosarium/",
    "cari/?q=kelayan",
  ])
    test(`/${path} does not scroll sideways`, async ({ page }) => {
      await page.goto(path);
      await page.addStyleTag({
        content: "html:root { font-size: 200% !important; }",
      });
      const width = await page.evaluate(
        () => document.documentElement.scrollWidth,
      );
      expect(width).toBeLessThanOrEqual(360);
    });
});
