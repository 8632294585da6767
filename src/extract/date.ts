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
// regex for the formats English news uses; chrono only parses the few header lines that carry a
// numeric date (23/01/2023, 2023/01/23) the regex does not cover.
import * as chrono from "chrono-node";

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
  /**
   * A year to assume when the text gives no clue to it at all (no year, no weekday+date pair), e.g. the
   * most common year of the other articles in the archive. Without it the most recent year that keeps
   * every date on or before today is assumed, and the result has yearGuessed set.
   */
  defaultYear?: number;
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
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
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

const WD_FULL = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
const WD_ANY = `${WD_FULL}|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun|Mon`;
const MON_FULL = MONTH_NAMES.join("|");
// Case-sensitive on purpose: "may", "march" and "august" are ordinary words in lower case.
const MON_ANY = `${MON_FULL}|Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec`;
const YR = "(?:19|20)\\d\\d";
// Letters spelled out rather than \p{L}: the "u" flag doubles the scan time on V8.
const LETTER = "[A-Za-zÀ-ÖØ-öø-ÿ]";
const MON_END = `(?:\\.|(?!${LETTER}))`; // "Dec." or "Dec " but not "Decades"
const WD_END = MON_END;

// Longest forms first: at each position the alternation takes the first that matches. Each form is
// its own alternative (no optional lead-in before a digit): an optional prefix ahead of "\d" makes V8
// try the pattern at every position, which made the scan twenty times slower.
const FORMS = [
  // [weekday[,]] Month day[-day][, year] and weekday (Month day)
  ["md", `(?:(${WD_ANY})${WD_END},?\\s+(?:the\\s+)?|(${WD_ANY})${WD_END}\\s*\\(\\s*)?(${MON_ANY})${MON_END}\\s*(\\d{1,2})(?:st|nd|rd|th)?(?:[-–](\\d{1,2}))?(?![\\d:])(?:\\s*\\)|,?\\s+(${YR})(?![\\d%]))?`],
  // weekday[,] day Month [year]
  ["wdm", `(${WD_ANY})${WD_END},?\\s+(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MON_ANY})${MON_END}(?:,?\\s+(${YR})(?![\\d%]))?`],
  // day Month [year]
  ["dm", `(\\d{1,2})(?:st|nd|rd|th)?(?:[-–](\\d{1,2}))?\\s+(?:of\\s+)?(${MON_ANY})${MON_END}(?:,?\\s+(${YR})(?![\\d%]))?`],
  // Month year
  ["my", `(${MON_ANY})${MON_END},?\\s+(${YR})(?![\\d%])`],
  // ISO date
  ["iso", `(${YR})-(\\d\\d)-(\\d\\d)(?!\\d)`],
  // a month alone, a weekday alone, a year alone (context decides later whether they count)
  ["month", `(${MON_FULL})(?!${LETTER})`],
  ["weekday", `(${WD_FULL})(?!${LETTER})`],
  ["year", `(${YR})(?![\\d%]|[-–/]\\d)`],
] as const;
type Form = (typeof FORMS)[number][0];
const MENTION = new RegExp(FORMS.map(([, p]) => `(?<![A-Za-zÀ-ÖØ-öø-ÿ\\d])${p}`).join("|"), "g");
// Where each form's groups start in the combined match array.
const GROUP_START: { form: Form; at: number; count: number }[] = [];
{
  let at = 1;
  for (const [form, p] of FORMS) {
    const count = new RegExp(`${p}|`).exec("")!.length - 1;
    GROUP_START.push({ form, at, count });
    at += count;
  }
}
function matchedForm(m: RegExpExecArray): { form: Form; g: (string | undefined)[] } {
  for (const { form, at, count } of GROUP_START) {
    const g = m.slice(at, at + count);
    if (g.some((x) => x !== undefined)) return { form, g };
  }
  throw new Error("unreachable: a mention matched no form");
}

