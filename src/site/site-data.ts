// The data the pages need, computed once per build from the validated records: articles in reading
// order, and the indexes (places, sources, months, days, claims) that link them. Templates only
// present this data. Everything here is linear in the size of the archive: indexes are built with
// maps in one pass, and per-article extras (neighbours, related articles) look only at a bounded
// window, so 10,000 articles cost ten times what 1,000 do.
import type { Article, ArticleRecord, Casualty, Place } from "../records/types.ts";
import { slugify } from "../records/ids.ts";
import { publicRecord } from "../records/build-record.ts";
import { claimMarks, sentenceAnchors } from "./highlight.ts";
import { buildMaps, type BaseMap, type MapLabel, type MapPoint } from "./map.ts";
import { buildChart, markerPath, shapeFor, type Chart, type ChartInput } from "./chart.ts";
import { formatNumber, plural, readableDate } from "./filters.ts";

/** What a link to an article needs, without the article (and so without cycles in the data). */
export interface ArticleLink {
  id: string;
  title: string;
  path: string;
  date: string | null;
  dateSource: string | null;
  /** the source's name, or "Unknown source" */
  source: string;
  /** the source as the record states it (null when unknown), for data files */
  publication: string | null;
}

export interface PlaceRef {
  id: string;
  name: string;
  /** the name, told apart from other places of the same name ("Puno (region)") */
  label: string;
  path: string;
}

/** A casualty figure with where it was stated and how to show it. */
export interface ClaimEntry extends Casualty {
  /** the figure as a reader says it: "at least 18", "vague (estimate: 12)" */
  figure: string;
  /** count, else the estimate of a vague figure; null when neither */
  value: number | null;
  estimated: boolean;
  /** the claim's date, else its article's: where it sits in time */
  when: string | null;
  article: ArticleLink;
  /** the id of the highlighted sentence in the article's page, when it was found */
  anchor: string | null;
  placeRef: PlaceRef | null;
}

export interface SiteArticle extends Article {
  url: string | null;
  /** /articles/<id>/ */
  path: string;
  sourceId: string;
  /** the source's name, or "Unknown source" */
  sourceName: string;
  /** YYYY-MM of the article's date, or "undated" */
  month: string;
  monthLabel: string;
  languageName: string;
  placeRefs: PlaceRef[];
  claims: ClaimEntry[];
  /** the largest death toll the article reports (a running total if it states one) */
  toll: ClaimEntry | null;
  older: ArticleLink | null;
  newer: ArticleLink | null;
  related: (ArticleLink & { shared: string[] })[];
  link: ArticleLink;
  /** the page's address on the published site */
  absoluteUrl: string;
}

export interface PlaceEntry {
  place: Omit<Place, "mentions" | "spellings">;
  label: string;
  kindLabel: string;
  countryName: string;
  spellings: string[];
  path: string;
  articles: SiteArticle[];
  claims: ClaimEntry[];
  point: MapPoint | null;
}

export interface SourceEntry {
  id: string;
  name: string;
  path: string;
  articles: SiteArticle[];
}

export interface MonthGroup {
  id: string;
  label: string;
  articles: SiteArticle[];
}

export interface TimelineDay {
  date: string;
  label: string;
  articles: ArticleLink[];
  events: ClaimEntry[];
}

export interface TimelineMonth {
  id: string;
  label: string;
  /** /timeline/<YYYY-MM>/, used when the timeline is split by month */
  path: string;
  days: TimelineDay[];
  /** articles and events on its days */
  entries: number;
}

/** The casualty figures whose date (or else their article's) falls in one month. */
/** One page of the figures' table when it is split: a month, or part of a busy month. */
export interface ClaimPage {
  month: ClaimMonth;
  /** 1-based; page 1 is /casualties/<YYYY-MM>/, page n is /casualties/<YYYY-MM>/<n>/ */
  n: number;
  of: number;
  path: string;
  claims: ClaimEntry[];
  /** the month's pages, for the page links */
  pages: { n: number; path: string }[];
}

