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

export function shortHash(text: string, n = 6): string {
  return createHash("sha256").update(text).digest("hex").slice(0, n);
}

/** A safe id for a record: its front-matter id or its title's slug, else one from its file name. */
export function baseId(title: string, file: string, frontId?: string): string {
  return (frontId && slugify(frontId)) || slugify(title) || `article-${shortHash(file)}`;
}

/**
 * Makes ids unique across the archive. On a clash the seed whose file name sorts first keeps the
 * plain id and the others get a suffix from their own file name, so each id depends only on the
 * seed's own name and title, not on the order files were added in.
 */
export function assignUniqueIds<T extends { id: string; file: string }>(records: T[]): T[] {
  const byId = new Map<string, T[]>();
  for (const r of records) byId.set(r.id, [...(byId.get(r.id) ?? []), r]);
  const taken = new Set(records.map((r) => r.id));
  for (const [id, group] of byId) {
    if (group.length < 2) continue;
    group.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    for (const r of group.slice(1)) {
      let candidate = `${id}-${shortHash(r.file)}`;
      for (let n = 8; taken.has(candidate); n += 2) candidate = `${id}-${shortHash(r.file, n)}`;
      taken.add(candidate);
      r.id = candidate;
    }
  }
  return records;
}
