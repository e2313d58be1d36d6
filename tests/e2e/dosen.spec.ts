import { readFileSync } from "node:fs";
import {
  expect,
  test,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
} from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import Papa from "papaparse";
import { course, lessons } from "../support/course.ts";
import { completeLesson, zoomText } from "../support/actions.ts";
import { pathTo } from "../support/scenario-paths.ts";

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const XSS = "<img src=x onerror=alert(1)>";
const lesson = lessons[0]!;
const scenario = course.scenarios[0]!;
/** Three questions of the first lesson that are answered by one click. */
const quiz = course.questions
  .filter(
    (q) =>
      q.lesson === lesson.slug &&
      (q.type === "single-choice" || q.type === "true-false"),
  )
  .slice(0, 3);

async function axe(page: Page) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(WCAG)
    .analyze();
  expect(
    violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
    ),
  ).toEqual([]);
}

/** A fresh browser (a student's phone) that fails the test on any dialog, such as an injected alert. */
async function newStudent(browser: Browser, baseURL: string) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  page.on("dialog", (dialog) => {
    throw new Error(`unexpected dialog: ${dialog.message()}`);
  });
  return { context, page };
}

/** Check a question in its card, rightly or wrongly, and wait for the verdict. */
async function answer(page: Page, id: string, right: boolean) {
  const q = quiz.find((x) => x.id === id)!;
  const card = page.locator(`#soal-${id}`);
  if (q.type === "true-false")
    await card
      .getByRole("radio", {
        name: q.answer === right ? "Benar" : "Salah",
        exact: true,
      })
      .check();
  else if (q.type === "single-choice")
    await card
      .getByRole("radio", {
        name: q.options.find((o) => o.correct === right)!.text,
        exact: true,
      })
      .check();
  await card.getByRole("button", { name: "Periksa jawaban" }).click();
  await expect(card.getByRole("status")).toHaveText(
    right ? "Benar." : /^Belum tepat/,
  );
}

/** Type name and NIM, download the report, and return its text. */
async function downloadReport(page: Page, name: string, nim: string) {
  await page.getByLabel("Nama lengkap").fill(name);
  await page.getByLabel("NIM").fill(nim);
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Unduh laporan (.json)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(
    new RegExp(`^laporan-${nim}-\\d{8}\\.json$`),
  );
  await expect(
    page.getByText(/^Laporan diunduh sebagai laporan-/),
  ).toBeVisible();
  return readFileSync((await download.path())!, "utf8");
}

function checklistItem(page: Page, text: RegExp): Locator {
  return page.locator(".task-checklist li").filter({ hasText: text });
}

