import { expect, test } from "@playwright/test";
import { course, lessons, pageOfQuestion } from "../support/course.ts";

// Days follow the learner's zone: run these pages in Jakarta time.
test.use({ timezoneId: "Asia/Jakarta" });

const question = course.questions.find((q) => q.type === "single-choice")!;
const term =
  course.glossary.find((g) => g.id === "kelayan") ?? course.glossary[0]!;

/** A stored version-2 document with one wrong answer (it migrates on load). */
function seedWrongAnswer(id: string) {
  if (localStorage.getItem("kips:progres") !== null) return; // only before the first visit
  const at = Date.now() - 60_000;
  localStorage.setItem(
    "kips:progres",
    JSON.stringify({
      version: 2,
      lessons: {},
      answers: {
        [id]: {
          response: { type: "single-choice", choice: 0 },
          score: 0,
          correct: false,
          at,
        },
      },
      log: [{ q: id, at, score: 0, correct: false }],
    }),
  );
}

test("a review session schedules a card for a later calendar day and counts the day", async ({
  page,
}) => {
  await page.addInitScript(seedWrongAnswer, question.id);
  await page.goto("ulasan/");
  const badge = page.locator(".nav-count");
  await expect(badge).toHaveText("1");
  await page.getByRole("button", { name: "Mulai sesi ulasan" }).click();
  await expect(page.getByText("Kartu 1 dari 1")).toBeVisible();
  const right = question.options.find((o) => o.correct)!;
  await page.getByRole("radio", { name: right.text, exact: true }).check();
  await page.getByRole("button", { name: "Periksa jawaban" }).click();
  const easy = page.getByRole("button", { name: /^Mudah/ });
  await expect(easy).toContainText(/besok|dalam \d+ hari/);
  await easy.click();
  await expect(
    page.getByRole("status").filter({ hasText: "Dinilai Mudah" }),
  ).toBeAttached();
  await expect(page.getByText(/Sesi selesai: 1 kartu diulas/)).toBeVisible();
  await expect(
    page.getByText("Tidak ada kartu yang perlu diulas sekarang"),
  ).toBeVisible();
  await expect(badge).toBeHidden();
  await expect(page.getByText(/Hari belajar berturut-turut: 1/)).toBeVisible();

  const stored = await page.evaluate(() =>
    JSON.parse(localStorage.getItem("kips:progres")!),
  );
  expect(stored.version).toBe(3);
  expect(stored.review.log).toHaveLength(1);
  const entry = stored.review.log[0];
  expect(entry).toMatchObject({ card: `q:${question.id}`, rating: 4 });
  expect(entry.days).toBeGreaterThanOrEqual(1);
  expect(stored.events).toEqual([
    expect.objectContaining({ kind: "review", ref: "ulasan" }),
  ]);
  // The card comes back on its calendar day, from midnight in Jakarta.
  const jakartaDay = (ms: number) =>
    new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta" }).format(ms);
  const dueDay = new Date(
    Date.parse(`${jakartaDay(entry.at)}T00:00:00Z`) + entry.days * 86_400_000,
  )
    .toISOString()
    .slice(0, 10);
  await page.clock.install({ time: Date.parse(`${dueDay}T00:01:00+07:00`) });
  await page.reload();
  await expect(badge).toHaveText("1");
  await expect(
    page.getByText("Hari ini: 1 kartu jatuh tempo, 0 kartu baru."),
  ).toBeVisible();
});

test("a glossary term chosen for review becomes a card to recall and rate", async ({
  page,
}) => {
  await page.goto("glosarium/");
  const toggle = page.locator(`button[data-review-term="${term.id}"]`);
  await expect(toggle).toBeVisible();
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await toggle.press("Enter");
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  await expect(page.locator("#status-ulasan-istilah")).toContainText(
    `${term.term} ditambahkan`,
  );
  await expect(page.locator(".nav-count")).toHaveText("1");

  await page.goto("ulasan/");
  await page.getByRole("button", { name: "Mulai sesi ulasan" }).click();
  await expect(
    page.getByRole("heading", { name: "Kartu 1 dari 1" }),
  ).toBeFocused();
  await expect(
    page.getByRole("heading", { name: new RegExp(term.term) }),
  ).toBeVisible();
  await expect(page.getByText(term.definition)).toBeHidden();
  await page.getByRole("button", { name: "Tampilkan arti" }).click();
  await expect(page.getByText(term.definition)).toBeVisible();
  await page.getByRole("button", { name: /^Lagi/ }).click();
  // Rated Lagi: back within minutes, so it waits rather than leaving today's deck.
  await expect(page.getByText(/Sesi selesai: 1 kartu diulas/)).toBeVisible();
  await expect(
    page.getByText(/Kartu berikutnya jatuh tempo pukul \d\d\.\d\d/),
  ).toBeVisible();

  await page.goto("glosarium/");
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
});

test("answering the last open question of a lesson check makes today a study day", async ({
  page,
}) => {
  const lesson = lessons[0]!;
  const last = lesson.questionIds
    .map((id) => course.questions.find((q) => q.id === id)!)
    .find((q) => q.type === "single-choice")!;
  const others = lesson.questionIds.filter((id) => id !== last.id);
  await page.addInitScript((ids) => {
    if (localStorage.getItem("kips:progres") !== null) return;
    const at = Date.now() - 60_000;
    localStorage.setItem(
      "kips:progres",
      JSON.stringify({
        version: 2,
        lessons: {},
        answers: {},
        log: ids.map((q) => ({ q, at, score: 1, correct: true })),
      }),
    );
  }, others);
  await page.goto(pageOfQuestion(lesson, last.id));
  const card = page.locator(".question").filter({ hasText: last.stem.trim() });
  await card.scrollIntoViewIfNeeded(); // the quiz hydrates when it nears the viewport
  await expect(
    card.getByRole("button", { name: "Periksa jawaban" }),
  ).toBeEnabled();
  const right = last.options.find((o) => o.correct)!;
  await card.getByRole("radio", { name: right.text, exact: true }).check();
  await card.getByRole("button", { name: "Periksa jawaban" }).click();
  await expect(card).toHaveAttribute("data-state", "right");
  const events = await page.evaluate(
    () => JSON.parse(localStorage.getItem("kips:progres")!).events,
  );
  expect(events).toEqual([
    expect.objectContaining({ kind: "check", ref: lesson.slug }),
  ]);
  await page.goto("ulasan/");
  await expect(
    page.getByText(
      /Hari belajar berturut-turut: 1 \(hari ini sudah terhitung\)/,
    ),
  ).toBeVisible();
});

