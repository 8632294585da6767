// `npm run pack`: the built site as one zip that works when unzipped and opened by double-clicking
// index.html, with no server and no network (a download, a USB stick).
//
// Opened from files, "/places/" means the root of the disk and a folder is not a page, so every
// link, script, stylesheet and image of the pages is rewritten to a path relative to the page that
// points at a file ("/places/juliaca/" → "../../places/juliaca/index.html"). This is done on the
// copy going into the zip, never in the templates: the published site keeps its clean addresses.
// Search works there through its fallback (templates/assets/search.js), since browsers refuse the
// fetches Pagefind needs on file:// (its issue #202).
//
// Left as they are: data files (their "url" fields are the published site's addresses, part of the
// records' shape), the Atom feed (a feed's links must be absolute to mean anything), and scripts,
// which find the site's root from their own address. Left out: the service worker and what only it
// uses (service workers do not run on file://), the build's marker, and the parts of Pagefind's
// bundles that a search never loads.
import { createWriteStream, existsSync, statSync } from "node:fs";
import { readFile, readdir, rename, rm, stat } from "node:fs/promises";
import { basename, extname, join, posix, resolve } from "node:path";
import { Zip, ZipDeflate, ZipPassThrough, type ZipInputFile } from "fflate";
import { OFFLINE_INDEX_FILE } from "../site/offline-index.ts";
import { formatSize, OFFLINE_FILES_LIST, searchFile, SERVICE_WORKER_FILE } from "./offline.ts";

const MARKER = ".news-archive-build";

export interface PackOptions {
  /** the built site (default _site) */
  siteDir: string;
  /** the zip to write */
  out: string;
  /** include Pagefind's index, for full-text search when the folder is served over http (default true) */
  pagefind?: boolean;
}

export interface PackResult {
  out: string;
  /** the folder inside the zip */
  folder: string;
  bytes: number;
  files: number;
  /** the files' size before compression */
  unpackedBytes: number;
  indexBytes: number;
  /** files whose links were rewritten */
  rewritten: number;
}

/** Already compressed (Pagefind's chunks are gzip, its wasm is packed): stored, not deflated again. */
const STORED = /\.(pf_fragment|pf_index|pf_filter|pf_meta|pagefind|png|jpe?g|gif|webp|woff2?|zip|gz)$/i;

/** The site's path for a file ("places/juliaca/index.html") → whether it is a file or a folder with a page. */
type Lookup = (path: string) => "file" | "dir" | null;

/**
 * A root-relative address as seen from the page at `from` (a path inside the site), pointing at a
 * file; anything else (other hosts, #fragments, data: URLs, relative paths) is returned unchanged.
 */
