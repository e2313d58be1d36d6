import { spawn, type ChildProcess } from "node:child_process";
import {
  cpSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { course, lessons, question } from "../support/course.ts";
import { decodeProgress } from "../../src/lib/progress/codec.ts";

/** A stored progress value as the site reads it. @throws Error when unreadable. */
function readProgress(raw: string | null) {
  const result = decodeProgress(raw ?? "");
  if (!result.ok) throw new Error(`progress unreadable: ${result.detail}`);
  return result.doc;
}

/** Wait until the service worker controls the page (it has precached the site by then). */
async function controlled(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect
    .poll(() =>
      page.evaluate(() => navigator.serviceWorker.controller !== null),
    )
    .toBe(true);
}

test("after one visit, lessons, cases, practice, exam, review and dashboard work offline", async ({
  page,
  context,
}) => {
  test.setTimeout(60_000);
  await page.goto("./");
  await controlled(page);
  await context.setOffline(true);

  const lesson = lessons[1]!;
  await page.goto(`modul/${lesson.slug}/`);
  await expect(
    page.getByRole("heading", { level: 1, name: lesson.title }),
  ).toBeVisible();
  const q = lesson.questionIds
    .map(question)
    .find((x) => x.type === "single-choice")!;
  if (q.type !== "single-choice")
    throw new Error("needs a single-choice question");
  const card = page.getByRole("group").filter({ hasText: q.stem });
  await card.scrollIntoViewIfNeeded();
  await card
    .getByRole("radio", {
      name: q.options.find((o) => o.correct)!.text,
      exact: true,
    })
    .check();
  await card.getByRole("button", { name: "Periksa jawaban" }).click();
  await expect(card.getByRole("status")).toContainText("Benar");

  // The lesson's module test, on its own page, works offline too.
  await page.goto(`modul/${lesson.slug}/uji/`);
  const test1 = page.locator(`#soal-${lesson.testIds[0]!}`);
  await test1.scrollIntoViewIfNeeded();
  await expect(
    test1.getByRole("button", { name: "Periksa jawaban" }),
  ).toBeAttached();
  await expect(page.locator(".question")).toHaveCount(lesson.testIds.length);

  const scenario = course.scenarios[0]!;
  await page.goto(`kasus/${scenario.id}/`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(
    scenario.title,
  );
  await expect(page.getByRole("button").first()).toBeEnabled();

  await page.goto("latihan/");
  await page.getByRole("button", { name: "Mulai latihan" }).click();
  await expect(page.locator(".question").first()).toBeVisible(); // the bank came from the cache

  await page.goto("simulasi-ujian/");
  await expect(
    page.getByRole("button", { name: /Mulai/ }).first(),
  ).toBeEnabled();

  await page.goto("ulasan/");
  await expect(
    page.getByRole("heading", { name: "Sesi hari ini" }),
  ).toBeVisible();

  await page.goto("kemajuan/");
  await expect(
    page.getByRole("button", { name: "Cetak ringkasan" }),
  ).toBeEnabled();

  // An address that was never stored gets the site's own page, not the browser's error.
  await page.goto("tidak-ada/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Halaman tidak ditemukan",
  );
  await expect(page.getByText(/tidak tersambung ke internet/)).toBeVisible();

  // Search was never used online, so its index is not cached: the box says so.
  await page.getByRole("searchbox").first().fill("kelayan");
  await expect(
    page.getByText(/tidak tersambung ke internet. Tanpa koneksi, pencarian/),
  ).toBeVisible();
});

test("a search made online runs again offline", async ({ page, context }) => {
  await page.goto("./");
  await controlled(page);
  await page.goto("cari/?q=asesmen");
  const count = page.getByText(/\d+ hasil untuk “asesmen”/);
  await expect(count).toBeVisible();
  const online = await count.textContent();

  await context.setOffline(true);
  await page.goto("cari/?q=asesmen");
  await expect(page.getByText(online!)).toBeVisible();
  await expect(page.locator(".search-results a").first()).toBeVisible();
});

test.describe("a new version", () => {
  let dir: string;
  let server: ChildProcess;
  const port = Number(process.env["E2E_PORT"] ?? 4321) + 7;
  const origin = `http://localhost:${port}/kursus/`;

  test.beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "kips-versi-"));
    cpSync(join(import.meta.dirname, "../../dist-kursus"), dir, {
      recursive: true,
    });
    server = spawn(process.execPath, [
      join(import.meta.dirname, "../support/serve.mjs"),
      dir,
      String(port),
      "/kursus/",
    ]);
    await new Promise((resolve) => server.stdout?.once("data", resolve));
  });

  test.afterAll(() => {
    server.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  test("is offered with a prompt, loads on request and leaves progress alone", async ({
    page,
  }) => {
    await page.goto(origin);
    await controlled(page);
    await page.evaluate(() =>
      localStorage.setItem(
        "kips:progres",
        JSON.stringify({
          version: 2,
          lessons: {
            pengantar: { firstVisitedAt: 1, lastVisitedAt: 2, completedAt: 2 },
          },
          answers: {},
          log: [],
        }),
      ),
    );
    const stored = await page.evaluate(() =>
      localStorage.getItem("kips:progres"),
    );

    // Publish "version 2": the home page changes, and so does the worker's precache list.
    const home = join(dir, "index.html");
    writeFileSync(
      home,
      readFileSync(home, "utf8").replace("</h1>", " (versi 2)</h1>"),
    );
    const sw = join(dir, "sw.js");
    writeFileSync(
      sw,
      readFileSync(sw, "utf8").replace(
        /(url:"\/kursus\/index\.html",revision:")[^"]+/,
        "$1versi-2",
      ),
    );

    await page.reload();
    const prompt = page
      .getByRole("status")
      .filter({ hasText: "Versi baru kursus tersedia." });
    await expect(prompt).toBeVisible({ timeout: 20_000 });
    await expect(page.getByRole("heading", { level: 1 })).not.toContainText(
      "versi 2",
    );
    await prompt.getByRole("button", { name: "Muat ulang" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(
      "versi 2",
    );
    await expect(prompt).toBeHidden();
    // Untouched: the same progress, read the way the site reads it (a page may
    // already have stored it in the current format, version 3).
    const after = await page.evaluate(() =>
      localStorage.getItem("kips:progres"),
    );
    expect(readProgress(after)).toEqual(readProgress(stored));
    // The cache now holds the new page: it is what an offline visit gets.
    await page.context().setOffline(true);
    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(
      "versi 2",
    );
  });
});
