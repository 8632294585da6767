// Scraped articles arrive wrapped in page chrome: site navigation, share and subscribe prompts,
// bylines glued to widget labels, copyright and disclaimer footers. This module splits a text into
// the parts the other extractors need — header lines, body paragraphs, footer lines — and drops the
// chrome. The patterns are one table of general web-page boilerplate, not rules for one site.

export interface Layout {
  /** lines before the body, chrome removed (headline, standfirst, byline, dateline…) */
  header: string[];
  /** body paragraphs as Markdown-ish text (links to real addresses kept) */
  body: string[];
  /** the same paragraphs as plain text (links reduced to their text) for the extractors */
  plain: string[];
  /** boilerplate lines from the end of the page (copyright, disclaimer, "original source"…) */
  footer: string[];
  /** names found in page-builder chrome such as "Writer's picture<Name>" */
  chromeAuthors: string[];
  /**
   * credit lines ("Fuente: Andina") from above or below the body, which may name the publication; one
   * under a chart mid-article names a data source instead and is not kept
   */
  credits: string[];
}

/** Lines that are page furniture wherever they appear; they never reach the body. */
const CHROME: RegExp[] = [
  /^(top|bottom) of (the )?page$/i,
  /^skip to (main )?(content|navigation)$/i,
  /^(menu|home|search|close|login|log in|sign in|sign up|register|subscribe|share|tweet|print|email|e-mail|advertisement|ad|sponsored|related|related articles|read more|more|comments?|reply|next|previous|back to top)$/i,
  /^(share|print|email|e-mail)( this( article| story| page)?)?( on| via| with)? ?(facebook|twitter|x|whatsapp|telegram|linkedin|reddit|email)?[.:]?$/i,
  /^(region|theme|tags?|topics?|categor(y|ies)|filed under|section)\s*:/i,
  /\b(?:follow us on|subscribe to our|sign up for (?:our|the)|click here|share buttons|repost and share|newsletter|síguenos|siguenos|suscríbete a|suscribete a|unete a nuestro|recibe (?:las|nuestras) (?:noticias|alertas)|descarga (?:la|nuestra) app|activa las notificaciones)\b|únete a nuestro/i,
  /^all .{1,40} articles can be read in \d+ languages/i,
  /^(note to readers|for media inquiries|comment on .{0,60} articles)/i,
  /^become a (member|subscriber|patron)\b/i,
  /^all images in this article are from/i,
  /^(support|donate to) (us|our work|independent)/i,
  /^(photo|image|picture|credit)s?\s*:\s*\S.{0,80}$/i,
  /^[*•·\-–—_=~#]{1,5}$/,
  // Spanish pages
  /^(menú|inicio|portada|buscar|cerrar|ingresar|iniciar sesión|regístrate|registrarse|suscríbete|suscribirse|compartir|comparte|tuitear|imprimir|enviar|publicidad|anuncio|patrocinado|contenido patrocinado|relacionadas|noticias relacionadas|notas relacionadas|más noticias|lo último|últimas noticias|lo más leído|más leídas|más leído|más vistas|ver más|leer más|lee más|comentarios|comentar|siguiente|anterior|volver arriba|ir arriba|ir al contenido|saltar al contenido|en vivo|escuchar|escucha la noticia|escuchar noticia|boletín|copiar enlace|copiar link|guardar|seguir|te puede interesar|lee también|lea también|leer también|mira también|ver también|te recomendamos|recomendados|más en .{2,25})[.:]?$/i,
  /^(compartir|comparte|compártelo)( esta (nota|noticia|publicación))?( en| por| vía)? ?(facebook|twitter|x|whatsapp|telegram|linkedin|email|correo)?[.:]?$/i,
  /^(etiquetas|temas|tags|categoría|categorías|sección|archivado en|palabras clave|te puede interesar|lee también|lea también|leer también|mira también|ver también|te recomendamos|recomendado|relacionados?|relacionadas?|más información|más en [A-Za-zÀ-ÖØ-öø-ÿ ]{2,25})\s*:/i,
  /^(foto|fotos|fotografía|imagen|crédito|créditos|video|vídeo|ilustración|infografía)\s*:\s*\S.{0,100}$/i,
  /^(tiempo de )?lectura\s*:?\s*\d+\s*min/i,
  /^\d+\s*min(utos)? de lectura$/i,
  // wire signatures: "(FIN) JCC/RRC", "ja/mr/ssa", "rsr/ll/dga"
  /^\((fin|end)\)/i,
  /^[a-z]{2,5}(\/[a-z]{2,5}){1,5}$/i,
];

/** "Lee también" alone: the next line is another article's headline. */
const RELATED_LABEL = /^(te puede interesar|lee también|lea también|leer también|mira también|ver también|te recomendamos|relacionadas|noticias relacionadas|notas relacionadas|más noticias|etiquetas|temas|tags|palabras clave|read more|read also|see also|related|related articles|related stories)[.:]?$/i;
/** A line that names where an article came from without being the page's own footer. */
const CREDIT = /^(?:fuente|source)\s*:\s*\S.{0,60}$/i;

/** A line that starts the page footer: it and everything after it is boilerplate, not article. */
const FOOTER_START: RegExp[] = [
  /^the original source of this article is\b/i,
  /^(copyright|©|\(c\))\s/i,
  /^disclaimer\s*:/i,
  /^articles by\s*:/i,
  /^all rights reserved\b/i,
  /^this article (was )?(originally|first) (published|appeared)\b/i,
  /^todos los derechos reservados\b/i,
  /^(esta|este) (nota|artículo|texto|información) (fue )?(publicad[oa]|difundid[oa]) (originalmente|por primera vez)\b/i,
  // Reuters' Spanish service signs off with its reporters: "(Reporte de …; editado por …)"
  /^\((reporte|reportaje|información|informacion|reporting|additional reporting) (de|por|by)\s/i,
];

/**
 * A wire agency's name alone on a line: at the end it closes the agency's copy ("EFE", "(c) Agencia
 * EFE") and starts the footer; anywhere else it is a photo credit.
 */
const AGENCY_ALONE = /^(?:\(c\)\s*|©\s*)?(?:agencia\s+)?(?:EFE|AFP|ANDINA|Andina|Europa Press|EUROPA PRESS|Reuters|REUTERS|AP|ANSA|dpa|Xinhua)\.?$/;

/** Chrome that carries a name: site builders print the author's avatar label glued to the name. */
const CHROME_AUTHOR = /^(?:[•·*\-]\s*)?writer'?s\s+picture\s*(.{3,80})$/i;

const LINK = /\[([^[\]\n]*)\]\(([^()\s]*)(?:\s+"[^"\n]*")?\)/g;

function reduceLinks(s: string, keepReal: boolean): string {
  return s.replace(LINK, (_m, text: string, href: string) => (keepReal && /^https?:\/\//i.test(href) && text.trim() ? `[${text}](${href})` : text));
}

// One regex for the whole table: a line is tested once, not once per pattern (the table is tested
// against every line of every article).
const CHROME_RE = new RegExp(CHROME.map((re) => `(?:${re.source})`).join("|"), "i");

export function isChrome(line: string): boolean {
  const t = line.replace(/^[•·*\-]\s+/, "").trim();
  return CHROME_RE.test(t);
}

const FOOTER_RE = new RegExp(FOOTER_START.map((re) => `(?:${re.source})`).join("|"), "i");

export function isFooterStart(line: string): boolean {
  return FOOTER_RE.test(line.trim());
}

const SENTENCE_END = /[.!?:"”’)\]…]$/;

/**
 * Paragraph units: blank-line separated blocks, split further into lines when a block holds one
 * paragraph per line (some scrapes drop the blank lines), but re-joined where a line was merely
 * hard-wrapped (no sentence end, next line starts in lower case).
 */
export function paragraphs(text: string): string[] {
  const out: string[] = [];
  for (const block of text.split(/\n[ \t]*\n/)) {
    const lines = block.split("\n").map((l) => l.replace(/[ \t]+/g, " ").trim()).filter(Boolean);
    let cur = "";
    for (const line of lines) {
      if (cur && !SENTENCE_END.test(cur) && /^[a-zà-ÿ(]/.test(line)) cur += " " + line;
      else {
        if (cur) out.push(cur);
        cur = line;
      }
    }
    if (cur) out.push(cur);
  }
  return out;
}

/** A byline or dateline within the next two lines: the line before them is a standfirst, however long. */
function bylineFollows(paras: string[], i: number): boolean {
  for (let k = i + 1, seen = 0; k < paras.length && seen < 2; k++) {
    const next = paras[k].trim();
    if (isChrome(next)) continue;
    if (isByline(next) || isDateline(next)) return true;
    seen++;
  }
  return false;
}

/** A header line is short and not a sentence of running text. */
function isHeaderish(line: string): boolean {
  return line.length <= 300;
}

// The name after "by"/"por" is capitalized: "Por qué el sur se levantó" is a headline, not a byline.
const BYLINE = /^(?:by|por|escrito por|texto|autor|autora|written by|words by|reporting by)\s*:?\s+(?=\S)/i;
const DATELINE_DATE = "(?:\\d{1,2}\\s+(?:de\\s+)?\\p{L}{3,10}\\.?,?\\s+(?:de\\s+|del\\s+)?\\d{4}|\\p{L}{3,10}\\.?\\s+\\d{1,2},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4})";
const DATELINE_ONLY = new RegExp(
  "^(?:(?:published|posted|updated|last updated|fecha|publicado|publicada|actualizado|actualizada|última actualización)(?:\\s+(?:el|on))?\\s*:?\\s*)?" +
    "(?:\\p{Lu}[\\p{L}&.'’ -]{1,60},\\s*)?" +
    "(?:(?:mon|tue|wed|thu|fri|sat|sun|lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo)\\p{L}*\\.?,?\\s+)?" +
    DATELINE_DATE +
    "(?:[\\sT,|–—-]+(?:a las\\s+)?[\\d:.]+\\s*(?:am|pm|a\\.\\s?m\\.|p\\.\\s?m\\.|h|hrs?\\.?|horas)?\\s*\\p{Lu}{0,4})?$",
  "iu",
);

export function isByline(line: string): boolean {
  const m = line.length <= 120 ? BYLINE.exec(line) : null;
  return m !== null && /^[\p{Lu}\[]/u.test(line.slice(m[0].length));
}

export function isDateline(line: string): boolean {
  return DATELINE_ONLY.test(line.trim());
}

export function segment(text: string): Layout {
  const header: string[] = [];
  const body: string[] = [];
  const plain: string[] = [];
  const footer: string[] = [];
  const chromeAuthors: string[] = [];
  const credits: { line: string; at: number }[] = [];
  let inFooter = false;
  // after "Lee también" alone, the lines that read as headlines belong to other articles
  let related = 0;
  let inBody = false;
  let headerLines = 0;

  const paras = paragraphs(text);
  for (let pi = 0; pi < paras.length; pi++) {
    const raw = paras[pi];
    const line = reduceLinks(raw, false).trim();
    if (!line) continue;
    const author = line.match(CHROME_AUTHOR);
    if (author) {
      chromeAuthors.push(author[1].trim());
      continue;
    }
    // labels, credits and signatures are short lines; a paragraph is not tested against them
    const short = line.length <= 80;
    if (short && !inFooter && AGENCY_ALONE.test(line)) {
      if (paras.length - pi > 3) continue;
      inFooter = true;
    }
    if (inFooter || isFooterStart(line)) {
      inFooter = true;
      footer.push(line);
      continue;
    }
    if (short && RELATED_LABEL.test(line)) related = 4;
    else if (related > 0) {
      related--;
      if (line.length <= 160 && !/[.!?]["”’)]?$/.test(line)) continue;
      related = 0;
    }
    if (short && CREDIT.test(line)) {
      credits.push({ line, at: plain.length });
      continue;
    }
    if (isChrome(line)) {
      // Chrome lines with information (Region/Theme) are dropped from the body but a footer-like
      // "Articles by" never appears here: FOOTER_START caught it above.
      continue;
    }
    if (!inBody) {
      // The header is the headline block: short lines, bylines and datelines, before the first
      // paragraph of running text. A long first line is a lead, and then there is no header.
      const sentenceLike = line.length > 160 || (/[.!?]["”’)]?$/.test(line) && line.split(/\s+/).length > 12);
      if (headerLines < 8 && isHeaderish(line) && (!sentenceLike || bylineFollows(paras, pi))) {
        header.push(line);
        headerLines++;
        continue;
      }
      inBody = true;
    }
    body.push(reduceLinks(raw, true).trim());
    plain.push(line);
  }
  return { header, body, plain, footer, chromeAuthors, credits: credits.filter((c) => c.at === 0 || c.at === plain.length).map((c) => c.line) };
}
