// Pagefind indexes the rendered pages (only what carries data-pagefind-body: the articles) into
// <out>/pagefind/. Its Node API drives the pagefind binary that its npm package ships.
import * as pagefind from "pagefind";
import { join } from "node:path";
import { readFile } from "node:fs/promises";

export interface IndexStats {
  pages: number;
}

export async function buildSearchIndex(siteDir: string): Promise<IndexStats> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: undefined });
  if (!index) throw new Error(`pagefind could not start: ${errors.join("; ")}`);
  try {
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length) throw new Error(`pagefind could not index ${siteDir}: ${added.errors.join("; ")}`);
    const written = await index.writeFiles({ outputPath: join(siteDir, "pagefind") });
    if (written.errors.length) throw new Error(`pagefind could not write its index: ${written.errors.join("; ")}`);
    // addDirectory counts every HTML file it read; the pages actually indexed (those with
    // data-pagefind-body) are what the entry file records per language.
    const entry = JSON.parse(await readFile(join(siteDir, "pagefind", "pagefind-entry.json"), "utf8")) as { languages: Record<string, { page_count: number }> };
    return { pages: Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0) };
  } finally {
    await pagefind.close();
  }
}
