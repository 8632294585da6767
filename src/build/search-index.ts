// The search index. Pagefind cannot update an index in place (its issue #71), so re-indexing a
// 10,000-article archive for one new article would cost as much as the first build. Articles are
// therefore indexed in shards (one per month of publication), each its own Pagefind bundle, and the
// search page merges them in the browser (Pagefind's mergeIndex). A shard whose pages did not
// change is carried over from the previous build; only changed shards are indexed again.
//
// Every shard is indexed under one language, the archive's most common one: merged bundles are
// searched with the primary bundle's language module anyway, and one language everywhere keeps a
// single search box finding articles in every language. The article's language stays a filter.
import * as pagefind from "pagefind";
import { Worker } from "node:worker_threads";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { LinkPair } from "./link-pages.ts";

export interface IndexedArticle {
  id: string;
  lang: string;
  /** YYYY-MM or "undated" */
  month: string;
  /**
   * A key that changes whenever what Pagefind reads of the page can (the build's article content
   * key). With it, an unchanged shard is known before its pages are written and none is read.
   */
  key?: string;
}

export interface Shard {
  id: string;
  /** hash of the language and every page in the shard, as rendered */
  key: string;
  /** the bundle's URL path, e.g. /pagefind/ or /pagefind/shards/2023-01/ */
  bundlePath: string;
  pages: number;
}

export interface IndexResult {
  pages: number;
  shards: Shard[];
  /** shards carried over unchanged from the previous build */
  reused: number;
  language: string;
}

/** A month with fewer articles than this is indexed in its year's shard. */
export const MIN_MONTH_SHARD = 50;

/** The public list the search page reads to merge every shard. */
export const SHARDS_FILE = "shards.json";

/**
 * Copies a folder by hard links: instant, and the files of an unchanged shard are not rewritten.
 * Synchronous: a shard is thousands of small files, each a thread-pool round trip when awaited.
 */
function linkTree(from: string, to: string, skip?: string): void {
  mkdirSync(to, { recursive: true });
  for (const e of readdirSync(from, { withFileTypes: true })) {
    if (e.name === skip) continue;
    const a = join(from, e.name);
    const b = join(to, e.name);
    if (e.isDirectory()) linkTree(a, b);
    else {
      try {
        linkSync(a, b);
      } catch {
        copyFileSync(a, b);
      }
    }
  }
}

/**
 * What Pagefind reads from a page: the data-pagefind-body element, and every tag carrying a
 * data-pagefind-* attribute (meta and filters may sit outside the body). Hashing only this, not
 * the whole file, keeps a change in the site's chrome (a footer's article count) from looking
 * like a change to every indexed page.
 */
export function indexedPart(html: string): string {
  const parts: string[] = [];
  const open = html.match(/<([a-z][a-z0-9]*)\b[^>]*\bdata-pagefind-body\b[^>]*>/i);
  if (open) {
    const tag = open[1].toLowerCase();
    const re = new RegExp(`<(/?)${tag}\\b[^>]*>`, "gi");
    re.lastIndex = open.index! + open[0].length;
    let depth = 1;
    let end = html.length;
    for (let m = re.exec(html); m; m = re.exec(html)) {
      depth += m[1] ? -1 : 1;
      if (depth === 0) {
        end = m.index + m[0].length;
        break;
      }
    }
    parts.push(html.slice(open.index, end));
  } else parts.push(html);
  for (const m of html.matchAll(/<[^>]*\bdata-pagefind-(?:meta|filter|sort)\b[^>]*>[^<]{0,300}/gi)) parts.push(m[0]);
  const lang = html.match(/<html[^>]*\blang="([^"]*)"/i);
  return (lang ? lang[1] : "") + "\0" + parts.join("\0");
}

function mostCommon(values: string[], fallback: string): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = fallback;
  let n = 0;
  for (const [v, c] of counts) if (c > n || (c === n && v < best)) [best, n] = [v, c];
  return best;
}

/** At most `limit` tasks at once: the machine has few cores and Pagefind is one process. */
async function pool<T>(items: T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await fn(items[next++]);
  }));
}

/** Resolves once every listed article's page is written; the index reads pages as they come. */
export type PagesReady = (ids: string[]) => Promise<void>;

