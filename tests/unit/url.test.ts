import { describe, expect, it } from "vitest";
import { joinBase } from "../../src/lib/url.ts";

describe("joinBase", () => {
  it("puts a site path under the base path whatever the slashes", () => {
    expect(joinBase("/", "modul/pengantar/")).toBe("/modul/pengantar/");
    expect(joinBase("/kursus/", "/glosarium/#kelayan")).toBe(
      "/kursus/glosarium/#kelayan",
    );
    expect(joinBase("/kursus", "cari/")).toBe("/kursus/cari/");
    expect(joinBase("/kursus/", "")).toBe("/kursus/");
  });
});
