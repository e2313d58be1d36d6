import { expect, test, type Page } from "@playwright/test";
import { course } from "../support/course.ts";

const T0 = new Date("2026-11-29T02:00:00Z").getTime();
const MIN = 60_000;

async function startShortExam(page: Page) {
  await page.goto("simulasi-ujian/");
  await expect(
    page.getByRole("button", { name: "Mulai simulasi" }),
  ).toBeEnabled(); // hydrated
  await page.getByRole("radio", { name: /^20 soal, 18 menit/ }).check();
  await page.getByRole("button", { name: "Mulai simulasi" }).click();
  await expect(page.getByRole("timer")).toHaveText(/^1[78]:\d\d$/);
}

test.beforeEach(async ({ page }) => {
  await page.clock.install({ time: T0 });
});

test("a reload keeps the time left", async ({ page }) => {
  await startShortExam(page);
  await page.clock.runFor(2 * MIN);
  await expect(page.getByRole("timer")).toHaveText(/^1[56]:\d\d$/);
  await page.reload();
  // the clock keeps running in real time too, so allow a few seconds, but never a reset to 18:00
  const [m, s] = (await page.getByRole("timer").textContent())!
    .split(":")
    .map(Number);
  const left = m! * 60 + s!;
  expect(left).toBeLessThanOrEqual(16 * 60);
  expect(left).toBeGreaterThan(16 * 60 - 15);
});

test("a hidden page's timer is right as soon as it is shown again", async ({
  page,
}) => {
  await startShortExam(page);
  // the phone sleeps: time passes but no timer fires
  await page.clock.setSystemTime(T0 + 10 * MIN);
  await page.evaluate(() =>
    document.dispatchEvent(new Event("visibilitychange")),
  );
  await expect(page.getByRole("timer")).toHaveText(/^0[78]:\d\d$/);
  await expect(
    page.getByRole("alert").filter({ hasText: "sisa waktu" }),
  ).toHaveText("Perhatian: sisa waktu kurang dari 10 menit.");
});

test("a deadline passing while away submits on return", async ({
  page,
  context,
}) => {
  await startShortExam(page);
  await page.getByRole("radio").first().check();
  await page.close();
  await context.clock.setSystemTime(T0 + 30 * MIN);
  const back = await context.newPage();
  await back.goto("simulasi-ujian/");
  await expect(
    back.getByRole("heading", { name: "Hasil simulasi" }),
  ).toBeVisible();
  await expect(
    back.getByText("Diserahkan otomatis karena waktu habis."),
  ).toBeVisible();
  await expect(back.getByText(/Tidak dijawab 19/)).toBeVisible();
});

test("expiry with 1 of 3 answered submits, with no confirmation in the way", async ({
  page,
}) => {
  const ids = course.questions
    .filter((q) => q.type === "single-choice")
    .slice(0, 3)
    .map((q) => q.id);
  await page.addInitScript(
    ({ ids, T0 }) => {
      if (sessionStorage.getItem("seeded")) return;
      sessionStorage.setItem("seeded", "1");
      const sitting = {
        seed: "uji",
        questionIds: ids,
        minutes: 2,
        startedAt: T0,
        deadline: T0 + 2 * 60_000,
        answers: {},
        flagged: [],
        current: 0,
        warned: [],
      };
      localStorage.setItem(
        "kips:ujian",
        JSON.stringify({ current: sitting, history: [] }),
      );
    },
    { ids, T0 },
  );
  let dialogs = 0;
  page.on("dialog", (d) => {
    dialogs += 1;
    void d.dismiss();
  });
  await page.goto("simulasi-ujian/");
  await expect(page.getByRole("timer")).toHaveText(/^0[12]:\d\d$/);
  await page.getByRole("radio").first().check();
  await page.clock.runFor(2 * MIN + 1000);
  await expect(
    page.getByRole("heading", { name: "Hasil simulasi" }),
  ).toBeVisible();
  await expect(page.getByText(/Tidak dijawab 2$/)).toBeVisible();
  await expect(
    page.getByText("Diserahkan otomatis karena waktu habis."),
  ).toBeVisible();
  expect(dialogs).toBe(0);
  const log = await page.evaluate(
    () => JSON.parse(localStorage.getItem("kips:progres")!).log.length,
  );
  expect(log).toBe(1);
});

test("the question grid shows answered and ragu-ragu questions and jumps to any", async ({
  page,
}) => {
  await startShortExam(page);
  await page.getByRole("radio").first().check();
  await page.getByRole("checkbox", { name: "Ragu-ragu" }).check();
  const grid = page.getByRole("navigation", { name: "Nomor soal" });
  await expect(
    grid.getByRole("button", { name: "Soal 1: sudah dijawab, ragu-ragu" }),
  ).toBeVisible();
  await grid.getByRole("button", { name: "Soal 7: belum dijawab" }).click();
  await expect(page.getByText("Soal 7 dari 20")).toBeVisible();
});

test("finishing by keyboard moves focus to the results", async ({ page }) => {
  await startShortExam(page);
  await page.getByRole("radio").first().check();
  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: "Selesai ujian" }).focus();
  await page.keyboard.press("Enter");
  await expect(
    page.getByRole("heading", { name: "Hasil simulasi" }),
  ).toBeFocused();
  await expect(page.getByRole("row", { name: /Benar/ }).first()).toBeVisible();
});
