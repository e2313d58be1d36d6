/**
 * Astro integration: browser bundles carry only the interface strings they
 * use. In the client build, every string literal in `src/` that is a key of
 * `src/i18n/id.json` (such as `"quiz.right"`) is replaced by its Indonesian
 * text, and the string table itself is loaded empty there; `t()` returns the
 * text it is given when the table has no such key (see src/i18n/t.ts). Server
 * rendering keeps the table and the keys. Islands must therefore name keys as
 * whole literals, never build them (`t(\`status.${x}\`)`); a unit test
 * (tests/unit/i18n.test.ts) enforces it.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";

const TABLE = fileURLToPath(new URL("../i18n/id.json", import.meta.url));
const SOURCE = fileURLToPath(new URL("../", import.meta.url));

/** A quoted literal that looks like a dotted key: `"quiz.right"`, `'review.rating1'`. */
const KEY_LITERAL = /(["'])([A-Za-z][\w-]*(?:\.[\w-]+)+)\1/g;

/**
 * Replace every quoted key of `strings` in `code` by its text as a JSON string.
 * @returns the new code and how many literals were replaced.
 */
export function inlineKeys(
  code: string,
  strings: Readonly<Record<string, string>>,
): { code: string; replaced: number } {
  let replaced = 0;
  const out = code.replace(
    KEY_LITERAL,
    (whole, _quote: string, key: string) => {
      if (!Object.hasOwn(strings, key)) return whole;
      replaced += 1;
      return JSON.stringify(strings[key]);
    },
  );
  return { code: out, replaced };
}

/** The integration. */
export function inlineStrings(): AstroIntegration {
  const strings = JSON.parse(readFileSync(TABLE, "utf8")) as Record<
    string,
    string
  >;
  return {
    name: "kursus:inline-strings",
    hooks: {
      "astro:config:setup": ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: "kursus:inline-strings",
                enforce: "pre",
                applyToEnvironment: (environment) =>
                  environment.name === "client",
                load(id) {
                  if (id.split("?")[0] === TABLE) return "{}";
                  return undefined;
                },
                transform(code, id) {
                  const file = id.split("?")[0] ?? "";
                  if (!file.startsWith(SOURCE) || !/\.(tsx?|jsx?)$/.test(file))
                    return undefined;
                  const result = inlineKeys(code, strings);
                  return result.replaced > 0
                    ? { code: result.code, map: null }
                    : undefined;
                },
              },
            ],
          },
        });
      },
    },
  };
}
