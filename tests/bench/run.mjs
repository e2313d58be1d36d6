// `npm run bench`: prints speed figures against their budgets: the class summary of
// 200 report files (pure functions in Node, see class-summary.mjs), then the built site (dist/).
// Exam simulation: with 100 questions and the CPU slowed 4x (DevTools CPU throttling),
// the main-thread work of answering a question and of moving to the next one: the
// click handler, the store update, Preact's render and the forced style and layout,
// measured in the page (an upper bound: it includes the zero-delay timer's wait).
import { createServer } from "node:http";
import { existsSync } from "node:fs";
import sirv from "sirv";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "../support/chromium.mjs";
import { encodeAssignment } from "../../src/lib/assignment/link.ts";
import {
  SEARCH_BUDGET,
  floors,
  formatFigure,
  staticFigures,
} from "../budgets/budgets.mjs";
import {
  assignment,
  benchClassSummary,
  classFiles,
  BUDGET_MS as SUMMARY_BUDGET_MS,
  STUDENTS,
} from "./class-summary.mjs";
import {
  measureWebVitals,
  printWebVitals,
  serveStatic,
} from "./web-vitals.mjs";
import { measureBuildTimes, printBuildTimes } from "./build-time.mjs";

const BUDGET_MS = 50;
const ROUNDS = 20;

// Class summary of lecturer assignments: needs no build, so it is printed first.
{
  const { median, max, bytes } = await benchClassSummary();
  const ok = max <= SUMMARY_BUDGET_MS;
  if (!ok) process.exitCode = 1;
  console.log(
    `Rekap kelas, ${STUDENTS} berkas laporan (${Math.round(bytes / 1024)} KB; diperiksa, checksum SHA-256, dirangkum, CSV), Node: median ${median.toFixed(0)} ms, maks ${max.toFixed(0)} ms (anggaran ${SUMMARY_BUDGET_MS} ms) ${ok ? "OK" : "MELEBIHI"}`,
  );
}

if (!existsSync("dist/index.html")) {
  console.error("Bangun situs dulu: npm run build");
  process.exit(1);
}
const executablePath = findChromium();
if (!executablePath) {
  console.error(
    "Chromium tidak ditemukan: jalankan node tests/support/ensure-chromium.mjs",
  );
  process.exit(1);
}

const files = sirv("dist", { dev: true, extensions: ["html"] });
const server = createServer((req, res) =>
  files(req, res, () => res.writeHead(404).end()),
);
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const base = `http://127.0.0.1:${server.address().port}/`;

const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
const page = await browser.newPage();
const cdp = await page.context().newCDPSession(page);
await page.goto(`${base}simulasi-ujian/`);
// Let the service worker finish precaching the site first: its install runs
// once per visit, and timing clicks while it runs measures the install instead.
await page.evaluate(() => navigator.serviceWorker?.ready);
await page.getByRole("button", { name: "Mulai simulasi" }).click();
await page.getByRole("timer").waitFor();
await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });

/** Click an element and time the work it causes until the page is rendered and laid out, in ms. */
const timed = async (selector) => {
  const { ms, changed } = await page.evaluate(async (sel) => {
    const el = document.querySelector(sel);
    const before = document.querySelector(".exam").innerHTML;
    const t0 = performance.now();
    el.click();
    await new Promise((r) => setTimeout(r, 0)); // let the store and Preact render (includes the timer delay)
    void document.body.getBoundingClientRect(); // force style and layout
    const ms = performance.now() - t0;
    return {
      ms,
      changed: document.querySelector(".exam").innerHTML !== before,
    };
  }, selector);
  // the render must have happened inside the measurement, or the figure would be meaningless
  if (!changed)
    throw new Error(
      `klik ${selector} tidak mengubah tampilan dalam pengukuran`,
    );
  await page.waitForTimeout(50); // let effects (focus, scroll) finish before the next round
  return ms;
};

const answer = [];
const move = [];
for (let i = 0; i < ROUNDS; i += 1) {
  answer.push(await timed(".exam-question input[type=radio]"));
  move.push(await timed(".exam-nav .button-primary"));
}

