import { readFileSync } from "node:fs";
import { join } from "node:path";
import { zoomText } from "../support/actions.ts";
import { expect, test } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { allPages, lessons } from "../support/course.ts";

const WCAG = [
  "wcag2a",
  "wcag2aa",
  "wcag21a",
  "wcag21aa",
  "wcag22a",
  "wcag22aa",
];

/** Every page the sitemap lists, as paths relative to the site root, plus a search with results. */
const sitemapPages = [
  ...readFileSync(
    join(import.meta.dirname, "../../dist/sitemap-0.xml"),
    "utf8",
  ).matchAll(/<loc>([^<]+)<\/loc>/g),
]
  .map((m) => new URL(m[1]!).pathname.replace(/^\//, ""))
  .concat(["cari/?q=kelayan"]);

test("the sitemap lists every page of the course", () => {
  expect([...sitemapPages].sort()).toEqual(
    [...allPages, "cari/?q=kelayan"].sort(),
  );
});

for (const scheme of ["light", "dark"] as const)
  test(`axe finds no WCAG 2.2 A/AA violation on any sitemap page (${scheme})`, async ({
    page,
  }) => {
    test.setTimeout(sitemapPages.length * 6_000);
    await page.emulateMedia({ colorScheme: scheme });
    const found: string[] = [];
    for (const path of sitemapPages) {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      const { violations } = await new AxeBuilder({ page })
        .withTags(WCAG)
        .analyze();
      for (const v of violations)
        found.push(
          `/${path} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
        );
    }
    expect(found).toEqual([]);
  });

test("no page logs a console error or throws", async ({ page }) => {
  test.setTimeout(allPages.length * 4_000); // visits every page in turn
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
    `modul/${lessons[0]!.slug}/uji/`,
    "glosarium/",
    "cari/?q=kelayan",
  ])
    test(`/${path} does not scroll sideways`, async ({ page }) => {
      await page.goto(path);
      await zoomText(page, 200);
      const width = await page.evaluate(
        () => document.documentElement.scrollWidth,
      );
      expect(width).toBeLessThanOrEqual(360);
    });
});

for (const [what, path] of [
  ["a lesson", `modul/${lessons[0]!.slug}/`],
  ["a module test", `modul/${lessons[0]!.slug}/uji/`],
] as const)
  test(`${what} prints without navigation, its answer key only when the learner asks`, async ({
    page,
  }) => {
    await page.goto(path);
    await page.emulateMedia({ media: "print" });
    await expect(page.locator(".site-header")).toBeHidden();
    await expect(page.locator(".toc")).toBeHidden();
    const question = page.locator(".question").first();
    await expect(question).toBeVisible();
    await expect(question.locator(".print-key")).toBeHidden();
    await expect(
      question.getByRole("button", { name: "Periksa jawaban" }),
    ).toBeHidden();
    await page.emulateMedia({ media: "screen" });
    await page.getByLabel(/sertakan kunci jawaban/).check();
    await page.emulateMedia({ media: "print" });
    await expect(question.locator(".print-key")).toBeVisible();
    await expect(question.locator(".print-key")).toContainText("Kunci:");
  });
