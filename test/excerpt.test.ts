// Excerpts and word counts: the cases the char-code scanner has to get right.
import { test } from "node:test";
import assert from "node:assert/strict";
import { countWords, extractExcerpt } from "../src/extract/excerpt.ts";

test("countWords: joiners inside words, accented letters, digits, other scripts and astral characters", () => {
  assert.equal(countWords(["don't stop: 1,500 U.S. troops, twenty-five of them"]), 8);
  assert.equal(countWords(["Perú, año 2023 — ñandú"]), 4);
  assert.equal(countWords(["日本語 ١٢٣ Ελλάδα"]), 3);
  assert.equal(countWords(["🙂 word 🙂. 𝐀𝐁 x"]), 3, "a mathematical bold letter is a letter, an emoji is not");
  assert.equal(countWords(["a. , - b", "", "c"]), 3, "a joiner not followed by a letter does not join");
  assert.equal(countWords(["x\ud800.y"]), 1, "a lone surrogate swallows the character after it");
  assert.equal(countWords([]), 0);
});

test("extractExcerpt: short bodies whole, long ones cut at a sentence or else a word", () => {
  assert.equal(extractExcerpt(["One  short\nparagraph.", "Two."]), "One short paragraph. Two.");
  assert.equal(extractExcerpt(["No-break\u00a0space,\ttab ", " and ends "]), "No-break space, tab and ends");
  const long = Array.from({ length: 30 }, (_, i) => `Sentence ${i} says something fairly ordinary here.`).join(" ");
  const e = extractExcerpt([long]);
  assert.ok(e.length <= 280 && e.endsWith("here."), e);
  assert.equal(extractExcerpt([long], 60), "Sentence 0 says something fairly ordinary here.");
  const noStop = "word ".repeat(100).trim();
  const cut = extractExcerpt([noStop], 50);
  assert.ok(cut.endsWith("word…") && cut.length <= 50, cut);
});
