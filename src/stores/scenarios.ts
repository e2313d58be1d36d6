/**
 * `$scenarioRecords`: for each case simulation, the run in progress (so the
 * learner resumes exactly where they were, on another day too) and the
 * endings found. A stored value that cannot be read is kept aside under
 * `kips:kasus:disisihkan:<hash>`, never deleted.
 */
import { atom } from "nanostores";
import { persistentAtom } from "@nanostores/persistent";
import "./progress.ts"; // sets the safe storage engine first
import {
  parseScenarioRecord,
  type ScenarioRecord,
} from "../lib/scenario/engine.ts";
import { hashText, readKey, writeKey } from "./storage.ts";

/** localStorage key of the case records. */
export const SCENARIOS_KEY = "kips:kasus";

/** Set when a stored value could not be read and was kept aside. */
export const $scenarioNotice = atom<string | null>(null);

function decode(raw: string): Record<string, ScenarioRecord> {
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value === "object" && value !== null && !Array.isArray(value)) {
      const records = Object.entries(value).flatMap(([id, v]) => {
        const record = parseScenarioRecord(v);
        return record ? [[id, record] as const] : [];
      });
      if (records.length === Object.keys(value).length)
        return Object.fromEntries(records);
    }
  } catch {
    // fall through: keep the unreadable value aside
  }
  const key = `${SCENARIOS_KEY}:disisihkan:${hashText(raw)}`;
  writeKey(key, raw);
  $scenarioNotice.set(key);
  return {};
}

/** Every case's record, keyed by scenario id. */
export const $scenarioRecords = persistentAtom<Record<string, ScenarioRecord>>(
  SCENARIOS_KEY,
  {},
  {
    encode: JSON.stringify,
    decode,
  },
);

/** Store a case's record. */
export function saveScenarioRecord(id: string, record: ScenarioRecord): void {
  $scenarioRecords.set({ ...$scenarioRecords.get(), [id]: record });
}

/**
 * Re-read the stored records, when another tab or an earlier visit of this
 * page (restored from the back/forward cache) may have changed them.
 */
export function refreshScenarioRecords(): void {
  const raw = readKey(SCENARIOS_KEY);
  if (raw === undefined || raw === JSON.stringify($scenarioRecords.get()))
    return;
  $scenarioRecords.set(decode(raw));
}
