// Arbitrary text through the whole extraction (bytes → seed → record → body HTML): it never throws,
// always yields a record that validates, never lets markup into a record, and takes time linear in
// the input, so no regex anywhere backtracks catastrophically on what a scraper or a prankster sends.
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { seedFromBytes } from "../src/ingest/read-seeds.ts";
import { stripMarkup } from "../src/ingest/markup.ts";
import { buildRecord, publicRecord } from "../src/records/build-record.ts";
import { renderBody } from "../src/records/render-body.ts";
import { validateRecord } from "../src/records/validate.ts";

const enc = (s: string) => new TextEncoder().encode(s);

/** Pieces of real articles, page chrome, Markdown, HTML and the characters that trip parsers. */
const FRAGMENTS = [
  "Protesters in Juliaca", "At least 18 people were killed", "dozens were injured", "more than 1,000 arrested", "on January 9, 2023", "2023-01-09",
  "By Jane Roe", "Global Research", "Copyright 2023", "Share on Facebook", "Top of page", "Lima, Peru —", "Apurímac", "Cusco", "Puno", "Dina Boluarte",
  "the death toll rose to 47", "one hundred and twenty", "hundreds of", "nearly 60", "up to 5", "per cent", "$1.2 million", "aged 17",
  "# ", "## ", "### ", "> ", "- ", "* ", "1. ", "**", "__", "*", "_", "`", "```", "[", "]", "(", ")", "](", "![", "[link](#)", "[x](https://example.org/a)",
  "<", ">", "<b>", "</b>", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<a href=\"javascript:alert(1)\">x</a>", "<iframe src=x>",
  "<!--", "-->", "&amp;", "&lt;", "&#x3C;", "{{ 7*7 }}", "{% raw %}", "---\n", "---\ntitle: x\n---\n", "---\ndate: 2023-01-09\nplaces: [Puno]\n---\n",
  "\n", "\n\n", "\r\n", "\t", "  ", "\u00A0", "\uFEFF", "\u200B", "\u00AD", "\u2028", "\u202E", "\u0000", "\u0007", "\u001B[31m", "\u0085", "\uFFFD", "\uFFFF",
  "e\u0301", "é", "ñ", "“", "”", "’", "—", "…", "😀", "👍🏽", "中文", "العربية", "Ελληνικά", ".", ",", ";", ":", "!", "?", "...", "'", "\"", "\\", "/", "|", "#", "@", "%",
];

/** Text made of those pieces and random characters, sometimes with one piece repeated into a very long line. */
const articleText = fc.oneof(
  { weight: 4, arbitrary: fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: "grapheme", maxLength: 12 }), fc.string({ unit: "binary", maxLength: 6 })), { maxLength: 80 }).map((parts) => parts.join(" ")) },
  { weight: 2, arbitrary: fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 120 }).map((parts) => parts.join("")) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 400 }) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...FRAGMENTS), fc.integer({ min: 200, max: 3000 }), fc.constantFrom(...FRAGMENTS)).map(([a, n, b]) => `${b}\n\n${a.repeat(n)}`) },
);

/** Markup that would run in a browser, or mark where a consumer of the data could be fooled into running it. */
const ACTIVE_MARKUP = /<\s*(script|iframe|img|svg|object|embed|a|b|div)\b|on(error|load|click)\s*=|javascript:/i;

function pipeline(text: string) {
  const record = buildRecord(seedFromBytes("property.txt", enc(text)));
  const html = renderBody(record.paragraphs);
  return { record, html };
}

test("any text yields a well-formed record and body, without throwing", () => {
  fc.assert(
    fc.property(articleText, (text) => {
      const { record, html } = pipeline(text);
      assert.deepEqual(validateRecord(record), []);
      assert.equal(typeof html, "string");
      assert.doesNotMatch(html, /<script|<iframe|onerror=|javascript:/i);
    }),
    { numRuns: 250 },
  );
});

test("any bytes yield a well-formed record, without throwing", () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
      const record = buildRecord(seedFromBytes("bytes.txt", bytes));
      assert.deepEqual(validateRecord(record), []);
    }),
    { numRuns: 300 },
  );
});

test("no markup survives into a record's text fields", () => {
  fc.assert(
    fc.property(articleText, (text) => {
      const { record } = pipeline(text);
      const { warnings: _w, errors: _e, file: _f, ...fields } = publicRecord(record);
      assert.doesNotMatch(JSON.stringify(fields), ACTIVE_MARKUP);
    }),
    { numRuns: 200 },
  );
});

