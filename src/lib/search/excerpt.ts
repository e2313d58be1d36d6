/**
 * Pagefind excerpts are HTML-escaped text with `<mark>` around matched words.
 * `excerptSegments` turns one into plain-text segments so islands render the
 * highlight as elements, never as raw HTML.
 */

/** A run of excerpt text; `mark` is true for a matched word. */
export interface ExcerptSegment {
  text: string;
  mark: boolean;
}

const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  "#39": "'",
  "#x27": "'",
  nbsp: " ",
};

/** Decode the few HTML entities Pagefind writes into excerpts. */
export function decodeEntities(text: string): string {
  return text.replace(
    /&(#?\w+);/g,
    (whole, name: string) => ENTITIES[name] ?? whole,
  );
}

/**
 * Split an excerpt into segments. Any tag other than `<mark>` is dropped.
 * @example excerptSegments("a <mark>kelayan</mark> b") // [{text:"a ",mark:false},{text:"kelayan",mark:true},{text:" b",mark:false}]
 */
export function excerptSegments(html: string): ExcerptSegment[] {
  const segments: ExcerptSegment[] = [];
  let mark = false;
  for (const part of html.split(/(<\/?mark>)/)) {
    if (part === "<mark>") mark = true;
    else if (part === "</mark>") mark = false;
    else {
      const text = decodeEntities(part.replace(/<[^>]*>/g, ""));
      if (text) segments.push({ text, mark });
    }
  }
  return segments;
}