const MONTH_INDEX = new Map<string, number>();
MONTH_NAMES.forEach((n, i) => {
  MONTH_INDEX.set(n, i + 1);
  MONTH_INDEX.set(n.slice(0, 3), i + 1);
});
MONTH_INDEX.set("Sept", 9);
const WEEKDAY_INDEX = new Map<string, number>();
WEEKDAYS.forEach((n, i) => {
  WEEKDAY_INDEX.set(n, i);
  WEEKDAY_INDEX.set(n.slice(0, 3), i);
});
for (const [k, v] of [["Tues", 2], ["Thur", 4], ["Thurs", 4]] as const) WEEKDAY_INDEX.set(k, v);

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
  relation: "last" | "next" | null;
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
}

// Context tests run on the stretch of the mention's sentence just before it.
const FUTURE_CONTEXT = /\b(?:will|shall|would|may|might|must|going to|plans? to|planned|planning|scheduled|slated|expected to|set to|set for|due to|to be held|upcoming|deadline|ultimatum|postponed to|moved to|calls? for)\b/;
// Not "by": "by February 2 the toll had reached 60" reports the past as often as it sets a deadline.
const FUTURE_RIGHT_BEFORE = /\b(?:next|coming|until|till|before|ahead of)\s*(?:on\s+)?$/;
// A bare weekday after these is the start of something announced ("an indefinite strike starting Tuesday").
const WEEKDAY_FUTURE_BEFORE = /\b(?:starting|beginning|from|through)\s*(?:on\s+)?$/;
const GUARD_BEFORE = /\b(since|until|till|through|before|after|ahead of)\s+(?:(?:early|late|mid|the end of|the start of)[\s-]+)?$/;
const MONTH_ALONE_OK = /\b(?:in|since|early|late|mid|until|till|by|during|last|this|next|of|from|through|throughout|between|and|to|before|after|end of|beginning of|start of|since early|since late)\s*-?$/;
const WEEKDAY_NAMES_NOT_DAYS = /\b(?:black|good|bloody|super|ash|cyber|holy|easter|palm|maundy|shrove|giving|small business)\s*$/;
const NOT_A_YEAR_AFTER = /^\s+(?:people|persons|protesters|protestors|demonstrators|troops|police|officers|soldiers|workers|families|residents|students|miners|members|participants|marchers|hectares|km|kilometers|kilometres|miles|meters|metres|feet|tons|tonnes|dollars|soles|euros|percent|per cent|cases|deaths|dead|injured|times)\b/;
const NOT_A_YEAR_BEFORE = /\b(?:some|about|over|nearly|around|approximately|least|than|almost|roughly|estimated|to|and|US\$|\$|S\/)\s*$/i;
const HISTORIC_YEAR_BEFORE = /\b(?:the year|born in|founded in|century)\s*$/;

// Sentence ends: punctuation then space, or a line break. Dots of abbreviations ("Dec.", "U.S.") are
// skipped so "on Dec. 13" stays in one sentence.
const SENTENCE_END = /[.!?]["”’)\]]*\s+|\n\s*/g;
const ABBREV_BEFORE_DOT = /(?:^|[\s(])(?:[A-Z]|[A-Z]\.[A-Z]|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|Mr|Mrs|Ms|Dr|St|Gen|Gov|Sen|Rep|Lt|Col|Gral|No|vs)$/;

function sentenceStarts(text: string): number[] {
  const starts = [0];
  SENTENCE_END.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = SENTENCE_END.exec(text)); ) {
    if (m[0][0] === ".") {
      const before = text.slice(Math.max(0, m.index - 6), m.index);
      if (ABBREV_BEFORE_DOT.test(before)) continue;
    }
    starts.push(m.index + m[0].length);
  }
  return starts;
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
function normalize(text: string): string {
  // Each replacement is a full pass over the text; the cheap includes() checks skip most of them.
  if (text.includes("](")) text = text.replace(/!?\[([^\]\n]*)\]\([^)\n]*\)/g, "$1");
  if (text.includes("://")) text = text.replace(/\bhttps?:\/\/\S+/g, " ");
  if (text.includes("\u00a0") || text.includes("\u202f")) text = text.replace(/[\u00a0\u202f]/g, " ");
  return text;
}

