// Publication dates and event dates.
//
// A publication date is only "stated" when a header line (byline, dateline, "Published:" label) gives it;
// a date in an ordinary sentence is an event of the story. Without a stated date we infer one: a
// publication is never earlier than the latest event it reports, so the latest dated event is the
// earliest possible publication day. The hard part is the year, which news text usually omits, so
// years are resolved for the whole text at once (see makeYearResolver) rather than per mention.
//
// Speed: chrono-node costs ~15 µs per short snippet and a 6 kB article names 20–40 dates, which alone
// would exceed the pipeline's per-article budget. The body is therefore scanned with one precompiled
// regex per language (DateOptions.lang picks the table, see DateLocale at the end) for the formats its
// news uses; for English, chrono only parses the few header lines that carry a numeric date
// (23/01/2023, 2023/01/23) the regex does not cover. Spanish writes those day first, and its table
// reads them itself.
import { createRequire } from "node:module";
import type * as Chrono from "chrono-node";

// chrono-node takes about 0.2 s to load and reads only numeric header dates, which most articles do
// not have: it is loaded on first use, so a rebuild that adds one article does not pay for it.
const requireCjs = createRequire(import.meta.url);
let chronoModule: typeof Chrono | null = null;
const chrono = (): typeof Chrono => (chronoModule ??= requireCjs("chrono-node") as typeof Chrono);
let dayFirst: Chrono.Chrono | null = null;
/**
 * Numeric dates read day first ("11/01/2023" is 11 January), as every English-language outlet outside
 * the United States prints them, and month first only when day first cannot be a date ("01/23/2023").
 */
function parseNumeric(line: string, ref: Date): Chrono.ParsedResult | undefined {
  const c = chrono();
  dayFirst ??= new c.Chrono(c.en.configuration.createConfiguration(true, true));
  const certain = (r: Chrono.ParsedResult | undefined) => r && r.start.isCertain("day") && r.start.isCertain("month") && r.start.isCertain("year") ? r : undefined;
  return certain(dayFirst.parse(line, ref)[0]) ?? certain(c.en.strict.parse(line, ref)[0]);
}

export interface PublicationDate {
  date: string | null;
  source: "text" | "inferred" | null;
  warning: string | null;
  evidence: string | null;
  /** true when nothing in the text fixed the year (see DateOptions.defaultYear) */
  yearGuessed?: boolean;
}

export interface DateOptions {
  /** "YYYY-MM-DD"; no date later than this is accepted (default: the real today) */
  today?: string;
  /** the article's language ("en", "es"): picks the month names and the words around dates */
  lang?: string;
  /**
   * A year to assume when the text gives no clue to it at all (no year, no weekday+date pair), e.g. the
   * most common year of the other articles in the archive. Without it the most recent year that keeps
   * every date on or before today is assumed, and the result has yearGuessed set.
   */
  defaultYear?: number;
  /**
   * The archive's typical date as a day number (days since 1970-01-01), for a text whose own years
   * do not fix its year: the year that puts the text's months nearest to it is assumed. Preferred
   * to defaultYear: "December 7" in an archive of December 2022 to March 2023 is the December
   * before most of its dates.
   */
  archiveDay?: number;
  /**
   * How many of the text's first paragraphs the layout read as the page's header (headline, decks,
   * byline, date lines): none of them starts the body, however long a standfirst is.
   */
  headerLines?: number;
}

// ---------------------------------------------------------------------------------------------
// Day arithmetic on UTC day numbers (days since 1970-01-01), so time zones never shift a date.

const DAY_MS = 86_400_000;
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
/** Day number of a calendar date, null for a day the month does not have ("February 30"). */
function dayNumber(y: number, m: number, d: number): number | null {
  if (m < 1 || m > 12 || d < 1 || d > (m === 2 && isLeap(y) ? 29 : MONTH_DAYS[m - 1])) return null;
  // Plain arithmetic (days-from-civil) rather than Date objects: year resolution calls this thousands
  // of times per article.
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}
const weekdayOf = (n: number): number => (((n + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
function fmt(n: number): string {
  // civil-from-days by arithmetic (the inverse of dayNumber); Date only for years toISOString would
  // write with a sign or more digits
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  if (y < 1000 || y > 9999) return new Date(n * DAY_MS).toISOString().slice(0, 10);
  return `${y}-${m < 10 ? "0" : ""}${m}-${d < 10 ? "0" : ""}${d}`;
}
function parseIso(s: string | null | undefined): number | null {
  const m = s ? /^(\d{4})-(\d{2})-(\d{2})/.exec(s) : null;
  return m ? dayNumber(+m[1], +m[2], +m[3]) : null;
}
function addMonths(n: number, k: number): number {
  const d = new Date(n * DAY_MS);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + k;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return Math.round(Date.UTC(y, m, Math.min(d.getUTCDate(), last)) / DAY_MS);
}
function todayNumber(opt?: DateOptions): number {
  return parseIso(opt?.today) ?? Math.floor(Date.now() / DAY_MS);
}
const yearOfDay = (n: number): number => new Date(n * DAY_MS).getUTCFullYear();

// ---------------------------------------------------------------------------------------------
// The mention scanner.

const WD_FULL = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY";
const WD_ANY = `${WD_FULL}|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun|Mon`;
// Case-sensitive on purpose: "may", "march" and "august" are ordinary words in lower case. Capitals
// are a page's date line ("FEBRUARY 10, 2023") or a factbox's ("DEC. 11-12 -").
const MON_FULL = [...MONTH_NAMES, ...MONTH_NAMES.map((m) => m.toUpperCase())].join("|");
const MON_ANY = `${MON_FULL}|Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec|SEPT|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEP|OCT|NOV|DEC`;
const YR = "(?:19|20)\\d\\d";
// A year ends the number, except where a scrape glued the time to it: "January 10, 20237:48 PM".
const YR_END = "(?!%)(?!\\d(?!\\d?[:.]\\d\\d))";
// Letters spelled out rather than \p{L}: the "u" flag doubles the scan time on V8.
const LETTER = "[A-Za-zÀ-ÖØ-öø-ÿ]";
const MON_END = `(?:\\.|(?!${LETTER}))`; // "Dec." or "Dec " but not "Decades"
const WD_END = MON_END;

// A date never runs across a line break: "…Toll Passes 50" over "January 20, 2023" is a headline's
// number and a date line, not "50 January". Longest forms first: at each position the alternation
// takes the first that matches. Each form is
// its own alternative (no optional lead-in before a digit): an optional prefix ahead of "\d" makes V8
// try the pattern at every position, which made the scan twenty times slower.
const FORMS = [
  // [weekday[,]] Month day[-day][, year] and weekday (Month day)
  ["md", `(?:(${WD_ANY})${WD_END},?[^\\S\\n]+(?:the[^\\S\\n]+)?|(${WD_ANY})${WD_END}[^\\S\\n]*\\([^\\S\\n]*)?(${MON_ANY})${MON_END}[^\\S\\n]*(\\d{1,2})(?:st|nd|rd|th)?(?:[-–](\\d{1,2}))?(?![\\d:])(?:[^\\S\\n]*\\)|,?[^\\S\\n]+(${YR})${YR_END})?`],
  // weekday[,] day Month [year]
  ["wdm", `(${WD_ANY})${WD_END},?[^\\S\\n]+(?:the[^\\S\\n]+)?(\\d{1,2})(?:st|nd|rd|th)?[^\\S\\n]+(?:of[^\\S\\n]+)?(${MON_ANY})${MON_END}(?:,?[^\\S\\n]+(${YR})${YR_END})?`],
  // day Month [year]
  ["dm", `(\\d{1,2})(?:st|nd|rd|th)?(?:[-–](\\d{1,2}))?[^\\S\\n]+(?:of[^\\S\\n]+)?(${MON_ANY})${MON_END}(?:,?[^\\S\\n]+(${YR})${YR_END})?`],
  // Month year
  ["my", `(${MON_ANY})${MON_END},?[^\\S\\n]+(${YR})${YR_END}`],
  // ISO date
  ["iso", `(${YR})-(\\d\\d)-(\\d\\d)(?!\\d)`],
  // a month alone, a weekday alone, a year alone (context decides later whether they count)
  ["month", `(${MON_FULL})(?!${LETTER})`],
  ["weekday", `(${WD_FULL})(?!${LETTER})`],
  ["year", `(${YR})(?![\\d%]|[-–/]\\d)`],
] as const;
type Form = "md" | "md2" | "wdm" | "dm" | "dmy" | "my" | "iso" | "month" | "weekday" | "year";

const DIGITS = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];
const byNumber = (a: number, b: number): number => a - b;

interface MentionTable {
  re: RegExp;
  /** the same pattern, tried at one position: the scan runs it only where a mention can start */
  sticky: RegExp;
  /** the first three letters of every month and weekday name (lower case when the table is caseless) */
  prefixes: string[];
  /** the prefixes or a digit, for a caseless table's lower-cased text */
  prefixRe: RegExp;
  /** a case-sensitive table's prefixes and digits by their first character: what follows it */
  byFirst: Map<string, string[]>;
  caseless: boolean;
  /** where each form's groups start in the combined match array */
  groups: { form: Form; at: number; count: number }[];
}
/**
 * `names`: every month and weekday name the forms contain. Each form starts with one of them or with a
 * digit; that is what lets the scan look for mentions with indexOf (see mentionStarts).
 */
function mentionTable(forms: readonly (readonly [Form, string])[], names: string[], flags = ""): MentionTable {
  const groups: MentionTable["groups"] = [];
  let at = 1;
  for (const [form, p] of forms) {
    const count = new RegExp(`${p}|`).exec("")!.length - 1;
    groups.push({ form, at, count });
    at += count;
  }
  const caseless = flags.includes("i");
  if (names.some((n) => n.length < 3)) throw new Error("mention names need three letters");
  const prefixes = [...new Set(names.map((n) => (caseless ? n.toLowerCase() : n).slice(0, 3)))];
  const source = forms.map(([, p]) => `(?<![A-Za-zÀ-ÖØ-öø-ÿ\\d])${p}`).join("|");
  const prefixRe = new RegExp(`${prefixes.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")}|\\d`, "g");
  const byFirst = new Map<string, string[]>(DIGITS.map((d) => [d, []]));
  for (const p of prefixes) byFirst.set(p[0], [...(byFirst.get(p[0]) ?? []), p.slice(1)]);
  return { re: new RegExp(source, "g" + flags), sticky: new RegExp(source, "y" + flags), prefixes, prefixRe, byFirst, caseless, groups };
}

/** a letter or digit before a position: no mention starts there (the tables' lookbehind) */
function wordBefore(text: string, i: number): boolean {
  if (i === 0) return false;
  const c = text.charCodeAt(i - 1);
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
  return c >= 0xc0 && c <= 0xff && c !== 0xd7 && c !== 0xf7;
}

/**
 * Where a mention may start, in order: every month or weekday name starts with one of the table's
 * prefixes and every other form with a digit, after no letter or digit. The combined regex, tried at
 * every character, was the scan's main cost (several times that in Spanish, whose table is
 * case-insensitive); it now runs only at these positions. null when the lower-cased text does not line
 * up with the text (a letter whose lower case is longer), and the regex then scans as before.
 */
function mentionStarts(text: string, T: MentionTable): number[] | null {
  const out: number[] = [];
  if (T.caseless) {
    // Lower-cased, a name is one of the prefixes whatever its case; the prefixes are too common as
    // first letters for indexOf to be quick, so one case-sensitive regex pass finds them.
    const hay = text.toLowerCase();
    if (hay.length !== text.length) return null;
    const re = T.prefixRe;
    re.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = re.exec(hay)); ) {
      if (!wordBefore(text, m.index)) out.push(m.index);
      re.lastIndex = m.index + 1;
    }
    return out;
  }
  // Capitals and digits are rare enough in running text that indexOf finds them at memory speed; a
  // three-letter needle would be searched once per name.
  for (const [first, rest] of T.byFirst) {
    for (let i = text.indexOf(first); i >= 0; i = text.indexOf(first, i + 1)) {
      if (wordBefore(text, i)) continue;
      if (rest.length === 0) out.push(i);
      else for (const r of rest) if (text.startsWith(r, i + 1)) { out.push(i); break; }
    }
  }
  return out.sort(byNumber);
}

