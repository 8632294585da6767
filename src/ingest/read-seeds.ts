// Files → text + front matter. Reading never throws for a bad file: every problem becomes an error
// or warning on the seed, so one bad file cannot stop the archive from building.
import { createHash } from "node:crypto";
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import { decodeSeed, MAX_SEED_BYTES, tooLarge } from "./decode.ts";
import { parseFrontMatter, type FrontMatter } from "./front-matter.ts";
import { describeRemoved, stripMarkup } from "./markup.ts";
import { feedItemToText } from "./feed-item.ts";

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

/** Files nobody means as articles: hidden files and editor backups are passed over without a word. */
function isIgnorable(name: string): boolean {
  return name.startsWith(".") || name.endsWith("~") || /^(thumbs\.db|desktop\.ini)$/i.test(name);
}

/**
 * A file name as it may be printed on a terminal: control characters (a name can hold a newline or
 * an escape sequence that rewrites the screen) and bidirectional overrides (which make "evil‮txt.exe"
 * read as something else) are shown as \u{…} escapes. Everything else, accents included, is kept.
 */
export function displayName(name: string): string {
  return name.replace(/[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`);
}

/** Every seed file in a folder, sorted by name so builds are reproducible. */
export async function listSeedFiles(dir: string): Promise<string[]> {
  return (await listSeedEntries(dir)).filter((e) => e.kind === "seed").map((e) => e.path);
}

export interface SeedEntry {
  path: string;
  file: string;
  /** seed: a regular seed file; link: a symbolic link named like one; other: a file that is not a seed */
  kind: "seed" | "link" | "other";
}

function byName(a: { file: string }, b: { file: string }): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
}

/** What a seeds folder holds, sorted by name: seed files, and the files a person may have meant as seeds. */
export async function listSeedEntries(dir: string): Promise<SeedEntry[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const out: SeedEntry[] = [];
  for (const e of entries) {
    if (isIgnorable(e.name) || !(e.isFile() || e.isSymbolicLink())) continue;
    const kind = !isSeedFile(e.name) ? "other" : e.isSymbolicLink() ? "link" : "seed";
    out.push({ path: join(dir, e.name), file: e.name, kind });
  }
  return out.sort(byName);
}

export function seedFromBytes(path: string, bytes: Uint8Array): Seed {
  const file = basename(path);
  const hash = createHash("sha256").update(bytes).digest("hex");
  const decoded = decodeSeed(bytes);
  if (decoded.text == null) return { file, path, hash, body: "", frontMatter: {}, warnings: decoded.warnings, errors: decoded.errors };
  const fm = parseFrontMatter(decoded.text);
  const warnings = [...decoded.warnings, ...fm.warnings];
  const errors = [...decoded.errors, ...fm.errors];
  // (a feed item saved as XML is read as the article it carries)
  const item = fm.body.includes("<") ? feedItemToText(fm.body) : null;
  if (item !== null) warnings.push("the file is an item of a news feed (RSS or Atom); read its headline, writer, date and text from the feed's fields");
  const body = stripMarkup(item ?? fm.body);
  if (body.removed.length) warnings.push(`the text holds HTML markup (${describeRemoved(body.removed)}); removed it, as seeds are plain text or Markdown: check the article still reads as it should`);
  if (!body.text.trim() && !errors.length) errors.push(fm.body.trim() ? "the file holds only HTML markup, no article text: save the article's text instead" : "the file has front matter but no article text: add the text below the closing '---'");
  return { file, path, hash, body: body.text, frontMatter: fm.data, warnings, errors };
}

export interface ReadOptions {
  /** false: refuse a symbolic link (the build does, for links found in the seeds folder) */
  followLinks?: boolean;
}

const LINK_REFUSED =
  "the file is a symbolic link: the build does not follow links, so a seeds folder from someone else cannot publish files from elsewhere on this computer; copy the article into the seeds folder instead";

export async function readSeed(path: string, options: ReadOptions = {}): Promise<Seed> {
  const file = basename(path);
  const failed = (why: string, hash = ""): Seed => ({ file, path, hash, body: "", frontMatter: {}, warnings: [], errors: [why] });
  if (file.includes("\uFFFD")) {
    // The name's bytes are not UTF-8, so the string Node gave us names no file; opening it would only say "does not exist".
    return failed("the file name is not valid UTF-8, so the file cannot be opened: rename it (accents are fine once the name is UTF-8)");
  }
  if (/[<>\u0000-\u001F\u007F-\u009F]/.test(file)) {
    // The name is shown on pages and stored in the data files; angle brackets and control characters
    // there are markup or terminal escapes waiting to happen, and Windows cannot hold such names at all.
    return failed("the file name holds '<', '>' or control characters: rename it using letters, digits, spaces and ordinary punctuation");
  }
  // Synchronous calls: a seed is a few kilobytes, and four thread-pool round trips per file (open,
  // stat, read, close) cost more than the reading itself across thousands of seeds.
  let fd: number | undefined;
  try {
    // O_NONBLOCK: a named pipe called "x.txt" would otherwise block the build until something wrote to it.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (options.followLinks === false ? (constants.O_NOFOLLOW ?? 0) : 0));
    const info = fstatSync(fd);
    if (!info.isFile()) return failed(info.isDirectory() ? "this is a folder, not a file: seeds must be files directly in the seeds folder" : "not a regular file (a device, pipe or socket): seeds must be plain files");
    // Checked before reading so a stray multi-gigabyte file costs nothing.
    if (info.size > MAX_SEED_BYTES) return failed(tooLarge(info.size), `size:${info.size}:${info.mtimeMs}`);
    // At most one byte past the limit is read, so a file that grows while it is read cannot exhaust memory either.
    const buf = Buffer.alloc(Math.min(info.size, MAX_SEED_BYTES) + 1);
    let n = 0;
    for (let got = -1; got !== 0 && n < buf.length; n += got) got = readSync(fd, buf, n, buf.length - n, n);
    if (n > MAX_SEED_BYTES) return failed(tooLarge(Math.max(n, info.size)));
    return seedFromBytes(path, buf.subarray(0, n));
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const why =
      err.code === "ENOENT"
        ? "the file does not exist"
        : err.code === "EACCES" || err.code === "EPERM"
          ? "the file cannot be read (permission denied): make it readable, e.g. chmod a+r"
          : err.code === "ELOOP" && options.followLinks === false
            ? LINK_REFUSED
            : `the file cannot be read (${err.code ?? err.message})`;
    return failed(why);
  } finally {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // nothing to do: the descriptor is gone either way
      }
    }
  }
}
