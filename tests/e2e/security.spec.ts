import { expect, test } from "@playwright/test";
import { allPages } from "../support/course.ts";

test("every page declares a CSP that allows only the site's own origin", async ({
  page,
}) => {
  test.setTimeout(allPages.length * 2_000); // visits every page in turn
  for (const path of allPages) {
    await page.goto(path);
    const policy = await page
      .locator('meta[http-equiv="content-security-policy"]')
      .getAttribute("content");
    const directives = new Map(
      (policy ?? "")
        .split(";")
        .map((d) => d.trim().split(/\s+/))
        .filter((parts) => parts[0])
        .map(([name, ...sources]) => [name!, sources]),
    );
    expect(directives.get("default-src"), path).toEqual(["'self'"]);
    expect(directives.get("connect-src"), path).toEqual(["'self'"]);
    for (const name of ["script-src", "style-src"]) {
      const sources = directives.get(name) ?? [];
      expect(sources[0], `${path} ${name}`).toBe("'self'");
      expect(sources, `${path} ${name}`).not.toContain("'unsafe-inline'");
      expect(
        sources.filter((s) => /^(https?:|\*|data:)/.test(s)),
        `${path} ${name}`,
      ).toEqual([]);
    }
  }
});

test("no request on any page leaves the site's origin", async ({
  page,
  context,
  baseURL,
}) => {
  test.setTimeout(allPages.length * 4_000);
  const origin = new URL(baseURL!).origin;
  const outside: string[] = [];
  // The context sees requests of its pages and of the service worker.
  context.on("request", (request) => {
    const url = new URL(request.url());
    if (
      url.protocol !== "data:" &&
      url.protocol !== "blob:" &&
      url.origin !== origin
    )
      outside.push(`${page.url()} -> ${request.url()}`);
  });
  for (const path of allPages) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    await page.mouse.wheel(0, 20_000);
  }
  // Search loads its index only when used: use it once.
  await page.goto("");
  await page.getByRole("searchbox").first().fill("kelayan");
  await expect(
    page.getByRole("link", { name: /Kelayan/ }).first(),
  ).toBeVisible();
  expect(outside).toEqual([]);
});
