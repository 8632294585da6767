// The headline and standfirst. Scraped pages put them among the first lines, past chrome; a text
// that starts straight with its lead has no headline, and then we derive a short title from the
// lead and say so (titleSource "derived") rather than pass a sentence off as a headline.
import { CAPTION, DATELINE_LEAD, isByline, isDateline, isMastheadLike, sectionOrPlace, titleCased } from "./layout.ts";
import { bareByline, isNameLine } from "./author.ts";
import { splitSentences } from "./sentences.ts";
import type { TitleSource } from "../records/types.ts";

export interface TitleResult {
  title: string;
  titleSource: TitleSource;
  subtitle: string | null;
  /** header lines used for the title and subtitle */
  used: string[];
}

const MAX_DERIVED = 90;

/** A line that reads as a headline: a few words, no sentence-final period, not a byline or date. */
function isHeadline(line: string): boolean {
  const words = line.split(/\s+/).length;
  if (words < 3 || words > 30 || line.length > 220) return false;
  // (a headline starts with a capital: "making space for peace" under a logo is a motto)
  // (nor is an item of a list of key points: "- Machu Picchu was closed on Saturday")
  // (nor a table's row: "| Status | To read |" in a note's properties)
  if (/^\p{Ll}|^[-•*·]\s|^\|.*\|$/u.test(line)) return false;
  if (isByline(line) || isDateline(line)) return false;
  // "Home » News » Peru » Juliaca buries its dead": a breadcrumb ending in the headline
  // ("Inicio / Derechos Humanos / Ayacucho")
  if ((line.match(/\s[»›>/]\s/g)?.length ?? 0) >= 2) return false;
  // ("Inicio / Pronunciamientos", "Home / News": a breadcrumb from the site's home)
  if (/^(?:inicio|home|portada)\s*[/>»›|]\s/i.test(line)) return false;
  // ("Against the Current, No. 223, March/April 2023": a journal's issue line)
  if (/,\s*(?:no\.|vol\.|issue|número|núm\.)\s*\d+\b/i.test(line) && /\b(?:19|20)\d\d$/.test(line)) return false;
  // ("Publicado el 13/01/2023 por Redacción Altura — Locales, Minería": the page's stamp, however it goes on)
  if (/^(?:publicado|publicada|actualizado|published|posted|updated)\b.{0,20}\d/i.test(line)) return false;
  // ("2.1 December 2022": an entry of a table of contents)
  if (/^\d+\.\d+(?:\.\d+)*\s/.test(line)) return false;
  // ("… We'll update this thread as … (1/7)": the first post of a thread, not a headline)
  if (/\(\d{1,2}\s?\/\s?\d{1,2}\)$|^🧵/u.test(line)) return false;
  // ("24 Horas · Buenos Días Perú · Panorama · Al Estilo Juliana": a row of programmes or sections)
  if ((line.match(/\s[·•]\s/g)?.length ?? 0) >= 2) return false;
  // "News > Posted 06/02/2023": a breadcrumb ending in the date
  const last = line.split(/\s[>›»|]\s/).pop()!;
  if (last !== line && isDateline(last)) return false;
  // a document's reference, "AI Index: AMR 46/6502/2023", "Ref. No. 12/2023"
  // (not a headline in capitals with a figure: "ANDAHUAYLAS: SUMAN CUATRO FALLECIDOS Y MÁS DE 70 HERIDOS")
  if (/^[\p{L} .]{2,24}:\s*[\p{Lu}\d][\p{Lu}\d/ .-]*\d[\p{Lu}\d/ .-]*$/u.test(line) && line.split(/\s+/).length <= 6) return false;
  // Captions and credits are not headlines ("Mourners accompany the coffins … (ANSA)").
  if (/\((?:[^()]*\/)?(?:AP|AFP|Reuters|EFE|Getty|ANSA|EPA|dpa|Xinhua|Andina|Anadolu)[^()]*\)\s*$/.test(line)) return false;
  // ("File photo of soldiers guarding a bridge in Puno, Peru. — Reuters": the agency after a dash)
  if (/[.!?]?\s[—–-]\s*(?:AP|AFP|Reuters|EFE|Getty Images|ANSA|EPA|dpa|Xinhua|Andina|Anadolu|Bloomberg|File)\.?$/.test(line) || /^file (?:photo|picture|image)\b/i.test(line)) return false;
  // ("Archivo - Manifestantes marchan … - Europa Press/Contacto/Renzo Salazar - Archivo": an archive photo's caption)
  if (/^archivo\s+-\s.+\s-\s+archivo$/i.test(line) || /\/(?:Europa Press|Contacto|EPA-EFE)\b/.test(line)) return false;
  // ("… in the city's Plaza de Armas. (WNV/Isabel Yupanqui)": an outlet's initials and the photographer)
  if (/[.!?]\s*\([A-Z]{2,8}\s?\/\s?[A-ZÁÉÍÓÚÑ][^()/]{2,40}\)$/.test(line)) return false;
  // ("In pictures: Peru's protests reach Lima" is a gallery's headline)
  if (/\b(photo|image|picture) (by|via|credit)\b|(?<!\b[Ii]n )\b(photo(graph)?|image|imagen|picture|credit|crédito|foto|fotografía|ilustración)s?\s*:|\b(foto|imagen|fotografía)s? (de|por|vía|cortesía)(?![A-Za-zÀ-ÿ])|\bv[ií]a (twitter|facebook|instagram)\b|©/i.test(line)) return false;
  // Words run together ("professionalsLearn more aboutRefinitiv") are page widgets whose line
  // breaks the scrape lost, not a headline someone wrote.
  if (/\p{Ll}{5}\p{Lu}/u.test(line)) return false;
  // a pull quote, “They are killing us like animals.”, and the line naming who said it
  if ((/^["“«]/.test(line) && /[.!?]["”»]$/.test(line)) || /^[—–]\s*\p{Lu}/u.test(line)) return false;
  // (The Intercept ends its title-case headlines with a full stop)
  return !/[.,;]$/.test(line) || (line.endsWith(".") && titleCased(line));
}