export interface ClaimMonth {
  id: string;
  label: string;
  /** /casualties/<YYYY-MM>/, used when the table is split by month */
  path: string;
  claims: ClaimEntry[];
  /** the largest death figure of the month */
  killed: number | null;
}

export interface CountryGroup {
  code: string;
  name: string;
  /** the country itself as a place, when articles name it */
  self: PlaceEntry | null;
  regions: { name: string; places: PlaceEntry[] }[];
  articleCount: number;
}

export interface SiteMapsData {
  focus: BaseMap;
  world: BaseMap;
  list: BaseMap[];
  focusPlaces: PlaceEntry[];
  worldPlaces: PlaceEntry[];
  labels: MapLabel[];
}

export interface SiteData {
  title: string;
  description: string;
  /** absolute address the site is published at (SITE_URL), for the feed and Open Graph */
  siteUrl: string;
  articles: SiteArticle[];
  places: PlaceEntry[];
  sources: SourceEntry[];
  months: MonthGroup[];
  timeline: TimelineMonth[];
  /** whether the timeline is one page per month (large archives) */
  timelinePaged: boolean;
  /** the timeline's month pages to write: empty when it fits on one page */
  timelinePages: TimelineMonth[];
  /** every casualty figure, in the order of the dates they report */
  claims: ClaimEntry[];
  claimMonths: ClaimMonth[];
  /** whether the figures' table is one page per month (large archives) */
  claimsPaged: boolean;
  /** the table's pages to write (a month each, split further past CLAIMS_PER_PAGE): empty when it fits on one page */
  claimPages: ClaimPage[];
  chart: Chart;
  legend: { shape: string; d: string; label: string }[];
  latestToll: ClaimEntry | null;
  /** countries with places inside them named, most written about first */
  countries: CountryGroup[];
  /** countries named only as a whole */
  wholeCountries: CountryGroup[];
  maps: SiteMapsData | null;
  /** the base maps to write as /maps/<id>.svg (empty when no article names a place) */
  mapList: BaseMap[];
  /** the records as the extract command prints them (../shared/CONTRACT.md) */
  records: ArticleRecord[];
  geojson: unknown;
  feedArticles: SiteArticle[];
  latest: SiteArticle[];
  dateRange: { from: string | null; to: string | null };
  stats: { articles: number; sources: number; places: number; claims: number; undated: number };
}

export const UNKNOWN_SOURCE_ID = "unknown-source";
export const UNKNOWN_SOURCE = "Unknown source";
const LATEST = 10;
const FEED_SIZE = 50;
const RELATED = 5;
/** How far along a place's article list to look for related articles, either side. */
const RELATED_WINDOW = 8;
const DEFAULT_SITE_URL = "http://localhost:8080/";
/** Past these, one page would be too heavy to load (10,000 articles state ~90,000 figures). */
const CLAIMS_PER_PAGE = 1500;
const TIMELINE_PER_PAGE = 2000;
/** Past this many marks the chart keeps, per day and kind of mark, only the lowest and highest figure. */
const CHART_MARKS = 3000;

const KIND_LABEL: Record<string, string> = { country: "country", region: "region", province: "province", city: "city or town", site: "site" };

const regionNames = new Intl.DisplayNames(["en"], { type: "region" });
const languageNames = new Intl.DisplayNames(["en"], { type: "language" });
function countryName(code: string): string {
  try {
    return regionNames.of(code) ?? code;
  } catch {
    return code;
  }
}
const languageNameCache = new Map<string, string>();
function languageName(code: string): string {
  let name = languageNameCache.get(code);
  if (name === undefined) {
    try {
      name = languageNames.of(code) ?? code;
    } catch {
      name = code;
    }
    languageNameCache.set(code, name);
  }
  return name;
}

// The default locale's collation, as String#localeCompare uses, without looking it up per call.
const compareText = new Intl.Collator().compare;

