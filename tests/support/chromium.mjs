// Finds the Chromium the browser tests drive. Shared by ensure-chromium.mjs
// (which installs Debian's package when none is found) and playwright.config.ts.
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

/** Flags for a machine without internet: without them Chromium floods it with refused connections. */
export const CHROMIUM_ARGS = [
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

const CANDIDATES = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
];

/**
 * Path of a usable Chromium: $CHROMIUM_PATH, then Debian's package, then a
 * browser Playwright downloaded itself. Undefined when there is none.
 */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  const system = CANDIDATES.find((path) => existsSync(path));
  if (system) return system;
  try {
    const bundled = chromium.executablePath();
    return existsSync(bundled) ? bundled : undefined;
  } catch {
    return undefined;
  }
}
