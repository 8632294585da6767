// Counts written in digits or words, found token by token so callers know exactly where a figure
// sits in its sentence (the casualty extractor reasons about the words around it).
//
// Why not words-to-numbers: it rewrites whole strings without reporting spans, knows only English,
// has no notion of "a dozen" or vague amounts ("dozens"), and drags in old babel/core-js runtime
// code. The grammar needed here is small (units, tens, hundred/thousand/million, dozen), so it is
// kept as data per language: Spanish becomes another NumberLocale, not new code.

export interface Token {
  /** the token as written */
  text: string;
  /** lower-cased, with a possessive "'s" removed ("country's" → "country") */
  low: string;
  /** character offsets in the source string, [start, end) */
  start: number;
  end: number;
  type: "num" | "word" | "punct";
  /** letters glued to a run of digits: "th" in "10th", "-year-old" in "16-year-old", "km" in "5km" */
  suffix: string;
}

// Digits with their glued suffix; words with inner apostrophes or hyphens ("twenty-five",
// "country’s"); a run of dashes ("--") as one token because writers use it as a clause break.
// "1 301", "11 800": groups of three set off by a space (or a no-break or thin space), as Spanish
// and French copy prints thousands; a lone space only before exactly three digits.
const TOKEN_RE = /(\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?![\d.,]\d)|\d+(?:[.,]\d+)*)((?:-?\p{L}+)(?:-\p{L}+)*|\+)?|(\p{L}[\p{L}\p{M}]*(?:['’\-]\p{L}[\p{L}\p{M}]*)*)|-{2,}|\S/gu;

/** Splits a sentence into words, digit runs and single punctuation marks, keeping offsets. */
export function tokenize(s: string): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(s); m; m = TOKEN_RE.exec(s)) {
    const text = m[0];
    if (m[1] !== undefined) {
      out.push({ text: m[1], low: m[1], start: m.index, end: m.index + text.length, type: "num", suffix: (m[2] ?? "").toLowerCase() });
    } else if (m[3] !== undefined) {
      // a possessive "'s" is dropped: "country's" → "country"
      let low = text.toLowerCase();
      const l = low.length;
      if (l > 2 && low.charCodeAt(l - 1) === 115 && (low.charCodeAt(l - 2) === 39 || low.charCodeAt(l - 2) === 0x2019)) low = low.slice(0, l - 2);
      out.push({ text, low, start: m.index, end: m.index + text.length, type: "word", suffix: "" });
    } else {
      out.push({ text, low: text.toLowerCase(), start: m.index, end: m.index + text.length, type: "punct", suffix: "" });
    }
  }
  return out;
}

export interface NumberLocale {
  /** "1,500" in English, "1.500" in Spanish */
  thousandsSep: string;
  decimalSep: string;
  /**
   * A second thousands separator read only in whole groups of three digits: Peruvian and Mexican
   * papers print "1,500" as often as "1.500", and a casualty count is never "1,500" meaning 1.5
   */
  altThousandsSep?: string;
  /** words whose values add up: "twenty" "five" → 25; Spanish puts "doscientos" here too */
  words: Record<string, number>;
  /** words that multiply what came before in their group: "two hundred", "two dozen" */
  multipliers: Record<string, number>;
  /** words that close a group and multiply it: "two thousand five hundred" */
  scales: Record<string, number>;
  /** scales that need no number before them ("mil quinientos"; English says "a thousand") */
  bareScales?: string[];
  /** joins inside a number: "one hundred and twenty", "treinta y dos" */
  connectors: string[];
  /** a connector may also join tens and units ("treinta y dos"), not only hundreds and what follows */
  connectorAfterTens?: boolean;
  /**
   * number nouns whose counted thing follows the locale's "of": "una docena de policías", "un
   * centenar de detenidos" (the English "a dozen police" needs none)
   */
  collectives?: string[];
  /** stand for "one" before a multiplier or scale: "a dozen", "a hundred" */
  articles: string[];
  /** set phrases with a fixed value */
  phrases: Record<string, number>;
  /**
   * Vague amounts and their conservative reading (ACLED codes "tens" as 10, "dozens" as 12,
   * "hundreds" as 100); null where no reading exists ("many", "untold numbers").
   */
  vague: Record<string, number | null>;
  /** the preposition of "dozens of people", "tens of thousands" */
  of: string;
  /** vague words that need "of" after them to be an amount ("tens of people", not "tens") */
  vagueNeedsOf: string[];
  /** a vague word right after one of these is part of a phrase, not an amount ("as many as") */
  vagueNotAfter: string[];
}

export const EN_NUMBERS: NumberLocale = {
  thousandsSep: ",",
  decimalSep: ".",
  words: {
    zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
    eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
    twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  },
  multipliers: { hundred: 100, dozen: 12 },
  scales: { thousand: 1000, million: 1_000_000, billion: 1_000_000_000 },
  connectors: ["and"],
  articles: ["a", "an", "one"],
  of: "of",
  phrases: { "half a dozen": 6, "a couple of": 2, "a pair of": 2, "half a hundred": 50 },
  vague: {
    "tens of thousands": 10_000,
    "hundreds of thousands": 100_000,
    "tens": 10,
    dozens: 12,
    scores: 20,
    hundreds: 100,
    thousands: 1000,
    millions: 1_000_000,
    "untold numbers": null,
    "untold number": null,
    "an untold number": null,
    "a large number": null,
    "a number": null,
    "a handful": null,
    "a few": null,
    several: null,
    many: null,
    numerous: null,
    countless: null,
    multiple: null,
  },
  vagueNeedsOf: ["tens", "a number", "a large number", "an untold number", "untold number", "a handful"],
  vagueNotAfter: ["as", "how", "too"],
};

/** Writers drop accents often enough ("dieciseis", "veintidos") that both spellings are listed. */
function withUnaccented(table: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = { ...table };
  for (const [k, v] of Object.entries(table)) out[k.normalize("NFD").replace(/[\u0300-\u036f]/g, "")] ??= v;
  return out;
}

export const ES_NUMBERS: NumberLocale = {
  thousandsSep: ".",
  decimalSep: ",",
  altThousandsSep: ",",
  words: withUnaccented({
    cero: 0, un: 1, uno: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9,
    diez: 10, once: 11, doce: 12, trece: 13, catorce: 14, quince: 15, "dieciséis": 16, diecisiete: 17, dieciocho: 18,
    diecinueve: 19, veinte: 20, veintiuno: 21, "veintiún": 21, veintiuna: 21, "veintidós": 22, "veintitrés": 23,
    veinticuatro: 24, veinticinco: 25, "veintiséis": 26, veintisiete: 27, veintiocho: 28, veintinueve: 29,
    treinta: 30, cuarenta: 40, cincuenta: 50, sesenta: 60, setenta: 70, ochenta: 80, noventa: 90,
    cien: 100, ciento: 100, doscientos: 200, doscientas: 200, trescientos: 300, trescientas: 300,
    cuatrocientos: 400, cuatrocientas: 400, quinientos: 500, quinientas: 500, seiscientos: 600, seiscientas: 600,
    setecientos: 700, setecientas: 700, ochocientos: 800, ochocientas: 800, novecientos: 900, novecientas: 900,
  }),
  // "dos docenas", "un centenar", "una veintena"; "decenas" alone is vague (below), "dos decenas" is 20
  multipliers: {
    docena: 12, docenas: 12, decena: 10, decenas: 10, veintena: 20, veintenas: 20, treintena: 30, centenar: 100,
    centenares: 100, millar: 1000, millares: 1000,
  },
  scales: { mil: 1000, "millón": 1_000_000, millon: 1_000_000, millones: 1_000_000 },
  bareScales: ["mil"],
  connectors: ["y"],
  connectorAfterTens: true,
  articles: ["un", "una"],
  collectives: ["docena", "docenas", "decena", "decenas", "veintena", "treintena", "centenar", "centenares", "millar", "millares", "par"],
  of: "de",
  phrases: { "media docena": 6, "un par de": 2, "un par": 2, "medio centenar": 50, "medio millar": 500 },
  vague: {
    "decenas de miles": 10_000,
    "cientos de miles": 100_000,
    "centenares de miles": 100_000,
    decenas: 10,
    docenas: 12,
    cientos: 100,
    centenares: 100,
    miles: 1000,
    millares: 1000,
    millones: 1_000_000,
    "un gran número": null,
    "gran número": null,
    "una gran cantidad": null,
    "gran cantidad": null,
    "un número indeterminado": null,
    "un puñado": null,
    varios: null,
    varias: null,
    numerosos: null,
    numerosas: null,
    muchos: null,
    muchas: null,
    "incontables": null,
  },
  vagueNeedsOf: ["un gran número", "gran número", "una gran cantidad", "gran cantidad", "un número indeterminado", "un puñado"],
  vagueNotAfter: ["tantos", "tantas", "cuantos", "cuantas"],
};

/** Reads a run of digits with the locale's separators; null when the grouping is malformed. */
export function parseDigits(s: string, loc: NumberLocale = EN_NUMBERS): number | null {
  const c = compile(loc);
  if (/^\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+$/.test(s)) return Number(s.replace(/[ \u00a0\u202f\u2009]/g, ""));
  if (c.grouped.test(s)) return Number(s.split(loc.thousandsSep).join("").replace(loc.decimalSep, "."));
  if (c.altGrouped?.test(s)) return Number(s.split(loc.altThousandsSep!).join(""));
  if (c.plain.test(s)) return Number(s.replace(loc.decimalSep, "."));
  return null;
}

export interface NumberMention {
  /** token indices, [start, end) */
  start: number;
  end: number;
  /** the exact value, null for a vague amount */
  value: number | null;
  /** conservative reading of a vague amount */
  estimate: number | null;
  vague: boolean;
  /** written in digits (only digits can be years, or carry glued suffixes) */
  digits: boolean;
  /** digits with letters glued on ("10th", "16-year-old"): never a plain count */
  suffix: string;
  text: string;
}

interface CompiledLocale {
  loc: NumberLocale;
  // Maps, not the plain objects: a token like "constructor" must not find Object.prototype's
  words: Map<string, number>;
  multipliers: Map<string, number>;
  scales: Map<string, number>;
  phrases: PhraseList<number>;
  vague: PhraseList<number | null>;
  vagueNeedsOf: Set<string>;
  vagueNotAfter: Set<string>;
  connectors: Set<string>;
  articles: Set<string>;
  collectives: Set<string>;
  grouped: RegExp;
  plain: RegExp;
  altGrouped: RegExp | null;
  /** every word a figure in words can start with; most tokens are not, and leave after one lookup */
  starts: Set<string>;
}

/** Multi-word phrases indexed by first word, longest first, so matching is one Map lookup per token. */
export type PhraseList<T> = Map<string, { words: string[]; value: T; key: string }[]>;

export function compilePhrases<T>(table: Record<string, T> | [string, T][]): PhraseList<T> {
  const entries = Array.isArray(table) ? table : Object.entries(table);
  const map: PhraseList<T> = new Map();
  for (const [key, value] of entries) {
    const words = key.toLowerCase().split(/\s+/);
    const list = map.get(words[0]) ?? [];
    list.push({ words, value, key });
    map.set(words[0], list);
  }
  for (const list of map.values()) list.sort((a, b) => b.words.length - a.words.length);
  return map;
}

/** The longest phrase starting at token i, or null. */
export function matchPhrase<T>(list: PhraseList<T>, tokens: Token[], i: number): { value: T; len: number; key: string } | null {
  const cands = i < tokens.length ? list.get(tokens[i].low) : undefined;
  if (!cands) return null;
  for (const c of cands) {
    if (i + c.words.length > tokens.length) continue;
    let ok = true;
    for (let k = 1; k < c.words.length && ok; k++) ok = tokens[i + k].low === c.words[k];
    if (ok) return { value: c.value, len: c.words.length, key: c.key };
  }
  return null;
}

const compiled = new WeakMap<NumberLocale, CompiledLocale>();
function compile(loc: NumberLocale): CompiledLocale {
  let c = compiled.get(loc);
  if (!c) {
    c = {
      loc,
      words: new Map(Object.entries(loc.words)),
      multipliers: new Map(Object.entries(loc.multipliers)),
      scales: new Map(Object.entries(loc.scales)),
      phrases: compilePhrases(loc.phrases),
      vague: compilePhrases(loc.vague),
      vagueNeedsOf: new Set(loc.vagueNeedsOf),
      vagueNotAfter: new Set(loc.vagueNotAfter),
      connectors: new Set(loc.connectors),
      articles: new Set(loc.articles),
      collectives: new Set(loc.collectives ?? []),
      grouped: new RegExp(`^\\d{1,3}(?:${escapeRe(loc.thousandsSep)}\\d{3})+(?:${escapeRe(loc.decimalSep)}\\d+)?$`),
      plain: new RegExp(`^\\d+(?:${escapeRe(loc.decimalSep)}\\d+)?$`),
      // only whole groups: "1,5" stays a decimal
      altGrouped: loc.altThousandsSep ? new RegExp(`^\\d{1,3}(?:${escapeRe(loc.altThousandsSep)}\\d{3})+$`) : null,
      starts: new Set(
        [...Object.keys(loc.phrases), ...Object.keys(loc.vague), ...Object.keys(loc.words), ...Object.keys(loc.multipliers), ...Object.keys(loc.scales), ...loc.articles].map(
          (k) => k.toLowerCase().split(/\s+/)[0]
        )
      ),
    };
    compiled.set(loc, c);
  }
  return c;
}

/** Every figure in a token list, left to right, not overlapping. */
export function findNumbers(tokens: Token[], loc: NumberLocale = EN_NUMBERS): NumberMention[] {
  const c = compile(loc);
  const out: NumberMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const m = numberAt(tokens, i, c);
    if (m) {
      out.push(m);
      i = m.end;
    } else i++;
  }
  return out;
}

