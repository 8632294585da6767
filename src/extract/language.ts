// The article's language, for the page's lang attribute, search (Pagefind splits its index by
// language) and the language-specific extraction rules. ELD (Efficient Language Detector) with its
// small n-gram database: about ten times faster than tinyld or franc on news text, which matters at
// tens of thousands of articles a build. A 1,000-character sample (a lead and a bit) is as reliable
// on news text as 2,000 and takes half the time.
//
// Even so ELD was an eighth of the extraction time, so most texts never reach it: news prose is
// full of function words, and counting the few that belong to one language only ("the", "los",
// "não", "dans", "della", "und") settles the clear cases at a tenth of the cost. Anything short,
// mixed, or in another language goes to ELD as before; test/language.test.ts checks the two agree.
import { eld } from "eld/small";

const SAMPLE = 1000;

// Words each found in one of these languages' running text and not in the others' (so no "a",
// "de", "que", "la", "en", "con", "una", "il", "mais", "por"). Catalan, Galician, Dutch, the
// Nordic languages and Romanian are here only as rivals: a text with many of their words is left
// to ELD.
const STOP_WORDS: Record<string, string> = {
  en: "the and of to that with for from said have has had were which this their they been would by who after is are its be than",
  es: "el los las y según fue pero muy también hasta sus dijo tras mientras cuando donde unos unas estos están hay ya además",
  pt: "os da em na ao aos uma foi pelo pela pelos pelas são não disse já até após muito seu sua ele isso também nas estão",
  fr: "des et est une dans pour au aux sur pas elle ont été avec par ce cette ces sont selon leur qu très",
  it: "gli della dei delle degli è che nel nella nei sul sulla anche dopo hanno loro stato stati sono più dal dalla alla agli questo questa",
  de: "der und das den dem ist nicht mit von zu auf ein eine einer im sich auch wurde werden sind bei nach für aus wie sie er",
  ca: "els amb és aquest aquesta dels pel seva més havia seus",
  gl: "unha non coa dun dunha polo pola cun tamén moi xa",
  nl: "het een niet zijn voor ook wordt naar werd heeft deze",
  nordic: "og til med af ikke det som på och att är av för ett",
  ro: "în care pentru fost este sunt și din",
};
// The commonest words of the Romance languages, shared among them: they say nothing about which
// Romance language, but a lot about "not English", so a Spanish paragraph after an English one
// (where ELD's answer could go either way) is not taken for English, nor the other way round.
const ROMANCE_WORDS = "de la que en se del con por una le les";
const LANGS = Object.keys(STOP_WORDS);
const ROMANCE = new Set(["es", "pt", "fr", "it", "ca", "gl", "ro"]);
/** the languages the fast path may answer; the rest only compete */
const ANSWERS = new Set(["en", "es", "pt", "fr", "it", "de"]);
const SHARED = LANGS.length; // the index counting ROMANCE_WORDS
const WORD_LANG = new Map<string, number>();
for (const [i, lang] of LANGS.entries()) {
  for (const w of STOP_WORDS[lang].split(" ")) {
    if (WORD_LANG.has(w)) throw new Error(`stop word "${w}" listed for both ${LANGS[WORD_LANG.get(w)!]} and ${lang}`);
    WORD_LANG.set(w, i);
  }
}
for (const w of ROMANCE_WORDS.split(" ")) {
  if (WORD_LANG.has(w)) throw new Error(`"${w}" is both a Romance word and a ${LANGS[WORD_LANG.get(w)!]} one`);
  WORD_LANG.set(w, SHARED);
}
const MAX_WORD = Math.max(...[...WORD_LANG.keys()].map((w) => w.length));

// Thresholds from the English and Spanish corpora (every text and paragraph checked against ELD)
// and the other languages' test paragraphs: clear text has dozens of hits and the rivals next to
// none, so these leave a wide margin.
const MIN_HITS = 6; // distinctive words of the winner
const MIN_SHARE = 0.15; // the winner's words (with the shared Romance ones) among all words of the sample
const MIN_LEAD = 5; // times each rival's distinctive words
// Each half of the sample must point the same way on its own, so an English headline and chrome
// above a Spanish body (ELD may answer either) is left to ELD.
const HALF_MIN_HITS = 3;
const HALF_MIN_LEAD = 3;

