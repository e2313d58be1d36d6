/**
 * Header search. Server HTML is a plain form that goes to the results page
 * (works without JavaScript). The island hydrates on first focus
 * (`client:focus`), and only then loads Pagefind to show live hits.
 */
import { useEffect, useRef, useState } from "preact/hooks";
import {
  loadPagefind,
  search,
  type SearchHit,
  searchFailedMessage,
} from "./pagefind.ts";
import SearchHitItem from "./SearchHitItem.tsx";
import { t } from "../i18n/t.ts";

export interface SearchBoxProps {
  /** URL of the results page, e.g. "/kursus/cari/". */
  action: string;
  /** The site's base path, e.g. "/kursus/". */
  base: string;
}

const LIVE_HITS = 5;

export default function SearchBox({ action, base }: SearchBoxProps) {
  const [query, setQuery] = useState("");
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [status, setStatus] = useState("");
  const [open, setOpen] = useState(false);
  const latest = useRef("");
  const input = useRef<HTMLInputElement>(null);

  // Hydration happens on first focus: fetch Pagefind now, and pick up
  // anything typed before the island woke up (the input is uncontrolled).
  useEffect(() => {
    loadPagefind(base).catch(() => setStatus(searchFailedMessage()));
    if (input.current?.value) setQuery(input.current.value);
  }, [base]);

  useEffect(() => {
    const q = query.trim();
    latest.current = q;
    if (q.length < 2) {
      setHits([]);
      setStatus("");
      return;
    }
    const timer = setTimeout(() => {
      setStatus(t("search.loading"));
      search(base, q, LIVE_HITS).then(
        (found) => {
          if (latest.current !== q) return;
          setHits(found.hits);
          setOpen(true);
          setStatus(
            found.total
              ? t("search.results", { count: found.total, query: q })
              : t("search.none", { query: q }),
          );
        },
        () => latest.current === q && setStatus(searchFailedMessage()),
      );
    }, 150);
    return () => clearTimeout(timer);
  }, [query, base]);

  return (
    <form
      class="search-box"
      role="search"
      action={action}
      method="get"
      onKeyDown={(e) => {
        if (e.key === "Escape") setOpen(false);
      }}
    >
      <label for="cari-header" class="visually-hidden">
        {t("search.label")}
      </label>
      <input
        id="cari-header"
        type="search"
        name="q"
        autocomplete="off"
        placeholder={t("search.placeholder")}
        ref={input}
        aria-describedby="cari-header-status"
        onInput={(e) => setQuery(e.currentTarget.value)}
      />
      <button type="submit" class="button button-small">
        {t("search.submit")}
      </button>
      <p
        id="cari-header-status"
        class="visually-hidden"
        role="status"
        aria-live="polite"
      >
        {status}
      </p>
      {open && query.trim().length >= 2 && (
        <div class="search-popup">
          <p class="search-popup-status">{status}</p>
          {hits.length > 0 && (
            <ul role="list">
              {hits.map((hit) => (
                <SearchHitItem key={hit.url} hit={hit} heading={false} />
              ))}
            </ul>
          )}
          <p>
            <a href={`${action}?q=${encodeURIComponent(query.trim())}`}>
              {t("search.all")}
            </a>
          </p>
        </div>
      )}
    </form>
  );
}
