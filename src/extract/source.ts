// The publication. Front matter wins; otherwise only what the page itself says names it: a dateline
// ("Global Research, January 23, 2023"), a wire-agency dateline ("LIMA, Jan 12 (Reuters) -"), an
// "original source" or "originally published in" line, or a copyright line. Never a guess from the
// topic, the style or a publication quoted in the body ("told Telesur").
import { citationLines, citedSource } from "./citation.ts";
import { isMastheadLike, sectionOrPlace, titleCaseName, type Layout } from "./layout.ts";
import { lookupPlace } from "./places.ts";
import { isNameLine } from "./author.ts";

type Zone = "header" | "lead" | "top" | "footer" | "credits" | "tail" | "end" | "site" | "body";
interface SourcePattern {
  zones: Zone[];
  re: RegExp;
  /** read the zone from its end: of several copyright lines the last is the page's own, under the story's */
  last?: boolean;
  /** turns the match into a publication name, or null when the match names none */
  pick?: (m: RegExpMatchArray, author: string | null, layout: Layout) => string | null;
  /** text a line must contain for the pattern to be tried (the unanchored patterns are costly on paragraphs) */
  has?: string[];
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
  sputnik: "Sputnik",
  "prensa latina": "Prensa Latina",
  telam: "Télam",
  "télam": "Télam",
  notimex: "Notimex",
  anadolu: "Anadolu",
  ips: "Inter Press Service",
};
const AGENCY_NAMES = Object.keys(AGENCIES).join("|");

/** Agencies' long and legal names, as copyright lines and credits give them. */
const AGENCY_ALIASES: [RegExp, string][] = [
  [/^(?:agencia peruana de noticias )?andina$/i, "Andina"],
  [/^agence france[- ]presse$/i, "AFP"],
  [/^(?:agencia )?efe(?: s\.?a\.?)?$/i, "EFE"],
  [/^(?:thomson )?reuters$/i, "Reuters"],
  [/^(?:the )?associated press$/i, "Associated Press"],
  // (the agency's own site in its copyright line: "© 2000 - 2023 XINHUANET.com")
  [/^xinhua(?:net)?(?:\.com)?$/i, "Xinhua"],
  // ("Agencia Andina" is Andina; "Agencia de Noticias Tierra Viva" is cited "Agencia Tierra Viva")
  [/^agencia (?:de noticias |informativa )?(.+)$/i, "$1"],
];
/** A wire agency's name, in any of its forms ("The Associated Press", "AFP", "Agencia EFE") */
function isAgency(name: string): boolean {
  const c = canonical(name);
  return Object.values(AGENCIES).includes(c);
}

