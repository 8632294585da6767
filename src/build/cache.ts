// What makes rebuilds incremental: records cached by the seed's content and the extractor's
// version, and the versions themselves, computed from the code so that editing an extractor or a
// template invalidates exactly what it must without anyone remembering to bump a number.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
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

/** A content-addressed store of extracted records: one JSON file per (seed bytes, extractor version, assumed year). */
export class RecordCache {
  private readonly dir: string;
  hits = 0;
  misses = 0;

  constructor(root: string) {
    this.dir = join(root, `records-${getExtractorVersion()}`);
  }

  private path(hash: string, defaultYear?: number): string {
    return join(this.dir, hash.slice(0, 2), `${hash}${defaultYear ? "-" + defaultYear : ""}.json`);
  }

  async get(hash: string, defaultYear?: number): Promise<Article | null> {
    if (!hash || hash.startsWith("size:")) return null;
    try {
      const rec = JSON.parse(await readFile(this.path(hash, defaultYear), "utf8")) as Article;
      this.hits++;
      return rec;
    } catch {
      this.misses++;
      return null;
    }
  }

  async set(hash: string, record: Article, defaultYear?: number): Promise<void> {
    if (!hash || hash.startsWith("size:")) return;
    const path = this.path(hash, defaultYear);
    await mkdir(join(path, ".."), { recursive: true });
    // Write then rename, so a build killed mid-write never leaves a truncated entry behind.
    const tmp = `${path}.${process.pid}.tmp`;
    await writeFile(tmp, JSON.stringify(record));
    await rename(tmp, path);
  }
}
