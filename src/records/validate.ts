// Records are checked against the contract before anything is rendered: a record that breaks the
// shape would otherwise surface as a broken page or a corrupt data file far from its cause.
import { CASUALTY_KINDS, DATE_SOURCES, PLACE_KINDS, QUALIFIERS, TITLE_SOURCES, type ArticleRecord } from "./types.ts";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[a-z0-9][a-z0-9-]*$/;

function isStr(v: unknown): v is string {
  return typeof v === "string";
}
function isStrOrNull(v: unknown): boolean {
  return v === null || typeof v === "string";
}
function isDateOrNull(v: unknown): boolean {
  return v === null || (typeof v === "string" && ISO_DATE.test(v) && !Number.isNaN(Date.parse(v)));
}
function oneOf(list: readonly string[], v: unknown): boolean {
  return typeof v === "string" && list.includes(v);
}

/** Problems with a record's shape; empty when it matches the contract. */
export function validateRecord(r: ArticleRecord): string[] {
  const p: string[] = [];
  const rec = r as unknown as Record<string, unknown>;
  if (!isStr(r.id) || !ID.test(r.id)) p.push(`id ${JSON.stringify(r.id)} is not URL-safe`);
  if (!isStr(r.file) || !r.file) p.push("file is missing");
  if (!isStr(r.title) || !r.title.trim()) p.push("title is empty");
  if (!oneOf(TITLE_SOURCES, r.titleSource)) p.push(`titleSource ${JSON.stringify(r.titleSource)} is not one of ${TITLE_SOURCES.join(", ")}`);
  for (const k of ["subtitle", "source", "author", "url"]) if (!isStrOrNull(rec[k])) p.push(`${k} must be text or null`);
  if (!isDateOrNull(r.date)) p.push(`date ${JSON.stringify(r.date)} is not YYYY-MM-DD`);
  if (r.dateSource !== null && !oneOf(DATE_SOURCES, r.dateSource)) p.push(`dateSource ${JSON.stringify(r.dateSource)} is invalid`);
  if ((r.date === null) !== (r.dateSource === null)) p.push("date and dateSource must both be set or both be null");
  if (!isStr(r.lang) || !/^[a-z]{2,3}(-[A-Za-z]{2,4})?$/.test(r.lang)) p.push(`lang ${JSON.stringify(r.lang)} is not a language code`);
  if (!isStr(r.excerpt)) p.push("excerpt must be text");
  if (!Number.isInteger(r.wordCount) || r.wordCount < 0) p.push("wordCount must be a whole number");
  for (const k of ["warnings", "errors"]) if (!Array.isArray(rec[k]) || !(rec[k] as unknown[]).every(isStr)) p.push(`${k} must be a list of text`);
  if (!Array.isArray(r.places)) p.push("places must be a list");
  else
    r.places.forEach((pl, i) => {
      const at = `places[${i}]`;
      if (!isStr(pl.id) || !ID.test(pl.id)) p.push(`${at}.id is not URL-safe`);
      if (!isStr(pl.name) || !pl.name) p.push(`${at}.name is empty`);
      if (!oneOf(PLACE_KINDS, pl.kind)) p.push(`${at}.kind ${JSON.stringify(pl.kind)} is invalid`);
      if (!isStr(pl.country) || !/^[A-Z]{2}$/.test(pl.country)) p.push(`${at}.country must be an ISO code`);
      if (typeof pl.lat !== "number" || Math.abs(pl.lat) > 90 || typeof pl.lon !== "number" || Math.abs(pl.lon) > 180) p.push(`${at} has no valid coordinates`);
      if (!Number.isInteger(pl.mentions) || pl.mentions < 0) p.push(`${at}.mentions must be a whole number`);
      if (!Array.isArray(pl.spellings) || !pl.spellings.every(isStr)) p.push(`${at}.spellings must be a list of text`);
    });
  if (!Array.isArray(r.casualties)) p.push("casualties must be a list");
  else
    r.casualties.forEach((c, i) => {
      const at = `casualties[${i}]`;
      if (c.count !== null && !(Number.isInteger(c.count) && c.count >= 0)) p.push(`${at}.count must be a whole number or null`);
      if (!oneOf(QUALIFIERS, c.qualifier)) p.push(`${at}.qualifier ${JSON.stringify(c.qualifier)} is invalid`);
      if (!oneOf(CASUALTY_KINDS, c.kind)) p.push(`${at}.kind ${JSON.stringify(c.kind)} is invalid`);
      if (!isStr(c.who) || !c.who) p.push(`${at}.who is empty`);
      if (!isStrOrNull(c.place)) p.push(`${at}.place must be text or null`);
      if (!isDateOrNull(c.date)) p.push(`${at}.date is not YYYY-MM-DD`);
      if (typeof c.total !== "boolean") p.push(`${at}.total must be true or false`);
      if (c.estimate !== null && !(Number.isInteger(c.estimate) && c.estimate >= 0)) p.push(`${at}.estimate must be a whole number or null`);
      if (!isStr(c.sentence) || !c.sentence) p.push(`${at}.sentence is empty`);
    });
  return p;
}
