// The pack as a reader gets it: unzipped into a folder and opened from files in Chromium, with no
// server. Pages link to each other as files, the search falls back to the offline index and says
// so, and nothing at all is requested over the network.
import { test, after, before } from "node:test";
import assert from "node:assert/strict";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { unzipSync } from "fflate";
import { builtSeeds, tempDir } from "./helpers.ts";
import { browserSkip, launch } from "./browser.ts";
import { pack } from "../src/build/pack.ts";
import type { Browser, BrowserContext, Page } from "playwright-core";

let browser: Browser | undefined;
let context: BrowserContext | undefined;
let home = "";
/** Every request that is not a file of the unzipped folder. */
const network: string[] = [];

before(async () => {
  if (browserSkip) return;
  const result = await builtSeeds();
  assert.equal(result.ok, true, result.message);
  const dir = await tempDir("archive-pack-");
  const zip = join(dir, "news-archive.zip");
  await pack({ siteDir: result.outDir, out: zip });
  const files = unzipSync(new Uint8Array(await readFile(zip)));
  const into = join(dir, "unzipped");
  for (const [name, data] of Object.entries(files)) {
    if (name.endsWith("/")) continue;
    await mkdir(dirname(join(into, name)), { recursive: true });
    await writeFile(join(into, name), data);
  }
  home = pathToFileURL(join(into, "news-archive", "index.html")).href;
  browser = await launch();
  context = await browser.newContext();
  // Chromium treats a file:// page's 'self' as its folder's files: any file the policy refused would be reported here.
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => console.error(`CSP: ${e.violatedDirective} ${e.blockedURI}`));
  });
  // Context-wide: workers and any subresource would show here too.
  context.on("request", (req) => {
    if (!req.url().startsWith(pathToFileURL(into).href)) network.push(req.url());
  });
});
after(async () => {
  await browser?.close();
});

/** Errors the page reports: a script that failed, a file that could not be loaded. */
function watch(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  return errors;
}

test("from file://: home → article → place → another article, by following links", { skip: browserSkip }, async () => {
  const page = await context!.newPage();
  const errors = watch(page);
  await page.goto(home);
  assert.equal(await page.locator("h1").textContent(), "News Archive");
  // Styles load from the folder under the pages' Content-Security-Policy ('self' is the folder's files).
  assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), "rgb(253, 252, 249)", "the stylesheet applies");
  await page.locator(".article-list h3 a").first().click();
  await page.waitForURL(/\/articles\/[a-z0-9-]+\/index\.html$/);
  const first = page.url();
  assert.ok(await page.locator("h1").textContent());
  await page.locator(".facts a", { hasText: /^Juliaca$/ }).click();
  await page.waitForURL(/\/places\/juliaca\/index\.html$/);
  assert.equal(await page.locator("h1").textContent(), "Juliaca");
  // The locator map is an image of the folder's own base map.
  assert.match((await page.locator(".locator image").getAttribute("href")) ?? "", /^\.\.\/\.\.\/maps\/[a-z]+\.svg$/);
  const other = page.locator(`#articles-here ~ ol a:not([href$="/${first.split("/").slice(-2).join("/")}"])`).first();
  await other.click();
  await page.waitForURL(/\/articles\/[a-z0-9-]+\/index\.html$/);
  assert.notEqual(page.url(), first);
  assert.equal(await page.locator(".facts a", { hasText: /^Juliaca$/ }).count(), 1, "the other article names Juliaca too");
  // Sections from the header, and the data files, are files too.
  for (const name of ["Places", "Sources", "Timeline", "Casualties", "Articles"]) {
    await page.locator(".site-header nav a", { hasText: name }).click();
    await page.waitForLoadState();
    assert.match(page.url(), /\/index\.html$/, name);
    assert.ok((await page.locator("h1").count()) === 1, name);
  }
  assert.deepEqual(network, []);
  assert.deepEqual(errors, []);
  await page.close();
});

test("from file://: search for 'Juliaca' finds at least three articles with the offline index, and says it is the offline search", { skip: browserSkip }, async () => {
  const page = await context!.newPage();
  const errors = watch(page);
  await page.goto(home);
  await page.locator(".site-header nav a", { hasText: "Search" }).click();
  await page.waitForURL(/\/search\/index\.html$/);
  await page.waitForSelector(".offline-search__notice");
  assert.match((await page.locator(".offline-search__notice").textContent()) ?? "", /^Offline search: .*opened from files/);
  const input = page.getByRole("searchbox", { name: /search the archive/i });
  await input.fill("Juliaca");
  await page.waitForSelector(".offline-search__result");
  const titles = await page.locator(".offline-search__title").allTextContents();
  assert.ok(titles.length >= 3, `expected ≥ 3 results, got ${titles.length}: ${titles.join(" | ")}`);
  assert.match((await page.locator(".offline-search__message").textContent()) ?? "", new RegExp(`^${titles.length} results for Juliaca$`));
  // Each result shows date, source and places; the matching place is marked.
  const tags = await page.locator(".offline-search__result").first().locator(".offline-search__tag").allTextContents();
  assert.ok(tags.some((t) => /^Date: \d{1,2} [A-Z][a-z]+ \d{4}$/.test(t)), tags.join(" | "));
  assert.ok(tags.some((t) => t.startsWith("Source: ")), tags.join(" | "));
  assert.ok(tags.some((t) => t.startsWith("Places: Juliaca")), tags.join(" | "));
  assert.equal(await page.locator(".offline-search__result").first().locator("mark", { hasText: "Juliaca" }).count(), 1);

  // The same four filters as the full search; a place narrows the results.
  const names = await page.locator(".offline-search__filter-name").allTextContents();
  assert.deepEqual(names, ["Source", "Place", "Month", "Language"]);
  await page.locator(".offline-search__filter-name", { hasText: "Place" }).click();
  await page.locator(".offline-search__filter-label", { hasText: /^Ilave \(/ }).click();
  await page.waitForFunction((n) => document.querySelectorAll(".offline-search__result").length < n, titles.length);
  const narrowed = await page.locator(".offline-search__title").allTextContents();
  assert.ok(narrowed.length >= 1 && narrowed.every((t) => titles.includes(t)));
  await page.locator(".offline-search__filter-label", { hasText: /^Ilave \(/ }).click();
  await page.waitForFunction((n) => document.querySelectorAll(".offline-search__result").length === n, titles.length);
  // Ordered by date, oldest first.
  await page.selectOption("#search-sort", "asc");
  const dates = await page.locator(".offline-search__result").evaluateAll((els) => els.map((el) => [...el.querySelectorAll(".offline-search__tag")].map((t) => t.textContent ?? "").find((t) => t.startsWith("Date: ")) ?? ""));
  const asTime = (t: string) => Date.parse(t.replace(/^Date: /, "") + " UTC");
  assert.deepEqual(dates.map(asTime), dates.map(asTime).sort((a, b) => a - b), dates.join(" | "));

  // A result opens its article's file.
  const href = (await page.locator(".offline-search__link").first().getAttribute("href")) ?? "";
  assert.match(href, /^file:\/\/.*\/articles\/[a-z0-9-]+\/index\.html$/);
  await page.locator(".offline-search__link").first().click();
  await page.waitForURL(href);
  assert.ok(await page.locator("h1").textContent());

  // ?q= works from a file address too.
  await page.goto(home.replace(/index\.html$/, "search/index.html?q=Puno"));
  await page.waitForSelector(".offline-search__result");
  assert.equal(await input.inputValue(), "Puno");
  assert.deepEqual(network, [], "no request to any server");
  assert.deepEqual(errors, []);
  await page.close();
});