test("the certificate waits for every lesson, then shows the typed name as text", async ({
  page,
}) => {
  await page.goto("kemajuan/sertifikat/");
  await expect(
    page.getByText(/Sertifikat tersedia setelah semua modul/),
  ).toBeVisible();
  await page.evaluate(
    (slugs) => {
      const done = { firstVisitedAt: 1, lastVisitedAt: 2, completedAt: 2 };
      localStorage.setItem(
        "kips:progres",
        JSON.stringify({
          version: 2,
          lessons: Object.fromEntries(slugs.map((s) => [s, done])),
          answers: {},
          log: [],
        }),
      );
    },
    lessons.map((l) => l.slug),
  );
  await page.reload();
  const name = '<img src=x onerror="document.title=1">';
  await page.getByLabel("Nama lengkap").fill(name);
  const certificate = page.getByRole("article", {
    name: "Sertifikat Penyelesaian",
  });
  await expect(certificate).toContainText(name);
  await expect(certificate.locator("img")).toHaveCount(0);
  await expect(certificate).toContainText(`seluruh ${lessons.length} modul`);
});

test("after a wrong answer only Lagi is offered, and focus moves to the rating", async ({
  page,
}) => {
  await page.addInitScript(seedWrongAnswer, question.id);
  await page.goto("ulasan/");
  await page.getByRole("button", { name: "Mulai sesi ulasan" }).click();
  const wrong = question.options.find((o) => !o.correct)!;
  await page.getByRole("radio", { name: wrong.text, exact: true }).check();
  await page.getByRole("button", { name: "Periksa jawaban" }).click();
  const ratings = page.getByRole("group", { name: /Seberapa mudah/ });
  await expect(ratings).toBeFocused();
  await expect(ratings).toContainText("Jawaban belum tepat");
  await expect(ratings.getByRole("button")).toHaveCount(1);
  await expect(ratings.getByRole("button")).toContainText("Lagi");
});

test("a card being answered in one tab stays put when another tab rates it", async ({
  context,
}) => {
  const second = course.questions.filter((q) => q.type === "single-choice")[1]!;
  await context.addInitScript(
    ([a, b]) => {
      if (localStorage.getItem("kips:progres") !== null) return;
      const at = Date.now() - 60_000;
      localStorage.setItem(
        "kips:progres",
        JSON.stringify({
          version: 2,
          lessons: {},
          answers: {},
          log: [
            { q: a, at, score: 0, correct: false },
            { q: b, at: at + 1, score: 0, correct: false },
          ],
        }),
      );
    },
    [question.id, second.id],
  );
  const a = await context.newPage();
  const b = await context.newPage();
  for (const page of [a, b]) {
    await page.goto("ulasan/");
    await page.getByRole("button", { name: "Mulai sesi ulasan" }).click();
  }
  const stemB = b.locator(".question-stem");
  await expect(stemB).toHaveText(question.stem.trim());
  const right = question.options.find((o) => o.correct)!;
  await b.getByRole("radio", { name: right.text, exact: true }).check();
  await b.getByRole("button", { name: "Periksa jawaban" }).click();

  await a.getByRole("radio", { name: right.text, exact: true }).check();
  await a.getByRole("button", { name: "Periksa jawaban" }).click();
  await a.getByRole("button", { name: /^Baik/ }).click();
  await expect(a.locator(".question-stem")).toHaveText(second.stem.trim());

  // Tab B still shows the card it was answering, with its own feedback.
  await b.bringToFront();
  await b.evaluate(() => window.dispatchEvent(new Event("pageshow")));
  await expect(stemB).toHaveText(question.stem.trim());
  await expect(b.getByRole("group", { name: /Seberapa mudah/ })).toBeVisible();
});

test("a review session works with the keyboard alone", async ({ page }) => {
  await page.goto("glosarium/");
  const toggle = page.locator(`button[data-review-term="${term.id}"]`);
  await expect(toggle).toBeVisible();
  await toggle.focus();
  await page.keyboard.press("Space");
  await expect(toggle).toHaveAttribute("aria-pressed", "true");

  await page.goto("ulasan/");
  const start = page.getByRole("button", { name: "Mulai sesi ulasan" });
  await start.focus();
  await page.keyboard.press("Enter");
  await expect(
    page.getByRole("heading", { name: "Kartu 1 dari 1" }),
  ).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(
    page.getByRole("button", { name: "Tampilkan arti" }),
  ).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator(".term-definition")).toBeFocused();
  await expect(page.locator(".term-definition")).toContainText(term.definition);
  // On to the ratings: the glossary link, then the four ratings in order.
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: /^Lagi/ })).toBeFocused();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: /^Baik/ })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByText(/Sesi selesai: 1 kartu diulas/)).toBeVisible();
  await expect(
    page.getByRole("status").filter({ hasText: "Dinilai Baik" }),
  ).toBeAttached();
});
