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
/** the most frequent English and Spanish words (folded); some are also names ("john", "peru") */
export const COMMON_WORDS = new Set(data.commonWords);
/** the top of those lists ("will", "may", "john"): at a sentence start, a word, not a given name */
export const FREQUENT_WORDS = new Set(data.frequentWords);
export const BY_ID = new Map(ENTRIES.map((e) => [e.id, e]));

// ---------------------------------------------------------------------------------------------
// tokens

export interface Token {
  start: number;
  end: number;
  /** folded: lowercase, accents stripped, curly apostrophes straightened */
  key: string;
  /** starts with a capital letter */
  cap: boolean;
  /** every letter is a capital (and there are at least two) */
  upper: boolean;
}

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

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    let cl = classOf(text.charCodeAt(i));
    if (!(cl & WORD)) {
      i++;
      continue;
    }
    const start = i;
    // "U.S.", "U.S.A.": capital, dot, capital, dot…
    if (cl & UPPER && text.charCodeAt(i + 1) === 46 && classOf(text.charCodeAt(i + 2)) & UPPER && text.charCodeAt(i + 3) === 46) {
      let k = i;
      while (k + 1 < n && classOf(text.charCodeAt(k)) & UPPER && text.charCodeAt(k + 1) === 46) k += 2;
      const s = text.slice(start, k);
      out.push({ start, end: k, key: s.toLowerCase(), cap: true, upper: true });
      i = k;
      continue;
    }
    const cap = (cl & UPPER) !== 0;
    let lower = (cl & LOWER) !== 0;
    let ascii = text.charCodeAt(i) < 128;
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      cl = classOf(c);
      if (!(cl & WORD)) break;
      if (cl & LOWER) lower = true;
      if (c >= 128) ascii = false;
      i++;
    }
    const s = text.slice(start, i);
    out.push({ start, end: i, key: ascii ? s.toLowerCase() : fold(s), cap, upper: cap && !lower && i - start >= 2 });
  }
  return out;
}

/** the index key of a name as written anywhere ("Áncash" → "ancash", "U.S." → "u.s.") */
export function nameKey(name: string): string {
  return tokenize(name)
    .map((t) => t.key)
    .join(" ");
}
