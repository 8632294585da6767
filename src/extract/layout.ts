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
}

/** Lines that are page furniture wherever they appear; they never reach the body. */
const CHROME: RegExp[] = [
  /^(top|bottom) of (the )?page$/i,
  /^skip to (main )?(content|navigation)$/i,
  /^(menu|home|search|close|login|log in|sign in|sign up|register|subscribe|share|tweet|print|email|e-mail|advertisement|ad|sponsored|related|related articles|read more|more|comments?|reply|next|previous|back to top)$/i,
  /^(share|print|email|e-mail)( this( article| story| page)?)?( on| via| with)? ?(facebook|twitter|x|whatsapp|telegram|linkedin|reddit|email)?[.:]?$/i,
  /^(region|theme|tags?|topics?|categor(y|ies)|filed under|section)\s*:/i,
  /\b(follow us on|subscribe to our|sign up for (our|the)|click here|share buttons|repost and share|newsletter)\b/i,
  /^all .{1,40} articles can be read in \d+ languages/i,
  /^(note to readers|for media inquiries|comment on .{0,60} articles)/i,
  /^become a (member|subscriber|patron)\b/i,
  /^all images in this article are from/i,
  /^(support|donate to) (us|our work|independent)/i,
  /^(photo|image|picture|credit)s?\s*:\s*\S.{0,80}$/i,
  /^[*•·\-–—_=~#]{1,5}$/,
];

/** A line that starts the page footer: it and everything after it is boilerplate, not article. */
const FOOTER_START: RegExp[] = [
  /^the original source of this article is\b/i,
  /^(copyright|©|\(c\))\s/i,
  /^disclaimer\s*:/i,
  /^articles by\s*:/i,
  /^all rights reserved\b/i,
  /^this article (was )?(originally|first) (published|appeared)\b/i,
];

/** Chrome that carries a name: site builders print the author's avatar label glued to the name. */
const CHROME_AUTHOR = /^(?:[•·*\-]\s*)?writer'?s\s+picture\s*(.{3,80})$/i;

const LINK = /\[([^\]\n]*)\]\(([^)\s]*)(?:\s+"[^"]*")?\)/g;

function reduceLinks(s: string, keepReal: boolean): string {
  return s.replace(LINK, (_m, text: string, href: string) => (keepReal && /^https?:\/\//i.test(href) && text.trim() ? `[${text}](${href})` : text));
}

export function isChrome(line: string): boolean {
  const t = line.replace(/^[•·*\-]\s+/, "").trim();
  return CHROME.some((re) => re.test(t));
}

export function isFooterStart(line: string): boolean {
  return FOOTER_START.some((re) => re.test(line.trim()));
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

/** A header line is short and not a sentence of running text. */
function isHeaderish(line: string): boolean {
  return line.length <= 300;
}

const BYLINE = /^(?:by|por|written by|words by|reporting by)\s+\S/i;
const DATELINE_ONLY = /^(?:(?:published|posted|updated|last updated|fecha)\s*:?\s*)?(?:[A-Z][\w&.'’ -]{1,60},\s*)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:\d{1,2}\s+(?:de\s+)?[a-z]{3,10}\.?,?\s+(?:de\s+)?\d{4}|[a-z]{3,10}\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2})(?:[\sT,|]+[\d:]+\s*(?:am|pm|a\.m\.|p\.m\.)?\s*[A-Z]{0,4})?$/i;

export function isByline(line: string): boolean {
  return BYLINE.test(line) && line.length <= 120;
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
  let inFooter = false;
  let inBody = false;
  let headerLines = 0;

  for (const raw of paragraphs(text)) {
    const line = reduceLinks(raw, false).trim();
    if (!line) continue;
    const author = line.match(CHROME_AUTHOR);
    if (author) {
      chromeAuthors.push(author[1].trim());
      continue;
    }
    if (inFooter || isFooterStart(line)) {
      inFooter = true;
      footer.push(line);
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
      if (headerLines < 8 && isHeaderish(line) && !sentenceLike) {
        header.push(line);
        headerLines++;
        continue;
      }
      inBody = true;
    }
    body.push(reduceLinks(raw, true).trim());
    plain.push(line);
  }
  return { header, body, plain, footer, chromeAuthors };
}
