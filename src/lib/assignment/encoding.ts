/**
 * Text encodings shared by assignment links and report files: canonical
 * JSON, base64url of UTF-8 text, and hashes. Pure; SHA-256 comes from Web
 * Crypto (`crypto.subtle`), present in browsers and in Node 22.
 */

export { canonicalJson } from "../canonical-json.ts";

/** UTF-8 text as base64url without padding (RFC 4648 §5), safe in a URL fragment. */
export function toBase64Url(text: string): string {
  let binary = "";
  for (const byte of new TextEncoder().encode(text))
    binary += String.fromCharCode(byte);
  return btoa(binary)
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");
}

/** The UTF-8 text in base64url; undefined when it is not base64url or not UTF-8. */
export function fromBase64Url(encoded: string): string | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(encoded) || encoded.length % 4 === 1)
    return undefined;
  const padded = encoded.replace(/-/g, "+").replace(/_/g, "/");
  try {
    const binary = atob(padded + "=".repeat((4 - (padded.length % 4)) % 4));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** FNV-1a, 32 bits, from the given offset basis. */
function fnv1a(text: string, basis: number): number {
  let h = basis;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * A short check code of a text (FNV-1a, 32 bits, base36, 1..7 characters):
 * catches a link that was cut short or mistyped. Not a security measure.
 */
export function checkCode(text: string): string {
  return fnv1a(text, 0x811c9dc5).toString(36);
}

/**
 * A 64-bit name for a text as 16 hex digits (two FNV-1a hashes from
 * different offset bases): a stable id, not a security measure.
 */
export function textId(text: string): string {
  const hex = (n: number) => n.toString(16).padStart(8, "0");
  return hex(fnv1a(text, 0x811c9dc5)) + hex(fnv1a(text, 0x050c5d1f));
}

/** SHA-256 of the UTF-8 text, as 64 lower-case hex digits. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest(
    "SHA-256",
    new TextEncoder().encode(text),
  );
  return [...new Uint8Array(digest)]
    .map((b) => b.toString(16).padStart(2, "0"))
    .join("");
}
