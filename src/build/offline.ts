// The build's offline step, after the pages and the search index are written: the fallback search
// index (src/site/offline-index.ts), the list of files the service worker saves, and the service
// worker itself (templates/offline/sw.js) stamped with a version.
//
// The version is a hash of what the worker saves on install and of the search index it saves
// after: a rebuild that changes any of it (an article, a template, a stylesheet, the worker) gives
// readers a new worker that replaces what is stale; a rebuild that changes nothing keeps their
// saved copies. Pagefind's chunks are named by their content's hash, so their names stand for their
// content and 10,000 fragments are not read again.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { readFile, rm, writeFile as write, mkdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { SiteData } from "../site/site-data.ts";
import { buildOfflineIndex, OFFLINE_INDEX_FILE } from "../site/offline-index.ts";
import { PROJECT_ROOT } from "./paths.ts";

export const SERVICE_WORKER_FILE = "sw.js";
export const OFFLINE_FILES_LIST = "offline/files.json";

/** Saved on install: enough to open the search page and the offline page with no network. */
const CORE = [
  "/",
  "/search/",
  "/offline/",
  "/assets/style.css",
  "/assets/favicon.svg",
  "/assets/offline.js",
  "/assets/offline.css",
  "/assets/search.js",
  "/assets/search/pagefind.js",
  "/assets/search/offline.js",
  `/${OFFLINE_INDEX_FILE}`,
  "/pagefind/pagefind-ui.js",
  "/pagefind/pagefind-ui.css",
  "/pagefind/shards.json",
];

/**
 * Pagefind's files a search reads, by path inside a bundle (primary: /pagefind/ itself): the other
 * UIs, and the copies of its code in each shard's bundle, are never loaded.
 */
export function searchFile(rel: string, primary: boolean): boolean {
  if (/^(fragment|index|filter)\//.test(rel)) return true;
  if (rel.includes("/")) return false;
  if (rel === "pagefind-entry.json" || rel.endsWith(".pf_meta")) return true;
  return primary && (rel === "pagefind.js" || rel === "pagefind-worker.js" || rel.startsWith("wasm."));
}

const CONTENT_HASHED = /(?:^|\/)(?:(?:fragment|index|filter)\/[^/]+|[^/]+\.pf_meta)$/;

// Synchronous file system calls here and below: a large archive's index is tens of thousands of
// small files, and each awaited call is a round trip through the thread pool.
function walk(dir: string, rel = ""): string[] {
  const out: string[] = [];
  for (const e of readdirSync(join(dir, rel), { withFileTypes: true })) {
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...walk(dir, r));
    else out.push(r);
  }
  return out;
}

/** Every file of the search index, shard by shard: entry files and metadata before the chunks they list. */
async function searchIndexFiles(siteDir: string): Promise<string[]> {
  const root = join(siteDir, "pagefind");
  if (!existsSync(root)) return [];
  const bundles = ["pagefind"];
  if (existsSync(join(root, "shards"))) for (const e of readdirSync(join(root, "shards"), { withFileTypes: true })) if (e.isDirectory()) bundles.push(`pagefind/shards/${e.name}`);
  const first: string[] = [];
  const then: string[] = [];
  for (const b of bundles) {
    for (const rel of walk(siteDir, b).map((p) => p.slice(b.length + 1)).sort()) {
      if (b === "pagefind" && rel.startsWith("shards/")) continue;
      if (!searchFile(rel, b === "pagefind")) continue;
      (rel.startsWith("fragment/") ? then : first).push(`/${b}/${rel}`);
    }
  }
  return [...first, ...then];
}

export interface OfflineReport {
  /** the fallback search index */
  indexBytes: number;
  excerptLength: number;
  overBudget: boolean;
  /** what the service worker saves on install, and the search index it saves after */
  coreBytes: number;
  searchBytes: number;
  searchFiles: number;
  version: string;
}

/** Unlinked first: a file carried over from the previous build may be a hard link into the live site. */
async function writeFile(path: string, data: string): Promise<void> {
  await rm(path, { force: true });
  await write(path, data);
}

const urlToFile = (siteDir: string, url: string) => join(siteDir, ...url.split("/").filter(Boolean), ...(url.endsWith("/") ? ["index.html"] : []));

export async function writeOfflineFiles(siteDir: string, site: Pick<SiteData, "articles" | "places">): Promise<OfflineReport> {
  const index = buildOfflineIndex(site);
  await mkdir(dirname(join(siteDir, OFFLINE_INDEX_FILE)), { recursive: true });
  await writeFile(join(siteDir, OFFLINE_INDEX_FILE), index.script);

  const template = await readFile(join(PROJECT_ROOT, "templates", "offline", "sw.js"), "utf8");
  const hash = createHash("sha256").update(template);
  const core = CORE.filter((u) => existsSync(urlToFile(siteDir, u)));
  let coreBytes = 0;
  for (const u of core) {
    const body = await readFile(urlToFile(siteDir, u));
    coreBytes += body.length;
    hash.update(u).update("\0").update(body).update("\0");
  }
  const search = await searchIndexFiles(siteDir);
  let searchBytes = 0;
  for (const u of search) {
    const file = urlToFile(siteDir, u);
    searchBytes += statSync(file).size;
    hash.update(u).update("\0");
    if (!CONTENT_HASHED.test(u)) hash.update(readFileSync(file)).update("\0");
  }
  const version = hash.digest("hex").slice(0, 16);

  const list = { version, core, index: search, bytes: { core: coreBytes, index: searchBytes } };
  await mkdir(dirname(join(siteDir, OFFLINE_FILES_LIST)), { recursive: true });
  await writeFile(join(siteDir, OFFLINE_FILES_LIST), JSON.stringify(list) + "\n");
  const marker = /^var BUILD = .*;$/m;
  if (!marker.test(template)) throw new Error("templates/offline/sw.js has no `var BUILD = …;` line for the build to fill in");
  const worker = template.replace(marker, `var BUILD = ${JSON.stringify({ version, files: `/${OFFLINE_FILES_LIST}` })};`);
  await writeFile(join(siteDir, SERVICE_WORKER_FILE), worker);
  return { indexBytes: index.bytes, excerptLength: index.excerptLength, overBudget: index.overBudget, coreBytes, searchBytes, searchFiles: search.length, version };
}

export function formatSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} kB`;
  return `${(bytes / 1_000_000).toFixed(2)} MB`;
}

/** The build report's line about offline use. */
export function formatOfflineReport(r: OfflineReport): string {
  return (
    `Offline: fallback search index ${formatSize(r.indexBytes)}${r.excerptLength < 280 ? ` (excerpts cut to ${r.excerptLength} characters to fit 2 MB)` : ""}${r.overBudget ? " — over the 2 MB budget even with the shortest excerpts" : ""}; ` +
    `a first visit saves ${formatSize(r.coreBytes)}, then the search index, ${formatSize(r.searchBytes)} in ${r.searchFiles} files (service worker ${r.version}).`
  );
}
