// The published site after one visit, with the network gone: the service worker serves the pages
// the reader opened, the search page and the whole search index, and the offline page for the
// rest. "Gone" means both Playwright's offline mode and the server shut down, so nothing can be
// answered except from what the worker saved. Then a rebuild: the next visit installs the new
// build's worker, which replaces what is stale.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { cp, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Server } from "node:http";
import { builtSeeds, SEEDS, tempDir } from "./helpers.ts";
import { browserSkip, launch, serve, settledTitles, watchForeignRequests } from "./browser.ts";
import { build } from "../src/build/build.ts";
import type { Browser, Page } from "playwright-core";

let browser: Browser | undefined;
const servers: Server[] = [];
after(async () => {
  await browser?.close();
  for (const s of servers) s.close();
});

function shutDown(server: Server): void {
  server.closeAllConnections();
  server.close();
}

/** Polls the page until `fn` (run in the page, with `arg`) gives a truthy value. */
async function until<T>(page: Page, fn: (arg: string) => Promise<T>, what: string, timeout = 20000, arg = ""): Promise<NonNullable<T>> {
  const end = Date.now() + timeout;
  for (;;) {
    const v = await page.evaluate(fn, arg);
    if (v) return v as NonNullable<T>;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await page.waitForTimeout(100);
  }
}

const searchSaved = () => caches.match("/offline/saved.json").then((r) => (r ? (r.json() as Promise<{ version: string }>) : null));
const cacheNames = () => caches.keys();

async function pagefindTitles(page: Page, term: string): Promise<string[]> {
  await page.locator("#search input.pagefind-ui__search-input").fill(term);
  return settledTitles(page);
}

test("after one visit, with no network: the pages opened, the search and its whole index work; the rest gets the offline page", { skip: browserSkip }, async () => {
  const result = await builtSeeds();
  assert.equal(result.ok, true, result.message);
  const s = await serve(result.outDir);
  servers.push(s.server);
  browser ??= await launch();
  const context = await browser.newContext();
  const page = await context.newPage();
  const foreign = watchForeignRequests(page, s.base);
  const records = (await (await page.request.get(`${s.base}/data/articles.json`)).json()) as { id: string; title: string }[];

  // The first page is loaded before any worker exists; the worker saves it when it installs.
  await page.goto(`${s.base}/articles/${records[0].id}/`);
  const saved = await until(page, searchSaved, "the search index to be saved");
  assert.equal(saved.version, result.offline?.version);
  // A second article, by a link, once the worker is in control.
  await until(page, () => Promise.resolve(!!navigator.serviceWorker.controller), "the worker to take control");
  await page.locator(".pager a").first().click();
  await page.waitForURL(/\/articles\/[a-z0-9-]+\/$/);
  const second = new URL(page.url()).pathname;
  const secondTitle = await page.locator("h1").textContent();
  await until(page, () => caches.match(location.pathname).then((r) => !!r), "the second article to be saved");

  await context.setOffline(true);
  shutDown(s.server);

  const reloaded = await page.reload();
  assert.equal(reloaded?.status(), 200);
  assert.equal(await page.locator("h1").textContent(), secondTitle);
  assert.match((await page.locator("#offline-notice").textContent()) ?? "", /^You are offline: this is the copy saved on this device/);
  assert.equal(new URL(page.url()).pathname, second);
  await page.goto(`${s.base}/articles/${records[0].id}/`);
  assert.equal(await page.locator("h1").textContent(), records[0].title);
  // The stylesheet came from the saved copy too.
  assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), "rgb(253, 252, 249)");

  // The full-text search, every shard, from the saved index.
  await page.goto(`${s.base}/search/`);
  const titles = await pagefindTitles(page, "Juliaca");
  assert.ok(titles.length >= 3, `expected ≥ 3 results, got ${titles.length}: ${titles.join(" | ")}`);
  assert.equal(await page.locator(".offline-search__notice").count(), 0, "Pagefind, not the fallback");
  const months = await page.locator("details.pagefind-ui__filter-block summary", { hasText: "Month" }).count();
  assert.equal(months, 1);

  // A page never opened: the offline page, which lists what is saved.
  const missing = await page.goto(`${s.base}/sources/`);
  assert.equal(missing?.status(), 503);
  assert.equal(await page.locator("h1").textContent(), "Not saved on this device");
  await page.waitForSelector("#saved-pages li");
  const listed = await page.locator("#saved-pages a").allTextContents();
  assert.ok(listed.includes(records[0].title) && listed.includes(secondTitle!), listed.join(" | "));
  assert.ok(listed.includes("Search"), listed.join(" | "));

  // The browser believes it is online but the server is gone, and the index was never saved whole:
  // the search page, answered from the saved copy, uses the offline index instead of a Pagefind
  // that would fail. A file of the index goes with the marker: with every file still there, the
  // worker (asked by each page to finish saving) would rightly write the marker back, racing the
  // search page's check.
  await context.setOffline(false);
  await page.evaluate(() =>
    caches.keys().then((names) =>
      Promise.all(
        names.map((n) =>
          caches.open(n).then(async (c) => {
            await c.delete("/offline/saved.json");
            const fragment = (await c.keys()).find((r) => r.url.includes("/pagefind/fragment/"));
            if (fragment) await c.delete(fragment);
          }),
        ),
      ),
    ),
  );
  await page.goto(`${s.base}/search/?q=Juliaca`);
  await page.waitForSelector(".offline-search__result");
  assert.match((await page.locator(".offline-search__notice").textContent()) ?? "", /^Offline search: the full-text search cannot be reached/);
  assert.ok((await page.locator(".offline-search__result").count()) >= 3);
  assert.deepEqual(foreign, []);
  await context.close();
});