function mention(tokens: Token[], start: number, end: number, value: number | null, estimate: number | null, vague: boolean, digits: boolean, suffix = ""): NumberMention {
  return { start, end, value, estimate, vague, digits, suffix, text: tokens.slice(start, end).map((t) => t.text).join(" ") };
}

function numberAt(tokens: Token[], i: number, c: CompiledLocale): NumberMention | null {
  const tok = tokens[i];
  const { loc } = c;
  if (tok.type === "num") {
    let value = parseDigits(tok.text, loc);
    if (value === null) return null;
    let end = i + 1;
    // "1.5 million", "3 thousand"
    const next = tokens[end];
    if (!tok.suffix && next && c.scales.has(next.low)) {
      value *= c.scales.get(next.low)!;
      end++;
    }
    if (!Number.isInteger(value)) return null;
    return mention(tokens, i, end, value, null, false, true, tok.suffix);
  }
  if (tok.type !== "word") return null;
  // "twenty-five" is looked up by its first part
  if (!c.starts.has(tok.low) && !(tok.low.includes("-") && c.starts.has(tok.low.slice(0, tok.low.indexOf("-"))))) return null;

  const phrase = matchPhrase(c.phrases, tokens, i);
  if (phrase) return mention(tokens, i, i + phrase.len, phrase.value, null, false, false);

  const vague = matchPhrase(c.vague, tokens, i);
  if (vague) {
    const prev = tokens[i - 1];
    const after = tokens[i + vague.len];
    const needsOf = c.vagueNeedsOf.has(vague.key);
    if ((!prev || !c.vagueNotAfter.has(prev.low)) && (!needsOf || after?.low === loc.of)) {
      return mention(tokens, i, i + vague.len, null, vague.value, true, false);
    }
  }

  return wordNumberAt(tokens, i, c);
}

