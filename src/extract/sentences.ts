// Sentence splitting is shared by every extractor that reasons sentence by sentence (casualties,
// dates, places) and by the benchmark corpus generator, so its output is load-bearing everywhere:
// a changed boundary moves casualty figures, dates and places. The splitter below reproduces the
// rules of the sbd package (1.0.19, with newline_boundaries) decision for decision, quirks included
// (see the test file for the known slips kept), but on word positions instead of sbd's array of word
// strings and per-word regex tests, which cost ~8x more; in plain text only the first few words and
// the words holding ".", "!" or "?" are looked at. test/sentences.test.ts holds it to sbd's output.
//
// sbd knows English abbreviations ("Jan.", "p.m."); we add the ones news text about the Americas
// needs so "the U.S. Embassy" stays one sentence. sbd compares the word before a dot with its
// symbols stripped, case-sensitively, against this list.

export const ABBREVIATIONS = [
  // sbd's own English list
  "al", "adj", "assn", "Ave", "BSc", "MSc", "Cell", "Ch", "Co", "cc", "Corp", "Dem", "Dept", "ed", "eg", "Eq", "Eqs", "est", "etc", "Ex", "ext", "Fig", "fig", "Figs", "figs", "ie", "Inc", "inc",
  "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "jr", "mi", "Miss", "Mrs", "Mr", "Ms", "Mol", "mt", "mts", "no", "Nos", "PhD", "MD", "BA", "MA", "MM",
  "pl", "pop", "pp", "Prof", "Dr", "pt", "Ref", "Refs", "Rep", "repr", "rev", "Sec", "Secs", "Sgt", "Col", "Gen", "Sen", "Gov", "Lt", "Maj", "Capt", "St", "Sr", "sr", "Jr", "Rev",
  "Sun", "Mon", "Tu", "Tue", "Tues", "Wed", "Th", "Thu", "Thur", "Thurs", "Fri", "Sat", "trans", "Univ", "Viz", "Vol", "vs", "v",
  // news about Peru: dotted country and agency initials, Spanish honorifics and abbreviations
  "US", "UN", "UK", "EU", "Sra", "Srta", "Av", "Jr", "Ing", "Lic", "Dra", "ene", "abr", "ago", "dic", "approx",
];
const ABBR = new Set(ABBREVIATIONS);
const ABBR_MAX = Math.max(...ABBREVIATIONS.map((a) => a.length));

const DOT = 46, BANG = 33, QUEST = 63, COMMA = 44, QUOTE = 34, RDQUO = 0x201d, AT = 64, TILDE = 126;

/** JavaScript's \s: sbd splits words on it, so a no-break space separates words too. */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}
function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** the characters sbd strips before looking a word up in the abbreviation list */
const SYMBOL = new Uint8Array(128);
for (const ch of "-'`~!@#$%^&*()_|+=?;:\",.<>{}[]\\/") SYMBOL[ch.charCodeAt(0)] = 1;
function isSymbol(c: number): boolean {
  return c < 128 && SYMBOL[c] === 1;
}
function isBracket(c: number): boolean {
  return c === 40 || c === 41 || c === 91 || c === 93 || c === 123 || c === 125;
}

