// Seeds folder → the archive's records: every seed read and extracted, duplicates found, ids made
// unique, every record validated. Each seed ends up either published or reported with its reasons.
import { createHash } from "node:crypto";
import { lstatSync } from "node:fs";
import { displayName, listSeedEntries, readSeed, SEED_EXTENSIONS, type Seed } from "../ingest/read-seeds.ts";
import { archiveDay, buildRecord, buildRecords, redate } from "../records/build-record.ts";
import type { RecordCache } from "./cache.ts";
import { collectIfGrown } from "./memory.ts";
import { assignUniqueIds, contentKey } from "../records/ids.ts";
import { validateRecord } from "../records/validate.ts";
import { renderBody } from "../records/render-body.ts";
import type { Article } from "../records/types.ts";

/** skipped: a file in the seeds folder that is not a seed (another extension); named so it is not missed */
export type SeedStatus = "published" | "duplicate" | "error" | "skipped";

export interface SeedReport {
  file: string;
  status: SeedStatus;
  id: string | null;
  warnings: string[];
  errors: string[];
}

export interface Archive {
  articles: Article[];
  reports: SeedReport[];
  /** every seed file read → its content hash (unreadable files included, so removals are seen) */
  hashes: Map<string, string>;
  /** what the next build needs to trust a seed unchanged without reading it (see SeedStats) */
  stats: SeedStats;
}

/**
 * Seed file → [size, mtime, inode] as found before it was read, and when the reading began. A
 * file whose stat is the same next time, and whose mtime was already older than the reading (so
 * it cannot have changed within the same clock tick as it was read), keeps its hash unread:
 * git's index does the same. Its record then comes from the cache; only a miss reads the file.
 */
export interface SeedStats {
  readAt: number;
  files: Record<string, [size: number, mtimeMs: number, ino: number]>;
}

/** How long before a reading a file must have last changed for its stat to vouch for it. */
const SETTLED_MS = 2000;

/** The cache key of a seed: its bytes and its file name (ids and `file` depend on the name). */
function seedKey(seed: Seed): string {
  return seed.hash ? createHash("sha256").update(seed.file).update("\0").update(seed.hash).digest("hex") : "";
}

/** A seed vouched for by its stat: its hash is known, its text is read only if its record is not cached. */
const unread = new WeakSet<Seed>();

/** buildRecords, with each record taken from the cache when this exact seed was extracted before. */
async function extractAll(seeds: Seed[], cache?: RecordCache): Promise<Article[]> {
  if (!cache) return buildRecords(seeds);
  const one = async (seed: Seed, day?: number, base?: Article): Promise<Article> => {
    const key = seedKey(seed);
    const hit = await cache.get(key, day);
    if (hit) return hit;
    // A year settled by the archive: only the dates are read again (see redate)
    if (day !== undefined && base?.redate) {
      const rec = redate(base, day);
      if (!seed.errors.length) await cache.set(key, rec, day);
      return rec;
    }
    if (unread.has(seed)) {
      // Not in the cache after all: read it now, and go on with what the file holds.
      const i = seeds.indexOf(seed);
      seeds[i] = await readSeed(seed.path, { followLinks: false }).catch((e: Error) => unreadable(seed.path, seed.file, `the file cannot be read (${e.message})`));
      return one(seeds[i], day);
    }
    const rec = buildRecord(seed, { archiveDay: day });
    // Cached with the record: normalizing and hashing every body again cost ~0.5 s at 10,000.
    if (seed.body) rec.textKey = contentKey(seed.body);
    // The body's HTML is cached with the record, so a rebuild does not render every body again;
    // the Markdown it was made from is then not needed (see withBodyHtml).
    withBodyHtml(rec);
    // Unreadable seeds are cheap to redo and their errors may depend on the file system; keep them out.
    // (the text kept for re-dating is not worth caching: a cached record re-dates by extraction)
    if (!seed.errors.length) await cache.set(key, rec.redate ? { ...rec, redate: undefined } : rec, day);
    return rec;
  };
  const records: Article[] = [];
  for (let i = 0; i < seeds.length; i++) {
    if (i % 200 === 199) collectIfGrown();
    const rec = await one(seeds[i]);
    const seed = seeds[i];
    records.push(rec);
    // Its record holds all the archive needs of a seed's text now (the duplicate key included),
    // unless the year it assumed must be settled by a second extraction: at 10,000 articles the
    // texts are over 100 MB held for nothing.
    if (rec.textKey && !rec.yearGuessed) seed.body = "";
  }
  const day = archiveDay(records);
  if (day !== undefined) for (let i = 0; i < records.length; i++) if (records[i].yearGuessed) records[i] = await one(seeds[i], day, records[i]);
  return records;
}

