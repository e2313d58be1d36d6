/**
 * The results page (`/cari/?q=...`): a search form and the hits, loaded from
 * Pagefind when the page has a query or the box is used.
 */
import { useEffect, useState } from "preact/hooks";
import { search, type SearchHit, searchFailedMessage } from "./pagefind.ts";
import SearchHitItem from "./SearchHitItem.tsx";
import { t } from "../i18n/t.ts";

const PAGE_HITS = 30;

export default function SearchResults({ base }: { base: string }) {
  const [query, setQuery] = useState<string | null>(null);
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [status, setStatus] = useState("");

  useEffect(() => {
    setQuery(
      new URLSearchParams(window.location.search).get("q")?.trim() ?? "",
    );
  }, []);

  useEffect(() => {
    if (query === null) return;
    if (!query) {
      setHits([]);
      setStatus(t("search.empty"));
      return;
    }
    let current = true;
    setStatus(t("search.loading"));
    search(base, query, PAGE_HITS).then(
      (found) => {
        if (!current) return;
        setHits(found.hits);
        setStatus(
          found.total
            ? t("search.results", { count: found.total, query })
            : t("search.none", { query }),
        );
      },
      () => current && setStatus(searchFailedMessage()),
    );
    return () => {
      current = false;
    };
  }, [query, base]);

  return (
    <div class="search-results">
      <form
        role="search"
        class="search-page-form"
        onSubmit={(e) => {
          e.preventDefault();
          const q = String(new FormData(e.currentTarget).get("q") ?? "").trim();
          const url = new URL(window.location.href);
          url.searchParams.set("q", q);
          window.history.replaceState(null, "", url);
          setQuery(q);
        }}
      >
        <label for="cari-halaman">{t("search.label")}</label>
        <div class="search-row">
          <input
            id="cari-halaman"
            type="search"
            name="q"
            value={query ?? ""}
            placeholder={t("search.placeholder")}
          />
          <button type="submit" class="button">
            {t("search.submit")}
          </button>
        </div>
      </form>
      <p role="status" aria-live="polite" class="search-status">
        {status}
      </p>
      {hits.length > 0 && (
        <ol class="hits" role="list">
          {hits.map((hit) => (
            <SearchHitItem key={hit.url} hit={hit} heading />
          ))}
        </ol>
      )}
    </div>
  );
}
