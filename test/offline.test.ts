// Offline use without a browser: the fallback search index (complete, searchable with the same
// filters, under 2 MB at 10,000 articles), the service worker and the list of files it saves
// (versioned by build), and the pack (every link relative and pointing at a file, data untouched).
// In Chromium: pack.browser.test.ts (the pack from file://) and offline.browser.test.ts (the worker).
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync, statSync } from "node:fs";
import { cp, mkdir, readFile, writeFile } from "node:fs/promises";
import { join, posix } from "node:path";
import { unzipSync, strFromU8 } from "fflate";
import { builtSeeds, SEEDS, tempDir } from "./helpers.ts";
import { build } from "../src/build/build.ts";
import { browserSearch, buildOfflineIndex, OFFLINE_INDEX_BUDGET, OFFLINE_INDEX_FILE, shorten, type OfflineIndex } from "../src/site/offline-index.ts";
import { pack, relativeUrl, rewriteCss, rewriteMarkup } from "../src/build/pack.ts";
import type { SiteData } from "../src/site/site-data.ts";
import type { ArticleRecord } from "../src/records/types.ts";

/** The index as the page gets it: the script run with a window of its own. */
function loadIndex(script: string): OfflineIndex {
  const window: { ArchiveOfflineIndex?: OfflineIndex } = {};
  new Function("window", script)(window);
  assert.ok(window.ArchiveOfflineIndex, "the script defines window.ArchiveOfflineIndex");
  // Through JSON: objects made in the sandbox have the sandbox's prototypes.
  return JSON.parse(JSON.stringify(window.ArchiveOfflineIndex)) as OfflineIndex;
}

const plain = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

test("the fallback index holds every article: title, date, source, places, language, excerpt, figures, address", async () => {
  const result = await builtSeeds();
  assert.equal(result.ok, true, result.message);
  const script = readFileSync(join(result.outDir, OFFLINE_INDEX_FILE), "utf8");
  assert.equal(result.offline?.indexBytes, Buffer.byteLength(script));
  assert.doesNotMatch(script, /[<>]/, "no character that could read as markup");
  const records = JSON.parse(readFileSync(join(result.outDir, "data", "articles.json"), "utf8")) as ArticleRecord[];
  const articles = plain(browserSearch().decode(loadIndex(script)));
  assert.equal(articles.length, records.length);
  const byId = new Map(articles.map((a) => [a.id, a]));
  for (const r of records) {
    const a = byId.get(r.id);
    assert.ok(a, `${r.id} is in the index under its own address`);
    assert.ok(existsSync(join(result.outDir, "articles", a.id, "index.html")));
    assert.equal(a.title, r.title);
    assert.equal(a.date, r.date);
    assert.equal(a.source, r.source ?? "Unknown source");
    assert.equal(a.places.length, r.places.length, `${r.id}: every place`);
    for (const p of r.places) assert.ok(a.places.some((label) => label === p.name || label.startsWith(`${p.name} (`)), `${r.id}: ${p.name}`);
    assert.equal(a.excerpt, r.excerpt, "the seeds' excerpts fit whole");
    assert.ok(a.language.length > 1);
    if (r.casualties.some((c) => c.kind === "killed" && (c.count ?? c.estimate) !== null)) assert.ok(a.figures.some((f) => / killed$/.test(f)), `${r.id}: ${a.figures.join(", ")}`);
  }
});

