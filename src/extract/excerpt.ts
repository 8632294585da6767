// A short summary for lists, feeds and search results: the opening of the body, cut at a sentence
// (or failing that a word) boundary so it never ends mid-word.
import { splitSentences } from "./sentences.ts";

export const EXCERPT_LENGTH = 280;
const ODD_SPACE = /[^\S ]| \s/;

export function extractExcerpt(paragraphs: string[], max = EXCERPT_LENGTH): string {
  // Only the opening is needed: joining the whole body costs more than the rest of this function.
  let text = "";
  for (const p of paragraphs) {
    text = text ? text + " " + p : p;
    if (text.length > max * 3) break;
  }
  // Replacing every single space with itself cost more than splitting the sentences, so only text
  // with another kind of space, or a run of them, is rewritten.
  if (ODD_SPACE.test(text)) text = text.replace(/\s+/g, " ");
  text = text.trim();
  if (text.length <= max) return text;
  let out = "";
  for (const s of splitSentences(text.slice(0, max * 3))) {
    if (out && out.length + 1 + s.length > max) break;
    if (!out && s.length > max) break;
    out = out ? out + " " + s : s;
  }
  if (out) return out;
  const cut = text.lastIndexOf(" ", max - 1);
  return text.slice(0, cut > max / 2 ? cut : max - 1).replace(/[\s,;:—–-]+$/, "") + "…";
}

// Letter-or-digit by char code, classified once per code unit: a Unicode regex match over every
// paragraph allocated an array of all its words and was a tenth of the whole pipeline's time.
const LETTER_OR_DIGIT = new Uint8Array(0x10000); // 0 unknown, 1 yes, 2 no
const LN = /[\p{L}\p{N}]/u;
for (let c = 0; c < 128; c++) LETTER_OR_DIGIT[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 2;
function classify(c: number): number {
  return (LETTER_OR_DIGIT[c] = LN.test(String.fromCharCode(c)) ? 1 : 2);
}
/** inside a word, these join its parts: "don't", "1,500", "twenty-five", "U.S." */
function isJoiner(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 46 || c === 44 || c === 45;
}

/** Words as a reader counts them: runs of letters or digits, including accented letters. */
export function countWords(paragraphs: string[]): number {
  const table = LETTER_OR_DIGIT;
  let n = 0;
  for (const p of paragraphs) {
    let inWord = false;
    const len = p.length;
    for (let i = 0; i < len; i++) {
      const c = p.charCodeAt(i);
      let t = table[c];
      if (t === 0) {
        if (c >= 0xd800 && c <= 0xdbff) {
          // an astral character (or a lone high surrogate) counts as one, whatever follows it
          t = LN.test(String.fromCodePoint(p.codePointAt(i)!)) ? 1 : 2;
          i++;
        } else t = classify(c);
      }
      if (t === 1) {
        if (!inWord) n++;
        inWord = true;
      } else if (!(inWord && isJoiner(p.charCodeAt(i)))) inWord = false;
    }
  }
  return n;
}
