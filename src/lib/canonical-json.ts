/** Canonical JSON: one text for one value, whatever order its keys were written in. */

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
  );
}

/**
 * JSON with object keys sorted and no spaces: equal values give equal text.
 * Used for the stored progress document (tabs that merge to the same document
 * stop writing) and for assignment checksums.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}