test("the fallback search finds words anywhere in title, source, places or excerpt, with the four filters and both orders", async () => {
  const result = await builtSeeds();
  const { decode, search } = browserSearch();
  const articles = decode(loadIndex(readFileSync(join(result.outDir, OFFLINE_INDEX_FILE), "utf8")));
  const juliaca = plain(search(articles, "Juliaca"));
  assert.ok(juliaca.results.length >= 3, `${juliaca.results.length} results`);
  assert.ok(juliaca.results.every((a) => a.places.includes("Juliaca") || /juliaca/i.test(a.title + a.excerpt)));
  // Accents, case and word beginnings: "juli" finds what "Juliaca" finds; "APURIMAC" finds Apurímac.
  assert.deepEqual(plain(search(articles, "juli")).results.map((a) => a.id), juliaca.results.map((a) => a.id));
  assert.ok(plain(search(articles, "APURIMAC")).results.length >= 1);
  assert.equal(plain(search(articles, "Juliaca zzzzqx")).results.length, 0, "every word must match");

  const counts = juliaca.counts;
  for (const facet of ["source", "place", "month", "language"]) assert.ok(Object.keys(counts[facet]).length >= 1, facet);
  // Places narrow (an article names many, so two chosen places mean both).
  const narrowed = plain(search(articles, "Juliaca", { place: ["Ilave"] })).results;
  assert.ok(narrowed.length >= 1 && narrowed.length < juliaca.results.length);
  assert.ok(narrowed.every((a) => a.places.includes("Ilave")));
  // Single-valued facets: two months mean either, and each month's count ignores the month chosen.
  const months = Object.keys(counts.month);
  const one = plain(search(articles, "Juliaca", { month: [months[0]] }));
  assert.ok(one.results.every((a) => a.month === months[0]));
  assert.deepEqual(one.counts.month, counts.month);
  if (months.length > 1) assert.equal(plain(search(articles, "Juliaca", { month: months.slice(0, 2) })).results.length, counts.month[months[0]] + counts.month[months[1]]);
  const source = Object.keys(counts.source)[0];
  assert.ok(plain(search(articles, "Juliaca", { source: [source] })).results.every((a) => a.source === source));
  assert.equal(plain(search(articles, "Juliaca", { language: ["English"] })).results.length, counts.language.English ?? 0);
  // Filters alone list articles too.
  assert.equal(plain(search(articles, "", { place: ["Juliaca"] })).results.length, counts.place.Juliaca);

  for (const order of ["asc", "desc"]) {
    const dates = plain(search(articles, "Juliaca", {}, order)).results.map((a) => a.date ?? "9999");
    assert.deepEqual(dates, [...dates].sort((x, y) => (order === "asc" ? (x < y ? -1 : 1) : x < y ? 1 : -1)), order);
  }
});

/** A synthetic archive shaped like the benchmark corpus at scale: long titles, full excerpts, many places and figures. */
function syntheticSite(n: number): Pick<SiteData, "articles" | "places"> {
  let seed = 7;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const zipf = (max: number) => Math.min(max - 1, Math.floor(Math.exp(rand() * Math.log(max)) - 1));
  const placeCount = 3000;
  const places = Array.from({ length: placeCount }, (_, i) => ({ place: { id: `place-${i}` }, label: `Pláce ${i} Ñame` }));
  const words = "protesters police march road blocked region strike government minister curfew clashes capital sources said killed injured hospital community leaders demanded resignation".split(" ");
  const sentence = (k: number) => Array.from({ length: k }, () => words[Math.floor(rand() * words.length)]).join(" ");
  const articles = Array.from({ length: n }, (_, i) => {
    const title = `Roadblocks cut off ${places[zipf(placeCount)].label} as unrest enters week ${i % 60}`;
    const refs = [...new Set(Array.from({ length: 18 }, () => zipf(placeCount)))].map((k) => ({ id: `place-${k}`, label: places[k].label }));
    const claims = Array.from({ length: 9 }, (_, k) => ({ kind: ["killed", "injured", "arrested", "missing"][k % 4], value: 1 + Math.floor(rand() * 400), qualifier: k % 3 ? "exact" : "at least", estimated: false, total: false }));
    const day = String(1 + (i % 28)).padStart(2, "0");
    return {
      id: title.toLowerCase().replace(/[^a-z0-9]+/g, "-").normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/^-|-$/g, "") + (i % 50 === 0 ? `-${i}` : ""),
      title,
      date: `2023-${String(1 + (i % 12)).padStart(2, "0")}-${day}`,
      sourceName: `Source ${zipf(60)}`,
      languageName: i % 7 ? "English" : "Spanish",
      placeRefs: refs,
      claims,
      toll: null,
      excerpt: (sentence(60) + ".").slice(0, 280),
    };
  });
  return { articles, places } as unknown as Pick<SiteData, "articles" | "places">;
}

test("the fallback index stays under 2 MB for 10,000 articles, shortening excerpts only as far as it must", () => {
  const small = buildOfflineIndex(syntheticSite(300));
  assert.equal(small.excerptLength, 280, "a small archive keeps whole excerpts");
  const site = syntheticSite(10_000);
  const big = buildOfflineIndex(site);
  assert.ok(big.bytes < OFFLINE_INDEX_BUDGET, `${big.bytes} bytes`);
  assert.equal(big.overBudget, false);
  assert.ok(big.excerptLength >= 60, `excerpts of ${big.excerptLength} characters`);
  // Everything survives the compact layout: places numbered past one digit, ids the title does not give.
  const decoded = plain(browserSearch().decode(loadIndex(big.script)));
  for (const i of [0, 1, 50, 4321, 9999]) {
    const a = site.articles[i];
    const d = decoded[i];
    assert.equal(d.id, a.id);
    assert.equal(d.title, a.title);
    assert.equal(d.date, a.date);
    assert.equal(d.source, a.sourceName);
    assert.deepEqual([...d.places].sort(), a.placeRefs.map((p) => p.label).sort());
    assert.equal(d.excerpt, shorten(a.excerpt, big.excerptLength));
    assert.equal(d.figures.length, 4);
  }
});

