/** A search excerpt with matched words highlighted, rendered as text. */
import { excerptSegments } from "../lib/search/excerpt.ts";

export default function Excerpt({ html }: { html: string }) {
  return (
    <>
      {excerptSegments(html).map((segment, i) =>
        segment.mark ? <mark key={i}>{segment.text}</mark> : segment.text,
      )}
    </>
  );
}
