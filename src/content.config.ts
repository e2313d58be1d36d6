/**
 * Content collections: everything in `content/` (or COURSE_CONTENT_DIR, used by
 * the tests' broken fixtures), validated by the schemas in `src/lib/content`.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { defineCollection } from "astro:content";
import { file, glob } from "astro/loaders";
import { parse as parseYaml } from "yaml";
import {
  glossaryEntrySchema,
  lessonSchema,
  questionSchema,
  referenceSchema,
} from "./lib/content/schemas.ts";
import { scenarioSchema } from "./lib/scenario/schema.ts";

const contentDir = process.env["COURSE_CONTENT_DIR"] ?? "./content";

/** Every question of every `content/questions/*.yaml` file, as one collection. */
async function loadQuestions(): Promise<{ id: string }[]> {
  const dir = join(contentDir, "questions");
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .flatMap(
      (name) =>
        parseYaml(readFileSync(join(dir, name), "utf8")) as { id: string }[],
    );
}

export const collections = {
  lessons: defineCollection({
    loader: glob({ pattern: "*.mdx", base: join(contentDir, "lessons") }),
    schema: lessonSchema,
  }),
  questions: defineCollection({
    loader: loadQuestions,
    schema: questionSchema,
  }),
  glossary: defineCollection({
    loader: file(join(contentDir, "glossary.yaml")),
    schema: glossaryEntrySchema,
  }),
  scenarios: defineCollection({
    loader: glob({ pattern: "*.yaml", base: join(contentDir, "scenarios") }),
    schema: scenarioSchema,
  }),
  references: defineCollection({
    loader: file(join(contentDir, "references.yaml")),
    schema: referenceSchema,
  }),
};