test("the service worker is stamped with a version of the build: the same for the same site, new when anything it saves changes", async () => {
  const result = await builtSeeds();
  const worker = readFileSync(join(result.outDir, "sw.js"), "utf8");
  const list = JSON.parse(readFileSync(join(result.outDir, "offline", "files.json"), "utf8")) as { version: string; core: string[]; index: string[]; bytes: { core: number; index: number } };
  assert.match(worker, new RegExp(`^var BUILD = \\{"version":"${list.version}","files":"/offline/files.json"\\};$`, "m"));
  assert.equal(list.version, result.offline?.version);
  for (const url of ["/", "/search/", "/offline/", "/assets/search.js", `/${OFFLINE_INDEX_FILE}`, "/pagefind/shards.json"]) assert.ok(list.core.includes(url), url);
  const file = (u: string) => join(result.outDir, ...u.split("/").filter(Boolean), ...(u.endsWith("/") ? ["index.html"] : []));
  for (const u of [...list.core, ...list.index]) assert.ok(existsSync(file(u)), u);
  // Every shard's index, and only what a search loads.
  const shards = (JSON.parse(readFileSync(join(result.outDir, "pagefind", "shards.json"), "utf8")) as { shards: string[] }).shards;
  for (const bundle of ["/pagefind/", ...shards]) {
    assert.ok(list.index.includes(`${bundle}pagefind-entry.json`), bundle);
    assert.ok(list.index.some((u) => u.startsWith(`${bundle}fragment/`)), `${bundle} fragments`);
  }
  assert.ok(!list.index.some((u) => /modular-ui|component-ui|shards\/[^/]+\/pagefind\.js/.test(u)));
  assert.equal(list.bytes.index, list.index.reduce((n, u) => n + statSync(file(u)).size, 0));

  const dir = await tempDir();
  const seeds = join(dir, "seeds");
  await cp(SEEDS, seeds, { recursive: true });
  const out = join(dir, "site");
  const first = await build({ seedsDir: seeds, outDir: out });
  const again = await build({ seedsDir: seeds, outDir: out });
  assert.equal(again.offline?.version, first.offline?.version, "a rebuild that changes nothing keeps readers' saved copies");
  assert.equal(first.offline?.version, list.version, "the version depends on the site, not on where or when it was built");
  await writeFile(join(seeds, "extra.md"), "---\ntitle: Vigil in Juliaca for the dead of January\ndate: 2023-02-20\n---\nHundreds held a vigil in Juliaca on Monday for the 18 people killed in January.\n");
  const changed = await build({ seedsDir: seeds, outDir: out });
  assert.notEqual(changed.offline?.version, first.offline?.version, "a new article gives a new worker");
  const titles = browserSearch().decode(loadIndex(readFileSync(join(out, OFFLINE_INDEX_FILE), "utf8"))).map((a) => a.title);
  assert.ok(titles.includes("Vigil in Juliaca for the dead of January"), titles.join(" | "));
});

test("links rewritten for a copy opened from files: relative, to files, fragments and queries kept", () => {
  const lookup = (p: string) => (p === "maps/focus.svg" || p.endsWith(".html") || p.endsWith(".css") ? "file" : p === "places" ? "dir" : null);
  const cases: [string, string, string][] = [
    ["/places/juliaca/", "articles/a/index.html", "../../places/juliaca/index.html"],
    ["/", "index.html", "index.html"],
    ["/", "places/juliaca/index.html", "../../index.html"],
    ["/articles/a/#claim-2", "articles/a/index.html", "index.html#claim-2"],
    ["/search/?q=Puno&sort=asc", "index.html", "search/index.html?q=Puno&sort=asc"],
    ["/maps/focus.svg", "places/juliaca/index.html", "../../maps/focus.svg"],
    ["/places", "index.html", "places/index.html"],
    ["/assets/style.css", "404.html", "assets/style.css"],
    ["#main", "index.html", "#main"],
    ["https://example.org/x/", "index.html", "https://example.org/x/"],
    ["//example.org/x", "index.html", "//example.org/x"],
    ["data:image/svg+xml,x", "index.html", "data:image/svg+xml,x"],
    ["../x/index.html", "a/index.html", "../x/index.html"],
  ];
  for (const [url, from, want] of cases) assert.equal(relativeUrl(url, from, lookup), want, `${url} from ${from}`);
  const html = `<a href="/places/">P</a> <img src='/maps/focus.svg' srcset="/maps/focus.svg 1x, /maps/world.svg 2x" alt=""><image href="/maps/focus.svg"/><p>text with href="/not/a/tag/"</p><a href=/sources/>S</a>`;
  assert.equal(
    rewriteMarkup(html, "articles/a/index.html", lookup),
    `<a href="../../places/index.html">P</a> <img src='../../maps/focus.svg' srcset="../../maps/focus.svg 1x, ../../maps/world.svg 2x" alt=""><image href="../../maps/focus.svg"/><p>text with href="/not/a/tag/"</p><a href=../../sources/index.html>S</a>`,
  );
  assert.equal(rewriteCss(`a{background:url(/assets/x.svg)} b{background:url("data:image/svg+xml,<svg/>")} @import "/assets/y.css";`, "assets/style.css", lookup), `a{background:url(x.svg)} b{background:url("data:image/svg+xml,<svg/>")} @import "y.css";`);
});