test("a lecturer's link goes to three students, and their report files come back as a class summary with a CSV", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  expect(quiz).toHaveLength(3);
  const contexts: BrowserContext[] = [];

  // The lecturer builds the assignment.
  const lecturer = await browser.newContext({ baseURL: baseURL! });
  contexts.push(lecturer);
  const page = await lecturer.newPage();
  await page.goto("dosen/penugasan/");
  const build = page.getByRole("button", { name: "Buat tautan tugas" });
  await expect(build).toBeEnabled(); // hydrated
  await build.click();
  await expect(page.getByLabel("Nama kelas")).toHaveAccessibleDescription(
    "⚠ Isi nama kelas.",
  );
  await page
    .getByLabel("Judul tugas (boleh dikosongkan)")
    .fill("Tugas minggu ke-3");
  await page.getByLabel("Nama kelas").fill("PS 2A");
  await page.getByLabel("Batas pengumpulan").fill("2099-12-31");
  await page
    .getByRole("checkbox", { name: new RegExp(lesson.title) })
    .first()
    .check();
  await page
    .getByRole("group", { name: "3. Simulasi kasus" })
    .getByRole("checkbox", { name: scenario.title })
    .check();
  await page.getByRole("radio", { name: "Saya pilih sendiri soalnya" }).check();
  await page.locator("details.question-picker summary").first().click();
  for (const q of quiz)
    await page.getByRole("checkbox", { name: new RegExp(`^${q.id} `) }).check();
  await expect(
    page.getByText("3 soal dipilih (paling banyak 100)."),
  ).toBeVisible();
  await page.getByLabel("Nilai minimal kuis (KKM)").fill("60");
  await build.click();
  await expect(
    page.getByRole("heading", { name: "Tugas minggu ke-3" }),
  ).toBeFocused();
  await expect(
    page.getByRole("img", { name: "Kode QR berisi tautan tugas" }),
  ).toBeVisible();
  const link = await page.getByLabel("Tautan tugas").inputValue();
  expect(link).toMatch(/\/tugas\/#t=[A-Za-z0-9_-]+\.[0-9a-z]+$/);
  await axe(page);

  // Student A does everything; an early report and a final one.
  const a = await newStudent(browser, baseURL!);
  contexts.push(a.context);
  await a.page.goto(link);
  await expect(
    a.page.getByRole("heading", { name: "Tugas minggu ke-3" }),
  ).toBeVisible();
  await expect(
    a.page.getByText("Daftar tugas: 0 dari 3 selesai"),
  ).toBeVisible();
  const early = await downloadReport(a.page, "Siti Aminah", "2301001");
  await a.page.getByRole("link", { name: new RegExp(lesson.title) }).click();
  await completeLesson(a.page);
  await a.page.goto(`kasus/${scenario.id}/`);
  for (const text of pathTo(scenario, "baik")) {
    const choice = a.page.getByRole("button", { name: text, exact: true });
    await expect(choice).toBeEnabled();
    await choice.click();
  }
  await expect(
    a.page.getByRole("heading", { level: 2, name: /^Akhir baik:/ }),
  ).toBeVisible();
  await a.page.goto(link);
  await expect(checklistItem(a.page, new RegExp(lesson.title))).toContainText(
    "Selesai",
  );
  await expect(checklistItem(a.page, /Mainkan simulasi kasus/)).toContainText(
    "Akhir cerita ditemukan: 1",
  );
  await a.page.getByRole("button", { name: "Mulai kuis" }).click();
  for (const q of quiz) await answer(a.page, q.id, true);
  await expect(
    a.page.getByText(/3 benar\. Nilai: 100%\. Nilai Anda mencapai KKM\./),
  ).toBeVisible();
  await expect(
    a.page.getByText("Daftar tugas: 3 dari 3 selesai"),
  ).toBeVisible();
  await axe(a.page);
  const final = await downloadReport(a.page, "Siti Aminah", "2301001");

  // Student B, named like an attack, opens the lesson and gets one question wrong.
  const b = await newStudent(browser, baseURL!);
  contexts.push(b.context);
  await b.page.goto(`modul/${lesson.slug}/`);
  await expect(b.page.locator(".lesson-status .badge")).toHaveText(
    "Sedang dipelajari",
  ); // the visit is recorded once the island has hydrated
  await b.page.goto(link);
  await expect(checklistItem(b.page, new RegExp(lesson.title))).toContainText(
    "Sedang dikerjakan",
  );
  await b.page.getByRole("button", { name: "Mulai kuis" }).click();
  await answer(b.page, quiz[0]!.id, false);
  const partial = await downloadReport(b.page, XSS, "2301002");
  await expect(b.page.locator("main img")).toHaveCount(0);

  // Student C's file is cut short on the way.
  const c = await newStudent(browser, baseURL!);
  contexts.push(c.context);
  await c.page.goto(link);
  const whole = await downloadReport(c.page, "Cahya", "2301003");
  const broken = whole.slice(0, Math.floor(whole.length / 2));

  // The lecturer drops every file on the class summary.
  await page.getByRole("link", { name: "Buka rekap kelas tugas ini" }).click();
  await expect(
    page.getByRole("heading", { name: "Rekap: Tugas minggu ke-3" }),
  ).toBeVisible();
  // the list of assignments made here tells them apart by due date and time made
  await expect(
    page.getByRole("button", {
      name: /^Tugas minggu ke-3 \(PS 2A\), batas 31 Desember 2099, dibuat \d{1,2} \S+ \d{4} (pukul )?\d\d[.:]\d\d$/,
    }),
  ).toBeVisible();
  await expect(
    page.locator(".drop-zone").getByText(/tidak disimpan: setelah halaman/),
  ).toBeVisible();
  const dialogs: string[] = [];
  let acceptDialogs = false;
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void (acceptDialogs ? d.accept() : d.dismiss());
  });
  // Siti's file with one value changed by hand, and a photo sent by mistake.
  const edited = final.replace('"right": 3', '"right": 2');
  expect(edited).not.toBe(final);
  const files = [
    { name: "siti-awal.json", text: early },
    { name: "siti.json", text: final },
    { name: "b.json", text: partial },
    { name: "cahya-terpotong.json", text: broken },
    { name: "cahya.json", text: whole },
    { name: "siti-diubah.json", text: edited },
    { name: "foto.png", text: "\u0089PNG\r\n\u001a\n\u0000\u0000IHDR" },
  ];
  const drop = async (list: { name: string; text: string }[]) => {
    const dataTransfer = await page.evaluateHandle((items) => {
      const dt = new DataTransfer();
      for (const f of items)
        dt.items.add(new File([f.text], f.name, { type: "application/json" }));
      return dt;
    }, list);
    await page.locator(".drop-zone").dispatchEvent("drop", { dataTransfer });
  };
  await drop(files);
  await expect(
    page.getByText("7 berkas dibaca: 3 dipakai, 4 tidak dipakai."),
  ).toBeVisible();
  const rejected = page.getByRole("region", {
    name: "Berkas yang tidak dipakai (4)",
  });
  await expect(rejected).toContainText(
    "cahya-terpotong.json: berkas rusak atau terpotong (bukan JSON yang utuh).",
  );
  await expect(rejected).toContainText(
    "siti-awal.json: NIM yang sama juga ada di berkas yang lebih baru (siti.json); yang dipakai berkas terbaru.",
  );
  await expect(rejected).toContainText(
    "siti-diubah.json: isi berkas berubah setelah dibuat (kode pemeriksa tidak cocok). Di dalamnya tertulis nama dan NIM: Siti Aminah (2301001).",
  );
  await expect(rejected).toContainText(
    "foto.png: bukan berkas laporan tugas kursus ini",
  );
  // The same file dropped again is ignored, not counted as an older copy of itself.
  await drop([{ name: "siti.json", text: final }]);
  await expect(
    page.getByRole("status").filter({ hasText: "dibaca" }),
  ).toHaveText(
    "7 berkas dibaca: 3 dipakai, 4 tidak dipakai. Sudah dimuat sebelumnya, diabaikan: siti.json.",
  );
  await expect(rejected).toHaveCount(1);

  const table = page.getByRole("table", { name: /Rekap per mahasiswa/ });
  const siti = table.getByRole("row", { name: /Siti Aminah/ });
  await expect(siti.getByRole("cell")).toHaveText([
    "2301001",
    "Selesai",
    "Selesai (akhir baik)",
    "100% ✓",
    "Selesai",
    "3/3",
    "100% (mencapai KKM)",
    /.+/,
  ]);
  const attacker = table.getByRole("row", { name: XSS });
  await expect(attacker.getByRole("rowheader")).toHaveText(XSS);
  await expect(attacker.getByRole("cell")).toHaveText([
    "2301002",
    "Sebagian",
    "Belum",
    "0%",
    "Sebagian",
    "0/3",
    "0% (di bawah KKM)",
    /.+/,
  ]);
  // Cahya never started the quiz: no score, and not counted in the mean
  await expect(
    table.getByRole("row", { name: /Cahya/ }).getByRole("cell"),
  ).toHaveText([
    "2301003",
    "Belum",
    "Belum",
    "Belum",
    "Belum",
    "0/3",
    "belum mengerjakan",
    /.+/,
  ]);
  await expect(page.locator("main img")).toHaveCount(0);
  await expect(
    page
      .locator(".recap-figures div")
      .filter({ hasText: "Rata-rata nilai kuis" }),
  ).toHaveText(/50%\s*dari 2 mahasiswa yang mengerjakan/);
  await expect(table.locator("tfoot td").nth(3)).toHaveText(
    "1/3 · rata-rata 50% dari 2 yang mengerjakan",
  );
  await expect(
    page.getByRole("heading", { name: "Belum mulai mengerjakan (1)" }),
  ).toBeVisible();
  await expect(page.locator(".missed-list li")).toHaveCount(1);
  await expect(page.locator(".missed-list li")).toContainText(
    `${quiz[0]!.id} ${quiz[0]!.stem.trim().slice(0, 20)}`,
  );
  await expect(page.locator(".missed-list li")).toContainText(
    "1 dari 2 mahasiswa belum tepat (rata-rata 50%)",
  );

  // The table scrolls sideways in its own region, at a desk and on a phone; the page does not.
  const region = page.getByRole("region", {
    name: "Tabel rekap per mahasiswa (dapat digeser ke samping)",
  });
  for (const width of [1280, 412]) {
    await page.setViewportSize({ width, height: 900 });
    const box = await region.evaluate((el) => ({
      page: document.documentElement.scrollWidth,
      right: el.getBoundingClientRect().right,
    }));
    expect(box.page).toBeLessThanOrEqual(width);
    expect(box.right).toBeLessThanOrEqual(width);
    await region.scrollIntoViewIfNeeded();
    await region.evaluate((el) => (el.scrollLeft = el.scrollWidth));
    await expect(
      table.getByRole("columnheader", { name: /^Laporan dibuat/ }),
    ).toBeInViewport();
    // the names stay in view
    await expect(siti.getByRole("rowheader")).toBeInViewport();
  }
  await page.setViewportSize({ width: 1280, height: 720 });
  await region.evaluate((el) => (el.scrollLeft = 0));

  // sort and filter
  await table.getByRole("button", { name: /^Nilai kuis/ }).click();
  await expect(
    table.getByRole("columnheader", { name: /^Nilai kuis/ }),
  ).toHaveAttribute("aria-sort", "ascending");
  await expect(table.locator("tbody th")).toHaveText([
    "Cahya",
    XSS,
    "Siti Aminah",
  ]);
  await table.getByRole("button", { name: /^Nilai kuis/ }).click();
  await expect(table.locator("tbody th")).toHaveText([
    "Siti Aminah",
    XSS,
    "Cahya",
  ]);
  await page.getByLabel("Tampilkan").selectOption({ label: "Di bawah KKM" });
  await expect(table.locator("tbody th")).toHaveText([XSS]);
  await expect(table.getByRole("caption")).toHaveText(
    "Rekap per mahasiswa: 1 dari 3 ditampilkan",
  );
  await page.getByLabel("Tampilkan").selectOption({ label: "Semua mahasiswa" });
  await page.getByLabel("Cari nama atau NIM").fill("aminah");
  await expect(table.locator("tbody th")).toHaveText(["Siti Aminah"]);
  await page.getByLabel("Cari nama atau NIM").fill("");
  await axe(page);

  // the CSV holds every student, sorted as on screen
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Unduh CSV" }).click();
  const csvFile = await downloading;
  expect(csvFile.suggestedFilename()).toBe("rekap-ps-2a.csv");
  const csv = readFileSync((await csvFile.path())!, "utf8");
  expect(csv.startsWith("\uFEFF")).toBe(true);
  // ";" between cells, as spreadsheets set to Indonesian expect
  expect(csv.split("\r\n")[0]).toMatch(/^\uFEFFNIM;Nama;Status;/);
  const rows = Papa.parse<string[]>(csv.slice(1), {
    delimiter: ";",
    skipEmptyLines: true,
  }).data;
  expect(rows[0]).toEqual([
    "NIM",
    "Nama",
    "Status",
    `Modul 1: ${lesson.title}`,
    scenario.title,
    "Kuis",
    "Nilai kuis (%)",
    "Mencapai KKM",
    "Lama kuis (menit)",
    "Laporan dibuat",
    "Terlambat",
    "Berkas",
  ]);
  // the time the report was made, written so that a spreadsheet sorts it
  for (const r of rows.slice(1))
    expect(r[9]).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d$/);
  // every other column; answering took under half a minute
  expect(rows.slice(1).map((r) => [...r.slice(0, 9), ...r.slice(10)])).toEqual([
    [
      "2301001",
      "Siti Aminah",
      "Selesai",
      "Selesai",
      "Selesai",
      "Selesai",
      "100",
      "ya",
      "0",
      "tidak",
      "siti.json",
    ],
    [
      "2301002",
      XSS,
      "Sebagian",
      "Sebagian",
      "Belum",
      "Sebagian",
      "0",
      "tidak",
      "0",
      "tidak",
      "b.json",
    ],
    [
      "2301003",
      "Cahya",
      "Belum",
      "Belum",
      "Belum",
      "Belum",
      "",
      "tidak",
      "",
      "tidak",
      "cahya.json",
    ],
  ]);
  expect(dialogs).toEqual([]);

  // Emptying the files asks first; cancelled, nothing changes.
  const clear = page.getByRole("button", { name: "Kosongkan berkas" });
  await clear.click();
  expect(dialogs).toEqual([expect.stringMatching(/^Kosongkan semua berkas/)]);
  await expect(table).toBeVisible();
  acceptDialogs = true;
  await clear.click();
  await expect(page.getByText("Semua berkas dikosongkan.")).toBeVisible();
  await expect(table).toHaveCount(0);
  for (const context of contexts) await context.close();
});

