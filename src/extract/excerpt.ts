// A short summary for lists, feeds and search results: the opening of the body, cut at a sentence
// (or failing that a word) boundary so it never ends mid-word.
import { splitSentences } from "./sentences.ts";

export const EXCERPT_LENGTH = 280;

export function extractExcerpt(paragraphs: string[], max = EXCERPT_LENGTH): string {
  // Only the opening is needed: joining the whole body costs more than the rest of this function.
  let text = "";
  for (const p of paragraphs) {
    text = text ? text + " " + p : p;
    if (text.length > max * 3) break;
  }
  text = text.replace(/\s+/g, " ").trim();
  if (text.length <= max) return text;
  let out = "";
  for (const s of splitSentences(text.slice(0, max * 3))) {
    if (out && (out + " " + s).length > max) break;
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
function isLetterOrDigit(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c >= 0xd800 && c <= 0xdbff) return LN.test(String.fromCodePoint(s.codePointAt(i)!));
  if (!LETTER_OR_DIGIT[c]) LETTER_OR_DIGIT[c] = LN.test(String.fromCharCode(c)) ? 1 : 2;
  return LETTER_OR_DIGIT[c] === 1;
}
/** inside a word, these join its parts: "don't", "1,500", "twenty-five", "U.S." */
const JOINERS = new Set(["'".charCodeAt(0), "’".charCodeAt(0), ".".charCodeAt(0), ",".charCodeAt(0), "-".charCodeAt(0)]);

/** Words as a reader counts them: runs of letters or digits, including accented letters. */
export function countWords(paragraphs: string[]): number {
  let n = 0;
  for (const p of paragraphs) {
    let inWord = false;
    for (let i = 0; i < p.length; i++) {
      const astral = p.charCodeAt(i) >= 0xd800 && p.charCodeAt(i) <= 0xdbff;
      const yes = isLetterOrDigit(p, i);
      if (astral) i++;
      if (yes) {
        if (!inWord) n++;
        inWord = true;
      } else if (!(inWord && JOINERS.has(p.charCodeAt(i)))) inWord = false;
    }
  }
  return n;
}
