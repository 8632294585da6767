// The sentence splitter reimplements sbd's rules for speed; sbd stays a dev dependency only so this
// file can hold the two to the same output on real text and on random strings of tricky words.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import sbd from "sbd";
import { ABBREVIATIONS, splitParagraphs, splitSentences } from "../src/extract/sentences.ts";
import { segment } from "../src/extract/layout.ts";
import { PROJECT_ROOT } from "../src/build/paths.ts";

/** the splitter as it was when it called sbd */
function viaSbd(text: string): string[] {
  const out: string[] = [];
  for (const para of text.split(/\n\s*\n/)) {
    const p = para.replace(/\s*\n\s*/g, " ").trim();
    if (!p) continue;
    const options = { preserve_whitespace: false, newline_boundaries: true, abbreviations: ABBREVIATIONS };
    let sentences: string[];
    try {
      sentences = sbd.sentences(p, options);
    } catch {
      // sbd throws on a paragraph that is nothing but "----" rules or its "@~@" marker: no sentence there
      sentences = [];
    }
    for (const s of sentences) if (s.trim()) out.push(s.trim());
  }
  return out;
}

function texts(): string[] {
  const dirs = [join(PROJECT_ROOT, "seeds"), join(PROJECT_ROOT, "test/fixtures/es")];
  return dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith(".txt")).sort().map((f) => readFileSync(join(d, f), "utf8")));
}

test("sentences: same as sbd on every paragraph of the seeds and Spanish fixtures", () => {
  let n = 0;
  for (const text of texts()) {
    const paragraphs = new Set([...segment(text).plain, ...text.split(/\n\s*\n/), text]);
    for (const p of paragraphs) {
      assert.deepEqual(splitSentences(p), viaSbd(p), p.slice(0, 200));
      n++;
    }
  }
  assert.ok(n > 100, `only ${n} paragraphs`);
});

test("sentences: same as sbd on random runs of abbreviations, initials, numbers, quotes and odd spaces", () => {
  const words = ["Mr.", "J.", "U.S.", "EE.UU.", "1.5", "5.", "a.m.", "p.m.", "Monday", "The", "the", "A", "a", "said.", "said,", "end.Next",
    "Hola!Que", "why?", "wow!", "\"Quote", "“Quote", "quote.”", "quote.\"", "quote?\"", "(p.", "p.)", "etc.", "Jr.", "No.", "no.", "1.", "a.",
    "2023.", "12", "1,500", "www.example.com", "555-123-4567", "El", "¿Qué?", "¡Sí!", "...", ".", "!", "----", "@~@", "x", "Peru.", "ONU.",
    "Sra.", "Inc.", "'tis", "``x", "0x1F", "e.g.", "Ph.D.", "St.", "de", "\"", "”", "(U.S.)", "[a.]", "x.Y", "?a", "!a", ".com", "In", "é.",
    "Ñu", "ABC.", "Ab.", "“Hola.”", "Monday.", "1.5.", "said.)", "😀.", "Sept.", "v.", "I", "It", "1", "'Yes", "x.y.z", "+1", "==", "-", "#1", "a_b", "*", "--", "@"];
  const gaps = [" ", " ", " ", "  ", "\u00a0", "\t", " \n ", "\n\n", "\u2009"];
  let r = 7;
  const rnd = (n: number) => ((r = (r * 1103515245 + 12345) & 0x7fffffff), r % n);
  for (let k = 0; k < 20000; k++) {
    let s = "";
    for (let i = 0, n = 1 + rnd(14); i < n; i++) s += (i ? gaps[rnd(gaps.length)] : "") + words[rnd(words.length)];
    assert.deepEqual(splitSentences(s), viaSbd(s), JSON.stringify(s));
  }
  // one space apart and longer than the first few words: the indexOf path
  for (let k = 0; k < 20000; k++) {
    let s = "";
    for (let i = 0, n = 1 + rnd(30); i < n; i++) s += (i ? " " : "") + words[rnd(words.length)];
    assert.deepEqual(splitSentences(s), viaSbd(s), JSON.stringify(s));
  }
});

test("sentences: abbreviations, initials, initialisms and numbers do not end a sentence", () => {
  assert.deepEqual(splitSentences("Mr. Smith met Dr. Jones in the U.S. Embassy. They left at 5 p.m. Monday. Prices rose 1.5 percent."), [
    "Mr. Smith met Dr. Jones in the U.S. Embassy.",
    "They left at 5 p.m. Monday.",
    "Prices rose 1.5 percent.",
  ]);
  assert.deepEqual(splitSentences("La Sra. Quispe habló con la ONU. Después viajó a Lima por una semana. ¿Volverá? Nadie lo sabe."), [
    "La Sra. Quispe habló con la ONU.",
    "Después viajó a Lima por una semana.",
    "¿Volverá?",
    "Nadie lo sabe.",
  ]);
  assert.deepEqual(splitSentences("Police said J. Smith was held. He was released."), ["Police said J. Smith was held.", "He was released."]);
});

test("sentences: sbd's known slips are kept, so the benchmark corpus (built from split sentences) stays the same", () => {
  // "EE.UU." is not on the list and its second character is not a dot, so sbd ends the sentence there
  assert.deepEqual(splitSentences("Viajó a EE.UU. por una semana."), ["Viajó a EE.UU.", "por una semana."]);
  // a question or exclamation inside quotes does not end a sentence
  assert.deepEqual(splitSentences("\"Why?\" He left."), ["\"Why?\" He left."]);
});

test("sentences: blank lines end a sentence, single line breaks and runs of spaces become one space", () => {
  assert.deepEqual(splitSentences("First part\nof a sentence\n\nsecond paragraph  without a dot"), ["First part of a sentence", "second paragraph without a dot"]);
  assert.deepEqual(splitSentences(""), []);
  assert.deepEqual(splitSentences(" \n\n \t"), []);
  assert.deepEqual(splitSentences("----"), [], "sbd threw here");
  assert.deepEqual(splitSentences("Before. ==== After."), ["Before.", "After."]);
});

test("sentences: a very long paragraph", () => {
  const p = Array.from({ length: 20000 }, (_, i) => `Sentence number ${i} ends here.`).join(" ");
  const s = splitSentences(p);
  assert.equal(s.length, 20000);
  assert.equal(s[19999], "Sentence number 19999 ends here.");
});

test("paragraphs: blank-line separated, or one a line", () => {
  assert.deepEqual(splitParagraphs("a\nb\n\nc"), ["a b", "c"]);
  assert.deepEqual(splitParagraphs("a\nb\nc"), ["a", "b", "c"]);
});