test("on the served site, with Pagefind out of reach, the search falls back to the offline index and says so", { skip: browserSkip }, async () => {
  const result = await builtSeeds();
  const s = await serve(result.outDir);
  servers.push(s.server);
  browser ??= await launch();
  // No worker here: requests must meet the route below, as they would a network that is down.
  const context = await browser.newContext({ serviceWorkers: "block" });
  await context.route("**/pagefind/**", (route) => route.abort("internetdisconnected"));
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => console.error(`CSP: ${e.violatedDirective} ${e.blockedURI}`));
  });
  page.on("console", (m) => {
    if (m.text().startsWith("CSP:")) errors.push(m.text());
  });
  await page.goto(`${s.base}/search/?q=Juliaca`);
  await page.waitForSelector(".offline-search__result");
  assert.match((await page.locator(".offline-search__notice").textContent()) ?? "", /^Offline search: the full-text search cannot be reached/);
  assert.ok((await page.locator(".offline-search__result").count()) >= 3);
  // Served, results keep the site's clean addresses.
  assert.match((await page.locator(".offline-search__link").first().getAttribute("href")) ?? "", new RegExp(`^${s.base}/articles/[a-z0-9-]+/$`));
  assert.deepEqual(errors, []);
  await context.close();
});

test("a rebuilt site replaces what is stale: a new worker, the saved pages fetched again, the new index saved, old caches gone", { skip: browserSkip }, async () => {
  const dir = await tempDir();
  const seeds = join(dir, "seeds");
  await cp(SEEDS, seeds, { recursive: true });
  const out = join(dir, "site");
  const first = await build({ seedsDir: seeds, outDir: out });
  assert.equal(first.ok, true, first.message);
  const s = await serve(out);
  servers.push(s.server);
  browser ??= await launch();
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${s.base}/`);
  assert.equal((await until(page, searchSaved, "the first index to be saved")).version, first.offline!.version);
  await until(page, () => Promise.resolve(!!navigator.serviceWorker.controller), "the worker to take control");
  const oldNames = await page.evaluate(cacheNames);
  assert.deepEqual(oldNames.sort(), [`news-archive-files-${first.offline!.version}`, `news-archive-pages-${first.offline!.version}`]);

  await writeFile(join(seeds, "vigil.md"), "---\ntitle: Vigil in Juliaca for the dead of January\ndate: 2023-02-20\n---\nHundreds held a vigil in Juliaca on Monday for the 18 people killed in January.\n");
  const second = await build({ seedsDir: seeds, outDir: out });
  assert.equal(second.ok, true, second.message);
  assert.notEqual(second.offline!.version, first.offline!.version);

  // Online, a reload shows the new build at once: pages are never served from the cache while the server answers.
  await page.reload();
  assert.match((await page.locator(".article-list").textContent()) ?? "", /Vigil in Juliaca/);
  const version = second.offline!.version;
  await until(page, (v: string) => caches.keys().then((k) => k.length === 2 && k.every((n) => n.endsWith(v))), `only version ${version}'s caches`, 30000, version);
  assert.equal((await until(page, searchSaved, "the new index to be saved", 30000)).version, version);
  assert.ok(await page.evaluate(() => caches.match("/").then((r) => r?.text()).then((t) => !!t && t.includes("Vigil in Juliaca"))), "the saved home page is the new one");

  await context.setOffline(true);
  shutDown(s.server);
  await page.goto(`${s.base}/search/`);
  const titles = await pagefindTitles(page, "vigil");
  assert.ok(titles.includes("Vigil in Juliaca for the dead of January"), titles.join(" | "));
  await context.close();
});
