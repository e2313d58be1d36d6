/**
 * Reads what the content check needs from the raw text of a lesson MDX file:
 * its frontmatter, the anchors of its headings, the glossary terms and quiz
 * questions it embeds, and how many words of teaching text it holds.
 * Pure string processing: no file system, no MDX compiler.
 */
import GithubSlugger from "github-slugger";
import { parse as parseYaml } from "yaml";

/** What a lesson file contains, as far as cross-checks are concerned. */
export interface LessonSource {
  /** Parsed YAML frontmatter (not yet validated). */
  frontmatter: unknown;
  /** Heading anchors in document order, as Astro generates them (github-slugger). */
  anchors: string[];
  /** Ids passed to `<Term id="...">`, with the 1-based line of each use. */
  terms: { id: string; line: number }[];
  /** Ids listed in `<Quiz ids={[...]} />`, with the 1-based line of each block and whether it is the module test. */
  quizzes: { ids: string[]; line: number; test: boolean }[];
  /** Words of prose, not counting frontmatter, component tags or code. */
  wordCount: number;
}

/** Thrown when the frontmatter block is missing or is not valid YAML. */
export class LessonSourceError extends Error {
  override name = "LessonSourceError";
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/**
 * Every `<Quiz ids={[...]} />` in an MDX body: its ids, its character offset,
 * and whether it is the lesson's module test (`<Quiz ids={[...]} test />`),
 * which is answered on its own page (`/modul/<slug>/uji/`) rather than in the
 * lesson.
 */
export function findQuizBlocks(
  body: string,
): { ids: string[]; offset: number; test: boolean }[] {
  return [...body.matchAll(/<Quiz\s+ids=\{\[([^\]]*)\]\}([^>]*)>/g)].map(
    (m) => ({
      ids: [...(m[1] ?? "").matchAll(/"([^"]*)"/g)].map((q) => q[1] ?? ""),
      offset: m.index,
      test: /(?:^|\s)test(?:\s|\/|$)/.test(m[2] ?? ""),
    }),
  );
}

/** Plain text of a Markdown heading, as it ends up in the HTML heading. */
export function headingText(raw: string): string {
  return raw
    .replace(/<[^>]+>/g, "")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[*_`]/g, "")
    .trim();
}

/**
 * Parse a lesson's MDX source.
 * @throws LessonSourceError when the frontmatter is missing or not YAML.
 */
export function readLessonSource(text: string): LessonSource {
  const match = FRONTMATTER.exec(text);
  if (!match)
    throw new LessonSourceError(
      "frontmatter (blok --- di awal berkas) tidak ditemukan",
    );
  let frontmatter: unknown;
  try {
    frontmatter = parseYaml(match[1] ?? "");
  } catch (error) {
    throw new LessonSourceError(
      `frontmatter bukan YAML yang sah: ${(error as Error).message}`,
    );
  }
  const bodyStart = match[0].split("\n").length - 1;
  const lines = text.slice(match[0].length).split("\n");
  const slugger = new GithubSlugger();
  const anchors: string[] = [];
  const terms: LessonSource["terms"] = [];
  const quizzes: LessonSource["quizzes"] = [];
  const prose: string[] = [];
  let inFence = false;
  lines.forEach((line) => {
    if (/^\s*(```|~~~)/.test(line)) {
      inFence = !inFence;
      return;
    }
    if (inFence) return;
    const heading = /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line);
    if (heading) anchors.push(slugger.slug(headingText(heading[2] ?? "")));
    prose.push(line.replace(/<[^>]*>/g, " "));
  });
  const body = text.slice(match[0].length);
  const lineOf = (offset: number) =>
    bodyStart + body.slice(0, offset).split("\n").length;
  for (const m of body.matchAll(/<Term\s+id="([^"]*)"/g))
    terms.push({ id: m[1] ?? "", line: lineOf(m.index) });
  for (const block of findQuizBlocks(body))
    quizzes.push({
      ids: block.ids,
      line: lineOf(block.offset),
      test: block.test,
    });
  const wordCount = prose
    .join(" ")
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return { frontmatter, anchors, terms, quizzes, wordCount };
}