/** Renders the record's body to HTML once, and drops the Markdown: at 10,000 articles it is ~100 MB held for nothing. */
export function withBodyHtml(a: Article): Article {
  if (!a.html && a.paragraphs.length) a.html = renderBody(a.paragraphs);
  a.paragraphs = [];
  return a;
}

function statOf(path: string): [number, number, number] | null {
  try {
    const st = lstatSync(path);
    return st.isFile() ? [st.size, st.mtimeMs, st.ino] : null;
  } catch {
    return null;
  }
}

/** A seed whose reading failed in a way readSeed did not foresee: still a seed with an error, never a crash. */
function unreadable(path: string, file: string, error: string): Seed {
  return { file, path, hash: "", body: "", frontMatter: {}, warnings: [], errors: [error] };
}

export async function loadArchive(
  seedsDir: string,
  onProgress?: (done: number, total: number) => void,
  timings?: Record<string, number>,
  cache?: RecordCache,
  /** file name → id in the previous build of the same output, so published addresses stay put */
  previousIds?: Record<string, string>,
  /** the previous build's hashes and stats: unchanged seeds are not read again when their records are cached */
  previous?: { hashes: Record<string, string>; stats: SeedStats },
): Promise<Archive> {
  let t0 = performance.now();
  const entries = await listSeedEntries(seedsDir);
  const files = entries.filter((e) => e.kind !== "other");
  // A file with another extension may still be an article saved the wrong way; it is named, not read.
  const skipped: SeedReport[] = entries
    .filter((e) => e.kind === "other")
    .map((e) => ({ file: e.file, status: "skipped" as const, id: null, warnings: [`not read: only ${[...SEED_EXTENSIONS].join(", ")} files are seeds; if this is an article, save it as plain text with one of those extensions`], errors: [] }));
  const seeds: Seed[] = [];
  const stats: SeedStats = { readAt: Date.now(), files: {} };
  for (let i = 0; i < files.length; i++) {
    const { path, file, kind } = files[i];
    // Taken before the file is read: a change made while it is read shows as a new stat next time.
    const st = kind === "seed" && cache ? statOf(path) : null;
    if (st) stats.files[file] = st;
    const before = previous?.stats.files[file];
    const hash = previous?.hashes[file];
    if (st && before && hash && !hash.startsWith("size:") && st[0] === before[0] && st[1] === before[1] && st[2] === before[2] && st[1] < previous!.stats.readAt - SETTLED_MS) {
      const seed: Seed = { file, path, hash, body: "", frontMatter: {}, warnings: [], errors: [] };
      unread.add(seed);
      seeds.push(seed);
    } else {
      // Links in the seeds folder are refused rather than followed (see readSeed).
      seeds.push(await readSeed(path, { followLinks: false }).catch((e: Error) => unreadable(path, file, `the file cannot be read (${e.message})`)));
    }
    onProgress?.(i + 1, files.length);
  }
  if (timings) timings.read = (performance.now() - t0) / 1000;
  t0 = performance.now();
  const records = await extractAll(seeds, cache);
  // Validated before duplicates are looked for, so a copy is never set aside in favour of a twin
  // that then fails validation, which would publish neither.
  for (const r of records) {
    if (r.errors.length) continue;
    const problems = validateRecord(r);
    if (problems.length) r.errors.push(...problems.map((p) => `the extracted record is malformed (${p}); this is a bug in the archive, not in the file: please report it with the file attached`));
  }
  const seenContent = new Map<string, string>();
  records.forEach((record, i) => {
    if (record.errors.length) return;
    const key = record.textKey ?? contentKey(seeds[i].body);
    const first = seenContent.get(key);
    if (first) record.errors.push(`duplicate: the same text as ${displayName(first)}, which is published; delete one of the two files`);
    else seenContent.set(key, seeds[i].file);
  });
  const publishable = records.filter((r) => !r.errors.length);
  assignUniqueIds(publishable, new Map(Object.entries(previousIds ?? {})));
  const reports: SeedReport[] = records.map((r) => ({
    file: r.file,
    status: r.errors.length ? (r.errors.some((e) => e.startsWith("duplicate:")) ? "duplicate" : "error") : "published",
    id: r.errors.length ? null : r.id,
    warnings: r.warnings,
    errors: r.errors,
  }));
  reports.push(...skipped);
  reports.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  if (timings) timings.extract = (performance.now() - t0) / 1000;
  return { articles: publishable, reports, hashes: new Map(seeds.map((s) => [s.file, s.hash])), stats };
}
