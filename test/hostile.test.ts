// Hostile seeds: markup, scripts and path tricks in the text, the front matter and the file name.
// One full build (with the search index) of the five seeds plus the hostile ones, then every output
// file is scanned for markup that could run, the search index is unpacked and read, nothing may
// appear outside the output folder, and in Chromium the pages and the search run under the
// Content-Security-Policy without a single violation.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync } from "node:fs";
import { cp, mkdir, rm } from "node:fs/promises";
import { gunzipSync } from "node:zlib";
import { join, relative, sep } from "node:path";
import type { Server } from "node:http";
import type { Browser } from "playwright-core";
import { build, formatReport, type BuildResult } from "../src/build/build.ts";
import { baseId } from "../src/records/ids.ts";
import { addCspMeta, CSP, cspTransform } from "../src/site/csp.ts";
import { stripMarkup } from "../src/ingest/markup.ts";
import { SEEDS, tempDir } from "./helpers.ts";
import { FIVE_SEEDS, HOSTILE, HOSTILE_REFUSED, writeBadSeeds, writeHostileSeeds } from "./bad-seeds.ts";
import { browserSkip, launch, serve } from "./browser.ts";

let dir = "";
let seedsDir = "";
let result: BuildResult;
let before_: string[] = [];
let badCases: { bad: string[]; good: string[] };
const CANARY = () => join(dir, "pwned-by-front-matter");

/** Every path under a folder, relative to it, sorted. */
function walk(root: string, base = root): string[] {
  const out: string[] = [];
  for (const e of readdirSync(root, { withFileTypes: true })) {
    const p = join(root, e.name);
    out.push(relative(base, p));
    if (e.isDirectory()) out.push(...walk(p, base));
  }
  return out.sort();
}

before(async () => {
  dir = await tempDir("archive-hostile-");
  seedsDir = join(dir, "seeds");
  await mkdir(seedsDir);
  await cp(SEEDS, seedsDir, { recursive: true });
  await writeHostileSeeds(seedsDir, CANARY());
  badCases = await writeBadSeeds(seedsDir);
  before_ = walk(dir);
  result = await build({ seedsDir, outDir: join(dir, "out") });
});

let browser: Browser | undefined;
let server: Server | undefined;
after(async () => {
  await browser?.close();
  server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const report = (file: string) => {
  const r = result.reports.find((x) => x.file === file);
  assert.ok(r, `${file} is reported`);
  return r;
};

test("hostile seeds are published as text, or refused with a reason", () => {
  assert.equal(result.ok, true, result.message);
  const markup = report("hostile-markup.md");
  assert.equal(markup.status, "published", markup.errors.join("; "));
  assert.match(markup.warnings.join("\n"), /the text holds HTML markup \(.*script.*\); removed it/);
  assert.match(markup.warnings.join("\n"), /front matter 'title' held HTML markup/);
  assert.match(report("escape-id.md").errors.join("\n"), /'id' must be letters, digits and hyphens only/);
  assert.match(report("escape-slug.md").errors.join("\n"), /'slug' must be letters, digits and hyphens only/);
  assert.match(report("bad-url.md").errors.join("\n"), /'url' must be an address starting with http/);
  assert.match(report("<img src=x onerror=alert(20)>.txt").errors.join("\n"), /file name holds '<', '>'/);
  assert.equal(report("dotdot-title.txt").status, "published");
  assert.match(report("dotdot-title.txt").id!, /^[a-z0-9-]+$/);
  assert.equal(report("js-front-matter.md").status, "published");
  assert.equal(existsSync(CANARY()), false, "front matter in JavaScript was evaluated");
  assert.equal(report('nunjucks {{ 7*7 }} & "quotes" (copy) #2.txt').status, "published");
});

test("with every bad case beside them, the five seeds are published and every bad file is named in the report", () => {
  const published = [...FIVE_SEEDS(), ...badCases.good, ...Object.keys(HOSTILE).filter((f) => !HOSTILE_REFUSED.includes(f))];
  for (const f of published) assert.equal(report(f).status, "published", `${f}: ${report(f).errors.join("; ")}`);
  assert.equal(result.published, published.length);
  const text = formatReport(result);
  for (const f of [...badCases.bad, ...HOSTILE_REFUSED]) {
    assert.notEqual(report(f).status, "published", f);
    assert.ok(text.split("\n").some((line) => /^[✗-] /.test(line) && line.includes(f)), `${f} is named in the build's report`);
  }
});

/** Our own script tags: files under /assets/ and /pagefind/, and JSON-LD data blocks. */
const OWN_SCRIPT = /^<script (?:src="\/(?:assets|pagefind)\/[\w.-]+\.js"(?: defer| async| type="module")*|type="application\/ld\+json")>/;

function injected(text: string, kind: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/<script\b[^>]*>/gi)) if (!OWN_SCRIPT.test(m[0])) found.push(m[0]);
  for (const m of text.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)) if (m[1].includes("<")) found.push(`JSON-LD holding '<': ${m[1].slice(0, 80)}`);
  for (const re of [/<iframe/gi, /<object/gi, /<embed/gi, /onerror\s*=/gi, /javascript:/gi, /vbscript:/gi, /<svg[^>]*\son\w+\s*=/gi]) for (const m of text.matchAll(re)) found.push(text.slice(Math.max(0, m.index! - 40), m.index! + 40));
  if (kind === "html" || kind === "xml" || kind === "svg") {
    // Event handler attributes on any real tag (escaped text cannot open a tag).
    for (const m of text.matchAll(/<[a-z][\w:-]*(?:\s+[^<>]*?)?\s(on[a-z]+)\s*=/gi)) found.push(m[0].slice(0, 120));
  }
  return found;
}

