// Search in a real browser: Pagefind's UI on /search/ finds articles, with no request to any other host.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { builtSeeds } from "./helpers.ts";
import { browserSkip, launch, serve, settledTitles, watchForeignRequests } from "./browser.ts";
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
  // The box is named by the page's heading, so it is announced as what it is.
  const input = page.getByRole("searchbox", { name: /search the archive/i });
  await input.fill("Juliaca");
  await page.waitForSelector(".pagefind-ui__result", { timeout: 15000 });
  // Results arrive in batches; wait until the count settles.
  await page.waitForFunction(() => !document.querySelector(".pagefind-ui__results-area .pagefind-ui__loading"), null, { timeout: 15000 }).catch(() => {});
  const titles = await settledTitles(page);
  assert.ok(titles.length >= 3, `expected ≥ 3 results, got ${titles.length}: ${titles.join(" | ")}`);
  const first = page.locator(".pagefind-ui__result-link").first();
  const href = await first.getAttribute("href");
  assert.match(href ?? "", /^\/articles\/[a-z0-9-]+\/$/);

  // Each result shows its date and source.
  const tags = await page.locator(".pagefind-ui__result").first().locator(".pagefind-ui__result-tag").allTextContents();
  assert.ok(tags.some((t) => /^Date: \d{1,2} [A-Z][a-z]+ \d{4}/.test(t.trim())), tags.join(" | "));
  assert.ok(tags.some((t) => /^Source: /.test(t.trim())), tags.join(" | "));

  // A place filter narrows the results to the articles naming that place.
  await page.locator("details.pagefind-ui__filter-block summary", { hasText: "Place" }).click();
  await page.locator(".pagefind-ui__filter-label", { hasText: /^Ilave/ }).click();
  await page.waitForFunction((n) => document.querySelectorAll(".pagefind-ui__result").length < n, titles.length, { timeout: 15000 });
  const narrowed = await settledTitles(page);
  assert.ok(narrowed.length >= 1 && narrowed.length < titles.length, `narrowed to ${narrowed.length}`);
  assert.ok(narrowed.every((t) => titles.includes(t)));

  // Ordering by date keeps the words (and any filter).
  await page.locator(".pagefind-ui__filter-label", { hasText: /^Ilave/ }).click();
  await page.waitForFunction((n) => document.querySelectorAll(".pagefind-ui__result").length === n, titles.length, { timeout: 15000 });
  await page.selectOption("#search-sort", "asc");
  await page.waitForFunction((n) => document.querySelectorAll(".pagefind-ui__result").length === n, titles.length, { timeout: 15000 });
  await settledTitles(page);
  assert.equal(await input.inputValue(), "Juliaca");
  const dates = await page.locator(".pagefind-ui__result").evaluateAll((els) =>
    els.map((el) => [...el.querySelectorAll(".pagefind-ui__result-tag")].map((t) => t.textContent ?? "").find((t) => t.startsWith("Date: ")) ?? ""),
  );
  const asTime = (t: string) => Date.parse(t.replace(/^Date: /, "").trim() + " UTC");
  assert.deepEqual(dates.map(asTime), dates.map(asTime).sort((a, b) => a - b), dates.join(" | "));
  assert.deepEqual(foreign, []);
});