test("the pack: the site with relative links, the offline index, a README; data files as built; no service worker", async () => {
  const result = await builtSeeds();
  const dir = await tempDir();
  const out = join(dir, "archive-copy.zip");
  const packed = await pack({ siteDir: result.outDir, out });
  assert.equal(packed.bytes, statSync(out).size);
  assert.equal(packed.folder, "archive-copy");
  const files = unzipSync(new Uint8Array(await readFile(out)));
  const names = Object.keys(files);
  assert.ok(names.every((n) => n.startsWith("archive-copy/")), "one folder, so unzipping spills nothing");
  const at = (p: string) => files[`archive-copy/${p}`];
  assert.match(strFromU8(at("README.txt")), /double-click index\.html/);
  for (const p of ["index.html", "search/index.html", OFFLINE_INDEX_FILE, "assets/search/offline.js", "pagefind/pagefind-ui.css", "data/articles.json", "feed.xml"]) assert.ok(at(p), p);
  for (const p of ["sw.js", "offline/index.html", "offline/files.json", ".news-archive-build", "pagefind/pagefind-modular-ui.js"]) assert.equal(at(p), undefined, p);
  // Data and feed byte for byte; the index as built.
  for (const p of ["data/articles.json", "data/casualties.csv", "data/places.geojson", "feed.xml", OFFLINE_INDEX_FILE]) assert.deepEqual(Buffer.from(at(p)), readFileSync(join(result.outDir, p)), p);

  const pages = names.filter((n) => n.endsWith(".html")).map((n) => n.slice("archive-copy/".length));
  assert.ok(pages.length > 20);
  const problems: string[] = [];
  for (const page of pages) {
    const html = strFromU8(at(page));
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'/, page);
    for (const m of html.matchAll(/<[a-z][^>]*?\s(?:href|src|xlink:href)="([^"]*)"/gi)) {
      const url = m[1];
      if (/^(https?:|mailto:|data:|#)/.test(url)) continue;
      if (url.startsWith("/")) {
        problems.push(`${page}: ${url} is absolute`);
        continue;
      }
      const target = posix.normalize(posix.join(posix.dirname(page), url.split(/[?#]/)[0]));
      if (!at(target)) problems.push(`${page}: ${url} → ${target} is not a file in the pack`);
    }
  }
  assert.deepEqual(problems.slice(0, 10), []);
  const css = strFromU8(at("assets/style.css"));
  assert.doesNotMatch(css, /url\(\s*["']?\//, "no root-relative url() in the stylesheet");
});

test("the pack command reports its size and the index's; refuses a folder that is not a built site", async () => {
  const { execFileSync, spawnSync } = await import("node:child_process");
  const { PROJECT_ROOT } = await import("../src/build/paths.ts");
  const result = await builtSeeds();
  const dir = await tempDir();
  const out = join(dir, "a.zip");
  const printed = execFileSync(process.execPath, ["--import", "tsx", join(PROJECT_ROOT, "scripts", "pack.ts"), "--site", result.outDir, "--out", out, "--no-pagefind"], { cwd: PROJECT_ROOT, encoding: "utf8" });
  assert.match(printed, /Packed \d+ files \([\d.]+ [kM]?B\) into .*a\.zip: [\d.]+ [kM]?B\. Offline search index: [\d.]+ [kM]?B\./);
  const names = Object.keys(unzipSync(new Uint8Array(await readFile(out))));
  assert.ok(!names.some((n) => /pagefind\/(fragment|index)\//.test(n)), "--no-pagefind leaves the full-text index out");
  assert.ok(names.includes("a/pagefind/pagefind-ui.css"));
  const empty = join(dir, "empty");
  await mkdir(empty);
  const refused = spawnSync(process.execPath, ["--import", "tsx", join(PROJECT_ROOT, "scripts", "pack.ts"), "--site", empty, "--out", join(dir, "b.zip")], { cwd: PROJECT_ROOT, encoding: "utf8" });
  assert.equal(refused.status, 1);
  assert.match(refused.stderr, /not a built archive/);
  assert.equal(existsSync(join(dir, "b.zip")), false);
});