function scan(raw: string, normalized = false): Scan {
  const text = normalized ? raw : normalize(raw);
  const starts = sentenceStarts(text);
  const dates: DateMention[] = [];
  const weekdays: WeekdayMention[] = [];
  const years: YearMention[] = [];
  MENTION.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = MENTION.exec(text)); ) {
    const index = m.index;
    const sentence = sentenceOf(starts, index);
    const before = text.slice(Math.max(starts[sentence], index - 90), index).toLowerCase();
    // The end-anchored tests run on the last few words only: a "…$" regex is retried at every
    // character of its input, and these run for every mention.
    const tail = before.length > 32 ? before.slice(-32) : before;
    const future = FUTURE_CONTEXT.test(before) || FUTURE_RIGHT_BEFORE.test(tail);
    const gm = GUARD_BEFORE.exec(tail);
    const guard: DateMention["guard"] = gm ? (gm[1] === "since" ? "since" : gm[1] === "after" ? "after" : gm[1] === "before" || gm[1] === "ahead of" ? "before" : "until") : null;
    const end = index + m[0].length;
    // Every field in one fixed order: building these by object spread was half the scan's time.
    const push = (month: number, day: number | null, dayEnd: number | null, year: number | null, weekday: number | null): void => {
      dates.push({ index, end, text: m![0].trim(), month, day, dayEnd, year, weekday, sentence, future, guard, original: false });
    };
    const { form, g } = matchedForm(m);
    switch (form) {
      case "md":
        push(month(g[2]), +g[3]!, g[4] ? +g[4] : null, year(g[5]), weekdayIndex(g[0] ?? g[1]));
        break;
      case "wdm":
        push(month(g[2]), +g[1]!, null, year(g[3]), weekdayIndex(g[0]));
        break;
      case "dm":
        push(month(g[2]), +g[0]!, g[1] ? +g[1] : null, year(g[3]), null);
        break;
      case "my":
        push(month(g[0]), null, null, +g[1]!, null);
        break;
      case "iso":
        push(+g[1]!, +g[2]!, null, +g[0]!, null);
        break;
      case "month":
        // "May", "March" and "August" are also words; a bare month name counts only after a preposition.
        if (!MONTH_ALONE_OK.test(tail) || /^\s+of\s+the\b/.test(text.slice(end, end + 8))) break;
        push(month(g[0]), null, null, null, null);
        break;
      case "weekday": {
        if (WEEKDAY_NAMES_NOT_DAYS.test(tail)) break;
        const relation = /\blast\s*$/.test(tail) ? "last" : /\b(?:next|this coming|coming)\s*$/.test(tail) ? "next" : null;
        weekdays.push({ index, text: weekdayPhrase(text, index, m[0], starts[sentence]), weekday: WEEKDAY_INDEX.get(g[0]!)!, sentence, relation, future: future || WEEKDAY_FUTURE_BEFORE.test(tail) });
        break;
      }
      case "year":
        if (NOT_A_YEAR_AFTER.test(text.slice(end, end + 24)) || NOT_A_YEAR_BEFORE.test(tail) || HISTORIC_YEAR_BEFORE.test(tail)) break;
        if (/\b(?:copyright|©|\(c\))/i.test(text.slice(Math.max(0, index - 120), index))) break;
        years.push({ index, year: +g[0]!, sentence, future });
        break;
    }
  }
  // 2000 was a leap year, so this keeps February 29 and drops "June 31" or "January 45".
  const valid = dates.filter((d) => d.day === null || dayNumber(d.year ?? 2000, d.month, d.day) !== null);
  for (const d of valid) if (d.dayEnd !== null && (d.dayEnd <= d.day! || dayNumber(2000, d.month, d.dayEnd) === null)) d.dayEnd = null;
  for (const d of valid) if (d.year !== null && d.day !== null) d.original = ORIGINALLY.test(text.slice(Math.max(starts[d.sentence], d.index - 120), d.index));
  let rel: Relative[] | null = null;
  return {
    text,
    dates: valid,
    weekdays,
    years,
    sentenceStarts: starts,
    // Another pass over the text, only taken when a year or an inferred date needs it.
    get relatives() {
      return (rel ??= relatives(text));
    },
  };
}

