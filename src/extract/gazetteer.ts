// The gazetteer as the extractor sees it: gazetteer.json (built by scripts/make-gazetteer.ts) is
// read once per process and turned into lookup tables here, so matching an article costs one pass
// over its tokens with a few Map lookups per capitalized word.
import { readFileSync } from "node:fs";
import type { Place } from "../records/types.ts";

/** A place as the gazetteer knows it: the record's Place without what a text adds (mentions, spellings). */
export interface GazetteerEntry extends Omit<Place, "mentions" | "spellings" | "region"> {
  /** first-level region the place lies in (a region's own name for a region) */
  region?: string;
  population?: number;
}

/**
 * How freely a spelling may be matched in running text: Any capitalized mention; Cued, only with a
 * locative cue ("in Zepita", "the town of Zepita", "Zepita, Puno"), for small or generic places;
 * LookupOnly (front-matter names), for names that are mostly words or people.
 */
export const TIER = { Any: 0, Cued: 1, LookupOnly: 2 } as const;
export type Tier = (typeof TIER)[keyof typeof TIER];

export interface Candidate {
  entry: GazetteerEntry;
  tier: Tier;
}

interface GazetteerFile {
  entries: GazetteerEntry[];
  index: Record<string, number[]>;
  upperOnly: string[];
  demonyms: Record<string, number>;
  givenNames: string[];
  bylineNames: string[];
  commonWords: string[];
  frequentWords: string[];
}

const data: GazetteerFile = JSON.parse(readFileSync(new URL("./gazetteer.json", import.meta.url), "utf8"));

export const ENTRIES: readonly GazetteerEntry[] = data.entries.map((e) => Object.freeze(e));

/** folded spelling ("machu picchu") → candidates, the most likely reading first */
export const INDEX = new Map<string, Candidate[]>();
/** first token of any spelling → the most tokens a spelling starting with it has */
export const FIRST_TOKEN = new Map<string, number>();
for (const [k, codes] of Object.entries(data.index)) {
  INDEX.set(
    k,
    codes.map((c) => ({ entry: ENTRIES[c >> 2], tier: (c & 3) as Tier }))
  );
  const parts = k.split(" ");
  FIRST_TOKEN.set(parts[0], Math.max(FIRST_TOKEN.get(parts[0]) ?? 0, parts.length));
}
export const UPPER_ONLY = new Set(data.upperOnly);
/** "bolivian" → Bolivia */
export const DEMONYMS = new Map(Object.entries(data.demonyms).map(([d, i]) => [d, ENTRIES[i]]));
export const GIVEN_NAMES = new Set(data.givenNames);
/** given names a byline may start with: the English lists and the most frequent Spanish ones */
export const PERSON_NAMES = new Set([...data.givenNames, ...data.bylineNames]);
/** the most frequent English and Spanish words (folded); some are also names ("john", "peru") */
export const COMMON_WORDS = new Set(data.commonWords);
/** the top of those lists ("will", "may", "john"): at a sentence start, a word, not a given name */
export const FREQUENT_WORDS = new Set(data.frequentWords);
export const BY_ID = new Map(ENTRIES.map((e) => [e.id, e]));

// ---------------------------------------------------------------------------------------------
// tokens

