import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";

describe("README quick start", () => {
  const readme = readFileSync("README.md", "utf8");
  const commands = [...readme.matchAll(/```sh\n(.+)\n```/g)].map((m) => m[1]);

  it("has the serve line and the test line, and CI runs the test line", () => {
    expect(commands[0]).toBe("npm install && npm start");
    expect(commands[1]).toBe("npm install && npm test");
    expect(readFileSync(".ci/run", "utf8")).toContain(`\n${commands[1]}\n`);
  });
});
