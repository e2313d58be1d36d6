import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { keepOwnHashes } from "../../../src/integrations/csp-hashes.ts";

const hash = (text: string) =>
  `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

const RUNS = "console.log(1)";
const STYLE = "astro-island{display:contents}";
const OTHER = hash("never on this page");

function page(body: string): string {
  const policy = `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${hash(RUNS)} ${OTHER}; style-src 'self' ${hash(STYLE)} ${hash("")};`;
  return `<html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;
}

const policyOf = (html: string) =>
  /content-security-policy" content="([^"]*)"/.exec(html)?.[1] ?? "";

describe("keepOwnHashes", () => {
  it("keeps the hashes of the page's own inline script and style, drops the rest", () => {
    const out = policyOf(
      keepOwnHashes(
        page(
          `<style>${STYLE}</style><script>${RUNS}</script><script type="module" src="/a.js"></script>`,
        ),
      ),
    );
    expect(out).toContain(hash(RUNS));
    expect(out).toContain(hash(STYLE));
    expect(out).not.toContain(OTHER);
    expect(out).not.toContain(hash(""));
    expect(out).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(out).toContain("default-src 'self'");
  });

  it("does not count a JSON data block as a script to allow", () => {
    const out = policyOf(
      keepOwnHashes(page(`<script type="application/json">${RUNS}</script>`)),
    );
    expect(out).not.toContain(hash(RUNS));
  });

  it("leaves a page without a policy untouched", () => {
    const html = "<html><body><script>x()</script></body></html>";
    expect(keepOwnHashes(html)).toBe(html);
  });
});
