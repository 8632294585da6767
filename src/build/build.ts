// The build, step by step: read and extract the seeds, compute the site's data, render the pages
// with Eleventy, index them with Pagefind. Output is written to a fresh folder beside the target and
// swapped in at the end, so a failed or interrupted build leaves the previous site whole; the
// previous site is then deleted in the background.
import { existsSync, readdirSync, rmSync } from "node:fs";
import { spawn } from "node:child_process";
import { mkdir, open, readFile, rename, rm, writeFile, readdir } from "node:fs/promises";
import { basename, dirname, resolve } from "node:path";
import { loadArchive, withBodyHtml, type SeedReport, type SeedStats } from "./archive.ts";
import { displayName } from "../ingest/read-seeds.ts";
import { articleContentKeys, renderSite } from "./render.ts";
import { indexInBackground, type Shard } from "./search-index.ts";
import { buildSiteData } from "../site/site-data.ts";
import { writeDataFiles } from "../site/data-files.ts";
import { collectIfGrown } from "./memory.ts";
import { RecordCache } from "./cache.ts";
import { formatOfflineReport, writeOfflineFiles, type OfflineReport } from "./offline.ts";

export interface BuildOptions {
  seedsDir: string;
  outDir: string;
  /** where extracted records are cached between builds (default: .archive-cache beside the output); false disables it */
  cacheDir?: string | false;
  /** called while seeds are read, for a progress counter */
  onProgress?: (done: number, total: number) => void;
  /** skip the Pagefind step (tests of page rendering only) */
  noIndex?: boolean;
  log?: (line: string) => void;
}

export interface BuildResult {
  ok: boolean;
  outDir: string;
  published: number;
  reports: SeedReport[];
  timings: Record<string, number>;
  pages: number;
  indexedPages: number;
  message: string;
  /** seeds compared with the previous build of the same output folder */
  changes: { added: string[]; changed: string[]; removed: string[]; unchanged: number };
  cache: { hits: number; misses: number };
  /** search index shards in this build, and how many were carried over unchanged */
  searchShards: { total: number; reused: number };
  /** pages carried over unchanged from the previous build (not rendered, not rewritten) */
  reusedPages: number;
  /** offline use: the fallback search index and what the service worker saves (src/build/offline.ts) */
  offline?: OfflineReport;
}

interface Manifest {
  builtAt: string;
  articles: number;
  /** seed file → content hash, to tell the next build what changed */
  files: Record<string, string>;
  /** the search index's shards, so the next build can carry unchanged ones over */
  shards?: Shard[];
  /** article id → the key of its rendered page, so unchanged pages are carried over */
  pageKeys?: Record<string, string>;
  /** seed file → published id, so a rebuild keeps every article's address when titles clash */
  ids?: Record<string, string>;
  /** seed files' stats, so the next build need not read unchanged seeds (see SeedStats) */
  seedStats?: SeedStats;
}

async function readManifest(outDir: string): Promise<Manifest | null> {
  try {
    return JSON.parse(await readFile(resolve(outDir, MARKER), "utf8")) as Manifest;
  } catch {
    return null;
  }
}

/** /data/articles.json, casualties.csv and places.geojson: written by the build, counted as pages. */
const DATA_FILES = 3;

/** Marks a folder as ours, so a build never replaces a folder it did not make. */
const MARKER = ".news-archive-build";

async function isReplaceable(dir: string): Promise<boolean> {
  if (!existsSync(dir)) return true;
  const entries = await readdir(dir);
  return entries.length === 0 || entries.includes(MARKER);
}