export async function buildSearchIndex(
  siteDir: string,
  articles: IndexedArticle[],
  previous?: { dir: string; shards: Shard[] },
  ready: PagesReady = async () => {},
): Promise<IndexResult> {
  const language = mostCommon(articles.map((a) => a.lang), "en");
  // One shard per month, but months with few articles share a shard per year: every bundle costs
  // the browser a request and the build a Pagefind write, so stray old dates should not make dozens.
  const perMonth = new Map<string, number>();
  for (const a of articles) perMonth.set(a.month, (perMonth.get(a.month) ?? 0) + 1);
  const shardOf = (month: string) => ((perMonth.get(month) ?? 0) >= MIN_MONTH_SHARD || !/^\d{4}-\d{2}$/.test(month) ? month : month.slice(0, 4));
  const groups = new Map<string, IndexedArticle[]>();
  for (const a of articles) {
    const key = shardOf(a.month);
    const list = groups.get(key) ?? [];
    list.push(a);
    groups.set(key, list);
  }
  // The oldest month is the primary bundle at /pagefind/: an archive grows forward in time, so it is
  // the shard least likely to change, and /pagefind/pagefind.js is always there for the search page.
  const ids = [...groups.keys()].sort();
  const shards: Shard[] = ids.map((id, i) => ({ id, key: "", bundlePath: i === 0 ? "/pagefind/" : `/pagefind/shards/${id}/`, pages: groups.get(id)!.length }));
  const outFor = (s: Shard) => join(siteDir, ...s.bundlePath.split("/").filter(Boolean));
  const prevByPath = new Map((previous?.shards ?? []).map((s) => [s.bundlePath, s]));
  const unchanged = (s: Shard) => {
    const old = prevByPath.get(s.bundlePath);
    return !!previous && !!old && old.key === s.key && existsSync(join(previous.dir, ...s.bundlePath.split("/").filter(Boolean)));
  };
  let reused = 0;

  // A shard waits for its pages, is keyed by what Pagefind would read of them, and is carried over
  // when that key is unchanged; otherwise it is indexed.
  const doShard = async (s: Shard) => {
    const list = groups.get(s.id)!.sort((x, y) => (x.id < y.id ? -1 : 1));
    const keyed = list.every((a) => a.key);
    if (!keyed) await ready(list.map((a) => a.id));
    const h = createHash("sha256").update(language).update(keyed ? "\0keys\0" : "\0pages\0");
    for (const a of list) h.update(a.id).update("\0").update(keyed ? a.key! : indexedPart(readFileSync(join(siteDir, "articles", a.id, "index.html"), "utf8")));
    s.key = h.digest("hex").slice(0, 20);
    if (unchanged(s)) {
      reused++;
      linkTree(join(previous!.dir, ...s.bundlePath.split("/").filter(Boolean)), outFor(s), s.bundlePath === "/pagefind/" ? "shards" : undefined);
      return;
    }
    if (keyed) await ready(list.map((a) => a.id));
    const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
    if (!index) throw new Error(`pagefind could not start: ${errors.join("; ")}`);
    // Pagefind reads and parses a folder's pages on all its threads, where pages sent one by one
    // through its API are parsed one at a time (2.5× slower here). The shard's pages are
    // hard-linked into a folder of their own, laid out as on the site so URLs come out right.
    const src = join(siteDir, ".pagefind-src", s.id);
    for (const a of list) {
      mkdirSync(join(src, "articles", a.id), { recursive: true });
      const from = join(siteDir, "articles", a.id, "index.html");
      try {
        linkSync(from, join(src, "articles", a.id, "index.html"));
      } catch {
        copyFileSync(from, join(src, "articles", a.id, "index.html"));
      }
    }
    const added = await index.addDirectory({ path: src });
    await rm(src, { recursive: true, force: true });
    if (added.errors.length) throw new Error(`pagefind could not index the pages of ${s.id}: ${added.errors.join("; ")}`);
    if (added.page_count !== list.length) throw new Error(`pagefind indexed ${added.page_count} of the ${list.length} pages of ${s.id}`);
    const written = await index.writeFiles({ outputPath: outFor(s) });
    if (written.errors.length) throw new Error(`pagefind could not write its index: ${written.errors.join("; ")}`);
    await index.deleteIndex();
  };
  try {
    // The primary bundle's folder holds the others, so it is written before they are put inside it.
    if (shards.length) await doShard(shards[0]);
    // Pages are written oldest month first, so a shard is ready when its latest month is.
    const latest = (s: Shard) => groups.get(s.id)!.reduce((m, a) => (a.month > m ? a.month : m), "");
    await pool(shards.slice(1).sort((a, b) => (latest(a) < latest(b) ? -1 : latest(a) > latest(b) ? 1 : 0)), 2, doShard);
  } finally {
    await pagefind.close();
    await rm(join(siteDir, ".pagefind-src"), { recursive: true, force: true });
  }
  if (!shards.length) return { pages: 0, shards, reused, language };
  // Removed first: after a carried-over primary it is a hard link into the live site's copy.
  await rm(join(siteDir, "pagefind", SHARDS_FILE), { force: true });
  await writeFile(join(siteDir, "pagefind", SHARDS_FILE), JSON.stringify({ language, shards: shards.slice(1).map((s) => s.bundlePath) }) + "\n");
  return { pages: articles.length, shards, reused, language };
}

