// The archive's data downloads (/data/articles.json, /data/casualties.csv, /data/places.geojson),
// written by the build rather than by templates: at 10,000 articles they are over 100 MB, which
// Eleventy would hold as whole strings (and copies of them) in memory. Here each record or row is
// serialized and written in turn, and the bytes are the same as JSON.stringify(all, null, 1) and
// one CSV row per figure.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { csvRow } from "./csv.ts";
import { BufferedFile } from "../build/buffered-file.ts";
import type { SiteData } from "./site-data.ts";

export const CASUALTY_COLUMNS = ["article_id", "article_title", "article_date", "source", "count", "estimate", "qualifier", "kind", "who", "place", "place_id", "date", "total", "sentence", "article_url"];

/** An array as JSON.stringify(items, null, 1) prints it, one item at a time. */
function writeJsonArray(out: BufferedFile, items: unknown[]): void {
  if (!items.length) {
    out.write("[]");
    return;
  }
  out.write("[\n");
  items.forEach((item, i) => {
    // Inside the array every line of the item is indented one more space; JSON strings hold no
    // raw newlines, so every newline is the layout's.
    out.write(" " + JSON.stringify(item, null, 1).replace(/\n/g, "\n "));
    out.write(i + 1 < items.length ? ",\n" : "\n");
  });
  out.write("]");
}

export function writeDataFiles(siteDir: string, site: Pick<SiteData, "records" | "claims" | "geojson">): void {
  const dir = join(siteDir, "data");
  mkdirSync(dir, { recursive: true });
  const write = (name: string, fill: (out: BufferedFile) => void) => {
    const out = new BufferedFile(join(dir, name));
    try {
      fill(out);
    } finally {
      out.close();
    }
  };
  write("articles.json", (out) => {
    writeJsonArray(out, site.records);
    out.write("\n");
  });
  write("casualties.csv", (out) => {
    out.write(csvRow(CASUALTY_COLUMNS));
    for (const c of site.claims)
      out.write(csvRow([c.article.id, c.article.title, c.article.date, c.article.publication, c.count, c.estimate, c.qualifier, c.kind, c.who, c.place, c.placeRef ? c.placeRef.id : null, c.date, c.total, c.sentence, c.article.path]));
  });
  write("places.geojson", (out) => out.write(JSON.stringify(site.geojson, null, 1) + "\n"));
}
