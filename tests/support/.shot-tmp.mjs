import { chromium } from "@playwright/test";
const [,, base, out, ...paths] = process.argv;
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
for (const [w, h, tag] of [[412, 900, "phone"], [1280, 900, "desk"]]) {
  const ctx = await browser.newContext({ viewport: { width: w, height: h }, timezoneId: "Asia/Jakarta" });
  const page = await ctx.newPage();
  const setup = process.env.SETUP;
  if (setup) await page.addInitScript(setup);
  for (const p of paths) {
    await page.goto(base + p);
    await page.waitForTimeout(800);
    if (process.env.CLICK) { for (const sel of process.env.CLICK.split("|")) { await page.locator(sel).first().click().catch(()=>{}); await page.waitForTimeout(300);} }
    const name = `${out}/${tag}-${p.replace(/\W+/g, "_") || "home"}.png`;
    await page.screenshot({ path: name, fullPage: process.env.FULL === "1" });
    console.log(name);
  }
  await ctx.close();
}
await browser.close();