// Adds up number words: a group collects units and tens and is multiplied by "hundred"/"dozen";
// a scale word ("thousand") closes the group into the total. Stops at the first word that would
// make the sequence ungrammatical ("five five" is two numbers, or none).
function wordNumberAt(tokens: Token[], i: number, c: CompiledLocale): NumberMention | null {
  const { loc } = c;
  let total = 0;
  let group = 0;
  type Step = "none" | "word" | "mult" | "scale" | "conn";
  let last: Step = "none";
  let lastWord = 0;
  let end = i;
  let seen = false;
  let j = i;
  // most words are not numbers: leave before allocating anything
  const head = tokens[i].low;
  const headPart = head.includes("-") ? head.slice(0, head.indexOf("-")) : head;
  if (!c.words.has(headPart) && !c.multipliers.has(headPart) && !c.scales.has(headPart) && !c.articles.has(head)) return null;
  // "a dozen", "a hundred": the article counts only right before a multiplier or scale
  if (c.articles.has(tokens[j].low) && tokens[j + 1] && (c.multipliers.has(tokens[j + 1].low) || c.scales.has(tokens[j + 1].low))) {
    group = 1;
    last = "word";
    lastWord = 1;
    j++;
    seen = true;
    end = j;
  }
  for (; j < tokens.length; j++) {
    const t = tokens[j];
    if (t.type !== "word") break;
    const parts = t.low.includes("-") ? t.low.split("-") : [t.low];
    let ok = true;
    let g = group, tot = total, lw = lastWord;
    let ls: Step = last;
    for (const p of parts) {
      const w = c.words.get(p);
      if (w !== undefined) {
        // "twenty five", "ciento veinte", "doscientos tres" yes; "five five", "twelve three" no
        if (ls === "word" && !(lw >= 20 && lw < 100 && lw % 10 === 0 && w < 10) && !(lw >= 100 && lw % 100 === 0 && w < 100)) { ok = false; break; }
        g += w;
        lw = w;
        ls = "word";
      } else if (c.multipliers.has(p)) {
        if (ls === "none" || ls === "conn") { ok = false; break; }
        g = (g || 1) * c.multipliers.get(p)!;
        ls = "mult";
      } else if (c.scales.has(p)) {
        if (ls === "conn" || (ls === "none" && !loc.bareScales?.includes(p))) { ok = false; break; }
        tot += (g || 1) * c.scales.get(p)!;
        g = 0;
        ls = "scale";
      } else if (c.connectors.has(p) && (ls === "mult" || ls === "scale" || (loc.connectorAfterTens && ls === "word" && lw >= 20 && lw < 100 && lw % 10 === 0)) && parts.length === 1) {
        // only a connector followed by another number word belongs to the number
        const nx = tokens[j + 1];
        const nv = nx ? c.words.get(nx.low.split("-")[0]) : undefined;
        // after tens only a unit may follow ("treinta y dos", not "treinta y cuarenta")
        if (nv === undefined || (ls === "word" && nv >= 10)) { ok = false; break; }
        ls = "conn";
      } else { ok = false; break; }
    }
    if (!ok) break;
    group = g; total = tot; lastWord = lw; last = ls;
    if (ls !== "conn") { seen = true; end = j + 1; }
  }
  if (!seen || end === i) return null;
  // the article alone ("a") is not a number
  if (end === i + 1 && c.articles.has(tokens[i].low) && !c.words.has(tokens[i].low)) return null;
  return mention(tokens, i, end, total + group, null, false, false);
}

/** The value of a whole string that is one number ("1,500", "twenty-five", "two dozen"), else null. */
export function parseNumber(s: string, loc: NumberLocale = EN_NUMBERS): number | null {
  const tokens = tokenize(s.trim());
  if (!tokens.length) return null;
  const m = numberAt(tokens, 0, compile(loc));
  if (!m || m.end !== tokens.length || m.vague || m.suffix) return null;
  return m.value;
}

/** The value of a single number word ("eighteen"), else undefined. */
export function numberWordValue(word: string, loc: NumberLocale = EN_NUMBERS): number | undefined {
  return compile(loc).words.get(word);
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