test("the builder points at each problem, refuses a past date unless confirmed and a pass mark of 150, and never shows a link that no longer fits the form", async ({
  page,
}) => {
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("dosen/penugasan/");
  const build = page.getByRole("button", { name: "Buat tautan tugas" });
  await expect(build).toBeEnabled();

  // Empty form: the focus goes to the first field to fix, which names its problem.
  await build.click();
  const className = page.getByLabel("Nama kelas");
  await expect(className).toBeFocused();
  await expect(className).toHaveAttribute("aria-invalid", "true");
  await expect(className).toHaveAccessibleDescription("⚠ Isi nama kelas.");

  await className.fill("PS 2C");
  await page.getByLabel("Batas pengumpulan").fill("2020-01-31");
  await expect(page.getByText(/tanggal ini sudah lewat/)).toBeVisible();
  await page
    .getByRole("checkbox", { name: new RegExp(lesson.title) })
    .first()
    .check();
  await page.getByRole("radio", { name: "Tanpa kuis" }).check();
  await page.getByRole("radio", { name: /^Saya pilih sendiri/ }).check();
  await page.locator("details.question-picker summary").first().click();
  await page
    .getByRole("checkbox", { name: new RegExp(`^${quiz[0]!.id} `) })
    .check();
  const kkm = page.getByLabel("Nilai minimal kuis (KKM)");
  await kkm.fill("150");
  await build.click();
  const confirmPast = page.getByRole("checkbox", {
    name: "Ya, batas waktu memang sudah lewat",
  });
  await expect(confirmPast).toBeFocused();
  await expect(confirmPast).toHaveAttribute("aria-invalid", "true");
  await expect(kkm).toHaveAttribute("aria-invalid", "true");
  await expect(kkm).toHaveAccessibleDescription(
    "⚠ Nilai minimal kuis harus bilangan bulat antara 0 dan 100.",
  );
  await expect(kkm).toHaveValue("150"); // not clamped
  await expect(page.locator(".builder-status")).toContainText(
    "Ada 2 hal yang perlu dibetulkan",
  );
  await expect(page.getByLabel("Tautan tugas")).toHaveCount(0);
  await axe(page);

  await confirmPast.check();
  await kkm.fill("-5");
  await build.click();
  await expect(kkm).toBeFocused();
  await kkm.fill("60");
  await build.click();
  await expect(
    page.getByRole("heading", { name: "Tugas kelas" }),
  ).toBeFocused();
  await expect(kkm).not.toHaveAttribute("aria-invalid");
  const link = page.getByLabel("Tautan tugas");
  await expect(link).toHaveValue(/#t=/);
  await expect(
    page.getByRole("img", { name: "Kode QR berisi tautan tugas" }),
  ).toBeVisible();

  // "Salin tautan" answers beside the button.
  const copy = page.getByRole("button", { name: "Salin tautan" });
  await copy.click();
  const note = page.locator(".copy-note");
  await expect(note).toHaveText("Tautan disalin.");
  await expect(note).toBeInViewport();
  const copyBox = (await copy.boundingBox())!;
  const noteBox = (await note.boundingBox())!;
  expect(Math.abs(noteBox.y - copyBox.y)).toBeLessThan(copyBox.height * 2);

  // Changing the form removes the old link, QR code and copy button at once.
  await className.fill("PS 2D");
  await expect(link).toHaveCount(0);
  await expect(copy).toHaveCount(0);
  await expect(
    page.getByRole("img", { name: "Kode QR berisi tautan tugas" }),
  ).toHaveCount(0);
  await expect(page.getByText(/^Formulir diubah/)).toBeVisible();

  // A failed build leaves nothing of the previous one either.
  await build.click();
  await expect(link).toHaveCount(1);
  await kkm.fill("");
  await expect(link).toHaveCount(0);
  await build.click();
  await expect(kkm).toBeFocused();
  await expect(link).toHaveCount(0);
});

test("a student told plainly when a link is mangled, keeping the assignments opened before", async ({
  page,
}) => {
  await page.goto("dosen/penugasan/");
  await expect(
    page.getByRole("button", { name: "Buat tautan tugas" }),
  ).toBeEnabled();
  await page.getByLabel("Nama kelas").fill("PS 2B");
  await page
    .getByRole("checkbox", { name: new RegExp(lesson.title) })
    .first()
    .check();
  await page.getByRole("radio", { name: "Tanpa kuis" }).check();
  await page.getByRole("button", { name: "Buat tautan tugas" }).click();
  const link = await page.getByLabel("Tautan tugas").inputValue();

  await page.goto(link);
  await expect(
    page.getByRole("heading", { name: "Tugas PS 2B" }),
  ).toBeVisible();

  // A NIM of letters and a name over the limit are refused, each at its field.
  const name = page.getByLabel("Nama lengkap");
  const nim = page.getByLabel("NIM");
  await name.fill("x".repeat(101));
  await nim.fill("abcdefg");
  await page.getByRole("button", { name: "Unduh laporan (.json)" }).click();
  await expect(name).toBeFocused();
  await expect(name).toHaveValue("x".repeat(101)); // not cut silently
  await expect(name).toHaveAttribute("aria-invalid", "true");
  await expect(name).toHaveAccessibleDescription(
    "⚠ Nama terlalu panjang (paling banyak 100 karakter).",
  );
  await expect(nim).toHaveAttribute("aria-invalid", "true");
  await expect(nim).toHaveAccessibleDescription(/^⚠ Isi NIM dengan 5–20 angka/);
  await axe(page);
  await name.fill("Dewi");
  await nim.fill("1234");
  await page.getByRole("button", { name: "Unduh laporan (.json)" }).click();
  await expect(nim).toBeFocused();
  // dots and spaces between the digits are dropped
  await nim.fill("23.01 045");
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Unduh laporan (.json)" }).click();
  expect((await downloading).suggestedFilename()).toMatch(
    /^laporan-2301045-\d{8}\.json$/,
  );
  await expect(nim).toHaveValue("2301045");
  await expect(nim).not.toHaveAttribute("aria-invalid");

  const payload = link.split("#t=")[1]!;
  const mangled =
    payload.slice(0, 10) +
    (payload[10] === "A" ? "B" : "A") +
    payload.slice(11);
  await page.goto(link.replace(payload, mangled));
  await expect(
    page.getByRole("alert").filter({ hasText: "tidak dapat dibuka" }),
  ).toContainText(
    "Tautan tugas berubah sejak dibuat (ada huruf yang hilang atau tertukar).",
  );
  await page.goto(link.replace(payload, payload.slice(0, 30)));
  await expect(
    page.getByRole("alert").filter({ hasText: "tidak dapat dibuka" }),
  ).toContainText("Tautan tugas tidak lengkap atau rusak.");
  await expect(page.getByRole("heading", { name: "Tugas Anda" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Tugas PS 2B" })).toBeVisible();
  // when it was opened tells two assignments of one class apart
  await expect(page.locator(".task-card").first()).toContainText(
    /· dibuka \d{1,2} \S+ \d{4}/,
  );
  await page.getByRole("link", { name: "Tugas PS 2B" }).click();
  await expect(page.getByText("Daftar tugas: 0 dari 1 selesai")).toBeVisible();
});

test.describe("on a phone with text at 200%", () => {
  test.use({ viewport: { width: 360, height: 800 } });
  for (const path of ["dosen/penugasan/", "dosen/rekap/", "tugas/"])
    test(`/${path} does not scroll sideways`, async ({ page }) => {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      await zoomText(page, 200);
      const width = await page.evaluate(
        () => document.documentElement.scrollWidth,
      );
      expect(width).toBeLessThanOrEqual(360);
    });
});
