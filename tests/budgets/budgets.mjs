/**
 * Page-weight budgets, measured over a built site (see measure.mjs). Each
 * figure has the issue's `target` and the `limit` enforced by the test line
 * (tests/e2e/budgets.spec.ts): where the site does not meet a target yet,
 * the limit holds today's figure (with a little headroom) so that it can only
 * improve, and `npm run bench` prints both. Sizes are gzip bytes.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gz, measurePage } from "./measure.mjs";

const KB = 1024;

/**
 * @typedef {{ id: string, label: string, value: number, target: number, limit: number, where: string }} Figure
 * `value`, `target` and `limit` in bytes (gzip).
 */

/**
 * Whether a page has interactive parts of its own: an island that hydrates at
 * load (the header search waits for focus) or a page script besides the
 * layout's one (such as the glossary's review buttons).
 */
function hasIsland(html) {
  const islands = [...html.matchAll(/<astro-island\b[^>]*>/g)].some(
    (m) => !/\bclient="focus"/.test(m[0]),
  );
  const scripts = [...html.matchAll(/<script type="module"[^>]*>/g)].length;
  return islands || scripts > 1;
}

/** Every built page, as paths relative to the base (`modul/x/`). */
function pages(dist) {
  const out = [];
  const walk = (dir, rel) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (["_astro", "pagefind"].includes(entry.name)) continue;
        walk(join(dir, entry.name), `${rel}${entry.name}/`);
      } else if (entry.name === "index.html") out.push(rel);
    }
  };
  walk(dist, "");
  return out;
}

/**
 * The static figures of a build.
 * @param {string} dist build directory.
 * @param {string} base base path it was built with.
 * @returns {Figure[]}
 */
export function staticFigures(dist = "dist", base = "/") {
  const all = pages(dist);
  const lessons = all.filter((p) => p.startsWith("modul/"));
  const measured = new Map(all.map((p) => [p, measurePage(dist, base, p)]));
  const maxOver = (list, pick) => {
    let best = { value: -1, where: "" };
    for (const p of list) {
      const v = pick(measured.get(p));
      if (v > best.value) best = { value: v, where: `/${p}` };
    }
    return best;
  };
  const plain = all.filter(
    (p) => !hasIsland(readFileSync(join(dist, p, "index.html"), "utf8")),
  );
  const searchAtLoad = maxOver(
    all,
    (m) => m.jsFiles.filter((f) => f.includes("/pagefind/")).length,
  );
  return [
    {
      id: "lesson-html",
      label: "HTML halaman modul dan uji pemahamannya (terbesar)",
      ...maxOver(lessons, (m) => m.html),
      target: 14 * KB,
      limit: 15 * KB,
    },
    {
      id: "lesson-js",
      label: "JavaScript halaman modul dengan kuis, runtime island termasuk",
      ...maxOver(lessons, (m) => m.js + m.inlineJs),
      target: 12 * KB,
      limit: 28.5 * KB,
    },
    {
      id: "lesson-cold",
      label: "Muatan dingin halaman modul tanpa gambar (HTML+JS+CSS)",
      // The HTML's gzip already holds its inline scripts: not added twice.
      ...maxOver(lessons, (m) => m.total),
      target: 25 * KB,
      limit: 46.5 * KB,
    },
    {
      id: "plain-js",
      label: `JavaScript halaman tanpa island (${plain.length} halaman: pendaftaran service worker, tema, lencana ulasan)`,
      ...maxOver(plain, (m) => m.js + m.inlineJs),
      target: 0,
      limit: 4.8 * KB,
    },
    {
      id: "search-at-load",
      label: "Berkas pencarian yang dimuat sebelum kotak cari difokuskan",
      value: Math.max(0, searchAtLoad.value),
      where: searchAtLoad.where,
      target: 0,
      limit: 0,
    },
  ];
}

/**
 * What a page carries before any code of ours, measured from the same build:
 * the floors under the targets the site does not meet.
 * - `islandRuntime`: Astro's inline island bootstrap plus Preact, its hooks,
 *   its JSX runtime, @nanostores/preact's `useStore` and Astro's Preact
 *   renderer (with its preload helper), as a lesson page loads them;
 * - `pagefindCore`: what every first search fetches before any index chunk or
 *   result: pagefind.js, its worker, the WebAssembly of the index's language,
 *   the entry file and the language's metadata (these files are stored
 *   already compressed, so their bytes are what a host sends).
 * @param {string} dist build directory.
 * @param {string} base base path it was built with.
 * @returns {{ islandRuntime: number, pagefindCore: number }} bytes (gzip).
 */
export function floors(dist = "dist", base = "/") {
  const lesson = pages(dist).find((p) => /^modul\/[^/]+\/$/.test(p));
  const m = measurePage(dist, base, lesson);
  const framework =
    /\/(?:preact\.module|hooks\.module|jsxRuntime\.module|client|preload-helper|preact)\.[\w-]+\.js$/;
  const html = readFileSync(join(dist, lesson, "index.html"), "utf8");
  const bootstrap = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].find(
    (s) => s[1].includes("astro-island"),
  );
  const islandRuntime =
    m.jsFiles
      .filter((f) => framework.test(f))
      .reduce((sum, f) => sum + gz(readFileSync(join(dist, f))), 0) +
    (bootstrap ? gz(bootstrap[1]) : 0);
  const pf = join(dist, "pagefind");
  const entry = JSON.parse(
    readFileSync(join(pf, "pagefind-entry.json"), "utf8"),
  );
  const [lang] = Object.values(entry.languages);
  const pagefindCore = [
    "pagefind.js",
    "pagefind-worker.js",
    "pagefind-entry.json",
    `wasm.${lang.wasm}.pagefind`,
    `pagefind.${lang.hash}.pf_meta`,
  ]
    .map((f) => readFileSync(join(pf, f)))
    .reduce((sum, b, i) => sum + (i === 3 || i === 4 ? b.length : gz(b)), 0);
  return { islandRuntime, pagefindCore };
}

/**
 * The first-search budget (bytes sent by a gzipping static host for every
 * file the first search fetches, Pagefind's worker and WebAssembly included):
 * the issue's target, and the limit enforced today.
 */
export const SEARCH_BUDGET = { target: 90 * KB, limit: 140 * KB };

/** One printed line: a figure against its target and limit. */
export function formatFigure({ label, value, target, limit, where }) {
  const kb = (n) => `${(n / KB).toFixed(1)} KB`;
  const verdict =
    value <= target
      ? "OK"
      : value <= limit
        ? "DI ATAS TARGET"
        : "MELEBIHI BATAS";
  return `${label}: ${kb(value)}${where ? ` (${where})` : ""}; target ${kb(target)}, batas uji ${kb(limit)}: ${verdict}`;
}
