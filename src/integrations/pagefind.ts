/**
 * Astro integration: builds the Pagefind search index into `<outDir>/pagefind/`
 * once the site is built. Fails the build loudly when Pagefind reports errors or
 * indexes no page. Pages opt in with `data-pagefind-body`.
 *
 * The word index is cut into small chunks (`INDEX_CHUNK_SIZE`): a search fetches
 * only the chunk(s) holding its words, so the first search downloads a few KB of
 * index instead of one of three ~30 KB chunks (results are identical). Pagefind
 * reads the size from an environment variable, `PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE`
 * (default 20000 word locations), when its service starts; the build warns when it
 * seems ignored.
 */
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { close, createIndex } from "pagefind";

/** Word locations per index chunk (Pagefind's default is 20000). */
const INDEX_CHUNK_SIZE = 1000;
/** With the default size the index had 3 chunks; fewer than this suggests the size was ignored. */
const MIN_CHUNKS = 10;

/** The integration. */
export function pagefindIndex(): AstroIntegration {
  return {
    name: "kursus:pagefind",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        // Read by the Pagefind service when it is spawned, i.e. by createIndex.
        const previous = process.env["PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE"];
        process.env["PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE"] =
          String(INDEX_CHUNK_SIZE);
        const { index, errors } = await createIndex({
          forceLanguage: "id",
        }).finally(() => {
          if (previous === undefined)
            delete process.env["PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE"];
          else process.env["PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE"] = previous;
        });
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
        const chunks = readdirSync(`${outDir}/pagefind/index`).length;
        if (chunks < MIN_CHUNKS)
          logger.warn(
            `hanya ${chunks} potongan indeks: apakah Pagefind versi ini masih membaca PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE?`,
          );
        logger.info(
          `indeks pencarian: ${added.page_count} halaman, ${chunks} potongan indeks`,
        );
      },
    },
  };
}
