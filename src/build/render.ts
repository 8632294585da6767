// Runs Eleventy on the templates with the archive's data, through its programmatic API so the data
// computed by the build is handed over in memory rather than re-read by a data file.
//
// Article pages are most of the site, and most of them do not change from one build to the next.
// Each article page gets a key — a hash of everything the page shows (its record, neighbours,
// related articles, the templates' version) — and only pages whose key changed are rendered; the
// others are hard-linked from the previous build, so they cost nothing and are not rewritten.
// Place pages and the listings split by month or source are keyed the same way, with the
// articles they list stood for by their content keys (what a list shows of an article).
// A cold build renders article pages in batches, oldest month first, and reports each batch as it
// is written: Eleventy never holds the whole archive's rendered pages in memory at once, and the
// search index (a separate Pagefind process) indexes finished months on the other core while the
// rest are still being rendered.
import Eleventy from "@11ty/eleventy";
import { createHash } from "node:crypto";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { linkFilesInBackground, type LinkPair } from "./link-pages.ts";
import { collectGarbageConcurrently, collectIfGrown } from "./memory.ts";
import type { ClaimEntry, ClaimPage, PlaceEntry, SiteArticle, SiteData, SourceEntry, TimelineMonth } from "../site/site-data.ts";
import { PROJECT_ROOT } from "./paths.ts";
import { getExtractorVersion, getTemplateVersion } from "./cache.ts";

/**
 * Article pages rendered per Eleventy run. Smaller batches let indexing start sooner and bound the
 * memory Eleventy holds for rendered pages; each run also costs a fixed start-up.
 */
export const ARTICLE_BATCH = 1000;
/**
 * Place pages and the month pages of the figures' table and the timeline are rendered in runs of
 * their own when they list more rows (articles, figures, events) than this, or number more pages:
 * a run holds all its pages until it ends, and the best-covered places list thousands of rows.
 */
const ROWS_PER_RUN = 80_000;
const PAGES_PER_RUN = 600;

export interface RenderResult {
  pages: number;
  /** a page's folder ("articles/<id>", "places/<id>", "casualties/<month>", …) → its key, for the next build */
  pageKeys: Record<string, string>;
  /** pages carried over unchanged from the previous build */
  reusedPages: number;
}

/**
 * What lists show of an article, and its own page shows besides its neighbours: the article's key
 * in every listing (place, source, month pages) and in its figures' ids. The body HTML is stood for
 * by what it is made from (the seed's bytes, read by this extractor code, rendered by this template
 * code): stringifying every body again cost a second at 5,000 articles.
 */
export function articleContentKey(article: SiteArticle, site: SiteData): string {
  // Left out as well, because the rest determines them: the casualties (each claim is its
  // casualty plus display fields), a claim's article (the page's own link) and the toll (chosen
  // among the claims); they were half of what was hashed. The neighbours are the page key's: a
  // new article moves the older and newer links of two others, which no list shows.
  const { html: _html, paragraphs: _paragraphs, casualties: _casualties, toll: _toll, older: _older, newer: _newer, related: _related, ...rest } = article;
  const shown = { ...rest, claims: article.claims.map(({ article: _article, ...claim }) => claim) };
  return createHash("sha256")
    .update(getTemplateVersion())
    .update("\0")
    .update(getExtractorVersion())
    .update("\0")
    .update(article.hash)
    .update("\0")
    .update(site.title)
    .update("\0")
    .update(JSON.stringify(shown))
    .digest("hex")
    .slice(0, 24);
}

/** Everything an article page shows, hashed: the page is re-rendered only when this changes. */
export function articlePageKey(article: SiteArticle, site: SiteData, contentKey = articleContentKey(article, site)): string {
  return createHash("sha256")
    .update(contentKey)
    .update("\0")
    .update(JSON.stringify([article.older, article.newer, article.related]))
    .digest("hex")
    .slice(0, 24);
}