/** lowercase, accents stripped, curly quotes straightened; the key every lookup uses */
export function fold(s: string): string {
  // most tokens are ASCII: skip the costly normalization for them
  if (/^[\x00-\x7f]*$/.test(s)) return s.toLowerCase();
  return s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[‘’`´]/g, "'")
    .toLowerCase();
}

// Dotted initialisms ("U.S.") are one token; everything else is a run of letters/digits, so
// "Peru's" → Peru + s, "US-backed" → US + backed. The generator tokenizes names the same way
// (with the equivalent regex /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+/gu). Scanning char codes with a
// lookup table is several times faster than that Unicode regex, and tokenizing is most of the cost.
const WORD = 1, UPPER = 2, LOWER = 4;
const charClass = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  if (c < 128) {
    if (c >= 65 && c <= 90) charClass[c] = WORD | UPPER;
    else if (c >= 97 && c <= 122) charClass[c] = WORD | LOWER;
    else if (c >= 48 && c <= 57) charClass[c] = WORD;
  }
}
const classified = new Uint8Array(0x10000);
function classOf(c: number): number {
  if (c < 128 || classified[c]) return charClass[c];
  classified[c] = 1;
  const ch = String.fromCharCode(c);
  if (/[\p{L}\p{M}\p{N}]/u.test(ch)) charClass[c] = WORD | (/\p{Lu}/u.test(ch) ? UPPER : 0) | (/\p{Ll}/u.test(ch) ? LOWER : 0);
  return charClass[c];
}

/**
 * The tokens of a text as parallel arrays, each token's folded key made only when asked for.
 * Matching places looks at the key of capitalized words and of the few words around a hit, so
 * most keys are never needed; one object and two strings per token were most of the cost.
 */
export interface TokenTable {
  readonly text: string;
  readonly n: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  key(i: number): string;
  cap(i: number): boolean;
  upper(i: number): boolean;
}

const CAP = 1, ALLCAPS = 2, NONASCII = 4, DOTTED = 8;

// The arrays are reused from call to call (a table is read before the next text is scanned), so
// scanning allocates nothing per token.
let START = new Int32Array(4096);
let END = new Int32Array(4096);
let FLAGS = new Uint8Array(4096);

export function scanTokens(text: string): TokenTable {
  const len = text.length;
  // at most one token per two chars, plus one
  if (START.length < (len >> 1) + 1) {
    const size = (len >> 1) + 1024;
    START = new Int32Array(size);
    END = new Int32Array(size);
    FLAGS = new Uint8Array(size);
  }
  const start = START, end = END, flags = FLAGS;
  let n = 0;
  let i = 0;
  while (i < len) {
    let c = text.charCodeAt(i);
    let cl = c < 128 ? charClass[c] : classOf(c);
    if (!(cl & WORD)) {
      i++;
      continue;
    }
    const s = i;
    // "U.S.", "U.S.A.": capital, dot, capital, dot…
    if (cl & UPPER && text.charCodeAt(i + 1) === 46 && classOf(text.charCodeAt(i + 2)) & UPPER && text.charCodeAt(i + 3) === 46) {
      let k = i;
      while (k + 1 < len && classOf(text.charCodeAt(k)) & UPPER && text.charCodeAt(k + 1) === 46) k += 2;
      start[n] = s;
      end[n] = k;
      flags[n++] = CAP | ALLCAPS | DOTTED;
      i = k;
      continue;
    }
    const cap = (cl & UPPER) !== 0;
    let lower = (cl & LOWER) !== 0;
    let ascii = c < 128;
    i++;
    while (i < len) {
      c = text.charCodeAt(i);
      if (c < 128) {
        cl = charClass[c];
        if (!(cl & WORD)) break;
      } else {
        cl = classOf(c);
        if (!(cl & WORD)) break;
        ascii = false;
      }
      if (cl & LOWER) lower = true;
      i++;
    }
    start[n] = s;
    end[n] = i;
    flags[n++] = (cap ? CAP : 0) | (cap && !lower && i - s >= 2 ? ALLCAPS : 0) | (ascii ? 0 : NONASCII);
  }
  const keys: (string | undefined)[] = new Array(n);
  return {
    text,
    n,
    start,
    end,
    key(k: number): string {
      let key = keys[k];
      if (key === undefined) {
        const s = text.slice(start[k], end[k]);
        key = keys[k] = flags[k] & NONASCII ? fold(s) : s.toLowerCase();
      }
      return key;
    },
    cap: (k: number) => (flags[k] & CAP) !== 0,
    upper: (k: number) => (flags[k] & ALLCAPS) !== 0,
  };
}

/** the index key of a name as written anywhere ("Áncash" → "ancash", "U.S." → "u.s.") */
export function nameKey(name: string): string {
  const t = scanTokens(name);
  const keys: string[] = [];
  for (let i = 0; i < t.n; i++) keys.push(t.key(i));
  return keys.join(" ");
}
