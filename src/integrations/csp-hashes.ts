/**
 * Astro integration: after the build, each page's Content-Security-Policy
 * `<meta>` keeps only the hashes of the inline scripts and styles that page
 * actually carries. Astro lists the hashes of every inline script the site may
 * use (each client directive's, the island runtime's, ours) on every page;
 * a page allows no more than it runs, and its HTML is a quarter of a
 * kilobyte lighter (gzip), which counts on a lesson that should arrive in
 * one round trip. Runs before the search index and the service worker, so
 * they see the final pages.
 */
import { createHash } from "node:crypto";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";

const META =
  /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;

/** `'sha256-…'` source expression of an inline element's text (CSP Level 3). */
function hashSource(text: string): string {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

/**
 * The page with its CSP `<meta>` limited to the hashes of its own inline
 * `<script>` (without `src`, executable types only) and `<style>` elements;
 * every other source expression is kept as it is. A page without that
 * `<meta>` comes back unchanged.
 * @param html a whole built page.
 * @returns the page, rewritten.
 */
export function keepOwnHashes(html: string): string {
  const meta = META.exec(html);
  if (!meta) return html;
  const present = new Set<string>();
  for (const m of html.matchAll(
    /<script(?![^>]*\bsrc=)(?![^>]*\btype="(?!module"|text\/javascript")[^"]*")[^>]*>([\s\S]*?)<\/script>/gi,
  ))
    present.add(hashSource(m[1] ?? ""));
  for (const m of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gi))
    present.add(hashSource(m[1] ?? ""));
  const policy = (meta[2] ?? "")
    .split(";")
    .map((directive) =>
      directive
        .split(/\s+/)
        .filter(
          (source) => !source.startsWith("'sha256-") || present.has(source),
        )
        .join(" "),
    )
    .join(";");
  return html.replace(
    META,
    (_all, open: string, _old, close: string) => `${open}${policy}${close}`,
  );
}

/** Every `.html` file under a folder. */
async function htmlFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await htmlFiles(path)));
    else if (entry.name.endsWith(".html")) out.push(path);
  }
  return out;
}

/** The integration. */
export function cspHashes(): AstroIntegration {
  return {
    name: "kursus:csp-hashes",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const files = await htmlFiles(fileURLToPath(dir));
        let changed = 0;
        for (const file of files) {
          const html = await readFile(file, "utf8");
          const next = keepOwnHashes(html);
          if (next === html) continue;
          await writeFile(file, next);
          changed += 1;
        }
        logger.info(
          `CSP: hash dibatasi pada skrip milik halaman (${changed} halaman)`,
        );
      },
    },
  };
}
