// Turns a seed's bytes into clean text. Seeds come from scrapers and copy-paste, so the bytes may be
// UTF-8 with a BOM, Windows line ends, Latin-1/Windows-1252, or not text at all; each case gets a
// warning or an error that names what happened instead of a page of mojibake.
import chardet from "chardet";
import iconv from "iconv-lite";

export interface Decoded {
  text: string | null;
  encoding: string;
  warnings: string[];
  errors: string[];
}

/** Seeds larger than this are refused: a news article is tens of kB, so a bigger file is almost surely a mistake (a PDF, a dump, a video). */
export const MAX_SEED_BYTES = 2 * 1024 * 1024;

export function tooLarge(size: number): string {
  return `the file is ${(size / 1048576).toFixed(1)} MB, over the ${MAX_SEED_BYTES / 1048576} MB limit for one article: split it or check it is really an article`;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** True when the bytes look like a binary file rather than text: NUL bytes or many control characters. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32) || b === 127) control++;
  }
  return n > 0 && control / n > 0.05;
}

export function normalizeText(text: string): string {
  return text
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .replace(/[\u2028\u2029]/g, "\n")
    // Invisible characters scraped pages carry (zero-width spaces, soft hyphens) break word matching.
    .replace(/[\u200B\u200C\u200D\u2060\u00AD]/g, "")
    .replace(/\u00A0/g, " ")
    .normalize("NFC");
}

export function decodeSeed(bytes: Uint8Array): Decoded {
  const warnings: string[] = [];
  if (bytes.length === 0) return { text: null, encoding: "none", warnings, errors: ["the file is empty: add the article's text, or delete the file"] };
  if (bytes.length > MAX_SEED_BYTES) return { text: null, encoding: "none", warnings, errors: [tooLarge(bytes.length)] };
  if (looksBinary(bytes)) return { text: null, encoding: "binary", warnings, errors: ["the file is binary, not text: save the article as plain text (.txt) or Markdown (.md)"] };

  let text: string;
  let encoding = "utf-8";
  try {
    text = utf8.decode(bytes);
  } catch {
    // Not valid UTF-8: ask chardet, and fall back to Windows-1252 (a superset of Latin-1 for
    // printable text), which is what most non-UTF-8 Western European web pages are.
    const guess = (chardet.detect(bytes) ?? "windows-1252").toLowerCase();
    encoding = /^(iso-8859-1|windows-1252|iso-8859-15)$/.test(guess) || !iconv.encodingExists(guess) || guess.startsWith("utf") ? "windows-1252" : guess;
    text = iconv.decode(Buffer.from(bytes), encoding);
    warnings.push(`the file is not UTF-8; decoded it as ${encoding}: check accented letters, and save it as UTF-8 to silence this warning`);
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) encoding += " (BOM)";
  text = normalizeText(text);
  if (!text.trim()) return { text: null, encoding, warnings, errors: ["the file holds only whitespace: add the article's text, or delete the file"] };
  return { text, encoding, warnings, errors: [] };
}
