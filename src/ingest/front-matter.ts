// Front matter lets an archivist override what the extractors find. It is parsed with gray-matter
// and then checked field by field, because YAML happily yields numbers, dates and nested objects
// where the archive needs plain strings.
import matter from "gray-matter";
import { describeRemoved, stripMarkup } from "./markup.ts";

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

/**
 * gray-matter picks a parser from the text after the opening '---', and its "js"/"javascript"
 * parser runs that text through eval(): a seed starting '---js' would run code on the machine
 * building the archive. Only YAML (and JSON, a subset of it) is ever wanted.
 */
const refuse = (lang: string) => ({
  parse(): never {
    throw new Error(`front matter in ${lang} is not accepted, only YAML`);
  },
});
const MATTER_OPTIONS = { language: "yaml", engines: { js: refuse("JavaScript"), javascript: refuse("JavaScript"), coffee: refuse("CoffeeScript"), coffeescript: refuse("CoffeeScript"), cson: refuse("CSON"), toml: refuse("TOML") } };

/**
 * What a YAML value is, in words. Lists and maps are never turned into text: YAML aliases let a few
 * lines describe a list of lists a billion items long, which String() would try to spell out.
 */
function kindOf(v: unknown): string {
  return Array.isArray(v) ? "a list" : v instanceof Date ? "a date" : v !== null && typeof v === "object" ? "a set of fields" : typeof v;
}

/** A value from the seed, shown in a message: markup and control characters gone, shortened, quoted. */
export function quote(value: unknown, max = 60): string {
  if (value !== null && typeof value === "object" && !(value instanceof Date)) return kindOf(value);
  let s = stripMarkup(String(value)).text.replace(/\s+/g, " ").trim();
  if (s.length > max) s = s.slice(0, max - 1) + "…";
  return s ? JSON.stringify(s) : "(a value made only of markup)";
}

/** Front-matter text with any HTML removed; the warning names the field. */
function plainValue(key: string, value: string, warnings: string[]): string {
  const { text, removed } = stripMarkup(value);
  if (removed.length) warnings.push(`front matter '${key}' held HTML markup (${describeRemoved(removed)}); removed it`);
  return text.replace(/\s+/g, " ").trim();
}

/** The date as written in the YAML: js-yaml turns 2023-02-30 into 2 March and shifts dates with a time zone to UTC. */
function writtenDate(yamlText: string): string | null {
  const m = /^date[ \t]*:[ \t]*["']?([^"'#\n]*?)["']?[ \t]*(?:#.*)?$/m.exec(yamlText);
  return m ? m[1] : null;
}

function isoDate(value: unknown): string | null {
  if (typeof value === "string") {
    const m = value.trim().match(/^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/);
    if (m) {
      const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
      if (d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3]) return `${m[1]}-${m[2]}-${m[3]}`;
    }
  }
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  return null;
}

export function parseFrontMatter(text: string): ParsedFrontMatter {
  const warnings: string[] = [];
  const errors: string[] = [];
  if (!/^---[ \t]*\n/.test(text)) return { data: {}, body: text, warnings, errors };

  let raw: Record<string, unknown>;
  let body: string;
  try {
    // Passing options also keeps gray-matter from caching by content, which would hand back the
    // same (mutable) object for two seeds with identical front matter.
    const parsed = matter(text, MATTER_OPTIONS);
    raw = (parsed.data ?? {}) as Record<string, unknown>;
    body = parsed.content;
    if (raw && raw.date instanceof Date) raw.date = writtenDate(parsed.matter) ?? raw.date;
  } catch (e) {
    const reason = stripMarkup(String((e as Error).message ?? e).split("\n")[0]).text.slice(0, 200);
    // Drop the unparseable block so its YAML does not show up as the article's first lines.
    const end = text.indexOf("\n---", 3);
    const next = end >= 0 ? text.indexOf("\n", end + 1) : -1;
    body = end < 0 ? text : next >= 0 ? text.slice(next + 1) : "";
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
      const s = plainValue(key, String(v), warnings);
      if (s) data[key] = s;
    } else errors.push(`front matter '${key}' must be text, got ${kindOf(v)}`);
  }
  // Clipping and extraction tools name the fields their own way: trafilatura's "sitename" and
  // "description", a feed's "publisher", a read-later app's "site_name".
  for (const [field, aliases] of [["source", ["sitename", "site_name", "publisher", "publication", "outlet"]], ["subtitle", ["description", "standfirst", "dek"]]] as const) {
    if (data[field] !== undefined) continue;
    for (const alias of aliases) {
      const v = raw[alias];
      if (typeof v !== "string" || !v.trim()) continue;
      const text = plainValue(field, v, warnings);
      if (text) data[field] = text;
      break;
    }
  }
  if (data.lang !== undefined && !/^[a-z]{2,3}(-[a-z]{2,4})?$/i.test(data.lang)) {
    errors.push(`front matter 'lang' must be a language code such as en or es, got ${quote(data.lang)}`);
    delete data.lang;
  } else if (data.lang) data.lang = data.lang.replace(/^[a-z]+/i, (l) => l.toLowerCase());
  if (raw.date != null) {
    const d = isoDate(raw.date);
    if (d) data.date = d;
    else errors.push(`front matter 'date' is not a date (${quote(raw.date)}): write it as YYYY-MM-DD`);
  }
  if (raw.url != null) {
    const u = typeof raw.url === "string" ? raw.url.trim() : "";
    if (/^https?:\/\/[^\s<>"'`]+$/i.test(u)) data.url = u;
    else errors.push(`front matter 'url' must be an address starting with http:// or https://, got ${quote(typeof raw.url === "string" ? u : raw.url, 80)}`);
  }
  if (raw.places != null) {
    const p = raw.places;
    if (typeof p === "string") data.places = p.split(/[;,]/).map((s) => plainValue("places", s, warnings)).filter(Boolean);
    else if (Array.isArray(p) && p.every((x) => typeof x === "string")) data.places = (p as string[]).map((s) => plainValue("places", s, warnings)).filter(Boolean);
    else errors.push("front matter 'places' must be a list of place names, e.g. places: [Juliaca, Puno]");
  }
  for (const key of ["id", "slug"]) {
    const v = raw[key];
    if (v == null) continue;
    const s = typeof v === "string" || typeof v === "number" ? String(v).trim() : "";
    // An id becomes a folder name under the output: refuse anything that could climb out of it.
    if (/^[a-z0-9][a-z0-9-]{0,100}$/i.test(s)) data.id = s.toLowerCase();
    else errors.push(`front matter '${key}' must be letters, digits and hyphens only, got ${quote(s || v)}: it becomes the article's address, so write it like thousands-march-in-lima`);
  }
  const known = new Set([...STRING_FIELDS, "date", "url", "places", "id", "slug", "tags"]);
  const unknown = Object.keys(raw).filter((k) => !known.has(k));
  if (unknown.length) warnings.push(`front matter has fields the archive does not use: ${unknown.slice(0, 10).map((k) => quote(k, 40)).join(", ")}${unknown.length > 10 ? ", …" : ""}`);
  return { data, body, warnings: [...new Set(warnings)], errors };
}
