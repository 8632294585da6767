// A "Cite this article" box: the page's own reference to itself, in a citation style, names its
// writer, its publication and its date when the page's furniture (logo, byline) did not survive the copy.
//   Chicago: Condori Flores, Mariana. "Peru One Year On …" E-International Relations, December 18, 2023.
//   MLA: Condori Flores, Mariana. "Peru One Year On …" E-International Relations, 18 Dec. 2023, www…
// A reference list under an essay cites other works in the same forms, so only a line labelled with
// its style ("Chicago:") or under a "Cite this article" heading is read.

import type { Layout } from "./layout.ts";

const STYLE_LABEL = /^(?:apa|mla|chicago|harvard|vancouver|ieee|turabian|bibtex)(?:\s*\([^)]{1,20}\))?\s*:\s*/i;
const CITE_HEADING = /^(?:cite this (?:article|post|page|piece|essay|report)|how to cite(?: this (?:article|post|page))?|cite as|citation|please cite (?:this|as)|para citar(?: este (?:artículo|texto))?|cómo citar(?: este (?:artículo|texto))?)\s*:?\s*/i;
/** "Surname, Given. " opening the reference, then a quoted title */
const CITED_AUTHOR = /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3}),\s+(\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+)){0,2})\.\s+["“'‘]/u;
/** the publication after the quoted title, up to the comma before the date or the address */
const CITED_SOURCE = /["“'‘][^"”’\n]{8,300}?["”’][.,]?\s+(\p{Lu}[^,\n]{1,60}?)(?:\s*\((?:blog|online|website)\))?,\s+(?:\d|[A-Z][a-z]{2,8}\.?\s+\d|https?:|www\.)/u;

/** The lines of the page's citation box, each without its style label. */
export function citationLines(layout: Layout): string[] {
  const lines = [...layout.plain.slice(-20), ...layout.footer];
  const out: string[] = [];
  let under = 0;
  for (const line of lines) {
    if (line.length <= 40 && CITE_HEADING.test(line) && CITE_HEADING.exec(line)![0].length === line.length) {
      under = 3;
      continue;
    }
    const label = STYLE_LABEL.exec(line);
    if (label) out.push(line.slice(label[0].length));
    else if (under > 0) out.push(line.replace(CITE_HEADING, ""));
    if (under > 0) under--;
  }
  return out;
}

/** "Condori Flores, Mariana. "…"" → "Mariana Condori Flores" */
export function citedAuthor(line: string): string | null {
  const m = CITED_AUTHOR.exec(line);
  return m ? `${m[2]} ${m[1]}` : null;
}

/** "… "Title." E-International Relations, December 18, 2023." → "E-International Relations" */
export function citedSource(line: string): string | null {
  const m = CITED_SOURCE.exec(line);
  return m ? m[1].trim() : null;
}
