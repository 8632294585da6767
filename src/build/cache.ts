// What makes rebuilds incremental: records cached by the seed's content and the extractor's
// version, and the versions themselves, computed from the code so that editing an extractor or a
// template invalidates exactly what it must without anyone remembering to bump a number.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { mkdir, readdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { PROJECT_ROOT } from "./paths.ts";
import type { Article } from "../records/types.ts";

function hashTree(paths: string[]): string {
  const h = createHash("sha256");
  const walk = (p: string) => {
    let st;
    try {
      st = statSync(p);
    } catch {
      return;
    }
    if (st.isDirectory()) for (const name of readdirSync(p).sort()) walk(join(p, name));
    else {
      h.update(relative(PROJECT_ROOT, p));
      h.update(readFileSync(p));
    }
  };
  for (const p of paths) walk(join(PROJECT_ROOT, p));
  return h.digest("hex").slice(0, 16);
}

let extractorVersion: string | null = null;
/** Changes whenever code or data that shapes a record changes (ingest, extractors, gazetteer, records). */
export function getExtractorVersion(): string {
  extractorVersion ??= hashTree(["src/ingest", "src/extract", "src/records", "package-lock.json"]);
  return extractorVersion;
}

let templateVersion: string | null = null;
/** Changes whenever anything that shapes a page changes (templates, site data, Eleventy config, body rendering). */
export function getTemplateVersion(): string {
  templateVersion ??= hashTree(["templates", "src/site", ".eleventy.ts", "src/records/render-body.ts", "src/build/render.ts", "package-lock.json"]);
  return templateVersion;
}

/**
 * A content-addressed store of extracted records, keyed by (seed bytes and name, assumed year),
 * kept as one file per extractor version: one line per record, "key<TAB>json". A file per record
 * cost a directory, a write and a rename each, more than extracting the record again. Lines are
 * parsed only when asked for, and `save` writes back just the records this build used, so the
 * file never grows past the archive.
 */
export class RecordCache {
  private readonly file: string;
  private entries: Map<string, string> | null = null;
  private readonly used = new Set<string>();
  private dirty = false;
  hits = 0;
  misses = 0;

  constructor(root: string) {
    this.file = join(root, `records-${getExtractorVersion()}.tsv`);
  }

  private load(): Map<string, string> {
    if (this.entries) return this.entries;
    this.entries = new Map();
    let text = "";
    try {
      text = readFileSync(this.file, "utf8");
    } catch {
      return this.entries;
    }
    // A torn or hand-edited line is skipped, not trusted: its record is extracted again.
    for (let start = 0; start < text.length; ) {
      let end = text.indexOf("\n", start);
      if (end < 0) end = text.length;
      const tab = text.indexOf("\t", start);
      if (tab > start && tab < end) this.entries.set(text.slice(start, tab), text.slice(tab + 1, end));
      start = end + 1;
    }
    return this.entries;
  }

  private static key(hash: string, defaultYear?: number): string {
    return defaultYear ? `${hash}-${defaultYear}` : hash;
  }

  async get(hash: string, defaultYear?: number): Promise<Article | null> {
    if (!hash || hash.startsWith("size:")) return null;
    const key = RecordCache.key(hash, defaultYear);
    const json = this.load().get(key);
    if (json !== undefined) {
      try {
        const rec = JSON.parse(json) as Article;
        this.used.add(key);
        this.hits++;
        return rec;
      } catch {
        this.entries!.delete(key);
      }
    }
    this.misses++;
    return null;
  }

  async set(hash: string, record: Article, defaultYear?: number): Promise<void> {
    if (!hash || hash.startsWith("size:")) return;
    const key = RecordCache.key(hash, defaultYear);
    // JSON.stringify escapes newlines and tabs inside strings, so a record is always one line.
    this.load().set(key, JSON.stringify(record));
    this.used.add(key);
    this.dirty = true;
  }

  /** Writes the records this build used (atomically: a killed build leaves the old file whole). */
  async save(): Promise<void> {
    if (!this.entries) return;
    const entries = this.entries;
    if (!this.dirty && this.used.size === entries.size) {
      this.entries = null;
      return;
    }
    const lines: string[] = [];
    for (const key of this.used) lines.push(`${key}\t${entries.get(key)}\n`);
    await mkdir(dirname(this.file), { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    await writeFile(tmp, lines.join(""));
    await rename(tmp, this.file);
    this.dirty = false;
    // The file's text and the records read from it are not needed again in this build; at 10,000
    // articles they are tens of megabytes the rest of the build would carry.
    this.entries = null;
    this.used.clear();
    // Records of other extractor versions can never be read again.
    const root = dirname(this.file);
    const mine = this.file.slice(root.length + 1);
    for (const name of await readdir(root)) {
      if (name.startsWith("records-") && name !== mine && !name.endsWith(".tmp")) await rm(join(root, name), { recursive: true, force: true });
    }
  }
}
