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

export function bodyMarkdown(paragraphs: string[]): string {
  return paragraphs.map((p, i, all) => (isSubheading(p, i, all) ? `### ${p}` : p)).join("\n\n");
}

export function renderBody(paragraphs: string[]): string {
  return String(processor.processSync(bodyMarkdown(paragraphs)));
}
