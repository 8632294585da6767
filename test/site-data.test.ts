// The site's data on purpose-made records: sentence highlighting, CSV safety, the chart's marks, the
// indexes that link pages, and that the whole computation stays linear for a large archive.
import { test } from "node:test";
import assert from "node:assert/strict";
import { highlightSentences, markedBody } from "../src/site/highlight.ts";
import { csvCell, csvRow } from "../src/site/csv.ts";
import { buildChart, shapeFor } from "../src/site/chart.ts";
import { buildSiteData, UNKNOWN_SOURCE_ID } from "../src/site/site-data.ts";
import { jsonScript } from "../src/site/filters.ts";
import type { Article, Casualty, Place } from "../src/records/types.ts";

const place = (id: string, name: string, extra: Partial<Place> = {}): Place => ({ id, name, kind: "city", country: "PE", lat: -15.5, lon: -70.1, mentions: 1, spellings: [name], region: "Puno", ...extra });
const claim = (sentence: string, extra: Partial<Casualty> = {}): Casualty => ({ count: 18, qualifier: "at least", kind: "killed", who: "people", place: null, date: null, total: false, estimate: null, sentence, ...extra });

function article(id: string, extra: Partial<Article> = {}): Article {
  return {
    id,
    file: `${id}.txt`,
    title: `Title ${id}`,
    titleSource: "text",
    subtitle: null,
    date: "2023-01-10",
    dateSource: "text",
    source: "Daily News",
    author: null,
    url: null,
    lang: "en",
    places: [],
    casualties: [],
    excerpt: "An excerpt.",
    wordCount: 100,
    warnings: [],
    errors: [],
    paragraphs: [],
    html: "<p>Body.</p>",
    hash: id,
    ...extra,
  };
}

test("a sentence is marked in the body across inline markup and entities, and nothing unescaped gets in", () => {
  const html = '<p>Before. On <em>January 9</em>, police killed &#x3C;at least&#x3E; 18 in Juliaca &#x26; Puno. After.</p>';
  const { html: out, anchors } = highlightSentences(html, [{ text: "On January 9, police killed <at least> 18 in Juliaca & Puno.", id: "claim-1" }]);
  assert.equal(anchors.get("claim-1"), "claim-1");
  assert.equal(out, '<p>Before. <mark class="claim" id="claim-1">On </mark><em><mark class="claim">January 9</mark></em><mark class="claim">, police killed &lt;at least&gt; 18 in Juliaca &amp; Puno.</mark> After.</p>');
  // Tags are never split: every element opened is closed in order.
  const stack: string[] = [];
  for (const m of out.matchAll(/<(\/?)([a-z]+)[^>]*>/g)) {
    if (m[1]) assert.equal(stack.pop(), m[2]);
    else stack.push(m[2]);
  }
  assert.deepEqual(stack, []);
});

test("sentences that differ from the body in quotes and spacing still match; absent or tiny ones do not", () => {
  const html = "<p>He said “dozens were injured”  in the\nclashes.</p><p>Two died.</p>";
  const { html: out, anchors } = highlightSentences(html, [
    { text: 'He said "dozens were injured" in the clashes.', id: "claim-1" },
    { text: "Nothing like this is in the text.", id: "claim-2" },
    { text: "Two.", id: "claim-3" },
  ]);
  assert.match(out, /<mark class="claim" id="claim-1">He said “dozens were injured”  in the\nclashes\.<\/mark>/);
  assert.equal(anchors.get("claim-2"), undefined);
  assert.equal(anchors.get("claim-3"), undefined);
});

test("figures that share a sentence share its mark; a sentence across paragraphs is marked in each", () => {
  const html = "<p>At least 41 were killed and about</p>\n<p>600 wounded.</p>";
  const s = "At least 41 were killed and about 600 wounded.";
  const { html: out, anchors } = highlightSentences(html, [
    { text: s, id: "claim-1" },
    { text: s, id: "claim-2" },
  ]);
  assert.equal(anchors.get("claim-2"), "claim-1");
  assert.equal(out, '<p><mark class="claim" id="claim-1">At least 41 were killed and about</mark></p>\n<p><mark class="claim">600 wounded.</mark></p>');
});