/** the form a combined match came from and its groups */
function matchedForm(m: RegExpExecArray, groups: MentionTable["groups"]): { form: Form; g: (string | undefined)[] } {
  for (const { form, at, count } of groups) {
    for (let k = at; k < at + count; k++) if (m[k] !== undefined) return { form, g: m.slice(at, at + count) };
  }
  throw new Error("unreachable: a mention matched no form");
}

const MONTH_INDEX = new Map<string, number>();
MONTH_NAMES.forEach((n, i) => {
  MONTH_INDEX.set(n, i + 1);
  MONTH_INDEX.set(n.slice(0, 3), i + 1);
});
MONTH_INDEX.set("Sept", 9);
for (const [k, v] of [...MONTH_INDEX]) MONTH_INDEX.set(k.toUpperCase(), v);
const WEEKDAY_INDEX = new Map<string, number>();
WEEKDAYS.forEach((n, i) => {
  WEEKDAY_INDEX.set(n, i);
  WEEKDAY_INDEX.set(n.slice(0, 3), i);
});
for (const [k, v] of [["Tues", 2], ["Thur", 4], ["Thurs", 4]] as const) WEEKDAY_INDEX.set(k, v);
for (const [k, v] of [...WEEKDAY_INDEX]) WEEKDAY_INDEX.set(k.toUpperCase(), v);

interface DateMention {
  index: number;
  end: number;
  text: string;
  month: number;
  /** null for a month-level mention ("in September", "October 2020") */
  day: number | null;
  /** last day of a range ("December 11-12") */
  dayEnd: number | null;
  year: number | null;
  weekday: number | null;
  sentence: number;
  /** scheduled, expected or a deadline, so not something that has happened */
  future: boolean;
  /** "since/until/before/after DATE": a bound of a period rather than the day something happened */
  guard: "since" | "until" | "before" | "after" | null;
  /** "This article was originally published on …" */
  original: boolean;
}
interface WeekdayMention {
  index: number;
  text: string;
  weekday: number;
  sentence: number;
  /** "last"/"next": named so ("last Friday"); "past": a day the language names as past by its article ("el sábado") */
  relation: "last" | "next" | "past" | null;
  future: boolean;
}
interface YearMention {
  index: number;
  year: number;
  sentence: number;
  future: boolean;
}
interface Scan {
  text: string;
  dates: DateMention[];
  weekdays: WeekdayMention[];
  years: YearMention[];
  sentenceStarts: number[];
  readonly relatives: Relative[];
  /** a yearless dateline with the weekday the lead gives it ("20 ene (EFE).- … elevó este viernes") */
  softPairs?: { month: number; day: number; weekday: number }[];
  /** "mid-February", "a fines de enero": parts of months, read only as the latest event's lower bound */
  parts: DateMention[];
}

// Context tests run on the stretch of the mention's sentence just before it.
const FUTURE_CONTEXT = /\b(?:will|shall|would|may|might|must|going to|plans? to|planned|planning|scheduled|slated|expected to|set to|set for|due to|to be held|upcoming|deadline|ultimatum|postponed to|moved to|calls? for|preparing to|prepare to|preparations for|intends? to|vowed to|threaten(?:s|ed)? to|announced (?:a |an |the )?(?:truce|resumption|plans?))\b/;
// Not "by": "by February 2 the toll had reached 60" reports the past as often as it sets a deadline.
const FUTURE_RIGHT_BEFORE = /\b(?:next|coming|until|till|before|ahead of)\s*(?:on\s+)?$/;
// A bare weekday after these is the start of something announced ("an indefinite strike starting Tuesday").
const WEEKDAY_FUTURE_BEFORE = /\b(?:starting|beginning|from|through)\s*(?:on\s+)?$/;
const GUARD_BEFORE = /\b(since|until|till|through|before|after|ahead of)\s+(?:(?:early|late|mid|the end of|the start of)[\s-]+)?$/;
const MONTH_ALONE_OK = /\b(?:in|since|early|late|mid|until|till|by|during|last|this|next|of|from|through|throughout|between|and|to|before|after|end of|beginning of|start of|since early|since late)\s*-?$/;
// ("Every Saturday for most of this year": a habit, not a day)
const WEEKDAY_NAMES_NOT_DAYS = /\b(?:black|good|bloody|super|ash|cyber|holy|easter|palm|maundy|shrove|giving|small business|[Ee]very|[Ee]ach)\s*$/;
const NOT_A_YEAR_AFTER = /^\s+(?:people|persons|protesters|protestors|demonstrators|troops|police|officers|soldiers|workers|families|residents|students|miners|members|participants|marchers|hectares|km|kilometers|kilometres|miles|meters|metres|feet|tons|tonnes|dollars|soles|euros|percent|per cent|cases|deaths|dead|injured|times)\b/;
const NOT_A_YEAR_BEFORE = /\b(?:some|about|over|nearly|around|approximately|least|than|almost|roughly|estimated|to|and|US\$|\$|S\/)\s*$/i;
const HISTORIC_YEAR_BEFORE = /\b(?:the year|born in|founded in|century)\s*$/;

