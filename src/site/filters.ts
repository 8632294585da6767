// Template filters: formatting only, no data work.
import { csvRow } from "./csv.ts";
import { markedBody } from "./highlight.ts";
import { newsArticle } from "./json-ld.ts";
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "2023-01-23" → "23 January 2023"; "2023-01" → "January 2023". */
export function readableDate(iso: string | null | undefined): string {
  if (!iso) return "Undated";
  const [y, m, d] = iso.split("-").map(Number);
  if (!m) return String(y);
  if (!d) return `${MONTHS[m - 1]} ${y}`;
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

const DATE_SOURCE_LABEL: Record<string, string> = {
  "front-matter": "from the archivist's front matter",
  text: "stated in the article",
  inferred: "inferred from the events reported; the article states no date",
};

export function dateSourceLabel(source: string | null | undefined): string {
  return source ? (DATE_SOURCE_LABEL[source] ?? source) : "";
}

/**
 * 12345 → "12,345", as toLocaleString("en-US") writes it. Whole numbers are grouped by hand:
 * toLocaleString goes through ICU each call, and a large archive formats ~100,000 figures per build.
 */
export function formatNumber(n: number): string {
  if (!Number.isSafeInteger(n)) return n.toLocaleString("en-US");
  const digits = String(Math.abs(n));
  if (digits.length <= 3) return String(n);
  let out = digits.slice(0, digits.length % 3 || 3);
  for (let i = out.length; i < digits.length; i += 3) out += "," + digits.slice(i, i + 3);
  return n < 0 ? "-" + out : out;
}

export function plural(n: number, one: string, many = one + "s"): string {
  return `${formatNumber(n)} ${n === 1 ? one : many}`;
}

/** JSON for a <script type="application/ld+json"> block: "<" escaped so text cannot close the tag. */
export function jsonScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

/** A data file's JSON: printed with `| safe`, so it must not be HTML-escaped. */
export function json(value: unknown, indent = 0): string {
  return JSON.stringify(value, null, indent || undefined);
}

/** "2023-01-23" → a Date at midnight UTC, for the feed plugin's RFC 3339 filter. */
export function toDate(iso: string | null | undefined, fallback?: string | null): Date {
  const s = iso ?? fallback;
  const d = s ? new Date(`${s.length === 10 ? s + "T00:00:00Z" : s}`) : new Date(0);
  return Number.isNaN(d.getTime()) ? new Date(0) : d;
}

/** -15.5, -70.1333 → "15.50° S, 70.13° W" */
export function coordinates(lat: number, lon: number): string {
  const f = (v: number, pos: string, neg: string) => `${Math.abs(v).toFixed(2)}° ${v < 0 ? neg : pos}`;
  return `${f(lat, "N", "S")}, ${f(lon, "E", "W")}`;
}

export function registerFilters(config: { addFilter(name: string, fn: (...args: any[]) => unknown): void }): void {
  config.addFilter("readableDate", readableDate);
  config.addFilter("dateSourceLabel", dateSourceLabel);
  config.addFilter("plural", plural);
  config.addFilter("jsonScript", jsonScript);
  config.addFilter("newsArticle", newsArticle);
  config.addFilter("json", json);
  config.addFilter("markedBody", markedBody);
  config.addFilter("coordinates", coordinates);
  config.addFilter("csvRow", csvRow);
  config.addFilter("toDate", toDate);
  config.addFilter("formatCount", (n: number | null) => (n == null ? "—" : formatNumber(n)));
}