/** An exclusive lock beside the output folder; a lock left by a dead process is taken over. */
async function acquireLock(outDir: string): Promise<() => Promise<void>> {
  const lockPath = `${outDir}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fh = await open(lockPath, "wx");
      await fh.writeFile(String(process.pid));
      await fh.close();
      return async () => {
        await rm(lockPath, { force: true });
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      const pid = Number((await readFile(lockPath, "utf8").catch(() => "")).trim());
      let alive = false;
      if (pid > 0) {
        try {
          process.kill(pid, 0);
          alive = true;
        } catch {
          alive = false;
        }
      }
      if (alive) throw new Error(`another build (process ${pid}) is writing ${outDir}; wait for it to finish, or delete ${lockPath} if it is not running`);
      await rm(lockPath, { force: true });
    }
  }
  throw new Error(`could not lock ${outDir}`);
}

/**
 * Deletes folders from a detached process that outlives this one. Errors are ignored: a folder
 * another remover is deleting at the same time, or one that survives, is retried by the next build.
 */
function removeInBackground(dirs: string[]): void {
  const existing = dirs.filter((d) => existsSync(d));
  if (!existing.length) return;
  const script = `const fs = require("node:fs"); for (const d of JSON.parse(process.argv[1])) { try { fs.rmSync(d, { recursive: true, force: true, maxRetries: 3 }); } catch {} }`;
  try {
    spawn(process.execPath, ["-e", script, JSON.stringify(existing)], { detached: true, stdio: "ignore" }).unref();
  } catch {
    for (const d of existing) rmSync(d, { recursive: true, force: true });
  }
}

async function timed<T>(timings: Record<string, number>, name: string, fn: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  try {
    return await fn();
  } finally {
    timings[name] = (performance.now() - t0) / 1000;
  }
}

export async function build(options: BuildOptions): Promise<BuildResult> {
  const log = options.log ?? (() => {});
  const seedsDir = resolve(options.seedsDir);
  const outDir = resolve(options.outDir);
  const timings: Record<string, number> = {};
  const noChanges = { added: [], changed: [], removed: [], unchanged: 0 };
  const cache = options.cacheDir === false ? undefined : new RecordCache(options.cacheDir ?? resolve(dirname(outDir), ".archive-cache"));
  const cacheStats = () => ({ hits: cache?.hits ?? 0, misses: cache?.misses ?? 0 });
  let searchShards = { total: 0, reused: 0 };
  let reusedPages = 0;
  const fail = (message: string, reports: SeedReport[] = []): BuildResult => ({ ok: false, outDir, published: 0, reports, timings, pages: 0, indexedPages: 0, message, changes: noChanges, cache: cacheStats(), searchShards, reusedPages });

  if (!existsSync(seedsDir)) return fail(`the seeds folder ${seedsDir} does not exist`);
  if (!(await isReplaceable(outDir))) return fail(`${outDir} exists and was not made by this archive's build; choose another --out folder or empty it`);
  await mkdir(dirname(outDir), { recursive: true });
  const release = await acquireLock(outDir);
  const stage = resolve(dirname(outDir), `.${basename(outDir)}.building-${process.pid}`);
  // Old sites whose removal did not finish (the machine stopped, say) are removed with this build's.
  const leftovers = readdirSync(dirname(outDir))
    .filter((n) => n.startsWith(`.${basename(outDir)}.old-`))
    .map((n) => resolve(dirname(outDir), n));
  try {
    const previous = await readManifest(outDir);
    const archive = await loadArchive(seedsDir, options.onProgress, timings, cache, previous?.ids, previous?.seedStats ? { hashes: previous.files, stats: previous.seedStats } : undefined);
    await cache?.save();
    const files: Record<string, string> = Object.fromEntries(archive.hashes);
    const before = previous?.files ?? {};
    const changes = {
      added: Object.keys(files).filter((f) => !(f in before)),
      changed: Object.keys(files).filter((f) => f in before && before[f] !== files[f]),
      removed: Object.keys(before).filter((f) => !(f in files)),
      unchanged: Object.keys(files).filter((f) => before[f] === files[f]).length,
    };
    if (!archive.articles.length) return fail(archive.reports.some((r) => r.status !== "skipped") ? "no seed could be published: every seed had an error (see above)" : `no seed files (*.txt, *.md) in ${seedsDir}`, archive.reports);

    await timed(timings, "body html", async () => {
      // Records from the cache come with their HTML; only the others are rendered here.
      for (const a of archive.articles) withBodyHtml(a);
    });
    // Extraction's garbage collected first (if it has piled up), so the site data's is not added to it.
    collectIfGrown();
    const site = await timed(timings, "site data", async () => buildSiteData(archive.articles, { tick: collectIfGrown }));
    // The site's articles carry the body HTML on from here (and let it go page by page).
    for (const a of archive.articles) a.html = "";
    // What each article's page shows apart from its neighbours: keys both the pages carried over
    // and the search index's shards.
    const contentKeys = await timed(timings, "page keys", async () => articleContentKeys(site));
    await rm(stage, { recursive: true, force: true });
    await mkdir(stage, { recursive: true });
    // Rendering and indexing overlap: Pagefind indexes a month's pages on the other core as soon as
    // Eleventy has written them. "index" is the time indexing ran on past the end of rendering.
    const indexing = options.noIndex
      ? null
      : indexInBackground(
          stage,
          site.articles.map((a) => ({ id: a.id, lang: a.lang, month: a.month, key: contentKeys.get(a.id) })),
          previous?.shards && existsSync(outDir) ? { dir: outDir, shards: previous.shards } : undefined,
        );
    let rendered;
    try {
      rendered = await timed(timings, "render", () => renderSite(site, stage, previous?.pageKeys && existsSync(outDir) ? { dir: outDir, pageKeys: previous.pageKeys } : undefined, (ids) => indexing?.written(ids), contentKeys, indexing ? (pairs, ids) => indexing.link(pairs, ids) : undefined));
    } catch (e) {
      await indexing?.finish().catch(() => {});
      throw e;
    }
    // While the index finishes on the other thread.
    await timed(timings, "data files", async () => writeDataFiles(stage, site));
    const pages = rendered.pages + DATA_FILES;
    reusedPages = rendered.reusedPages;
    let indexedPages = 0;
    let shards: Shard[] = [];
    if (indexing) {
      const idx = await timed(timings, "index", () => indexing.finish());
      indexedPages = idx.pages;
      shards = idx.shards;
      searchShards = { total: idx.shards.length, reused: idx.reused };
    }
    // After the index: the service worker's version hashes the index files it saves.
    const offline = await timed(timings, "offline", () => writeOfflineFiles(stage, site));
    const ids = Object.fromEntries(archive.articles.map((a) => [a.file, a.id]));
    const manifest: Manifest = { builtAt: new Date().toISOString(), articles: archive.articles.length, files, shards, ids, pageKeys: rendered.pageKeys, seedStats: archive.stats };
    await writeFile(resolve(stage, MARKER), JSON.stringify(manifest) + "\n");

    await timed(timings, "swap", async () => {
      const old = resolve(dirname(outDir), `.${basename(outDir)}.old-${process.pid}-${Date.now()}`);
      if (existsSync(outDir)) await rename(outDir, old);
      await rename(stage, outDir);
      // The new site is in place; deleting the old one (tens of thousands of files) is left to a
      // process of its own rather than added to every rebuild's wait.
      removeInBackground([old, ...leftovers]);
    });
    log(`built ${archive.articles.length} articles into ${outDir}`);
    return { ok: true, outDir, published: archive.articles.length, reports: archive.reports, timings, pages, indexedPages, message: "ok", changes, cache: cacheStats(), searchShards, reusedPages, offline };
  } finally {
    await rm(stage, { recursive: true, force: true });
    await release();
  }
}

