// Reading seeds: encodings, line ends, front matter and its types.
import { test } from "node:test";
import assert from "node:assert/strict";
import iconv from "iconv-lite";
import { seedFromBytes } from "../src/ingest/read-seeds.ts";

const enc = (s: string) => new TextEncoder().encode(s);

test("BOM, CRLF and decomposed accents are normalized", () => {
  const s = seedFromBytes("a.txt", enc("\uFEFFTitle line\r\n\r\nApuri\u0301mac region.\r\n"));
  assert.equal(s.body, "Title line\n\nApurímac region.\n");
  assert.deepEqual(s.errors, []);
});

test("Windows-1252 text is converted with a warning", () => {
  const s = seedFromBytes("b.txt", iconv.encode("Protests in Apurímac and Áncash continued on Monday, residents said.", "win1252"));
  assert.match(s.body, /Apurímac and Áncash/);
  assert.equal(s.warnings.length, 1);
  assert.match(s.warnings[0], /not UTF-8/);
});

test("empty, whitespace-only and binary files are errors that say so", () => {
  assert.match(seedFromBytes("e.txt", new Uint8Array()).errors[0], /empty/);
  assert.match(seedFromBytes("w.txt", enc(" \n\t\n")).errors[0], /only whitespace/);
  assert.match(seedFromBytes("p.txt", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d])).errors[0], /binary/);
});

test("front matter overrides are read and typed", () => {
  const s = seedFromBytes("f.md", enc("---\ntitle: My title\ndate: 2023-01-23\nsource: Global Research\nplaces: [Juliaca, Puno]\nurl: https://example.org/a\n---\nBody text here.\n"));
  assert.deepEqual(s.errors, []);
  assert.deepEqual(s.frontMatter, { title: "My title", date: "2023-01-23", source: "Global Research", places: ["Juliaca", "Puno"], url: "https://example.org/a" });
  assert.equal(s.body.trim(), "Body text here.");
});

test("front matter that does not parse, or of the wrong types, is an error naming the field", () => {
  assert.match(seedFromBytes("g.md", enc("---\ntitle: [unclosed\n---\nBody.\n")).errors[0], /front matter does not parse/);
  const wrong = seedFromBytes("h.md", enc("---\ndate: not a date\nplaces: 42\nid: ../../etc\n---\nBody.\n"));
  assert.equal(wrong.errors.length, 3);
  assert.match(wrong.errors.join("\n"), /'date' is not a date/);
  assert.match(wrong.errors.join("\n"), /'places' must be a list/);
  assert.match(wrong.errors.join("\n"), /'id' must be letters, digits and hyphens/);
});

test("a feed item saved as XML is read as the article it carries; clipping tools' field names are front matter too", () => {
  const xml = `<?xml version="1.0"?>\n<rss><channel>\n<title>Devex News</title>\n<link>https://www.devex.com/news</link>\n<description>Devex is the media platform for the global development community.</description>\n<item>\n<title>Aid groups scramble as Peru's roadblocks cut off the south</title>\n<pubDate>Wed, 21 Dec 2022 16:20:00 +0000</pubDate>\n<dc:creator>Mariana Castellanos</dc:creator>\n<description>Blockades are delaying food deliveries.</description>\n<content:encoded><![CDATA[<p>Humanitarian organizations working in Peru's southern Andes say roadblocks are delaying deliveries of food &amp; medicine.</p>]]></content:encoded>\n</item></channel></rss>`;
  const s = seedFromBytes("feed.xml.txt", Buffer.from(xml));
  assert.ok(s.body.startsWith("Aid groups scramble as Peru's roadblocks cut off the south"), s.body.slice(0, 80));
  assert.ok(s.body.includes("By Mariana Castellanos") && s.body.includes("Published Wed, 21 Dec 2022") && s.body.includes("Source: Devex"));
  assert.ok(s.body.includes("food & medicine") && !s.body.includes("<p>"));
  assert.ok(s.warnings.some((w) => /news feed/.test(w)));
  // (plain text is never read as a feed)
  assert.equal(seedFromBytes("a.txt", Buffer.from("Peru's <item> of news")).body, "Peru's <item> of news");
  const fm = seedFromBytes("t.txt", Buffer.from("---\ntitle: Peru's protests expose an old fault line\nsitename: Dialogue Earth\ndescription: Three months of unrest have hit copper output\n---\nText of the article."));
  assert.equal(fm.frontMatter.source, "Dialogue Earth");
  assert.equal(fm.frontMatter.subtitle, "Three months of unrest have hit copper output");
});
