/**
 * Page-weight budgets, measured over a built site (see measure.mjs). Each
 * figure has the issue's `target` and the `limit` enforced by the test line
 * (tests/e2e/budgets.spec.ts): where the site does not meet a target yet,
 * the limit holds today's figure (with a little headroom) so that it can only
 * improve, and `npm run bench` prints both. Sizes are gzip bytes.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { measurePage } from "./measure.mjs";

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
      label: "HTML halaman modul (terbesar)",
      ...maxOver(lessons, (m) => m.html),
      target: 14 * KB,
      limit: 21 * KB,
    },
    {
      id: "lesson-js",
      label: "JavaScript halaman modul dengan kuis, runtime island termasuk",
      ...maxOver(lessons, (m) => m.js + m.inlineJs),
      target: 12 * KB,
      limit: 31 * KB,
    },
    {
      id: "lesson-cold",
      label: "Muatan dingin halaman modul tanpa gambar (HTML+JS+CSS)",
      // The HTML's gzip already holds its inline scripts: not added twice.
      ...maxOver(lessons, (m) => m.total),
      target: 25 * KB,
      limit: 58 * KB,
    },
    {
      id: "plain-js",
      label: `JavaScript halaman tanpa island (${plain.length} halaman: pendaftaran service worker, tema, lencana ulasan)`,
      ...maxOver(plain, (m) => m.js + m.inlineJs),
      target: 0,
      limit: 7 * KB,
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
 * The first-search budget (bytes sent by a gzipping static host for every
 * file the first search fetches, Pagefind's worker and WebAssembly included):
 * the issue's target, and the limit enforced today.
 */
export const SEARCH_BUDGET = { target: 90 * KB, limit: 175 * KB };

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
