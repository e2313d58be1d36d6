// Core web vitals of the built site (dist/) under Lighthouse's mobile conditions:
// Chromium with DevTools-protocol throttling (150 ms latency, 1.6 Mbps down, 750 kbps
// up, CPU 4x slower), a 412x823 phone viewport, and a fresh browser context for every
// load (cold HTTP cache, no service worker). The site is served by a small Node server
// that gzips text on the fly, as a static host does. Per page, the median of `runs`
// loads of: largest contentful paint, cumulative layout shift, total blocking time and
// bytes transferred.
//
//   node tests/bench/web-vitals.mjs   (after npm run build)
import { createServer } from "node:http";
import { cpSync, existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { extname, join, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { gzip as gzipCallback } from "node:zlib";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "../support/chromium.mjs";

const gzip = promisify(gzipCallback);

/** Budgets: LCP and TBT in ms, CLS as a score (zero, with room for float noise). */
export const BUDGETS = { lcp: 1200, cls: 0.0001, tbt: 50 };

/** Pages measured by default: a name for the output and a path relative to the site root. */
export const PAGES = [
  { name: "beranda", path: "" },
  { name: "pelajaran", path: "modul/pengantar/" },
  { name: "kasus", path: "kasus/lansia-telantar-a/" },
  { name: "latihan", path: "latihan/" },
  { name: "simulasi ujian", path: "simulasi-ujian/" },
  { name: "dasbor kemajuan", path: "kemajuan/" },
  { name: "pencarian", path: "cari/?q=kelayan" },
];

/** Lighthouse's mobile profile, with the throughputs in bytes per second. */
const NETWORK = {
  offline: false,
  latency: 150,
  downloadThroughput: 1_638_400 / 8,
  uploadThroughput: (750 * 1024) / 8,
};
const CPU_SLOWDOWN = 4;
const CONTEXT_OPTIONS = {
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
  isMobile: true,
  hasTouch: true,
  serviceWorkers: /** @type {const} */ ("block"),
};
/** Long tasks must stop for this long after the load event before the figures are read, ms. */
const QUIET_MS = 2000;
/** Upper bound on the wait after the load event, ms (a page that never goes quiet). */
const MAX_AFTER_LOAD_MS = 15_000;
/** Part of a long task that is not counted as blocking, ms. */
const BLOCKING_THRESHOLD_MS = 50;

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".woff2": "font/woff2",
  ".wasm": "application/wasm",
};
/** Types a static host compresses; images, fonts and Pagefind's (already gzipped) files are sent as they are. */
const COMPRESSIBLE = new Set([
  ".html",
  ".js",
  ".mjs",
  ".css",
  ".json",
  ".webmanifest",
  ".svg",
  ".xml",
  ".txt",
]);

/**
 * Serve a folder over HTTP on 127.0.0.1 like a static host: `/x/` answers with
 * `/x/index.html`, `/x` (a folder) redirects to `/x/`, unknown paths get `404.html`,
 * and text is gzipped on the fly when the request accepts gzip. `bytesSent()` counts
 * every byte written to the connections so far (headers and bodies), whichever
 * page or worker asked for them.
 * @param {string} dir folder to serve
 * @returns {Promise<{ base: string, bytesSent: () => number, close: () => Promise<void> }>}
 *   the site's URL (ending in `/`), bytes sent so far (bytes), and a way to stop
 */
export async function serveStatic(dir) {
  const root = resolve(dir);
  const send = async (req, res, file, status) => {
    const ext = extname(file);
    let body = await readFile(file);
    const headers = {
      "content-type": TYPES[ext] ?? "application/octet-stream",
      "cache-control": "no-cache",
    };
    if (COMPRESSIBLE.has(ext)) {
      headers.vary = "accept-encoding";
      if (/\bgzip\b/.test(req.headers["accept-encoding"] ?? "")) {
        body = await gzip(body);
        headers["content-encoding"] = "gzip";
      }
    }
    headers["content-length"] = body.length;
    res.writeHead(status, headers);
    res.end(req.method === "HEAD" ? undefined : body);
  };
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? "/", "http://localhost");
      let path = join(root, decodeURIComponent(url.pathname));
      if (path !== root && !path.startsWith(root + sep)) {
        res.writeHead(403).end();
        return;
      }
      const stat = existsSync(path) ? statSync(path) : undefined;
      if (stat?.isDirectory()) {
        if (!url.pathname.endsWith("/")) {
          res.writeHead(301, { location: `${url.pathname}/${url.search}` });
          res.end();
          return;
        }
        path = join(path, "index.html");
      }
      if (existsSync(path) && statSync(path).isFile())
        await send(req, res, path, 200);
      else await send(req, res, join(root, "404.html"), 404);
    } catch (error) {
      if (!res.headersSent) res.writeHead(500);
      res.end(String(error));
    }
  });
  const sockets = new Set();
  let closedBytes = 0;
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => {
      sockets.delete(socket);
      closedBytes += socket.bytesWritten;
    });
  });
  await new Promise((done) => server.listen(0, "127.0.0.1", done));
  const { port } = /** @type {import("node:net").AddressInfo} */ (
    server.address()
  );
  return {
    base: `http://127.0.0.1:${port}/`,
    bytesSent: () =>
      [...sockets].reduce(
        (sum, socket) => sum + socket.bytesWritten,
        closedBytes,
      ),
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/**
 * Runs in the page before any of its scripts (page.addInitScript): records the
 * first contentful paint, every largest-contentful-paint candidate, layout shifts
 * without recent input, and long tasks, in `window.__vitals` (times in ms since
 * the navigation started).
 */
function recordVitals() {
  const vitals = { fcp: null, lcp: null, shifts: [], longTasks: [] };
  Object.defineProperty(window, "__vitals", { value: vitals });
  const observe = (type, onEntry) => {
    try {
      new PerformanceObserver((list) =>
        list.getEntries().forEach(onEntry),
      ).observe({ type, buffered: true });
    } catch {
      // entry type not supported: the figure stays empty and is reported as missing
    }
  };
  observe("paint", (e) => {
    if (e.name === "first-contentful-paint") vitals.fcp = e.startTime;
  });
  observe("largest-contentful-paint", (e) => {
    vitals.lcp = e.startTime; // renderTime, or loadTime when the render time is hidden
  });
  observe("layout-shift", (e) => {
    if (!e.hadRecentInput)
      vitals.shifts.push({ time: e.startTime, value: e.value });
  });
  observe("longtask", (e) => {
    vitals.longTasks.push({ start: e.startTime, duration: e.duration });
  });
}

/**
 * Cumulative layout shift as web-vitals and Lighthouse define it: the largest
 * session window (shifts less than 1 s apart, a window at most 5 s long).
 * @param {{ time: number, value: number }[]} shifts layout shifts, times in ms
 * @returns {number} the score (unitless)
 */
export function cumulativeLayoutShift(shifts) {
  let worst = 0;
  let sum = 0;
  let first = -Infinity;
  let last = -Infinity;
  for (const { time, value } of [...shifts].sort((a, b) => a.time - b.time)) {
    if (time - last > 1000 || time - first > 5000) {
      sum = 0;
      first = time;
    }
    sum += value;
    last = time;
    worst = Math.max(worst, sum);
  }
  return worst;
}

/**
 * Total blocking time as Lighthouse computes it: for each long task, the part of
 * it inside [from, to] beyond the first 50 ms, summed.
 * @param {{ start: number, duration: number }[]} tasks long tasks, in ms
 * @param {number} from start of the window (first contentful paint), ms
 * @param {number} to end of the window, ms
 * @returns {number} blocking time in ms
 */
export function totalBlockingTime(tasks, from, to) {
  let total = 0;
  for (const { start, duration } of tasks) {
    const clipped = Math.min(start + duration, to) - Math.max(start, from);
    if (clipped > BLOCKING_THRESHOLD_MS)
      total += clipped - BLOCKING_THRESHOLD_MS;
  }
  return total;
}

/**
 * One cold load of a page in a fresh, throttled context. Bytes are counted by the
 * server rather than from the page's DevTools session, which misses the requests of
 * dedicated workers (Pagefind searches in one); those requests are throttled with
 * the page, as a check of their timings showed.
 * @returns {Promise<{ lcp: number, cls: number, tbt: number, bytes: number, fcp: number }>} ms, score, ms, bytes, ms
 */
async function loadOnce(browser, server, path) {
  const url = server.base + path;
  const context = await browser.newContext(CONTEXT_OPTIONS);
  const bytesBefore = server.bytesSent();
  try {
    await context.addInitScript(recordVitals);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", NETWORK);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
    const response = await page.goto(url, {
      waitUntil: "load",
      timeout: 120_000,
    });
    if (!response?.ok()) throw new Error(`${url}: HTTP ${response?.status()}`);
    // Idle: wait until no long task has ended for QUIET_MS after the load event.
    const end = await page.evaluate(
      ({ quiet, max }) =>
        new Promise((done) => {
          const load =
            performance.getEntriesByType("navigation")[0]?.loadEventEnd ||
            performance.now();
          const check = () => {
            const tasks = window.__vitals.longTasks;
            const lastBusy = Math.max(
              load,
              ...tasks.map((t) => t.start + t.duration),
            );
            const now = performance.now();
            if (now - lastBusy >= quiet || now - load >= max) done(now);
            else setTimeout(check, 100);
          };
          check();
        }),
      { quiet: QUIET_MS, max: MAX_AFTER_LOAD_MS },
    );
    const vitals = await page.evaluate(() => window.__vitals);
    if (vitals.lcp === null || vitals.fcp === null)
      throw new Error(`${url}: tidak ada FCP/LCP yang terekam`);
    await context.close();
    return {
      lcp: vitals.lcp,
      cls: cumulativeLayoutShift(vitals.shifts),
      tbt: totalBlockingTime(vitals.longTasks, vitals.fcp, end),
      bytes: server.bytesSent() - bytesBefore,
      fcp: vitals.fcp,
    };
  } finally {
    await context.close(); // no-op when already closed
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

/**
 * @typedef {{ name: string, path: string, lcp: number, cls: number, tbt: number, bytes: number,
 *   runs: { lcp: number, cls: number, tbt: number, bytes: number, fcp: number }[] }} PageVitals
 * `lcp` and `tbt` in ms, `cls` a score, `bytes` sent by the server (compressed, with headers);
 * each the median of the runs.
 */

/**
 * Measure the core web vitals of pages of a built site under Lighthouse's mobile
 * conditions. Each run loads every page once (pages interleaved, so that noise on
 * the shared machine spreads over all of them), each load in a fresh context.
 * The folder is copied first, so a build that rewrites it meanwhile cannot break a load.
 * @param {object} options
 * @param {string} [options.dist] built site, served at the root
 * @param {{ name: string, path: string }[]} [options.pages] paths relative to the site root (default PAGES)
 * @param {number} [options.runs] cold loads per page; the figures are their medians
 * @returns {Promise<PageVitals[]>} per page: LCP (ms), CLS (score), TBT (ms), bytes transferred (bytes)
 */
export async function measureWebVitals({
  dist = "dist",
  pages = PAGES,
  runs = 3,
} = {}) {
  if (!existsSync(join(dist, "index.html")))
    throw new Error(
      `${dist}/index.html tidak ada: jalankan npm run build dulu`,
    );
  const executablePath = findChromium();
  if (!executablePath)
    throw new Error(
      "Chromium tidak ditemukan: jalankan node tests/support/ensure-chromium.mjs",
    );
  const copy = mkdtempSync(join(tmpdir(), "kursus-vitals-"));
  cpSync(dist, copy, { recursive: true });
  const server = await serveStatic(copy);
  const browser = await chromium.launch({
    executablePath,
    args: CHROMIUM_ARGS,
  });
  try {
    const loads = pages.map(() => []);
    for (let run = 0; run < runs; run += 1)
      for (const [i, { path }] of pages.entries())
        loads[i].push(await loadOnce(browser, server, path));
    return pages.map(({ name, path }, i) => ({
      name,
      path,
      lcp: median(loads[i].map((r) => r.lcp)),
      cls: median(loads[i].map((r) => r.cls)),
      tbt: median(loads[i].map((r) => r.tbt)),
      bytes: median(loads[i].map((r) => r.bytes)),
      runs: loads[i],
    }));
  } finally {
    await browser.close();
    await server.close();
    rmSync(copy, { recursive: true, force: true });
  }
}

/**
 * Print one line per page: each figure against its budget, OK or MELEBIHI.
 * @param {PageVitals[]} results from measureWebVitals
 * @returns {boolean} whether every figure is within its budget
 */
export function printWebVitals(results) {
  let allOk = true;
  const mark = (ok) => {
    allOk &&= ok;
    return ok ? "OK" : "MELEBIHI";
  };
  for (const r of results) {
    const n = r.runs.length;
    console.log(
      `Web vitals seluler (412x823, jaringan 1,6 Mbps/150 ms, CPU 4x lebih lambat, median ${n} muatan dingin), ${r.name} /${r.path}: ` +
        `LCP ${r.lcp.toFixed(0)} ms (anggaran ${BUDGETS.lcp} ms) ${mark(r.lcp <= BUDGETS.lcp)}, ` +
        `CLS ${r.cls.toFixed(4)} (anggaran 0) ${mark(r.cls <= BUDGETS.cls)}, ` +
        `TBT ${r.tbt.toFixed(0)} ms (anggaran ${BUDGETS.tbt} ms) ${mark(r.tbt <= BUDGETS.tbt)}, ` +
        `${(r.bytes / 1024).toFixed(0)} KB ditransfer`,
    );
  }
  return allOk;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  if (!existsSync("dist/index.html")) {
    console.error("Bangun situs dulu: npm run build");
    process.exit(1);
  }
  if (!printWebVitals(await measureWebVitals())) process.exitCode = 1;
}
