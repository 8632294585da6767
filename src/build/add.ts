// Adding articles to the seeds folder safely: each file is checked (readable text, valid front
// matter, not the same text as a seed already there), copied under a safe name that never
// overwrites another seed, and described, so the archivist sees at once what the archive will say.
import { copyFile, mkdir } from "node:fs/promises";
import { existsSync } from "node:fs";
import { basename, extname, join } from "node:path";
import slugifyLib from "@sindresorhus/slugify";
import { listSeedFiles, readSeed, SEED_EXTENSIONS, type Seed } from "../ingest/read-seeds.ts";
import { buildRecord } from "../records/build-record.ts";
import { contentKey } from "../records/ids.ts";
import type { Article } from "../records/types.ts";

export interface AddResult {
  source: string;
  ok: boolean;
  /** the new seed's path when added */
  dest: string | null;
  reason: string | null;
  record: Article | null;
}

/** A file name that is safe everywhere (no spaces, accents, #, parentheses) and keeps the extension. */
export function safeSeedName(original: string): string {
  const ext = extname(original).toLowerCase();
  const base = slugifyLib(basename(original, extname(original)), { decamelize: false }).slice(0, 80) || "article";
  return `${base}${SEED_EXTENSIONS.has(ext) ? ext : ".txt"}`;
}

function freeName(dir: string, name: string, taken: Set<string>): string {
  const ext = extname(name);
  const base = name.slice(0, -ext.length);
  let candidate = name;
  for (let n = 2; taken.has(candidate) || existsSync(join(dir, candidate)); n++) candidate = `${base}-${n}${ext}`;
  return candidate;
}

export async function addSeeds(files: string[], seedsDir: string): Promise<AddResult[]> {
  await mkdir(seedsDir, { recursive: true });
  // The text of every seed already there, to refuse duplicates by content (not by name).
  const existing = new Map<string, string>();
  for (const path of await listSeedFiles(seedsDir)) {
    const seed = await readSeed(path);
    if (seed.body) existing.set(contentKey(seed.body), seed.file);
  }
  const taken = new Set<string>();
  const results: AddResult[] = [];
  for (const source of files) {
    const seed: Seed = await readSeed(source);
    const refuse = (reason: string): AddResult => ({ source, ok: false, dest: null, reason, record: null });
    if (seed.errors.length) {
      results.push(refuse(seed.errors.join("; ")));
      continue;
    }
    const key = contentKey(seed.body);
    const dup = existing.get(key);
    if (dup) {
      results.push(refuse(`the same text is already in the archive as ${dup}`));
      continue;
    }
    const record = buildRecord(seed);
    if (record.errors.length) {
      results.push(refuse(record.errors.join("; ")));
      continue;
    }
    const name = freeName(seedsDir, safeSeedName(source), taken);
    const dest = join(seedsDir, name);
    // Byte for byte: the seed stays exactly what the archivist collected.
    await copyFile(source, dest);
    taken.add(name);
    existing.set(key, name);
    results.push({ source, ok: true, dest, reason: null, record: { ...record, file: name } });
  }
  return results;
}

/** What the archivist reads after adding: the extracted fields, how each was found, and warnings. */
export function describeAdded(r: AddResult): string {
  if (!r.ok || !r.record) return `✗ ${r.source}: not added — ${r.reason}`;
  const a = r.record;
  const lines = [`✓ ${r.source} → ${r.dest}`, `    title:   ${a.title}${a.titleSource === "derived" ? " (derived from the first sentence; the text has no headline)" : ""}`];
  lines.push(`    date:    ${a.date ?? "none"}${a.dateSource ? ` (${a.dateSource === "text" ? "stated in the text" : a.dateSource === "inferred" ? "inferred from the events reported" : "from front matter"})` : ""}`);
  lines.push(`    source:  ${a.source ?? "unknown"}`, `    author:  ${a.author ?? "unknown"}`);
  lines.push(`    places:  ${a.places.length ? a.places.map((p) => p.name).join(", ") : "none found"}`);
  if (a.casualties.length) {
    lines.push("    figures:");
    for (const c of a.casualties) lines.push(`      ${c.qualifier === "exact" ? "" : c.qualifier + " "}${c.count ?? "unstated"} ${c.kind} (${c.who}${c.place ? ", " + c.place : ""}${c.date ? ", " + c.date : ""})`);
  } else lines.push("    figures: none");
  for (const w of a.warnings) lines.push(`    warning: ${w}`);
  lines.push(`    page:    /articles/${a.id}/ (after the next build)`);
  return lines.join("\n");
}