/** A standfirst: right under the headline, one sentence or a phrase, not the lead paragraph. */
function isStandfirst(line: string): boolean {
  // ("Date: Thu, 19 Jan 2023 08:02:11 -0500" under a newsletter's subject is a header field)
  if (isByline(line) || isDateline(line) || /^(?:date|fecha|sent|enviado|from|de|to|para)\s*:/i.test(line)) return false;
  // ("15.12.23 - Lima, Perú - Ricardo Abarca Huamán": the date, where, and who)
  if (line.length <= 120 && /\s[-–—|]\s/.test(line) && isDateline(line.split(/\s[-–—|]\s/)[0])) return false;
  // ("Updated on: March 6, 2023 / 8:47 AM EST / AP": the page's time stamps)
  if (/(?:^|\d|\s)(?:updated|last updated|published|posted|submitted|actualizado|publicado)\b/i.test(line) && /\d/.test(line) && line.length <= 120) return false;
  // ("— Hernán Solís": the writer's signature)
  if (/^[—–]\s*\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3}$/u.test(line)) return false;
  // ("Dec 2023", "Crónica": a line of one or two words under a headline is a date or a label, never a standfirst)
  // (one that ends as a sentence may be a deck: "Latest developments.")
  if (line.trim().split(/\s+/).length <= 2 && !/\p{Ll}\.$/u.test(line.trim())) return false;
  // ("Published" / "2 weeks ago on" / "February 14, 2023": a label alone is the page's, not a standfirst)
  if (/^(?:published|posted|updated|by|por|publicado|actualizado|written by|escrito por)\s*:?$/i.test(line)) return false;
  // ("1. CONTEXT": a report's numbered section, not a standfirst)
  if (/^\d+(?:\.\d+)*\.?\s+\p{Lu}/u.test(line) && line.length <= 60) return false;
  // ("Monday 24 July 2023, by Lucía Mamani, Andrés Villca": the date and the byline on one line)
  if (line.length <= 140 && /\b(?:19|20)\d\d,?\s+(?:by|por)\s+\p{Lu}/u.test(line)) return false;
  // ("World Dec 12, 2022 2:22 PM EST": a section and the time stamp; "… Credit: Ivonne Mamani/IPS": a caption)
  if (line.length <= 60 && /\b(?:19|20)\d\d\b/.test(line) && /\b\d{1,2}:\d\d\b/.test(line)) return false;
  if (/\b(?:credit|crédito|photo|foto)\s*:\s*\S[^.]{0,80}$/i.test(line)) return false;
  if (/\b(photo|image|picture) (by|via|credit)\b|\b(foto|imagen|fotografía)s? (de|por|vía|cortesía)(?![A-Za-zÀ-ÿ])|\bv[ií]a (twitter|facebook|instagram)\b|©|\[(?:photo|foto|imagen|image)/i.test(line)) return false;
  const words = line.split(/\s+/).length;
  if (words > 45 || line.length > 300) return false;
  // A one-sentence line with a final period is a standfirst only when short; longer ones are leads.
  return !/[.]$/.test(line) || words <= 8;
}

