// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import preact from "@astrojs/preact";
import { contentCheck } from "./src/integrations/content-check.ts";
import { pagefindIndex } from "./src/integrations/pagefind.ts";
import { focusDirective } from "./src/integrations/focus-directive.ts";
import { inlineStrings } from "./src/integrations/inline-strings.ts";
import { serviceWorker } from "./src/integrations/service-worker.ts";

/**
 * Base path the site is served from. `BASE_PATH=/kursus/ npm run build` builds
 * a site whose every link, asset, island and search request starts with /kursus/.
 */
const base = process.env.BASE_PATH ?? "/";

export default defineConfig({
  base,
  trailingSlash: "always",
  outDir: process.env.OUT_DIR ?? "./dist",
  build: { format: "directory" },
  devToolbar: { enabled: false },
  integrations: [
    contentCheck({ contentDir: process.env.COURSE_CONTENT_DIR ?? "./content" }),
    mdx(),
    preact(),
    focusDirective(),
    inlineStrings(),
    pagefindIndex(),
    serviceWorker(),
  ],
});
