import { expect, test } from "@playwright/test";
import { lessons } from "../support/course.ts";
import { completeLesson } from "../support/actions.ts";

test("a corrupt stored value is kept aside, with a notice, and the site starts clean", async ({
  page,
}) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem("seeded")) {
      localStorage.setItem("kips:progres", "{ini bukan JSON");
      sessionStorage.setItem("seeded", "1");
    }
  });
  await page.goto("./");
  await expect(page.getByRole("alert")).toContainText("tidak dapat dibaca");
  const aside = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith("kips:progres:disisihkan:"))
      .map((k) => JSON.parse(localStorage.getItem(k)!).raw),
  );
  expect(aside).toEqual(["{ini bukan JSON"]);
  await expect(
    page.getByRole("link", { name: "Mulai dari modul 1" }),
  ).toBeVisible();
});

test("storage that throws leaves the site working, with a notice that progress is not saved", async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      get() {
        throw new DOMException("Akses ditolak", "SecurityError");
      },
    });
  });
  await page.goto(`modul/${lessons[0]!.slug}/`);
  await expect(page.getByRole("alert")).toContainText(
    "kemajuan Anda tidak tersimpan",
  );
  await completeLesson(page);
  await expect(page.getByText(/Modul selesai pada/)).toBeVisible();
});

test("stored progress shows right after hydration", async ({ page }) => {
  const slug = lessons[2]!.slug;
  await page.addInitScript((s) => {
    localStorage.setItem(
      "kips:progres",
      JSON.stringify({
        version: 2,
        log: [],
        lessons: {
          [s]: { firstVisitedAt: 1, lastVisitedAt: 2, completedAt: 2 },
        },
        answers: {},
      }),
    );
  }, slug);
  await page.goto("./");
  const item = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name: lessons[2]!.title }) });
  await expect(item.getByText("Selesai", { exact: true })).toBeVisible();
  await expect(item).toHaveAttribute("data-status", "completed");
});

test("two tabs answering at once lose nothing", async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await a.goto(`modul/${lessons[0]!.slug}/`);
  await b.goto(`modul/${lessons[1]!.slug}/`);
  await completeLesson(a);
  await completeLesson(b);
  await a.goto("./");
  for (const lesson of lessons.slice(0, 2)) {
    const item = a
      .getByRole("listitem")
      .filter({ has: a.getByRole("link", { name: lesson.title }) });
    await expect(item).toHaveAttribute("data-status", "completed");
  }
});
