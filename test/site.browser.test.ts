// The site as readers use it, in Chromium: no serious accessibility problem in either colour scheme,
// a reader can go from the home page to an article, its place and another article, every page but
// search works with JavaScript off, and nothing is requested from another host.
import { test, after, before } from "node:test";
import assert from "node:assert/strict";
import { builtSeeds } from "./helpers.ts";
import { axeViolations, browserSkip, launch, serve, watchForeignRequests } from "./browser.ts";
import type { Browser, Page } from "playwright-core";
import type { Server } from "node:http";

let browser: Browser | undefined;
let server: Server | undefined;
let base = "";

before(async () => {
  if (browserSkip) return;
  const result = await builtSeeds();
  assert.equal(result.ok, true, result.message);
  const s = await serve(result.outDir);
  server = s.server;
  base = s.base;
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

async function articleWithFigures(page: Page): Promise<string> {
  const records = (await (await page.request.get(`${base}/data/articles.json`)).json()) as { id: string; casualties: unknown[] }[];
  return `/articles/${records.sort((a, b) => b.casualties.length - a.casualties.length)[0].id}/`;
}

test("no serious or critical accessibility violation, in light and dark schemes", { skip: browserSkip }, async () => {
  const failures: string[] = [];
  for (const colorScheme of ["light", "dark"] as const) {
    // axe is injected as an inline script, which the site's Content-Security-Policy would refuse.
    const context = await browser!.newContext({ colorScheme, bypassCSP: true });
    const page = await context.newPage();
    const foreign = watchForeignRequests(page, base);
    const article = await articleWithFigures(page);
    for (const path of ["/", article, "/places/", "/places/juliaca/", "/casualties/", "/timeline/", "/search/"]) {
      await page.goto(base + path);
      if (path === "/search/") {
        // Check the search UI as a reader sees it: results listed and a filter group open.
        await page.locator("#search input.pagefind-ui__search-input").fill("Juliaca");
        await page.waitForSelector(".pagefind-ui__result", { timeout: 15000 });
        await page.locator("details.pagefind-ui__filter-block summary").first().click();
      }
      for (const v of await axeViolations(page))
        if (v.impact === "serious" || v.impact === "critical") failures.push(`${colorScheme} ${path}: ${v.id} (${v.impact}) ${v.help}: ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
    }
    assert.deepEqual(foreign, []);
    await context.close();
  }
  assert.deepEqual(failures, []);
});

test("home → article → place → another article, by following links", { skip: browserSkip }, async () => {
  const page = await browser!.newPage();
  const foreign = watchForeignRequests(page, base);
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${base}/`);
  await page.locator(".article-list h3 a").first().click();
  await page.waitForURL(/\/articles\/[a-z0-9-]+\/$/);
  const first = new URL(page.url()).pathname;
  assert.ok(await page.locator("h1").textContent());
  // A place the article names, then another article that names it.
  await page.locator(".facts a[href^='/places/juliaca/']").click();
  await page.waitForURL(/\/places\/juliaca\/$/);
  assert.equal(await page.locator("h1").textContent(), "Juliaca");
  const other = page.locator(`#articles-here ~ ol a:not([href='${first}'])`).first();
  const href = await other.getAttribute("href");
  assert.match(href ?? "", /^\/articles\/[a-z0-9-]+\/$/);
  await other.click();
  await page.waitForURL(new RegExp(`${href}$`));
  assert.notEqual(new URL(page.url()).pathname, first);
  assert.ok((await page.locator(".facts a[href='/places/juliaca/']").count()) === 1, "the other article names Juliaca too");
  // And on to its neighbour by date.
  await page.locator(".pager a").first().click();
  await page.waitForURL(/\/articles\/[a-z0-9-]+\/$/);
  // The maps and chart draw under the pages' Content-Security-Policy: nothing refused, nothing failed.
  for (const path of ["/places/", "/places/juliaca/", "/casualties/"]) await page.goto(base + path);
  assert.deepEqual(errors, []);
  assert.deepEqual(foreign, []);
  await page.close();
});

test("the skip link and the highlighted sentences work from the keyboard", { skip: browserSkip }, async () => {
  const page = await browser!.newPage();
  await page.goto(base + (await articleWithFigures(page)));
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), "Skip to content");
  await page.keyboard.press("Enter");
  assert.equal(await page.evaluate(() => location.hash), "#main");
  const link = page.locator("a.in-context").first();
  await link.focus();
  await page.keyboard.press("Enter");
  const hash = await page.evaluate(() => location.hash);
  assert.match(hash, /^#claim-\d+$/);
  assert.equal(await page.evaluate((id) => document.getElementById(id)?.tagName, hash.slice(1)), "MARK");
  await page.close();
});

test("every page but search works with JavaScript off", { skip: browserSkip }, async () => {
  const context = await browser!.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const checks: [string, string][] = [
    ["/", ".article-list li"],
    ["/articles/", "ol.rows li"],
    [await articleWithFigures(page), "mark.claim"],
    ["/places/", "svg.map circle.dot"],
    ["/places/juliaca/", ".locator svg"],
    ["/sources/", "table.sources tbody tr"],
    ["/timeline/", ".t-day"],
    ["/casualties/", ".chart svg path.mark"],
  ];
  for (const [path, selector] of checks) {
    const res = await page.goto(base + path);
    assert.equal(res?.status(), 200, path);
    assert.ok((await page.locator(selector).count()) > 0, `${path}: ${selector}`);
  }
  await page.goto(`${base}/search/`);
  assert.match((await page.locator("main").textContent()) ?? "", /Search needs JavaScript/);
  assert.equal(await page.locator("#search-sort-box").isVisible(), false, "the sort control hides without the script that runs it");
  const missing = await page.goto(`${base}/no-such-page/`);
  assert.equal(missing?.status(), 404);
  assert.equal(await page.locator("h1").textContent(), "Page not found");
  await context.close();
});

test("the Atom feed parses as XML; the base maps are images a browser can draw", { skip: browserSkip }, async () => {
  const page = await browser!.newPage();
  const feed = await (await page.request.get(`${base}/feed.xml`)).text();
  const parsed = await page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, "application/xml");
    return { error: doc.getElementsByTagName("parsererror").length, root: doc.documentElement.localName, ns: doc.documentElement.namespaceURI, entries: doc.getElementsByTagName("entry").length };
  }, feed);
  assert.deepEqual({ error: parsed.error, root: parsed.root, ns: parsed.ns }, { error: 0, root: "feed", ns: "http://www.w3.org/2005/Atom" });
  assert.ok(parsed.entries >= 1);
  for (const map of ["/maps/focus.svg", "/maps/world.svg"]) {
    await page.goto(base + map);
    assert.equal(await page.evaluate(() => document.documentElement.localName), "svg", map);
  }
  await page.close();
});