test("CSV cells are quoted when needed and cannot start a spreadsheet formula", () => {
  assert.equal(csvCell('say "hi", then\nleave'), '"say ""hi"", then\nleave"');
  assert.equal(csvCell("=HYPERLINK(\"http://x\")"), `"'=HYPERLINK(""http://x"")"`);
  for (const bad of ["+1", "-2+3", "@SUM(A1)", "\tx", "\rx"]) assert.ok(csvCell(bad).replace(/^"/, "").startsWith("'"), bad);
  assert.equal(csvCell(-5), "-5");
  assert.equal(csvCell(null), "");
  assert.equal(csvCell(true), "true");
  assert.equal(csvRow(["a", 1, null]), "a,1,\r\n");
});

test("jsonScript keeps text from closing the script element", () => {
  const out = jsonScript({ headline: "</script><script>alert(1)</script> & \u2028" });
  assert.doesNotMatch(out, /<|>|&|\u2028/);
  assert.deepEqual(JSON.parse(out), { headline: "</script><script>alert(1)</script> & \u2028" });
});

test("the chart marks qualifiers by shape and places points in date order inside the plot", () => {
  assert.equal(shapeFor("exact"), "circle");
  assert.equal(shapeFor("at least"), "triangle");
  assert.equal(shapeFor("over"), "triangle");
  assert.equal(shapeFor("about"), "diamond");
  const chart = buildChart([
    { date: "2023-01-20", value: 50, qualifier: "over", estimated: false, total: true, href: "/a/", label: "a" },
    { date: "2022-12-10", value: 7, qualifier: "exact", estimated: false, total: true, href: "/b/", label: "b" },
    { date: "2023-01-01", value: 12, qualifier: "at least", estimated: true, total: false, href: "/c/", label: "c" },
  ]);
  assert.deepEqual(chart.points.map((p) => p.href), ["/b/", "/c/", "/a/"]);
  for (const p of chart.points) {
    assert.ok(p.x >= chart.plot.left && p.x <= chart.plot.right, `x ${p.x}`);
    assert.ok(p.y >= chart.plot.top && p.y <= chart.plot.bottom, `y ${p.y}`);
  }
  assert.ok(chart.points[0].y > chart.points[2].y, "a larger toll is drawn higher");
  assert.match(chart.totalsLine, /^M[\d.]+,[\d.]+L[\d.]+,[\d.]+$/);
  assert.ok(chart.yTicks.at(-1)!.label === "60" || Number(chart.yTicks.at(-1)!.label) >= 50);
  assert.ok(chart.xTicks.some((t) => /2023/.test(t.label)));
});

test("site data links articles: neighbours by date, sources with an unknown group, places told apart, figures placed", () => {
  const juliaca = place("juliaca", "Juliaca");
  const punoCity = place("puno", "Puno");
  const punoRegion = place("puno-region", "Puno", { kind: "region", lat: -15, lon: -70 });
  const records = [
    article("a", { date: "2023-01-05", places: [juliaca, punoCity], casualties: [claim("Police killed at least 18 people in Juliaca.", { place: "Juliaca", date: "2023-01-09" })], html: "<p>Police killed at least 18 people in Juliaca.</p>" }),
    article("b", { date: "2023-01-20", source: null, places: [juliaca, punoRegion], casualties: [claim("The death toll rose to 47.", { count: 47, qualifier: "exact", total: true })], html: "<p>The death toll rose to 47.</p>" }),
    article("c", { date: null, dateSource: null, places: [punoCity] }),
  ];
  const site = buildSiteData(records, { siteUrl: "https://example.org/archive" });
  assert.deepEqual(site.articles.map((a) => a.id), ["b", "a", "c"]);
  const [b, a, c] = site.articles;
  assert.equal(b.older?.id, "a");
  assert.equal(a.newer?.id, "b");
  assert.equal(a.older?.id, "c");
  assert.equal(b.newer, null);
  assert.equal(b.absoluteUrl, "https://example.org/archive/articles/b/");
  assert.equal(b.sourceId, UNKNOWN_SOURCE_ID);
  assert.equal(site.sources.at(-1)!.name, "Unknown source");
  assert.deepEqual(site.months.map((m) => m.id), ["2023-01", "undated"]);
  // Two places named Puno: the city keeps the name, the region says what it is.
  const labels = Object.fromEntries(site.places.map((p) => [p.place.id, p.label]));
  assert.equal(labels["puno"], "Puno");
  assert.equal(labels["puno-region"], "Puno (region)");
  // The figure in Juliaca is on Juliaca's page, dated on the timeline, and marked in its article.
  const j = site.places.find((p) => p.place.id === "juliaca")!;
  assert.equal(j.claims.length, 1);
  assert.equal(j.claims[0].anchor, "claim-1");
  assert.match(markedBody(a), /<mark class="claim" id="claim-1">Police killed/);
  const day = site.timeline.flatMap((m) => m.days).find((d) => d.date === "2023-01-09")!;
  assert.equal(day.events[0].figure, "at least 18");
  assert.deepEqual(new Set(a.related.map((r) => r.id)), new Set(["b", "c"]));
  assert.deepEqual(b.related.find((r) => r.id === "a")?.shared, ["Juliaca"]);
  assert.equal(site.latestToll?.article.id, "b");
  assert.equal(site.latestToll?.figure, "47");
  assert.equal(c.monthLabel, "Undated");
  // The public records are the contract's shape: no site-only fields.
  for (const r of site.records) for (const k of ["html", "hash", "paragraphs", "path", "claims"]) assert.ok(!(k in r), k);
  const gj = site.geojson as { features: { geometry: { coordinates: number[] }; properties: { articles: number } }[] };
  assert.equal(gj.features.length, 3);
  assert.deepEqual(gj.features.find((f) => f.properties.articles === 2)!.geometry.coordinates, [-70.1, -15.5]);
});

test("site data for 10,000 articles is computed in linear time", () => {
  const places = Array.from({ length: 300 }, (_, i) => place(`p${i}`, `Place ${i}`, { lat: -5 - (i % 13), lon: -80 + (i % 11) }));
  const peru = place("peru", "Peru", { kind: "country", lat: -10, lon: -76 });
  const make = (n: number) =>
    Array.from({ length: n }, (_, i) =>
      article(`a${i}`, {
        date: `20${20 + (i % 4)}-${String((i % 12) + 1).padStart(2, "0")}-${String((i % 28) + 1).padStart(2, "0")}`,
        source: `Source ${i % 40}`,
        places: [peru, places[i % 300], places[(i * 7) % 300]],
        casualties: [claim(`Police killed at least ${i % 90} people in the city of number ${i}.`, { count: i % 90, total: i % 3 === 0 })],
        html: `<p>Some text first. Police killed at least ${i % 90} people in the city of number ${i}. More text.</p>`,
      }),
    );
  const time = (n: number) => {
    const records = make(n);
    const t0 = performance.now();
    const site = buildSiteData(records);
    const ms = performance.now() - t0;
    assert.equal(site.articles.length, n);
    return ms;
  };
  time(200); // warm up (maps, JIT)
  const small = time(1000);
  const large = time(10000);
  assert.ok(large < 8000, `10,000 articles took ${large.toFixed(0)} ms`);
  // Ten times the articles should cost about ten times as much; quadratic work would cost 100×.
  assert.ok(large < small * 30 + 500, `1,000: ${small.toFixed(0)} ms, 10,000: ${large.toFixed(0)} ms`);
});

test("a large archive's figures and timeline are split into month pages of bounded size", () => {
  const records = Array.from({ length: 700 }, (_, i) =>
    article(`m${i}`, {
      date: i < 600 ? "2023-01-15" : "2023-02-01",
      casualties: [1, 2, 3].map((k) => claim(`Police killed at least ${k + i} people there in case ${i}-${k}.`, { count: k + i })),
    }),
  );
  const site = buildSiteData(records);
  assert.equal(site.claimsPaged, true);
  const jan = site.claimPages.filter((p) => p.month.id === "2023-01");
  assert.deepEqual(jan.map((p) => p.path), ["/casualties/2023-01/", "/casualties/2023-01/2/"]);
  assert.equal(jan[0].claims.length + jan[1].claims.length, 1800);
  assert.ok(site.claimPages.every((p) => p.claims.length <= 1500));
  assert.equal(site.claimPages.find((p) => p.month.id === "2023-02")?.of, 1);
  assert.ok(site.chart.points.length <= 3000 || site.chart.points.length === site.claims.length);
});