// Sentence ends: punctuation then space, or a line break. Dots of abbreviations ("Dec.", "U.S.") are
// skipped so "on Dec. 13" stays in one sentence.
const SENTENCE_END = /[.!?]["”’)\]]*\s+|\n\s*/g;
const ABBREV_BEFORE_DOT = /(?:^|[\s(])(?:[A-Z]|[A-Z]\.[A-Z]|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|Mr|Mrs|Ms|Dr|St|Gen|Gov|Sen|Rep|Lt|Col|Gral|No|vs)$/;

function sentenceStarts(text: string, L: DateLocale): number[] {
  // SENTENCE_END by hand: it can only match at ".", "!", "?" or a line break, which indexOf finds far
  // faster than the regex walks the text; from each it takes what the regex would.
  const starts = [0];
  const n = text.length;
  let dot = text.indexOf(".");
  let bang = text.indexOf("!");
  let ask = text.indexOf("?");
  let nl = text.indexOf("\n");
  for (let pos = 0; ; ) {
    if (dot >= 0 && dot < pos) dot = text.indexOf(".", pos);
    if (bang >= 0 && bang < pos) bang = text.indexOf("!", pos);
    if (ask >= 0 && ask < pos) ask = text.indexOf("?", pos);
    if (nl >= 0 && nl < pos) nl = text.indexOf("\n", pos);
    let i = n;
    if (dot >= 0 && dot < i) i = dot;
    if (bang >= 0 && bang < i) i = bang;
    if (ask >= 0 && ask < i) i = ask;
    if (nl >= 0 && nl < i) i = nl;
    if (i === n) break;
    let j = i + 1;
    if (i === nl) {
      while (j < n && isSpace(text.charCodeAt(j))) j++;
      starts.push(j);
      pos = j;
      continue;
    }
    while (j < n && isCloser(text.charCodeAt(j))) j++;
    let k = j;
    while (k < n && isSpace(text.charCodeAt(k))) k++;
    pos = k === j ? i + 1 : k;
    if (k === j) continue;
    if (i === dot && L.abbrevBeforeDot.test(text.slice(Math.max(0, i - 6), i))) continue;
    starts.push(k);
  }
  return starts;
}
/** what \s matches */
function isSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
/** ["”’)\]] after a sentence's final punctuation */
function isCloser(c: number): boolean {
  return c === 0x22 || c === 0x201d || c === 0x2019 || c === 0x29 || c === 0x5d;
}
function sentenceOf(starts: number[], index: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= index) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Markdown links and bare URLs carry dates of other pages ("/2021/05/…"), never of this story. */
// (or its reading time: "March 16, 202311 MIN READ")
const GLUED_YEAR = /(?:19|20)\d\d(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Ene|Abr|Ago|Dic|\d{1,2} ?(?:MIN|[Mm]in)\b)/;
const GLUED_YEAR_ALL = new RegExp(`((?:19|20)\\d\\d)(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Ene|Abr|Ago|Dic|\\d{1,2} ?(?:MIN|[Mm]in)\\b))`, "g");

function normalize(text: string): string {
  // Each replacement is a full pass over the text; the cheap includes() checks skip most of them.
  if (text.includes("](")) text = text.replace(/!?\[([^[\]\n]*)\]\([^()\n]*\)/g, "$1");
  if (text.includes("://")) text = text.replace(/\bhttps?:\/\/\S+/g, " ");
  if (text.includes("\u00a0") || text.includes("\u202f")) text = text.replace(/[\u00a0\u202f]/g, " ");
  // "01/21/2023January 21, 2023": a page's two renderings of its date, glued by the scrape
  // (only a page's header shows its date twice; a pass over the whole text for it cost every article)
  if (GLUED_YEAR.test(text.length > 3000 ? text.slice(0, 3000) : text)) text = text.replace(GLUED_YEAR_ALL, "$1 ");
  // "Vol. 87/No. 3 January 23, 2023": an issue's number is no day of the month
  if (text.includes("No.") || text.includes("N°") || text.includes("Nº")) text = text.replace(ISSUE_NUMBER, (m) => " ".repeat(m.length));
  return text;
}
const ISSUE_NUMBER = /\b(?:No\.|N[°º]\.?|Nro\.)\s?\d{1,4}(?=\s)/g;

/** `parts`: read "mid-February" as a day of it (for the publication date's lower bound, never as an event's day) */
function scan(raw: string, normalized: boolean, L: DateLocale, parts = false): Scan {
  const text = normalized ? raw : normalize(raw);
  const starts = sentenceStarts(text, L);
  const dates: DateMention[] = [];
  const monthParts: DateMention[] = [];
  const weekdays: WeekdayMention[] = [];
  const years: YearMention[] = [];
  const { re, sticky, groups } = L.mentions;
  const cands = mentionStarts(text, L.mentions);
  let ci = 0;
  re.lastIndex = 0;
  for (;;) {
    let m: RegExpExecArray | null = null;
    if (cands === null) m = re.exec(text);
    else {
      // the leftmost match from the first candidate on, as the global regex would find it; then on
      // from its end
      while (ci < cands.length && m === null) {
        sticky.lastIndex = cands[ci++];
        m = sticky.exec(text);
      }
      if (m !== null) for (const e = m.index + m[0].length; ci < cands.length && cands[ci] < e; ) ci++;
    }
    if (m === null) break;
    const index = m.index;
    const sentence = sentenceOf(starts, index);
    const before = text.slice(Math.max(starts[sentence], index - 90), index).toLowerCase();
    // The end-anchored tests run on the last few words only: a "…$" regex is retried at every
    // character of its input, and these run for every mention.
    const tail = before.length > 32 ? before.slice(-32) : before;
    const future = L.futureContext.test(before) || L.futureRightBefore.test(tail);
    const gm = L.guardBefore.exec(tail);
    const guard: DateMention["guard"] = gm ? L.guardKind(gm[1]) : null;
    const end = index + m[0].length;
    const { form, g } = matchedForm(m, groups);
    const month = L.month;
    const weekdayIndex = L.weekday;
    // Every field in one fixed order: building these by object spread was half the scan's time.
    switch (form) {
      case "md":
        dates.push(mention(index, end, m[0], month(g[2]), +g[3]!, g[4] ? +g[4] : null, year(g[5]), weekdayIndex(g[0] ?? g[1]), sentence, future, guard));
        break;
      case "md2":
        dates.push(mention(index, end, m[0], month(g[0]), +g[1]!, null, year(g[2]), null, sentence, future, guard));
        break;
      case "wdm":
        dates.push(mention(index, end, m[0], month(g[2]), +g[1]!, null, year(g[3]), weekdayIndex(g[0]), sentence, future, guard));
        break;
      case "dm":
        dates.push(mention(index, end, m[0], month(g[2]), +g[0]!, g[1] ? +g[1] : null, year(g[3]), null, sentence, future, guard));
        break;
      case "dmy":
        // ("15.12.23 - Lima, Perú - …": a two-digit year is this century's)
        dates.push(mention(index, end, m[0], +g[1]!, +g[0]!, null, g[2]!.length === 2 ? 2000 + +g[2]! : +g[2]!, null, sentence, future, guard));
        break;
      case "my":
        dates.push(mention(index, end, m[0], month(g[0]), null, null, +g[1]!, null, sentence, future || L.targetContext.test(text.slice(Math.max(starts[sentence], index - 300), index)), guard));
        break;
      case "iso":
        dates.push(mention(index, end, m[0], +g[1]!, +g[2]!, null, +g[0]!, null, sentence, future, guard));
        break;
      case "month": {
        // "mid-February", "a mediados de febrero": a part of the month is a day to reckon with (its
        // middle, or the middle of its first or last third)
        const part = parts ? PART_OF_MONTH.exec(tail) : null;
        if (part && !L.monthAloneNotBefore.test(text.slice(end, end + 8))) {
          const day = /^(?:early|principios|inicios|comienzos)$/i.test(part[1] ?? part[2]) ? 5 : /^(?:mid|mediados)$/i.test(part[1] ?? part[2]) ? 15 : 25;
          // ("could be forced to halt production in early February": a prospect, not a date reached)
          monthParts.push(mention(index, end, (part[0] + m[0]).trim(), month(g[0]), day, null, null, null, sentence, future || MAYBE.test(before), guard));
          break;
        }
        // "May", "March" and "August" are also words; a bare month name counts only after a preposition.
        if (!L.monthAloneOk.test(tail) || L.monthAloneNotBefore.test(text.slice(end, end + 8))) break;
        dates.push(mention(index, end, m[0], month(g[0]), null, null, null, null, sentence, future, guard));
        break;
      }
      case "weekday": {
        if (L.weekdayNotDayBefore.test(tail)) break;
        const after = L.lowercaseNames ? text.slice(end, end + 16) : "";
        if (L.weekdayNotDayAfter && L.weekdayNotDayAfter.test(after)) break;
        // Languages that write weekdays in lower case use the capital for names ("Domingo Pérez").
        if (L.lowercaseNames && UPPER_FIRST.test(m[0]) && index > starts[sentence] && !OPENS_BEFORE.test(text.slice(index - 3, index))) break;
        // … and one followed by a capitalized word ("Domingo Pérez") is a name at a sentence start too
        if (L.lowercaseNames && UPPER_FIRST.test(m[0]) && UPPER_NEXT.test(after)) break;
        const relation = L.lastBefore.test(tail) || L.lastAfter?.test(after) ? "last" : L.nextBefore.test(tail) || L.nextAfter?.test(after) ? "next" : L.pastBefore?.test(tail) ? "past" : null;
        const futureAfter = L.weekdayFutureAfter !== undefined && L.weekdayFutureAfter.test(text.slice(end, end + 120));
        weekdays.push({ index, text: weekdayPhrase(text, index, m[0], starts[sentence], L), weekday: weekdayIndex(g[0])!, sentence, relation, future: future || futureAfter || L.weekdayFutureBefore.test(tail) });
        break;
      }
      case "year":
        if (L.notAYearAfter.test(text.slice(end, end + 24)) || L.notAYearBefore.test(tail) || L.historicYearBefore.test(tail)) break;
        if (COPYRIGHT_BEFORE.test(text.slice(Math.max(0, index - 120), index))) break;
        // (the whole sentence before it: "proposal to hold elections this year, leaving in place a plan … to hold them in April 2024")
        years.push({ index, year: +g[0]!, sentence, future: future || L.targetContext.test(text.slice(Math.max(starts[sentence], index - 300), index)) });
        break;
    }
  }
  // 2000 was a leap year, so this keeps February 29 and drops "June 31" or "January 45".
  const valid = dates.filter((d) => d.day === null || dayNumber(d.year ?? 2000, d.month, d.day) !== null);
  for (const d of valid) if (d.dayEnd !== null && (d.dayEnd <= d.day! || dayNumber(2000, d.month, d.dayEnd) === null)) d.dayEnd = null;
  for (const d of valid) if (d.year !== null && d.day !== null) d.original = L.originally.test(text.slice(Math.max(starts[d.sentence], d.index - 120), d.index));
  let rel: Relative[] | null = null;
  return {
    text,
    dates: valid,
    weekdays,
    years,
    parts: monthParts,
    sentenceStarts: starts,
    // Another pass over the text, only taken when a year or an inferred date needs it.
    get relatives() {
      return (rel ??= relatives(text, L));
    },
  };
}

const year = (y: string | undefined): number | null => (y ? +y : null);
const UPPER_FIRST = /^\p{Lu}/u;
const UPPER_NEXT = /^\s+\p{Lu}/u;
const OPENS_BEFORE = /[\n"“«(]\s*$/;
const COPYRIGHT_BEFORE = /\bcopyright\b|©|\(c\)/i;
function mention(index: number, end: number, text: string, month: number, day: number | null, dayEnd: number | null, year: number | null, weekday: number | null, sentence: number, future: boolean, guard: DateMention["guard"]): DateMention {
  return { index, end, text: text.trim(), month, day, dayEnd, year, weekday, sentence, future, guard, original: false };
}
/** "on Friday" / "last Sunday" reads better in a warning than a bare "Friday". */
function weekdayPhrase(text: string, index: number, word: string, sentenceStart: number, L: DateLocale): string {
  const pre = L.weekdayPhrasePre.exec(text.slice(Math.max(sentenceStart, index - 12), index));
  return (pre ? pre[0] : "") + word;
}

// ---------------------------------------------------------------------------------------------
// Year resolution.
//
// News text names "January 9" and "December 7" without years. Resolving each one alone against some
// reference gets year boundaries wrong, so the yearless months of the whole text are placed in one
// window: the shortest stretch of the calendar holding them all (the complement of the widest gap
// between the months named). A story naming December, January and February spans a new year, December
// in the earlier one. Then one year E for the window's last month is chosen by the text's evidence:
// weekday+date pairs ("Sunday, December 11" is only true in some years), lower bounds (a story is not
// older than the years it cites, "two years later" after "October 2020" means at least October 2022),
// explicit years given for the same months, a copyright year, else a default.

interface YearResolver {
  /** year for a yearless month; null when the text had no yearless mention */
  yearFor(month: number): number | null;
  basis: "pinned" | "bounded" | "copyright" | "default" | "guessed" | "none";
}

const NUMBER_WORDS: Record<string, number> = { first: 1, "1st": 1, second: 2, "2nd": 2, third: 3, "3rd": 3, a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
const NTH_WORDS: Record<string, number> = { second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12 };
const COUNT = "(\\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";
const ORDINAL = "(\\d{1,2}(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)";

/**
 * A phrase that dates by counting from another date: found by its keyword, then `re` is run on the
 * window of `before` characters before the keyword and `after` characters after it; group 1 is the
 * count, group 2 the unit.
 */
interface RelativeRule {
  keyword: RegExp;
  re: RegExp;
  kind: "later" | "ago" | "nth" | "since";
  before: number;
  after: number;
}
interface RelativeTable {
  rules: (RelativeRule & { anchored: RegExp })[];
  keywords: RegExp;
  count: (s: string) => number;
  nth: (s: string) => number;
  unit: (s: string) => Relative["unit"];
}
function relativeTable(rules: RelativeRule[], count: Record<string, number>, nth: Record<string, number>, units: [RegExp, Relative["unit"]][], caseless = false): RelativeTable {
  const fold = (s: string) => s.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  return {
    rules: rules.map((r) => ({ ...r, anchored: new RegExp(`^(?:${r.keyword.source})`, "i") })),
    keywords: new RegExp(rules.map((r) => r.keyword.source).join("|"), caseless ? "gi" : "g"),
    count: (s) => (/^\d+$/.test(s) ? +s : (count[fold(s)] ?? 0)),
    nth: (s) => (/^\d/.test(s) ? parseInt(s, 10) : (nth[fold(s)] ?? 0)),
    unit: (s) => units.find(([re]) => re.test(s))?.[1] ?? "day",
  };
}
const EN_UNITS: [RegExp, Relative["unit"]][] = [[/^day/i, "day"], [/^week/i, "week"], [/^month/i, "month"], [/^year/i, "year"], [/^anniversar/i, "year"]];
const EN_RELATIVES = relativeTable(
  [
    { keyword: /later(?![a-z])/, re: new RegExp(`\\b${COUNT}\\s+(year|month)s?\\s+later$`, "i"), kind: "later", before: 30, after: 5 },
    { keyword: /ago(?![a-z])/, re: new RegExp(`\\b${COUNT}\\s+(day|week|month)s?\\s+ago$`, "i"), kind: "ago", before: 30, after: 3 },
    // an anniversary: "one year since security forces killed 17 people", "a year on from", "two years after"
    // "On January 9, the first anniversary of the massacre": the date is a year after the event's
    { keyword: /anniversary(?![a-z])/, re: /\b(first|second|third|1st|2nd|3rd)\s+(anniversary)\b/i, kind: "since", before: 8, after: 11 },
    { keyword: /years?\s+(?:to the day\s+)?(?:since|after|on|ha(?:s|ve)\s+passed)(?![a-z])/, re: new RegExp(`\\b${COUNT}\\s+(year)s?\\s+(?:to the day\\s+)?(?:since|after|on|ha(?:s|ve)\\s+passed)\\b`, "i"), kind: "since", before: 16, after: 28 },
    ...["consecutive", "straight", "successive"].map((k) => ({ keyword: new RegExp(k), re: new RegExp(`\\b${ORDINAL}\\s+${k}\\s+(day|week|month)\\b`, "i"), kind: "nth" as const, before: 30, after: k.length + 8 })),
  ],
  NUMBER_WORDS,
  NTH_WORDS,
  EN_UNITS,
);

interface Relative {
  kind: string;
  index: number;
  count: number;
  unit: "day" | "week" | "month" | "year";
  text: string;
}
/** "two years later", "one month ago", "the 10th consecutive week". Found by their keyword, then a regex
 * on the few characters around it: a regex over the whole text that starts with "(a|an|one|…)" is
 * tried at every word and cost more than the rest of the extractor. */
function relatives(text: string, L: DateLocale): Relative[] {
  const out: Relative[] = [];
  const T = L.relatives;
  T.keywords.lastIndex = 0;
  for (let k: RegExpExecArray | null; (k = T.keywords.exec(text)); ) {
    const i = k.index;
    // keywords are found case-insensitively; a letter right before means the middle of a word
    if (/[A-Za-zÀ-ÖØ-öø-ÿ]/.test(text[i - 1] ?? "")) continue;
    const rule = T.rules.find((r) => r.anchored.test(k![0]))!;
    const from = Math.max(0, i - rule.before);
    const window = text.slice(from, i + rule.after);
    const m = rule.re.exec(window);
    if (!m) continue;
    const count = rule.kind === "nth" ? T.nth(m[1]) : T.count(m[1]);
    out.push({ kind: rule.kind, index: from + m.index, count, unit: T.unit(m[2]), text: m[0] });
  }
  return out;
}
// ("© 2016-2023 Prensa Latina": the range's last year is the page's)
const COPYRIGHT_YEAR = /(?:copyright|©|\(c\))[^\n]{0,120}?\b((?:19|20)\d\d)\b(?:\s*[-–]\s*((?:19|20)\d\d)\b)?/gi;

const HISTORY_YEARS = 15;

/**
 * Month indexes (year * 12 + month - 1) the story's present cannot precede. `weak` when they come
 * from bare years only ("won the 2021 runoff"): those bound the story, but say little about how
 * long after them it was written.
 */
function lowerBounds(sc: Scan, todayMonth: number, anniversaries: boolean): { bounds: number[]; weak: boolean } {
  const bounds: number[] = [];
  let strong = false;
  for (const d of sc.dates) if (d.year !== null && !d.future) {
    bounds.push(d.year * 12 + d.month - 1);
    strong = true;
  }
  for (const y of sc.years) if (!y.future) bounds.push(y.year * 12);
  for (const r of sc.relatives) {
    if ((r.kind !== "later" && (r.kind !== "since" || !anniversaries)) || r.count <= 0) continue;
    const s = sentenceOf(sc.sentenceStarts, r.index);
    // It counts from the nearest explicit year before it, in its sentence or the one before; an
    // anniversary may name the year after it too ("one year since the killings of January 9, 2023").
    const around = r.kind === "since";
    const near = (index: number, sentence: number) => (index < r.index ? sentence >= s - 1 : around && sentence <= s + 1);
    const closer = (index: number, a: { index: number } | null) => !a || Math.abs(index - r.index) < Math.abs(a.index - r.index);
    let anchor: { index: number; month: number } | null = null;
    for (const d of sc.dates) if (d.year !== null && near(d.index, d.sentence) && closer(d.index, anchor)) anchor = { index: d.index, month: d.year * 12 + d.month - 1 };
    for (const y of sc.years) if (near(y.index, y.sentence) && closer(y.index, anchor)) anchor = { index: y.index, month: y.year * 12 };
    if (anchor) {
      bounds.push(anchor.month + (r.unit === "year" ? 12 * r.count : r.count));
      strong = true;
    }
  }
  // Years long before today are history the story recalls ("the 1993 Constitution", "in the year
  // 2000"), not its time frame: as bounds they would drag an unpinned story back decades.
  const kept = bounds.filter((b) => b <= todayMonth && b >= todayMonth - HISTORY_YEARS * 12);
  return { bounds: kept, weak: kept.length > 0 && !strong };
}

/**
 * `anniversaries`: whether "one year since …" bounds the year. It does for the page's own date line
 * ("Jan 10" over a story marking one year since January 9, 2023), not for the events the story
 * recalls ("18 people died on 9 January", in a story written a year later).
 */
function makeYearResolver(sc: Scan, today: number, opt?: DateOptions, anniversaries = true): YearResolver {
  const yearless = sc.dates.filter((d) => d.year === null);
  if (!yearless.length) return { yearFor: () => null, basis: "none" };
  const dayLevel = yearless.filter((d) => d.day !== null);
  // The text's explicit dates of its latest year belong to the same stretch of time: "December 7"
  // next to "January 12, 2023" is the December before it, not the one after.
  const explicitDates = sc.dates.filter((d) => d.year !== null && !d.future && (d.day !== null || !dayLevel.length));
  const latestYear = Math.max(...explicitDates.map((d) => d.year!));
  const recent = explicitDates.filter((d) => d.year === latestYear);
  const months = [...new Set([...(dayLevel.length ? dayLevel : yearless), ...recent].map((d) => d.month))].sort((a, b) => a - b);
  // The window the months fall in: by default the shortest stretch that holds them all (it starts
  // after the widest gap between them). A longer one is tried only when the shortest leaves a
  // weekday+date pair or an explicit year of the text unexplained ("el 9 de enero" in a story of
  // July 2023 that also says "entre diciembre de 2022 y febrero de 2023").
  const shapes: { start: number; end: number; span: number }[] = [];
  for (let i = 0; i < months.length; i++) {
    const start = months[i], end = months[(i - 1 + months.length) % months.length];
    shapes.push({ start, end, span: (end - start + 12) % 12 });
  }
  shapes.sort((a, b) => a.span - b.span);

  const todayYear = yearOfDay(today);
  const todayMonth = todayYear * 12 + new Date(today * DAY_MS).getUTCMonth();
  const { bounds, weak } = lowerBounds(sc, todayMonth, anniversaries);
  const archiveDay = opt?.archiveDay;
  // (agreement is counted on the year-less dates' own months: an explicit date of another time,
  // "Created Feb 22, 2009" in a sidebar, shapes the window but does not vote for its year)
  const windowMonths = new Set((dayLevel.length ? dayLevel : yearless).map((d) => d.month));
  const explicit = sc.dates.filter((d) => d.year !== null && !d.future && windowMonths.has(d.month));
  // The same weekday+date pair named twice is one piece of evidence, not two.
  const pairs = [...new Map(dayLevel.filter((d) => d.weekday !== null).map((d) => [`${d.month}-${d.day}-${d.weekday}`, d])).values()];
  // Only consulted when nothing else in the text speaks to the year.
  const copyright = pairs.length || sc.softPairs?.length || bounds.length ? null : ([...sc.text.matchAll(COPYRIGHT_YEAR)].map((m) => +(m[2] ?? m[1])).filter((y) => y <= todayYear).pop() ?? null);
  const past = [...new Map(dayLevel.filter((d) => !d.future).map((d) => [d.month * 32 + d.day!, d])).values()];

  let best: { E: number; key: number[]; offset: number[] } | null = null;
  let bestSpan = 0;
  let keys: number[][] = [];
  for (let si = 0; si < shapes.length; si++) {
    const { start, end, span } = shapes[si];
    // (the shortest window explains everything: no other is worth trying)
    if (si > 0 && best && best.key[0] >= pairs.length && best.key[2] === explicit.length) break;
    const wraps = start > end;
    // Where each month falls relative to the window's last month. Moving the window by a year moves
    // every month with it, so this offset (0 or -1 years) does not depend on the year chosen.
    const startIdx = (wraps ? -12 : 0) + start - 1;
    const endIdx = end - 1;
    const offset: number[] = [0];
    for (let month = 1; month <= 12; month++) {
      let bestY = 0;
      let bestDist = Infinity;
      // Inside the window, or nearest to it (earlier on a tie: stray months are usually background).
      for (const y of [-1, 0]) {
        const i = y * 12 + month - 1;
        const dist = i < startIdx ? startIdx - i : i > endIdx ? i - endIdx : 0;
        if (dist < bestDist) {
          bestDist = dist;
          bestY = y;
        }
      }
      offset.push(bestY);
    }
    const yearIn = (month: number, E: number): number => E + offset[month];
    const lastMonthIdx = (E: number): number => E * 12 + end - 1;
    const shapeKeys: number[][] = [];
    let shapeBest: { E: number; key: number[]; offset: number[] } | null = null;
    for (let E = todayYear; E >= todayYear - 40; E--) {
      // Only the current year can put a past event after today.
      if (E >= todayYear - 1 && past.some((d) => (dayNumber(yearIn(d.month, E), d.month, d.day!) ?? 0) > today)) continue;
      let pins = 0;
      for (const d of pairs) {
        const n = dayNumber(yearIn(d.month, E), d.month, d.day!);
        pins += n !== null && weekdayOf(n) === d.weekday ? 1 : -1;
      }
      // "este viernes" may also be earlier in the week: evidence for a year, never against one
      for (const d of sc.softPairs ?? []) {
        const n = dayNumber(yearIn(d.month, E), d.month, d.day);
        if (n !== null && weekdayOf(n) === d.weekday) pins += 1;
      }
      // counted by loops: 41 candidate years per article, and a filtered array for each was most of this
      let violations = 0;
      for (const b of bounds) if (lastMonthIdx(E) < b) violations++;
      // A yearless February 29 names a leap year.
      if (past.some((d) => d.month === 2 && d.day === 29 && !isLeap(yearIn(2, E)))) pins -= 1;
      let agree = 0;
      for (const d of explicit) if (yearIn(d.month, E) === d.year) agree++;
      let pref: number;
      if (bounds.length && !weak) pref = -E; // the closest year the text's own years allow
      else if (copyright !== null) pref = E <= copyright ? E : -1e6 - E; // the page's year, or just before
      else if (archiveDay !== undefined) pref = -Math.abs((dayNumber(yearIn(end, E), end, 15) ?? 0) - archiveDay); // nearest the archive's dates
      else if (opt?.defaultYear !== undefined) pref = -Math.abs(E - opt.defaultYear);
      else if (bounds.length) pref = -E; // only bare years: the closest they allow, as a guess
      else pref = E; // the most recent year that keeps every date in the past
      const key = [pins, -violations, agree, pref];
      shapeKeys.push(key);
      if (!shapeBest || compareKeys(key, shapeBest.key) > 0) shapeBest = { E, key, offset };
    }
    // Across windows only the text's own evidence counts (weekday pairs, explicit years), then the
    // shorter window: a bound after the window ("entre diciembre de 2022 y marzo de 2023") dates the
    // writing, not the events, and is no reason to stretch the events over a year.
    const cross = (b: { key: number[] }, sp: number) => [b.key[0], b.key[2], -sp];
    if (shapeBest && (!best || compareKeys(cross(shapeBest, span), cross(best, bestSpan)) > 0)) {
      best = shapeBest;
      bestSpan = span;
      keys = shapeKeys;
    }
  }
  if (!best) return { yearFor: () => null, basis: "none" };
  const E = best.E;
  const offset = best.offset;
  const yearIn = (month: number, E: number): number => E + offset[month];
  const [pins, , agree] = best.key;
  // A weekday that fits the date in several years ("Sunday, March 5": 2017 and 2023) pins none of
  // them: unless the text's own years or the archive choose, the year is still a guess.
  const tied = keys.filter((k) => k[0] === pins && k[1] === best!.key[1] && k[2] === agree).length > 1;
  const chosen = (bounds.length && !weak) || copyright !== null || archiveDay !== undefined || opt?.defaultYear !== undefined;
  const basis = (pins > 0 || agree > 0) && !(tied && !chosen) ? "pinned" : bounds.length && !weak ? "bounded" : copyright !== null ? "copyright" : archiveDay !== undefined || opt?.defaultYear !== undefined ? "default" : "guessed";
  return { yearFor: (month) => yearIn(month, E), basis };
}

function compareKeys(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

function resolve(d: DateMention, years: () => YearResolver, useEnd = false): number | null {
  if (d.day === null) return null;
  const y = d.year ?? years().yearFor(d.month);
  if (y === null) return null;
  return dayNumber(y, d.month, useEnd && d.dayEnd ? d.dayEnd : d.day);
}

// ---------------------------------------------------------------------------------------------
// Stated publication dates.

const HEADER_LINES = 25;
/** "Lima, 13 de diciembre de 2022": a place, a comma, then a date ending the line */
const SIGNED_DATE = /^\p{Lu}[\p{L} .'’-]{1,40},\s+(?:\p{L}+,?\s+)?\d{1,2}/u;
/** the last character of a line of running text (lines are trimmed) */
const SENTENCE_CLOSE = new Set([".", "!", "?", "…", '"', "”", "»", ")"]);
const FOOTER_LINES = 10;
const MAYBE = /\b(?:could|can|may|might|would|will|should|if|unless|plans?|hopes?|expects?|risk)\b/i;
const PART_OF_MONTH = /(?:\b(early|mid|late)[-\s]|\b(principios|inicios|comienzos|mediados|fines|finales) de\s)$/i;
const PUBLISHED_ALONE = /^(?:published|posted|first published|publicado|publicada)(?:\s+(?:on|el))?\s*:?\s+\S/i;
const BODY_LINE_WORDS = 30;
const LABEL = /^(?:published|posted|submitted|updated|last updated|first published|date|dated|created|modified|released|issued)\b/i;
const UPDATED = /^(?:updated|last updated|modified)\b/i;
const NUMERIC_DATE = /\b\d{1,4}[/.]\d{1,2}[/.]\d{2,4}\b|\b\d{1,2}-\d{1,2}-\d{4}\b/;
const NOISE = [
  /\b\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?\s?m\.?)?/gi, // times
  /\b(?:GMT|UTC|EST|EDT|CST|CDT|MST|MDT|PST|PDT|PET|ET|CET|CEST|BST)\b|[+-]\d{2}:?\d{2}\b/g,
  // (a byline, up to the date it may carry: "Submitted by AWL on 18 January, 2023")
  /\bby\s+(?:(?!\s+on\s+(?:\d|[A-Za-z]+\.?\s+\d))[^|·•,–—\n])*/gi, // byline
  /\b(?:published|posted|submitted|updated|last|first|date|dated|created|modified|on|at|in|read|reading|time|mins?|minutes?|comments?|share|print|email|views?)\b/gi,
];
const WORD = /\p{L}[\p{L}'’-]*/gu;
const ORIGINALLY = /\b(?:originally|first)\s+(?:published|appeared|posted)\b/i;

interface Stated {
  mention: DateMention | null;
  /** chrono's reading of a numeric date the scanner does not cover */
  fixed: number | null;
  line: string;
  kind: "label" | "header" | "dateline" | "updated" | "original";
}

function isPublicationLine(line: string, mention: { index: number; end: number; year: number | null }, label: boolean, L: DateLocale): boolean {
  const before = line.slice(0, mention.index).replace(/[*_#>|·•]/g, " ").trim().toLowerCase();
  if (/^(?:copyright|©|\(c\))/.test(before)) return false;
  // "on January 9" in a headline or caption is the day of an event, "Published on" is not.
  // ("by Tomás Achahui on 14 February 2023" is a byline's date)
  // ("5:12 am on 4 May 2023": a time stamp, not an event)
  if (!label && L.eventPrepositionBefore.test(before) && !/^(?:by|por)\s/.test(before) && !/^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?)?\s+on$/.test(before)) return false;
  let rest = (line.slice(0, mention.index) + " " + line.slice(mention.end)).replace(/[*_#>]/g, " ");
  for (const re of L.noise) rest = rest.replace(re, " ");
  const words = rest.match(WORD)?.length ?? 0;
  // Without a year only a bare date line ("Peoples Dispatch, January 12") or a label is trusted.
  if (mention.year === null) return label || words <= 2;
  return words <= 6;
}

const SITE_SECTION_DATE = /^\p{Lu}[\p{L}&.'’ ]{1,50}(?:\s[–—|-]\s[\p{L} ]{2,20})?\s[–—|-]\s\d{1,2}[/.-]\d{1,2}[/.-]\d{4}$/u;
const EMBED_SIGNATURE = /^[—–-]+\s*.{0,60}\(@\w{1,30}\)/;

function statedDates(sc: Scan, today: number, L: DateLocale, headerLines = 0): Stated[] {
  const text = sc.text;
  const dates = sc.dates;
  const out: (Stated & { dashAfter: boolean; at?: number })[] = [];
  let seen = 0;
  let bodyStarted = false;
  let afterBody = 0;
  let datelineLike = 0;
  let di = 0;
  for (let start = 0; start < text.length && seen < HEADER_LINES; ) {
    let stop = text.indexOf("\n", start);
    if (stop < 0) stop = text.length;
    const rawLine = text.slice(start, stop);
    const lineStart = start;
    start = stop + 1;
    const line = rawLine.trim();
    if (!line) continue;
    seen++;
    // an embedded post's signature, "— Kawsachun News (@KawsachunNews) January 12, 2023", dates the post
    if (line.includes("(@") && EMBED_SIGNATURE.test(line)) continue;
    const offset = lineStart + rawLine.indexOf(line);
    while (di < dates.length && dates[di].index < offset) di++;
    const inLine: DateMention[] = [];
    for (let j = di; j < dates.length && dates[j].index < offset + line.length; j++) if (dates[j].day !== null) inLine.push(dates[j]);
    // Long lines are body text whatever their exact word count.
    const words = line.length > 300 ? BODY_LINE_WORDS : (line.match(/\s+/g)?.length ?? 0) + 1;
    const cleanLine = line.replace(/^[\s*_#>•·\-]+/, "");
    const label = L.label.test(cleanLine);
    const kind: Stated["kind"] = L.updated.test(cleanLine) ? "updated" : label ? "label" : "header";

    // Dateline: "LIMA, Jan 12 (Reuters) -", "Lima, 12 January 2023 —" at the start of a paragraph.
    const first = inLine[0];
    if (first && first.index - offset <= 50) {
      const prefix = line.slice(0, first.index - offset);
      const suffix = line.slice(first.end - offset);
      const dash = L.datelineEnd.exec(suffix + " ");
      if (dash && /^(?:[A-ZÁÉÍÓÚÑ][\p{L}.'’ -]*(?:,\s*[\p{L}.'’ -]+)*,\s*)?$/u.test(prefix)) {
        datelineLike++;
        const agency = prefix !== "" || /^\s*\(/.test(suffix);
        const dateline = line.slice(0, first.end - offset + dash[0].length);
        out.push({ mention: first, fixed: null, line: dateline, kind: agency ? "dateline" : "header", dashAfter: !agency });
        if (words >= BODY_LINE_WORDS) bodyStarted = true;
        continue;
      }
    }
    // A long line without a closing period is a headline or standfirst, and the byline and date may
    // still follow it.
    if (words >= BODY_LINE_WORDS && SENTENCE_CLOSE.has(line[line.length - 1]) && seen > headerLines) bodyStarted = true;
    // Datelines open the first paragraph or two; later lines are body whatever they look like.
    // (a labelled line, "Publicado el …" under a long standfirst and a desk credit, a little later)
    if (bodyStarted && ++afterBody > (label ? 4 : 2)) break;
    // (a bare date line right under a long standfirst still dates the page: "10 Ene, 2023 11:32 a.m.")
    if (line.length > 200 || (bodyStarted && !label && (words > 8 || afterBody > 2))) continue;
    let found = inLine.find((d) => isPublicationLine(line, { index: d.index - offset, end: d.end - offset, year: d.year }, label, L));
    let foundKind = kind;
    // "Publicado el 19 de enero de 2023 - 7:05 am | Actualizado el …", "25.01.2023 09:41 · Source: …
    // · 2,318 views": each part on its own
    const bar = line.includes("|") ? "|" : line.includes(" · ") ? "·" : null;
    // ("Updated January 23 | Published January 22": the first part read as the line's would be the update)
    if (bar && (!found || foundKind === "updated")) {
      const whole = found;
      found = undefined;
      for (const d of inLine) {
        const at = d.index - offset;
        const from = line.lastIndexOf(bar, at) + 1;
        const to = line.indexOf(bar, d.end - offset);
        const part = line.slice(from, to < 0 ? line.length : to);
        const lead = part.length - part.trimStart().length;
        const cleanPart = part.trim().replace(/^[\s*_#>•·\-]+/, "");
        const partLabel = L.label.test(cleanPart);
        if (isPublicationLine(part.trim(), { index: at - from - lead, end: d.end - offset - from - lead, year: d.year }, partLabel, L)) {
          const partKind = L.updated.test(cleanPart) ? "updated" : partLabel ? "label" : "header";
          if (found && partKind === "updated") continue;
          found = d;
          foundKind = partKind;
          if (partKind !== "updated") break;
        }
      }
      if (!found && whole) found = whole;
    }
    if (found) out.push({ mention: found, fixed: null, line, kind: foundKind, dashAfter: false, at: seen });
    else if (!inLine.length && L.numericByChrono && NUMERIC_DATE.test(line)) {
      // (each part of a bar of facts on its own: "25.01.2023 09:41 · Source: Andean Post · 2,318 views")
      for (const part of bar ? line.split(bar).map((p) => p.trim()) : [line]) {
        if (!NUMERIC_DATE.test(part)) continue;
        const r = parseNumeric(part, new Date(today * DAY_MS));
        if (!r) continue;
        const n = dayNumber(r.start.get("year")!, r.start.get("month")!, r.start.get("day")!);
        if (n !== null && isPublicationLine(part, { index: r.index, end: r.index + r.text.length, year: 1 }, L.label.test(part), L)) {
          out.push({ mention: null, fixed: n, line, kind, dashAfter: false });
          break;
        }
      }
    }
  }
  // A live blog or timeline starts many lines with "date —"; without a city or agency those are entries.
  const entries = datelineLike > 1 ? out.filter((s) => !s.dashAfter && !(s.kind === "header" && s.mention?.year === null)) : out;
  // Bare dates on lines one after another are a list (a timeline's contents, a related-articles
  // box), not the date the page was published.
  // (The same line twice, a header line repeated at the top of the body, is not a list.)
  const bareAt = new Map(out.filter((s) => s.kind === "header" && s.at !== undefined).map((s) => [s.at!, s.line]));
  const listed = (s: (typeof out)[number]) => s.kind === "header" && s.at !== undefined && [s.at - 1, s.at + 1].some((k) => bareAt.has(k) && bareAt.get(k) !== s.line);
  const result: Stated[] = entries.filter((s) => !listed(s));
  // "This article was originally published on … January 23, 2023." in a footer dates the text too.
  for (const d of dates) {
    if (d.original && d.day !== null && d.year !== null) result.push({ mention: d, fixed: null, line: text.slice(sc.sentenceStarts[d.sentence], d.end).trim(), kind: "original" });
  }
  // Some pages print "Published: …" under the article instead of above it. Only a single such line
  // counts: several are the dates of a "related articles" list.
  const footer: Stated[] = [];
  let stop = text.length;
  for (let k = 0; k < FOOTER_LINES && stop > 0; k++) {
    const start = text.lastIndexOf("\n", stop - 1) + 1;
    const line = text.slice(start, stop).trim();
    const lineStart = start + text.slice(start, stop).indexOf(line);
    stop = start - 1;
    // (a site's own line under the article, "Caritas Internationalis – News – 23/01/2023", dates it too)
    if (!line || line.length > 120 || !(L.label.test(line.replace(/^[\s*_#>•·\-]+/, "")) || SITE_SECTION_DATE.test(line))) continue;
    const d = dates.find((x) => x.index >= lineStart && x.end <= lineStart + line.length && x.day !== null && x.year !== null);
    if (d && isPublicationLine(line, { index: d.index - lineStart, end: d.end - lineStart, year: d.year }, true, L)) footer.push({ mention: d, fixed: null, line, kind: L.updated.test(line) ? "updated" : "original" });
    else if (!d && SITE_SECTION_DATE.test(line)) {
      // a numeric date the scanner leaves to chrono (day first)
      const r = parseNumeric(line.slice(line.search(/\d{1,2}[/.-]\d{1,2}[/.-]\d{4}$/)), new Date(today * DAY_MS));
      const n = r ? dayNumber(r.start.get("year")!, r.start.get("month")!, r.start.get("day")!) : null;
      if (n !== null) footer.push({ mention: null, fixed: n, line, kind: "original" });
    }
  }
  // A statement signed with its place and date on a line of their own ("Lima, 13 de diciembre de
  // 2022", "Geneva, 13 January 2023"), wherever the signature falls among the page's last links.
  if (!footer.length && !result.length) {
    for (let start = 0; start < text.length; ) {
      let stop = text.indexOf("\n", start);
      if (stop < 0) stop = text.length;
      const line = text.slice(start, stop).trim();
      const lineStart = start + text.slice(start, stop).indexOf(line);
      start = stop + 1;
      // (and "Published 7 December 2023" alone on a line between the text and its tags)
      if (!line || line.length > 60 || !(SIGNED_DATE.test(line) || PUBLISHED_ALONE.test(line))) continue;
      const d = dates.find((x) => x.index >= lineStart && x.end >= lineStart + line.replace(/\.$/, "").length && x.end <= lineStart + line.length && x.day !== null && x.year !== null);
      if (d) footer.push({ mention: d, fixed: null, line, kind: "original" });
    }
  }
  if (footer.length === 1 && !result.some((r) => r.mention === footer[0].mention)) result.push(footer[0]);
  return result;
}

// ---------------------------------------------------------------------------------------------

/**
 * "03.09.2023" over a story of March 5: a numeric date that reads either way (day first, the
 * default, gives 3 September) is read month first when only that puts it just after the latest
 * event the text reports, as a publication date is. Null when the day-first reading stands.
 */
function monthFirst(text: string, n: number, sc: Scan, today: number, own: DateMention | null): number | null {
  const m = /^\s*(\d{1,2})[./-](\d{1,2})[./-](\d{4})\s*$/.exec(text);
  if (!m) return null;
  const [a, b, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // (read day first, a.b.year is day a of month b; the other reading is month a, day b)
  if (a > 12 || b > 12 || a === b || fmt(n) !== fmt(dayNumber(year, b, a) ?? -1)) return null;
  const alt = dayNumber(year, a, b);
  if (alt === null || alt > today) return null;
  let latest = -Infinity;
  for (const e of sc.dates) {
    if (e === own || e.future || e.year === null || e.day === null) continue;
    const k = dayNumber(e.year, e.month, e.day);
    if (k !== null && k > latest) latest = k;
  }
  return latest > -Infinity && n - latest > 60 && alt >= latest && alt - latest <= 31 ? alt : null;
}

/** text: the article's cleaned text including its header lines (headline, byline, dateline). */
export function extractPublicationDate(text: string, opt?: DateOptions): PublicationDate {
  const today = todayNumber(opt);
  const L = localeFor(opt?.lang);
  const sc = scan(text, false, L, true);
  // Built on first use: a stated date with its year needs no year resolution.
  let resolver: YearResolver | null = null;
  const years = (): YearResolver => (resolver ??= makeYearResolver(sc, today, opt));
  let eventResolver: YearResolver | null = null;
  const eventYears = (): YearResolver => (eventResolver ??= sc.relatives.some((r) => r.kind === "since") ? makeYearResolver(sc, today, opt, false) : years());
  const guessed = (): boolean => years().basis === "guessed" || years().basis === "default";
  const guessNote = (y: number): string => (!guessed() ? "" : years().basis === "default" ? `; the text gives no year, assumed ${y}, ${opt?.archiveDay !== undefined ? "the year that puts its dates nearest the other articles' in the archive" : "the year most other articles in the archive state"}` : `; the text gives no year, assumed ${y}`);

  const stated = statedDates(sc, today, L, opt?.headerLines);
  // Wire copy dates its lead by the weekday of the dateline ("Lima, 20 ene (EFE).- La Defensoría elevó
  // este viernes…"): that weekday helps fix the dateline's year.
  if (L.sameDayWeekday) {
    for (const s of stated) {
      const d = s.mention;
      if (!d || d.year !== null || d.day === null || s.kind === "updated") continue;
      const w = sc.weekdays.find((x) => x.index > d.end && x.index - d.end < 400 && x.relation === null && L.sameDayWeekday!.test(sc.text.slice(Math.max(0, x.index - 12), x.index)));
      if (w) (sc.softPairs ??= []).push({ month: d.month, day: d.day, weekday: w.weekday });
      // ("18 de julio" over "… para mañana miércoles", "la tarde de ayer jueves": the day after or before it)
      else for (const x of sc.weekdays) {
        if (x.index <= d.end || x.index - d.end >= 600) continue;
        const shift = L.shiftedWeekday?.find(([re]) => re.test(sc.text.slice(Math.max(0, x.index - 16), x.index)))?.[1];
        if (shift === undefined) continue;
        (sc.softPairs ??= []).push({ month: d.month, day: d.day, weekday: (x.weekday - shift + 7) % 7 });
        break;
      }
      break;
    }
  }
  // A repost's header names the original's date beside its own ("Originally published: … on
  // February 8, 2023 … (Posted Feb 10, 2023)"): the original's is the article's.
  const rank: Record<Stated["kind"], number> = { label: 0, header: 0, dateline: 0, original: 1, updated: 2 };
  const head = (s: Stated) => (s.kind === "original" && s.mention !== null && s.mention.index < 600 ? -1 : rank[s.kind]);
  stated.sort((a, b) => head(a) - head(b));
  for (const s of stated) {
    let n = s.fixed ?? (s.mention ? resolve(s.mention, years) : null);
    if (n === null || n > today + 1) continue;
    const yearless = s.mention !== null && s.mention.year === null;
    const swapped = monthFirst(s.mention?.text ?? s.line, n, sc, today, s.mention);
    if (swapped !== null) n = swapped;
    return {
      date: fmt(n),
      source: "text",
      warning: swapped !== null ? `the publication date "${s.mention?.text ?? s.line}" can be read day first or month first; read month first, as ${fmt(n)}, the reading just after the latest event the text reports` : yearless ? `the publication date "${s.mention!.text}" states no year; read as ${yearOfDay(n)}${guessed() ? ", which nothing in the text confirms" : ""}` : null,
      evidence: s.line,
      yearGuessed: yearless && guessed(),
    };
  }

  // No stated date: the latest event that has happened (not scheduled, not a deadline).
  let latest: { n: number; d: DateMention } | null = null;
  for (const d of sc.dates) {
    if (d.future || d.guard === "until" || d.guard === "before") continue;
    const n = resolve(d, eventYears, true);
    if (n === null || n > today) continue;
    if (!latest || n > latest.n) latest = { n, d };
  }
  // a part of a month after the latest dated day ("As of mid-February, the ombudsman reported …")
  for (const d of sc.parts) {
    if (d.future || d.guard === "until" || d.guard === "before") continue;
    // (a text whose dates all state their year reads the part in the year of its latest date)
    const y = eventYears().yearFor(d.month) ?? (latest ? yearOfDay(latest.n) : null);
    const n = y === null ? null : dayNumber(y, d.month, d.day!);
    if (n === null || n > today) continue;
    if (!latest || n > latest.n) latest = { n, d };
  }
  if (!latest) {
    return { date: null, source: null, warning: "no publication date in the text, and no dated event to infer one from", evidence: null };
  }
  // "MADRID, 10 (EUROPA PRESS)": a dateline with the day of the month only. The month is the first
  // from the latest dated event on that has such a day, and of a matching weekday when the text says
  // "este viernes".
  const dayline = L.dayOnlyDateline?.exec(text.slice(0, 800));
  if (dayline) {
    const day = +dayline[1];
    const wd = sc.weekdays.find((w) => w.relation === null && !w.future)?.weekday;
    const candidates: number[] = [];
    for (let k = 0, m = latest.n; k < 3; k++, m = addMonths(m, 1)) {
      const d = new Date(m * DAY_MS);
      const n = dayNumber(d.getUTCFullYear(), d.getUTCMonth() + 1, day);
      if (n !== null && n >= latest.n && n <= today) candidates.push(n);
    }
    const n = candidates.find((c) => wd === undefined || weekdayOf(c) === wd) ?? (wd === undefined ? undefined : candidates[0]);
    if (n !== undefined) {
      return { date: fmt(n), source: "text", warning: `the dateline "${dayline[0].trim()}" gives only the day; read as ${fmt(n)}, the first such day from the latest dated event ("${latest.d.text}")`, evidence: dayline[0].trim(), yearGuessed: latest.d.year === null && guessed() };
    }
  }
  let pub = latest.n;
  let how = `the latest dated event ("${latest.d.text}")`;
  let evidence = latest.d.text;
  // "yesterday, Monday, January 9": the text was written the day after it
  // (then the text has named its own day: its bare weekdays are the days before it, not after)
  let ownDay = false;
  if (L.yesterdayBefore.test(sc.text.slice(Math.max(0, latest.d.index - 24), latest.d.index)) && pub + 1 <= today) {
    pub += 1;
    ownDay = true;
    how = `the latest dated event ("${latest.d.text}"), which the text calls yesterday`;
  }

  // Undated weekdays ("on Friday") report the last few days before publication (news style dates older
  // events), so each is read as the first such weekday on or after the latest dated event, unless a
  // dated event of that last week fell on it ("Sunday, December 11" … "early hours of Sunday morning").
  const recent = new Set<number>();
  for (const d of sc.dates) {
    const n = d.future ? null : resolve(d, eventYears);
    if (n !== null && n <= latest.n && n > latest.n - 7) recent.add(weekdayOf(n));
  }
  // A text that names its own day ("este lunes 6 de marzo") names the days before it with the article
  // alone ("los enfrentamientos del sábado"); without that anchor a wire lead's "el domingo" is the
  // day of the news, after the dates it recalls.
  const sameDay = L.sameDayWeekday;
  const present =
    sameDay !== undefined &&
    [...sc.weekdays, ...sc.dates.filter((d) => d.weekday !== null)].some((x) => sameDay.test(sc.text.slice(Math.max(0, x.index - 12), x.index)));
  for (const w of sc.weekdays) {
    if (ownDay || w.future || w.relation === "next" || (w.relation === "past" && present) || recent.has(w.weekday)) continue;
    const n = latest.n + ((w.weekday - weekdayOf(latest.n) + 7) % 7);
    if (n > pub && n <= today) {
      pub = n;
      how = `the latest dated event ("${w.text}", read as the first ${WEEKDAYS[w.weekday]} on or after "${latest.d.text}")`;
      evidence = w.text;
    }
  }
  /** the earliest start the text gives ("since December 7"), for counts of weeks with no start of their own */
  const earliestSince = (): DateMention | undefined => {
    let best: { d: DateMention; n: number } | undefined;
    for (const d of sc.dates) {
      if (d.guard !== "since" || d.day === null || d.future) continue;
      const n = resolve(d, eventYears);
      if (n !== null && (!best || n < best.n)) best = { d, n };
    }
    return best?.d;
  };
  // "erupted one month ago … the December 7 coup", "the 10th consecutive week" after a dated start.
  for (const r of sc.relatives) {
    if (r.kind === "later") continue;
    const s = sentenceOf(sc.sentenceStarts, r.index);
    if (r.kind === "since") {
      // "a un año de la masacre del 9 de enero de 2023": the story is written on the anniversary or after
      // (the date nearest the phrase: "A year after the oil spill of January 2022 … the strike called
      // for Jan. 19" counts from January 2022, which has no day to count from)
      let a: DateMention | undefined;
      for (const d of sc.dates) if (d.sentence === s && !d.future && (!a || Math.abs(d.index - r.index) < Math.abs(a.index - r.index))) a = d;
      if (a && a.day === null) a = undefined;
      // (a date with its year beside "the first anniversary" is the anniversary itself: "On the first
      // anniversary, on 15 December 2023"; a date without one is the event's day, a year on)
      // (nor is a dateline's, right before "One year after": "Lima, Peru – 11 December 2023 – One year
      // after security forces opened fire …" is the day the text was written)
      if (a && a.year !== null && (/anniversar|aniversario/i.test(r.text) || (a.index < r.index && /^\s*[–—-]+\s*$/.test(sc.text.slice(a.index + a.text.length, r.index))))) continue;
      const at = a ? resolve(a, eventYears) : null;
      const n = at === null ? null : addMonths(at, 12 * r.count);
      if (n !== null && n > pub && n <= today) {
        pub = n;
        how = `"${r.text}" counted from "${a!.text}"`;
        evidence = r.text;
      }
      continue;
    }
    // The phrase counts from a date in its sentence ("erupted one month ago in response to the December 7
    // coup"); "the 10th consecutive week" may also count from a start named next to it.
    const anchor =
      sc.dates.find((d) => d.sentence === s && d.day !== null && !d.future) ??
      (r.kind === "nth" ? sc.dates.find((d) => Math.abs(d.sentence - s) === 1 && d.day !== null && !d.future && /\b(?:began|begun|started|erupted|broke out|since)\b/i.test(sc.text.slice(sc.sentenceStarts[d.sentence], d.index))) : undefined) ??
      // "For the eighth consecutive week …": counted from the start the text gives elsewhere ("since December 7")
      (r.kind === "nth" ? earliestSince() : undefined);
    if (!anchor) continue;
    const a = resolve(anchor, eventYears);
    const k = r.kind === "nth" ? r.count - 1 : r.count;
    if (a === null || k <= 0) continue;
    const n = r.unit === "day" ? a + k : r.unit === "week" ? a + 7 * k : addMonths(a, k);
    // Only a nudge: a relative phrase far beyond every dated event is more likely misread.
    if (n > pub && n <= today && n <= latest.n + 62) {
      pub = n;
      how = `the latest dated event ("${anchor.text}") and "${r.text}"`;
      evidence = r.text;
    }
  }

  return {
    date: fmt(pub),
    source: "inferred",
    warning: `no publication date in the text; inferred ${fmt(pub)} from ${how}${latest.d.year === null ? guessNote(yearOfDay(latest.n)) : ""}`,
    evidence,
    yearGuessed: latest.d.year === null && guessed(),
  };
}

/** The date (YYYY-MM-DD) of the event a sentence reports, resolved against a reference date (the publication date, stated or inferred); null when the sentence names no day. */
export function eventDateIn(sentence: string, reference: string | null, opt?: DateOptions): string | null {
  const ref = parseIso(reference);
  const today = todayNumber(opt);
  const L = localeFor(opt?.lang);
  const text = normalize(sentence);
  const sc = scan(text, true, L);
  // The day something happened, not the start or end of a period ("since December 7, 50 have died"
  // reports a total, not an event on December 7).
  const d = sc.dates.find((x) => x.day !== null && x.guard === null) ?? null;
  if (d) {
    if (d.year !== null) return fmt(dayNumber(d.year, d.month, d.day!)!);
    if (ref === null) {
      // No reference: a weekday+date pair can still fix the year (the most recent one that fits).
      if (d.weekday === null) return null;
      for (let y = yearOfDay(today); y > yearOfDay(today) - 30; y--) {
        const n = dayNumber(y, d.month, d.day!);
        if (n !== null && n <= today && weekdayOf(n) === d.weekday) return fmt(n);
      }
      return null;
    }
    const ry = yearOfDay(ref);
    const candidates = [ry + 1, ry, ry - 1].map((y) => dayNumber(y, d.month, d.day!)).filter((n): n is number => n !== null);
    const pinned = d.weekday !== null ? candidates.filter((n) => weekdayOf(n) === d.weekday) : [];
    const pool = pinned.length ? pinned : candidates;
    if (d.future) {
      // Something announced: the first such day from (about) the reference on.
      const ahead = pool.filter((n) => n >= ref - 3);
      return fmt(ahead.length ? Math.min(...ahead) : Math.max(...pool));
    }
    // Reported events precede publication; a few days of slack absorbs an inferred reference that is early.
    const inPast = pool.filter((n) => n <= ref + 3);
    return fmt(inPast.length ? Math.max(...inPast) : Math.min(...pool));
  }
  if (ref === null) return null;
  const w = sc.weekdays[0];
  if (w) {
    const back = (weekdayOf(ref) - w.weekday + 7) % 7; // days since the last such weekday
    const ahead = (w.weekday - weekdayOf(ref) + 7) % 7;
    if (w.relation === "next") return fmt(ref + (ahead || 7));
    if (w.future) return fmt(ref + ahead);
    if (w.relation === "last") return fmt(ref - (back || 7));
    return fmt(ref - back);
  }
  for (const [re, days] of L.relativeDays) if (re.test(text)) return fmt(ref + days);
  return null;
}

/**
 * The year most of an archive's dates share, counting only dates whose year the text itself fixed: pass
 * it as DateOptions.defaultYear when re-reading the articles that came back with yearGuessed. A story
 * that never names its year was most likely written in the same period as the rest of the archive.
 */
export function commonYear(results: PublicationDate[]): number | undefined {
  const counts = new Map<number, number>();
  for (const r of results) {
    if (!r.date || r.yearGuessed) continue;
    const y = +r.date.slice(0, 4);
    counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  let best: number | undefined;
  for (const [y, n] of counts) if (best === undefined || n > counts.get(best)! || (n === counts.get(best)! && y > best)) best = y;
  return best;
}

// ---------------------------------------------------------------------------------------------
// Languages. Everything above reads dates through one of these tables: the mention forms, the month
// and weekday names, and the words around a date that make it future, a period's bound, a label or
// noise. Adding a language is adding a table.

interface DateLocale {
  mentions: MentionTable;
  month: (name: string | undefined) => number;
  weekday: (name: string | undefined) => number | null;
  futureContext: RegExp;
  futureRightBefore: RegExp;
  /**
   * Words before a year or a month and year that make it a term's or an election's ("elections
   * forward to April 2024", "her term ends in 2026"): a target, not the story's time.
   */
  targetContext: RegExp;
  /** "yesterday, Monday," right before a date: the text was written the day after it */
  yesterdayBefore: RegExp;
  weekdayFutureBefore: RegExp;
  /** "On Tuesday, hundreds are expected to fill the square": the clause after a weekday announces it */
  weekdayFutureAfter?: RegExp;
  guardBefore: RegExp;
  guardKind: (word: string) => DateMention["guard"];
  monthAloneOk: RegExp;
  monthAloneNotBefore: RegExp;
  weekdayNotDayBefore: RegExp;
  /** read on the 16 characters after a weekday, in languages with lowercaseNames */
  weekdayNotDayAfter?: RegExp;
  /** weekdays and months are written in lower case, so a capitalized one mid-sentence is a name */
  lowercaseNames: boolean;
  lastBefore: RegExp;
  lastAfter?: RegExp;
  /** an article before a weekday that makes it a day gone by, never a later one ("el sábado") */
  pastBefore?: RegExp;
  nextBefore: RegExp;
  nextAfter?: RegExp;
  notAYearAfter: RegExp;
  notAYearBefore: RegExp;
  historicYearBefore: RegExp;
  originally: RegExp;
  abbrevBeforeDot: RegExp;
  label: RegExp;
  updated: RegExp;
  noise: RegExp[];
  /** a date right after these in a header line is an event's ("Protests on January 9") */
  eventPrepositionBefore: RegExp;
  /** what closes a dateline after its date: "(Reuters) -", "(EFE).-", "(ANDINA)." */
  datelineEnd: RegExp;
  /** numeric header dates the mention table does not read are handed to chrono (day first, see parseNumeric) */
  numericByChrono: boolean;
  /** "yesterday" → -1: days from the reference date */
  relativeDays: [RegExp, number][];
  weekdayPhrasePre: RegExp;
  relatives: RelativeTable;
  /** a dateline that gives the day of the month alone: "MADRID, 10 (EUROPA PRESS)" */
  dayOnlyDateline?: RegExp;
  /** right before a weekday, the words that make it the story's own day ("este viernes") */
  sameDayWeekday?: RegExp;
  /** words before a weekday that make it the day after (+1) or before (-1) the page's date: "mañana miércoles", "ayer jueves" */
  shiftedWeekday?: [RegExp, number][];
}

const NEVER = /(?!)/;

const EN_DATES: DateLocale = {
  mentions: mentionTable(FORMS, [...WD_ANY.split("|"), ...MON_ANY.split("|")]),
  month: (name) => MONTH_INDEX.get(name!)!,
  weekday: (s) => (s === undefined ? null : (WEEKDAY_INDEX.get(s) ?? null)),
  futureContext: FUTURE_CONTEXT,
  yesterdayBefore: /\byesterday,?\s*(?:\p{L}+,?\s*)?$/iu,
  targetContext: /\b(?:elections?|electoral|polls|(?:her|his|the|presidential) term|mandate|referendum|ballot)\b/,
  futureRightBefore: FUTURE_RIGHT_BEFORE,
  weekdayFutureBefore: WEEKDAY_FUTURE_BEFORE,
  // (not after a speech verb: "on Tuesday the minister said protests will go on" reports Tuesday)
  weekdayFutureAfter: /^,?\s(?:(?!\b(?:said|says|told|announced|warned|added|stated|insisted|claimed|who|which|that)\b)[^.;!?]){0,80}?\b(?:(?:is|are) (?:expected|scheduled|due|set|slated) to|will)\b/,
  guardBefore: GUARD_BEFORE,
  guardKind: (w) => (w === "since" ? "since" : w === "after" ? "after" : w === "before" || w === "ahead of" ? "before" : "until"),
  monthAloneOk: MONTH_ALONE_OK,
  monthAloneNotBefore: /^\s+of\s+the\b/,
  weekdayNotDayBefore: WEEKDAY_NAMES_NOT_DAYS,
  lowercaseNames: false,
  lastBefore: /\blast\s*$/,
  nextBefore: /\b(?:next|this coming|coming)\s*$/,
  notAYearAfter: NOT_A_YEAR_AFTER,
  notAYearBefore: NOT_A_YEAR_BEFORE,
  historicYearBefore: HISTORIC_YEAR_BEFORE,
  originally: ORIGINALLY,
  abbrevBeforeDot: ABBREV_BEFORE_DOT,
  label: LABEL,
  updated: UPDATED,
  noise: NOISE,
  eventPrepositionBefore: /\b(?:on|since|from|until|till|in|by|before|after|of|during|through|between|and|to)$/,
  // ("Lima, Mar 6 (EFE).- Six soldiers…": English copy from agencies with Spanish habits)
  // ("Lima, Dec 16 (Prensa Latina) The number …": an agency that puts no dash after its name)
  datelineEnd: /^\s*(?:\([\p{L} .&]{2,30}\)\s*(?:\.?\s*[-–—]+|[.:])(?=\s)|\((?:Prensa Latina|PL|Xinhua|ANSA|Anadolu|IPS|Sputnik)\)\s+(?=\p{Lu}\p{Ll})|[-–—](?=\s))/u,
  numericByChrono: true,
  relativeDays: [[/\byesterday\b/i, -1], [/\b(?:today|this morning|this afternoon|tonight)\b(?!['’]s)/i, 0]],
  weekdayPhrasePre: /(?:\b(?:on|last|since|this|next|by|until|from)\s+)$/i,
  relatives: EN_RELATIVES,
};

// Spanish. Month and weekday names are lower case and unambiguous, so the table is case-insensitive
// (datelines write "12 ENE", "27 Ene.") and a capitalized weekday mid-sentence is a name ("Domingo").
// Numeric dates are day first ("12/01/2023" is 12 January), read by the table rather than chrono.
const ES_MON_FULL = "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre";
const ES_MON_ABBR = "ene|feb|mar|abr|may|jun|jul|ago|sept|sep|set|oct|nov|dic";
const ES_MON_ANY = `${ES_MON_FULL}|${ES_MON_ABBR}`;
const ES_WD = "lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo";
const ES_DE_YEAR = `(?:,?\\s+(?:de\\s+|del\\s+)?(${YR})(?![\\d%]))`;
const ES_FORMS: [Form, string][] = [
  // lunes[,] [el] 9 [de] enero [de 2023]
  ["wdm", `(${ES_WD}),?\\s+(?:el\\s+)?(\\d{1,2})(?:º|°)?\\s+(?:de\\s+)?(${ES_MON_ANY})${MON_END}${ES_DE_YEAR}?`],
  // 9 [de] enero [de 2023], 12 ene, 1 y 2 de febrero, 10 al 12 de enero
  ["dm", `(\\d{1,2})(?:º|°)?(?:\\s*(?:[-–]|y|al)\\s*(\\d{1,2}))?\\s+(?:de\\s+)?(${ES_MON_ANY})${MON_END}${ES_DE_YEAR}?`],
  // dic. 16 [2022] (a month before its day only when abbreviated, or with a year: "en mayo 18 personas")
  ["md2", `(${ES_MON_ABBR})\\.\\s*(\\d{1,2})(?![\\d:])${ES_DE_YEAR}?`],
  ["md2", `(${ES_MON_FULL})\\s+(\\d{1,2}),?\\s+(?:de\\s+|del\\s+)?(${YR})(?![\\d%])`],
  // 12/01/2023, 12.01.2023, 12-01-2023
  ["dmy", `(\\d{1,2})[/.-](\\d{1,2})[/.-](${YR})(?!\\d)`],
  // 15.12.23, 15/12/23 (a year of this decade and the last; not "1.5.30", a version or a score)
  ["dmy", `(\\d{1,2})\\.(\\d{1,2})\\.(1[5-9]|2\\d)(?![\\d./])`],
  ["dmy", `(\\d{1,2})/(\\d{1,2})/(1[5-9]|2\\d)(?![\\d./])`],
  // enero de 2023
  ["my", `(${ES_MON_FULL}),?\\s+(?:de\\s+|del\\s+)?(${YR})(?![\\d%])`],
  ["iso", `(${YR})-(\\d\\d)-(\\d\\d)(?!\\d)`],
  ["month", `(${ES_MON_FULL})(?!${LETTER})`],
  ["weekday", `(${ES_WD})(?!${LETTER})`],
  ["year", `(${YR})(?![\\d%]|[-–/]\\d)`],
];
const esFold = (s: string) => s.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/\.$/, "");
const ES_MONTHS = new Map<string, number>();
[["enero", "ene"], ["febrero", "feb"], ["marzo", "mar"], ["abril", "abr"], ["mayo", "may"], ["junio", "jun"], ["julio", "jul"], ["agosto", "ago"],
  ["septiembre", "setiembre", "sep", "sept", "set"], ["octubre", "oct"], ["noviembre", "nov"], ["diciembre", "dic"]].forEach((names, i) => names.forEach((n) => ES_MONTHS.set(n, i + 1)));
const ES_WEEKDAYS = new Map(["domingo", "lunes", "martes", "miercoles", "jueves", "viernes", "sabado"].map((n, i) => [n, i]));
// JavaScript's \b knows only ASCII letters; Spanish words are bounded by hand.
const B = "(?<![a-záéíóúñü])";
const E = "(?![a-záéíóúñü])";
const ES_COUNT = "(\\d{1,2}|un|una|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce)";
const ES_ORDINAL = "(\\d{1,2}(?:ª|º|°|a|o)?|segund[oa]|tercer[oa]?|cuart[oa]|quint[oa]|sext[oa]|s[ée]ptim[oa]|octav[oa]|noven[oa]|d[ée]cim[oa]|und[ée]cim[oa]|duod[ée]cim[oa])";

const ES_DATES: DateLocale = {
  mentions: mentionTable(ES_FORMS, [...ES_WD.split("|"), ...ES_MON_ANY.split("|")], "i"),
  month: (name) => ES_MONTHS.get(esFold(name!))!,
  weekday: (s) => (s === undefined ? null : (ES_WEEKDAYS.get(esFold(s)) ?? null)),
  // the future tense ("marcharán", "se realizará") marks an announcement as surely as "will"
  yesterdayBefore: /\bayer,?\s*(?:\p{L}+,?\s*)?$/iu,
  targetContext: new RegExp(`${B}(?:elecciones|comicios|electoral|mandato|referéndum|referendum)${E}`),
  futureContext: new RegExp(`${B}(?:prevista?s?|previstos?|programad[oa]s?|convocad[oa]s? para|plazo|ultimátum|ultimatum|planea|planean|pretende|pretenden|aplazad[oa]s? (?:para|hasta)|postergad[oa]s? (?:para|hasta)|va a|van a|podría|podrían|deberá|deberán|[a-záéíóúñ]{3,}r(?:á|án))${E}`),
  // "adelantar las elecciones a diciembre de 2023", "las elecciones de 2026": a target, not the story's time
  futureRightBefore: /(?:próxim[oa]|proxim[oa]|venider[oa]|hasta(?: el| la)?|antes del?|para el|a más tardar el|(?:^|[^a-záéíóúñ])a|(?:elecciones|comicios)(?: generales| presidenciales| anticipadas)?(?: de| del| en| para)?)\s*$/,
  weekdayFutureBefore: /(?:a partir del?|desde este|desde el próximo)\s*$/,
  guardBefore: /(desde|hasta|antes|después|despues|tras|luego)\s+(?:(?:de|del|el|la|los|las|que|pasado)\s+)*(?:(?:inicios|principios|fines|finales|mediados|comienzos|fin|inicio)\s+(?:de|del)\s+(?:(?:el|la)\s+)?)?$/,
  guardKind: (w) => (w === "desde" ? "since" : w === "hasta" ? "until" : w === "antes" ? "before" : "after"),
  monthAloneOk: /(?:^|[^a-záéíóúñ])(?:en|de|desde|hasta|durante|a|y|o|entre|para|del|el|este|ese|pasado|próximo|fines de|finales de|inicios de|principios de|mediados de|comienzos de)\s*$/,
  monthAloneNotBefore: NEVER,
  weekdayNotDayBefore: /(?:santo|santa|san|\bcada)\s*$/,
  weekdayNotDayAfter: /^\s+(?:santo|de ramos|de pascua|de resurrecci[oó]n|negro|sangriento)/i,
  lowercaseNames: true,
  lastBefore: /(?:pasado|último|ultimo)\s*$/,
  // ("los enfrentamientos del sábado", "el lunes murieron": Spanish names the days already past
  // with the article; this week's with "este", a coming one with "próximo")
  pastBefore: /(?:^|[^a-záéíóúñ])(?:del|el)\s*$/,
  lastAfter: /^\s+(?:pasado|último|ultimo)(?![a-záéíóúñ])/i,
  nextBefore: /(?:próximo|proximo|este próximo)\s*$/,
  nextAfter: /^\s+(?:próximo|proximo|que viene|entrante)(?![a-záéíóúñ])/i,
  notAYearAfter: /^\s+(?:personas|manifestantes|protestantes|policías|policias|agentes|soldados|militares|trabajadores|familias|pobladores|estudiantes|mineros|efectivos|participantes|comuneros|hectáreas|km|kilómetros|metros|toneladas|dólares|soles|euros|por ciento|casos|muertos|heridos|detenidos|veces|votos)(?![a-záéíóúñ])/i,
  notAYearBefore: /(?:unos|unas|más de|mas de|cerca de|casi|alrededor de|aproximadamente|menos de|al menos|(?:^|\s)a|(?:^|\s)y|US\$|\$|S\/\.?)\s*$/i,
  historicYearBefore: /(?:el año|nacid[oa] en|fundad[oa] en|siglo|década de|decada de|constitución de|constitucion de)\s*$/,
  originally: /(?:publicad[oa]|apareció|aparecio)\s+(?:originalmente|por primera vez)|originalmente publicad[oa]/i,
  abbrevBeforeDot: /(?:^|[\s(])(?:[A-Z]|[A-Z]\.[A-Z]|ene|feb|mar|abr|may|jun|jul|ago|sep|sept|set|oct|nov|dic|Ene|Feb|Mar|Abr|May|Jun|Jul|Ago|Sep|Sept|Set|Oct|Nov|Dic|ENE|FEB|MAR|ABR|MAY|JUN|JUL|AGO|SEP|SET|OCT|NOV|DIC|Sr|Sra|Srta|Dr|Dra|Lic|Ing|Av|Jr|Gral|Cnel|Mons|No|Nro|Núm)$/,
  label: /^(?:publicado|publicada|actualizado|actualizada|última actualización|ultima actualizacion|fecha|modificado|creado|emitido|published|updated)(?![a-záéíóúñ])/i,
  updated: /^(?:actualizado|actualizada|última actualización|ultima actualizacion|modificado|updated)(?![a-záéíóúñ])/i,
  noise: [
    /\b\d{1,2}[:.h]\d{2}(?::\d{2})?\s*(?:[ap]\.?\s?m\.?|h\b|hrs?\.?|horas)?/gi,
    /\b(?:GMT|UTC|PET|hora peruana|hora de Lima|hora local)\b/gi,
    /(?:^|\s)por:?\s+[^|·•,–—\n]*/gi,
    /(?<![\p{L}])(?:publicado|publicada|actualizado|actualizada|última|ultima|actualización|actualizacion|fecha|el|la|a|las|los|en|de|del|hace|lectura|minutos?|min|comentarios?|compartir|imprimir|hrs|hora|horas|h|hoy)(?![\p{L}])/giu,
  ],
  eventPrepositionBefore: /(?:^|\s)(?:el|desde|hasta|en|de|del|para|antes|tras|y|a|al|entre|durante|pasado|este)$/,
  // "Lima, 10 de febrero de 2023.- Ante…": the point and dash of Spanish datelines, with or without an agency
  datelineEnd: /^\s*(?:\([\p{L} .&]{2,30}\)\s*(?:\.?\s*[-–—]+|[.:])(?=\s|\p{L})|\.?[-–—](?=\s|\p{L}))/u,
  numericByChrono: false,
  relativeDays: [
    [new RegExp(`${B}(?:anteayer|antier|antes de ayer)${E}`, "i"), -2],
    [new RegExp(`${B}(?:ayer|anoche)${E}`, "i"), -1],
    [new RegExp(`${B}(?:hoy|esta mañana|esta tarde|esta noche|esta madrugada)${E}`, "i"), 0],
  ],
  weekdayPhrasePre: /(?:(?:el|la noche del|el pasado|este|desde el|hasta el|el próximo)\s+)$/i,
  sameDayWeekday: /(?:^|[^a-záéíóúñ])(?:este|esta|hoy)\s*$/i,
  shiftedWeekday: [[/(?:^|[^a-záéíóúñ])(?<!(?:esta|la|de la|por la|en la)\s)mañana\s*$/i, 1], [/(?:^|[^a-záéíóúñ])ayer\s*$/i, -1]],
  dayOnlyDateline: /^\p{Lu}[\p{L} .'’-]{1,40},\s*(\d{1,2})\s*\([\p{L} .&]{2,30}\)/mu,
  relatives: relativeTable(
    [
      { keyword: /después|despues/, re: new RegExp(`${B}${ES_COUNT}\\s+(años?|mes(?:es)?)\\s+(?:después|despues)${E}`, "i"), kind: "later", before: 30, after: 7 },
      // "a un año de la masacre", "se cumple un año de", "al cumplirse dos años del"
      { keyword: /(?:cumplen?|cumplirse|a)\s+(?:un|dos|tres|1|2|3)\s+años?\s+(?:de|del|desde)(?![a-záéíóúñü])/, re: new RegExp(`${B}(?:cumplen?|cumplirse|a)\\s+${ES_COUNT}\\s+(años?)\\s+(?:de|del|desde)${E}`, "i"), kind: "since", before: 0, after: 30 },
      // "el 9 de enero, primer aniversario de la masacre"
      { keyword: /aniversario/, re: /(?<![a-záéíóúñü])(primer|segundo|tercer)\s+(aniversario)(?![a-záéíóúñü])/i, kind: "since", before: 9, after: 11 },
      { keyword: /hace/, re: new RegExp(`^hace\\s+(?:ya\\s+|casi\\s+|más de\\s+)?${ES_COUNT}\\s+(días?|semanas?|mes(?:es)?)${E}`, "i"), kind: "ago", before: 0, after: 32 },
      { keyword: /consecutiv[oa]|seguid[oa]/, re: new RegExp(`${B}${ES_ORDINAL}\\s+(semana|día|dia|mes)\\s+(?:consecutiv[oa]|seguid[oa])${E}`, "i"), kind: "nth", before: 30, after: 12 },
    ],
    { primer: 1, segundo: 2, tercer: 3, un: 1, una: 1, uno: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, once: 11, doce: 12 },
    { segundo: 2, segunda: 2, tercer: 3, tercero: 3, tercera: 3, cuarto: 4, cuarta: 4, quinto: 5, quinta: 5, sexto: 6, sexta: 6, septimo: 7, septima: 7,
      octavo: 8, octava: 8, noveno: 9, novena: 9, decimo: 10, decima: 10, undecimo: 11, undecima: 11, duodecimo: 12, duodecima: 12 },
    [[/^d[ií]a/i, "day"], [/^semana/i, "week"], [/^mes/i, "month"], [/^año/i, "year"], [/^aniversario/i, "year"]],
    true,
  ),
};

const DATE_LOCALES: Record<string, DateLocale> = { en: EN_DATES, es: ES_DATES };
function localeFor(lang: string | undefined): DateLocale {
  return (lang && DATE_LOCALES[lang.slice(0, 2).toLowerCase()]) || EN_DATES;
}
