// Search in a real browser: Pagefind's UI on /search/ finds articles, with no request to any other host.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { builtSeeds } from "./helpers.ts";
import { browserSkip, launch, serve, watchForeignRequests } from "./browser.ts";
import type { Browser } from "playwright-core";
import type { Server } from "node:http";

let browser: Browser | undefined;
let server: Server | undefined;
after(async () => {
  await browser?.close();
  server?.close();
});

test("searching 'Juliaca' on /search/ returns the articles that name it", { skip: browserSkip }, async () => {
  const result = await builtSeeds();
  const s = await serve(result.outDir);
  server = s.server;
  browser = await launch();
  const page = await browser.newPage();
  const foreign = watchForeignRequests(page, s.base);
  await page.goto(`${s.base}/search/`);
  const input = page.getByRole("searchbox", { name: /search/i }).or(page.locator("#search input")).first();
  await input.fill("Juliaca");
  await page.waitForSelector(".pagefind-ui__result", { timeout: 15000 });
  // Results arrive in batches; wait until the count settles.
  await page.waitForFunction(() => !document.querySelector(".pagefind-ui__results-area .pagefind-ui__loading"), null, { timeout: 15000 }).catch(() => {});
  const titles = await page.locator(".pagefind-ui__result-title").allTextContents();
  assert.ok(titles.length >= 3, `expected ≥ 3 results, got ${titles.length}: ${titles.join(" | ")}`);
  const first = page.locator(".pagefind-ui__result-link").first();
  const href = await first.getAttribute("href");
  assert.match(href ?? "", /^\/articles\/[a-z0-9-]+\/$/);
  assert.deepEqual(foreign, []);
});
