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
  return `the file is ${size.toLocaleString("en-US")} bytes (${(size / 1048576).toFixed(1)} MB), over the ${MAX_SEED_BYTES / 1048576} MB limit for one article: split it, or check it is really an article`;
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

/**
 * Characters no article needs and some outputs cannot hold: C0/C1 controls (XML 1.0 forbids them, so
 * one would break the Atom feed; ESC could rewrite a terminal showing the build report) and the
 * non-characters U+FFFE/U+FFFF. Tab and newline stay; form and vertical feeds become newlines.
 */
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/g;

/** any character normalizeText rewrites or removes (most seeds hold none: one test spares six passes) */
const NEEDS_CLEANING = /[\r\u2028\u2029\f\v\u200B\u200C\u200D\u2060\u00AD\u00A0\u0000-\u0008\u000E-\u001F\u007F-\u009F\uFEFF\uFFFE\uFFFF]/;

export function normalizeText(text: string): string {
  if (!NEEDS_CLEANING.test(text)) return text.normalize("NFC");
  return text
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .replace(/[\u2028\u2029\f\v]/g, "\n")
    // Invisible characters scraped pages carry (zero-width spaces, soft hyphens) break word matching.
    .replace(/[\u200B\u200C\u200D\u2060\u00AD]/g, "")
    .replace(CONTROL, "")
    .replace(/\u00A0/g, " ")
    .normalize("NFC");
}

/** Single-byte encodings of Western European text, which all decode best as Windows-1252 (a superset of Latin-1's printable range). */
const WESTERN = /^(iso-8859-1|iso-8859-15|windows-1252|ascii)$/;

/**
 * The encoding of bytes that are not UTF-8. chardet's guess is trusted only when it is confident:
 * on a short Western text its runner-up guesses are noise ("Apurímac" alone reads as Shift_JIS at
 * 10% confidence), and Windows-1252 is what non-UTF-8 Western web pages almost always are.
 */
function guessEncoding(bytes: Uint8Array): string {
  const top = chardet.analyse(bytes)[0];
  if (!top) return "windows-1252";
  const name = top.name.toLowerCase();
  if (WESTERN.test(name) || name.startsWith("utf") || top.confidence < 50 || !iconv.encodingExists(name)) return "windows-1252";
  return name;
}

export function decodeSeed(bytes: Uint8Array): Decoded {
  const warnings: string[] = [];
  if (bytes.length === 0) return { text: null, encoding: "none", warnings, errors: ["the file is empty: add the article's text, or delete the file"] };
  if (bytes.length > MAX_SEED_BYTES) return { text: null, encoding: "none", warnings, errors: [tooLarge(bytes.length)] };

  let text: string;
  let encoding = "utf-8";
  // Windows editors save "Unicode" as UTF-16 with a byte-order mark; its NUL bytes would otherwise read as binary.
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? "utf-16le" : bytes[0] === 0xfe && bytes[1] === 0xff ? "utf-16be" : null;
  if (utf16) {
    encoding = utf16;
    text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), utf16);
    warnings.push(`the file is ${utf16.toUpperCase()}; converted it: save it as UTF-8 to silence this warning`);
  } else {
    if (looksBinary(bytes)) return { text: null, encoding: "binary", warnings, errors: ["the file is binary, not text: save the article as plain text (.txt) or Markdown (.md)"] };
    try {
      text = utf8.decode(bytes);
    } catch {
      encoding = guessEncoding(bytes);
      text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
      warnings.push(`the file is not UTF-8; decoded it as ${encoding}: check accented letters, and save it as UTF-8 to silence this warning`);
    }
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) encoding += " (BOM)";
  }
  const controls = NEEDS_CLEANING.test(text) ? text.match(CONTROL)?.length ?? 0 : 0;
  text = normalizeText(text);
  if (controls) warnings.push(`the file holds ${controls} invisible control character${controls === 1 ? "" : "s"}; removed ${controls === 1 ? "it" : "them"}`);
  if (!text.trim()) return { text: null, encoding, warnings, errors: ["the file holds only whitespace: add the article's text, or delete the file"] };
  return { text, encoding, warnings, errors: [] };
}
