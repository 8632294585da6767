// The author: a byline in the header, a name in page-builder chrome, an "Articles by:" footer, or a
// closing author bio. A photo credit ("Photo by …"), a quoted person or an interviewee is never the
// author, which is why only these positions are read and never a name inside running text.
import { citationLines, citedAuthor } from "./citation.ts";
import { BYLINE_LEAD, CAPTION, isDateline, isMastheadLike, type Layout } from "./layout.ts";

const BYLINE_PREFIX = new RegExp(`^${BYLINE_LEAD}`, "i");
import { PERSON_NAMES, fold } from "./gazetteer.ts";

const NAME_WORD = "[\\p{Lu}][\\p{L}'’.\\-]*";
const NAME = new RegExp(`^${NAME_WORD}(?:\\s+(?:(?:de|del|da|dos|la|van|von|y|e|bin|al)\\s+)?${NAME_WORD}){0,4}$`, "u");
const NAME_LIST = new RegExp(`^${NAME.source.slice(1, -1)}(?:\\s*(?:,|and|&|y)\\s*${NAME.source.slice(1, -1)})*$`, "u");

/** Words that turn up in bylines but are not people. */
const NOT_A_NAME = /^(staff|editor|editors|admin|administrator|guest|team|desk|newsroom|agencies|agency|wire|wires|news|reuters|ap|afp|efe|andina|redacción|redaccion|agencia|agencias|the)$/i;
/** "Redacción EC", "Agencia Andina", "Staff Writer": a desk or an agency, not a person */
const DESK = /^(redacción|redaccion|agencia|agencias|staff|newsroom|editorial|equipo|mesa|comité|comite|committee|comisión|comision|colectivo|collective)(?![\p{L}])/iu;

