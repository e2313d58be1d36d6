import { describe, expect, it } from "vitest";
import {
  decodeEntities,
  excerptSegments,
} from "../../../src/lib/search/excerpt.ts";

describe("excerptSegments", () => {
  it("splits an excerpt into plain and marked runs", () => {
    expect(excerptSegments("istilah <mark>kelayan</mark> berasal")).toEqual([
      { text: "istilah ", mark: false },
      { text: "kelayan", mark: true },
      { text: " berasal", mark: false },
    ]);
  });

  it("drops any other tag, so nothing from the index becomes markup", () => {
    const segments = excerptSegments(
      'a <img src=x onerror="alert(1)"> <mark>b</mark>',
    );
    expect(segments.map((s) => s.text).join("")).toBe("a  b");
  });

  it("decodes the entities Pagefind writes", () => {
    expect(decodeEntities("&lt;b&gt; &amp; &quot;x&quot; &#39;y&#39;")).toBe(
      "<b> & \"x\" 'y'",
    );
    expect(decodeEntities("&unknown;")).toBe("&unknown;");
  });
});