/** Newest first; undated articles last, then by title so the order is stable. */
export function byDateDesc(a: { date: string | null; title: string }, b: { date: string | null; title: string }): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return compareText(a.title, b.title);
}

export function figureText(c: Pick<Casualty, "count" | "qualifier" | "estimate">): string {
  if (c.count === null) return c.estimate !== null ? `vague (estimate: ${formatNumber(c.estimate)})` : "vague";
  return `${c.qualifier === "exact" ? "" : c.qualifier + " "}${formatNumber(c.count)}`;
}

/**
 * Labels that tell apart places sharing a name: the kind when that differs ("Puno (region)" beside
 * the city "Puno"), else the country. The most-cited place of a name keeps the bare name.
 */
function placeLabels(entries: PlaceEntry[]): void {
  const byName = new Map<string, PlaceEntry[]>();
  for (const e of entries) {
    const k = e.place.name.toLowerCase();
    const list = byName.get(k);
    if (list) list.push(e);
    else byName.set(k, [e]);
  }
  for (const group of byName.values()) {
    if (group.length < 2) continue;
    const kinds = new Set(group.map((e) => e.place.kind));
    group.forEach((e, i) => {
      if (i === 0 && e.place.kind !== "region" && e.place.kind !== "province") return;
      e.label = kinds.size === group.length ? `${e.place.name} (${e.place.kind})` : `${e.place.name} (${e.place.kind}, ${e.countryName})`;
    });
  }
}

/**
 * For a large archive's chart: per day and kind of mark, the lowest and the highest figure, which
 * is what shows how far sources disagree; the marks' titles say how many figures they stand for.
 */
function dailyRange(input: ChartInput[]): ChartInput[] {
  const groups = new Map<string, { lo: ChartInput; hi: ChartInput; n: number }>();
  for (const p of input) {
    const key = `${p.date}|${shapeFor(p.qualifier)}|${p.total}|${p.estimated}`;
    const g = groups.get(key);
    if (!g) groups.set(key, { lo: p, hi: p, n: 1 });
    else {
      g.n++;
      if (p.value < g.lo.value) g.lo = p;
      if (p.value > g.hi.value) g.hi = p;
    }
  }
  const out: ChartInput[] = [];
  for (const g of groups.values()) {
    const note = g.n > 1 ? ` (${g.n} figures of this kind that day, from ${formatNumber(g.lo.value)} to ${formatNumber(g.hi.value)})` : "";
    out.push({ ...g.lo, label: g.lo.label + note });
    if (g.hi !== g.lo) out.push({ ...g.hi, label: g.hi.label + note });
  }
  return out;
}

/**
 * The RELATED best-scored candidates, best first; ties by date then title, and then in the order
 * they were met. The same as a stable sort's first RELATED, without sorting the hundreds of
 * candidates a well-covered place brings.
 */
function topRelated(score: Map<SiteArticle, { n: number; shared: string[] }>): [SiteArticle, { n: number; shared: string[] }][] {
  const best: [SiteArticle, { n: number; shared: string[] }][] = [];
  const before = (x: [SiteArticle, { n: number }], y: [SiteArticle, { n: number }]) => (y[1].n - x[1].n || byDateDesc(x[0], y[0])) < 0;
  for (const entry of score) {
    if (best.length === RELATED && !before(entry, best[RELATED - 1])) continue;
    let at = best.length;
    while (at > 0 && before(entry, best[at - 1])) at--;
    best.splice(at, 0, entry);
    if (best.length > RELATED) best.pop();
  }
  return best;
}

/** A month of figures as pages of at most CLAIMS_PER_PAGE rows. */
function splitMonth(month: ClaimMonth): ClaimPage[] {
  const of = Math.max(1, Math.ceil(month.claims.length / CLAIMS_PER_PAGE));
  const pages = Array.from({ length: of }, (_, i) => ({ n: i + 1, path: i ? `${month.path}${i + 1}/` : month.path }));
  return pages.map((p) => ({ month, n: p.n, of, path: p.path, claims: month.claims.slice((p.n - 1) * CLAIMS_PER_PAGE, p.n * CLAIMS_PER_PAGE), pages }));
}