export function relativeUrl(url: string, from: string, lookup: Lookup): string {
  if (!url.startsWith("/") || url.startsWith("//")) return url;
  const cut = url.search(/[?#]/);
  const path = cut < 0 ? url : url.slice(0, cut);
  const rest = cut < 0 ? "" : url.slice(cut);
  let target = path.replace(/^\/+/, "");
  if (target === "" || target.endsWith("/")) target += "index.html";
  else if (lookup(target) === "dir") target += "/index.html";
  let rel = posix.relative(posix.dirname(`/${from}`), `/${target}`);
  if (rel === "") rel = posix.basename(target);
  return rel + rest;
}

const LINK_ATTRIBUTES = /(\s(?:href|src|xlink:href|action|poster|data)\s*=\s*)("([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/gi;
const SRCSET = /(\ssrcset\s*=\s*)("([^"]*)"|'([^']*)')/gi;
// A start tag with its attributes; text can hold no "<" (it is escaped), so only real tags match.
const TAG = /<[a-zA-Z][^\s/>]*(?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*\/?>/g;

/** Links in HTML or SVG markup, rewritten for a copy opened from files. */
export function rewriteMarkup(html: string, from: string, lookup: Lookup): string {
  const fix = (u: string) => relativeUrl(u, from, lookup);
  return html.replace(TAG, (tag) =>
    tag
      .replace(LINK_ATTRIBUTES, (_m, name: string, _v, dq?: string, sq?: string, bare?: string) => {
        const value = dq ?? sq ?? bare ?? "";
        const q = dq !== undefined ? '"' : sq !== undefined ? "'" : "";
        return `${name}${q}${fix(value)}${q}`;
      })
      .replace(SRCSET, (_m, name: string, _v, dq?: string, sq?: string) => {
        const q = dq !== undefined ? '"' : "'";
        const value = (dq ?? sq ?? "")
          .split(",")
          .map((part) => part.replace(/^(\s*)(\S+)/, (_x, sp: string, u: string) => sp + fix(u)))
          .join(",");
        return `${name}${q}${value}${q}`;
      }),
  );
}

/** url() and @import in a stylesheet. */
export function rewriteCss(css: string, from: string, lookup: Lookup): string {
  return css
    .replace(/url\(\s*(["']?)([^"')]+)\1\s*\)/g, (_m, q: string, u: string) => `url(${q}${relativeUrl(u.trim(), from, lookup)}${q})`)
    .replace(/@import\s+(["'])([^"']+)\1/g, (_m, q: string, u: string) => `@import ${q}${relativeUrl(u, from, lookup)}${q}`);
}

async function walk(dir: string, rel = ""): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(join(dir, rel), { withFileTypes: true })) {
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...(await walk(dir, r)));
    else if (e.isFile()) out.push(r);
  }
  return out;
}

/** Which of the site's files go into the pack. */
function packed(rel: string, withPagefind: boolean): boolean {
  if (rel === MARKER || rel === SERVICE_WORKER_FILE || rel === OFFLINE_FILES_LIST) return false;
  // Only the service worker shows the offline page; on disk it would be a page about nothing.
  if (rel.startsWith("offline/")) return false;
  if (!rel.startsWith("pagefind/")) return true;
  // The search page links Pagefind's UI whatever happens; the fallback search is styled on its own.
  if (rel === "pagefind/pagefind-ui.js" || rel === "pagefind/pagefind-ui.css") return true;
  if (!withPagefind) return false;
  if (rel === "pagefind/shards.json") return true;
  const shard = /^pagefind\/shards\/[^/]+\/(.+)$/.exec(rel);
  return shard ? searchFile(shard[1], false) : searchFile(rel.slice("pagefind/".length), true);
}

function readme(info: { folder: string; title: string; articles: number | null; builtAt: string | null; pagefind: boolean }): string {
  const lines = [
    `${info.title} — offline copy`,
    "",
    `${info.articles !== null ? `${info.articles.toLocaleString("en-US")} articles` : "The archive"}${info.builtAt ? `, built ${info.builtAt.slice(0, 10)}` : ""}.`,
    "",
    "HOW TO OPEN IT",
    "",
    `1. Unzip this file (on Windows: right-click, "Extract All"; on a Mac: double-click it).`,
    `2. Open the folder "${info.folder}" and double-click index.html.`,
    "",
    "It opens in your web browser. Nothing needs to be installed and no internet connection is",
    "needed: every page, map and chart is in the folder, and nothing is loaded from anywhere else.",
    "Keep the folder together; moving index.html out of it breaks the links.",
    "",
    "SEARCH",
    "",
    "The Search page works in this copy. Opened from files, it searches the titles, dates, sources,",
    "places, excerpts and casualty figures of every article (not their full text), with filters by",
    "source, place, month and language.",
  ];
  if (info.pagefind)
    lines.push(
      "",
      "For full-text search, serve the folder with any web server, from the folder itself. With",
      "Python installed, for instance: open a terminal in the folder, run",
      "    python3 -m http.server 8000",
      "and open http://localhost:8000/ in the browser.",
    );
  lines.push(
    "",
    "DATA",
    "",
    "data/articles.json  every article's record (title, date, source, places, casualty figures)",
    "data/casualties.csv every casualty figure with its article, for a spreadsheet",
    "data/places.geojson every place named, for a map program",
    "",
  );
  return lines.join("\r\n");
}

export async function pack(options: PackOptions): Promise<PackResult> {
  const siteDir = resolve(options.siteDir);
  const out = resolve(options.out);
  const withPagefind = options.pagefind ?? true;
  if (!existsSync(join(siteDir, MARKER))) throw new Error(`${siteDir} is not a built archive: run npm run build first (or pass --site DIR)`);
  if (!existsSync(join(siteDir, OFFLINE_INDEX_FILE))) throw new Error(`${siteDir} has no offline search index (${OFFLINE_INDEX_FILE}): it was built by an older version; run npm run build again`);
  const manifest = JSON.parse(await readFile(join(siteDir, MARKER), "utf8")) as { builtAt?: string; articles?: number };
  const home = await readFile(join(siteDir, "index.html"), "utf8").catch(() => "");
  const title = /<p class="site-title"><a[^>]*>([^<]*)<\/a>/.exec(home)?.[1].replace(/&amp;/g, "&") ?? "News Archive";
  const folder = basename(out).replace(/\.zip$/i, "").replace(/[^\w.-]+/g, "-") || "news-archive";

  const lookup: Lookup = (path) => {
    try {
      const s = statSync(join(siteDir, ...path.split("/")));
      if (s.isFile()) return "file";
      return existsSync(join(siteDir, ...path.split("/"), "index.html")) ? "dir" : null;
    } catch {
      return null;
    }
  };

  const files = (await walk(siteDir)).filter((f) => packed(f, withPagefind)).sort();
  const mtime = manifest.builtAt ? new Date(manifest.builtAt) : new Date();
  const partial = `${out}.partial-${process.pid}`;
  const stream = createWriteStream(partial);
  let failed: Error | null = null;
  const done = new Promise<void>((res, rej) => {
    stream.on("finish", res);
    stream.on("error", rej);
  });
  const zip = new Zip((err, chunk, final) => {
    if (err) {
      failed = err;
      return;
    }
    stream.write(chunk);
    if (final) stream.end();
  });
  const add = async (name: string, data: Uint8Array, store: boolean) => {
    const entry: ZipInputFile & { push(c: Uint8Array, f?: boolean): void } = store ? new ZipPassThrough(`${folder}/${name}`) : new ZipDeflate(`${folder}/${name}`, { level: 6 });
    entry.mtime = mtime;
    zip.add(entry);
    entry.push(data, true);
    // Compression runs ahead of the disk: wait for it now and then, so a large site is never
    // held in memory whole.
    if (stream.writableLength > 16 * 1024 * 1024) await new Promise<void>((r) => stream.once("drain", () => r()));
  };

  let unpackedBytes = 0;
  let rewritten = 0;
  try {
    await add("README.txt", new TextEncoder().encode(readme({ folder, title, articles: manifest.articles ?? null, builtAt: manifest.builtAt ?? null, pagefind: withPagefind })), false);
    for (const rel of files) {
      const raw = await readFile(join(siteDir, ...rel.split("/")));
      unpackedBytes += raw.length;
      const ext = extname(rel).toLowerCase();
      let data: Uint8Array = raw;
      if (ext === ".html" || ext === ".svg" || ext === ".css") {
        const text = raw.toString("utf8");
        const fixed = ext === ".css" ? rewriteCss(text, rel, lookup) : rewriteMarkup(text, rel, lookup);
        if (fixed !== text) {
          rewritten++;
          data = Buffer.from(fixed, "utf8");
        }
      }
      await add(rel, data, STORED.test(rel));
      if (failed) throw failed;
    }
    zip.end();
    if (failed) throw failed;
    await done;
    await rename(partial, out);
  } catch (e) {
    stream.destroy();
    await rm(partial, { force: true });
    throw e;
  }
  const indexBytes = (await stat(join(siteDir, OFFLINE_INDEX_FILE))).size;
  return { out, folder, bytes: (await stat(out)).size, files: files.length + 1, unpackedBytes, indexBytes, rewritten };
}

export function formatPackReport(r: PackResult): string {
  return `Packed ${r.files} files (${formatSize(r.unpackedBytes)}) into ${r.out}: ${formatSize(r.bytes)}. Offline search index: ${formatSize(r.indexBytes)}. Unzip it and open ${r.folder}/index.html.`;
}

