import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  canonicalJson,
  fromBase64Url,
  sha256Hex,
  textId,
  toBase64Url,
} from "../../../src/lib/assignment/encoding.ts";

describe("toBase64Url and fromBase64Url", () => {
  it("give back any text, with only URL-safe characters between", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => {
        const encoded = toBase64Url(text);
        expect(encoded).toMatch(/^[A-Za-z0-9_-]*$/);
        expect(fromBase64Url(encoded)).toBe(text);
      }),
    );
  });

  it("refuse what is not base64url or not UTF-8", () => {
    expect(fromBase64Url("ab+c")).toBeUndefined();
    expect(fromBase64Url("abcde")).toBeUndefined(); // a length no encoding has
    expect(fromBase64Url("_w")).toBeUndefined(); // the byte 0xFF alone is not UTF-8
  });
});

describe("canonicalJson", () => {
  it("writes equal values equally, whatever their key order", () => {
    expect(
      canonicalJson({ b: 1, a: { d: [1, { f: 2, e: 3 }], c: null } }),
    ).toBe('{"a":{"c":null,"d":[1,{"e":3,"f":2}]},"b":1}');
  });
});

describe("sha256Hex", () => {
  it("matches the standard test vector", async () => {
    expect(await sha256Hex("abc")).toBe(
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    );
  });
});

describe("textId", () => {
  it("is 16 hex digits and differs for different texts", () => {
    expect(textId("a")).toMatch(/^[0-9a-f]{16}$/);
    expect(textId("a")).not.toBe(textId("b"));
  });
});
