import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "./support/chromium.mjs";

const executablePath = findChromium();
/** Ports of the two static servers; set E2E_PORT to run a second copy of the suite beside this one. */
const port = Number(process.env["E2E_PORT"] ?? 4321);
const basePort = port + 1;
if (!executablePath)
  throw new Error(
    "Chromium tidak ditemukan: jalankan `node tests/support/ensure-chromium.mjs`.",
  );

/**
 * End-to-end tests on the built site: `dist/` served at / (port 4321) and
 * `dist-kursus/` built with BASE_PATH=/kursus/ (port 4322), each served by
 * tests/support/serve.mjs as a static host would. Build both first
 * (`npm run build && npm run build:base`); `npm test` does.
 */
export default defineConfig({
  testDir: "e2e",
  outputDir: "../test-results",
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  workers: 2,
  reporter: [["list"]],
  use: {
    ...devices["Desktop Chrome"],
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
    trace: "retain-on-failure",
  },
  projects: [
    {
      name: "akar",
      use: { baseURL: `http://localhost:${port}/` },
      testIgnore: ["offline.spec.ts"],
    },
    {
      name: "base-path",
      use: { baseURL: `http://localhost:${basePort}/kursus/` },
      testMatch: [
        "journey.spec.ts",
        "search.spec.ts",
        "offline.spec.ts",
        "dosen.spec.ts",
      ],
    },
  ],
  webServer: [
    {
      command: `node support/serve.mjs ../dist ${port} /`,
      url: `http://localhost:${port}/`,
      reuseExistingServer: false,
    },
    {
      command: `node support/serve.mjs ../dist-kursus ${basePort} /kursus/`,
      url: `http://localhost:${basePort}/kursus/`,
      reuseExistingServer: false,
    },
  ],
});
