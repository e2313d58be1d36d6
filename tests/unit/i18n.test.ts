import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { t } from "../../src/i18n/t.ts";
import strings from "../../src/i18n/id.json";
import { inlineKeys } from "../../src/integrations/inline-strings.ts";

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : /\.(tsx?)$/.test(entry.name)
        ? [join(dir, entry.name)]
        : [],
  );
}

describe("t", () => {
  it("fills placeholders and leaves unknown ones visible", () => {
    expect(t("lesson.module", { n: 3 })).toBe("Modul 3");
    expect(t("search.results", { count: 2 })).toBe("2 hasil untuk “{query}”");
  });
});

describe("strings inlined into browser bundles", () => {
  it("replaces quoted keys by their text and leaves other strings alone", () => {
    const code = `t("lesson.module", { n }); const x = 'review.rating1'; f("not.a.key", "kata biasa");`;
    const { code: out, replaced } = inlineKeys(code, strings);
    expect(replaced).toBe(2);
    expect(out).toContain(
      `t(${JSON.stringify(strings["lesson.module"])}, { n })`,
    );
    expect(out).toContain(JSON.stringify(strings["review.rating1"]));
    expect(out).toContain(`f("not.a.key", "kata biasa")`);
  });

  it("gives the same text through t() once inlined, placeholders included", () => {
    const text = JSON.parse(
      inlineKeys(`"lesson.module"`, strings).code,
    ) as string;
    expect(t(text as never, { n: 3 })).toBe(t("lesson.module", { n: 3 }));
  });

  it("finds no key built at run time in browser code (it could not be inlined)", () => {
    const offenders = ["src/components", "src/stores", "src/lib"]
      .flatMap((dir) => sourceFiles(dir))
      .filter((file) => /\bt\(\s*`/.test(readFileSync(file, "utf8")));
    expect(offenders).toEqual([]);
  });
});
