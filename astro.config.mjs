// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import preact from "@astrojs/preact";
import sitemap from "@astrojs/sitemap";
import { contentCheck } from "./src/integrations/content-check.ts";
import { pagefindIndex } from "./src/integrations/pagefind.ts";
import { focusDirective } from "./src/integrations/focus-directive.ts";
import { inlineStrings } from "./src/integrations/inline-strings.ts";
import { serviceWorker } from "./src/integrations/service-worker.ts";
import { cspHashes } from "./src/integrations/csp-hashes.ts";
import { themeScriptHash } from "./src/lib/theme/script.ts";

/**
 * Base path the site is served from. `BASE_PATH=/kursus/ npm run build` builds
 * a site whose every link, asset, island and search request starts with /kursus/.
 */
const base = process.env.BASE_PATH ?? "/";

/** Origin the site is published at, for the sitemap (`SITE_URL=https://… npm run build`). */
const site = process.env.SITE_URL ?? "http://localhost:4321";

export default defineConfig({
  site,
  base,
  trailingSlash: "always",
  outDir: process.env.OUT_DIR ?? "./dist",
  build: { format: "directory" },
  devToolbar: { enabled: false },
  // No code in the course: no syntax highlighting (Shiki's inline styles would break the CSP).
  markdown: { syntaxHighlight: false },
  /**
   * Content-Security-Policy (a <meta> in every page): everything from the
   * site's own origin only. Astro adds the hashes of its inline scripts and
   * styles; Pagefind compiles WebAssembly, hence 'wasm-unsafe-eval'.
   */
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "connect-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: {
        resources: ["'self'", "'wasm-unsafe-eval'"],
        // The theme is set before the first paint by an inline script (src/lib/theme/script.ts).
        hashes: [themeScriptHash()],
      },
      styleDirective: { resources: ["'self'"] },
    },
  },
  integrations: [
    contentCheck({ contentDir: process.env.COURSE_CONTENT_DIR ?? "./content" }),
    mdx(),
    preact(),
    sitemap({ filter: (page) => !page.includes("/404") }),
    focusDirective(),
    inlineStrings(),
    cspHashes(),
    pagefindIndex(),
    serviceWorker(),
  ],
});
