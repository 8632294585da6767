// Body text → HTML. The text is untrusted (scraped pages, other people's copy-paste), so it goes
// through remark with sanitizing on: raw HTML, scripts, event handlers and javascript: links are
// dropped, and only Markdown's own constructs reach the page.
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkHtml from "remark-html";

const processor = unified().use(remarkParse).use(remarkHtml, { sanitize: true });

/** A short line between paragraphs with no sentence punctuation reads as a section heading. */
function isSubheading(p: string, i: number, all: string[]): boolean {
  if (i === 0 || i === all.length - 1) return false;
  const words = p.split(/\s+/).length;
  return words >= 2 && words <= 10 && p.length <= 80 && /^[\p{Lu}\d]/u.test(p) && !/[.!?:;,"”’)\]…*]$/.test(p) && !/\[|\(/.test(p);
}

/**
 * The body keeps one kind of Markdown link, [text](http…), which the layout step leaves in place.
 * Every other bracket is escaped: remark's link parser looks back over open brackets, so a text
 * of 50,000 '[' or '[a](' costs it quadratic time (tens of seconds), and a '![…](…)' would become
 * an image loaded from another site. A backslash escape already in the text is kept as it is.
 */
const REAL_LINK = /!?\[([^\[\]\n]{1,1000})\]\((https?:\/\/[^\s()<>\[\]]{1,2000})\)/g;
const BARE_BRACKET = /\\[\s\S]|[\[\]]/g;

function escapeBrackets(text: string): string {
  return text.replace(BARE_BRACKET, (m) => (m.length === 2 ? m : `\\${m}`));
}

/**
 * Past these counts a paragraph's Markdown is taken literally. remark pairs emphasis delimiters in
 * quadratic time (48,000 '**a' take it 37 s) and nests one block per leading '>' or list marker
 * (48,000 '> ' overflow the stack); no article needs more than a few of either.
 */
const MAX_EMPHASIS = 64;
const MAX_NESTING = 3;
const BARE_EMPHASIS = /\\[\s\S]|[*_]/g;
const NESTED_MARKERS = new RegExp(String.raw`^(?:[ \t]*(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))){${MAX_NESTING + 1},}`);

function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

function defuse(p: string): string {
  p = p.replace(NESTED_MARKERS, (run) => run.replace(/[>*+-]|(?<=\d)[.)]/g, (c) => `\\${c}`));
  let delimiters = 0;
  for (let i = 0; i < p.length && delimiters <= MAX_EMPHASIS; i++) if (p[i] === "*" || p[i] === "_") delimiters++;
  return delimiters > MAX_EMPHASIS ? p.replace(BARE_EMPHASIS, (m) => (m.length === 2 ? m : `\\${m}`)) : p;
}

export function safeLinks(p: string): string {
  if (!p.includes("[") && !p.includes("]")) return p;
  let out = "";
  let last = 0;
  for (const m of p.matchAll(REAL_LINK)) {
    out += escapeBrackets(p.slice(last, m.index)) + `[${escapeBrackets(m[1])}](${m[2]})`;
    last = m.index + m[0].length;
  }
  return out + escapeBrackets(p.slice(last));
}

function paragraphMarkdown(p: string, i: number, all: string[]): string {
  return isSubheading(p, i, all) ? `### ${p}` : defuse(safeLinks(p));
}

export function bodyMarkdown(paragraphs: string[]): string {
  return paragraphs.map(paragraphMarkdown).join("\n\n");
}

const MARKDOWN_PUNCTUATION = new Set("*_[]<>&`\\!#|~-");

/**
 * A long paragraph that is a tenth or more Markdown punctuation is noise (a pasted table border, a
 * prank), not prose, and remark spends ~15 µs on each escaped character: it is shown as plain text.
 */
function isNoise(p: string): boolean {
  if (p.length < 400) return false;
  let n = 0;
  for (let i = 0; i < p.length; i++) if (MARKDOWN_PUNCTUATION.has(p[i])) n++;
  return n > 100 && n * 10 > p.length;
}

const plainParagraph = (p: string) => `<p>${escapeHtml(p)}</p>\n`;

/**
 * Most paragraphs of news text contain nothing Markdown would act on: no emphasis, link, code,
 * HTML, entity or escape characters, and no list, quote or heading marker at the start. Those are
 * written out directly, exactly as remark would, which makes the body step several times faster;
 * anything else still goes through remark.
 */
const MARKDOWN_SIGNIFICANT = /[*_\[\]<&`\\!#|~]|^\s*(?:[-+>=]|\d{1,9}[.)](?:\s|$))|^ {4}/;
export function isPlain(p: string): boolean {
  return !MARKDOWN_SIGNIFICANT.test(p);
}

export function renderBody(paragraphs: string[]): string {
  const html: string[] = [];
  let run: number[] = [];
  const flush = () => {
    if (!run.length) return;
    try {
      html.push(String(processor.processSync(run.map((i) => paragraphMarkdown(paragraphs[i], i, paragraphs)).join("\n\n"))));
    } catch {
      // Whatever remark chokes on, the article is still published: as plain paragraphs.
      html.push(run.map((i) => plainParagraph(paragraphs[i])).join(""));
    }
    run = [];
  };
  paragraphs.forEach((p, i) => {
    if (isPlain(p)) {
      flush();
      // A plain paragraph holds no & or <, so its text is already HTML: this is remark's own output.
      html.push(isSubheading(p, i, paragraphs) ? `<h3>${p}</h3>\n` : `<p>${p}</p>\n`);
    } else if (isNoise(p)) {
      flush();
      html.push(plainParagraph(p));
    } else run.push(i);
  });
  flush();
  return html.join("");
}
