import { expect, test } from "@playwright/test";
import { lessons } from "../support/course.ts";
import { completeLesson } from "../support/actions.ts";

test("a learner exports a backup, and importing it into a fresh browser restores progress after a preview", async ({
  page,
  browser,
  baseURL,
}) => {
  await page.goto(`modul/${lessons[0]!.slug}/`);
  await completeLesson(page);
  await page.goto("kemajuan/");
  await expect(
    page.getByRole("button", { name: "Unduh cadangan (.json)" }),
  ).toBeEnabled(); // hydrated
  const row = page.getByRole("row", { name: new RegExp(lessons[0]!.title) });
  await expect(row).toContainText("Selesai");
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Unduh cadangan (.json)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(
    /^kemajuan-kursus-\d{4}-\d{2}-\d{2}\.json$/,
  );
  const file = await download.path();

  const fresh = await browser.newContext({ baseURL: baseURL! });
  const other = await fresh.newPage();
  await other.goto("kemajuan/");
  await expect(other.getByLabel("Impor berkas cadangan")).toBeEnabled(); // hydrated
  await other.getByLabel("Impor berkas cadangan").setInputFiles(file);
  await expect(
    other.getByText(
      /Modul selesai: sekarang 0, sesudah digabung 1, sesudah diganti 1/,
    ),
  ).toBeVisible();
  await other
    .getByRole("button", { name: "Gabungkan dengan data sekarang" })
    .click();
  await expect(
    other.getByRole("row", { name: new RegExp(lessons[0]!.title) }),
  ).toContainText("Selesai");
  await expect(
    other.getByRole("button", { name: /^Pulihkan cadangan/ }),
  ).toHaveCount(1);
  await fresh.close();
});

test("a malformed import file gets a clear message and changes nothing", async ({
  page,
}) => {
  await page.goto(`modul/${lessons[1]!.slug}/`);
  await completeLesson(page);
  await page.goto("kemajuan/");
  const before = await page.evaluate(() =>
    localStorage.getItem("kips:progres"),
  );
  await expect(page.getByLabel("Impor berkas cadangan")).toBeEnabled(); // hydrated
  await page.getByLabel("Impor berkas cadangan").setInputFiles({
    name: "rusak.json",
    mimeType: "application/json",
    buffer: Buffer.from(
      '{"format":"kursus-intervensi-pekerjaan-sosial","version":1,"progress":{"version":2}}',
    ),
  });
  await expect(
    page.getByText("Berkas tidak diimpor; data Anda tidak berubah:"),
  ).toBeVisible();
  await expect(
    page.getByText("Tanggal ekspor di berkas tidak sah."),
  ).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem("kips:progres"))).toBe(
    before,
  );
});