/** Latin letters, including the accented ones of the Latin-1 and Latin Extended-A/B blocks */
function isLatinLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

/** the clear winner among the hit counts, or null */
function verdict(hits: number[], minHits: number, minLead: number): string | null {
  let top = 0;
  for (let i = 1; i < SHARED; i++) if (hits[i] > hits[top]) top = i;
  const lang = LANGS[top];
  if (!ANSWERS.has(lang) || hits[top] < minHits) return null;
  const romance = ROMANCE.has(lang);
  for (let i = 0; i < SHARED; i++) {
    if (i === top) continue;
    // The shared Romance words count against a non-Romance winner only: evidence of "not
    // English", never of one Romance language over another.
    const theirs = hits[i] + (!romance && ROMANCE.has(LANGS[i]) ? hits[SHARED] : 0);
    if (hits[top] < minLead * theirs) return null;
  }
  return lang;
}

/** The language whose distinctive words clearly dominate the sample, or null to ask ELD. */
export function quickLanguage(sample: string): string | null {
  const first = new Array<number>(SHARED + 1).fill(0);
  const second = new Array<number>(SHARED + 1).fill(0);
  let words = 0;
  const len = sample.length, mid = len >> 1;
  for (let j = 0; j < len; ) {
    while (j < len && !isLatinLetter(sample.charCodeAt(j))) j++;
    if (j >= len) break;
    const s = j;
    let upper = false;
    for (let c = sample.charCodeAt(j); j < len && isLatinLetter(c); c = sample.charCodeAt(++j)) if (c < 97 || (c >= 0xc0 && c < 0xdf) || c >= 0x100) upper = true;
    words++;
    if (j - s > MAX_WORD) continue;
    const word = sample.slice(s, j);
    const lang = WORD_LANG.get(upper ? word.toLowerCase() : word);
    if (lang !== undefined) (s < mid ? first : second)[lang]++;
  }
  const hits = first.map((h, i) => h + second[i]);
  const lang = verdict(hits, MIN_HITS, MIN_LEAD);
  if (!lang) return null;
  const i = LANGS.indexOf(lang);
  if (hits[i] + (ROMANCE.has(lang) ? hits[SHARED] : 0) < MIN_SHARE * words) return null;
  if (verdict(first, HALF_MIN_HITS, HALF_MIN_LEAD) !== lang || verdict(second, HALF_MIN_HITS, HALF_MIN_LEAD) !== lang) return null;
  return lang;
}

// \p{L} by char code, classified once per code unit: a Unicode regex over the whole sample cost
// as much as the fast path itself.
const LETTER = new Uint8Array(0x10000); // 0 unknown, 1 yes, 2 no
const L = /\p{L}/u;

/** Whether the sample has at least n letters (UTF-16 units, as the length of its letters-only copy). */
function hasLetters(sample: string, n: number): boolean {
  let count = 0;
  for (let i = 0; i < sample.length && count < n; i++) {
    const c = sample.charCodeAt(i);
    if (c < 128) {
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) count++;
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < sample.length && sample.charCodeAt(i + 1) >= 0xdc00 && sample.charCodeAt(i + 1) <= 0xdfff) {
      if (L.test(sample.slice(i, i + 2))) count += 2;
      i++;
    } else {
      if (!LETTER[c]) LETTER[c] = L.test(String.fromCharCode(c)) ? 1 : 2;
      if (LETTER[c] === 1) count++;
    }
  }
  return count >= n;
}

export function detectLanguage(text: string, fallback = "en"): string {
  const sample = text.slice(0, SAMPLE);
  if (!hasLetters(sample, 20)) return fallback;
  const quick = quickLanguage(sample);
  if (quick) return quick;
  const result = eld.detect(sample);
  // ELD reports "" when no language is reliable enough; the archive then keeps its default.
  return /^[a-z]{2,3}$/.test(result.language) && result.isReliable() ? result.language : fallback;
}