export interface SiteDataOptions {
  title?: string;
  description?: string;
  siteUrl?: string;
  /** called every few hundred articles of the long per-article pass (the build collects garbage there) */
  tick?: () => void;
}

export function buildSiteData(records: Article[], options: SiteDataOptions = {}): SiteData {
  const siteUrl = (options.siteUrl ?? process.env.SITE_URL ?? DEFAULT_SITE_URL).replace(/\/*$/, "/");

  const articles: SiteArticle[] = [];
  const publicRecords: ArticleRecord[] = [];
  for (const r of [...records].sort(byDateDesc)) {
    publicRecords.push(publicRecord(r));
    const sourceId = r.source ? slugify(r.source) || UNKNOWN_SOURCE_ID : UNKNOWN_SOURCE_ID;
    const path = `/articles/${r.id}/`;
    const sourceName = r.source ?? UNKNOWN_SOURCE;
    const month = r.date ? r.date.slice(0, 7) : "undated";
    const absoluteUrl = new URL(path.slice(1), siteUrl).toString();
    articles.push({
      ...r,
      path,
      sourceId,
      sourceName,
      month,
      monthLabel: r.date ? readableDate(month) : "Undated",
      languageName: languageName(r.lang),
      placeRefs: [],
      claims: [],
      toll: null,
      older: null,
      newer: null,
      related: [],
      link: { id: r.id, title: r.title, path, date: r.date, dateSource: r.dateSource, source: sourceName, publication: r.source },
      absoluteUrl,
    });
  }

  // Places: one entry per id, articles in reading order; each article remembers its position in
  // each of its places' lists, for the related-articles window below.
  const places = new Map<string, PlaceEntry>();
  const positions: number[][] = [];
  for (const a of articles) {
    const pos: number[] = [];
    for (const p of a.places) {
      let e = places.get(p.id);
      if (!e) {
        const { mentions: _m, spellings: _s, ...place } = p;
        const cn = countryName(p.country);
        e = { place, label: p.name, kindLabel: KIND_LABEL[p.kind] ?? p.kind, countryName: cn, spellings: [], path: `/places/${p.id}/`, articles: [], claims: [], point: null };
        places.set(p.id, e);
      }
      // A record lists a place once; guard anyway, a repeated id would list the article twice.
      if (e.articles[e.articles.length - 1] !== a) e.articles.push(a);
      pos.push(e.articles.length - 1);
      for (const s of p.spellings) if (!e.spellings.includes(s)) e.spellings.push(s);
    }
    positions.push(pos);
  }
  const placeList = [...places.values()].sort((a, b) => b.articles.length - a.articles.length || compareText(a.place.name, b.place.name));
  placeLabels(placeList);
  const refOf = (e: PlaceEntry): PlaceRef => ({ id: e.place.id, name: e.place.name, label: e.label, path: e.path });
  const refs = new Map(placeList.map((e) => [e.place.id, refOf(e)]));
  // A claim names its place as text; most often the article's own spelling, else any place's name.
  const byAnyName = new Map<string, PlaceEntry>();
  for (const e of placeList) {
    if (!byAnyName.has(e.place.name.toLowerCase())) byAnyName.set(e.place.name.toLowerCase(), e);
  }

  const sources = new Map<string, SourceEntry>();
  const months = new Map<string, MonthGroup>();
  const days = new Map<string, TimelineDay>();
  const dayOf = (date: string) => {
    let d = days.get(date);
    if (!d) {
      d = { date, label: readableDate(date), articles: [], events: [] };
      days.set(date, d);
    }
    return d;
  };
  const claims: ClaimEntry[] = [];

  for (let i = 0; i < articles.length; i++) {
    if (i % 500 === 499) options.tick?.();
    const a = articles[i];
    a.placeRefs = a.places.map((p) => refs.get(p.id)!);
    if (i > 0) a.newer = articles[i - 1].link;
    if (i + 1 < articles.length) a.older = articles[i + 1].link;

    let s = sources.get(a.sourceId);
    if (!s) {
      s = { id: a.sourceId, name: a.sourceName, path: `/sources/${a.sourceId}/`, articles: [] };
      sources.set(a.sourceId, s);
    }
    s.articles.push(a);

    let m = months.get(a.month);
    if (!m) {
      m = { id: a.month, label: a.monthLabel, articles: [] };
      months.set(a.month, m);
    }
    m.articles.push(a);
    if (a.date) dayOf(a.date).articles.push(a.link);

    // Related: articles near this one in the lists of the places it shares with them. A place named
    // by few articles says more about a shared subject than a country every article names.
    const score = new Map<SiteArticle, { n: number; shared: string[] }>();
    a.places.forEach((p, k) => {
      const e = places.get(p.id)!;
      const list = e.articles;
      if (list.length < 2) return;
      const weight = 1 / Math.log2(1 + list.length);
      const at = positions[i][k];
      for (let j = Math.max(0, at - RELATED_WINDOW); j <= Math.min(list.length - 1, at + RELATED_WINDOW); j++) {
        if (j === at) continue;
        const sc = score.get(list[j]);
        if (sc) {
          sc.n += weight;
          sc.shared.push(e.label);
        } else score.set(list[j], { n: weight, shared: [e.label] });
      }
    });
    a.related = topRelated(score).map(([other, sc]) => ({ ...other.link, shared: sc.shared }));

    // Figures: each with its place resolved, its sentence highlighted in the body.
    const ownNames = new Map<string, PlaceEntry>();
    for (const p of a.places) {
      const e = places.get(p.id)!;
      for (const n of [p.name, ...p.spellings]) if (!ownNames.has(n.toLowerCase())) ownNames.set(n.toLowerCase(), e);
    }
    // Only where each sentence is marked is kept here; the marked body itself is made as the page is
    // rendered (the markedBody filter), so 10,000 marked copies are never held at once.
    const anchors = sentenceAnchors(a.html, claimMarks(a.casualties));
    a.claims = a.casualties.map((c, k) => {
      const pe = c.place ? (ownNames.get(c.place.toLowerCase()) ?? byAnyName.get(c.place.toLowerCase()) ?? null) : null;
      const value = c.count ?? c.estimate;
      const entry: ClaimEntry = {
        ...c,
        figure: figureText(c),
        value,
        estimated: c.count === null && c.estimate !== null,
        when: c.date ?? a.date,
        article: a.link,
        anchor: anchors.get(`claim-${k + 1}`) ?? null,
        placeRef: pe ? refs.get(pe.place.id)! : null,
      };
      if (pe) pe.claims.push(entry);
      if (c.date) dayOf(c.date).events.push(entry);
      claims.push(entry);
      return entry;
    });
    // The article's death toll: its largest running total if it states one, else its largest figure.
    const killed = a.claims.filter((c) => c.kind === "killed" && c.value !== null);
    const totals = killed.filter((c) => c.total);
    const pool = totals.length ? totals : killed;
    a.toll = pool.reduce<ClaimEntry | null>((best, c) => (!best || c.value! > best.value! ? c : best), null);
  }

  // The chart: per article, every running total and its largest death figure. Marks that would
  // coincide (same day, figure and kind of mark) are drawn once, so a large archive's chart stays
  // a readable size; the mark's title says how many articles it stands for.
  const chartInput: ChartInput[] = [];
  const sameMark = new Map<string, { input: ChartInput; more: number }>();
  for (const a of articles) {
    const picked = new Set<ClaimEntry>(a.claims.filter((c) => c.kind === "killed" && c.total && c.value !== null));
    const largest = a.claims.filter((c) => c.kind === "killed" && c.value !== null).reduce<ClaimEntry | null>((b, c) => (!b || c.value! > b.value! ? c : b), null);
    if (largest) picked.add(largest);
    for (const c of picked) {
      if (!c.when) continue;
      const key = `${c.when}|${c.value}|${shapeFor(c.qualifier)}|${c.total}|${c.estimated}`;
      const seen = sameMark.get(key);
      if (seen) {
        seen.more++;
        continue;
      }
      const input: ChartInput = {
        date: c.when,
        value: c.value!,
        qualifier: c.qualifier,
        estimated: c.estimated,
        total: c.total,
        href: c.anchor ? `${a.path}#${c.anchor}` : a.path,
        label: `${readableDate(c.when)}: ${c.figure} ${c.who} killed${c.total ? " (running total)" : ""}${c.estimated ? " (estimate of a vague figure)" : ""} — ${a.sourceName}, “${a.title}”`,
      };
      sameMark.set(key, { input, more: 0 });
      chartInput.push(input);
    }
  }
  for (const { input, more } of sameMark.values()) if (more) input.label += `, and ${plural(more, "other article")} with the same figure`;
  const chart = buildChart(chartInput.length > CHART_MARKS ? dailyRange(chartInput) : chartInput);
  const legend = [
    { shape: "circle", label: "exact figure" },
    { shape: "triangle", label: "lower bound (“at least”, “over”)" },
    { shape: "diamond", label: "approximate (“about”, “nearly”, “up to”)" },
  ].map((l) => ({ ...l, d: markerPath(shapeFor(l.shape === "circle" ? "exact" : l.shape === "triangle" ? "at least" : "about"), 8, 8, 5) }));

  claims.sort((x, y) => {
    if (x.when !== y.when) return x.when === null ? 1 : y.when === null ? -1 : x.when < y.when ? -1 : 1;
    return 0;
  });
  for (const e of placeList) e.claims.sort((x, y) => (x.when ?? "9999") < (y.when ?? "9999") ? -1 : (x.when ?? "9999") > (y.when ?? "9999") ? 1 : 0);

  // Maps: a point per place, most-cited first so they get the labels.
  const maps = buildMaps(placeList.map((e) => ({ id: e.place.id, name: e.label, kind: e.place.kind, country: e.place.country, lat: e.place.lat, lon: e.place.lon, count: e.articles.length })));
  let mapsData: SiteMapsData | null = null;
  if (maps) {
    for (const e of placeList) e.point = maps.points.get(e.place.id) ?? null;
    // Drawn largest first, so small dots stay on top and clickable.
    const drawOrder = [...placeList].filter((e) => e.point).sort((x, y) => y.point!.r - x.point!.r);
    mapsData = {
      focus: maps.focus,
      world: maps.world,
      list: [maps.focus, maps.world],
      focusPlaces: drawOrder.filter((e) => e.point!.map === "focus"),
      worldPlaces: drawOrder.filter((e) => e.point!.map === "world"),
      labels: maps.labels,
    };
  }

  // Places by country, then first-level region; the countries most written about first.
  const countryMap = new Map<string, CountryGroup & { regionMap: Map<string, PlaceEntry[]> }>();
  for (const e of placeList) {
    let c = countryMap.get(e.place.country);
    if (!c) {
      c = { code: e.place.country, name: e.countryName, self: null, regions: [], articleCount: 0, regionMap: new Map() };
      countryMap.set(e.place.country, c);
    }
    if (e.place.kind === "country") {
      c.self = e;
      continue;
    }
    const region = e.place.kind === "region" ? e.place.name : (e.place.region ?? "Region not known");
    const list = c.regionMap.get(region);
    if (list) list.push(e);
    else c.regionMap.set(region, [e]);
  }
  // A country's article count: articles naming it or anything in it, counted once each.
  for (const c of countryMap.values()) {
    const seen = new Set<string>();
    for (const e of [...(c.self ? [c.self] : []), ...[...c.regionMap.values()].flat()]) for (const a of e.articles) seen.add(a.id);
    c.articleCount = seen.size;
    c.regions = [...c.regionMap.entries()]
      .sort(([a], [b]) => (a === "Region not known" ? 1 : b === "Region not known" ? -1 : compareText(a, b)))
      .map(([name, list]) => ({ name, places: list.sort((x, y) => (x.place.kind === "region" ? -1 : y.place.kind === "region" ? 1 : compareText(x.place.name, y.place.name))) }));
  }
  const countries = [...countryMap.values()]
    .sort((a, b) => b.articleCount - a.articleCount || compareText(a.name, b.name))
    .map(({ regionMap: _r, ...c }) => c);

  const geojson = {
    type: "FeatureCollection",
    features: placeList.map((e) => ({
      type: "Feature",
      id: e.place.id,
      geometry: { type: "Point", coordinates: [e.place.lon, e.place.lat] },
      properties: { id: e.place.id, name: e.place.name, kind: e.place.kind, country: e.place.country, region: e.place.region ?? null, articles: e.articles.length, spellings: e.spellings, url: e.path },
    })),
  };

  // Large archives get the figures' table and the timeline one month per page; small ones keep
  // them whole on one page.
  const claimMonths: ClaimMonth[] = [];
  for (const c of claims) {
    const id = c.when ? c.when.slice(0, 7) : "undated";
    let m = claimMonths[claimMonths.length - 1];
    if (!m || m.id !== id) {
      m = { id, label: c.when ? readableDate(id) : "Undated", path: `/casualties/${id}/`, claims: [], killed: null };
      claimMonths.push(m);
    }
    m.claims.push(c);
    if (c.kind === "killed" && c.value !== null && (m.killed === null || c.value > m.killed)) m.killed = c.value;
  }

  const timeline = new Map<string, TimelineMonth>();
  for (const d of [...days.values()].sort((a, b) => (a.date < b.date ? -1 : 1))) {
    const id = d.date.slice(0, 7);
    let m = timeline.get(id);
    if (!m) {
      m = { id, label: readableDate(id), path: `/timeline/${id}/`, days: [], entries: 0 };
      timeline.set(id, m);
    }
    m.days.push(d);
    m.entries += d.articles.length + d.events.length;
  }
  const timelineList = [...timeline.values()];
  const claimsPaged = claims.length > CLAIMS_PER_PAGE;
  const timelinePaged = timelineList.reduce((n, m) => n + m.entries, 0) > TIMELINE_PER_PAGE;

  const dated = articles.filter((a) => a.date);
  return {
    title: options.title ?? "News Archive",
    description: options.description ?? "An offline, searchable archive of news reporting.",
    siteUrl,
    articles,
    places: placeList,
    sources: [...sources.values()].sort((a, b) => (a.id === UNKNOWN_SOURCE_ID ? 1 : b.id === UNKNOWN_SOURCE_ID ? -1 : compareText(a.name, b.name))),
    months: [...months.values()],
    timeline: timelineList,
    timelinePaged,
    timelinePages: timelinePaged ? timelineList : [],
    claims,
    claimMonths,
    claimsPaged,
    claimPages: claimsPaged ? claimMonths.flatMap(splitMonth) : [],
    chart,
    legend,
    latestToll: articles.find((a) => a.toll)?.toll ?? null,
    countries: countries.filter((c) => c.regions.length),
    wholeCountries: countries.filter((c) => !c.regions.length),
    maps: mapsData,
    mapList: mapsData?.list ?? [],
    records: publicRecords,
    geojson,
    feedArticles: articles.slice(0, FEED_SIZE),
    latest: articles.slice(0, LATEST),
    dateRange: { from: dated[dated.length - 1]?.date ?? null, to: dated[0]?.date ?? null },
    stats: { articles: articles.length, sources: sources.size, places: places.size, claims: claims.length, undated: articles.length - dated.length },
  };
}
