// Front matter lets an archivist override what the extractors find. It is parsed with gray-matter
// and then checked field by field, because YAML happily yields numbers, dates and nested objects
// where the archive needs plain strings.
import matter from "gray-matter";

export interface FrontMatter {
  title?: string;
  subtitle?: string;
  date?: string;
  source?: string;
  author?: string;
  url?: string;
  lang?: string;
  places?: string[];
  id?: string;
}

export interface ParsedFrontMatter {
  data: FrontMatter;
  body: string;
  warnings: string[];
  errors: string[];
}

const STRING_FIELDS = ["title", "subtitle", "source", "author", "lang"] as const;

function isoDate(value: unknown): string | null {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === "string") {
    const m = value.trim().match(/^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/);
    if (m) {
      const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
      if (d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3]) return `${m[1]}-${m[2]}-${m[3]}`;
    }
  }
  return null;
}

export function parseFrontMatter(text: string): ParsedFrontMatter {
  const warnings: string[] = [];
  const errors: string[] = [];
  if (!/^---[ \t]*\n/.test(text)) return { data: {}, body: text, warnings, errors };

  let raw: Record<string, unknown>;
  let body: string;
  try {
    // An empty options object keeps gray-matter from caching by content, which would hand back the
    // same (mutable) object for two seeds with identical front matter.
    const parsed = matter(text, {});
    raw = (parsed.data ?? {}) as Record<string, unknown>;
    body = parsed.content;
  } catch (e) {
    const reason = String((e as Error).message ?? e).split("\n")[0];
    // Drop the unparseable block so its YAML does not show up as the article's first lines.
    const end = text.indexOf("\n---", 3);
    body = end >= 0 ? text.slice(text.indexOf("\n", end + 1) + 1) : text;
    errors.push(`front matter does not parse (${reason}): fix the YAML between the two '---' lines`);
    return { data: {}, body, warnings, errors };
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    errors.push("front matter is not a set of 'key: value' lines");
    return { data: {}, body, warnings, errors };
  }

  const data: FrontMatter = {};
  for (const key of STRING_FIELDS) {
    const v = raw[key];
    if (v == null) continue;
    if (typeof v === "string" || typeof v === "number") {
      const s = String(v).replace(/\s+/g, " ").trim();
      if (s) data[key] = s;
    } else errors.push(`front matter '${key}' must be text, got ${Array.isArray(v) ? "a list" : typeof v}`);
  }
  if (raw.date != null) {
    const d = isoDate(raw.date);
    if (d) data.date = d;
    else errors.push(`front matter 'date' is not a date (${JSON.stringify(String(raw.date)).slice(0, 60)}): write it as YYYY-MM-DD`);
  }
  if (raw.url != null) {
    const u = String(raw.url).trim();
    if (/^https?:\/\/[^\s<>"]+$/i.test(u)) data.url = u;
    else errors.push(`front matter 'url' must be an http(s) address, got ${JSON.stringify(u).slice(0, 80)}`);
  }
  if (raw.places != null) {
    const p = raw.places;
    if (typeof p === "string") data.places = p.split(/[;,]/).map((s) => s.trim()).filter(Boolean);
    else if (Array.isArray(p) && p.every((x) => typeof x === "string")) data.places = (p as string[]).map((s) => s.trim()).filter(Boolean);
    else errors.push("front matter 'places' must be a list of place names, e.g. places: [Juliaca, Puno]");
  }
  for (const key of ["id", "slug"]) {
    const v = raw[key];
    if (v == null) continue;
    const s = String(v).trim();
    // An id becomes a folder name under the output: refuse anything that could climb out of it.
    if (/^[a-z0-9][a-z0-9-]{0,100}$/i.test(s)) data.id = s.toLowerCase();
    else errors.push(`front matter '${key}' must be letters, digits and hyphens only, got ${JSON.stringify(s).slice(0, 60)}`);
  }
  const known = new Set([...STRING_FIELDS, "date", "url", "places", "id", "slug", "tags"]);
  const unknown = Object.keys(raw).filter((k) => !known.has(k));
  if (unknown.length) warnings.push(`front matter has fields the archive does not use: ${unknown.join(", ")}`);
  return { data, body, warnings, errors };
}
