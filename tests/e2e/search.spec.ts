import { expect, test } from "@playwright/test";

test("searching “kelayan” finds the glossary entry and lessons that use the word", async ({
  page,
}) => {
  await page.goto("cari/?q=kelayan");
  const hits = page
    .getByRole("list")
    .filter({ has: page.getByRole("heading") });
  await expect(page.getByRole("main").getByRole("status")).toContainText(
    "hasil untuk “kelayan”",
  );
  await expect(hits.getByRole("link", { name: "Glosarium" })).toBeVisible();
  // the glossary hit links straight to the entry
  await expect(
    hits.getByRole("link", { name: "Kelayan (client)" }),
  ).toHaveAttribute("href", /glosarium\/#kelayan$/);
  const lessonHits = hits.locator("a[href*='modul/']");
  await expect(lessonHits.first()).toBeVisible();
  expect(await lessonHits.count()).toBeGreaterThan(1);
  await expect(
    hits.locator("mark", { hasText: /^kelayan$/i }).first(),
  ).toBeVisible();
});

test("the header search box loads Pagefind only once it is focused", async ({
  page,
}) => {
  const searchRequests: string[] = [];
  page.on("request", (r) => {
    if (r.url().includes("/pagefind/")) searchRequests.push(r.url());
  });
  await page.goto("glosarium/");
  await page.waitForLoadState("networkidle");
  expect(searchRequests).toEqual([]);

  const box = page.getByRole("searchbox", { name: "Cari di kursus" });
  await box.click();
  await expect.poll(() => searchRequests.length).toBeGreaterThan(0);
  await box.pressSequentially("kelayan");
  const popup = page.locator(".search-popup");
  await expect(popup.getByRole("link").first()).toBeVisible();
  await expect(page.locator("#cari-header-status")).toContainText(
    "hasil untuk “kelayan”",
  );

  await box.press("Enter");
  await expect(page).toHaveURL(/cari\/\?q=kelayan/);
  await expect(page.getByRole("main").getByRole("status")).toContainText(
    "hasil untuk “kelayan”",
  );
});

for (const chrome of ["Memuat status", "Aktifkan JavaScript"])
  test(`page chrome and quizzes stay out of the index: “${chrome}”`, async ({
    page,
  }) => {
    await page.goto(`cari/?q=${encodeURIComponent(chrome)}`);
    await expect(page.getByRole("main").getByRole("status")).toContainText(
      "Tidak ada hasil",
    );
  });