// The same 200 files dropped on /dosen/rekap/ in Chromium (no CPU slow-down): from the
// drop until the table shows every student (reading the files, checks, summary, render).
// Three rounds, each on a freshly loaded page; the budget applies to the median.
const recap = await browser.newPage();
const reportFiles = await classFiles();
const dropTimes = [];
for (let round = 0; round < 3; round += 1) {
  await recap.goto("about:blank"); // a real load each round, not a jump within the page
  await recap.goto(`${base}dosen/rekap/#t=${encodeAssignment(assignment)}`);
  await recap.getByRole("heading", { name: /^Rekap: / }).waitFor();
  dropTimes.push(
    await recap.evaluate(async (list) => {
      const dt = new DataTransfer();
      for (const f of list)
        dt.items.add(new File([f.text], f.name, { type: "application/json" }));
      const zone = document.querySelector(".drop-zone");
      const t0 = performance.now();
      zone.dispatchEvent(
        new DragEvent("drop", {
          dataTransfer: dt,
          bubbles: true,
          cancelable: true,
        }),
      );
      for (;;) {
        await new Promise((r) => requestAnimationFrame(r));
        if (
          document.querySelectorAll(".recap-table tbody tr").length ===
            list.length &&
          document.querySelector(".recap-status")?.textContent?.includes("200")
        )
          return performance.now() - t0;
      }
    }, reportFiles),
  );
}
// Search: bytes a gzipping static host sends for the first search (counted by
// that server, so the requests of Pagefind's worker are included).
const searchServer = await serveStatic("dist");
const searchPage = await browser.newPage({ serviceWorkers: "block" });
await searchPage.goto(`${searchServer.base}modul/pengantar/`);
await searchPage.waitForLoadState("networkidle");
const beforeSearch = searchServer.bytesSent();
await searchPage.getByRole("searchbox").first().fill("kelayan");
await searchPage.locator(".search-popup a").first().waitFor();
await searchPage.waitForLoadState("networkidle");
const firstSearch = searchServer.bytesSent() - beforeSearch;
await searchServer.close();

await browser.close();
server.close();
const stats = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return {
    median: sorted[Math.floor(sorted.length / 2)],
    max: sorted[sorted.length - 1],
  };
};
{
  const { median, max } = stats(dropTimes);
  const ok = median <= SUMMARY_BUDGET_MS;
  if (!ok) process.exitCode = 1;
  console.log(
    `Rekap kelas di Chromium, ${STUDENTS} berkas dijatuhkan ke /dosen/rekap/ sampai tabel tampil (3 kali): median ${median.toFixed(0)} ms, maks ${max.toFixed(0)} ms (anggaran ${SUMMARY_BUDGET_MS} ms untuk median) ${ok ? "OK" : "MELEBIHI"}`,
  );
}
let failed = false;
for (const [name, xs] of [
  ["menjawab soal", answer],
  ["pindah ke soal berikutnya", move],
]) {
  const { median, max } = stats(xs);
  const ok = max <= BUDGET_MS;
  failed ||= !ok;
  console.log(
    `Simulasi ujian, 100 soal, CPU 4x lebih lambat, ${name}: median ${median.toFixed(1)} ms, maks ${max.toFixed(1)} ms (anggaran ${BUDGET_MS} ms) ${ok ? "OK" : "MELEBIHI"}`,
  );
}
if (failed) process.exitCode = 1;

// Page weight (gzip), each figure against the target and the limit the test line enforces.
console.log("Bobot halaman (gzip), dari dist/:");
for (const figure of staticFigures("dist", "/"))
  console.log(`  ${formatFigure(figure)}`);
console.log(
  `  ${formatFigure({
    label:
      "Pencarian pertama (semua berkas Pagefind, pekerja dan WebAssembly termasuk)",
    value: firstSearch,
    ...SEARCH_BUDGET,
    where: "",
  })}`,
);

// The floors under the unmet targets: what the chosen stack costs before any code of ours.
const floor = floors("dist", "/");
console.log(
  `  Lantai: runtime island (bootstrap Astro, Preact + hooks + JSX, @nanostores/preact, renderer Astro) ${(floor.islandRuntime / 1024).toFixed(1)} KB dari target JavaScript modul 12.0 KB; inti Pagefind (JS, pekerja, WebAssembly, metadata) ${(floor.pagefindCore / 1024).toFixed(1)} KB dari target pencarian pertama 90.0 KB`,
);

// Web Vitals under Lighthouse's mobile throttling, then build times (these rebuild the site).
if (!printWebVitals(await measureWebVitals({ dist: "dist" })))
  process.exitCode = 1;
printBuildTimes(await measureBuildTimes());
