// Files → text + front matter. Reading never throws for a bad file: every problem becomes an error
// or warning on the seed, so one bad file cannot stop the archive from building.
import { createHash } from "node:crypto";
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import { decodeSeed, MAX_SEED_BYTES, tooLarge } from "./decode.ts";
import { parseFrontMatter, type FrontMatter } from "./front-matter.ts";

export interface Seed {
  /** the seed's file name (not the path) */
  file: string;
  path: string;
  /** sha-256 of the raw bytes */
  hash: string;
  /** the text after front matter, normalized; "" when unreadable */
  body: string;
  frontMatter: FrontMatter;
  warnings: string[];
  errors: string[];
}

export const SEED_EXTENSIONS = new Set([".txt", ".md", ".markdown"]);

export function isSeedFile(name: string): boolean {
  return SEED_EXTENSIONS.has(extname(name).toLowerCase()) && !name.startsWith(".");
}

/** Every seed file in a folder, sorted by name so builds are reproducible. */
export async function listSeedFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && isSeedFile(e.name))
    .map((e) => join(dir, e.name))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export function seedFromBytes(path: string, bytes: Uint8Array): Seed {
  const file = basename(path);
  const hash = createHash("sha256").update(bytes).digest("hex");
  const decoded = decodeSeed(bytes);
  if (decoded.text == null) return { file, path, hash, body: "", frontMatter: {}, warnings: decoded.warnings, errors: decoded.errors };
  const fm = parseFrontMatter(decoded.text);
  const warnings = [...decoded.warnings, ...fm.warnings];
  const errors = [...decoded.errors, ...fm.errors];
  if (!fm.body.trim() && !errors.length) errors.push("the file has front matter but no article text");
  return { file, path, hash, body: fm.body, frontMatter: fm.data, warnings, errors };
}

export async function readSeed(path: string): Promise<Seed> {
  const file = basename(path);
  try {
    const info = await stat(path);
    if (!info.isFile()) return { file, path, hash: "", body: "", frontMatter: {}, warnings: [], errors: ["not a regular file"] };
    // Checked before reading so a stray multi-gigabyte file costs nothing.
    if (info.size > MAX_SEED_BYTES) return { file, path, hash: `size:${info.size}:${info.mtimeMs}`, body: "", frontMatter: {}, warnings: [], errors: [tooLarge(info.size)] };
    return seedFromBytes(path, await readFile(path));
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const why = err.code === "ENOENT" ? "the file does not exist" : err.code === "EACCES" ? "the file cannot be read (permission denied)" : `the file cannot be read (${err.code ?? err.message})`;
    return { file, path, hash: "", body: "", frontMatter: {}, warnings: [], errors: [why] };
  }
}