const ARTICLE_TEMPLATE = "templates/articles/article.njk";
const PLACE_TEMPLATE = "templates/places/place.njk";
const CLAIMS_TEMPLATE = "templates/casualties-month.njk";
const TIMELINE_TEMPLATE = "templates/timeline-month.njk";
let pageTemplates: string[] | null = null;
/** Every page template (layouts and includes are not pages). */
function PAGE_TEMPLATES(): string[] {
  if (!pageTemplates) {
    const found: string[] = [];
    const walk = (dir: string) => {
      for (const e of readdirSync(join(PROJECT_ROOT, dir), { withFileTypes: true })) {
        const rel = `${dir}/${e.name}`;
        if (e.isDirectory()) {
          if (e.name !== "_includes" && e.name !== "_data") walk(rel);
        } else if (e.name.endsWith(".njk")) found.push(rel);
      }
    };
    walk("templates");
    pageTemplates = found;
  }
  return pageTemplates;
}

/**
 * A place page lists its articles and the figures stated there, and draws a locator on the shared
 * map; its key covers those, with each listed article stood for by its content key (a superset of
 * what the list shows of it).
 */
export function placePageKey(entry: PlaceEntry, contentKeys: Map<string, string>, site: SiteData, claimIds: Map<ClaimEntry, string>): string {
  const { articles, claims, ...rest } = entry;
  const maps = (site as unknown as { maps?: Record<string, { id: string; width: number; height: number; title: string; file: string }> }).maps ?? {};
  const mapMeta = Object.values(maps).map((m) => [m.id, m.width, m.height, m.title, m.file]);
  const head = { mapMeta, rest, articles: articles.length };
  return listingKey(head, [...articles.map((a) => contentKeys.get(a.id)!), ...claims.map((c) => claimId(c, claimIds))], site);
}

/**
 * The listing pages cut by month or source (a month's figures, a month's timeline, a source's
 * articles) are keyed like place pages: by what they show, with each article stood for by its
 * content key and each figure by its id. Adding one article then rewrites its month's and its
 * source's pages, not every month's.
 */
function listingKey(head: unknown, parts: string[], site: SiteData): string {
  return createHash("sha256")
    .update(getTemplateVersion())
    .update("\0")
    .update(site.title)
    .update("\0")
    .update(JSON.stringify(head))
    .update("\0")
    .update(parts.join(","))
    .digest("hex")
    .slice(0, 24);
}

export function claimPageKey(p: ClaimPage, site: SiteData, claimIds: Map<ClaimEntry, string>): string {
  const m = p.month;
  const head = { n: p.n, of: p.of, path: p.path, pages: p.pages, month: { id: m.id, label: m.label, path: m.path, killed: m.killed, count: m.claims.length } };
  return listingKey(head, p.claims.map((c) => claimId(c, claimIds)), site);
}

export function timelinePageKey(m: TimelineMonth, site: SiteData, claimIds: Map<ClaimEntry, string>): string {
  const head = { id: m.id, label: m.label, path: m.path, entries: m.entries, days: m.days.map((d) => ({ date: d.date, label: d.label, articles: d.articles })) };
  return listingKey(head, m.days.map((d) => d.events.map((c) => claimId(c, claimIds)).join(",")), site);
}

export function sourcePageKey(s: SourceEntry, site: SiteData, contentKeys: Map<string, string>): string {
  return listingKey({ id: s.id, name: s.name, path: s.path }, s.articles.map((a) => contentKeys.get(a.id)!), site);
}

/** A figure stands for itself in a list's key by its id (claimIdsOf), else by what it holds. */
function claimId(c: ClaimEntry, ids: Map<ClaimEntry, string>): string {
  return ids.get(c) ?? JSON.stringify(c);
}

/** Each figure → its article's content key and its index there: an id that changes whenever what lists show of the figure can. */
export function claimIdsOf(articles: SiteArticle[], contentKeys: Map<string, string>): Map<ClaimEntry, string> {
  const ids = new Map<ClaimEntry, string>();
  for (const a of articles) {
    const key = contentKeys.get(a.id);
    if (key) a.claims.forEach((c, k) => ids.set(c, `${key}/${k}`));
  }
  return ids;
}

type Cfg = { addGlobalData(name: string, value: unknown): void; ignores: { add(path: string): void } };

