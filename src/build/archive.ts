// Seeds folder → the archive's records: every seed read and extracted, duplicates found, ids made
// unique, every record validated. Each seed ends up either published or reported with its reasons.
import { createHash } from "node:crypto";
import { listSeedFiles, readSeed, type Seed } from "../ingest/read-seeds.ts";
import { archiveYear, buildRecord, buildRecords } from "../records/build-record.ts";
import type { RecordCache } from "./cache.ts";
import { assignUniqueIds } from "../records/ids.ts";
import { validateRecord } from "../records/validate.ts";
import type { Article } from "../records/types.ts";

export type SeedStatus = "published" | "duplicate" | "error";

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
}

/** The text an article is compared by: copies that differ only in line ends, BOM or spacing are duplicates. */
export function contentKey(body: string): string {
  return createHash("sha256").update(body.replace(/\s+/g, " ").trim().toLowerCase()).digest("hex");
}

/** The cache key of a seed: its bytes and its file name (ids and `file` depend on the name). */
function seedKey(seed: Seed): string {
  return seed.hash ? createHash("sha256").update(seed.file).update("\0").update(seed.hash).digest("hex") : "";
}

/** buildRecords, with each record taken from the cache when this exact seed was extracted before. */
async function extractAll(seeds: Seed[], cache?: RecordCache): Promise<Article[]> {
  if (!cache) return buildRecords(seeds);
  const one = async (seed: Seed, defaultYear?: number): Promise<Article> => {
    const key = seedKey(seed);
    const hit = await cache.get(key, defaultYear);
    if (hit) return hit;
    const rec = buildRecord(seed, { defaultYear });
    // Unreadable seeds are cheap to redo and their errors may depend on the file system; keep them out.
    if (!seed.errors.length) await cache.set(key, rec, defaultYear);
    return rec;
  };
  const records: Article[] = [];
  for (const seed of seeds) records.push(await one(seed));
  const defaultYear = archiveYear(records);
  if (defaultYear !== undefined) for (let i = 0; i < records.length; i++) if (records[i].yearGuessed) records[i] = await one(seeds[i], defaultYear);
  return records;
}

export async function loadArchive(seedsDir: string, onProgress?: (done: number, total: number) => void, timings?: Record<string, number>, cache?: RecordCache): Promise<Archive> {
  let t0 = performance.now();
  const files = await listSeedFiles(seedsDir);
  const seeds: Seed[] = [];
  for (let i = 0; i < files.length; i++) {
    seeds.push(await readSeed(files[i]));
    onProgress?.(i + 1, files.length);
  }
  if (timings) timings.read = (performance.now() - t0) / 1000;
  t0 = performance.now();
  const records = await extractAll(seeds, cache);
  const seenContent = new Map<string, string>();
  records.forEach((record, i) => {
    if (record.errors.length) return;
    const key = contentKey(seeds[i].body);
    const first = seenContent.get(key);
    if (first) record.errors.push(`duplicate: the same text as ${first}, which is published; delete one of the two files`);
    else seenContent.set(key, seeds[i].file);
  });
  for (const r of records) {
    if (r.errors.length) continue;
    const problems = validateRecord(r);
    if (problems.length) r.errors.push(...problems.map((p) => `invalid record: ${p}`));
  }
  const publishable = records.filter((r) => !r.errors.length);
  assignUniqueIds(publishable);
  const reports: SeedReport[] = records.map((r) => ({
    file: r.file,
    status: r.errors.length ? (r.errors.some((e) => e.startsWith("duplicate:")) ? "duplicate" : "error") : "published",
    id: r.errors.length ? null : r.id,
    warnings: r.warnings,
    errors: r.errors,
  }));
  if (timings) timings.extract = (performance.now() - t0) / 1000;
  return { articles: publishable, reports, hashes: new Map(seeds.map((s) => [s.file, s.hash])) };
}
