import { expect, test, type Locator, type Page } from "@playwright/test";
import { lessons, pageOfQuestion, question } from "../support/course.ts";

/** The first lesson that embeds a question of each list type. */
function firstOfType(type: string) {
  for (const lesson of lessons)
    for (const id of lesson.questionIds) {
      const q = question(id);
      if (q.type === type) return { lesson, q };
    }
  throw new Error(`no embedded ${type} question`);
}

async function openQuestion(
  page: Page,
  lesson: (typeof lessons)[number],
  id: string,
): Promise<Locator> {
  await page.goto(pageOfQuestion(lesson, id));
  const card = page.locator(`#soal-${id}`);
  await card.scrollIntoViewIfNeeded();
  await expect(
    card.getByRole("button", { name: "Periksa jawaban" }),
  ).toBeEnabled();
  return card;
}

/** Press a key on a closed native select until its chosen text starts with `prefix`, or its text equals it. */
async function chooseByKeyboard(
  page: Page,
  select: Locator,
  wanted: (text: string) => boolean,
) {
  await select.focus();
  for (let i = 0; i < 12; i += 1) {
    const text = await select.evaluate(
      (s: HTMLSelectElement) => s.selectedOptions[0]?.textContent ?? "",
    );
    if (wanted(text)) return;
    await page.keyboard.press("ArrowDown");
  }
  throw new Error("option not reachable by keyboard");
}

test("an ordering question is solved with the keyboard alone, each move announced", async ({
  page,
}) => {
  const { lesson, q } = firstOfType("ordering");
  if (q.type !== "ordering") throw new Error("type");
  const card = await openQuestion(page, lesson, q.id);
  const status = card.getByRole("status");
  const rows = card.locator(".ordering-text");
  const current = async () =>
    (await rows.allTextContents()).map((t) => t.trim());
  expect(await current()).not.toEqual(q.items);

  for (let target = 0; target < q.items.length; target += 1) {
    const item = q.items[target]!;
    let position = (await current()).indexOf(item);
    if (position === target) continue;
    await card.getByRole("button", { name: `Naik: “${item}”` }).focus();
    while (position > target) {
      await page.keyboard.press("Enter");
      position -= 1;
      await expect(status).toHaveText(
        `“${item}” sekarang di posisi ${position + 1} dari ${q.items.length}.`,
      );
    }
  }
  expect(await current()).toEqual(q.items);
  await card.getByRole("button", { name: "Periksa jawaban" }).focus();
  await page.keyboard.press("Enter");
  await expect(status).toHaveText("Benar.");
});

test("a matching question is answered with the keyboard alone", async ({
  page,
}) => {
  const { lesson, q } = firstOfType("matching");
  if (q.type !== "matching") throw new Error("type");
  const card = await openQuestion(page, lesson, q.id);
  for (const pair of q.pairs)
    await chooseByKeyboard(
      page,
      card.getByLabel(pair.left, { exact: true }),
      (text) => text.endsWith(pair.right),
    );
  await card.getByRole("button", { name: "Periksa jawaban" }).focus();
  await page.keyboard.press("Enter");
  await expect(card.getByRole("status")).toHaveText("Benar.");
});

test("a categorization question is answered with the keyboard alone, and a wrong item is marked", async ({
  page,
}) => {
  const { lesson, q } = firstOfType("categorization");
  if (q.type !== "categorization") throw new Error("type");
  const card = await openQuestion(page, lesson, q.id);
  const [first, ...rest] = q.items;
  const wrongGroup = q.categories.find((c) => c !== first!.category)!;
  await chooseByKeyboard(
    page,
    card.getByLabel(first!.text, { exact: true }),
    (text) => text === wrongGroup,
  );
  for (const item of rest)
    await chooseByKeyboard(
      page,
      card.getByLabel(item.text, { exact: true }),
      (text) => text === item.category,
    );
  await card.getByRole("button", { name: "Periksa jawaban" }).focus();
  await page.keyboard.press("Enter");
  const share = Math.round(((q.items.length - 1) / q.items.length) * 100);
  await expect(card.getByRole("status")).toHaveText(
    `Sebagian benar (${share}%).`,
  );
  await expect(
    card.locator(".select-row", { hasText: first!.text }),
  ).toContainText("✗ belum tepat");
});

test("a short answer is accepted whatever its case and punctuation", async ({
  page,
}) => {
  const { lesson, q } = firstOfType("short-answer");
  if (q.type !== "short-answer") throw new Error("type");
  const card = await openQuestion(page, lesson, q.id);
  await card.getByLabel("Jawaban Anda").focus();
  await page.keyboard.type(`  ${q.answers[0]!.toUpperCase()}!  `);
  await page.keyboard.press("Enter");
  await expect(card.getByRole("status")).toHaveText("Benar.");
});
