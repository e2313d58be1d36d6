import { expect, test, type Locator, type Page } from "@playwright/test";
import { course, lessons } from "../support/course.ts";

const lesson = lessons[0]!;

/** The bank question shown in a card, found by its stem. */
async function bankQuestion(card: Locator) {
  const stem = (await card.locator(".question-stem").textContent())?.trim();
  const found = course.questions.find((q) => q.stem.trim() === stem);
  if (!found) throw new Error(`no question with stem ${stem}`);
  return found;
}

/** Answer a choice question right, with labels as the learner sees them; false for other types. */
async function answerRight(card: Locator): Promise<boolean> {
  const q = await bankQuestion(card);
  if (q.type === "true-false") {
    await card
      .getByRole("radio", { name: q.answer ? "Benar" : "Salah", exact: true })
      .check();
    return true;
  }
  if (q.type !== "single-choice" && q.type !== "multiple-response")
    return false;
  for (const option of q.options.filter((o) => o.correct))
    await card
      .getByRole(q.type === "single-choice" ? "radio" : "checkbox", {
        name: option.text,
        exact: true,
      })
      .check();
  return true;
}

async function setUp(page: Page, count: string, feedback: RegExp) {
  await page.goto("latihan/");
  await expect(
    page.getByRole("button", { name: "Mulai latihan" }),
  ).toBeEnabled(); // hydrated
  await page.getByRole("button", { name: "Kosongkan" }).click();
  await page.getByRole("checkbox", { name: new RegExp(lesson.title) }).check();
  await page.getByLabel("Jumlah soal").selectOption(count);
  await page.getByRole("radio", { name: feedback }).check();
  await page.getByRole("button", { name: "Mulai latihan" }).click();
}

test("practice with feedback at the end gives results by lesson and every question explained", async ({
  page,
}) => {
  await setUp(page, "5", /Di akhir latihan/);
  await expect(
    page.getByRole("heading", { name: /5 soal dari 1 modul/ }),
  ).toBeFocused();
  const cards = page.locator("fieldset.question");
  await expect(cards).toHaveCount(5);
  await expect(
    page.getByRole("button", { name: "Periksa jawaban" }),
  ).toHaveCount(0);
  let answered = 0;
  for (const card of await cards.all())
    if (await answerRight(card)) answered += 1;

  await page.getByRole("button", { name: "Selesai dan lihat hasil" }).click();
  await expect(
    page.getByRole("heading", { name: "Hasil latihan" }),
  ).toBeFocused();
  await expect(page.getByRole("main").getByRole("status")).toContainText(
    `${answered} dari 5 soal benar sepenuhnya`,
  );
  const row = page.getByRole("row", { name: new RegExp(lesson.title) });
  await expect(row.getByRole("cell").first()).toHaveText(`${answered}/5`);
  const review = page.locator(".review-list > li");
  await expect(review).toHaveCount(5);
  // questions left untouched (an ordering question included) count as unanswered
  await expect(review.filter({ hasText: "Tidak dijawab." })).toHaveCount(
    5 - answered,
  );
  for (const item of await review.all()) {
    await expect(item).toContainText("Jawaban Anda:");
    await expect(item).toContainText("Jawaban yang benar:");
    await expect(
      item.getByRole("link", { name: /^Baca lagi bagian ini/ }),
    ).toHaveAttribute("href", /modul\/.+#/);
  }
});

test("five right answers in a row make a lesson mastered, shown on the home page and the lesson", async ({
  page,
}) => {
  await setUp(page, String(Number.MAX_SAFE_INTEGER), /Setelah setiap soal/);
  await expect(
    page.getByRole("heading", { name: /soal dari 1 modul/ }),
  ).toBeVisible();
  let right = 0;
  for (const card of await page.locator("fieldset.question").all()) {
    if (!(await answerRight(card))) continue;
    await card.getByRole("button", { name: "Periksa jawaban" }).click();
    await expect(card.getByRole("status")).toHaveText("Benar.");
    right += 1;
  }
  expect(right).toBeGreaterThanOrEqual(5);
  await page.getByRole("button", { name: "Selesai", exact: true }).click();
  // The score line of the results view (the question cards have statuses of their own).
  await expect(page.locator(".practice-score")).toContainText(`${right} dari`);

  await page.goto("./");
  const item = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name: lesson.title }) });
  await expect(item.getByText("Dikuasai", { exact: true })).toBeVisible();
  await page.goto(`modul/${lesson.slug}/`);
  await expect(page.locator(".mastery")).toContainText(
    "dikuasai (5 dari 5 soal terakhir benar)",
  );
});

test("a lecturer downloads the bank as Moodle GIFT from the practice page", async ({
  page,
}) => {
  await page.goto("latihan/");
  const link = page.getByRole("link", {
    name: /unduh bank soal dalam format GIFT/,
  });
  const response = await page.request.get(
    new URL((await link.getAttribute("href"))!, page.url()).href,
  );
  expect(response.status()).toBe(200);
  const gift = await response.text();
  expect(gift).toContain("$CATEGORY: Intervensi Pekerjaan Sosial/pengantar");
  expect(gift).toContain("::pengantar-01::");
});

test("a reload keeps the practice session: same questions, same order, answers kept", async ({
  page,
}) => {
  await setUp(page, "10", /Di akhir latihan/);
  await expect(
    page.getByRole("heading", { name: /soal dari 1 modul/ }),
  ).toBeVisible();
  const stems = () => page.locator(".question-stem").allTextContents();
  const optionOrder = () =>
    page.locator("fieldset.question label").allTextContents();
  const before = await stems();
  const optionsBefore = await optionOrder();
  const first = page
    .locator("fieldset.question")
    .filter({ has: page.locator("input[type=radio]") })
    .first();
  const label = (await first.locator("label").first().textContent())!.trim();
  await first.getByRole("radio", { name: label, exact: true }).check();

  await page.reload();
  await expect(
    page.getByRole("heading", { name: /soal dari 1 modul/ }),
  ).toBeVisible();
  expect(await stems()).toEqual(before);
  expect(await optionOrder()).toEqual(optionsBefore);
  await expect(
    page.getByRole("radio", { name: label, exact: true }).first(),
  ).toBeChecked();
});