/** The paginated pages a run writes; the rest of each list is carried over or written by another run. */
interface PagesToRender {
  articles: SiteArticle[];
  places: PlaceEntry[];
  claimPages: ClaimPage[];
  timelinePages: TimelineMonth[];
  sources: SourceEntry[];
}

/** Runs Eleventy on every page template, or on `only` that one (the others' pages come from other runs). */
async function runEleventy(site: SiteData, outDir: string, pages: PagesToRender, only?: string): Promise<number> {
  const elev = new Eleventy(join(PROJECT_ROOT, "templates"), outDir, {
    configPath: join(PROJECT_ROOT, ".eleventy.ts"),
    quietMode: true,
    config(cfg: Cfg) {
      cfg.addGlobalData("archive", {
        ...site,
        renderArticles: pages.articles,
        renderPlaces: pages.places,
        renderClaimPages: pages.claimPages,
        renderTimelinePages: pages.timelinePages,
        renderSources: pages.sources,
      });
      if (only) for (const t of PAGE_TEMPLATES()) if (t !== only) cfg.ignores.add(t);
    },
  });
  // The build prints its own summary; Eleventy's per-run line would only repeat it.
  elev.setIsVerbose(false);
  const result = (await elev.write()) as [unknown[], unknown[]] | { templates?: unknown[] };
  const templates = Array.isArray(result) ? (result[1] as unknown[]) : (result.templates ?? []);
  return Array.isArray(templates) ? templates.length : 0;
}

/** Every article's content key (articleContentKey), by id. */
export function articleContentKeys(site: SiteData): Map<string, string> {
  const keys = new Map<string, string>();
  site.articles.forEach((a, i) => {
    // Each key stringifies its article: a large archive's worth of garbage.
    if (i % 500 === 499) collectIfGrown();
    keys.set(a.id, articleContentKey(a, site));
  });
  return keys;
}

