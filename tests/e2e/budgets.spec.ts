import { join } from "node:path";
import { expect, test } from "@playwright/test";
import {
  SEARCH_BUDGET,
  searchBytes,
  staticFigures,
} from "../budgets/budgets.mjs";

const dist = join(import.meta.dirname, "../../dist");

for (const figure of staticFigures(dist, "/"))
  test(`budget: ${figure.label}`, () => {
    expect(
      figure.value,
      `${figure.where}: ${figure.value} B > ${figure.limit} B`,
    ).toBeLessThanOrEqual(figure.limit);
  });

test.describe("search", () => {
  // Without the service worker, every request the page makes is seen here (a
  // controlled page's requests are made by the worker instead).
  test.use({ serviceWorkers: "block" });

  test("budget: no search bytes before the box is focused, the first search within its budget", async ({
    page,
  }) => {
    const urls: string[] = [];
    page.on("request", (request) => urls.push(request.url()));
    await page.goto("modul/pengantar/");
    await page.waitForLoadState("networkidle");
    expect(urls.filter((u) => u.includes("/pagefind/"))).toEqual([]);
    await page.getByRole("searchbox").first().fill("kelayan");
    await expect(
      page.getByRole("link", { name: /Kelayan/ }).first(),
    ).toBeVisible();
    await page.waitForLoadState("networkidle");
    const bytes = searchBytes(dist, "/", urls);
    expect(bytes).toBeGreaterThan(0);
    expect(bytes).toBeLessThanOrEqual(SEARCH_BUDGET.limit);
  });
});
