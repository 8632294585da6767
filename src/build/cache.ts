// What makes rebuilds incremental: records cached by the seed's content and the extractor's
// version, and the versions themselves, computed from the code so that editing an extractor or a
// template invalidates exactly what it must without anyone remembering to bump a number.
import { createHash } from "node:crypto";
import { appendFileSync, mkdirSync, readdirSync, readFileSync, statSync } from "node:fs";
import { BufferedFile } from "./buffered-file.ts";
import { readdir, rename, rm } from "node:fs/promises";
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
 * parsed only when asked for; new records are appended, and once a tenth of the file is records no
 * build used, it is rewritten with just the ones this build did, so it never grows far past the
 * archive. New records are written out (beside the file) as they come rather than held until the
 * end: at 10,000 articles that is 130 MB of JSON the build would carry.
 */
export class RecordCache {
  private readonly file: string;
  private readonly tmp: string;
  private entries: Map<string, string> | null = null;
  private readonly used = new Set<string>();
  /** keys already in the new file */
  private readonly written = new Set<string>();
  private out: BufferedFile | null = null;
  hits = 0;
  misses = 0;

  constructor(root: string) {
    this.file = join(root, `records-${getExtractorVersion()}.tsv`);
    this.tmp = `${this.file}.${process.pid}.tmp`;
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

  /** The file's text and the records read from it are not needed again in this build: at 10,000 articles, a hundred megabytes. */
  private release(): void {
    this.entries = null;
    this.used.clear();
    this.written.clear();
  }

  private static key(hash: string, archiveDay?: number): string {
    return archiveDay ? `${hash}-${archiveDay}` : hash;
  }

  private write(line: string): void {
    if (!this.out) {
      mkdirSync(dirname(this.file), { recursive: true });
      this.out = new BufferedFile(this.tmp);
    }
    this.out.write(line);
  }

  async get(hash: string, archiveDay?: number): Promise<Article | null> {
    if (!hash || hash.startsWith("size:")) return null;
    const key = RecordCache.key(hash, archiveDay);
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

  async set(hash: string, record: Article, archiveDay?: number): Promise<void> {
    if (!hash || hash.startsWith("size:")) return;
    const key = RecordCache.key(hash, archiveDay);
    // JSON.stringify escapes newlines and tabs inside strings, so a record is always one line.
    // Written again for the same key, the later line is the one read back.
    this.write(`${key}\t${JSON.stringify(record)}\n`);
    this.written.add(key);
    this.used.add(key);
    this.entries?.delete(key);
  }

  /**
   * Puts this build's records in place: the new ones appended to the file when it holds few
   * records this build did not use (a rebuild that adds an article writes one line, not the whole
   * archive's), else a new file of just the records used, put in place atomically.
   */
  async save(): Promise<void> {
    const entries = this.entries;
    let unused = 0;
    if (entries) for (const key of entries.keys()) if (!this.used.has(key)) unused++;
    if (!this.out && (!entries || unused === 0)) {
      // Nothing new, nothing dropped: the file on disk is already this build's.
      this.release();
      return;
    }
    if (this.out && entries && entries.size && unused <= entries.size * STALE_SHARE) {
      // Whole lines, in one write: a torn last line (a killed build) is skipped when read.
      this.out.close();
      this.out = null;
      appendFileSync(this.file, readFileSync(this.tmp));
      await rm(this.tmp, { force: true });
      this.release();
      await this.removeStale();
      return;
    }
    try {
      if (entries) for (const key of this.used) if (!this.written.has(key)) this.write(`${key}\t${entries.get(key)}\n`);
      if (!this.out) this.write("");
    } finally {
      this.out?.close();
      this.out = null;
    }
    await rename(this.tmp, this.file);
    this.release();
    await this.removeStale();
  }

  private async removeStale(): Promise<void> {
    // Records of other extractor versions can never be read again; a new file left by a build
    // that died is removed too (one whose process still runs is another build's, and is kept).
    const root = dirname(this.file);
    const mine = this.file.slice(root.length + 1);
    for (const name of await readdir(root)) {
      if (!name.startsWith("records-") || name === mine) continue;
      const tmpPid = name.match(/\.(\d+)\.tmp$/)?.[1];
      if (tmpPid && isAlive(Number(tmpPid))) continue;
      await rm(join(root, name), { recursive: true, force: true });
    }
  }
}

/** Up to this share of a file's records may be ones no build uses any more before it is rewritten. */
const STALE_SHARE = 0.1;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}
