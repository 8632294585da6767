// The offline search index: what the search page falls back to when Pagefind cannot run (a copy
// opened from disk, where browsers refuse Pagefind's fetches; or no network and nothing saved). It
// is a plain script, loaded with <script src> because file:// pages may not fetch files, and it
// must stay small enough to ship in every pack and to save on a first visit: under 2 MB for 10,000
// articles. So it holds excerpts, not bodies, and is laid out for size:
// - one array per field (no per-article keys or brackets);
// - sources, places and languages are each written once, in tables ordered by how many articles
//   name them, and articles refer to them by number;
// - so are the words (and the spaces and punctuation between them) of titles and excerpts: a text
//   is the numbers of its words, written with a variable-length digit set (DIGITS in the browser
//   code) in which the commonest words take one character; this more than halves them;
// - an article's places are the gaps between its sorted table numbers, in the same digits;
// - an id is written only when the browser cannot derive it from the title;
// - figures are summarised to the largest per kind ("k+18i50": at least 18 killed, 50 injured);
// - excerpts are shortened, only as far as the budget requires.
// The browser side (templates/assets/search/offline.js) is loaded here too, so decoding, slugs and
// this encoder are checked against each other by tests rather than kept in step by hand.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runInNewContext } from "node:vm";
import type { SiteArticle, SiteData } from "./site-data.ts";
import { PROJECT_ROOT } from "../build/paths.ts";

/** Where the index is written, relative to the site's root. */
export const OFFLINE_INDEX_FILE = "search/offline-index.js";
/** The size the index must stay under, in bytes. */
export const OFFLINE_INDEX_BUDGET = 2_000_000;
const MAX_EXCERPT = 280;
const MIN_EXCERPT = 60;

export interface OfflineIndex {
  v: 1;
  sources: string[];
  places: string[];
  langs: string[];
  /** words, and the runs of spaces and punctuation between them, commonest first */
  w: string[];
  /** article number → id, only for ids the title does not give */
  ids: Record<number, string>;
  /** titles, as word numbers */
  t: string[];
  /** dates as days since 1970-01-01; 0 for undated */
  d: number[];
  /** source numbers */
  s: number[];
  /** places: gaps between sorted place numbers, encoded */
  p: string[];
  /** language numbers */
  l: number[];
  /** excerpts, as word numbers */
  e: string[];
  /** figures: kind letter, qualifier mark, number */
  f: string[];
}

export interface DecodedArticle {
  id: string;
  title: string;
  date: string | null;
  month: string;
  source: string;
  places: string[];
  language: string;
  excerpt: string;
  figures: string[];
}

export interface BrowserSearch {
  titleSlug(title: string): string;
  decode(data: OfflineIndex): DecodedArticle[];
  search(articles: DecodedArticle[], query: string, chosen?: Record<string, string[]>, sort?: string): { words: string[]; results: DecodedArticle[]; counts: Record<string, Record<string, number>> };
  DIGITS: string;
}

let loaded: BrowserSearch | null = null;
/** The browser's fallback search, run in a sandbox with no document. */
export function browserSearch(): BrowserSearch {
  if (loaded) return loaded;
  const source = readFileSync(join(PROJECT_ROOT, "templates", "assets", "search", "offline.js"), "utf8");
  const sandbox: { ArchiveOfflineSearch?: BrowserSearch } = {};
  runInNewContext(source, { globalThis: sandbox, window: sandbox });
  if (!sandbox.ArchiveOfflineSearch) throw new Error("templates/assets/search/offline.js did not define ArchiveOfflineSearch");
  loaded = sandbox.ArchiveOfflineSearch;
  return loaded;
}

function encodeNumbers(values: number[], digits: string): string {
  let out = "";
  for (const value of values) {
    const groups: number[] = [];
    let v = value;
    do {
      groups.unshift(v % 32);
      v = Math.floor(v / 32);
    } while (v > 0);
    groups.forEach((g, i) => (out += digits[i < groups.length - 1 ? 32 + g : g]));
  }
  return out;
}

const QUALIFIER_MARK: Record<string, string> = { exact: "", "at least": "+", over: ">", about: "~", nearly: "<", "up to": "^" };
const KIND_LETTER: Record<string, string> = { killed: "k", injured: "i", arrested: "a", missing: "m" };

/** The largest figure of each kind; for deaths the article's toll (its running total when it states one). */
function figureSummary(a: SiteArticle): string {
  let out = "";
  for (const kind of ["killed", "injured", "arrested", "missing"]) {
    const pool = a.claims.filter((c) => c.kind === kind && c.value !== null);
    const best = kind === "killed" && a.toll ? a.toll : pool.reduce<(typeof pool)[number] | null>((b, c) => (!b || c.value! > b.value! ? c : b), null);
    if (!best || best.value === null) continue;
    out += KIND_LETTER[kind] + (best.estimated ? "?" : (QUALIFIER_MARK[best.qualifier] ?? "")) + String(Math.round(best.value));
  }
  return out;
}

