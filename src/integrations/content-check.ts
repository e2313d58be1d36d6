/**
 * Astro integration: checks `content/` before anything is built, and fails the
 * build with every problem named by file, entry and field.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { AstroIntegration } from "astro";
import {
  checkCourse,
  formatProblems,
  type CourseSources,
  type SourceFile,
} from "../lib/content/check.ts";

/** Read every course file under `contentDir` (lessons, questions, glossary, references). */
export function readCourseSources(contentDir: string): CourseSources {
  const read = (path: string): SourceFile => ({
    path: relative(process.cwd(), path) || path,
    text: readFileSync(path, "utf8"),
  });
  const list = (dir: string, ext: RegExp) =>
    readdirSync(join(contentDir, dir))
      .filter((name) => ext.test(name))
      .sort()
      .map((name) => read(join(contentDir, dir, name)));
  return {
    lessons: list("lessons", /\.mdx$/),
    questions: list("questions", /\.ya?ml$/),
    scenarios: existsSync(join(contentDir, "scenarios"))
      ? list("scenarios", /\.ya?ml$/)
      : [],
    glossary: read(join(contentDir, "glossary.yaml")),
    references: read(join(contentDir, "references.yaml")),
  };
}

/** Thrown when `content/` has problems; the message lists each one. */
export class ContentCheckError extends Error {
  override name = "ContentCheckError";
}

/**
 * Run the content check on a directory.
 * @throws ContentCheckError listing every problem, one per line.
 */
export function assertCourseValid(contentDir: string): void {
  const { problems } = checkCourse(readCourseSources(contentDir));
  if (problems.length > 0)
    throw new ContentCheckError(
      `Isi kursus bermasalah (${problems.length}):\n${formatProblems(problems)}`,
    );
}

/** The integration; `contentDir` is relative to the project root. */
export function contentCheck(options: {
  contentDir: string;
}): AstroIntegration {
  return {
    name: "kursus:content-check",
    hooks: {
      "astro:config:setup": ({ command, logger }) => {
        if (command === "preview") return;
        assertCourseValid(options.contentDir);
        logger.info("isi kursus lolos pemeriksaan");
      },
    },
  };
}
