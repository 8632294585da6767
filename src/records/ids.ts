// Stable, URL-safe ids. An id is the article's address (/articles/<id>/), so it must not change when
// other seeds are added, and it must be safe as a folder name whatever the title or front matter says.
import { createHash } from "node:crypto";
import slugifyLib from "@sindresorhus/slugify";

const MAX_SLUG = 80;

export function slugify(text: string): string {
  const s = slugifyLib(text, { decamelize: false }).slice(0, MAX_SLUG + 20);
  if (s.length <= MAX_SLUG) return s;
  const cut = s.lastIndexOf("-", MAX_SLUG);
  return s.slice(0, cut > 20 ? cut : MAX_SLUG).replace(/-+$/, "");
}

/**
 * The text an article is compared by: copies that differ only in line ends, BOM or spacing are
 * duplicates. Here rather than in the build because records cache it: editing it must change the
 * extractor version, which hashes this folder.
 */
export function contentKey(body: string): string {
  return createHash("sha256").update(body.replace(/\s+/g, " ").trim().toLowerCase()).digest("hex");
}

export function shortHash(text: string, n = 6): string {
  return createHash("sha256").update(text).digest("hex").slice(0, n);
}

/** A safe id for a record: its front-matter id or its title's slug, else one from its file name. */
export function baseId(title: string, file: string, frontId?: string): string {
  return (frontId && slugify(frontId)) || slugify(title) || `article-${shortHash(file)}`;
}

function byFile(a: { file: string }, b: { file: string }): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
}

/** True when `id` is `base` plus a suffix this file would get: a prefix of its own name's hash. */
function isOwnSuffix(id: string | undefined, base: string, file: string): boolean {
  if (!id?.startsWith(base + "-")) return false;
  const suffix = id.slice(base.length + 1);
  return suffix.length >= 6 && /^[0-9a-f]+$/.test(suffix) && shortHash(file, 64).startsWith(suffix);
}

/**
 * Makes ids unique across the archive. An id is an address people link to, so on a clash the
 * records keep what they had in the previous build (`previous`: file name → id) where they can:
 * the seed that held the plain id keeps it, and suffixed ones keep their suffix. Otherwise the
 * seed whose file name sorts first takes the plain id and each other gets a suffix from a hash of
 * its own file name, so an id never depends on the order files were added in, and a fresh build
 * of the same seeds gives the same ids.
 */
export function assignUniqueIds<T extends { id: string; file: string }>(records: T[], previous: ReadonlyMap<string, string> = new Map()): T[] {
  const groups = new Map<string, T[]>();
  for (const r of records) {
    const g = groups.get(r.id);
    if (g) g.push(r);
    else groups.set(r.id, [r]);
  }
  const taken = new Set(groups.keys());
  const suffixed = (base: string, file: string): string => {
    for (let n = 6; n <= 64; n += 2) if (!taken.has(`${base}-${shortHash(file, n)}`)) return `${base}-${shortHash(file, n)}`;
    let k = 2;
    while (taken.has(`${base}-${shortHash(file)}-${k}`)) k++;
    return `${base}-${shortHash(file)}-${k}`;
  };
  for (const [base, group] of groups) {
    const wasSuffixed = (r: T) => isOwnSuffix(previous.get(r.file), base, r.file);
    if (group.length === 1 && !wasSuffixed(group[0])) continue;
    group.sort(byFile);
    const owner = group.find((r) => previous.get(r.file) === base) ?? group.find((r) => !wasSuffixed(r));
    for (const r of group) {
      if (r === owner) continue;
      const before = previous.get(r.file);
      r.id = before && wasSuffixed(r) && !taken.has(before) ? before : suffixed(base, r.file);
      taken.add(r.id);
    }
  }
  return records;
}
