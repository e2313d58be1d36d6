/**
 * Loads the Pagefind bundle of this build on demand (browser only) and runs
 * searches. Nothing is requested until `search` is first called.
 */
import { joinBase } from "../lib/url.ts";

/** One search hit, ready to show. */
export interface SearchHit {
  url: string;
  title: string;
  excerpt: string;
}

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface PagefindApi {
  options(options: { baseUrl: string }): Promise<void>;
  search(
    query: string,
  ): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

let loading: Promise<PagefindApi> | undefined;

/** Load Pagefind from `<base>pagefind/pagefind.js` (once). */
export function loadPagefind(base: string): Promise<PagefindApi> {
  loading ??= (async () => {
    const api = (await import(
      /* @vite-ignore */ joinBase(base, "pagefind/pagefind.js")
    )) as PagefindApi;
    await api.options({ baseUrl: base });
    return api;
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

/**
 * Search the course.
 * @param limit how many hits to load in full (the total is counted regardless).
 * @returns the total number of matching pages and the first `limit` hits.
 */
export async function search(
  base: string,
  query: string,
  limit: number,
): Promise<{ total: number; hits: SearchHit[] }> {
  const api = await loadPagefind(base);
  const { results } = await api.search(query);
  const data = await Promise.all(results.slice(0, limit).map((r) => r.data()));
  return {
    total: results.length,
    hits: data.map((d) => ({
      url: d.url,
      title: d.meta.title ?? d.url,
      excerpt: d.excerpt,
    })),
  };
}
