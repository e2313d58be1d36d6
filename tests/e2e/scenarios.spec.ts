import { expect, test, type Page } from "@playwright/test";
import { course } from "../support/course.ts";
import { pathTo } from "../support/scenario-paths.ts";

async function press(page: Page, text: string) {
  const button = page.getByRole("button", { name: text, exact: true });
  await expect(button).toBeEnabled(); // the island has hydrated
  await button.focus();
  await page.keyboard.press("Enter");
  // focus moves to the feedback (or the ending) so the learner hears what happened
  await expect(
    page
      .locator(".case-feedback h2, .case-ending h2")
      .and(page.locator(":focus")),
  ).toHaveCount(1);
}

for (const scenario of course.scenarios) {
  test(`${scenario.id}: played to a good ending by keyboard, resuming after a reload`, async ({
    page,
  }) => {
    const path = pathTo(scenario, "baik");
    await page.goto(`kasus/${scenario.id}/`);
    const middle = Math.floor(path.length / 2);
    for (const [i, text] of path.entries()) {
      if (i === middle) {
        const narrative = await page
          .locator(".case-node .narrative")
          .textContent();
        await page.reload();
        await expect(page.locator(".case-node .narrative")).toHaveText(
          narrative!,
        );
      }
      await press(page, text);
    }
    await expect(
      page.getByRole("heading", { level: 2, name: /^Akhir baik:/ }),
    ).toBeFocused();
    await expect(
      page.getByRole("heading", {
        name: /Akhir cerita yang ditemukan: 1 dari/,
      }),
    ).toBeVisible();
    await expect(page.getByText("Skor keseluruhan:")).toBeVisible();
  });

  test(`${scenario.id}: a poor ending, an undo counted in the debrief, and a restart`, async ({
    page,
  }) => {
    const path = pathTo(scenario, "buruk");
    await page.goto(`kasus/${scenario.id}/`);
    await press(page, path[0]!);
    await page
      .getByRole("button", { name: "Batalkan pilihan terakhir" })
      .click();
    await expect(page.getByRole("main").getByRole("status")).toHaveText(
      "Pilihan terakhir dibatalkan.",
    );
    // after an undo, focus returns to the situation
    await expect(page.locator(".case-node h2")).toBeFocused();
    for (const text of path) await press(page, text);
    await expect(
      page.getByRole("heading", { level: 2, name: /^Akhir buruk:/ }),
    ).toBeVisible();
    await expect(
      page.getByText("Pilihan yang dibatalkan selama permainan: 1"),
    ).toBeVisible();
    await expect(
      page.getByRole("heading", { name: "Pilihan yang bisa lebih kuat" }),
    ).toBeVisible();
    page.once("dialog", (dialog) => dialog.accept());
    await page.getByRole("button", { name: "Ulang dari awal" }).click();
    await expect(page.locator(".case-node .narrative")).toBeVisible();
    await expect(
      page.getByRole("button", { name: "Batalkan pilihan terakhir" }),
    ).toBeDisabled();
  });
}
