/**
 * Page weight of a built site, read from the files in `dist/` the way a
 * browser would fetch them on a cold visit (before any interaction):
 * - the page's HTML;
 * - JavaScript: every `<script src>` and every island's component and
 *   renderer module (`astro-island` attributes), with their static imports,
 *   each file counted once; dynamic `import()` (loaded on interaction, such as
 *   Pagefind) is not counted; inline scripts are counted separately;
 * - CSS from `<link rel=stylesheet>`.
 * Sizes are gzip level 9 bytes, as a static host compresses them.
 */
import { existsSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { join } from "node:path";

/** Gzip size of a text or buffer, in bytes. */
export function gz(content) {
  return gzipSync(content, { level: 9 }).length;
}

/** The file in `dist` behind a site URL path such as `/kursus/_astro/x.js`. */
function fileOf(dist, base, url) {
  const path = url.startsWith(base)
    ? url.slice(base.length)
    : url.replace(/^\//, "");
  return join(dist, path.split("?")[0]);
}

/** Static imports of an ES module: `import ... from "x"`, `import "x"`, `export ... from "x"`. */
function staticImports(code) {
  const found = new Set();
  const re =
    /(?:^|[;\s})])(?:import|export)\s*(?:[\w*${},\s]+?\s*from\s*)?["']([^"']+)["']/g;
  let m;
  while ((m = re.exec(code))) found.add(m[1]);
  return [...found];
}

/**
 * Measure one page.
 * @param {string} dist the build directory.
 * @param {string} base the base path the site was built with, e.g. "/" or "/kursus/".
 * @param {string} page a path relative to the base, e.g. "modul/pengantar/".
 * @returns {{ html: number, js: number, inlineJs: number, css: number, total: number, jsFiles: string[] }}
 *   gzip bytes; `html` includes the inline scripts, which `inlineJs` also
 *   gives on their own (each gzipped apart); `total` is html + js + css.
 */
export function measurePage(dist, base, page) {
  const htmlFile = join(dist, page, page.endsWith(".html") ? "" : "index.html");
  const html = readFileSync(htmlFile, "utf8");
  const entries = new Set();
  for (const m of html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g))
    entries.add(m[1]);
  // Islands hydrated on focus (the header search box) load nothing until then.
  for (const island of html.matchAll(/<astro-island\b[^>]*>/g)) {
    if (/\bclient="focus"/.test(island[0])) continue;
    for (const m of island[0].matchAll(
      /\b(?:component-url|renderer-url)="([^"]+)"/g,
    ))
      entries.add(m[1]);
  }
  let inlineJs = 0;
  for (const m of html.matchAll(
    /<script(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g,
  ))
    inlineJs += m[1].length > 0 ? gz(m[1]) : 0;
  const seen = new Map();
  const queue = [...entries].map((url) => fileOf(dist, base, url));
  while (queue.length > 0) {
    const file = queue.shift();
    if (seen.has(file) || !existsSync(file)) continue;
    const code = readFileSync(file, "utf8");
    seen.set(file, gz(code));
    for (const spec of staticImports(code)) {
      if (!spec.startsWith(".") && !spec.startsWith("/")) continue;
      const next = spec.startsWith("/")
        ? fileOf(dist, base, spec)
        : join(file, "..", spec);
      queue.push(next);
    }
  }
  let css = 0;
  for (const m of html.matchAll(
    /<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g,
  )) {
    const file = fileOf(dist, base, m[1]);
    if (existsSync(file)) css += gz(readFileSync(file));
  }
  const js = [...seen.values()].reduce((a, b) => a + b, 0);
  const htmlGz = gz(html);
  return {
    html: htmlGz,
    js,
    inlineJs,
    css,
    total: htmlGz + js + css,
    jsFiles: [...seen.keys()].map((f) => f.slice(dist.length)),
  };
}