test("stripping markup twice changes nothing, even where a removed tag joins its neighbours into a new one", () => {
  for (const text of ['<<a href="javascript:alert(1)">x</a>-->', "<<b>script>alert(1)<</b>/script>", "a <<i>p</i>> b"]) {
    const once = stripMarkup(text).text;
    assert.equal(stripMarkup(once).text, once, text);
  }
});

test("stripping markup is idempotent and never adds characters", () => {
  fc.assert(
    fc.property(articleText, (text) => {
      const once = stripMarkup(text).text;
      assert.equal(stripMarkup(once).text, once);
      assert.ok(once.length <= text.length + (text.match(/</g)?.length ?? 0) * 2);
    }),
    { numRuns: 300 },
  );
});

/** The fastest of a few runs: the least noisy estimate of what the work itself costs. */
function fastest(fn: () => void, runs = 3): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

// Linear work on 8× the input takes ~8× the time; quadratic takes ~64×. The bound (16×, plus a
// floor for inputs too small to time) sits far from both, so it flags backtracking, not noise.
const RATIO = 16;
const FLOOR_MS = 25;

test("extraction time is linear in the input (8× the text, < 16× the time)", () => {
  pipeline(FRAGMENTS.join(" ").repeat(20)); // warm the JIT and the lazy tables
  fc.assert(
    fc.property(articleText, (text) => {
      fc.pre(text.trim().length >= 20);
      const unit = text.repeat(Math.ceil(4000 / text.length));
      const big = `${unit}\n\n`.repeat(8);
      let t1 = fastest(() => pipeline(unit));
      let t8 = fastest(() => pipeline(big), 2);
      if (t8 >= RATIO * Math.max(t1, FLOOR_MS)) {
        t1 = Math.min(t1, fastest(() => pipeline(unit)));
        t8 = Math.min(t8, fastest(() => pipeline(big)));
      }
      assert.ok(t8 < RATIO * Math.max(t1, FLOOR_MS), `8× input took ${t8.toFixed(0)} ms, 1× ${t1.toFixed(0)} ms: ${JSON.stringify(text.slice(0, 80))}`);
    }),
    { numRuns: 15 },
  );
});

/** Inputs built to make a regex backtrack: long runs of what a pattern matches almost, but not quite. */
const ADVERSARIAL = [
  "a ", "1,", "1 ", "at least ", "at least 1, ", "more than ", "dozens ", "one hundred and ", "twenty-", "10 people were killed ",
  "A. ", "Mr. ", "By ", "January 1, 2023 ", "2023-01-01 ", "on Monday ", "Lima, ", "San ", ". ", "...", "--- ", "((((", ")",
  "<", "<a ", "<a b=c", "<script>", "<!--", "&", "**a", "_a", "`", "> ", "- ", "1. ", "“a ", "http://", "X, Y, ", "1990s ",
  "[", "![", "[a](", "[a]", "](",
];
const REPEATS = 50_000;

/**
 * The units whose 8× input costs more than 16× the time. A unit over the bound is measured again
 * before it is reported, so a garbage collection or a busy machine during one run is not a failure;
 * quadratic work stays ~64× however often it is measured.
 */
function linearOn(units: string[], repeats = REPEATS): string[] {
  const slow: string[] = [];
  pipeline("warm up " + ADVERSARIAL.join(" "));
  for (const u of units) {
    const small = u.repeat(repeats / 8);
    const large = u.repeat(repeats);
    let t1 = fastest(() => pipeline(small), 2);
    let t8 = fastest(() => pipeline(large), 1);
    const over = () => t8 > RATIO * Math.max(t1, FLOOR_MS);
    if (over()) {
      t1 = Math.min(t1, fastest(() => pipeline(small), 3));
      t8 = Math.min(t8, fastest(() => pipeline(large), 2));
    }
    if (over()) slow.push(`${JSON.stringify(u)} ×${repeats}: ${t8.toFixed(0)} ms (×${repeats / 8}: ${t1.toFixed(0)} ms)`);
  }
  return slow;
}

test(`adversarial inputs (${REPEATS.toLocaleString("en-US")} repetitions) take linear time`, () => {
  assert.deepEqual(linearOn(ADVERSARIAL), []);
});
