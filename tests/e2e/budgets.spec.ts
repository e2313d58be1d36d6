import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { SEARCH_BUDGET, staticFigures } from "../budgets/budgets.mjs";
import { serveStatic } from "../bench/web-vitals.mjs";

const dist = join(import.meta.dirname, "../../dist");

for (const figure of staticFigures(dist, "/"))
  test(`budget: ${figure.label}`, () => {
    expect(
      figure.value,
      `${figure.where}: ${figure.value} B > ${figure.limit} B`,
    ).toBeLessThanOrEqual(figure.limit);
  });

test.describe("search", () => {
  // Pagefind fetches most of its index from a worker, which the page's request
  // events do not show: the bytes are counted by a server of our own, which sees
  // every request. The service worker is off so that nothing comes from a cache.
  test.use({ serviceWorkers: "block" });

  test("budget: no search bytes before the box is focused, the first search within its limit", async ({
    page,
  }) => {
    const server = await serveStatic(dist);
    try {
      await page.goto(`${server.base}modul/pengantar/`);
      await page.waitForLoadState("networkidle");
      const before = server.bytesSent();
      await page.waitForTimeout(500);
      expect(server.bytesSent()).toBe(before); // nothing more until the box is used
      await page.getByRole("searchbox").first().fill("kelayan");
      await expect(page.locator(".search-popup a").first()).toBeVisible();
      await page.waitForLoadState("networkidle");
      const bytes = server.bytesSent() - before;
      expect(bytes).toBeGreaterThan(0);
      expect(bytes).toBeLessThanOrEqual(SEARCH_BUDGET.limit);
    } finally {
      await server.close();
    }
  });
});

test.describe("layout shift on a first visit, phone width, CPU 4x slower", () => {
  test.use({
    viewport: { width: 412, height: 823 },
    isMobile: true, // overlay scrollbars, as on a phone
    hasTouch: true,
    serviceWorkers: "block",
  });
  for (const path of [
    "",
    "modul/pengantar/",
    "modul/pengantar/uji/",
    "kasus/lansia-telantar-a/",
    "latihan/",
    "simulasi-ujian/",
    "kemajuan/",
    "ulasan/",
    "cari/?q=kelayan",
  ])
    test(`/${path} does not shift`, async ({ page, context }) => {
      const cdp = await context.newCDPSession(page);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
      await page.addInitScript(() => {
        (window as unknown as { shifts: string[] }).shifts = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & {
            value: number;
            hadRecentInput: boolean;
            sources: { node?: Node }[];
          })[])
            if (!entry.hadRecentInput)
              (window as unknown as { shifts: string[] }).shifts.push(
                `${entry.value.toFixed(4)} ${entry.sources
                  .map(
                    (s) =>
                      (s.node as Element | undefined)?.outerHTML?.slice(
                        0,
                        80,
                      ) ?? "",
                  )
                  .join(" | ")}`,
              );
        }).observe({ type: "layout-shift", buffered: true });
      });
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      await page.waitForTimeout(1_000);
      expect(
        await page.evaluate(
          () => (window as unknown as { shifts: string[] }).shifts,
        ),
      ).toEqual([]);
    });
});
