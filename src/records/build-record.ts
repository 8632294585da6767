// A seed → its record. Each field comes from its own extractor; this module only decides the order
// (front matter first, then the text), collects warnings, and never throws: a seed that cannot be
// read still gets a record, with `errors` saying why.
import type { Seed } from "../ingest/read-seeds.ts";
import { segment, isByline, isDateline } from "../extract/layout.ts";
import { extractTitle } from "../extract/title.ts";
import { extractAuthor } from "../extract/author.ts";
import { extractSource } from "../extract/source.ts";
import { extractPublicationDate, eventDateIn } from "../extract/date.ts";
import { findPlaceMentions, placesFromMentions } from "../extract/places.ts";
import { extractCasualties, mayStateCasualties } from "../extract/casualties.ts";
import { extractExcerpt, countWords } from "../extract/excerpt.ts";
import { detectLanguage } from "../extract/language.ts";
import { splitSentences } from "../extract/sentences.ts";
import { baseId } from "./ids.ts";
import { stripMarkup } from "../ingest/markup.ts";
import type { Article, ArticleRecord, DateSource } from "./types.ts";

/** Bumped whenever an extractor's output can change, so caches of records are invalidated. */
export const EXTRACTOR_VERSION = "2";

function titleFromFile(file: string): string {
  // A file name can hold markup too ("<img src=x onerror=…>.txt"), and the title goes everywhere.
  return stripMarkup(file.replace(/\.[^.]+$/, "")).text.replace(/[_\s-]+/g, " ").trim() || "Untitled";
}

function failedRecord(seed: Seed, errors: string[]): Article {
  const title = seed.frontMatter.title ?? titleFromFile(seed.file);
  return {
    id: baseId(title, seed.file, seed.frontMatter.id),
    file: seed.file,
    title,
    titleSource: seed.frontMatter.title ? "front-matter" : "derived",
    subtitle: null,
    date: seed.frontMatter.date ?? null,
    dateSource: seed.frontMatter.date ? "front-matter" : null,
    source: seed.frontMatter.source ?? null,
    author: seed.frontMatter.author ?? null,
    url: seed.frontMatter.url ?? null,
    lang: seed.frontMatter.lang ?? "en",
    places: [],
    casualties: [],
    excerpt: "",
    wordCount: 0,
    warnings: [...seed.warnings],
    errors,
    paragraphs: [],
    html: "",
    hash: seed.hash,
  };
}

export interface BuildOptions {
  /**
   * the archive's typical date, as a day number (the median of the dates its articles state): a
   * text that gives no year of its own is read in the year that puts its months nearest to it; see
   * buildRecords
   */
  archiveDay?: number;
}

export function buildRecord(seed: Seed, options: BuildOptions = {}): Article {
  if (!seed.body.trim()) return failedRecord(seed, seed.errors.length ? [...seed.errors] : ["the file holds no article text"]);
  try {
    const record = extractRecord(seed, options);
    if (!record.title.trim()) {
      // A text of only punctuation or quote marks yields no headline and no sentence to derive one from.
      record.title = titleFromFile(seed.file);
      record.titleSource = "derived";
      record.id = baseId(record.title, seed.file, seed.frontMatter.id);
      record.warnings.push("the text gives no title; used the file name: add 'title:' to the front matter");
    }
    return record;
  } catch (e) {
    // An extractor bug must not take the archive down; the record says what failed.
    return failedRecord(seed, [...seed.errors, `extraction failed: ${(e as Error).message}`]);
  }
}

/**
 * Records for a set of seeds. A text that names no year at all ("on February 2") is dated by the
 * year most other articles in the same archive state, which is a far better guess for a corpus
 * about one event than the calendar year the build happens to run in; such records say so in a
 * warning. Only those records are extracted a second time.
 */
export function buildRecords(seeds: Seed[]): Article[] {
  const records = seeds.map((s) => buildRecord(s));
  const day = archiveDay(records);
  if (day === undefined) return records;
  return records.map((r, i) => (!r.yearGuessed ? r : r.redate ? redate(r, day) : buildRecord(seeds[i], { archiveDay: day })));
}

/** The year most records whose year the text (or front matter) fixed are dated in; undefined when none need it. */
export function archiveDay(records: Article[]): number | undefined {
  if (!records.some((r) => r.yearGuessed)) return undefined;
  // (the median, not the most common year: "December 7" in an archive of December 2022 to March
  // 2023 is the December before most of its dates, which the most common year, 2023, would miss)
  const dates = records.filter((r) => r.date && !r.yearGuessed && !r.errors.length).map((r) => r.date!).sort();
  if (!dates.length) return undefined;
  // The middle of the median's month: a year needs no finer reading, and a day that moved with
  // every added article would send every year-less record back through extraction (the cache is
  // keyed by it).
  const median = dates[Math.floor((dates.length - 1) / 2)];
  return Math.floor(Date.parse(`${median.slice(0, 7)}-15`) / 86_400_000);
}