test("markup is removed from seed text, the words between tags kept", () => {
  const cases: [string, string][] = [
    ["Hello <script>alert(1)</script>world", "Hello\n\nworld"],
    ["x <img src=x onerror=alert(1)> y", "x  y"],
    ["x <img src=x onerror=alert(1)\nnext", "x\nnext"],
    ["<p>One</p><p>Two<br>three</p>", "\n\nOne\n\nTwo\nthree\n\n"],
    ["[click](javascript:alert(1)) and [ok](https://example.org)", "click and [ok](https://example.org)"],
    ["<javascript:alert(1)> <https://example.org/?a=b>", " <https://example.org/?a=b>"],
    ["<!-- <script>x</script> -->kept", "kept"],
    ["<SCRIPT>x</SCRIPT>İ<ScRiPt>y</sCrIpT>ok", "\n\nİ\n\nok"],
    ["<foo onmouseover=alert(1)>t</foo>", "t"],
    ["a < b, 3<4, x<y and <me@example.org>", "a < b, 3<4, x<y and <me@example.org>"],
  ];
  for (const [input, output] of cases) assert.equal(stripMarkup(input).text, output, input);
  assert.deepEqual(stripMarkup("<b>x</b><script>y</script>").removed, ["b", "script"]);
});

test("the policy tag goes after <meta charset>, once, and only into HTML", () => {
  const page = addCspMeta('<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>t</title>\n<link rel="stylesheet" href="/a.css">');
  assert.match(page, /<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" content="[^"]+">\n<title>/);
  assert.equal(addCspMeta(page), page);
  assert.match(addCspMeta("<!doctype html><p>no head</p>"), /^<!doctype html>\n<meta http-equiv="Content-Security-Policy"[^>]*>\n<p>/);
  assert.equal(cspTransform.call({ page: { outputPath: "/out/feed.xml" } }, "<feed/>"), "<feed/>");
  assert.match(cspTransform.call({ page: { outputPath: "/out/index.html" } }, "<html><head></head></html>"), /Content-Security-Policy/);
  assert.doesNotMatch(CSP, /'unsafe-inline'|'unsafe-eval'|\*/, "no inline code, no eval beyond WebAssembly, no wildcard");
});

test("the scan finds markup that could run, and passes our own script tags", () => {
  for (const bad of ['<p>x</p><script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<a href="javascript:alert(1)">', "<iframe src=x>", '<div onclick="x()">', '{"t":"<script>x"}'])
    assert.notDeepEqual(injected(bad, "html"), [], bad);
  for (const ok of ['<script src="/assets/search.js" defer></script>', '<script src="/pagefind/pagefind-ui.js"></script>', '<script type="application/ld+json">{"a":"\\u003cb"}</script>', "&lt;script&gt; onclick is a word; one rror="])
    assert.deepEqual(injected(ok, "html"), [], ok);
});

test("no output file carries injected markup (pages, feed, data files, scripts)", () => {
  const out = result.outDir;
  const files = walk(out).filter((f) => /\.(html|xml|json|geojson|csv|js|svg|txt)$/.test(f) && !f.startsWith(`pagefind${sep}`));
  assert.ok(files.length > 20, `scanned ${files.length} files`);
  for (const kind of [".html", ".xml", ".json", ".csv", ".js"]) assert.ok(files.some((f) => f.endsWith(kind)), `no ${kind} file was scanned`);
  const problems: string[] = [];
  for (const f of files) for (const p of injected(readFileSync(join(out, f), "utf8"), f.split(".").pop()!)) problems.push(`${f}: ${p}`);
  assert.deepEqual(problems, []);

  // The hostile article itself: published, its text shown as text.
  const id = report("hostile-markup.md").id!;
  const page = readFileSync(join(out, "articles", id, "index.html"), "utf8");
  assert.match(page, /<h1[^>]*>Police fire on marchers in Juliaca\s*<\/h1>/);
  // What markup stripping leaves ('<' in prose, an unknown <Lima> without attributes) Nunjucks escapes.
  assert.match(page, /Witnesses describe the day &amp; say 5 &lt; 6 (&quot;|&#34;)&lt;Lima&gt;(&quot;|&#34;)/);
  assert.match(page, /\{\{ 7\*7 \}\}/, "template syntax in a seed is printed, not evaluated");
  assert.match(page, /&#x3C;iframe>|&lt;iframe&gt;/, "an entity in the text stays escaped text");
  assert.match(page, /<a href="https:\/\/example\.org\/report">real link<\/a>/);
  assert.doesNotMatch(page, /<(img|iframe|object|embed|source|video|audio)\b[^>]*evil\.example/, "nothing loaded from another host (the image became a link)");
  assert.match(page, /Residents said/, "the words inside removed tags are kept");
  const other = report('nunjucks {{ 7*7 }} & "quotes" (copy) #2.txt').id!;
  const otherPage = readFileSync(join(out, "articles", other, "index.html"), "utf8");
  assert.doesNotMatch(otherPage, /(^|[^{])49([^\d]|$)|root:x:0/, "no template in a seed's text is run");
  if (otherPage.includes("Seed file")) assert.match(otherPage, /nunjucks \{\{ 7\*7 \}\} &amp; (&quot;|&#34;)quotes(&quot;|&#34;) \(copy\) #2\.txt/, "the file name is shown escaped");
});

test("the search index holds the pages' text, and Pagefind escapes it before showing it", () => {
  // Fragments (one per page, gzip + a signature + JSON) may sit in shard folders; all are read.
  const pagefind = join(result.outDir, "pagefind");
  const names = walk(pagefind).filter((f) => f.endsWith(".pf_fragment"));
  assert.ok(names.length >= result.published, "a fragment per article");
  let sawHostile = false;
  for (const name of names) {
    const raw = gunzipSync(readFileSync(join(pagefind, name))).toString("utf8");
    const { content, ...rest } = JSON.parse(raw.slice(raw.indexOf("{"))) as { content: string } & Record<string, unknown>;
    // Titles, metadata and filters come from seed fields: markup there would be stripped markup come back.
    assert.doesNotMatch(JSON.stringify(rest), /[<>]/, `${name}: markup in metadata or filters`);
    // Content is the page's visible text, decoded; the only '<' in it is the quoted tag the hostile
    // seed wrote as entities (&lt;iframe&gt;), which its page shows as text.
    const quoted = "Entities stay text: <iframe> and <script>alert(15)</script> were quoted";
    if (content.includes(quoted)) sawHostile = true;
    assert.deepEqual(injected(content.replace(quoted, ""), "json"), [], name);
  }
  assert.ok(sawHostile, "the hostile article is indexed");
  // Pagefind escapes '<' and '>' in that text when it loads a fragment, before any excerpt is built
  // (checked in Chromium below as well); this guards against an upgrade that stops doing so.
  assert.match(readFileSync(join(pagefind, "pagefind.js"), "utf8"), /raw_content=fragment\.content\.replace\(\/<\/g,"&lt;"\)\.replace\(\/>\/g,"&gt;"\)/);
});

test("nothing is written outside the output folder, and the output holds no links out of it", () => {
  const now = walk(dir);
  const added = now.filter((p) => !before_.includes(p));
  // The record cache lives beside the output by design (src/build/build.ts); nothing else may appear.
  const unexpected = added.filter((p) => !(p === "out" || p.startsWith(`out${sep}`) || p === ".archive-cache" || p.startsWith(`.archive-cache${sep}`)));
  assert.deepEqual(unexpected, []);
  assert.deepEqual(walk(seedsDir), before_.filter((p) => p.startsWith(`seeds${sep}`)).map((p) => p.slice(6)), "the seeds folder is untouched");
  const out = realpathSync(result.outDir);
  for (const p of walk(out)) {
    const full = join(out, p);
    assert.ok(!lstatSync(full).isSymbolicLink(), `${p} is a symbolic link`);
    assert.ok(realpathSync(full).startsWith(out + sep), `${p} resolves outside the output`);
  }
  for (const d of readdirSync(join(out, "articles"), { withFileTypes: true })) if (d.isDirectory()) assert.match(d.name, /^[a-z0-9][a-z0-9-]*$/);
  // Whatever reaches an id is slugified: no dots, no slashes.
  for (const frontId of ["../../etc", "a/b", "..", "/abs", "C:\\x", "%2e%2e%2f"]) assert.match(baseId("t", "f.txt", frontId), /^[a-z0-9][a-z0-9-]*$/);
});

test("every page carries the Content-Security-Policy before anything it governs", () => {
  const pages = walk(result.outDir).filter((f) => f.endsWith(".html") && !f.startsWith(`pagefind${sep}`));
  assert.ok(pages.length > 10);
  for (const f of pages) {
    const html = readFileSync(join(result.outDir, f), "utf8");
    const meta = html.indexOf(`<meta http-equiv="Content-Security-Policy" content="${CSP}">`);
    assert.ok(meta > 0 && meta < html.indexOf("</head>"), `${f}: CSP meta in <head>`);
    const first = html.search(/<(script|link|style|img)\b/i);
    assert.ok(first < 0 || meta < first, `${f}: CSP meta precedes scripts and stylesheets`);
    assert.equal(html.split("Content-Security-Policy").length, 2, `${f}: one policy`);
  }
  assert.doesNotMatch(readFileSync(join(result.outDir, "feed.xml"), "utf8"), /Content-Security-Policy/, "only HTML gets the tag");
});

test("in Chromium: search works under the policy, hostile pages run nothing, no violation is reported", { skip: browserSkip }, async () => {
  const s = await serve(result.outDir);
  server = s.server;
  browser = await launch();
  const page = await browser.newPage();
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on("pageerror", (e) => errors.push(e.message));
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
  const violations = () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

  await page.goto(`${s.base}/search/`);
  await page.locator("#search input").first().fill("Juliaca");
  await page.waitForSelector(".pagefind-ui__result", { timeout: 15000 });
  await page.waitForFunction(() => document.querySelectorAll(".pagefind-ui__result-excerpt").length > 0, null, { timeout: 15000 });
  assert.ok((await page.locator(".pagefind-ui__result").count()) >= 3);
  for (const html of await page.locator(".pagefind-ui__result-excerpt").evaluateAll((els) => els.map((e) => e.innerHTML))) assert.doesNotMatch(html, /<(?!\/?mark>)[a-z]/i, "excerpts hold text and <mark> only");
  await page.locator("#search input").first().fill("indictment");
  await page.waitForFunction(() => [...document.querySelectorAll(".pagefind-ui__result-excerpt")].some((e) => e.textContent!.includes("iframe")), null, { timeout: 15000 });
  const excerpt = await page.locator(".pagefind-ui__result-excerpt", { hasText: "iframe" }).first().evaluate((e) => ({ html: e.innerHTML, iframes: e.querySelectorAll("iframe,script").length }));
  assert.equal(excerpt.iframes, 0);
  assert.match(excerpt.html, /&lt;iframe&gt;/, "the quoted tag is shown as text in the result");
  // The filter panel too: Pagefind's UI sizes parts of itself through element.style (the CSSOM,
  // which style-src does not govern), so 'unsafe-inline' is not needed for any of it.
  const filterName = page.locator(".pagefind-ui__filter-name").first();
  if (await filterName.count()) {
    await filterName.click();
    await page.locator(".pagefind-ui__filter-checkbox").first().check();
    await page.waitForSelector(".pagefind-ui__result", { timeout: 15000 });
  }
  assert.deepEqual(await violations(), [], "search ran without a CSP violation");

  for (const file of ["hostile-markup.md", 'nunjucks {{ 7*7 }} & "quotes" (copy) #2.txt', "js-front-matter.md"]) {
    await page.goto(`${s.base}/articles/${report(file).id}/`);
    await page.waitForLoadState("load");
    assert.deepEqual(await violations(), [], `${file}: nothing on the page tried to run`);
  }
  for (const path of ["/", "/feed.xml", "/data/articles.json"]) await page.goto(`${s.base}${path}`);
  assert.deepEqual(dialogs, []);
  assert.deepEqual(errors, []);

  // The policy is really enforced: an inline script added to the page is blocked and reported.
  await page.goto(`${s.base}/`);
  const ran = await page.evaluate(async () => {
    const el = document.createElement("script");
    el.textContent = "window.__ranInline = true";
    document.body.append(el);
    await new Promise((r) => setTimeout(r, 100));
    return (window as unknown as { __ranInline?: boolean }).__ranInline === true;
  });
  assert.equal(ran, false);
  assert.match((await violations()).join("\n"), /script-src/);
});