function canonical(name: string): string {
  // "Salon.com, LLC", "LaMula.pe": a company's or a site's address for the publication's name
  // (a one-word brand: "SpaceWar.com" is the name that site goes by)
  name = name.replace(/^(\p{Lu}\p{Ll}+)\.(?:com|net|org)$/u, "$1").replace(/^((?:\p{Lu}\p{Ll}+){1,3})\.pe$/u, (_m, brand: string) => brand.replace(/(\p{Ll})(\p{Lu})/gu, "$1 $2"));
  // ("Anti*Capitalist Resistance": a logo's star for the hyphen)
  name = name.replace(/(\p{L})\*(\p{L})/gu, "$1-$2");
  // "TRTWorld": an acronym run into the word after it is the brand's two words ("TRT World")
  name = name.replace(/^(\p{Lu}{2,5})(\p{Lu}\p{Ll}{2,})$/u, "$1 $2");
  // "EL PAÍS América": a logo's name in capitals with the region of its edition is the paper
  name = name.replace(/^(\p{Lu}[\p{Lu}\s'’.]{1,30}?)\s+(?:Am[eé]rica|Americas|Edition|Edición|English|in English|en español)$/u, "$1");
  // ("EL COMERCIO Ecuador": a logo's name in capitals with its country is the paper)
  const withCountry = /^(\p{Lu}[\p{Lu}\s'’.]{1,30}?)\s+(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)$/u.exec(name);
  if (withCountry && lookupPlace(withCountry[2])?.kind === "country") name = withCountry[1];
  // "EL PAÍS" in a copyright line is El País; acronyms ("CNN", "AFP") stay as they are
  // ("LA VOZ DE HUAMANGA" is La Voz de Huamanga: the small words stay small, and an article after them)
  if (name === name.toUpperCase() && /\s/.test(name) && /\p{Lu}{4,}/u.test(name)) name = titleCaseName(name);
  // "Diario Correo", "Diario Expreso": readers and citations name the paper without the word for it
  // (a name of its own, one word or with its article: not "Diario Sin Fronteras", whose words need the "Diario")
  name = name.replace(/^(?:Diario|Periódico|Periodico)\s+(?=(?:El|La|Los|Las)\s\p{Lu})/u, "");
  for (const [re, to] of AGENCY_ALIASES) {
    const m = name.match(re);
    if (m) {
      const out = to.replace("$1", m[1] ?? "");
      // (a name after it, not a description: "Agencia de Prensa Ambiental" names a company's trade)
      return AGENCIES[out.toLowerCase()] ?? (to === "$1" && /^\p{Lu}/u.test(out) ? `Agencia ${out}` : out);
    }
  }
  return AGENCIES[name.toLowerCase()] ?? name;
}

const MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|enero|febrero|marzo|abril|mayo|junio|julio|agosto|se?ptiembre|octubre|noviembre|diciembre)";
const DATE = `(?:${MONTH}\\.? \\d{1,2},? \\d{4}|\\d{1,2}(?: de)? ${MONTH}\\.?(?: del?|,)? \\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{4})`;

/** The platform a post was copied from holds the page's copyright, never the post's: "Meta © 2024" */
const PLATFORM_OWNER = /^(?:meta(?: platforms)?|facebook|google|x corp|twitter|instagram(?: from meta)?|tiktok|youtube|linkedin)(?: inc\.?)?$/i;

/**
 * From a copyright line, the holder: the first phrase after the sign and the years ("© 2023 Peru
 * Reports. All rights reserved. | Privacy", "© 2023 Copyright France 24 - All rights reserved"),
 * and of a list ("Copyright © Jane Roe, Southern Courier, 2023") the last name that is not the author.
 */
function pickCopyright(m: RegExpMatchArray, author: string | null): string | null {
  const holder = m[1]
    .replace(/^(?:\s*(?:copyright|©|\(c\)|(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)?\d{2})?)[\s,.]*)+/i, "")
    // ("© Todos los derechos reservados. Grupo EL COMERCIO Ecuador 2023.": the rights first, the holder after)
    .replace(/^(?:todos los derechos reservados|all rights reserved)[.,]?\s+(?=\p{Lu})/iu, "")
    // "© 2023 by Scottish Peru Solidarity Network. Proudly created with Wix.com"
    .replace(/^by\s+(?=\p{Lu})/u, "")
    // the phrase ends at a sentence ("… Reports. All rights…"), a bar or a dash between words
    // ("Copyright 2023 NPR. To see more, visit …": after a name in capitals too, not after an initial)
    .split(/(?<=[\p{Ll}\d)\]]|\p{Lu}{2})\.\s|\s[|·•–—-]\s|\s*\|/u)[0]
    // ("U.S. News & World Report L.P. Terms and Conditions/…": nothing after the company's legal form)
    .replace(/(\s(?:L\.P\.|LLC|Inc\.|Ltd\.|S\.A\.C\.|S\.A\.))\s.*$/u, "$1");
  const parts = holder
    .replace(/all rights reserved\.?|(?:todos los )?derechos reservados\.?/i, "")
    .replace(/,?\s*\b(?:S\.?A\.?C?\.?|S\.?L\.?U\.?|S\.?L\.?|Inc\.?|Ltd\.?|Limited|PLC|plc|LLC\.?|L\.P\.|GmbH|DAC)(?=\s|$|,)/g, "")
    .trim()
    // "Empresa Editora El Comercio", "Grupo La República Publicaciones": the publication, not its company
    .replace(/^(?:empresa editora|editora|ediciones|grupo|corporación|sociedad editora)\s+(?=\p{Lu})/iu, "")
    .replace(/\s+(?:publicaciones|publishing|publishers?|media group|comunicaciones|editora)$/i, "")
    .replace(/\b(19|20)\d{2}(\s*[-–]\s*(19|20)?\d{2})?\b/g, "")
    .split(/[,|]/)
    .map((s) => s.trim().replace(/\.$/, ""))
    // ("Global News, a division of Corus Entertainment Inc.": the name, not what it belongs to)
    // (nor the platform a post was copied from: "Meta © 2023" under a Facebook page)
    // ("© Todos los derechos reservados. Prohibida su reproducción total o parcial.": a warning, no holder)
    .filter((s) => s && !/^(?:a|an|the)\s+(?:division|subsidiary|unit|part|member|publication|company|brand)\s+of\b/i.test(s) && !PLATFORM_OWNER.test(s) && !/^(?:queda\s+)?prohibid[ao]s?\b|\breproducci[oó]n\b|\breproduction\b/i.test(s) && (!author || s.toLowerCase() !== author.toLowerCase()));
  return parts.length ? parts[parts.length - 1] : null;
}

/** "Sunday, February 5, 2023" at the top of a page is today's date, not "<publication>, <date>" */
const WEEKDAY = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$|^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?$|^(?:lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo|lun|mar|mié|mie|jue|vie|sáb|sab|dom)\.?$/i;

/** "Global Research, January 23, 2023": the name before a date, unless it is a place, a weekday or a byline */
// ("Victor Castellanos - January 22, 2023" names the writer, not the publication)
// ("Press Release | January 31, 2023": the kind of page, not whose it is)
const PAGE_KIND = /^(?:bolet[ií]n(?: semanal| diario| informativo)?|newsletter|weekly newsletter|weekly briefing|press release|news release|media release|statement|public statement|press statement|joint statement|media advisory|news|blog|blog post|opinion|commentary|analysis|editorial|feature|report|article|interview|update|news update|nota de prensa|comunicado(?: de prensa)?|noticias?|opinión|análisis|entrevista|actualidad|pronunciamiento|edición digital|edición impresa|edición web|digital edition|print edition|online edition|e-edition|web edition)$/i;
// ("From The Socialist newspaper, 18 January 2023": the paper's name without the words around it;
// "Andes Weekly" keeps its own capitalized word)
const outletBeforeDate = (m: RegExpMatchArray): string | null => {
  const name = m[1].replace(/^(?:from|de|desde)\s+(?=\p{Lu})/iu, "").replace(/\s+(?:newspaper|magazine|weekly|paper|periódico|semanario|diario)$/, "");
  return lookupPlace(name) || WEEKDAY.test(name) || /^(?:by|por)\s/i.test(name) || isNameLine(name.trim()) || PAGE_KIND.test(name.trim()) || DATE_LABEL.test(name) ? null : name;
};
// (or that it reposts with the owner's leave: "… and is republished here with permission")
const AGGREGATOR = /\b(?:remain|are) the property of (?:their|the) (?:respective )?(?:publishers|owners|authors)\b|\bson propiedad de sus respectivos (?:medios|autores|dueños)\b|\brepublished here with (?:the )?(?:kind )?permission\b|\bse reproduce con (?:autorización|permiso)\b/i;

/**
 * The page names itself as another publication than the one a credit gives: its own dateline over
 * the headline ("Global Research, March 08, 2023") or its masthead. Read from the layout only, so a
 * credit's name ("The original source of this article is Orinoco Tribune") is weighed against it.
 */
function namesItselfOtherwise(credited: string, layout: Layout, masthead = true): boolean {
  // (an aggregator says whose its articles are: "All articles remain the property of their respective publishers")
  if ([...layout.footer, ...layout.plain.slice(-3)].some((l) => AGGREGATOR.test(l))) return false;
  const key = (s: string) => s.toLowerCase().replace(/[^\p{L}\d]+/gu, "");
  const c = key(credited.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1"));
  // (a masthead's name counts when the page names itself again below it: "ZNetwork is funded solely
  // through …"; a scrape's stray label over the page, "Video Ad Feedback", does not)
  // (a masthead in capitals, "WORKERS TODAY", is named "Workers Today" in the text)
  const own: string[] = (masthead ? layout.siteNames ?? [] : [])
    .map((n) => (n === n.toUpperCase() && /\p{Lu}{3}/u.test(n) ? titleCaseName(n) : n))
    .filter((n) => n.length >= 3 && [...layout.plain, ...layout.footer].some((l) => l.includes(n)));
  for (const line of layout.header) {
    const m = OWN_DATELINE.exec(line);
    const name = m ? outletBeforeDate(m) : null;
    if (name) own.push(name);
  }
  return own.some((n) => key(n) !== c && !key(n).includes(c) && !c.includes(key(n)) && plausible(n, null));
}

/** "Actualizado Jueves, 7 diciembre 2023": a date's label and weekday, not a name */
const DATE_LABEL = /^(?:actualizado|publicado|updated|published|posted|modificado|last updated|fecha|date)\b/i;

/** "Global Research, January 23, 2023": a publication's own dateline, its name before the date */
const OWN_DATELINE = new RegExp(`^(\\p{Lu}[\\p{L}\\d&.'’°! -]{1,60}?)(?:,|\\s+[|·•–—-])\\s+(?:(?:mon|tue|wed|thu|fri|sat|sun|lunes|martes|miércoles|jueves|viernes|sábado|domingo)\\p{L}*\\.?,?\\s+)?${DATE}(?:[\\s,|–—-]+[\\d:.]+\\s*(?:am|pm|a\\.\\s?m\\.|p\\.\\s?m\\.|h|hrs?)?)?$`, "iu");

/** The table: first match wins, in this order. */
const PATTERNS: SourcePattern[] = [
  // (a page that names itself, "Global Research, March 08, 2023" over a piece whose original source
  // is Orinoco Tribune, is that publication's: the original is where it came from)
  { zones: ["footer", "lead"], re: /^the original source of this article is\s+(.+?)\.?$/i, pick: (m, _a, layout) => (namesItselfOtherwise(m[1], layout) ? null : m[1]) },
  // an encyclopedia's own line under its title: "From Wikipedia, the free encyclopedia"
  { zones: ["header", "lead", "top"], re: /^(?:from|de)\s+(\p{Lu}[\p{L}]{2,30}),\s+(?:the free encyclopedia|la enciclopedia libre)$/iu },
  // "… Republished from WOLA (Washington Office on Latin America) with permission."
  { zones: ["lead", "header", "footer"], has: ["epublished"], re: /(?:^|[.!?]\s+)(?:this (?:article|piece|post|commentary) (?:is |was )?)?republished (?:from|with permission from)\s+(\p{Lu}[^.(,;]{1,60}?)(?:\s*\(|\s+with permission|[.,;]|$)/iu },
  // ("… by Andean Post and is republished here with permission.": the outlet, not the rest of the sentence)
  // ("… first appeared in Peace News issue 2662–2663, June–July 2023": the publication, not its issue)
  { zones: ["footer", "lead", "header"], re: /^this article (?:was )?(?:originally|first) (?:published|appeared) (?:by|in|on|at)\s+(.+?)(?:\s+(?:issue|no\.|vol\.|volume|number|edition|n[º°])\s.*|\s+on\s+.*|\s+and\s+.*|[,;].*|\.\s.*)?\.?$/i, pick: (m, _a, layout) => (namesItselfOtherwise(m[1], layout) ? null : m[1]) },
  // (a wire agency named so, "Fuente: EFE" under a paper's headline, is the story's origin: the
  // carrying site's own name, further down, comes first)
  // ("Fuente: EFE - Andina - RPP": the agencies a story drew on, first an agency)
  { zones: ["header", "footer", "credits"], re: /^(?:source|fuente|published by|publicado por|originally published (?:by|in|on|at))\s*:?\s+(.{2,60}?)\.?$/i, pick: (m, _a, layout) => (isAgency(m[1]) || isAgency(m[1].split(/\s[-–—,/]\s|,\s/)[0]) || namesItselfOtherwise(m[1], layout, false) ? null : m[1]) },
  // a blog's feed line: "This article appeared first on Andes Post.", "Este artículo apareció primero en Diario Voces.",
  // "The post Peru's dead appeared first on Andes Post."
  { zones: ["footer", "end", "tail"], has: ["ppeared first", "primero en"], re: /^(?:this (?:article|post|story|entry)|the post .{1,200}?|este art[ií]culo|esta nota|esta entrada|la entrada .{1,200}?)\s+(?:appeared first|first appeared|apareci[oó] primero|se public[oó] primero)\s+(?:on|in|at|en)\s+(\p{Lu}[^.]{1,50}?)\.?$/iu },
  // "Radio Marañón – Jr. Francisco de Orellana 343, Jaén", "Diario Jornada — Jr. Lima N.° 148, Huamanga": the outlet over its address
  { zones: ["footer", "end"], re: /^(\p{Lu}[\p{L}\d&.'’ ]{1,40}?)\s+[-–—|]\s+(?:av\.|avenida|jr\.|jir[oó]n|calle|ca\.|psje\.|pje\.|pasaje|urb\.|mz\.|carretera)\s/iu, pick: (m) => (lookupPlace(m[1]) ? null : canonical(m[1].trim())) },
  // a newsletter's own line under it: "Recibes este correo porque te suscribiste al boletín de Ojo Público.",
  // "You are receiving this email because you subscribed to the Andes Post newsletter."
  { zones: ["footer", "end", "body"], has: ["suscrib", "subscribed", "signed up"], re: /(?:te suscribiste|se suscribió|est[aá]s suscrit[oa]|you (?:subscribed|signed up)|you are subscribed)\s+(?:al?|to|for)\s+(?:(?:el|la|los|our|the)\s+)?(?:(?:bolet[ií]n|newsletter|lista|mailing list)\s+(?:de|del|of)\s+)?(\p{Lu}[\p{L}\d&.'’ -]{1,40}?)(?:['’]s)?(?:\s+(?:newsletter|bulletin|mailing list))?\s*[.,;]?$/u },
  // "Workers' Liberty, 20E Tower Workshops, 58 Riley Road, London": the organization over its address
  // (not a building's name: "William Rust House, 52 Beachy Road, London")
  { zones: ["footer", "end"], re: /^(\p{Lu}[\p{L}'’&. -]{2,40}),\s+(?:\d{1,4}[A-Z]?\s+\p{Lu}|P\.?\s?O\.? Box\b|Apartado\b|Casilla\b)/u, pick: (m) => (lookupPlace(m[1]) || /^(?:jr|av|avenida|calle|jirón|street|road)\b/i.test(m[1]) || /\s(?:house|building|tower|centre|center|hall|court|chambers|floor|suite|unit|edificio|torre)$/i.test(m[1]) ? null : m[1]) },
  // "Este reportaje fue publicado originalmente en Salud con Lupa y se reproduce con autorización …"
  { zones: ["footer", "end", "lead", "header"], has: ["riginalmente", "or primera vez"], re: /^(?:est[ae]|la|el)\s+(?:nota|artículo|articulo|texto|información|reportaje|crónica|cronica|investigación|entrevista|columna|informe)\s+(?:fue\s+)?(?:publicad[oa]|difundid[oa])\s+(?:originalmente|por primera vez)\s+(?:en|por)\s+(\p{Lu}[^.,;(]{1,50}?)(?:\s+(?:y\s+(?:se|fue|es|ha|lo|la)|el\s+\d|bajo|con autorización|con permiso)\b.*|[.,;(].*)?$/iu },
  // a press clipping's field: "Medio: Diario Correo -- Edición Ayacucho" (the paper, not its regional edition)
  { zones: ["header"], re: /^(?:medio|outlet|publication|publicación)\s*:\s*(\p{Lu}[^|]{1,50}?)(?:\s+(?:--|[-–—|])\s+(?:edici[oó]n|edition)\b.*)?$/iu },
  // a repost's line under the headline: "Originally published: Peoples Dispatch on February 8, 2023 by …"
  { zones: ["header", "lead"], re: /^originally published\s*:\s*(\p{Lu}[^,|()]{1,50}?)\s+(?:on|el)\s+\S.*$/iu },
  // ("Internationalist 360°, January 30, 2023": a name may carry a sign)
  { zones: ["header"], re: OWN_DATELINE, pick: outletBeforeDate },
  // a freelance's byline names the paper: "Special to Consortium News"
  { zones: ["header"], re: /^special to\s+(\p{Lu}[\p{L}\d&.'’ -]{1,50})$/iu },
  // a wire's name opening the lead on its own: "(Bloomberg) -- Peruvian security forces used …"
  { zones: ["lead"], re: /^\((\p{Lu}[\p{L} .&]{1,30})\)\s*(?:--|[-–—])\s/u },
  // "ANDAHUAYLAS (INFOREGIÓN). La región …": a town in capitals and the outlet that filed from it
  // (a wire agency's, "LIMA (AP) —", is read further down, after the carrying site's own name)
  // ("ILAVE / MOQUEGUA (Prensa Regional).– Seis militares …": two towns, and the outlet's name as it writes it)
  { zones: ["lead"], re: /^(\p{Lu}{3,}(?:\s\p{Lu}{2,}){0,2})(?:\s*\/\s*\p{Lu}{3,}(?:\s\p{Lu}{2,}){0,2})?\s+\((\p{Lu}[\p{L}\d .&-]{1,30})\)\s*(?:\.?[-–—]+|\.|:)\s/u, pick: (m) => (lookupPlace(titleCaseName(m[1])) && !AGENCIES[m[2].toLowerCase()] ? canonical(m[2] === m[2].toUpperCase() ? titleCaseName(m[2]) : m[2]) : null) },
  // the outlet's own dateline opening the lead: "Servindi, 9 de enero, 2024.- Familiares de …"
  { zones: ["lead"], re: new RegExp(`^(\\p{Lu}[\\p{L}\\d&.'’ -]{1,40}?),\\s+${DATE}\\s*(?:\\.-|\\.?\\s*[-–—]+)\\s`, "iu"), pick: outletBeforeDate },
  // a dated dateline with the outlet in brackets: "Ayacucho, Peru, December 16, 2022 (Kawsachun News) —"
  { zones: ["header", "lead"], re: new RegExp(`^\\p{Lu}[\\p{L} .'’-]{1,40}(?:,\\s*\\p{Lu}[\\p{L} .'’-]{1,30})?,\\s+${DATE}\\s*\\(([^()]{2,40})\\)\\s*(?:[-–—]|\\.-)`, "iu"), pick: (m) => (/^\p{Lu}/u.test(m[1]) && !lookupPlace(m[1]) ? canonical(m[1]) : null) },
  // the byline's publication: "Inti Mamani | Kawsachun News"
  // (a wire agency there, "By Carla Mamani | Associated Press" on the Chicago Tribune's page, is the story's origin, not the page's)
  { zones: ["header"], re: /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}\s*[|·•]\s*(.{2,50})$/u, pick: (m) => (isMastheadLike(m[1].trim()) && !isAgency(m[1].trim()) ? m[1].trim() : null) },
  // a blog's own name in its subscription line: "Subscribe to the LSE Latin America and Caribbean Blog by email"
  // (over the copyright of the institution it belongs to, "© LSE 2023")
  { zones: ["credits", "footer", "end"], re: /^[Ss]ubscribe to (?:the )?(\p{Lu}[\p{L}'’&. -]{2,60}?\s(?:Blog|Journal|Review|Magazine|Bulletin|Weekly|Monitor|Observer))\b/u },
  // the outlet describing itself under the text: "Peoples Dispatch is an international media
  // project …", "The Morning Star is the only English-language socialist daily newspaper in the
  // world." (before any copyright, whose holder may be a company or a motto: "© 2023 Copyright
  // Conservation news. Mongabay is a U.S.-based … news platform.")
  { zones: ["end", "footer"], has: [" is a", " is the", " is an"], pick: (m) => (m[1] && !/\s/.test(m[2]) ? `The ${m[2]}` : m[2]), re: /(?:^|[.!?]\s+)(?:(The)\s+)?(\p{Lu}[\p{L}\d'’&.!-]*(?:\s+(?:(?:of|for|and|de|del|y)\s+)?\p{Lu}[\p{L}\d'’&.!-]*){0,5})\s+is\s+(?:a|an|the)\s+(?:[\p{L}.-]+\s+){0,7}?(?:media project|newspaper|news site|news website|news agency|news outlet|news service|magazine|publication|journal|website|radio station|justice project|media outlet|news platform|e-bulletin|bulletin|newsletter|newsweekly|weekly|webzine|charity|organisation|organization|campaign group|solidarity group|network|coalition|forum|collective)\b/u },
  // "Republish our stories! MintPress News is licensed under a Creative Commons … License."
  { zones: ["end", "footer"], has: ["Creative Commons"], re: /(?:^|[.!?]\s+)(\p{Lu}[\p{L}\d'’&.!-]*(?:\s+\p{Lu}[\p{L}\d'’&.!-]*){0,4})\s+is licensed under (?:a |the )?Creative Commons\b/u },
  // "Wayka es un medio independiente y sin fines de lucro."
  { zones: ["end", "footer"], has: [" es un", " es el", " es la"], re: /(?:^|[.!?]\s+)(\p{Lu}[\p{L}\d'’&.-]*(?:\s+\p{Lu}[\p{L}\d'’&.-]*){0,4})\s+es\s+(?:un|una|el|la)\s+(?:[\p{L}-]+\s+){0,4}?(?:medio|diario|periódico|revista|portal|agencia de noticias|emisora|radio|plataforma periodística)\b/u },
  // The page's own copyright names the publication that carried a wire story ("Lima (AFP) –" on
  // France 24's page), so it comes before the agency's dateline.
  // ("Copyright c 2023 The Nation": the sign typed as a letter)
  { zones: ["footer"], re: /^(?:copyright|\(c\)|©)\s*(?:©\s*|c\s+(?=(?:19|20)\d\d))?(.+)$/i, pick: pickCopyright, last: true },
  // the name before the sign: "Perú21 © 2023 Todos los derechos reservados. Empresa Editora …", "Reddit Inc © 2023."
  // (not "Cookie Settings © 2023 The Irish Times DAC": a holder after the year is the one)
  // ("Corporación La Prensa, S.A. © 2023.": the company's legal form and its word for itself are no part of the name)
  { zones: ["footer", "end"], has: ["©"], re: /^(\p{Lu}[\p{L}\d&.'’ -]{1,40}?(?:,\s*(?:Inc|Ltd|LLC|S\.?A\.?C?|S\.?L\.?U?)\.?)?)\s*©\s*(?:19|20)\d\d\b\s*(?:$|[·|•.,–—-]|todos los derechos|all rights)/iu, pick: (m) => {
    const name = m[1].trim().replace(/,?\s+(?:Inc|Ltd|LLC|S\.?A\.?C?|S\.?L\.?U?)\.?$/i, "").replace(/^(?:corporación|grupo|empresa editora|editora)\s+(?=\p{Lu})/iu, "");
    return lookupPlace(name) || PLATFORM_OWNER.test(name) || /derechos reservados|rights reserved|copyright/i.test(name) ? null : name;
  } },
  // "Términos y Condiciones | Política de Privacidad | © 2023 Infobae" at the very end of the page
  // ("Front Line Defenders is a registered charity in Ireland. © 2023 Front Line Defenders")
  { zones: ["footer", "end"], re: /(?:^|[|·•]\s*|[.!]\s+)(?:copyright\s*)?©\s*(.+)$/i, pick: pickCopyright, last: true },
  // a rights line without the sign: "Pachamama Radio - Puno, Perú. Todos los derechos reservados."
  // ("Diario Los Andes | Jr. Ilave, Puno | Todos los derechos reservados")
  { zones: ["footer", "end"], re: /^(\p{Lu}[\p{L}\d&.'’ ]{1,50}?)(?:\s[-–—|]\s[^|]{1,40}?)?(?:\.\s*|\s[|·•]\s)(?:todos los derechos reservados|all rights reserved)\.?$/iu, pick: (m) => (lookupPlace(m[1]) ? null : m[1].trim()) },
  // "LIMA, 12 ene (Reuters) -", "Lima, 15 de enero (EFE).-", "Huamanga, dic. 16 (ANDINA).", "MADRID (EUROPA PRESS) -"
  // ("Lima, Dec 16 (Prensa Latina) The number of …": some agencies put no dash after their name)
  { zones: ["header", "lead"], re: new RegExp(`^\\p{Lu}[\\p{L}\\d .'-]{1,40},?\\s.{0,30}?\\((${AGENCY_NAMES})\\)\\s*(?:\\.?\\s*[-–—]|[.:](?=\\s|$)|$|(?=\\p{Lu}\\p{Ll}))`, "iu"), pick: (m) => AGENCIES[m[1].toLowerCase()] ?? null },
  // "Redacción BBC News Mundo", "Redacción La República": the desk is the publication's
  // ("Redacción EC" gives only initials, which name no publication a reader would know)
  { zones: ["header"], re: /^(?:por\s+)?redacci[oó]n\s+(\p{Lu}[\p{L}\d .&'’-]{2,40})$/iu },
  // "Por Agencia Andina", "Agencia EFE" under the headline
  { zones: ["header"], re: /^(?:por\s+)?(agencia\s+\p{L}+(?:\s\p{L}+)?)$/iu, pick: (m) => canonical(m[1]) },
  // republished wire copy that ends with its agency: "… informó la entidad. (EFE)"
  { zones: ["tail"], re: new RegExp(`[.!?»"”]\\s*\\((${AGENCY_NAMES})\\)\\.?$`, "iu"), pick: (m) => AGENCIES[m[1].toLowerCase()] ?? null },
  // a wire agency's name closing its copy: "EFE", "(c) Agencia EFE", "© Agence France-Presse"
  { zones: ["footer"], re: new RegExp(`^(?:\\(c\\)\\s*|©\\s*)?((?:agencia\\s+|agence\\s+)?(?:${AGENCY_NAMES}|france[- ]presse))\\.?$`, "iu"), pick: (m) => canonical(m[1]) },
  // "Fuente: Andina" with no site's own name anywhere: the agency is the source after all
  { zones: ["header", "footer", "credits"], re: /^(?:source|fuente)\s*:?\s+(.{2,60}?)\.?$/i, pick: (m) => (isAgency(m[1]) ? canonical(m[1]) : null) },
  // the site's own line under the article: "Caritas Internationalis – News – 23/01/2023"
  { zones: ["end", "footer"], re: /^(\p{Lu}[\p{L}&.'’ ]{1,50}?)(?:\s[–—|-]\s[\p{L} ]{2,20})?\s[–—|-]\s\d{1,2}[/.-]\d{1,2}[/.-]\d{4}$/u, pick: (m) => (lookupPlace(m[1]) ? null : m[1]) },
  // a newsletter's own sign-up box under the text: "Subscribe to Andes Notebook"
  { zones: ["end", "footer"], re: /^[Ss]ubscribe to (?!our\b|the newsletter\b|newsletters?\b)(\p{Lu}[\p{L}\d&'’ .-]{1,50})$/u },
  // a byline that names the outlet with its agencies: "By Euronews with AFP, AP"
  // (or the byline without "By": "Le Monde with AFP", under a standfirst that already began the body)
  // (the whole line: "In an interview with Reuters, …" is a sentence, not a byline)
  { zones: ["header", "lead"], re: new RegExp(`^(?:by\\s+)?(\\p{Lu}[\\p{L}\\d&. ]{1,30}?)\\s+with\\s+(?:${AGENCY_NAMES}|agencies|wires)(?:\\s*(?:,|&|and)\\s*(?:${AGENCY_NAMES}))*\\.?$`, "iu"), pick: (m) => (isNameLine(m[1].trim()) || /^(?:in|on|at|an?|the)\s/i.test(m[1]) ? null : m[1].trim()) },
  // last: the site's name from its masthead or its title line ("… - BBC News")
  { zones: ["site"], re: /^(.{2,60})$/ },
  // a photo taken for the paper: "Credit...Ana Lucía Paz for The New York Times"
  { zones: ["header", "top"], has: [" for The "], re: /(?:[Cc]redit|CREDIT|[Pp]hoto(?:graph)?s?|[Ff]oto)\b[^\n]{0,80}?\sfor\s+(The\s+\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+){0,3})\.?$/u },
  // the page asking for its readers' support: "Please support ScheerPost's independent journalism",
  // "join CODEPINK's Peru solidarity call"
  { zones: ["end", "footer", "credits"], has: ["upport", "oin ", "onate", "ubscribe"], re: /\b(?:[Ss]upport|[Jj]oin|[Dd]onate to|[Ss]ubscribe to)\s+(\p{Lu}[\p{L}\d&.!-]*(?:\s+(?:on\s+|of\s+)?\p{Lu}[\p{L}\d&.!-]*){0,3})['’]s\s+(?:[\p{L}-]+\s+){0,3}?(?:journalism|reporting|work|campaigns?|call|newsletter|mission|coverage)\b/u, pick: (m) => (isNameLine(m[1]) || lookupPlace(m[1]) ? null : m[1]) },
  // "Support People's World" alone under the text; "Alborada is independent and reader-funded."
  { zones: ["body", "footer", "credits"], has: ["upport", "onate"], re: /^(?:[Ss]upport|[Dd]onate to)\s+(\p{Lu}[\p{L}\d'’&.!-]*(?:\s+\p{Lu}[\p{L}\d'’&.!-]*){0,3})[.!]?$/u, pick: (m) => (isNameLine(m[1]) || lookupPlace(m[1]) || /^(?:us|our)$/i.test(m[1]) ? null : m[1]) },
  { zones: ["body", "footer"], has: ["reader-", "non-profit", "nonprofit", "not-for-profit"], re: /(?:^|[.!?]\s+)(\p{Lu}[\p{L}\d'’&.!-]*(?:\s+\p{Lu}[\p{L}\d'’&.!-]*){0,3})\s+is\s+(?:an?\s+)?(?:independent,?\s+(?:and\s+)?)?(?:reader-funded|reader-supported|non-profit|nonprofit|not-for-profit)\b/u, pick: (m) => (isNameLine(m[1]) || lookupPlace(m[1]) ? null : m[1]) },
  // the newsroom asking for comment, which only the page's own writers do: "Newsweek has reached
  // out to Peru's Ministry of the Interior for comment", "Gestión buscó la versión del ministerio"
  { zones: ["body"], has: ["reached out", "contacted", " for comment", "buscó", "intentó comunicarse", "se comunicó"], re: /(?:^|[.!?]\s+)(\p{Lu}[\p{L}\d'’&.!-]*(?:\s+\p{Lu}[\p{L}\d'’&.!-]*){0,3})\s+(?:(?:has|had)\s+)?(?:reached out to|contacted|emailed|asked)\s+[^.]{3,120}?\s+for\s+(?:comment|a comment|a response|further comment)\b|(?:^|[.!?]\s+)(\p{Lu}[\p{L}\d'’&.!-]*(?:\s+\p{Lu}[\p{L}\d'’&.!-]*){0,3})\s+(?:buscó la versión|intentó comunicarse con|se comunicó con)\b/u, pick: (m, author) => {
    const name = m[1] ?? m[2];
    // (a person, a place or a pronoun asking is no newsroom)
    return isNameLine(name) || lookupPlace(name) || /^(?:he|she|they|we|it|the|this|él|ella|ellos|el|la)$/i.test(name) || (author && author.toLowerCase().includes(name.toLowerCase())) ? null : name;
  } },
];

const MINOR = new Set(["the", "and", "of", "de", "del", "la", "el", "news", "media", "group", "grupo"]);
const significant = (s: string) => s.toLowerCase().split(/[^\p{L}\d]+/u).filter((w) => w.length >= 3 && !MINOR.has(w));

/**
 * The masthead's name in place of a copyright holder's, when they are one publisher ("The
 * Independent" over "Independent Digital News & Media", "BBC News" over "BBC") or when the page
 * names its masthead again in its text or footer and never names the holder there ("Mongabay" over
 * "Conservation news", "Buenos Aires Times | Editorial Perfil S.A.").
 */
function brandOver(holder: string, layout: Layout, copyrightLine: string): string | null {
  // ("Otago Daily Times" / "© Allied Press Limited 2023": the paper's name right over its owner's copyright)
  const at = layout.footer.indexOf(copyrightLine);
  const over = at > 0 ? layout.footer[at - 1] : at === 0 ? layout.plain[layout.plain.length - 1] ?? null : null;
  if (over && over.length <= 50 && isMastheadLike(over) && plausible(over, null) && !sectionOrPlace(over) && !significant(over).some((w) => significant(holder).includes(w))) return canonical(over);
  const words = new Set(significant(holder));
  // ("Dow Jones & Company" under "The Wall Street Journal": a holder named as a company owns the masthead)
  // (so does one whose line gives its legal form: "© 2023 Unidad Editorial Información General S.L.U.")
  const company = /\b(?:company|corporation|corp|holdings|enterprises|group|publishing|publications|communications|newspapers|media(?: group| company)?)\.?$/i.test(holder) || /&\s+co\b/i.test(holder) || /\s(?:S\.A\.C?\.?|S\.L\.U?\.?|SAC|Inc\.?|Ltd\.?|LLC|L\.P\.|GmbH|PLC|DAC)(?=[\s.,]|$)/.test(copyrightLine);
  for (const site of layout.siteNames ?? []) {
    if (site.toLowerCase() === holder.toLowerCase() || !plausible(site, null) || PLATFORM_OWNER.test(site)) continue;
    // ("THE GLOBE AND MAIL*": a masthead's marks are not its name)
    const name = canonical(site.replace(/[^\p{L}\d)!]+$/u, ""));
    // "EL PAÍS América" is the paper's edition for a region: the paper is El País
    const low0 = name.toLowerCase(), h = holder.toLowerCase();
    if (low0.startsWith(h + " ") && (lookupPlace(name.slice(h.length).trim()) || /^(?:en español|in english|edition|edición|am[eé]rica|americas|latin america|am[eé]rica latina|latinoam[eé]rica|mundo|world|international|internacional|global|europe|europa|asia|africa|áfrica)$/i.test(name.slice(h.length).trim()))) return null;
    // ("Communist Party" over "© 2023 Communist Party of Britain": the name in full)
    if (h.startsWith(low0 + " ") && /^(?:of|for|de|del)\s+\p{Lu}/u.test(holder.slice(name.length + 1))) return holder;
    if (significant(site).some((w) => words.has(w)) || (company && (!sectionOrPlace(site) || site.includes(" ")))) return name;
    const low = site.toLowerCase();
    const named = [...layout.plain, ...layout.footer].some((l) => l !== copyrightLine && l.toLowerCase().includes(low));
    if (named) return name;
  }
  return null;
}

/** A publication name is a short proper name, not a sentence, an address or an author. */
function plausible(name: string, author: string | null): boolean {
  if (name.length < 2 || name.length > 60) return false;
  // ("Internationalist 360°" has a number in its name; "350 Fifth Avenue" is an address)
  if (/https?:|www\.|@|\d{4,}|\d{3,}\s+\p{L}+\s+(?:street|st|avenue|ave|road|rd|jr|jirón|av)\b/iu.test(name)) return false;
  if (name.split(/\s+/).length > 7) return false;
  if (author && name.toLowerCase() === author.toLowerCase()) return false;
  // ("Update, 12 January 2023: This article was updated …": a note's label, not a name)
  if (/^(?:update[sd]?|correction|editor'?s note|note|nota del editor|fe de erratas)$/i.test(name)) return false;
  // (the platform a post or a page was copied from is not its publication: "Instagram from Meta")
  if (PLATFORM_OWNER.test(name)) return false;
  // ("Our Network", "Our Channels" over the copyright: the footer's own menu)
  if (/^(?:our|my|your|about|follow|connect|contact)\s/i.test(name)) return false;
  // ("teleSUR", "eju.tv": a brand's capitals may come later in the word; "rabble.ca" is its address)
  return /^[\p{Lu}\d]|^\p{Ll}+\p{Lu}|^\p{Ll}[\p{L}\d-]{2,30}\.(?:ca|com|org|net|tv|pe|info|news|es|co\.uk)$/u.test(name);
}

/** A pattern's prefilter strings as one regex, built once: one pass over a line instead of one per string. */
const HAS_RE = new Map<SourcePattern, RegExp>();
function hasRe(p: SourcePattern): RegExp {
  let re = HAS_RE.get(p);
  if (!re) HAS_RE.set(p, (re = new RegExp(p.has!.map((h) => h.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"))));
  return re;
}

export interface SourceResult {
  source: string | null;
  evidence: string | null;
}

const isSiteName = (name: string, layout: Layout) => (layout.siteNames ?? []).some((n) => n.toLowerCase() === name.trim().toLowerCase());

/** Initials ("OT") as the page spells them out ("Orinoco Tribune"), if it does. */
function spelledOut(initials: string, layout: Layout): string | null {
  if (!/^\p{Lu}{2,4}$/u.test(initials)) return null;
  // (a brand the page itself goes by, "CNN" again and again, stays as it is)
  const uses = [...layout.header, ...layout.plain, ...layout.footer].reduce((n, l) => n + (l.match(new RegExp(`\\b${initials}\\b`, "g"))?.length ?? 0), 0);
  if (uses > 1) return null;
  const words = `(\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:of|the|de|del|la|for|and|y)?\\s*\\p{Lu}[\\p{L}'’-]+){${initials.length - 1}})`;
  const re = new RegExp(words, "gu");
  for (const line of [...layout.footer, ...layout.plain.slice(-10), ...(layout.siteNames ?? [])]) {
    for (const m of line.matchAll(re)) {
      const caps = m[1].split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join("");
      if (caps === initials) return m[1];
    }
  }
  return null;
}

/** The site's name as the text spells it in full, with the kind of outlet before it: "Radio Juliaca La Decana". */
function mediaSpelling(name: string, layout: Layout): string | null {
  if (name.length < 4 || /^(?:radio|diario|canal|revista|semanario)\b/i.test(name)) return null;
  const esc = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const re = new RegExp(`\\b((?:Radio|Diario|Canal|Revista|Semanario|Televisión|Radio y Televisión)(?:\\s+\\p{Lu}[\\p{L}\\d]+){0,3}\\s+${esc})(?![\\p{L}\\d])`, "u");
  for (const p of layout.plain) {
    if (!p.includes(name)) continue;
    const m = re.exec(p);
    if (m) return m[1];
  }
  return null;
}

export function extractSource(layout: Layout, author: string | null, front?: string): SourceResult {
  if (front) return { source: front, evidence: "front matter" };
  // an outlet's name in the author's slot ("Writer's picture Kawsachun News") names the publication
  const outlets = layout.chromeAuthors.filter((a) => /\s(?:news|press|media|radio|tv|agency|times|post|report|dispatch|noticias|prensa)$/i.test(a.trim()));
  // (the lead may come after a standfirst and a photo caption that already began the body)
  const zones: Record<Zone, string[]> = { header: layout.header, lead: layout.plain.slice(0, 3), top: layout.plain.slice(0, 6), footer: layout.footer, credits: layout.credits, tail: layout.plain.slice(-1), end: layout.plain.slice(-5), site: [...(layout.siteNames ?? []), ...outlets], body: layout.plain };
  for (const pattern of PATTERNS) {
    for (const zone of pattern.zones) {
      const lines = pattern.last ? [...zones[zone]].reverse() : zones[zone];
      for (const line of lines) {
        if (pattern.has && !hasRe(pattern).test(line)) continue;
        const m = line.match(pattern.re);
        if (!m) continue;
        const raw = (pattern.pick ? pattern.pick(m, author, layout) : m[1])
          ?.replace(/\s*\(\s*\)/g, "")
          // "Source: WOLA, www.wola.org": the name, not its address
          ?.replace(/,?\s*(?:https?:\/\/|www\.)\S+$/i, "")
          // "Source: Al Jazeera and news agencies": the publication, not its wire services
          ?.replace(/\s+(?:and|with|y|con)\s+(?:news\s+|other\s+)?(?:agencies|wires|wire services|agencias)$/i, "")
          // "Source: teleSUR / EFE": the publication first, the agency it drew on after it;
          // "Fuente: Defensoría del Pueblo / EFE / teleSUR": the page's own masthead wherever it stands
          ?.split(/\s+\/\s+/)
          .reduce((pick, part) => (isSiteName(part, layout) && !isSiteName(pick, layout) ? part : pick))
          // "AMNESTY INTERNATIONAL    PRESS RELEASE": the organization, not the kind of document
          ?.replace(/\s+(?:press release|news release|media release|public statement|nota de prensa|comunicado(?: de prensa)?)$/i, "")
          // "Al Jazeera Media Network": the publication, not its group
          ?.replace(/\s+(?:media network|media group|media company|publishing group|publishing company|news group)$/i, "")
          .replace(/[\s.,;:]+$/, "")
          .trim() ?? null;
        // ("© 2023 npr": a site's initials in lower case, which the page prints in capitals elsewhere, "About NPR")
        // ("Copyright © euronews 2023": a brand that writes itself in lower case, cited capitalized)
        const initials = raw && /^\p{Ll}{2,5}$/u.test(raw) && [...layout.plain, ...layout.footer, ...layout.header].some((l) => new RegExp(`\\b${raw.toUpperCase()}\\b`).test(l)) ? raw.toUpperCase() : raw && pattern.last && /^\p{Ll}{4,20}$/u.test(raw) ? raw[0].toUpperCase() + raw.slice(1) : raw;
        // ("Caracas, December 13, 2022 (OT) —" and "© 2022 Orinoco Tribune": the initials spelled out on the page)
        const name = initials ? canonical(spelledOut(initials, layout) ?? initials) : null;
        // "The Sydney Morning Herald" over "Copyright © 2023": a copyright with no holder is the name's above it
        if (!name && pattern.last && /^(?:copyright\s*)?(?:©|\(c\))?\s*(?:copyright\s*)?(?:19|20)\d\d\.?$/i.test(line.trim())) {
          const at = layout.footer.indexOf(line);
          const above = at > 0 ? layout.footer[at - 1] : at === 0 ? layout.plain[layout.plain.length - 1] : undefined;
          if (above && above.length <= 50 && isMastheadLike(above) && plausible(above, author)) return { source: canonical(above), evidence: `${above} / ${line}` };
        }
        if (name && plausible(name, author)) {
          // A copyright line names the company; the masthead names the publication people know
          const brand = pattern.last ? brandOver(name, layout, line) : null;
          if (brand) return { source: brand, evidence: line };
          // ("© 2023 BBC" under a byline's "BBC News Mundo": the edition the writer filed for)
          const edition = pattern.last ? layout.header.find((h) => h.length <= 40 && h.startsWith(name + " ") && isMastheadLike(h) && h.split(/\s+/).length <= 4) : undefined;
          if (edition) return { source: canonical(edition), evidence: `${edition} / ${line}` };
          // ("(CNN Español) --" under the masthead "CNN en Español": the page's own spelling of its name)
          // (the same words, spelled out: not "Pachamama Radio 850 AM" for "Pachamama Radio", nor "BNN Bloomberg" for Bloomberg)
          const words = significant(name).sort().join(" ");
          const fuller = words ? (layout.siteNames ?? []).find((site) => site.toLowerCase() !== name.toLowerCase() && plausible(site, author) && significant(site).sort().join(" ") === words) : undefined;
          // ("La Decana" over the page, "dijo a Radio Juliaca La Decana" in the text: the name in full)
          return { source: fuller ? canonical(fuller) : (isSiteName(name, layout) && mediaSpelling(name, layout)) || name, evidence: line };
        }
      }
    }
  }
  // the page citing itself: "Chicago: Condori Flores, Mariana. "…" E-International Relations, December 18, 2023."
  for (const line of citationLines(layout)) {
    const name = citedSource(line);
    if (name && plausible(name, author)) return { source: canonical(name), evidence: line };
  }
  return { source: null, evidence: null };
}
