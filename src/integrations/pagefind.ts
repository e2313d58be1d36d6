/**
 * Astro integration: builds the Pagefind search index into `<outDir>/pagefind/`
 * once the site is built. Fails the build loudly when Pagefind reports errors or
 * indexes no page. Pages opt in with `data-pagefind-body`.
 */
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { close, createIndex } from "pagefind";

/** The integration. */
export function pagefindIndex(): AstroIntegration {
  return {
    name: "kursus:pagefind",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { index, errors } = await createIndex({ forceLanguage: "id" });
        if (!index)
          throw new Error(`Pagefind gagal dimulai: ${errors.join("; ")}`);
        const added = await index.addDirectory({ path: outDir });
        if (added.errors.length > 0)
          throw new Error(
            `Pagefind gagal mengindeks: ${added.errors.join("; ")}`,
          );
        if (added.page_count === 0)
          throw new Error("Pagefind tidak menemukan halaman untuk diindeks");
        const written = await index.writeFiles({
          outputPath: `${outDir}/pagefind`,
        });
        if (written.errors.length > 0)
          throw new Error(
            `Pagefind gagal menulis indeks: ${written.errors.join("; ")}`,
          );
        await close();
        logger.info(`indeks pencarian: ${added.page_count} halaman`);
      },
    },
  };
}