/** The per-seed report a person reads after a build: problems by file, then the totals. */
export function formatReport(result: BuildResult): string {
  const lines: string[] = [];
  for (const r of result.reports) {
    // File names are shown escaped: a name can hold a newline or a terminal escape sequence.
    if (r.errors.length) lines.push(`✗ ${displayName(r.file)}: ${r.status === "duplicate" ? "not published (duplicate)" : "not published"}`, ...r.errors.map((e) => `    error: ${e}`));
    if (r.warnings.length) {
      if (!r.errors.length) lines.push(`${r.status === "skipped" ? "-" : "!"} ${displayName(r.file)}`);
      lines.push(...r.warnings.map((w) => `    warning: ${w}`));
    }
  }
  const count = (s: string) => result.reports.filter((r) => r.status === s).length;
  const ch = result.changes;
  const names = (list: string[]) => (list.length ? ` (${list.slice(0, 5).map(displayName).join(", ")}${list.length > 5 ? ", …" : ""})` : "");
  const t = Object.entries(result.timings)
    .map(([k, v]) => `${k} ${v.toFixed(2)}s`)
    .join(", ");
  lines.push(
    `${result.reports.length - count("skipped")} seeds: ${count("published")} published, ${count("error")} with errors, ${count("duplicate")} duplicates; ${result.reports.reduce((n, r) => n + r.warnings.length, 0)} warnings.${count("skipped") ? ` ${count("skipped")} other files skipped.` : ""}`,
    `Since the last build: ${ch.added.length} new${names(ch.added)}, ${ch.changed.length} changed${names(ch.changed)}, ${ch.removed.length} removed${names(ch.removed)}, ${ch.unchanged} unchanged; ${result.cache.hits} records from the cache, ${result.cache.misses} extracted.`,
    result.ok ? `Site: ${result.outDir} (${result.pages} pages, ${result.reusedPages} unchanged pages carried over; ${result.indexedPages} indexed for search in ${result.searchShards.total} shards, ${result.searchShards.reused} unchanged). ${t}` : `Build failed: ${result.message}`,
  );
  if (result.ok && result.offline) lines.push(formatOfflineReport(result.offline));
  return lines.join("\n");
}
