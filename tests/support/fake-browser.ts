/** A browser stand-in for store tests: a localStorage that can refuse reads or writes, and window events. */
import { afterEach, beforeEach, vi } from "vitest";

/** A localStorage stand-in that can be told to refuse reads or writes. */
export class FakeStorage {
  data = new Map<string, string>();
  refuseWrites = false;
  refuseAll = false;
  /** Refuse only new keys, as a full quota does while replacing a key can still fit. */
  refuseNewKeys = false;
  getItem(key: string): string | null {
    if (this.refuseAll) throw new DOMException("denied", "SecurityError");
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (
      this.refuseAll ||
      this.refuseWrites ||
      (this.refuseNewKeys && !this.data.has(key))
    )
      throw new DOMException("full", "QuotaExceededError");
    this.data.set(key, value);
  }
  get length(): number {
    return this.data.size;
  }
  key(index: number): string | null {
    return [...this.data.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.data.delete(key);
  }
}

export let storage: FakeStorage;
export const listeners = new Map<
  string,
  ((event: { key: string | null }) => void)[]
>();

/** Types of the events the code under test dispatched on `window`, oldest first. */
export let dispatched: string[] = [];

beforeEach(() => {
  vi.resetModules();
  dispatched = [];
  storage = new FakeStorage();
  listeners.clear();
  vi.stubGlobal("window", {
    get localStorage() {
      return storage;
    },
    addEventListener: (
      type: string,
      fn: (event: { key: string | null }) => void,
    ) => listeners.set(type, [...(listeners.get(type) ?? []), fn]),
    dispatchEvent: (event: { type: string }) => {
      dispatched.push(event.type);
      return true;
    },
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
});
