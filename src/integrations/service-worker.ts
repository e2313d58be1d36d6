/**
 * Astro integration: after the build (and after the search index, so it runs
 * last), Workbox writes `<outDir>/sw.js`, a service worker that precaches
 * every page and asset of the site (HTML, scripts, styles, the question bank,
 * icons and the manifest) and keeps the search index (`pagefind/`) in a cache
 * filled on first use. Every URL starts with the site's base path, and the
 * worker's scope is that base path.
 *
 * Updates: a new build yields a new `sw.js`; the new worker installs in the
 * background and waits until the learner accepts the "Versi baru tersedia"
 * prompt (src/components/sw-register.ts). Script chunks fetched by pages are
 * also kept in a runtime cache that outlives an update, so an old page never
 * asks for a chunk that is gone. Learner data in localStorage is never touched.
 */
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { generateSW } from "workbox-build";

/** Escape a string for use inside a regular expression. */
function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/** The integration. */
export function serviceWorker(): AstroIntegration {
  let base = "/";
  return {
    name: "kursus:service-worker",
    hooks: {
      "astro:config:done": ({ config }) => {
        base = config.base.endsWith("/") ? config.base : `${config.base}/`;
      },
      "astro:build:done": async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { count, size, warnings } = await generateSW({
          globDirectory: outDir,
          globPatterns: [
            "**/*.{html,js,css,svg,png,json,webmanifest,gift,xml,txt}",
          ],
          globIgnores: ["pagefind/**", "unduh/**", "sw.js", "workbox-*.js"],
          swDest: `${outDir}/sw.js`,
          modifyURLPrefix: { "": base },
          // Hashed file names need no revision of their own.
          dontCacheBustURLsMatching: /\/_astro\//,
          // `/modul/x/` is served from the precached `/modul/x/index.html`,
          // whatever its query (`/cari/?q=…`).
          directoryIndex: "index.html",
          ignoreURLParametersMatching: [/.*/],
          maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
          cleanupOutdatedCaches: true,
          clientsClaim: true,
          skipWaiting: false,
          inlineWorkboxRuntime: true,
          sourcemap: false,
          mode: "production",
          cacheId: "kips",
          runtimeCaching: [
            {
              // A page not in the precache (a new one, or a wrong address)
              // comes from the network; offline, the site's own 404 page says so.
              urlPattern: ({ request }) => request.mode === "navigate",
              handler: "NetworkOnly",
              options: {
                precacheFallback: { fallbackURL: `${base}404.html` },
              },
            },
            {
              // Pagefind asks for `pagefind-entry.json?ts=<now>` on every
              // load: match it whatever its query, or a search made online
              // could never run again offline. Each new query adds an entry,
              // hence the bound (least recently used go first).
              urlPattern: new RegExp(`${escape(base)}pagefind/`),
              handler: "StaleWhileRevalidate",
              options: {
                cacheName: "kips-pencarian",
                matchOptions: { ignoreSearch: true },
                expiration: { maxEntries: 250 },
              },
            },
            {
              urlPattern: new RegExp(`${escape(base)}_astro/`),
              handler: "CacheFirst",
              options: {
                cacheName: "kips-aset",
                expiration: { maxEntries: 300 },
              },
            },
          ],
        });
        for (const warning of warnings) logger.warn(warning);
        logger.info(
          `service worker: ${count} berkas dipra-simpan (${Math.round(size / 1024)} KB)`,
        );
      },
    },
  };
}
