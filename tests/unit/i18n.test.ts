import { describe, expect, it } from "vitest";
import { t } from "../../src/i18n/t.ts";

describe("t", () => {
  it("fills placeholders and leaves unknown ones visible", () => {
    expect(t("lesson.module", { n: 3 })).toBe("Modul 3");
    expect(t("search.results", { count: 2 })).toBe("2 hasil untuk “{query}”");
  });
});