function extractRecord(seed: Seed, options: BuildOptions): Article {
  const fm = seed.frontMatter;
  const warnings = [...seed.warnings];
  const layout = segment(seed.body);

  // (a title derived from the lead starts at the text, past a post's date stamp and account name)
  const lead = layout.plain.find((p) => !isDateline(p) && p.split(" ").length >= 4) ?? layout.plain[0] ?? null;
  const t = extractTitle(layout.header, lead, fm.title, fm.subtitle, layout.headline);
  // Header lines that are neither headline, standfirst, byline nor dateline (a photo caption, a
  // kicker) belong to the article, so they go back to the top of the body.
  // (Nor do the site's own name and the page's "Posted … | Updated …" line.)
  // (nor a line of the date, where and who: "15.12.23 - Lima, Perú - Ricardo Abarca Huamán")
  const leftovers = layout.header.filter((l) => !t.used.includes(l) && !isByline(l) && !isDateline(l) && !(l.length <= 120 && /\s[-–—|]\s/.test(l) && isDateline(l.split(/\s[-–—|]\s/)[0])) && !/^\p{Lu}[\p{L}\d&.'’ -]{1,60}(?:,|\s[|·•–—-])\s+\S+.*\d{4}$/u.test(l) && !layout.siteNames.includes(l) && !/^(?:(?:originally\s+)?posted|(?:originally\s+)?published|updated|publicado|actualizado)\b.*\d/i.test(l) && !(l.length <= 160 && /\b(?:19|20)\d\d,?\s+(?:by|por)\s+\p{Lu}/u.test(l)));
  const paragraphsPlain = [...leftovers, ...layout.plain];
  const paragraphsMd = [...leftovers, ...layout.body];
  // The language picks every extractor's word tables, so it is settled before any of them reads the text.
  const bodyText = paragraphsPlain.join("\n\n");
  const lang = fm.lang ?? detectLanguage(bodyText);
  if (t.titleSource === "derived") warnings.push("no headline in the text; derived the title from the first sentence");

  const author = extractAuthor(layout, fm.author);
  const src = extractSource(layout, author, fm.source);
  if (!src.source) warnings.push("no publication named in the text or front matter: add 'source:' to the front matter if you know it");

  let date: string | null = null;
  let dateSource: DateSource | null = null;
  let yearGuessed = false;
  let redateInfo: Article["redate"];
  if (fm.date) {
    date = fm.date;
    dateSource = "front-matter";
  } else {
    const dateText = [...layout.header, ...paragraphsPlain, ...layout.footer].join("\n\n");
    let pd = extractPublicationDate(dateText, { archiveDay: options.archiveDay, lang, headerLines: layout.header.length });
    // The date bar over a masthead is the day the page was viewed: the page's date only when the
    // text states none of its own.
    if (pd.source !== "text" && layout.pageDay) {
      const byDay = extractPublicationDate([layout.pageDay, dateText].join("\n\n"), { archiveDay: options.archiveDay, lang, headerLines: layout.header.length + 1 });
      if (byDay.source === "text") pd = { ...byDay, warning: `date taken from the page's date bar "${layout.pageDay.slice(0, 60)}", which may be the day the page was saved rather than published` };
    }
    // A report dated by month on every page ("Briefing | April 2023") was published in that month,
    // whatever its latest event: an inferred day outside it gives way to the month's first day.
    const month = pd.source !== "text" && layout.runningHeader ? documentMonth(layout.runningHeader) : null;
    if (month && !(pd.date && pd.date.startsWith(month))) {
      pd = { date: `${month}-01`, source: "inferred", evidence: layout.runningHeader!, warning: `the document is dated only by its month ("${layout.runningHeader!.slice(0, 60)}"): the first of the month assumed`, yearGuessed: false };
    }
    yearGuessed = pd.yearGuessed === true && options.archiveDay === undefined;
    date = pd.date;
    dateSource = pd.date ? pd.source : null;
    const warning = pd.warning ?? (pd.date ? null : "no date in the text: add 'date:' to the front matter");
    if (warning) warnings.push(warning);
    if (yearGuessed && warning) redateInfo = { text: dateText, headerLines: layout.header.length, warning };
  }

  // A dateline's city ("Lima, 10 de enero de 2023") is named by the text like any other place.
  const datelines = layout.header.filter((l) => isDateline(l) && /^\p{Lu}[\p{L}.'’ -]{1,40},/u.test(l));
  const placeText = [fm.title ? "" : t.title, t.subtitle ?? "", ...datelines, bodyText].filter(Boolean).join("\n\n");
  const mentions = findPlaceMentions(placeText);
  const places = placesFromMentions(mentions, fm.places ?? []);
  if (fm.places) {
    const found = new Set(places.flatMap((p) => [p.name.toLowerCase(), ...p.spellings.map((s) => s.toLowerCase())]));
    const unknown = fm.places.filter((p) => !found.has(p.toLowerCase()));
    if (unknown.length) warnings.push(`front matter places not in the gazetteer, left out: ${unknown.join(", ")}`);
  }
  const casualties = extractCasualties(bodyText, {
    // Sentence splitting is the costliest step the extractors share, so only paragraphs that
    // could state a figure are split.
    // (a standfirst states figures too: "… dejan ocho muertos y medio centenar de heridos")
    sentences: (t.subtitle && !fm.subtitle ? [t.subtitle, ...paragraphsPlain] : paragraphsPlain).filter((p) => mayStateCasualties(p, lang)).flatMap(splitSentences),
    lang,
    // A figure's place is read from the article's own scan, so it is always one of the places the
    // record lists; a sentence the splitter rewrote (spacing) is scanned on its own.
    placesIn: (s) => {
      const at = placeText.indexOf(s);
      if (at < 0) return findPlaceMentions(s).map((m) => m.entry.name);
      const end = at + s.length;
      return mentions.filter((m) => m.start >= at && m.end <= end).map((m) => m.entry.name);
    },
    dateIn: (s) => eventDateIn(s, date, { lang }),
    // (the latest year the text names, never the archive's guess of its date: a record may be
    // re-dated later, and which of its figures are history must not change with that)
    year: latestYear([...layout.header, bodyText, ...layout.footer].join("\n")),
    isCountry: (name) => places.some((p) => p.name === name && p.kind === "country"),
  });

  const record: ArticleRecord = {
    id: baseId(t.title, seed.file, fm.id),
    file: seed.file,
    title: t.title,
    titleSource: t.titleSource,
    subtitle: t.subtitle,
    date,
    dateSource,
    source: src.source,
    author,
    url: fm.url ?? null,
    lang,
    places,
    casualties,
    excerpt: extractExcerpt(paragraphsPlain),
    wordCount: countWords(paragraphsPlain),
    warnings,
    errors: [...seed.errors],
  };
  // HTML is the render step's job (src/build/build.ts): extraction stays pure data and fast.
  return { ...record, paragraphs: paragraphsMd, html: "", hash: seed.hash, yearGuessed, redate: redateInfo };
}

/**
 * A record whose year was guessed, dated again against the archive (see buildRecords): only the
 * publication date and the figures' event dates depend on it, so only they are read again.
 */
const MONTHS: Record<string, number> = Object.fromEntries(
  ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"].flatMap((m, i) => [[m, i + 1]])
    .concat(["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"].map((m, i) => [m, i + 1]))
);

/** "Briefing | April 2023" → "2023-04" */
function documentMonth(line: string): string | null {
  const m = /\b([A-Za-zé]{3,10})(?:\s+de)?\s+((?:19|20)\d\d)\b/.exec(line);
  const month = m ? MONTHS[m[1].toLowerCase()] : undefined;
  return month ? `${m![2]}-${String(month).padStart(2, "0")}` : null;
}

/** The latest year a text names ("2023", "© 2022"), if any. */
function latestYear(text: string): number | undefined {
  let latest = 0;
  // (not a number that only looks like a year: an ISSN's "2053-8626", a price's "2,045")
  const plain = text.includes("ISSN") || text.includes("ISBN") ? text.replace(/\bIS[SB]N(?:-1[03])?:?\s*[\dX-]{8,17}/g, " ") : text;
  for (const m of plain.matchAll(/(?<![\d.,])(?:19|20)\d\d(?!\d|[.,]\d)/g)) latest = Math.max(latest, Number(m[0]));
  return latest || undefined;
}

export function redate(a: Article, archiveDay: number): Article {
  if (!a.redate) return a;
  const { text, headerLines, warning } = a.redate;
  const pd = extractPublicationDate(text, { archiveDay, lang: a.lang, headerLines });
  const next = pd.warning ?? (pd.date ? null : "no date in the text: add 'date:' to the front matter");
  const warnings = a.warnings.flatMap((w) => (w === warning ? (next ? [next] : []) : [w]));
  const casualties = a.casualties.map((c) => ({ ...c, date: eventDateIn(c.sentence, pd.date, { lang: a.lang }) }));
  return { ...a, date: pd.date, dateSource: pd.date ? pd.source : null, warnings, casualties, yearGuessed: false, redate: undefined };
}

/** The record as the contract prints it: site-only fields removed. */
export function publicRecord(a: Article): ArticleRecord {
  const { html: _html, hash: _hash, paragraphs: _p, yearGuessed: _y, textKey: _t, redate: _r, ...rec } = a;
  return rec;
}