/** Strips byline decoration: dates, "| Publication", "for X", emails, role suffixes. */
export function cleanName(raw: string): string | null {
  // "by Lucía Mamani, Andrés Villca": two writers, each with a known given name, not a writer and her group
  const pair = raw.replace(BYLINE_PREFIX, "").trim().match(NAME_PAIR);
  if (pair && PERSON_NAMES.has(fold(pair[1].split(/\s+/)[0])) && PERSON_NAMES.has(fold(pair[2].split(/\s+/)[0]))) return `${pair[1]}, ${pair[2]}`;
  let s = raw
    .replace(BYLINE_PREFIX, "")
    // "Julia Ramírez posted on February 1, 2023": the name, not when it went up
    .replace(/\s+(?:posted|published|updated|publicado|publicada|actualizado)\s+(?:on|el)\s+\S.*$/i, "")
    // "Fr. Tom Kavanagh", "Dr. Ana Roe": the name without the title
    .replace(/^(?:fr|rev|dr|mr|mrs|ms|prof|sr|sra|srta|dra|lic|ing)\.\s+(?=\p{Lu})/iu, "")
    // "By Ana Roe and Luis Poe Graphics by Tim Doe": the writers, not the other credits after them
    .replace(/[.,;]?\s+(?:additional\s+)?(?:graphics|photographs|photography|photos?|videos?|illustrations?|maps?|design|edited|editing|reporting|research|translation|translated)\s+by\b.*$/i, "")
    .replace(/\s*(?:[|•·—–]\s|\/).*$/, "")
    // ("By Tomás Arriaga and Helen Whitford - June 2, 2023 0": the date after a hyphen, and a comment count)
    .replace(/\s+-\s+(?:\p{L}{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+(?:de\s+)?\p{L}{3,9}\.?\s+(?:de\s+)?\d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}).*$/u, "")
    .replace(/,\s*(?:enviad[oa]|corresponsal|redactor|redactora|periodista|editor|editora|especial)\b.*$/i, "")
    // "Maren Aldecoa Special contributor", "Ana Roe Staff Writer": the name, not the role after it
    .replace(/\s+(?:special|staff|senior|contributing|chief|foreign|live news|freelance)\s+(?:contributor|writer|correspondent|reporter|editor|journalist)$/i, "")
    // ("Camila A. Quispe and Daniel J. Hoffman, Crimson Staff Writers": the paper's label for its writers)
    .replace(/,\s*(?:\p{Lu}[\p{L}'’-]+\s+)?(?:staff|contributing|senior)\s+(?:writers?|reporters?|correspondents?)$/iu, "")
    .replace(/\s*\(.*?\)\s*/g, " ")
    // "ROSA TICONA Associated Press", "Jane Roe, BBC Mundo": the name, not the newsroom after it
    // ("By Oana Dumitrescu with AP", "… with AFP, Reuters": the writer, not the wires she drew on)
    // (a person's two or more names: "By Euronews with AFP" and "Le Monde with AFP" name the outlet)
    .replace(/^(?!(?:the|le|la|el|los|las|die|der)\s)(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})\s+(?:with|con)\s+(?:(?:the\s+)?(?:associated press|agence france-presse|reuters|afp|ap|efe|dpa|agencies|wires|agencias)(?:\s*(?:,|&|and|y)\s*)?)+$/iu, "$1")
    .replace(/,?\s+(?:the\s+)?(?:associated press|agence france-presse|reuters|afp|ap|efe|bloomberg(?: news)?)$/i, "")
    .replace(/,\s*(?:[^,]*\b\p{Lu}{2,}\b[^,]*|[^,]*\b(?:News|Mundo|Press|Times|Post|Herald|Journal|Service|Agency|Radio|TV|Television|Network|Channel|Magazine|Report|Correspondent|Reporter)\b[^,]*)$/u, "")
    // "Nadia Kowalczyk, Socialist Alternative Philadelphia": the writer, not the group she writes for
    .replace(/^(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}),\s*\p{Lu}[\p{L}'’.-]*(?:\s+(?:of\s+|de\s+)?\p{Lu}[\p{L}'’.-]*){1,5}$/u, "$1")
    // "Lucinda Harker in Lima and Oliver Brandt in London": two writers, each where they filed from
    .replace(/^(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})\s+in\s+\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+)?\s+and\s+(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})\s+in\s+\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+)?$/u, "$1 and $2")
    .replace(/\s+(?:for|in|at|from|on)\s+[\p{Lu}].*$/u, "")
    // "Martina Coaquira on 9 February 2023"
    .replace(/\s+on\s+(?:\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d).*$/i, "")
    // "Rosa Quispe Mamani, Lima, 20 January 2023": the name, not where and when
    .replace(/,\s*\p{Lu}[\p{L} .'’-]{1,30},\s*(?:\d|\p{Lu}\p{Ll}+\.? \d).*$/u, "")
    .replace(/,\s*(?:\d|[A-Z][a-z]+\.? \d).*$/, "")
    .replace(/\S+@\S+/g, "")
    .replace(/[.,;:]+$/, "")
    .replace(/\s+/g, " ")
    .trim();
  // "PSC Toronto", "CNDDHH Lima": an organization's initials open its name; a person's do not
  if (/^\p{Lu}{2,}\s+\p{Lu}\p{Ll}/u.test(s)) return null;
  // "By: RFI", "By AFP": an outlet's initials, not a person
  if (/^\p{Lu}{2,6}$/u.test(s)) return null;
  // ALL-CAPS bylines ("VIJAY PRASHAD") read better in title case.
  // (and an agency's capitals for the surname, "Carlos MANDUJANO")
  if (s === s.toUpperCase() && /[A-Z]{2}/.test(s)) s = s.toLowerCase().replace(/(^|[\s'-])\p{L}/gu, (m) => m.toUpperCase());
  else s = s.replace(/(?<![\p{L}'’])(\p{Lu})(\p{Lu}{2,})(?![\p{L}'’])/gu, (_m, a: string, b: string) => a + b.toLowerCase());
  if (!s || s.length > 80 || /\d/.test(s) || DESK.test(s)) return null;
  if (!NAME_LIST.test(s)) return null;
  if (s.split(/\s+/).every((w) => NOT_A_NAME.test(w))) return null;
  // ("Por Radio Marañón", "Por Diario Voces": the outlet signs, not a writer)
  if (/^(?:radio|diario|canal|revista|semanario|agencia|televisi[oó]n|editorial|grupo|peri[oó]dico)\s+\p{Lu}/iu.test(s)) return null;
  // "Kawsachun News" in the author's slot is the outlet; "Priya Raman Global News" is a writer and her
  // outlet run together (a known given name, a surname or two, and the outlet's two words)
  if (/\s(?:news|press|media|radio|tv|agency|times|post|report|dispatch|noticias|prensa|desk|team|staff|newsroom)$/i.test(s)) {
    const w = s.split(/\s+/);
    if (w.length >= 4 && w.length <= 6 && PERSON_NAMES.has(fold(w[0])) && /^(?:news|press|media|radio|tv|times|post|report)$/i.test(w[w.length - 1])) return w.slice(0, -2).join(" ");
    return null;
  }
  return s;
}

const CREDIT_LINE = new RegExp(`^(?:[Ii]nvestigación|[Tt]exto|[Tt]exto y fotos|[Rr]eportaje|[Ee]scrito por|[Rr]eporting|[Tt]ext|[Ww]ords|[Ww]ritten by|[Aa]uthor|[Aa]utora?|[Rr]eporter[oa]?|[Rr]edacci[oó]n|[Rr]edactor[a]?|[Cc]orresponsal|[Pp]eriodista)\\s*:\\s*(${NAME_WORD}(?:\\s+${NAME_WORD}){1,3})(?:\\s+[/|]\\s+[^/|]{2,40})?\\.?$`, "u");
const NAME_PAIR = new RegExp(`^(${NAME_WORD}(?:\\s+${NAME_WORD}){1,2}),\\s+(${NAME_WORD}(?:\\s+${NAME_WORD}){1,2})$`, "u");
const BYLINE = new RegExp(`^${BYLINE_LEAD}(.{3,120})$`, "i");
/** Reuters' Spanish service names its reporters at the end: "(Reporte de Marco Aquino; editado por …)" */
const REPORTED_BY = /^\(?(?:reporte|reportaje|información|informacion|reporting|escrito|compiled|written|writing)\s+(?:de|por|by)\s+([^;)]{3,100})/i;
/** A byline's second line: the writer's role ("Periodista", "Columnist", "Corresponsal en Puno") */
// ("Special to The Globe and Mail": a freelance's byline in Canadian and US papers)
/** a writer's role under the name, the role last: "Trade and corporate power campaigner", "Senior policy analyst" */
const ROLE_TAIL = /^(?=.{3,80}$)\p{Lu}[\p{L} ,&'’-]*\s(?:campaigner|researcher|organi[sz]er|coordinator|director|analyst|officer|professor|lecturer|editor|writer|journalist|correspondent|reporter|columnist|activist|advocate|fellow|spokesperson|adviser|advisor|investigadora?|coordinadora?|directora?|analista|activista|periodista)$/iu;
const ROLE_LINE = /^(?:(?:freelance|independent|senior|staff|contributing|chief|foreign|investigative|associate)\s+)?(?:periodista|redactor|redactora|reportero|reportera|corresponsal|columnista|editor|editora|columnist|reporter|correspondent|journalist|writer|staff writer|senior writer|contributor|photographer|special to)\b.{0,40}$/i;
// ("Lucía Pastor, Bloomberg News": the name, then where or for whom)
// ("Ana Belén Torres   Corresponsal   Lima": the name, the role and where, on one line)
const AGENCY_LINE = /^(?:the )?(?:associated press|canadian press|press association|reuters|afp|agence france-presse|bloomberg(?: news)?|efe|dpa|ansa|inter press service|ips|anadolu agency|europa press|xinhua)$/i;
/** an agency's date line: "Jan 27 (IPS)", "10 ene (EFE)" */
const AGENCY_DATE = /^(?:\p{L}{3,10}\.?\s+\d{1,2}|\d{1,2}\s+\p{L}{3,10}\.?)(?:,?\s+(?:19|20)\d\d)?\s+\([\p{L} .&]{2,30}\)$/u;
const BARE_BYLINE = new RegExp(`^(${NAME_WORD}(?:\\s+${NAME_WORD}){1,3}?)(?:\\s+(?:in|at|from|en|desde)\\s+\\p{Lu}[\\p{L} .'’-]{1,40}|\\s*[|·–—,/]\\s*\\p{Lu}[\\p{L} .'’-]{1,40}|\\s*[|·]\\s*(?:[Cc]orresponsal|[Ee]nviad[oa] [Ee]special|[Rr]edactora?|[Pp]eriodista|[Cc]orrespondent|[Rr]eporter)(?:\\s*[|·]\\s*\\p{Lu}[\\p{L} .'’-]{1,40})?|\\s+(?:[Cc]orresponsal|CORRESPONSAL|[Ee]nviad[oa] [Ee]special|[Rr]edactora?|[Pp]eriodista|[Cc]orrespondent|[Rr]eporter)(?:\\s+(?:en\\s+|in\\s+)?\\p{Lu}[\\p{L} .'’-]{1,40})?)?$`, "u");
// (the lead words in either case, the name in capitals: one regex with "i" would let \p{Lu} match any letter)
const CREDITED_BY = /^(?:[Tt]his (?:update|report|article|story|piece|newsletter) was )?(?:[Ww]ritten|[Rr]eported|[Ww]ritten and reported|[Cc]ompiled|[Pp]roduced|[Pp]repared|[Rr]esearched and written)\s+by\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})(?=[\s.,;]|$)/u;
const THIS_WAS_BY = /^[Tt]his (?:report|article|story|analysis|briefing|paper|study|update|newsletter) was (?:written|researched and written|prepared|compiled|authored) by\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})(?=[\s.,;]|$)/u;
const SELF_INTRO = /^(?:[Hh]i|[Hh]ello|[Hh]ola)[,!]?\s+(?:I['’]m|I am|[Ss]oy)\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})[,.]/u;
const NAME_BAR_OUTLET = new RegExp(`^(${NAME_WORD}(?:\\s+${NAME_WORD}){1,3})\\s*[|·•–—]\\s*(.{2,50})$`, "u");
const NAME_BAR_DATE = new RegExp(`^\\s*(${NAME_WORD}(?:\\s+${NAME_WORD}){1,3})(?:\\s*[|·•–—]|\\s+-)\\s*(.{6,60})$`, "u");
/** A byline's name and date in one line: the name's group first; `date` checks the rest is a date. */
const NAME_AND_DATE: { max: number; re: RegExp; date: (m: RegExpExecArray) => boolean }[] = [
  { max: 100, re: NAME_BAR_DATE, date: (m) => isDateline(m[2].trim()) || /^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b/.test(m[2].trim()) },
  { max: 110, re: /^(?:published|posted|publicado|publicada)\s+(?:by|por)\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})(?:,\s*|\s+(?:on|el)\s+)(.{6,40})$/iu, date: (m) => isDateline(m[2]) },
  { max: 90, re: /^.{6,30}?\d{4}\s+[/|·]\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})$/u, date: (m) => isDateline(m.input) },
  // ("Julia Ccopa / Resumen Latinoamericano :: 30/01/2023": the writer, the outlet she wrote for, the date)
  { max: 120, re: /^(\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})\s*\/\s*[^/:]{2,60}?\s*::\s*(.{6,30})$/u, date: (m) => isDateline(m[2]) },
];
const SIGNATURE = new RegExp(`^[—–]\\s*(${NAME_WORD}(?:\\s+(?:(?:de|del|la|van|von)\\s+)?${NAME_WORD}){1,3})(?:,\\s*[^,]{2,60}){0,3}\\.?$`, "u");
const PERSONAL_COPYRIGHT = new RegExp(`^(?:[Cc]opyright\\s*)?(?:©|\\([Cc]\\))\\s*(?:(?:19|20)\\d\\d\\s*)?(${NAME_WORD}(?:\\s+${NAME_WORD}){1,2})\\.?$`, "u");
const SIGN_OFF = /^(?:un abrazo|abrazos|un saludo|saludos(?: cordiales)?|atentamente|cordialmente|en solidaridad|hasta la pr[oó]xima|best|best wishes|warmly|warm regards|kind regards|regards|in solidarity|yours|sincerely|cheers|until next week)[,.!]?$/i;
const CAPS_REPORTS = /^(\p{Lu}{2,}(?:[ '’-]\p{Lu}{2,}){1,3})\s+(?:reports|writes|explains|argues|looks at|asks)\b/u;
const WRITES_NAME = new RegExp(`[,.;:—–]\\s+(?:writes|reports|argues)\\s+(${NAME_WORD}(?:\\s+${NAME_WORD}){1,3})\\.?$`, "u");
const DATE_THEN_BY = /^(.{4,60}?)\s*[|·,–—-]?\s+(?:[Bb][Yy]|[Pp]or|POR)\s+(\p{Lu}.{2,80})$/u;
/** a show's or a panel's list of the people interviewed: they are not its writers */
const GUEST_LABEL = /^(?:guests?|invitad[oa]s?|entrevistad[oa]s?|featuring|panelists?|speakers?|interviewees?)\s*:?$/i;
const AUTHOR_LABEL = /^(?:authors?|autor(?:a|es)?|written by|escrito por|by|por|sobre (?:la firma|el autor|la autora)|about the (?:author|writer))\s*:?$/i;
const ARTICLES_BY = /^articles by\s*:\s*(.{3,80})$/i;
const BIO_ROLE = /\b(writer|journalist|editor|reporter|correspondent|contributor|author|columnist|analyst|researcher|professor|activist|historian|photographer|freelancer|scholar|economist|organizer|organiser|member|director|coordinator|fellow|lecturer|anthropologist|sociologist|political scientist|doctoral candidate|phd candidate|phd student|graduate student|trade unionist|unionist|campaigner|lawyer|missionary|priest|filmmaker|poet|teacher)\b/i;
const BIO = new RegExp(`^(${NAME_WORD}(?:\\s+${NAME_WORD}){1,3}) is (?:a|an|the)\\s`, "u");

/**
 * A byline without "By" ("Helen Ashby in Lima" over "Sun 15 Jan 2023"): a person's name, read as
 * one only right above the date and only when it starts with a known given name.
 */
export function bareByline(line: string, next: string | undefined, after?: string): string | null {
  // "Rocío Paredes Vilca / Periodista / Actualizado el 10/01/2023": a role may sit between
  // ("Special to The Globe and Mail" needs no date line under it to be a byline's)
  // (or the agency the writer works for: "Franco Huillca" / "The Associated Press" / "Published …")
  // (or the outlet: "Lucas Ferreyra" / "BBC News Mundo" / "6 marzo 2023")
  const role = next !== undefined && (ROLE_LINE.test(next) || AGENCY_LINE.test(next)) && ((after !== undefined && (isDateline(after) || AGENCY_DATE.test(after))) || /^special to\s+\p{Lu}/iu.test(next));
  // (the outlet's name vouches for the place of the line, not for the name: a known given name is still needed)
  const outlet = next !== undefined && after !== undefined && next.length <= 40 && isMastheadLike(next) && isDateline(after);
  // (or where the writer filed from: "Sara Villaverde Ruiz" / "Madrid" / "Actualizado: 16/02/2023 19:02")
  const filedFrom = next !== undefined && after !== undefined && /^\p{Lu}\p{Ll}{2,15}(?: \p{Lu}\p{Ll}{2,15})?$/u.test(next) && isDateline(after);
  // ("Daniel Whitcombe" / "Contributor" / "I cover commodities …": a role of a word or two under a
  // known given name needs no date under it)
  const roleOnly = next !== undefined && ROLE_LINE.test(next) && next.split(/\s+/).length <= 3;
  const dated = role || outlet || filedFrom || roleOnly || (next !== undefined && isDateline(next));
  // ("Lucinda Harker in Lima and Oliver Brandt in London": two writers, each where they filed from)
  const filedTwo = dated && / in \p{Lu}.* and \p{Lu}.* in \p{Lu}/u.test(line) ? cleanName(line) : null;
  if (filedTwo && filedTwo.includes(" and ")) {
    const [a, b] = filedTwo.split(" and ");
    if (PERSON_NAMES.has(fold(a.split(/\s+/)[0])) && PERSON_NAMES.has(fold(b.split(/\s+/)[0]))) return filedTwo;
  }
  const m = dated ? line.match(BARE_BYLINE) : null;
  // a writer's role under the name vouches for it; a name alone must start with a known given name
  if (m && (role || PERSON_NAMES.has(fold(m[1].split(/\s+/)[0])))) {
    const name = cleanName(m[1]);
    return name && name.includes(" ") ? name : null;
  }
  // two writers over the date: "Talia Brennan and Joaquín Ledesma", each with a known given name
  const two = dated && line.length <= 80 ? line.match(TWO_NAMES) : null;
  if (!two || !PERSON_NAMES.has(fold(two[1].split(/\s+/)[0])) || !PERSON_NAMES.has(fold(two[2].split(/\s+/)[0]))) return null;
  const a = cleanName(two[1]);
  const b = cleanName(two[2]);
  return a && b && a.includes(" ") && b.includes(" ") ? `${a} and ${b}` : null;
}
const TWO_NAMES = new RegExp(`^(${NAME_WORD}(?:\\s+${NAME_WORD}){1,3})\\s+(?:and|&|y)\\s+(${NAME_WORD}(?:\\s+${NAME_WORD}){1,3})$`, "u");

/** "Gabriela Vilca Mamani", "Helen Lowe in Lima": a person's name alone on a line, starting with a known given name. */
export function isNameLine(line: string): boolean {
  // ("Paula Torres Huamán — Juliaca (Perú)": the name and where the writer filed from)
  return /^\p{Lu}\p{Ll}+(?: \p{Lu}[\p{L}'’-]+){1,3}(?: (?:in|en) \p{Lu}[\p{L} .'’-]{1,40}| [—–] \p{Lu}[\p{L} .'’()-]{1,40})?$/u.test(line) && PERSON_NAMES.has(fold(line.split(" ")[0]));
}

export function extractAuthor(layout: Layout, front?: string): string | null {
  if (front) return front;
  for (let i = 0; i < layout.header.length; i++) {
    const m = layout.header[i].match(BYLINE);
    // the name is capitalized: "Por qué el sur se levantó" is a headline
    if (m && /^[\p{Lu}\[]/u.test(m[1])) {
      const name = cleanName(m[1]);
      // "By Marcelo Rochabrun" / "+Follow" / "and Maria Cervantes": a byline split by follow buttons
      const more = layout.header[i + 1]?.match(/^(?:\+\s?follow\s+)?(?:and|&|y)\s+(.{3,60})$/i);
      const second = more ? cleanName(more[1]) : null;
      if (name) return second ? `${name} and ${second}` : name;
      // "By Priya Raman  Global News": the writer and an outlet the page names again ("told Global News")
      const run = m[1].match(/^(\S+\s+\S+.*?)\s+((?:\p{Lu}[\p{L}&'’-]*\s+)?\p{Lu}[\p{L}&'’-]*\s+(?:News|Press|Media|Radio|TV|Times|Post))$/u);
      if (run && [...layout.plain, ...layout.footer].some((l) => l.includes(run[2]))) {
        const writer = cleanName(run[1]);
        if (writer && writer.includes(" ")) return writer;
      }
    }
  }
  // "Inti Mamani | Kawsachun News": a name beside the publication's
  for (const line of layout.header) {
    const m = line.length <= 100 ? line.match(NAME_BAR_OUTLET) : null;
    if (!m) continue;
    const outlet = m[2].trim();
    if (!(layout.siteNames ?? []).some((n) => n.toLowerCase() === outlet.toLowerCase()) && !isMastheadLike(outlet)) continue;
    const name = cleanName(m[1]);
    if (name && name.includes(" ")) return name;
  }
  // A name beside its date, the name a known given name so that a place or a section is not taken
  // for a writer: "**Diego Rodríguez Arrieta** |29.01.2023 - Update : 29.01.2023", "Victor
  // Castellanos - January 22, 2023", "Published by Rafael Quintana Brito, Feb 14, 2023" (a data
  // site's or a blog's byline), "January 31, 2023 / Ana Lucía Rojas" (the date first).
  for (const line of layout.header) {
    for (const { max, re, date } of NAME_AND_DATE) {
      const m = line.length <= max ? re.exec(line.replace(/\*\*|__/g, "")) : null;
      if (!m || !PERSON_NAMES.has(fold(m[1].split(/\s+/)[0])) || !date(m)) continue;
      const name = cleanName(m[1]);
      if (name && name.includes(" ")) return name;
    }
  }
  // a standfirst that names its writer: "HUGH MARSDEN reports from Lima on …", "…, writes Hannah Corrigan"
  for (const line of layout.header.slice(0, 6)) {
    const m = line.length <= 300 ? line.match(CAPS_REPORTS) ?? line.match(WRITES_NAME) : null;
    const name = m ? cleanName(m[1]) : null;
    if (name && name.includes(" ")) return name;
  }
  // a repost's credit: "Originally published: Peoples Dispatch on February 8, 2023 by Lucía Ticona (more by …)"
  for (const line of layout.header) {
    const m = line.length <= 200 ? line.match(/^originally published\s*:.*?\sby\s+(\p{Lu}.{2,120})$/iu) : null;
    const name = m ? cleanName(m[1]) : null;
    if (name && name.includes(" ")) return name;
  }
  // The date first: "January 10, 2023 by Lucía Pari Condori"
  for (const line of layout.header) {
    const m = line.length <= 120 ? line.match(DATE_THEN_BY) : null;
    const name = m && isDateline(m[1]) ? cleanName(m[2]) : null;
    if (name && name.includes(" ")) return name;
  }
  // "06.03.23 - Puno, Peru - Claudia Ramos Ccama": the date, where, and who
  for (const line of layout.header) {
    if (line.length > 120 || !/\s[-–—|]\s/.test(line)) continue;
    const parts = line.split(/\s[-–—|]\s/);
    const last = parts[parts.length - 1].trim();
    if (parts.length >= 2 && isDateline(parts[0].trim()) && isNameLine(last)) {
      const name = cleanName(last);
      if (name) return name;
    }
  }
  // A label over the name: "Author" / "Rosa Mendívil Torres" / "Lecturer in …"
  for (let i = 0; i + 1 < layout.header.length; i++) {
    if (!AUTHOR_LABEL.test(layout.header[i])) continue;
    const name = cleanName(layout.header[i + 1]);
    if (name && name.includes(" ")) return name;
  }
  for (let i = 0; i + 1 < layout.header.length; i++) {
    const name = bareByline(layout.header[i], layout.header[i + 1], layout.header[i + 2]);
    if (name) return name;
  }
  // The writer's name alone under the headline, over a caption or the page's widgets
  // (not a guest's, under a "Guests" label)
  for (let i = 1; i < Math.min(layout.header.length, 4); i++) {
    if (!isNameLine(layout.header[i]) || GUEST_LABEL.test(layout.header[i - 1]) || (i + 1 < layout.header.length && !CAPTION.test(layout.header[i + 1]))) continue;
    const name = cleanName(layout.header[i]);
    if (name) return name;
  }
  // A blog's byline: the writer's name alone, the header's last line, over the text.
  const lastHeader = layout.header[layout.header.length - 1];
  if (lastHeader && (layout.header.length >= 2 || / (?:in|en) \p{Lu}/u.test(lastHeader)) && isNameLine(lastHeader) && !GUEST_LABEL.test(layout.header[layout.header.length - 2] ?? "")) {
    const name = cleanName(lastHeader);
    // ("Marisa Quiroga" / "Daniel Kessler": two writers' names stacked under the date)
    const before = layout.header.length >= 3 ? layout.header[layout.header.length - 2] : "";
    const first = before && isNameLine(before) && PERSON_NAMES.has(fold(before.split(/\s+/)[0])) && PERSON_NAMES.has(fold(lastHeader.split(/\s+/)[0])) ? cleanName(before) : null;
    if (name && first && first.includes(" ") && name.includes(" ")) return `${first} and ${name}`;
    if (name) return name;
  }
  // (after every rule that reads the header) The writer's name alone under a standfirst that already
  // began the body, over the photo's caption: "Jack Holloway" / "A mural in Juliaca … Photo: Jack Holloway"
  for (let i = 1; i < Math.min(layout.plain.length - 1, 4); i++) {
    // (or the name with where it was filed from: "Paula Torres Huamán — Juliaca (Perú)")
    // (or over the writer's role: "Hannah Corrigan" / "Trade and corporate power campaigner")
    // (or over the writer's account: "Marcela Quispe Tito" / "@marcequispet")
    if (isNameLine(layout.plain[i]) && ((CAPTION.test(layout.plain[i + 1]) && layout.plain[i + 1].length <= 300) || (i <= 2 && / [—–] \p{Lu}/u.test(layout.plain[i])) || ROLE_LINE.test(layout.plain[i + 1]) || ROLE_TAIL.test(layout.plain[i + 1]) || /^@\w{2,30}$/.test(layout.plain[i + 1]) || (layout.plain[i + 1].length <= 80 && isDateline(layout.plain[i + 1])))) {
      const name = cleanName(layout.plain[i]);
      if (name) return name;
    }
  }
  // Two writers' names alone under a standfirst that already began the body:
  // "Lucía Mamani Condori and Daniel Kessler" over the share row
  for (let i = 1; i < Math.min(layout.plain.length - 1, 4); i++) {
    const two = layout.plain[i].length <= 80 ? layout.plain[i].match(TWO_NAMES) : null;
    if (!two || !PERSON_NAMES.has(fold(two[1].split(/\s+/)[0])) || !PERSON_NAMES.has(fold(two[2].split(/\s+/)[0]))) continue;
    const a = cleanName(two[1]), b = cleanName(two[2]);
    if (a && b && a.includes(" ") && b.includes(" ")) return `${a} and ${b}`;
  }
  // ("By" / "Daniela Quispe Tello and Mauricio Salas" under the photo: the label over the names)
  for (let i = 0; i + 1 < Math.min(layout.plain.length, 6); i++) {
    if (!AUTHOR_LABEL.test(layout.plain[i])) continue;
    const name = layout.plain[i + 1].length <= 80 ? cleanName(layout.plain[i + 1]) : null;
    if (name && name.includes(" ")) return name;
  }
  // A byline under a standfirst or a photo caption that already began the body: "by Carlos MANDUJANO"
  for (const line of layout.plain.slice(0, 6)) {
    const m = line.length <= 70 ? line.match(BYLINE) : null;
    const name = m && /^\p{Lu}/u.test(m[1]) ? cleanName(m[1]) : null;
    if (name && name.includes(" ")) return name;
    // ("December 13, 2022 by Raquel Huamaní Soto" under a long standfirst)
    const d = line.length <= 120 ? line.match(DATE_THEN_BY) : null;
    const dated = d && isDateline(d[1].trim()) ? cleanName(d[2]) : null;
    if (dated && dated.includes(" ")) return dated;
  }
  for (const raw of layout.chromeAuthors) {
    const name = cleanName(raw);
    if (name) return name;
  }
  // A blog's own line under the post: "Publicado por Rocío Ttito a las 23:14", "Posted by Jane Roe at 11:14 PM".
  for (const line of layout.plain) {
    const m = line.length <= 100 ? line.match(/^(?:posted by|publicado por)\s+(.{3,80}?)(?:\s+(?:at|a las|el|on)\s+\d.*)?$/i) : null;
    const name = m ? cleanName(m[1]) : null;
    if (name && name.includes(" ")) return name;
  }
  // A letter's sign-off: "Un abrazo," / "Ana Lucía Sifuentes" / "Editora general"
  for (let i = 0; i + 1 < layout.plain.length; i++) {
    if (layout.plain[i].length > 30 || !SIGN_OFF.test(layout.plain[i])) continue;
    const next = layout.plain[i + 1];
    const name = next.length <= 60 && PERSON_NAMES.has(fold(next.split(/\s+/)[0])) ? cleanName(next) : null;
    if (name && name.includes(" ")) return name;
  }
  // A newsletter's sign-off under the text: "By Mara Whitfield · Launched 2 years ago".
  for (const line of layout.plain.slice(-4)) {
    const m = line.length <= 90 ? line.match(BYLINE) : null;
    if (m && /^\p{Lu}/u.test(m[1])) {
      const name = cleanName(m[1]);
      if (name && name.includes(" ")) return name;
    }
  }
  for (const line of layout.footer) {
    const m = line.match(ARTICLES_BY) ?? line.match(REPORTED_BY);
    if (m) {
      const name = cleanName(m[1]);
      if (name) return name;
    }
  }
  // Credits under the text: "Written and reported by Ximena Qhispe Larico in Puno.", "This update
  // was compiled by Harriet Lowe for the Peru Support Group…", "Hi, I'm Maren Lindqvist, a …"
  for (const line of [...layout.plain.slice(-8), ...layout.footer]) {
    const m = line.match(CREDITED_BY) ?? line.match(SELF_INTRO);
    const name = m ? cleanName(m[1]) : null;
    if (name && name.includes(" ")) return name;
  }
  // "This report was written by Inés Cárdenas Luque, …" says whose the text is wherever it stands
  for (const line of layout.plain) {
    const m = line.startsWith("This ") || line.startsWith("this ") ? line.match(THIS_WAS_BY) : null;
    const name = m ? cleanName(m[1]) : null;
    if (name && name.includes(" ")) return name;
  }
  // A closing bio ("Jane Roe is a journalist based in Lima."): only the last paragraphs, and only
  // with a writer's role, so a profile of a quoted official in the body is not taken.
  // (the page's own links under it, "Report an editorial error", are not paragraphs of the text)
  let end = layout.plain.length;
  while (end > 0 && layout.plain[end - 1].length <= 60 && !/[.!?]["”’)]?$/.test(layout.plain[end - 1])) end--;
  for (const para of [...layout.plain.slice(Math.max(0, end - 4), end), ...layout.footer].reverse()) {
    const m = para.match(BIO);
    if (m && BIO_ROLE.test(para.slice(m[0].length, m[0].length + 120))) {
      const name = cleanName(m[1]);
      if (name) return name;
    }
  }
  // A signature under the text: "— Lise Ferland-Ouimet, Latin America Program, MiningWatch Canada"
  // (not a pull quote's attribution, which follows the quotation)
  for (let i = Math.max(1, end - 6); i < layout.plain.length && i < end + 4; i++) {
    const m = layout.plain[i].length <= 140 ? layout.plain[i].match(SIGNATURE) : null;
    if (!m || /^["“«]/.test(layout.plain[i - 1])) continue;
    const name = cleanName(m[1]);
    if (name && name.includes(" ")) return name;
  }
  // A name and the group's initials closing the text: "Marisol Condori, CWI"
  for (let i = Math.max(1, end - 3); i < Math.min(layout.plain.length, end + 2); i++) {
    const m = layout.plain[i].length <= 60 ? /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}),\s+\p{Lu}{2,6}$/u.exec(layout.plain[i]) : null;
    if (!m || !PERSON_NAMES.has(fold(m[1].split(/\s+/)[0])) || /^["“«]/.test(layout.plain[i - 1])) continue;
    const name = cleanName(m[1]);
    if (name && name.includes(" ")) return name;
  }
  // An author box under the text: "Sobre la firma" / "Carolina Ferrando" / "Corresponsal en Lima."
  const box = [...layout.plain.slice(-15), ...layout.footer];
  for (let i = 0; i + 1 < box.length; i++) {
    if (!/^(?:sobre (?:la firma|el autor|la autora)|about the (?:author|writer)|acerca del autor)\s*:?$/i.test(box[i])) continue;
    const name = box[i + 1].length <= 60 && isNameLine(box[i + 1]) ? cleanName(box[i + 1]) : null;
    if (name && name.includes(" ")) return name;
  }
  // A signature in capitals under the text, over the desk: "DANIELA CORTÉS ARANGO" / "REDACCIÓN INTERNACIONAL"
  const tailLines = [...layout.plain.slice(-15), ...layout.footer.slice(0, 4)];
  for (let i = 0; i + 1 < tailLines.length; i++) {
    const line = tailLines[i];
    if (line.length > 50 || line !== line.toUpperCase() || !/^\p{Lu}+(?:[ '’-]\p{Lu}+){1,3}$/u.test(line)) continue;
    if (!/^(?:redacci[oó]n|corresponsal|enviad[oa] especial|con informaci[oó]n de|editor|periodista|staff writer|correspondent)\b/i.test(tailLines[i + 1])) continue;
    const name = cleanName(line);
    if (name && PERSON_NAMES.has(fold(name.split(" ")[0]))) return name;
  }
  // A credit under the text: "Investigación: Sofía Miranda Choque", "Texto: …", "Reporting: …"
  for (const line of [...layout.plain.slice(Math.max(0, end - 4), end + 4), ...layout.footer.slice(0, 4)]) {
    const m = line.length <= 80 ? line.match(CREDIT_LINE) : null;
    // (a label that names a person's job vouches for a given name the list does not know: "Reportero: Yheny …")
    const name = m && (PERSON_NAMES.has(fold(m[1].split(/\s+/)[0])) || /^(?:reporter[oa]?|corresponsal|periodista|redactor[a]?|author|autora?|written by|escrito por)\s*:/i.test(line)) ? cleanName(m[1]) : null;
    if (name && name.includes(" ")) return name;
  }
  // A personal newsletter or blog: its copyright holder is a person ("© 2023 Clara Wendt"), who wrote it
  for (const line of layout.footer) {
    const m = line.length <= 60 ? line.match(PERSONAL_COPYRIGHT) : null;
    // (a person's name is words in lower case after their capital: "© 2023 Sky UK" is a company)
    if (!m || !PERSON_NAMES.has(fold(m[1].split(/\s+/)[0])) || !m[1].split(/\s+/).every((w) => /^\p{Lu}\p{Ll}/u.test(w))) continue;
    const name = cleanName(m[1]);
    if (name && name.includes(" ")) return name;
  }
  // the page citing itself: "Chicago: Condori Flores, Mariana. "Peru One Year On …" …"
  for (const line of citationLines(layout)) {
    const cited = citedAuthor(line);
    const name = cited ? cleanName(cited) : null;
    if (name && name.includes(" ")) return name;
  }
  return null;
}