function stripQuotesAndMarks(s: string): string {
  // (a chat message's bold, "*POLICÍA INGRESA CON TANQUETA*", loses its closing mark too)
  return s.replace(/^[#>*\s]+/, "").replace(/(?<=\S)\*+$/, "").replace(/\s+/g, " ").trim();
}

function quotesClosed(s: string): boolean {
  const straight = (s.match(/"/g) ?? []).length;
  return straight % 2 === 0 && (s.match(/“/g) ?? []).length === (s.match(/”/g) ?? []).length;
}

/** Cut a lead sentence at a clause boundary to a headline-length title. */
export function deriveTitle(lead: string): string {
  // (after the dateline: "Lima.— La cifra de fallecidos …")
  const dl = DATELINE_LEAD.exec(lead);
  if (dl) lead = lead.slice(dl[0].length);
  const first = (splitSentences(lead)[0] ?? lead).replace(/[.!?]+["”’]?$/, "").trim();
  if (first.length <= MAX_DERIVED) return first;
  const window = first.slice(0, MAX_DERIVED + 1);
  // Prefer a punctuation boundary, then a conjunction/preposition that opens a new clause.
  // (the second list in English and Spanish: a derived title is cut the same way in either)
  const boundaries = [
    /[,;:—–]\s/g,
    /\s(?:as|while|after|before|amid|with|in tandem with|because|which|who|where|when|since|despite|following|and|but|in|on|at|for|over|by|mientras|tras|luego de|después de|pese a|según|porque|aunque|donde|cuando|que|y|pero|en|con|por|para|desde|durante|contra)\s/g,
  ];
  for (const re of boundaries) {
    // The earliest boundary past a reasonable length keeps the title a phrase, not a fragment.
    // (never inside a quotation: 'Forces used "brutal' is no title)
    const m = [...window.matchAll(re)].find((x) => x.index! >= 25 && quotesClosed(first.slice(0, x.index)));
    if (m) return first.slice(0, m.index).trim();
  }
  const cut = window.lastIndexOf(" ");
  return first.slice(0, cut > 20 ? cut : MAX_DERIVED).trim() + "…";
}

/** a link to the site's edition in another language: "MercoPress, en Español" (the site's name, no headline) */
const EDITION_LINK = /^.{2,40}?,\s(?:en español|in english|em português|en français|auf deutsch)$/i;
/** "NATION & WORLD", "PRESS RELEASE": a section kicker in capitals, not the headline under it */
function isKicker(line: string): boolean {
  // (a writer's name alone is a byline, not a headline either)
  // ("LATIN AMERICA | PERU'S CRISIS": sections in capitals, however many, when a bar divides them)
  const caps = line === line.toUpperCase() && /\p{Lu}/u.test(line);
  // ("Latin America & the Caribbean", "World / Americas": a section's name over the headline)
  // ("Special to Consortium News" is a byline's; "CLOSE THE SCHOOL OF THE AMERICAS ★ JUSTICE" a motto)
  if (/^special to\s/i.test(line) || /\s[★☆✦]\s/.test(line)) return true;
  // ("Medio: Diario Correo -- Edición Ayacucho": a press clipping's field naming the paper)
  if (/^(?:medio|outlet|publication)\s*:\s/i.test(line)) return true;
  // ("Policiales / Región": two sections of a word or two each)
  if (/^\p{L}+(?:\s\p{L}+)?(?:\s[/|›>»]\s\p{L}+(?:\s\p{L}+)?)+$/u.test(line) && line.split(/\s+/).length <= 7) return true;
  // ("Nota de prensa" over the headline: the kind of page)
  if (/^(?:nota de prensa|press release|news release|media release|comunicado(?: de prensa)?|pronunciamiento|statement)$/i.test(line)) return true;
  // ("The Americas | Peru’s stalemate": a section and the piece's rubric)
  // ("Blog  /  Land and environmental defenders": a breadcrumb of two sections)
  const bar = line.length <= 70 ? line.search(/\s[|/›>»]\s/) : -1;
  if (bar > 0 && sectionOrPlace(line.slice(0, bar).trim())) return true;
  // (but a headline in capitals after a live label is a headline: "EN VIVO | PARO EN AREQUIPA:
  // ENFRENTAMIENTOS EN LOS EXTERIORES DEL AEROPUERTO")
  // ("OFICINA GENERAL DE COMUNICACIONES -- MONITOREO DE PRENSA ESCRITA": an office's clipping service over the clipping)
  return (caps && (line.split(/\s+/).length <= 3 || (/\s(?:[|›>»·•/]|--)\s/.test(line) && line.split(/\s(?:[|›>»·•/]|--)\s/).every((p) => p.split(/\s+/).length <= 5)))) || isMastheadLike(line) || isNameLine(line) || /^published by the\s/i.test(line) || MOTTO.test(line) || EDITION_LINK.test(line) || (line.length <= 40 && sectionOrPlace(line));
}



/** what a site says it is under its name: "The Newspaper of the Party for Socialism and Liberation" */
// (in Spanish, "El diario de Piura", "Decano de la prensa del sur · Desde 1905")
const MOTTO = /^(?:(?:the|a|an|your)\s+(?:[\p{L}-]+\s+){0,2}(?:newspaper|voice|magazine|journal|website|newsletter|publication|news source|news site|blog)\s+(?:of|for|on|from|about|by)\b|(?:el|la|tu|su)\s+(?:[\p{L}-]+\s+){0,1}(?:diario|peri[oó]dico|semanario|revista|radio|emisora|portal|noticiero)\s+(?:de|del)\s+(?:\p{L}+\s*){1,3}$|decano\s+de\s+la\s+prensa\b)/iu;

/** Where a byline or date line starts the block under the headline, or -1. */
function bylineBlock(header: string[], from = 0): number {
  for (let i = from; i < header.length; i++) if (isByline(header[i]) || isDateline(header[i]) || bareByline(header[i], header[i + 1], header[i + 2])) return i;
  return -1;
}

/** "Costa Rica News | Travel | Real Estate in Costa Rica": a site's tagline or a title line's parts, not a headline */
const PIPE_LIST = /^[^|]{2,60}(?:\s\|\s[^|]{2,60}){2,}$/;


/**
 * The headline among the header lines: the one the page's title line names; else the first line
 * of the headline block right above the byline or date line (headline, then up to two decks, any
 * captions skipped), as long as that block reaches back no further than a kicker, a menu or a
 * masthead would; else the first line that reads as a headline.
 */
function headlineIndex(header: string[], hint?: string): number {
  const hinted = hint ? header.findIndex((l) => l.toLowerCase() === hint.toLowerCase()) : -1;
  if (hinted >= 0) return hinted;
  const blockAbove = (b: number): number => {
    let k = b - 1;
    while (k >= 0 && CAPTION.test(header[k])) k--;
    let first = -1;
    for (let n = 0; k >= 0 && n < 3; k--, n++) {
      const line = header[k];
      if (isKicker(line) || capsOverHeadline(header, k) || isByline(line) || isDateline(line)) break;
      if (isHeadline(line)) first = k;
      else if (!(n === 0 && isStandfirstLike(line))) break;
    }
    return first;
  };
  // The masthead's date bar is a date line too ("La Paz, Monday, January 16, 2023" under the
  // site's motto): the headline is the one over the writer's byline further down, past a section
  // label, when there is one.
  for (let b = bylineBlock(header); b > 0; b = bylineBlock(header, b + 1)) {
    const first = blockAbove(b);
    if (first >= 0 && !isByline(header[b]) && !bareByline(header[b], header[b + 1], header[b + 2])) {
      for (let b2 = bylineBlock(header, b + 1); b2 > 0 && b2 <= b + 8; b2 = bylineBlock(header, b2 + 1)) {
        if (!isByline(header[b2])) continue;
        const later = blockAbove(b2);
        if (later > b + 1 && !PIPE_LIST.test(header[later])) return later;
        break;
      }
    }
    if (first >= 0 && !PIPE_LIST.test(header[first])) return first;
    if (first < 0 || b > 12) break;
  }
  for (let i = 0; i < header.length; i++) if (isHeadline(header[i]) && !isKicker(header[i]) && !capsOverHeadline(header, i) && !PIPE_LIST.test(header[i])) return i;
  return -1;
}

/** "PROTESTAS EN EL PERÚ" over "Hospitales de Juliaca al límite: …": a topic in capitals over the headline in sentence case */
function capsOverHeadline(header: string[], i: number): boolean {
  const line = header[i], next = header[i + 1];
  if (!next || line !== line.toUpperCase() || !/\p{Lu}/u.test(line) || line.split(/\s+/).length > 5 || /[.!?:]$/.test(line)) return false;
  return next !== next.toUpperCase() && next.split(/\s+/).length >= 6 && isHeadline(next);
}

/** A deck under the headline, even one that ends as a sentence. */
function isStandfirstLike(line: string): boolean {
  return !isByline(line) && !isDateline(line) && line.split(/\s+/).length <= 50 && !CAPTION.test(line);
}

export function extractTitle(header: string[], firstParagraph: string | null, frontTitle?: string, frontSubtitle?: string, hint?: string): TitleResult {
  const used: string[] = [];
  let title: string | null = null;
  let titleSource: TitleSource = "text";
  let idx = -1;
  const at = headlineIndex(header, hint);
  if (at >= 0) {
    title = stripQuotesAndMarks(header[at]);
    idx = at;
    used.push(header[at]);
    // (the headline twice, as the page's title line and as its heading: one headline)
    while (idx + 1 < header.length && stripQuotesAndMarks(header[idx + 1]) === title) used.push(header[++idx]);
  }
  let subtitle: string | null = null;
  // (a writer's name over the date is a byline, not a standfirst)
  // (nor is a writer's name alone, "Martín Oyague Bellido" twice over his role)
  if (idx >= 0 && idx + 1 < header.length && isStandfirst(header[idx + 1]) && !bareByline(header[idx + 1], header[idx + 2], header[idx + 3]) && !isNameLine(header[idx + 1])) {
    subtitle = stripQuotesAndMarks(header[idx + 1]);
    used.push(header[idx + 1]);
  }
  if (frontTitle) {
    title = frontTitle;
    titleSource = "front-matter";
  }
  if (frontSubtitle) subtitle = frontSubtitle;
  if (!title) {
    const lead = firstParagraph ?? header.find((l) => !isByline(l) && !isDateline(l)) ?? "";
    title = lead ? deriveTitle(stripQuotesAndMarks(lead)) : "Untitled article";
    titleSource = "derived";
  }
  return { title, titleSource, subtitle, used };
}