/** At most `max` characters, cut at a word boundary. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max < 2) return "";
  const cut = text.lastIndexOf(" ", max - 1);
  return text.slice(0, cut > max / 2 ? cut : max - 1).replace(/[\s,;:.—–-]+$/, "") + "…";
}

function byCount(values: string[]): string[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || (a < b ? -1 : a > b ? 1 : 0));
}

function daysSinceEpoch(iso: string | null): number {
  if (!iso) return 0;
  const t = Date.parse(`${iso}T00:00:00Z`);
  return Number.isNaN(t) ? 0 : Math.round(t / 86_400_000);
}

/** Words and what separates them: joined back, they give the text exactly. */
const TOKEN = /[\p{L}\p{N}]+|[^\p{L}\p{N}]+/gu;

function encode(site: Pick<SiteData, "articles" | "places">, excerptLength: number): OfflineIndex {
  const { titleSlug, DIGITS } = browserSearch();
  const titles = site.articles.map((a) => a.title.match(TOKEN) ?? []);
  const excerpts = site.articles.map((a) => shorten(a.excerpt, excerptLength).match(TOKEN) ?? []);
  const frequency = new Map<string, number>();
  for (const tokens of [...titles, ...excerpts]) for (const t of tokens) frequency.set(t, (frequency.get(t) ?? 0) + 1);
  const w = [...frequency.keys()].sort((a, b) => frequency.get(b)! - frequency.get(a)! || (a < b ? -1 : a > b ? 1 : 0));
  const wordNumber = new Map(w.map((t, i) => [t, i]));
  const text = (tokens: string[]) => encodeNumbers(tokens.map((t) => wordNumber.get(t)!), DIGITS);
  const sources = byCount(site.articles.map((a) => a.sourceName));
  const langs = byCount(site.articles.map((a) => a.languageName));
  // site.places is already most-written-about first; a label names one place on every page.
  const places: string[] = [];
  const placeNumber = new Map<string, number>();
  for (const e of site.places) {
    if (!placeNumber.has(e.place.id)) {
      placeNumber.set(e.place.id, places.length);
      places.push(e.label);
    }
  }
  const sourceNumber = new Map(sources.map((s, i) => [s, i]));
  const langNumber = new Map(langs.map((s, i) => [s, i]));
  const index: OfflineIndex = { v: 1, sources, places, langs, w, ids: {}, t: [], d: [], s: [], p: [], l: [], e: [], f: [] };
  site.articles.forEach((a, i) => {
    if (titleSlug(a.title) !== a.id) index.ids[i] = a.id;
    index.t.push(text(titles[i]));
    index.d.push(daysSinceEpoch(a.date));
    index.s.push(sourceNumber.get(a.sourceName)!);
    const numbers = [...new Set(a.placeRefs.map((p) => placeNumber.get(p.id)).filter((n): n is number => n !== undefined))].sort((x, y) => x - y);
    index.p.push(encodeNumbers(numbers.map((n, k) => (k ? n - numbers[k - 1] - 1 : n)), DIGITS));
    index.l.push(langNumber.get(a.languageName)!);
    index.e.push(text(excerpts[i]));
    index.f.push(figureSummary(a));
  });
  return index;
}

/** The script file: one assignment, with "<", ">" and "&" escaped so no text can read as markup. */
export function offlineIndexScript(index: OfflineIndex): string {
  const json = JSON.stringify(index).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
  return `// The archive's offline search index (written by the build; format: src/site/offline-index.ts).\nwindow.ArchiveOfflineIndex=${json};\n`;
}

export interface OfflineIndexResult {
  script: string;
  bytes: number;
  articles: number;
  /** the longest excerpt kept, in characters */
  excerptLength: number;
  /** true when even the shortest excerpts left the index over budget */
  overBudget: boolean;
}

/** The index at the longest excerpts that keep it under budget. */
export function buildOfflineIndex(site: Pick<SiteData, "articles" | "places">, budget = OFFLINE_INDEX_BUDGET): OfflineIndexResult {
  const size = (s: string) => Buffer.byteLength(s, "utf8");
  let length = MAX_EXCERPT;
  let script = offlineIndexScript(encode(site, length));
  if (size(script) > budget && site.articles.length) {
    // Everything but the excerpts is fixed. Guess the length that fits as if size grew in
    // proportion to it (it grows less: short excerpts are not cut), then shorten until it fits.
    const full = size(script);
    const fixed = size(offlineIndexScript(encode(site, 0)));
    length = Math.max(MIN_EXCERPT, Math.min(MAX_EXCERPT, Math.floor((MAX_EXCERPT * (budget - fixed)) / Math.max(1, full - fixed))));
    script = offlineIndexScript(encode(site, length));
    while (size(script) > budget && length > MIN_EXCERPT) {
      length = Math.max(MIN_EXCERPT, Math.floor(length * 0.92));
      script = offlineIndexScript(encode(site, length));
    }
  }
  const bytes = size(script);
  return { script, bytes, articles: site.articles.length, excerptLength: length, overBudget: bytes > budget };
}
