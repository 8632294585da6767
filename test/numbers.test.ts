// Number words and digits as the casualty extractor reads them: exact values, vague amounts with
// their conservative reading, and the glued suffixes that mark a number as something else.
import { test } from "node:test";
import assert from "node:assert/strict";
import { EN_NUMBERS, findNumbers, numberWordValue, parseDigits, parseNumber, tokenize, type NumberLocale } from "../src/extract/numbers.ts";

const found = (s: string) => findNumbers(tokenize(s)).map((m) => ({ text: m.text, value: m.value, estimate: m.estimate, suffix: m.suffix }));

test("digits: English thousands separators, decimals, malformed groups", () => {
  assert.equal(parseDigits("1,500"), 1500);
  assert.equal(parseDigits("28,960"), 28960);
  assert.equal(parseDigits("1,000,000"), 1_000_000);
  assert.equal(parseDigits("18"), 18);
  assert.equal(parseDigits("1.5"), 1.5);
  assert.equal(parseDigits("1,50"), null);
  assert.equal(parseDigits("12,3456"), null);
});

test("digits: a Spanish locale reads 1.500 as fifteen hundred (separators are data)", () => {
  const es: NumberLocale = { ...EN_NUMBERS, thousandsSep: ".", decimalSep: "," };
  assert.equal(parseDigits("1.500", es), 1500);
  assert.equal(parseDigits("2,5", es), 2.5);
  assert.equal(parseNumber("1.500", es), 1500);
});

test("number words: units, teens, tens, hyphenated and spaced compounds", () => {
  assert.equal(parseNumber("one"), 1);
  assert.equal(parseNumber("eighteen"), 18);
  assert.equal(parseNumber("Forty"), 40);
  assert.equal(parseNumber("twenty-five"), 25);
  assert.equal(parseNumber("twenty five"), 25);
});

test("number words: hundreds, thousands and 'and'", () => {
  assert.equal(parseNumber("one hundred and twenty"), 120);
  assert.equal(parseNumber("two thousand five hundred"), 2500);
  assert.equal(parseNumber("a hundred"), 100);
  assert.equal(parseNumber("a thousand"), 1000);
  assert.equal(parseNumber("1.5 million"), 1_500_000);
  assert.equal(parseNumber("3 thousand"), 3000);
});

test("dozens of a kind: a dozen, two dozen, half a dozen, a couple of", () => {
  assert.equal(parseNumber("a dozen"), 12);
  assert.equal(parseNumber("two dozen"), 24);
  assert.equal(parseNumber("half a dozen"), 6);
  assert.equal(parseNumber("a couple of"), 2);
});

test("not a number: articles alone, ordinals, repeated units, vague words, ordinary words", () => {
  assert.equal(parseNumber("a"), null);
  assert.equal(parseNumber("fifth"), null);
  assert.equal(parseNumber("tenth"), null);
  assert.equal(parseNumber("five five"), null);
  assert.equal(parseNumber("dozens"), null);
  assert.equal(parseNumber("police"), null);
  assert.equal(parseNumber("10th"), null);
  // prototype names must not be read as number words
  assert.equal(parseNumber("constructor"), null);
  assert.equal(numberWordValue("toString"), undefined);
  assert.equal(numberWordValue("seven"), 7);
});

test("vague amounts carry ACLED's conservative reading, or none", () => {
  const est = (s: string) => found(s).map((m) => [m.text.toLowerCase(), m.value, m.estimate]);
  assert.deepEqual(est("Dozens were hurt"), [["dozens", null, 12]]);
  assert.deepEqual(est("tens of people"), [["tens", null, 10]]);
  assert.deepEqual(est("scores of people"), [["scores", null, 20]]);
  assert.deepEqual(est("hundreds of arrests"), [["hundreds", null, 100]]);
  assert.deepEqual(est("thousands marched"), [["thousands", null, 1000]]);
  assert.deepEqual(est("tens of thousands of citizens"), [["tens of thousands", null, 10000]]);
  assert.deepEqual(est("untold numbers of people"), [["untold numbers", null, null]]);
  assert.deepEqual(est("numerous people"), [["numerous", null, null]]);
  assert.deepEqual(est("many arrests"), [["many", null, null]]);
});

test("vague words that are parts of phrases are not amounts", () => {
  // "as many as 30" is a qualifier on 30; "tens" alone is not "tens of"
  assert.deepEqual(found("as many as 30 people").map((m) => m.text), ["30"]);
  assert.deepEqual(found("in the tens"), []);
});

test("glued suffixes are kept so callers can reject ordinals, ages and units", () => {
  assert.deepEqual(found("the 10th week").map((m) => m.suffix), ["th"]);
  assert.deepEqual(found("a 16-year-old").map((m) => m.suffix), ["-year-old"]);
  assert.deepEqual(found("5km away").map((m) => m.suffix), ["km"]);
  assert.deepEqual(found("18 people").map((m) => m.suffix), [""]);
});

test("mentions are found left to right without overlapping", () => {
  assert.deepEqual(
    found("over a dozen were arrested and 1,500 marched, some 20 twenty-two").map((m) => m.value),
    [12, 1500, 20, 22],
  );
});

test("tokens keep their offsets and a lower-case form without the possessive", () => {
  const s = "Peru’s 24 regions -- (Jan. 20)";
  const t = tokenize(s);
  assert.deepEqual(t.map((x) => x.low), ["peru", "24", "regions", "--", "(", "jan", ".", "20", ")"]);
  for (const x of t) assert.equal(s.slice(x.start, x.end), x.text);
});

test("thousands set off by spaces: '1 301', '11 800' (a no-break or thin space too)", () => {
  const nums = (s: string) => tokenize(s).filter((t) => t.type === "num").map((t) => t.text);
  assert.deepEqual(nums("han atendido a 1 301 heridos"), ["1 301"]);
  assert.deepEqual(nums("11\u00a0800 policías y 2\u202f000 soldados"), ["11\u00a0800", "2\u202f000"]);
  assert.deepEqual(nums("in 2023 100 people"), ["2023", "100"]);
  assert.deepEqual(nums("1 2 3"), ["1", "2", "3"]);
  assert.equal(parseDigits("1 301"), 1301);
});
