// The publication. Front matter wins; otherwise only what the page itself says names it: a dateline
// ("Global Research, January 23, 2023"), a wire-agency dateline ("LIMA, Jan 12 (Reuters) -"), an
// "original source" or "originally published in" line, or a copyright line. Never a guess from the
// topic, the style or a publication quoted in the body ("told Telesur").
import type { Layout } from "./layout.ts";

type Zone = "header" | "lead" | "footer";
interface SourcePattern {
  zones: Zone[];
  re: RegExp;
  /** turns the match into a publication name, or null when the match names none */
  pick?: (m: RegExpMatchArray, author: string | null) => string | null;
}

/** Wire agencies as they appear in datelines, with the name readers know them by. */
const AGENCIES: Record<string, string> = {
  reuters: "Reuters",
  ap: "Associated Press",
  afp: "AFP",
  efe: "EFE",
  andina: "Andina",
  bloomberg: "Bloomberg",
  xinhua: "Xinhua",
  dpa: "dpa",
  ansa: "ANSA",
  "europa press": "Europa Press",
  upi: "UPI",
};

const MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|enero|febrero|marzo|abril|mayo|junio|julio|agosto|se?ptiembre|octubre|noviembre|diciembre)";
const DATE = `(?:${MONTH}\\.? \\d{1,2},? \\d{4}|\\d{1,2}(?: de)? ${MONTH}\\.?(?: de)? \\d{4}|\\d{4}-\\d{2}-\\d{2})`;

/** From a copyright line, the part that is neither the year, the author nor legal boilerplate. */
function pickCopyright(m: RegExpMatchArray, author: string | null): string | null {
  const parts = m[1]
    .replace(/all rights reserved\.?/i, "")
    .replace(/\b(19|20)\d{2}(\s*[-–]\s*(19|20)?\d{2})?\b/g, "")
    .split(/[,.|]/)
    .map((s) => s.trim())
    .filter((s) => s && (!author || s.toLowerCase() !== author.toLowerCase()));
  return parts.length ? parts[parts.length - 1] : null;
}

/** The table: first match wins, in this order. */
const PATTERNS: SourcePattern[] = [
  { zones: ["footer", "lead"], re: /^the original source of this article is\s+(.+?)\.?$/i },
  { zones: ["footer", "lead", "header"], re: /^this article (?:was )?(?:originally|first) (?:published|appeared) (?:by|in|on|at)\s+(.+?)(?:\s+on\s+.*)?\.?$/i },
  { zones: ["header", "footer"], re: /^(?:source|fuente|published by|publicado por|originally published (?:by|in|on|at))\s*:?\s+(.{2,60}?)\.?$/i },
  { zones: ["header"], re: new RegExp(`^([A-Z][\\w&.'’ -]{1,60}?),\\s+(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?${DATE}$`, "i") },
  { zones: ["header", "lead"], re: /^[A-ZÁÉÍÓÚÑ][\wÁÉÍÓÚÑáéíóúñ .'-]{1,40},?\s.{0,30}?\((reuters|ap|afp|efe|andina|bloomberg|xinhua|dpa|ansa|europa press|upi)\)\s*[-–—]/i, pick: (m) => AGENCIES[m[1].toLowerCase()] ?? null },
  { zones: ["footer"], re: /^(?:copyright|\(c\))\s*(?:©\s*)?(.+)$/i, pick: pickCopyright },
  { zones: ["footer"], re: /^©\s*(.+)$/, pick: pickCopyright },
];

/** A publication name is a short proper name, not a sentence, an address or an author. */
function plausible(name: string, author: string | null): boolean {
  if (name.length < 2 || name.length > 60) return false;
  if (/https?:|www\.|@|\d{3,}/i.test(name)) return false;
  if (name.split(/\s+/).length > 7) return false;
  if (author && name.toLowerCase() === author.toLowerCase()) return false;
  return /^[\p{Lu}\d]/u.test(name);
}

export interface SourceResult {
  source: string | null;
  evidence: string | null;
}

export function extractSource(layout: Layout, author: string | null, front?: string): SourceResult {
  if (front) return { source: front, evidence: "front matter" };
  const zones: Record<Zone, string[]> = { header: layout.header, lead: layout.plain.slice(0, 2), footer: layout.footer };
  for (const pattern of PATTERNS) {
    for (const zone of pattern.zones) {
      for (const line of zones[zone]) {
        const m = line.match(pattern.re);
        if (!m) continue;
        const name = (pattern.pick ? pattern.pick(m, author) : m[1])?.replace(/[\s.,;:]+$/, "").trim() ?? null;
        if (name && plausible(name, author)) return { source: name, evidence: line };
      }
    }
  }
  return { source: null, evidence: null };
}
