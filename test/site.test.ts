// Every kind of page and data file, read from one build of the seeds: what each must show, link and
// escape. Browser behaviour (search, accessibility, navigation) is in site.browser.test.ts.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { readdir, writeFile, mkdir } from "node:fs/promises";
import { join } from "node:path";
import { builtSeeds, readOut, tempDir } from "./helpers.ts";
import { build, type BuildResult } from "../src/build/build.ts";
import type { ArticleRecord } from "../src/records/types.ts";

const CONTRACT_KEYS = ["id", "file", "title", "titleSource", "subtitle", "date", "dateSource", "source", "author", "url", "lang", "places", "casualties", "excerpt", "wordCount", "warnings", "errors"];

async function records(result: BuildResult): Promise<ArticleRecord[]> {
  return JSON.parse(await readOut(result, "data/articles.json")) as ArticleRecord[];
}

/** RFC 4180, enough to read back what the build wrote. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(cell);
      cell = "";
    } else if (ch === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += ch;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}

const attr = (html: string, re: RegExp) => [...html.matchAll(re)].map((m) => m[1]);

test("every kind of page and data file is written, one page per article, place and source", async () => {
  const result = await builtSeeds();
  assert.equal(result.ok, true, result.message);
  const recs = await records(result);
  for (const f of ["index.html", "articles/index.html", "places/index.html", "sources/index.html", "timeline/index.html", "casualties/index.html", "search/index.html", "404.html", "feed.xml", "data/articles.json", "data/casualties.csv", "data/places.geojson", "maps/focus.svg", "maps/world.svg"])
    assert.ok(existsSync(join(result.outDir, f)), f);
  const placeIds = new Set(recs.flatMap((r) => r.places.map((p) => p.id)));
  assert.deepEqual(new Set(await readdir(join(result.outDir, "places"))), new Set([...placeIds, "index.html"]));
  const sources = (await readdir(join(result.outDir, "sources"))).filter((f) => f !== "index.html");
  assert.ok(sources.includes("unknown-source"), "articles with no source have their own group");
  assert.ok(sources.includes("global-research"));
  // Pages grow with articles + places + sources, nothing more.
  assert.ok(result.pages <= recs.length + placeIds.size + sources.length + 20, `${result.pages} pages`);
});

test("the home page shows the count, the date range, the latest death toll and every section", async () => {
  const result = await builtSeeds();
  const home = await readOut(result, "index.html");
  const recs = await records(result);
  assert.match(home, new RegExp(`<dt>Articles</dt><dd>${recs.length}</dd>`));
  const dates = recs.map((r) => r.date).filter(Boolean).sort() as string[];
  const long = (iso: string) => new Date(iso + "T00:00:00Z").toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  assert.ok(home.includes(`${long(dates[0])} – ${long(dates.at(-1)!)}`), "date range");
  assert.match(home, /Latest reported death toll/);
  assert.match(home, /<p class="toll-figure"><strong>[^<]*\d[^<]*<\/strong> \w+ killed/);
  for (const href of ["/articles/", "/places/", "/sources/", "/timeline/", "/casualties/", "/search/"]) assert.ok(home.includes(`href="${href}"`), href);
});

test("/articles/ lists every article once, by month, newest month first", async () => {
  const result = await builtSeeds();
  const page = await readOut(result, "articles/index.html");
  const recs = await records(result);
  const months = attr(page, /<h2 id="month-([\d-]+|undated)">/g);
  assert.deepEqual(months, [...months].sort().reverse());
  const linked = attr(page, /<li><a href="\/articles\/([^/]+)\/">/g);
  assert.deepEqual(new Set(linked), new Set(recs.map((r) => r.id)));
  assert.equal(linked.length, recs.length);
});

test("an article page has its metadata, figures with sentences marked in the body, neighbours and previews", async () => {
  const result = await builtSeeds();
  const recs = await records(result);
  const rec = recs.find((r) => r.casualties.length >= 3 && r.places.some((p) => p.id === "juliaca"))!;
  assert.ok(rec, "a seed with figures in Juliaca");
  const html = await readOut(result, `articles/${rec.id}/index.html`);
  assert.match(html, /<meta name="description" content="[^"]{20,}">/);
  assert.match(html, /<meta property="og:type" content="article">/);
  assert.match(html, new RegExp(`<meta property="og:url" content="https?://[^"]+/articles/${rec.id}/">`));
  const ld = JSON.parse(html.match(/<script type="application\/ld\+json">(.*?)<\/script>/s)![1]);
  assert.equal(ld["@type"], "NewsArticle");
  assert.equal(ld.headline, rec.title);
  assert.equal(ld.datePublished, rec.date);
  // Date with provenance, source as a link, places as links.
  assert.match(html, /<span class="provenance">\((stated in the article|inferred[^)]*|from the archivist's front matter)\)<\/span>/);
  assert.match(html, /<dt>Source<\/dt>\s*<dd><a href="\/sources\/[a-z0-9-]+\/"/);
  for (const p of rec.places) assert.ok(html.includes(`href="/places/${p.id}/"`), p.id);
  // One table row per figure; each found sentence is marked in the body and linked from its row.
  const rows = html.match(/<td class="fig"/g) ?? [];
  assert.equal(rows.length, rec.casualties.length);
  const marks = attr(html, /<mark class="claim" id="(claim-\d+)">/g);
  assert.ok(marks.length >= 1, "sentences marked");
  for (const id of marks) assert.ok(html.includes(`href="#${id}"`), `${id} linked from the table`);
  const body = html.slice(html.indexOf('<section class="body"'));
  assert.match(body, /<mark class="claim" id="claim-1">[^<]*Juliaca[^<]*<\/mark>|<mark class="claim"[^>]*>[^<]*<\/mark>/);
  // Older and newer articles by date, and related articles sharing places.
  assert.match(html, /rel="prev"|rel="next"/);
  assert.match(html, /Articles about the same places/);
  // Search: the article's filters and sort key.
  assert.match(html, /data-pagefind-filter="month:\d{4}-\d{2} [A-Z][a-z]+ \d{4}"/);
  assert.match(html, /data-pagefind-filter="language">English</);
  assert.match(html, /data-pagefind-sort="date:\d{4}-\d{2}-\d{2}"/);
  assert.match(html, /data-pagefind-meta="source"/);
});

test("/places/ draws the map with a linked dot per place and lists places by country and region", async () => {
  const result = await builtSeeds();
  const page = await readOut(result, "places/index.html");
  const recs = await records(result);
  const placeIds = new Set(recs.flatMap((r) => r.places.map((p) => p.id)));
  assert.match(page, /<svg class="map map-focus" viewBox="0 0 \d+ \d+"[^>]*>\s*<title id="map-focus-title">Places in Peru and around it<\/title>/);
  assert.match(page, /<path class="focus-country" d="M[\d.,LMZ-]+"/);
  const dots = attr(page, /<a href="\/places\/([^/]+)\/" tabindex="-1" aria-label="[^"]+"><circle class="dot"/g);
  assert.deepEqual(new Set(dots), placeIds, "every place has a dot");
  assert.ok(page.includes('id="country-pe"') && page.includes("<dt>Puno</dt>"), "grouped by country and region");
  for (const id of placeIds) assert.ok(page.includes(`<a href="/places/${id}/">`), `listed: ${id}`);
});

test("a place page lists its articles and the figures stated there, with a locator map", async () => {
  const result = await builtSeeds();
  const page = await readOut(result, "places/juliaca/index.html");
  assert.match(page, /<h1>Juliaca<\/h1>/);
  assert.match(page, /<image href="\/maps\/focus\.svg"/);
  assert.match(page, /Casualty figures reported here/);
  assert.match(page, /at least 18<\/td>\s*<td data-label="Kind">killed/);
  const recs = await records(result);
  const naming = recs.filter((r) => r.places.some((p) => p.id === "juliaca"));
  const section = page.slice(page.indexOf('id="articles-here"'));
  for (const r of naming) assert.ok(section.includes(`href="/articles/${r.id}/"`), r.id);
});

test("sources list their articles, with unknown sources as their own group", async () => {
  const result = await builtSeeds();
  const index = await readOut(result, "sources/index.html");
  assert.match(index, /<a href="\/sources\/unknown-source\/">Unknown source<\/a>/);
  const recs = await records(result);
  const unknown = await readOut(result, "sources/unknown-source/index.html");
  for (const r of recs.filter((r) => !r.source)) assert.ok(unknown.includes(`/articles/${r.id}/`), r.id);
  const gr = await readOut(result, "sources/global-research/index.html");
  assert.match(gr, /<h1>Global Research<\/h1>/);
});

test("the timeline shows each day's articles and the dated events their figures report", async () => {
  const result = await builtSeeds();
  const page = await readOut(result, "timeline/index.html");
  const days = attr(page, /<h3><time datetime="(\d{4}-\d{2}-\d{2})">/g);
  assert.deepEqual(days, [...days].sort(), "days in order");
  const jan9 = page.slice(page.indexOf('datetime="2023-01-09"'), page.indexOf("</li>\n    <li class=\"t-day\">", page.indexOf('datetime="2023-01-09"')));
  assert.match(jan9, /Juliaca<\/a>: at least 18 people killed/);
  const recs = await records(result);
  for (const r of recs.filter((r) => r.date)) assert.ok(page.includes(`<time datetime="${r.date}">`), `day of ${r.id}`);
});

test("/casualties/ has a described chart of the death toll and a table of every figure", async () => {
  const result = await builtSeeds();
  const page = await readOut(result, "casualties/index.html");
  assert.match(page, /<svg [^>]*aria-labelledby="chart-title chart-desc">\s*<title id="chart-title">[^<]+<\/title>\s*<desc id="chart-desc">[^<]+<\/desc>/);
  assert.match(page, /class="mark mark-(circle|triangle|diamond)/);
  assert.match(page, /class="mark mark-triangle[^"]*"/, "a lower bound drawn as such");
  const recs = await records(result);
  const claims = recs.reduce((n, r) => n + r.casualties.length, 0);
  const table = page.slice(page.indexOf('<table class="claims'));
  assert.equal((table.match(/<tr>/g) ?? []).length - 1, claims, "one row per figure (plus the header)");
  for (const h of ["Figure", "Qualifier", "Kind", "Who", "Where", "When", "Article", "Sentence"]) assert.ok(table.includes(`>${h}</th>`), h);
});

test("the search page has a labelled search box, sort order and its scripts as files", async () => {
  const result = await builtSeeds();
  const page = await readOut(result, "search/index.html");
  assert.match(page, /<h1 id="search-heading">/);
  assert.match(page, /<label for="search-sort">/);
  assert.match(page, /<script src="\/pagefind\/pagefind-ui\.js" defer><\/script>/);
  assert.match(page, /<link rel="stylesheet" href="\/pagefind\/pagefind-ui\.css">/);
});

test("no page has inline scripts, styles or event handlers, so a strict Content-Security-Policy holds", async () => {
  const result = await builtSeeds();
  const files: string[] = [];
  const walk = async (dir: string) => {
    for (const e of await readdir(dir, { withFileTypes: true })) {
      if (e.isDirectory()) {
        if (e.name !== "pagefind") await walk(join(dir, e.name));
      } else if (e.name.endsWith(".html")) files.push(join(dir, e.name));
    }
  };
  await walk(result.outDir);
  for (const f of files) {
    const html = await readOut(result, f.slice(result.outDir.length + 1));
    for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      if (/type="application\/ld\+json"/.test(m[1])) continue;
      assert.match(m[1], /\bsrc="\//, `${f}: inline script`);
      assert.equal(m[2].trim(), "", `${f}: script with content`);
    }
    assert.doesNotMatch(html, /<style\b|\sstyle="|\son[a-z]+="/i, f);
    assert.doesNotMatch(html, /<(script|link|img|iframe|image|source|audio|video)\b[^>]+(src|href)="(https?:)?\/\//i, `${f} loads from another host`);
  }
});

test("the Atom feed, the records, the figures as CSV and the places as GeoJSON", async () => {
  const result = await builtSeeds();
  const recs = await records(result);
  // articles.json: the contract's records, newest first.
  assert.equal(recs.length, result.published);
  for (const r of recs) assert.deepEqual(Object.keys(r), CONTRACT_KEYS);

  const feed = await readOut(result, "feed.xml");
  assert.match(feed, /^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
  assert.equal((feed.match(/<entry>/g) ?? []).length, recs.length);
  assert.match(feed, /<updated>\d{4}-\d{2}-\d{2}T00:00:00Z<\/updated>/);
  assert.match(feed, /<content type="html">&lt;p&gt;/, "body HTML escaped inside the feed");

  const csv = parseCsv(await readOut(result, "data/casualties.csv"));
  assert.deepEqual(csv[0].slice(0, 4), ["article_id", "article_title", "article_date", "source"]);
  const claims = recs.reduce((n, r) => n + r.casualties.length, 0);
  assert.equal(csv.length - 1, claims);
  for (const row of csv) assert.equal(row.length, csv[0].length);
  const sentences = new Set(recs.flatMap((r) => r.casualties.map((c) => c.sentence)));
  for (const row of csv.slice(1)) assert.ok(sentences.has(row[csv[0].indexOf("sentence")]), "sentence round-trips");

  const gj = JSON.parse(await readOut(result, "data/places.geojson"));
  assert.equal(gj.type, "FeatureCollection");
  const placeIds = new Set(recs.flatMap((r) => r.places.map((p) => p.id)));
  assert.equal(gj.features.length, placeIds.size);
  for (const f of gj.features) {
    assert.equal(f.geometry.type, "Point");
    assert.ok(Math.abs(f.geometry.coordinates[0]) <= 180 && Math.abs(f.geometry.coordinates[1]) <= 90);
    assert.equal(f.properties.url, `/places/${f.properties.id}/`);
  }

  const notFound = await readOut(result, "404.html");
  assert.match(notFound, /<h1>Page not found<\/h1>/);
});

test("text from a seed is escaped everywhere: pages, JSON-LD, the feed and the CSV", async () => {
  const dir = await tempDir();
  const seeds = join(dir, "seeds");
  await mkdir(seeds);
  const evil = "</script><script>alert(1)</script>";
  await writeFile(
    join(seeds, "evil.md"),
    [
      "---",
      `title: 'Clash in Juliaca ${evil} & <b>bold</b>'`,
      "date: 2023-01-10",
      "source: '=HYPERLINK(\"http://evil.example\")'",
      "author: '\" onmouseover=\"alert(1)'",
      "---",
      "",
      "Police in Juliaca, Peru, killed at least 18 people on January 9 <img src=x onerror=alert(1)> during the protests.",
      "",
      "The death toll rose to 47 after the clashes in Puno.",
      "",
    ].join("\n"),
  );
  const result = await build({ seedsDir: seeds, outDir: join(dir, "out"), noIndex: true, cacheDir: false });
  assert.equal(result.ok, true, result.message);
  const id = result.reports[0].id!;
  const page = await readOut(result, `articles/${id}/index.html`);
  assert.doesNotMatch(page, /<script>alert|<b>bold|onerror=|<img src=x/);
  assert.doesNotMatch(page, /" onmouseover="/);
  const ld = page.match(/<script type="application\/ld\+json">(.*?)<\/script>/s)![1];
  assert.doesNotMatch(ld, /</);
  const [rec] = await records(result);
  assert.equal(JSON.parse(ld).headline, rec.title, "the title survives intact inside the JSON");
  const feed = await readOut(result, "feed.xml");
  assert.doesNotMatch(feed, /<script>|<b>bold/);
  const csv = await readOut(result, "data/casualties.csv");
  for (const line of csv.split("\r\n").slice(1).filter(Boolean)) assert.match(line, /,"'=HYPERLINK\(""http:\/\/evil\.example""\)",/, "formula neutralised");
  for (const page of ["index.html", "articles/index.html", "timeline/index.html", "casualties/index.html", `sources/${(await readdir(join(result.outDir, "sources"))).find((s) => s !== "index.html")}/index.html`]) {
    const html = await readOut(result, page);
    assert.doesNotMatch(html, /<script>alert|<b>bold|onerror=/, page);
  }
});
