/**
 * Loads the Pagefind bundle of this build on demand (browser only) and runs
 * searches. Nothing is requested until `search` is first called.
 */
import { joinBase } from "../lib/url.ts";
import { t } from "../i18n/t.ts";

/** A section of a page that matched (a heading with an anchor). */
export interface SearchSection {
  url: string;
  title: string;
}

/** One search hit, ready to show. */
export interface SearchHit {
  url: string;
  title: string;
  excerpt: string;
  /** Up to `MAX_SECTIONS` matching sections, best match first. */
  sections: SearchSection[];
}

const MAX_SECTIONS = 3;

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results?: {
    url: string;
    title: string;
    weighted_locations?: { balanced_score: number }[];
  }[];
}
interface PagefindApi {
  options(options: {
    baseUrl: string;
    ranking?: Record<string, number>;
  }): Promise<void>;
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
    // Pagefind stems Indonesian ("kelayan" and "pelayanan" share "layan"): favour
    // the exact word, and do not push long pages such as the glossary down.
    await api.options({
      baseUrl: base,
      ranking: { termSimilarity: 4, pageLength: 0.2 },
    });
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
      sections: (d.sub_results ?? [])
        .filter((sub) => sub.url !== d.url && sub.url.includes("#"))
        .map((sub) => ({
          ...sub,
          score: (sub.weighted_locations ?? []).reduce(
            (sum, l) => sum + l.balanced_score,
            0,
          ),
        }))
        .sort((a, b) => b.score - a.score)
        .slice(0, MAX_SECTIONS)
        .map((sub) => ({ url: sub.url, title: sub.title })),
    })),
  };
}

/**
 * What to tell the learner when a search could not run: offline, that only
 * words searched before on this device can be found (their index is cached
 * on first use); online, to check the connection and try again.
 */
export function searchFailedMessage(): string {
  return navigator.onLine ? t("search.failed") : t("search.offline");
}
