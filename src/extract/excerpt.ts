// A short summary for lists, feeds and search results: the opening of the body, cut at a sentence
// (or failing that a word) boundary so it never ends mid-word.
import { splitSentences } from "./sentences.ts";

export const EXCERPT_LENGTH = 280;

export function extractExcerpt(paragraphs: string[], max = EXCERPT_LENGTH): string {
  const text = paragraphs.join(" ").replace(/\s+/g, " ").trim();
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

/** Words as a reader counts them: runs of letters or digits, including accented letters. */
export function countWords(paragraphs: string[]): number {
  let n = 0;
  for (const p of paragraphs) n += p.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,-]*/gu)?.length ?? 0;
  return n;
}
