import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import {
  cpSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const FIXTURE = join(import.meta.dirname, "../../fixtures/content-valid");
const ASTRO = join(process.cwd(), "node_modules/astro/bin/astro.mjs");

describe("astro build", () => {
  it("fails on a content file that breaks its schema, naming the file and the field", () => {
    const dir = mkdtempSync(join(tmpdir(), "kursus-rusak-"));
    try {
      cpSync(FIXTURE, dir, { recursive: true });
      const lesson = join(dir, "lessons/uji.mdx");
      writeFileSync(
        lesson,
        readFileSync(lesson, "utf8").replace("order: 1", "order: pertama"),
      );
      const run = spawnSync(process.execPath, [ASTRO, "build"], {
        env: {
          ...process.env,
          COURSE_CONTENT_DIR: dir,
          OUT_DIR: join(dir, "out"),
          ASTRO_TELEMETRY_DISABLED: "1",
        },
        encoding: "utf8",
        timeout: 120_000,
      });
      const output = `${run.stdout}\n${run.stderr}`;
      expect(run.status).not.toBe(0);
      expect(output).toMatch(/lessons\/uji\.mdx › order: /);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