// sbd's URL and North American phone number patterns, verbatim: words they match never split.
const URL_RE = /[-a-zA-Z0-9@:%._+~#=]{2,256}\.[a-z]{2,6}\b([-a-zA-Z0-9@:%_+.~#?&//=]*)/;
const PHONE_RE = /^(?:(?:\+?1\s*(?:[.-]\s*)?)?(?:\(\s*([2-9]1[02-9]|[2-9][02-8]1|[2-9][02-8][02-9])\s*\)|([2-9]1[02-9]|[2-9][02-8]1|[2-9][02-8][02-9]))\s*(?:[.-]\s*)?)?([2-9]1[02-9]|[2-9][02-9]1|[2-9][02-9]{2})\s*(?:[.-]\s*)?([0-9]{4})(?:\s*(?:#|x\.?|ext\.?|extension)\s*(\d+))?$/;
/** sbd turns runs like "----" or "====" into line breaks, which end sentences */
const RULE_RE_G = /[-#=_+*]{4,}/g;

// Word and piece positions, reused between calls: sentence splitting runs thousands of times a build.
let WS = new Int32Array(256), WE = new Int32Array(256); // words [ws, we)
let WF = new Uint8Array(256); // HAS_ flags of each word
let PS = new Int32Array(512), PE = new Int32Array(512); // pieces of sentences (a word or part of one)
let SS = new Int32Array(256), SE = new Int32Array(256); // sentences as piece ranges [ss, se)

function grow<A extends Int32Array | Uint8Array>(a: A, n: number): A {
  if (n <= a.length) return a;
  const b = new (a.constructor as new (n: number) => A)(Math.max(n, a.length * 2));
  b.set(a);
  return b;
}

/** sbd's Number(str) test: "12", "3.5", "5." and also "0x1F" or "Infinity" count as numbers */
function numeric(s: string): boolean {
  return !isNaN(s as unknown as number);
}
/** the same test over p[s, e), without cutting the word out when it cannot be a number */
function numericAt(p: string, s: number, e: number): boolean {
  // a number (without surrounding space, which words do not have) starts with a digit, a sign, a dot or "Infinity"
  const c = p.charCodeAt(s);
  return (isDigit(c) || c === 43 || c === 45 || c === DOT || c === 73) && numeric(p.slice(s, e));
}

/** sbd's isCapitalized over p[s, e): an ASCII capital then a lower-case letter, or a number */
function capitalized(p: string, s: number, e: number): boolean {
  return (e - s >= 2 && isUpper(p.charCodeAt(s)) && isLower(p.charCodeAt(s + 1))) || numericAt(p, s, e);
}

/** sbd's isDottedAbbreviation: after dropping brackets, the word's second character is a dot ("U.S", "(p.") */
function dotted(p: string, s: number, e: number): boolean {
  let k = 0;
  for (let j = s; j < e; j++) {
    const c = p.charCodeAt(j);
    if (isBracket(c)) continue;
    if (k === 1) return c === DOT;
    k++;
  }
  return false;
}

/** sbd's isCommonAbbreviation: the word with symbols stripped is on the list */
function commonAbbreviation(p: string, s: number, e: number): boolean {
  let n = 0;
  for (let j = s; j < e; j++) if (!isSymbol(p.charCodeAt(j))) n++;
  if (n === 0 || n > ABBR_MAX) return false;
  let w = "";
  for (let j = s; j < e; j++) if (!isSymbol(p.charCodeAt(j))) w += p[j];
  return ABBR.has(w);
}

/**
 * sbd's isNameAbbreviation(wordCount, words.slice(i, limit)): sbd slices with an absolute end, so
 * only the first few words of a paragraph get this check; the current word is the one with a
 * closing quote stripped.
 */
function nameAbbreviation(p: string, ws: Int32Array, wordCount: number, i: number, limit: number, n: number, s: number, e: number): boolean {
  if (i >= limit) return false;
  if (wordCount < 5 && e - s < 6 && capitalized(p, s, e)) return true;
  let caps = e > s && isUpper(p.charCodeAt(s)) ? 1 : 0;
  for (let j = i + 1; j < limit && j < n; j++) if (isUpper(p.charCodeAt(ws[j]))) caps++;
  return caps >= 3;
}

/** sbd's isSentenceStarter: an ASCII capitalized word, a number, or a straight quote in the first two characters */
function sentenceStarter(p: string, s: number, e: number): boolean {
  if (capitalized(p, s, e)) return true;
  const a = p.charCodeAt(s), b = e - s >= 2 ? p.charCodeAt(s + 1) : -1;
  return a === QUOTE || a === 39 || b === QUOTE || b === 39 || (a === 96 && b === 96);
}

/** sbd's isTimeAbbreviation: "a.m." or "p.m." before a word ending in "day" */
function timeAbbreviation(p: string, s: number, e: number, ns: number, ne: number): boolean {
  return e - s === 4 && (p.charCodeAt(s) === 97 || p.charCodeAt(s) === 112) && p.charCodeAt(s + 1) === DOT && p.charCodeAt(s + 2) === 109
    && p.slice(ns, ne).replace(/\W+/g, "").slice(-3).toLowerCase() === "day";
}

// what words() notes about each word, so the main loop rescans only the words that need it
const HAS_COMMA = 1, HAS_DOT = 2, HAS_BANG = 4;
// Latin-1 characters by what words() does with them: 0 letter or other, 1 space, 2 comma, 3 dot,
// 4 "!" or "?", 5 a rule character; a table lookup beats a chain of comparisons per character.
const SPACE = 1, RULE = 5;
const CLASS = new Uint8Array(256);
for (let c = 0; c < 256; c++) if (isSpace(c)) CLASS[c] = SPACE;
CLASS[COMMA] = 2; CLASS[DOT] = 3; CLASS[BANG] = 4; CLASS[QUEST] = 4;
for (const ch of "-#=_+*") CLASS[ch.charCodeAt(0)] = RULE;
const FLAG = [0, 0, HAS_COMMA, HAS_DOT, HAS_BANG];

/**
 * For a word p[s, wEnd) with ".", "!" or "?" inside (not ending in a dot): where sbd's
 * isConcatenated splits it ("end.Next" is two sentences, the dot dropped), or -1. Numbers ("1.5"),
 * dotted initialisms ("U.S.-backed"), URLs and phone numbers are never split.
 */
function concatenation(p: string, s: number, wEnd: number): number {
  let dot = -1, bang = -1, quest = -1;
  for (let j = s; j < wEnd; j++) {
    const c = p.charCodeAt(j);
    if (c === DOT) { dot = j; break; }
    if (c === BANG && bang < 0) bang = j;
    else if (c === QUEST && quest < 0) quest = j;
  }
  if (dot >= 0) {
    const w = p.slice(s, wEnd), k = dot - s;
    // sbd skips the slice when the dot is first (its dotPos of 0 is falsy)
    if (numeric(k ? w.slice(k - 1, k + 2) : w)) return -1;
    if (dotted(p, s, wEnd)) return -1;
    if (URL_RE.test(w) || PHONE_RE.test(w)) return -1;
  }
  const at = dot >= 0 ? dot : bang >= 0 ? bang : quest;
  if (at >= 0 && at + 1 < wEnd) {
    const c = p.charCodeAt(at + 1);
    if (isUpper(c) || isLower(c)) return at;
  }
  return -1;
}

/** sbd's name-abbreviation rule reaches the first six words of a paragraph and no further */
const FIRST = 6;
/**
 * Whether p is plain text for the indexOf path: no space but " ", no run of them, no "----"
 * rule, no "@~@" (sbd's own line-break marker). One character class finds anything unusual (a
 * regex with alternatives cost five times as much): only then are the exact tests run.
 */
function isPlain(p: string): boolean {
  if (p.indexOf("  ") >= 0) return false;
  if (UNUSUAL.test(p)) return !OTHER_SPACE.test(p) && p.indexOf("@~@") < 0 && !RULE_RE.test(p);
  return p.indexOf("----") < 0; // the only rule left is all hyphens
}
const UNUSUAL = /[\t-\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff#=_+*@]/;
const OTHER_SPACE = /[^\S ]/;
const RULE_RE = /[-#=_+*]{4}/;

/** The first `limit` words of p (runs of non-space) into WS/WE/WF; -1 when p has a "----" rule sbd would break at. */
function words(p: string, limit: number): number {
  const len = p.length;
  const most = (len >> 1) + 2; // words are at least one character and one space apart
  if (WS.length < most) { WS = grow(WS, most); WE = grow(WE, most); WF = grow(WF, most); }
  const ws = WS, we = WE, wf = WF, cls = CLASS;
  let n = 0, j = 0;
  while (j < len) {
    let c = p.charCodeAt(j);
    let k = c < 256 ? cls[c] : c >= 0x1680 && isSpace(c) ? SPACE : 0;
    while (k === SPACE) {
      if (++j >= len) return n;
      c = p.charCodeAt(j);
      k = c < 256 ? cls[c] : c >= 0x1680 && isSpace(c) ? SPACE : 0;
    }
    const s = j;
    let f = 0, rule = 0;
    for (;;) {
      if (k === 0) rule = 0;
      else if (k === RULE) { if (++rule === 4) return -1; }
      else { rule = 0; f |= FLAG[k]; }
      if (++j >= len) break;
      c = p.charCodeAt(j);
      k = c < 256 ? cls[c] : c >= 0x1680 && isSpace(c) ? SPACE : 0;
      if (k === SPACE) break;
    }
    ws[n] = s;
    we[n] = j;
    wf[n++] = f;
    if (n === limit) break;
  }
  return n;
}

/** Splits one paragraph (no line breaks, trimmed, not empty) the way sbd.sentences does. */
function splitParagraph(p: string, out: string[]): void {
  // Plain text (words one space apart, no "----" rule, no "@~@") needs full word-by-word treatment
  // only for its first words, the ones sbd's name-abbreviation rule looks at; after them only
  // words holding ".", "!" or "?" can end a sentence, and indexOf finds those far faster than a
  // scan of every character.
  const plain = isPlain(p);
  let n = words(p, plain ? FIRST + 1 : p.length);
  if (n < 0) {
    p = p.replace(RULE_RE_G, " @~@ ");
    n = words(p, p.length);
  }
  if (!n) return;
  const most = plain ? (p.length >> 1) + 2 * FIRST + 4 : 2 * n + 2;
  if (PS.length < most) { PS = grow(PS, most); PE = grow(PE, most); }
  if (SS.length < most) { SS = grow(SS, most); SE = grow(SE, most); }
  const ws = WS, we = WE, wf = WF, ps = PS, pe = PE, ss = SS, se = SE;
  let np = 0, ns = 0, cur = 0, wordCount = 0;
  const first = plain ? Math.min(n, FIRST) : n;
  for (let i = 0; i < first; i++) {
    const s = ws[i], e = we[i];
    wordCount++;
    ps[np] = s; pe[np++] = e;
    const flags = wf[i];
    if (flags & HAS_COMMA) wordCount = 0;
    const last = p.charCodeAt(e - 1);
    let boundary = last === BANG || last === QUEST || (e - s === 1 && last === DOT);
    if (!boundary && e - s === 3 && last === AT && p.charCodeAt(s) === AT && p.charCodeAt(s + 1) === TILDE) {
      np--; // sbd's line-break marker, "@~@"
      boundary = true;
    }
    if (!boundary) {
      // sbd judges the word without one closing double quote, but keeps the quote in the sentence
      const wEnd = last === QUOTE || last === RDQUO ? e - 1 : e;
      if (wEnd > s && p.charCodeAt(wEnd - 1) === DOT) {
        if (i + 1 < n) {
          if (wEnd - s === 2 && !isDigit(p.charCodeAt(s))) continue; // an initial: "J."
          if (commonAbbreviation(p, s, wEnd)) continue;
          const ns0 = ws[i + 1], ne0 = we[i + 1];
          if (sentenceStarter(p, ns0, ne0)) {
            if (timeAbbreviation(p, s, wEnd, ns0, ne0)) continue;
            if (nameAbbreviation(p, ws, wordCount, i, 6, n, s, wEnd)) continue;
            if (numericAt(p, ns0, ne0) && (wEnd - s <= 3 || capitalized(p, s, wEnd))) continue;
          } else {
            if (wEnd - s >= 2 && p.charCodeAt(wEnd - 2) === DOT) continue; // an ellipsis
            if (dotted(p, s, wEnd)) continue;
            if (nameAbbreviation(p, ws, wordCount, i, 5, n, s, wEnd)) continue;
          }
        }
        boundary = true;
      } else if (flags & (HAS_DOT | HAS_BANG)) {
        const at = concatenation(p, s, wEnd);
        if (at >= 0) {
          pe[np - 1] = at;
          if (np > cur) { ss[ns] = cur; se[ns++] = np; }
          cur = np;
          wordCount = 0;
          ps[np] = at + 1; pe[np++] = wEnd;
        }
      }
    }
    if (boundary) {
      if (np > cur) { ss[ns] = cur; se[ns++] = np; } // sbd drops empty sentences
      cur = np;
      wordCount = 0;
    }
  }
  if (plain && n > FIRST) {
    const len = p.length;
    let span = ws[FIRST]; // start of the words not yet in a piece
    let nd = p.indexOf(".", span), nb = p.indexOf("!", span), nq = p.indexOf("?", span);
    if (nd < 0) nd = len;
    if (nb < 0) nb = len;
    if (nq < 0) nq = len;
    for (;;) {
      const d = nd < nb ? (nd < nq ? nd : nq) : nb < nq ? nb : nq;
      if (d >= len) break;
      // the word holding it; the same rules as above, for a word past the first few
      const s = p.lastIndexOf(" ", d) + 1;
      let e = p.indexOf(" ", d);
      if (e < 0) e = len;
      const last = p.charCodeAt(e - 1);
      let boundary = last === BANG || last === QUEST || (e - s === 1 && last === DOT);
      let at = -1, wEnd = e;
      if (!boundary) {
        wEnd = last === QUOTE || last === RDQUO ? e - 1 : e;
        if (wEnd > s && p.charCodeAt(wEnd - 1) === DOT) {
          boundary = true;
          if (e < len) {
            if ((wEnd - s === 2 && !isDigit(p.charCodeAt(s))) || commonAbbreviation(p, s, wEnd)) boundary = false;
            else {
              const ns0 = e + 1;
              let ne0 = p.indexOf(" ", ns0);
              if (ne0 < 0) ne0 = len;
              if (sentenceStarter(p, ns0, ne0)) {
                if (timeAbbreviation(p, s, wEnd, ns0, ne0) || (numericAt(p, ns0, ne0) && (wEnd - s <= 3 || capitalized(p, s, wEnd)))) boundary = false;
              } else if ((wEnd - s >= 2 && p.charCodeAt(wEnd - 2) === DOT) || dotted(p, s, wEnd)) boundary = false;
            }
          }
        } else at = concatenation(p, s, wEnd);
      }
      if (boundary) {
        ps[np] = span; pe[np++] = e;
        ss[ns] = cur; se[ns++] = np;
        cur = np;
        span = e + 1;
      } else if (at >= 0) {
        ps[np] = span; pe[np++] = at;
        ss[ns] = cur; se[ns++] = np;
        cur = np;
        ps[np] = at + 1; pe[np++] = wEnd;
        span = e + 1;
      }
      const next = e + 1;
      if (nd < next) { nd = p.indexOf(".", next); if (nd < 0) nd = len; }
      if (nb < next) { nb = p.indexOf("!", next); if (nb < 0) nb = len; }
      if (nq < next) { nq = p.indexOf("?", next); if (nq < 0) nq = len; }
    }
    if (span < len) { ps[np] = span; pe[np++] = len; }
  }
  if (np > cur) { ss[ns] = cur; se[ns++] = np; }
  // sbd joins a lone list marker ("1." or "a.") to the sentence after it, unless that starts with a dot word
  let prev = -1;
  for (let k = 0; k < ns; k++) {
    if (prev >= 0 && se[prev] - ss[prev] === 1) {
      // (a piece of the indexOf path may hold several words: its first word is up to a space)
      const a = ps[ss[prev]], b = pe[ss[prev]];
      if (b - a >= 2 && b - a <= 3 && p.charCodeAt(b - 1) === DOT && p.charCodeAt(a + 1) !== 32 && p.charCodeAt(b - 2) !== 32) {
        const fs = ps[ss[k]], d = p.indexOf(".", fs), sp = p.indexOf(" ", fs);
        let fe = pe[ss[k]];
        if (sp >= 0 && sp < fe) fe = sp;
        if (d < 0 || d >= fe) {
          se[prev] = se[k];
          continue;
        }
      }
    }
    if (prev >= 0) emit(p, ss[prev], se[prev], out);
    prev = k;
  }
  if (prev >= 0) emit(p, ss[prev], se[prev], out);
}

/** a sentence's pieces joined by single spaces, as sbd joins its words */
function emit(p: string, from: number, to: number, out: string[]): void {
  const ps = PS, pe = PE;
  let simple = true;
  for (let k = from; k + 1 < to; k++) {
    if (ps[k + 1] !== pe[k] + 1 || p.charCodeAt(pe[k]) !== 32) { simple = false; break; }
  }
  let t: string;
  if (simple) t = p.slice(ps[from], pe[to - 1]);
  else {
    t = p.slice(ps[from], pe[from]);
    for (let k = from + 1; k < to; k++) t += " " + p.slice(ps[k], pe[k]);
  }
  t = t.trim();
  if (t) out.push(t);
}

/** Splits text into sentences; paragraph breaks always end a sentence. */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  if (text.indexOf("\n") < 0) {
    const p = text.trim();
    if (p) splitParagraph(p, out);
    return out;
  }
  for (const para of text.split(/\n\s*\n/)) {
    const p = para.replace(/\s*\n\s*/g, " ").trim();
    if (p) splitParagraph(p, out);
  }
  return out;
}

/** Splits text into paragraphs (blank-line separated, or one line each when the text has no blank lines). */
export function splitParagraphs(text: string): string[] {
  const blocks = /\n\s*\n/.test(text) ? text.split(/\n\s*\n/) : text.split(/\n/);
  return blocks.map((b) => b.replace(/\s*\n\s*/g, " ").trim()).filter(Boolean);
}
