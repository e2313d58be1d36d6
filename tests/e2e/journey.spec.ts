import { expect, test, type Page } from "@playwright/test";
import { lessons, pageOfQuestion, question } from "../support/course.ts";
import { completeLesson } from "../support/actions.ts";

const lesson = lessons[0]!;

/** The first single-choice question the first lesson embeds. */
const q = lesson.questionIds
  .map(question)
  .find((x) => x.type === "single-choice")!;
if (q.type !== "single-choice")
  throw new Error("first lesson needs a single-choice question");
const right = q.options.find((o) => o.correct)!.text;
const wrong = q.options.find((o) => !o.correct)!.text;

function card(page: Page) {
  return page.getByRole("group").filter({ hasText: q.stem });
}

test("a student reads a lesson, answers its quiz wrong then right, and finds it all kept", async ({
  page,
}) => {
  await page.goto("./");
  await page.getByRole("link", { name: lesson.title }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: lesson.title }),
  ).toBeVisible();
  await expect(page.getByText("Sedang dipelajari")).toBeVisible();

  const quiz = card(page);
  await quiz.scrollIntoViewIfNeeded(); // the island hydrates once visible
  const status = quiz.getByRole("status");
  await expect(status).toBeAttached();
  await expect(status).toHaveText("");

  await quiz.getByRole("radio", { name: wrong, exact: true }).check();
  await quiz.getByRole("button", { name: "Periksa jawaban" }).click();
  await expect(status).toContainText("Belum tepat.");
  await expect(status).toContainText(right);
  await expect(quiz.getByText(q.explanation)).toBeVisible();

  await quiz.getByRole("button", { name: "Coba lagi" }).click();
  await expect(status).toHaveText("");
  await quiz.getByRole("radio", { name: right, exact: true }).check();
  await quiz.getByRole("button", { name: "Periksa jawaban" }).click();
  await expect(status).toHaveText("Benar.");

  await page.reload();
  await card(page).scrollIntoViewIfNeeded();
  // restored from storage: shown, but the live region stays quiet on load
  await expect(card(page).getByText("Benar.", { exact: true })).toBeVisible();
  await expect(card(page).getByRole("status")).toHaveText("");
  // once checked, an option's name ends with its mark
  await expect(
    card(page).getByRole("radio", { name: `${right} ✓ jawaban benar` }),
  ).toBeChecked();

  await completeLesson(page);
  await expect(page.getByText(/Modul selesai pada/)).toBeFocused();

  await page.goto("./");
  const item = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name: lesson.title }) });
  await expect(item.getByText("Selesai", { exact: true })).toBeVisible();
  await expect(
    page.getByRole("link", { name: /^Lanjutkan: / }),
  ).toHaveAttribute("href", /modul\//);
});

test("a lesson ends with a link to its module test, whose answers count toward the lesson", async ({
  page,
}) => {
  const tested = lessons.find((l) => l.testIds.length > 0)!;
  const first = tested.testIds
    .map(question)
    .find((x) => x.type === "single-choice");
  if (first?.type !== "single-choice")
    throw new Error("the module test needs a single-choice question");
  await page.goto(`modul/${tested.slug}/`);
  // The lesson page itself carries none of the test's questions.
  await expect(page.locator(`#soal-${first.id}`)).toHaveCount(0);
  const start = page.getByRole("link", {
    name: `Kerjakan uji pemahaman (${tested.testIds.length} soal)`,
  });
  await start.click();
  await expect(page).toHaveURL(
    new RegExp(`${pageOfQuestion(tested, first.id)}$`),
  );
  await expect(
    page.getByRole("heading", {
      level: 1,
      name: `Uji pemahaman: ${tested.title}`,
    }),
  ).toBeVisible();
  await expect(page.locator(".question")).toHaveCount(tested.testIds.length);
  await expect(
    page.getByText(`0 dari ${tested.testIds.length} soal uji ini`, {
      exact: false,
    }),
  ).toBeVisible();

  const card = page.locator(`#soal-${first.id}`);
  await card.scrollIntoViewIfNeeded();
  await card
    .getByRole("radio", {
      name: first.options.find((o) => o.correct)!.text,
      exact: true,
    })
    .check();
  await card.getByRole("button", { name: "Periksa jawaban" }).click();
  await expect(card.getByRole("status")).toHaveText("Benar.");
  await expect(
    page.getByText(`1 dari ${tested.testIds.length} soal uji ini`, {
      exact: false,
    }),
  ).toBeVisible();
  // The test ends where the learner is: the module can be marked done here.
  await completeLesson(page);
  await expect(page.getByText(/Modul selesai pada/)).toBeFocused();

  await page.getByRole("link", { name: /Kembali ke modul/ }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: tested.title }),
  ).toBeVisible();
  await expect(page.getByText(/1 dari \d+ soal di modul ini/)).toBeVisible();
  await expect(
    page.locator(".lesson-status").getByText("Selesai", { exact: true }),
  ).toBeVisible();
});

test("the quiz can be answered with the keyboard alone", async ({ page }) => {
  await page.goto(`modul/${lesson.slug}/`);
  const quiz = card(page);
  await quiz.scrollIntoViewIfNeeded(); // the island hydrates when visible
  await expect(
    quiz.getByRole("button", { name: "Periksa jawaban" }),
  ).toBeEnabled();
  // options are shown in a seeded order: find where the right one is on screen
  const shown = await quiz
    .locator("label")
    .evaluateAll((labels) => labels.map((l) => l.textContent?.trim()));
  const index = shown.indexOf(right);
  expect(index).toBeGreaterThanOrEqual(0);
  await quiz.getByRole("radio").first().focus();
  for (let i = 0; i < index; i += 1) await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Space");
  await expect(
    quiz.getByRole("radio", { name: right, exact: true }),
  ).toBeChecked();
  await page.keyboard.press("Tab");
  await expect(
    quiz.getByRole("button", { name: "Periksa jawaban" }),
  ).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(quiz.getByRole("status")).toHaveText("Benar.");
  await expect(quiz.getByRole("button", { name: "Coba lagi" })).toBeFocused();
});

test("every link and asset stays under the base path", async ({
  page,
  baseURL,
}) => {
  const base = new URL(baseURL!).pathname;
  const outside: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (
      url.origin === new URL(baseURL!).origin &&
      !url.pathname.startsWith(base)
    )
      outside.push(url.pathname);
  });
  await page.goto(`modul/${lesson.slug}/`);
  await card(page).scrollIntoViewIfNeeded();
  await expect(
    card(page).getByRole("button", { name: "Periksa jawaban" }),
  ).toBeEnabled();
  const hrefs = await page
    .locator("a[href^='/']")
    .evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  expect(hrefs.filter((h) => !h!.startsWith(base))).toEqual([]);
  expect(outside).toEqual([]);
});

test("a double click on “Periksa jawaban” checks once and keeps the feedback", async ({
  page,
}) => {
  await page.goto(`modul/${lesson.slug}/`);
  const quiz = card(page);
  await quiz.scrollIntoViewIfNeeded();
  await quiz.getByRole("radio", { name: right, exact: true }).check();
  await quiz.getByRole("button", { name: "Periksa jawaban" }).dblclick();
  await expect(quiz.getByRole("status")).toHaveText("Benar.");
  await expect(quiz.getByRole("button", { name: "Coba lagi" })).toBeVisible();
  const logged = await page.evaluate(
    (id) =>
      JSON.parse(localStorage.getItem("kips:progres")!).log.filter(
        (e: { q: string }) => e.q === id,
      ).length,
    q.id,
  );
  expect(logged).toBe(1);
});
