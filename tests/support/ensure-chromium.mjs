// Makes sure the browser tests have a Chromium. Where none is found and this
// runs as root on Debian, installs Debian's `chromium` package with apt-get
// (Playwright's own download needs internet access this project cannot assume).
// Elsewhere it stops with a message saying how to get one.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { findChromium } from "./chromium.mjs";

const found = findChromium();
if (found) {
  console.log(`Chromium: ${found}`);
  process.exit(0);
}
if (process.env.CHROMIUM_PATH) {
  console.error(
    `CHROMIUM_PATH=${process.env.CHROMIUM_PATH} tidak ada. Perbaiki jalurnya atau hapus variabel itu.`,
  );
  process.exit(1);
}
const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
if (isRoot && existsSync("/etc/debian_version")) {
  console.log(
    "Chromium belum terpasang: memasang paket Debian `chromium` dengan apt-get…",
  );
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update"], { stdio: "inherit", env });
  execFileSync(
    "apt-get",
    ["install", "-y", "--no-install-recommends", "chromium"],
    { stdio: "inherit", env },
  );
  const installed = findChromium();
  if (installed) {
    console.log(`Chromium: ${installed}`);
    process.exit(0);
  }
}
console.error(
  [
    "Tes peramban memerlukan Chromium, dan tidak ada yang ditemukan.",
    "Pasang salah satu:",
    "  - Debian/Ubuntu: sudo apt-get install chromium",
    "  - atau: npx playwright install chromium (perlu akses internet)",
    "  - atau tunjuk peramban yang sudah ada: CHROMIUM_PATH=/jalur/ke/chromium npm test",
  ].join("\n"),
);
process.exit(1);
