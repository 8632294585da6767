// The data the pages need, computed once per build from the validated records: articles in reading
// order, and the indexes (places, sources) that link them. Templates only present this data.
import type { Article, Place } from "../records/types.ts";
import { slugify } from "../records/ids.ts";

export interface SiteArticle extends Article {
  url: string | null;
  /** /articles/<id>/ */
  path: string;
  sourceId: string;
  /** YYYY-MM of the article's date, or "undated" */
  month: string;
}

export interface PlaceEntry {
  place: Omit<Place, "mentions" | "spellings">;
  spellings: string[];
  path: string;
  articles: SiteArticle[];
}

export interface SourceEntry {
  id: string;
  name: string;
  path: string;
  articles: SiteArticle[];
}

export interface SiteData {
  title: string;
  description: string;
  articles: SiteArticle[];
  places: PlaceEntry[];
  sources: SourceEntry[];
  dateRange: { from: string | null; to: string | null };
}

export const UNKNOWN_SOURCE_ID = "unknown-source";

/** Newest first; undated articles last, then by title so the order is stable. */
export function byDateDesc(a: { date: string | null; title: string }, b: { date: string | null; title: string }): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return a.title.localeCompare(b.title);
}

export function buildSiteData(records: Article[], options: { title?: string; description?: string } = {}): SiteData {
  const articles: SiteArticle[] = records
    .map((r) => ({
      ...r,
      path: `/articles/${r.id}/`,
      sourceId: r.source ? slugify(r.source) || UNKNOWN_SOURCE_ID : UNKNOWN_SOURCE_ID,
      month: r.date ? r.date.slice(0, 7) : "undated",
    }))
    .sort(byDateDesc);

  const places = new Map<string, PlaceEntry>();
  for (const a of articles)
    for (const p of a.places) {
      let e = places.get(p.id);
      if (!e) {
        const { mentions: _m, spellings: _s, ...place } = p;
        e = { place, spellings: [], path: `/places/${p.id}/`, articles: [] };
        places.set(p.id, e);
      }
      e.articles.push(a);
      for (const s of p.spellings) if (!e.spellings.includes(s)) e.spellings.push(s);
    }

  const sources = new Map<string, SourceEntry>();
  for (const a of articles) {
    let e = sources.get(a.sourceId);
    if (!e) {
      e = { id: a.sourceId, name: a.source ?? "Unknown source", path: `/sources/${a.sourceId}/`, articles: [] };
      sources.set(a.sourceId, e);
    }
    e.articles.push(a);
  }

  const dated = articles.filter((a) => a.date).map((a) => a.date as string).sort();
  return {
    title: options.title ?? "News Archive",
    description: options.description ?? "An offline, searchable archive of news reporting.",
    articles,
    places: [...places.values()].sort((a, b) => b.articles.length - a.articles.length || a.place.name.localeCompare(b.place.name)),
    sources: [...sources.values()].sort((a, b) => (a.id === UNKNOWN_SOURCE_ID ? 1 : b.id === UNKNOWN_SOURCE_ID ? -1 : a.name.localeCompare(b.name))),
    dateRange: { from: dated[0] ?? null, to: dated[dated.length - 1] ?? null },
  };
}