/** Renders the pages that changed and links the others. Releases each article's body HTML once its page is in place. */
export async function renderSite(
  site: SiteData,
  outDir: string,
  previous?: { dir: string; pageKeys: Record<string, string> },
  /** called with the ids of article pages as soon as their files are in place */
  onArticlesWritten?: (ids: string[]) => void,
  contentKeys: Map<string, string> = articleContentKeys(site),
  /**
   * Links the carried-over pages (whose article ids are given) into the new site, and tells
   * onArticlesWritten's listener itself; by default on a thread of this module's own.
   */
  linkCarriedOver?: (pairs: LinkPair[], articleIds: string[]) => Promise<void>,
): Promise<RenderResult> {
  const pageKeys: Record<string, string> = {};
  const reuse: string[] = [];
  /** Whether the page at `path` can be carried over: same key, and the previous file is there. */
  const unchanged = (path: string, key: string) => {
    pageKeys[path] = key;
    if (previous && previous.pageKeys[path] === key && existsSync(join(previous.dir, path, "index.html"))) {
      reuse.push(path);
      return true;
    }
    return false;
  };
  const reusedArticles: string[] = [];
  const toRender = site.articles.filter((a) => {
    if (!unchanged(`articles/${a.id}`, articlePageKey(a, site, contentKeys.get(a.id)))) return true;
    reusedArticles.push(a.id);
    return false;
  });
  const rendering = new Set(toRender);
  const claimIds = claimIdsOf(site.articles, contentKeys);
  const placesToRender = site.places.filter((e) => !unchanged(`places/${e.place.id}`, placePageKey(e, contentKeys, site, claimIds)));
  const dir = (path: string) => path.replace(/^\/+|\/+$/g, "");
  const claimPagesToRender = site.claimPages.filter((p) => !unchanged(dir(p.path), claimPageKey(p, site, claimIds)));
  const timelinePagesToRender = site.timelinePages.filter((m) => !unchanged(dir(m.path), timelinePageKey(m, site, claimIds)));
  const sourcesToRender = site.sources.filter((s) => !unchanged(dir(s.path), sourcePageKey(s, site, contentKeys)));
  // Carried-over pages are linked on another thread while Eleventy renders the rest.
  const pairs: LinkPair[] = reuse.map((path) => [join(previous!.dir, path, "index.html"), join(outDir, path, "index.html")]);
  const linking = linkCarriedOver
    ? linkCarriedOver(pairs, reusedArticles)
    : linkFilesInBackground(pairs).then(() => {
        if (reusedArticles.length) onArticlesWritten?.(reusedArticles);
      });
  // A body's HTML is needed only by its own page and, for the newest, the feed (a list shows none
  // of it): at 10,000 articles it is over 100 MB, released as pages are carried over or written.
  const inFeed = new Set(site.feedArticles);
  const release = (list: SiteArticle[]) => {
    for (const a of list) if (!inFeed.has(a)) a.html = "";
  };
  release(site.articles.filter((a) => !rendering.has(a)));
  // Oldest month first, the order the search index's shards are written in.
  toRender.sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
  const cwd = process.cwd();
  // Eleventy resolves template and passthrough paths against the working directory.
  process.chdir(PROJECT_ROOT);
  let pages = 0;
  try {
    // Every other page (places, sources, listings) comes in a run of its own after the articles,
    // so the first articles reach the index as early as possible and no run carries both loads.
    const none: PagesToRender = { articles: [], places: [], claimPages: [], timelinePages: [], sources: [] };
    // What the site data and the keys left behind, so a large first run does not add to it (a
    // full collection costs a fraction of a second: not worth it before a few pages).
    const large = toRender.length >= ARTICLE_BATCH / 2;
    if (large) await collectGarbageConcurrently();
    else collectIfGrown();
    for (let from = 0; from < toRender.length; from += ARTICLE_BATCH) {
      const batch = toRender.slice(from, from + ARTICLE_BATCH);
      pages += await runEleventy(site, outDir, { ...none, articles: batch }, ARTICLE_TEMPLATE);
      onArticlesWritten?.(batch.map((a) => a.id));
      release(batch);
      // A full batch leaves a few hundred megabytes of pages and page data behind.
      if (batch.length >= ARTICLE_BATCH / 2) await collectGarbageConcurrently();
      else collectIfGrown();
    }
    // A large archive's place pages and month listings are runs of their own too (ROWS_PER_RUN).
    const rest: PagesToRender = { articles: [], places: placesToRender, claimPages: claimPagesToRender, timelinePages: timelinePagesToRender, sources: sourcesToRender };
    const heavy: [keyof PagesToRender, string, (item: never) => number][] = [
      ["places", PLACE_TEMPLATE, (e: PlaceEntry) => e.articles.length + e.claims.length],
      ["claimPages", CLAIMS_TEMPLATE, (p: ClaimPage) => p.claims.length],
      ["timelinePages", TIMELINE_TEMPLATE, (m: TimelineMonth) => m.entries],
    ];
    for (const [field, template, rows] of heavy) {
      const list = rest[field] as never[];
      const total = list.reduce((n, item) => n + rows(item), 0);
      // A rebuild that renders a few pages holds little else (carried-over pages' bodies are
      // released): one run is cheaper than several with a collection after each.
      if (!large || (total <= ROWS_PER_RUN && list.length <= PAGES_PER_RUN)) continue;
      // Runs of about ROWS_PER_RUN listed rows each (a page bigger than that on its own).
      for (let from = 0; from < list.length; ) {
        let to = from;
        for (let n = 0; to < list.length && to - from < PAGES_PER_RUN && (to === from || n + rows(list[to]) <= ROWS_PER_RUN); to++) n += rows(list[to]);
        pages += await runEleventy(site, outDir, { ...none, [field]: list.slice(from, to) }, template);
        await collectGarbageConcurrently();
        from = to;
      }
      rest[field] = [] as never;
    }
    pages += await runEleventy(site, outDir, rest);
    collectIfGrown();
  } finally {
    process.chdir(cwd);
    // Never return (or let the caller remove the folder) while files are still being linked into it.
    await linking.catch(() => {});
  }
  await linking;
  return { pages: pages + reuse.length, pageKeys, reusedPages: reuse.length };
}