const month = (name: string | undefined): number => MONTH_INDEX.get(name!)!;
const year = (y: string | undefined): number | null => (y ? +y : null);
function weekdayIndex(s: string | undefined): number | null {
  return s === undefined ? null : (WEEKDAY_INDEX.get(s) ?? null);
}
/** "on Friday" / "last Sunday" reads better in a warning than a bare "Friday". */
function weekdayPhrase(text: string, index: number, word: string, sentenceStart: number): string {
  const pre = /(?:\b(?:on|last|since|this|next|by|until|from)\s+)$/i.exec(text.slice(Math.max(sentenceStart, index - 8), index));
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

const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
const NTH_WORDS: Record<string, number> = { second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12 };
const COUNT = "(\\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";
const ORDINAL = "(\\d{1,2}(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)";
const RELATIVE: { keyword: string; re: RegExp; ordinal: boolean }[] = [
  { keyword: "later", re: new RegExp(`\\b${COUNT}\\s+(year|month)s?\\s+later$`, "i"), ordinal: false },
  { keyword: "ago", re: new RegExp(`\\b${COUNT}\\s+(day|week|month)s?\\s+ago$`, "i"), ordinal: false },
  ...["consecutive", "straight", "successive"].map((k) => ({ keyword: k, re: new RegExp(`\\b${ORDINAL}\\s+${k}\\s+(day|week|month)\\b`, "i"), ordinal: true })),
];
interface Relative {
  kind: string;
  index: number;
  count: number;
  unit: "day" | "week" | "month" | "year";
  text: string;
}
const RELATIVE_KEYWORD = new RegExp(RELATIVE.map((r) => r.keyword).join("|"), "g");
/** "two years later", "one month ago", "the 10th consecutive week". Found by their keyword, then a regex
 * on the few characters around it: a regex over the whole text that starts with "(a|an|one|…)" is
 * tried at every word and cost more than the rest of the extractor. */
function relatives(text: string): Relative[] {
  const out: Relative[] = [];
  RELATIVE_KEYWORD.lastIndex = 0;
  for (let k: RegExpExecArray | null; (k = RELATIVE_KEYWORD.exec(text)); ) {
    const i = k.index;
    const { keyword, re, ordinal } = RELATIVE.find((r) => r.keyword === k![0])!;
    const from = Math.max(0, i - 30);
    const window = ordinal ? text.slice(from, i + keyword.length + 8) : text.slice(from, i + keyword.length);
    if (!ordinal && /\w/.test(text[i + keyword.length] ?? "")) continue;
    const m = re.exec(window);
    if (!m) continue;
    const count = ordinal ? (/^\d/.test(m[1]) ? parseInt(m[1], 10) : NTH_WORDS[m[1].toLowerCase()]) : numberWord(m[1]);
    out.push({ kind: ordinal ? "nth" : keyword, index: from + m.index, count, unit: m[2].toLowerCase() as Relative["unit"], text: m[0] });
  }
  return out;
}
const COPYRIGHT_YEAR = /(?:copyright|©|\(c\))[^\n]{0,120}?\b((?:19|20)\d\d)\b/gi;

function numberWord(s: string): number {
  return /^\d+$/.test(s) ? +s : (NUMBER_WORDS[s.toLowerCase()] ?? 0);
}

const HISTORY_YEARS = 15;

function lowerBounds(sc: Scan, todayMonth: number): number[] {
  // A month index (year * 12 + month - 1) the story's present cannot precede.
  const bounds: number[] = [];
  for (const d of sc.dates) if (d.year !== null && !d.future) bounds.push(d.year * 12 + d.month - 1);
  for (const y of sc.years) if (!y.future) bounds.push(y.year * 12);
  for (const r of sc.relatives) {
    if (r.kind !== "later" || r.count <= 0) continue;
    const s = sentenceOf(sc.sentenceStarts, r.index);
    // It counts from the nearest explicit year before it, in its sentence or the one before.
    let anchor: { index: number; month: number } | null = null;
    for (const d of sc.dates) if (d.year !== null && d.index < r.index && d.sentence >= s - 1 && (!anchor || d.index > anchor.index)) anchor = { index: d.index, month: d.year * 12 + d.month - 1 };
    for (const y of sc.years) if (y.index < r.index && y.sentence >= s - 1 && (!anchor || y.index > anchor.index)) anchor = { index: y.index, month: y.year * 12 };
    if (anchor) bounds.push(anchor.month + (r.unit === "year" ? 12 * r.count : r.count));
  }
  // Years long before today are history the story recalls ("the 1993 Constitution", "in the year
  // 2000"), not its time frame: as bounds they would drag an unpinned story back decades.
  return bounds.filter((b) => b <= todayMonth && b >= todayMonth - HISTORY_YEARS * 12);
}

function makeYearResolver(sc: Scan, today: number, opt?: DateOptions): YearResolver {
  const yearless = sc.dates.filter((d) => d.year === null);
  if (!yearless.length) return { yearFor: () => null, basis: "none" };
  const dayLevel = yearless.filter((d) => d.day !== null);
  const months = [...new Set((dayLevel.length ? dayLevel : yearless).map((d) => d.month))].sort((a, b) => a - b);
  let start = months[0];
  let end = months[months.length - 1];
  let widest = months[0] + 12 - end;
  for (let i = 1; i < months.length; i++) {
    if (months[i] - months[i - 1] > widest) {
      widest = months[i] - months[i - 1];
      start = months[i];
      end = months[i - 1];
    }
  }
  const wraps = start > end;
  // Where each month falls relative to the window's last month. Moving the window by a year moves
  // every month with it, so this offset (0 or -1 years) does not depend on the year chosen.
  const startIdx = (wraps ? -12 : 0) + start - 1;
  const endIdx = end - 1;
  const offset: number[] = [0];
  for (let month = 1; month <= 12; month++) {
    let best = 0;
    let bestDist = Infinity;
    // Inside the window, or nearest to it (earlier on a tie: stray months are usually background).
    for (const y of [-1, 0]) {
      const i = y * 12 + month - 1;
      const dist = i < startIdx ? startIdx - i : i > endIdx ? i - endIdx : 0;
      if (dist < bestDist) {
        bestDist = dist;
        best = y;
      }
    }
    offset.push(best);
  }
  const yearIn = (month: number, E: number): number => E + offset[month];
  const lastMonthIdx = (E: number): number => E * 12 + end - 1;

  const todayYear = yearOfDay(today);
  const todayMonth = todayYear * 12 + new Date(today * DAY_MS).getUTCMonth();
  const bounds = lowerBounds(sc, todayMonth);
  const windowMonths = new Set(months);
  const explicit = sc.dates.filter((d) => d.year !== null && !d.future && windowMonths.has(d.month));
  // The same weekday+date pair named twice is one piece of evidence, not two.
  const pairs = [...new Map(dayLevel.filter((d) => d.weekday !== null).map((d) => [`${d.month}-${d.day}-${d.weekday}`, d])).values()];
  // Only consulted when nothing else in the text speaks to the year.
  const copyright = pairs.length || bounds.length ? null : ([...sc.text.matchAll(COPYRIGHT_YEAR)].map((m) => +m[1]).filter((y) => y <= todayYear).pop() ?? null);
  const past = [...new Map(dayLevel.filter((d) => !d.future).map((d) => [d.month * 32 + d.day!, d])).values()];

  let best: { E: number; key: number[] } | null = null;
  for (let E = todayYear; E >= todayYear - 40; E--) {
    // Only the current year can put a past event after today.
    if (E >= todayYear - 1 && past.some((d) => (dayNumber(yearIn(d.month, E), d.month, d.day!) ?? 0) > today)) continue;
    let pins = 0;
    for (const d of pairs) {
      const n = dayNumber(yearIn(d.month, E), d.month, d.day!);
      pins += n !== null && weekdayOf(n) === d.weekday ? 1 : -1;
    }
    const violations = bounds.filter((b) => lastMonthIdx(E) < b).length;
    // A yearless February 29 names a leap year.
    if (past.some((d) => d.month === 2 && d.day === 29 && !isLeap(yearIn(2, E)))) pins -= 1;
    const agree = explicit.filter((d) => yearIn(d.month, E) === d.year).length;
    let pref: number;
    if (bounds.length) pref = -E; // the closest year the text's own years allow
    else if (copyright !== null) pref = E <= copyright ? E : -1e6 - E; // the page's year, or just before
    else if (opt?.defaultYear !== undefined) pref = -Math.abs(E - opt.defaultYear);
    else pref = E; // the most recent year that keeps every date in the past
    const key = [pins, -violations, agree, pref];
    if (!best || compareKeys(key, best.key) > 0) best = { E, key };
  }
  if (!best) return { yearFor: () => null, basis: "none" };
  const E = best.E;
  const [pins, , agree] = best.key;
  const basis = pins > 0 || agree > 0 ? "pinned" : bounds.length ? "bounded" : copyright !== null ? "copyright" : opt?.defaultYear !== undefined ? "default" : "guessed";
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
const FOOTER_LINES = 10;
const BODY_LINE_WORDS = 30;
const LABEL = /^(?:published|posted|updated|last updated|first published|date|dated|created|modified|released|issued)\b/i;
const UPDATED = /^(?:updated|last updated|modified)\b/i;
const NUMERIC_DATE = /\b\d{1,4}[/.]\d{1,2}[/.]\d{2,4}\b/;
const NOISE = [
  /\b\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?\s?m\.?)?/gi, // times
  /\b(?:GMT|UTC|EST|EDT|CST|CDT|MST|MDT|PST|PDT|PET|ET|CET|CEST|BST)\b|[+-]\d{2}:?\d{2}\b/g,
  /\bby\s+[^|·•,–—\n]*/gi, // byline
  /\b(?:published|posted|updated|last|first|date|dated|created|modified|on|at|in|read|reading|time|mins?|minutes?|comments?|share|print|email|views?)\b/gi,
];
const WORD = /\p{L}[\p{L}'’-]*/gu;
const ORIGINALLY = /\b(?:originally|first)\s+(?:published|appeared|posted)\b/;

interface Stated {
  mention: DateMention | null;
  /** chrono's reading of a numeric date the scanner does not cover */
  fixed: number | null;
  line: string;
  kind: "label" | "header" | "dateline" | "updated" | "original";
}

function isPublicationLine(line: string, mention: { index: number; end: number; year: number | null }, label: boolean): boolean {
  const before = line.slice(0, mention.index).replace(/[*_#>|·•]/g, " ").trim().toLowerCase();
  if (/^(?:copyright|©|\(c\))/.test(before)) return false;
  // "on January 9" in a headline or caption is the day of an event, "Published on" is not.
  if (!label && /\b(?:on|since|from|until|till|in|by|before|after|of|during|through|between|and|to)$/.test(before)) return false;
  let rest = (line.slice(0, mention.index) + " " + line.slice(mention.end)).replace(/[*_#>]/g, " ");
  for (const re of NOISE) rest = rest.replace(re, " ");
  const words = rest.match(WORD)?.length ?? 0;
  // Without a year only a bare date line ("Peoples Dispatch, January 12") or a label is trusted.
  if (mention.year === null) return label || words <= 2;
  return words <= 6;
}

function statedDates(sc: Scan, today: number): Stated[] {
  const text = sc.text;
  const dates = sc.dates;
  const out: (Stated & { dashAfter: boolean })[] = [];
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
    const offset = lineStart + rawLine.indexOf(line);
    while (di < dates.length && dates[di].index < offset) di++;
    const inLine: DateMention[] = [];
    for (let j = di; j < dates.length && dates[j].index < offset + line.length; j++) if (dates[j].day !== null) inLine.push(dates[j]);
    // Long lines are body text whatever their exact word count.
    const words = line.length > 300 ? BODY_LINE_WORDS : (line.match(/\s+/g)?.length ?? 0) + 1;
    const cleanLine = line.replace(/^[\s*_#>•·\-]+/, "");
    const label = LABEL.test(cleanLine);
    const kind: Stated["kind"] = UPDATED.test(cleanLine) ? "updated" : label ? "label" : "header";

    // Dateline: "LIMA, Jan 12 (Reuters) -", "Lima, 12 January 2023 —" at the start of a paragraph.
    const first = inLine[0];
    if (first && first.index - offset <= 50) {
      const prefix = line.slice(0, first.index - offset);
      const suffix = line.slice(first.end - offset);
      const dash = /^\s*(?:\([\p{L} .&]{2,30}\)\s*)?[-–—](?=\s)/u.exec(suffix + " ");
      if (dash && /^(?:[A-ZÁÉÍÓÚÑ][\p{L}.'’ -]*(?:,\s*[\p{L}.'’ -]+)*,\s*)?$/u.test(prefix)) {
        datelineLike++;
        const agency = prefix !== "" || /^\s*\(/.test(suffix);
        const dateline = line.slice(0, first.end - offset + dash[0].length);
        out.push({ mention: first, fixed: null, line: dateline, kind: agency ? "dateline" : "header", dashAfter: !agency });
        if (words >= BODY_LINE_WORDS) bodyStarted = true;
        continue;
      }
    }
    if (words >= BODY_LINE_WORDS) bodyStarted = true;
    // Datelines open the first paragraph or two; later lines are body whatever they look like.
    if (bodyStarted && ++afterBody > 2) break;
    if (line.length > 200 || (bodyStarted && !label)) continue;
    const found = inLine.find((d) => isPublicationLine(line, { index: d.index - offset, end: d.end - offset, year: d.year }, label));
    if (found) out.push({ mention: found, fixed: null, line, kind, dashAfter: false });
    else if (!inLine.length && NUMERIC_DATE.test(line)) {
      const r = chrono.en.strict.parse(line, new Date(today * DAY_MS))[0];
      if (r && r.start.isCertain("day") && r.start.isCertain("month") && r.start.isCertain("year")) {
        const n = dayNumber(r.start.get("year")!, r.start.get("month")!, r.start.get("day")!);
        if (n !== null && isPublicationLine(line, { index: r.index, end: r.index + r.text.length, year: 1 }, label)) out.push({ mention: null, fixed: n, line, kind, dashAfter: false });
      }
    }
  }
  // A live blog or timeline starts many lines with "date —"; without a city or agency those are entries.
  const result: Stated[] = datelineLike > 1 ? out.filter((s) => !s.dashAfter && !(s.kind === "header" && s.mention?.year === null)) : out;
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
    if (!line || line.length > 120 || !LABEL.test(line.replace(/^[\s*_#>•·\-]+/, ""))) continue;
    const d = dates.find((x) => x.index >= lineStart && x.end <= lineStart + line.length && x.day !== null && x.year !== null);
    if (d && isPublicationLine(line, { index: d.index - lineStart, end: d.end - lineStart, year: d.year }, true)) footer.push({ mention: d, fixed: null, line, kind: UPDATED.test(line) ? "updated" : "original" });
  }
  if (footer.length === 1 && !result.some((r) => r.mention === footer[0].mention)) result.push(footer[0]);
  return result;
}

// ---------------------------------------------------------------------------------------------

/** text: the article's cleaned text including its header lines (headline, byline, dateline). */
export function extractPublicationDate(text: string, opt?: DateOptions): PublicationDate {
  const today = todayNumber(opt);
  const sc = scan(text);
  // Built on first use: a stated date with its year needs no year resolution.
  let resolver: YearResolver | null = null;
  const years = (): YearResolver => (resolver ??= makeYearResolver(sc, today, opt));
  const guessed = (): boolean => years().basis === "guessed" || years().basis === "default";
  const guessNote = (y: number): string => (!guessed() ? "" : years().basis === "default" ? `; the text gives no year, assumed ${y}, the year most other articles in the archive state` : `; the text gives no year, assumed ${y}`);

  const stated = statedDates(sc, today);
  const rank: Record<Stated["kind"], number> = { label: 0, header: 0, dateline: 0, original: 1, updated: 2 };
  stated.sort((a, b) => rank[a.kind] - rank[b.kind]);
  for (const s of stated) {
    const n = s.fixed ?? (s.mention ? resolve(s.mention, years) : null);
    if (n === null || n > today + 1) continue;
    const yearless = s.mention !== null && s.mention.year === null;
    return {
      date: fmt(n),
      source: "text",
      warning: yearless ? `the publication date "${s.mention!.text}" states no year; read as ${yearOfDay(n)}${guessed() ? ", which nothing in the text confirms" : ""}` : null,
      evidence: s.line,
      yearGuessed: yearless && guessed(),
    };
  }

  // No stated date: the latest event that has happened (not scheduled, not a deadline).
  let latest: { n: number; d: DateMention } | null = null;
  for (const d of sc.dates) {
    if (d.future || d.guard === "until" || d.guard === "before") continue;
    const n = resolve(d, years, true);
    if (n === null || n > today) continue;
    if (!latest || n > latest.n) latest = { n, d };
  }
  if (!latest) {
    return { date: null, source: null, warning: "no publication date in the text, and no dated event to infer one from", evidence: null };
  }
  let pub = latest.n;
  let how = `the latest dated event ("${latest.d.text}")`;
  let evidence = latest.d.text;

  // Undated weekdays ("on Friday") report the last few days before publication (news style dates older
  // events), so each is read as the first such weekday on or after the latest dated event, unless a
  // dated event of that last week fell on it ("Sunday, December 11" … "early hours of Sunday morning").
  const recent = new Set<number>();
  for (const d of sc.dates) {
    const n = d.future ? null : resolve(d, years);
    if (n !== null && n <= latest.n && n > latest.n - 7) recent.add(weekdayOf(n));
  }
  for (const w of sc.weekdays) {
    if (w.future || w.relation === "next" || recent.has(w.weekday)) continue;
    const n = latest.n + ((w.weekday - weekdayOf(latest.n) + 7) % 7);
    if (n > pub && n <= today) {
      pub = n;
      how = `the latest dated event ("${w.text}", read as the first ${WEEKDAYS[w.weekday]} on or after "${latest.d.text}")`;
      evidence = w.text;
    }
  }
  // "erupted one month ago … the December 7 coup", "the 10th consecutive week" after a dated start.
  for (const r of sc.relatives) {
    if (r.kind === "later") continue;
    const s = sentenceOf(sc.sentenceStarts, r.index);
    // The phrase counts from a date in its sentence ("erupted one month ago in response to the December 7
    // coup"); "the 10th consecutive week" may also count from a start named next to it.
    const anchor =
      sc.dates.find((d) => d.sentence === s && d.day !== null && !d.future) ??
      (r.kind === "nth" ? sc.dates.find((d) => Math.abs(d.sentence - s) === 1 && d.day !== null && !d.future && /\b(?:began|begun|started|erupted|broke out|since)\b/i.test(sc.text.slice(sc.sentenceStarts[d.sentence], d.index))) : undefined);
    if (!anchor) continue;
    const a = resolve(anchor, years);
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
  const text = normalize(sentence);
  const sc = scan(text, true);
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
  if (/\byesterday\b/i.test(text)) return fmt(ref - 1);
  if (/\b(?:today|this morning|this afternoon|tonight)\b(?!['’]s)/i.test(text)) return fmt(ref);
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
