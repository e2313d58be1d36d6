/**
 * The one door to localStorage. It never throws: when the browser refuses
 * storage (private mode, a full quota, a policy), values live in memory for
 * this page and `$storageHealth` says progress is not being saved.
 */
import { atom } from "nanostores";

/** `ok`, or `not-saving` once a read or write to localStorage has failed. */
export const $storageHealth = atom<"ok" | "not-saving">("ok");

const memory = new Map<string, string>();

function local(): Storage | undefined {
  try {
    return typeof window === "undefined" ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}

function failed(): void {
  if ($storageHealth.get() !== "not-saving") $storageHealth.set("not-saving");
}

/** Read a key; undefined when absent. */
export function readKey(key: string): string | undefined {
  try {
    const storage = local();
    if (!storage) {
      if (typeof window !== "undefined") failed();
      return memory.get(key);
    }
    return storage.getItem(key) ?? undefined;
  } catch {
    failed();
    return memory.get(key);
  }
}

/** Write a key. @returns whether the value reached localStorage. */
export function writeKey(key: string, value: string): boolean {
  memory.set(key, value);
  try {
    const storage = local();
    if (!storage) throw new Error("no localStorage");
    storage.setItem(key, value);
    return true;
  } catch {
    failed();
    return false;
  }
}

/** Remove a key from memory and localStorage. */
export function removeKey(key: string): void {
  memory.delete(key);
  try {
    local()?.removeItem(key);
  } catch {
    failed();
  }
}

/**
 * A storage engine for @nanostores/persistent (`setPersistentEngine`) that
 * goes through `readKey`/`writeKey`, so no persistent store can throw.
 * `isBlocked(key)` keeps writes of a key in memory only (used while a stored
 * value must not be overwritten).
 */
export function safeEngine(
  isBlocked: (key: string) => boolean,
): Record<string, string> {
  return new Proxy<Record<string, string>>(
    {},
    {
      has: (_, key) => typeof key === "string" && readKey(key) !== undefined,
      get: (_, key) => (typeof key === "string" ? readKey(key) : undefined),
      set: (_, key, value) => {
        if (typeof key !== "string") return false;
        if (isBlocked(key)) memory.set(key, String(value));
        else writeKey(key, String(value));
        return true;
      },
      deleteProperty: (_, key) => {
        if (typeof key === "string" && !isBlocked(key)) removeKey(key);
        return true;
      },
    },
  );
}

/** FNV-1a 32-bit hash, hex: a stable name for a value kept aside, so keeping it twice writes one copy. */
export function hashText(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, "0");
}

/** Keys in localStorage that start with `prefix`, sorted; empty when storage is unavailable. */
export function listKeys(prefix: string): string[] {
  try {
    const storage = local();
    if (!storage)
      return [...memory.keys()].filter((k) => k.startsWith(prefix)).sort();
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i += 1) {
      const key = storage.key(i);
      if (key?.startsWith(prefix)) keys.push(key);
    }
    return keys.sort();
  } catch {
    failed();
    return [];
  }
}