/** A search index being built on its own thread while the pages are still being written. */
export interface BackgroundIndex {
  /** these article pages are written and may be read */
  written(ids: string[]): void;
  /**
   * Links carried-over pages into the site on the index's thread, and counts the listed articles
   * as written once they are there: the index need not wait for the main thread, which Eleventy
   * keeps busy, to hear that the links are done.
   */
  link(pairs: LinkPair[], articleIds: string[]): Promise<void>;
  /** no more pages will come: resolves with the index, or rejects if a page never came */
  finish(): Promise<IndexResult>;
}

export interface IndexWorkerData {
  siteDir: string;
  articles: IndexedArticle[];
  previous?: { dir: string; shards: Shard[] };
}

// Workers do not inherit the TypeScript loader the main thread runs under: the worker registers
// tsx itself before loading its module.
const WORKER_BOOT = `import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(new URL("./search-index-worker.ts", import.meta.url).href)}); });`;

/**
 * buildSearchIndex on a worker thread. Eleventy keeps the main thread's event loop busy for whole
 * batches at a time, and Pagefind is driven through that loop: run there, a month's shard waited
 * for the end of rendering however early its pages were written. On its own thread the index
 * keeps Pagefind busy on the other core while the rest is rendered.
 */
export function indexInBackground(siteDir: string, articles: IndexedArticle[], previous?: { dir: string; shards: Shard[] }): BackgroundIndex {
  const worker = new Worker(WORKER_BOOT, { eval: true, workerData: { siteDir, articles, previous } satisfies IndexWorkerData });
  const links = new Map<number, { resolve: () => void; reject: (e: Error) => void }>();
  let tickets = 0;
  const result = new Promise<IndexResult>((resolve, reject) => {
    worker.on("message", (m: { result?: IndexResult; error?: string; linked?: number; linkError?: string }) => {
      if (m.linked !== undefined) {
        const l = links.get(m.linked);
        links.delete(m.linked);
        if (m.linkError) l?.reject(new Error(m.linkError));
        else l?.resolve();
      } else if (m.result) resolve(m.result);
      else reject(new Error(m.error ?? "the search index failed"));
    });
    worker.on("error", reject);
    worker.on("exit", (code) => reject(new Error(`the search index stopped (exit code ${code})`)));
  });
  // Settled by finish(); a failure before then must not count as unhandled.
  result.catch(() => {});
  return {
    written: (ids) => worker.postMessage({ written: ids }),
    link: (pairs, articleIds) => {
      const ticket = tickets++;
      const done = new Promise<void>((resolve, reject) => links.set(ticket, { resolve, reject }));
      // A thread that stopped answers no more: the index's own failure is the error to report.
      result.catch((e: Error) => links.get(ticket)?.reject(e));
      worker.postMessage({ link: pairs, ids: articleIds, ticket });
      return done;
    },
    finish: async () => {
      worker.postMessage({ done: true });
      try {
        return await result;
      } finally {
        await worker.terminate();
      }
    },
  };
}
