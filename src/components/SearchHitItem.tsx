/** One search hit: the page, its excerpt, and links to the matching sections. */
import type { SearchHit } from "./pagefind.ts";
import Excerpt from "./Excerpt.tsx";
import { t } from "../i18n/t.ts";

export default function SearchHitItem({
  hit,
  heading,
}: {
  hit: SearchHit;
  heading: boolean;
}) {
  const link = <a href={hit.url}>{hit.title}</a>;
  return (
    <li>
      {heading ? <h2>{link}</h2> : link}
      <p>
        <Excerpt html={hit.excerpt} />
      </p>
      {hit.sections.length > 0 && (
        <p class="hit-sections">
          {t("search.sections")}{" "}
          {hit.sections.map((section, i) => (
            <>
              {i > 0 && " · "}
              <a href={section.url}>{section.title}</a>
            </>
          ))}
        </p>
      )}
    </li>
  );
}
