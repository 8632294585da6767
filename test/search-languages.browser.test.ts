// One search box for every language: an archive with English and Spanish articles finds the
// Spanish one by a Spanish word and the English ones by an English word, and filters by language.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { cp, mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import type { Server } from "node:http";
import { build } from "../src/build/build.ts";
import { PROJECT_ROOT } from "../src/build/paths.ts";
import { SEEDS, tempDir } from "./helpers.ts";
import { browserSkip, launch, serve } from "./browser.ts";

let browser: Browser | undefined;
let server: Server | undefined;
after(async () => {
  await browser?.close();
  server?.close();
});

async function search(page: Page, words: string): Promise<string[]> {
  const input = page.getByRole("searchbox", { name: /search the archive/i });
  await input.fill(words);
  await page.waitForFunction(() => {
    const results = document.querySelectorAll(".pagefind-ui__result");
    return results.length > 0 && [...results].every((r) => r.querySelector(".pagefind-ui__result-link"));
  }, null, { timeout: 15000 });
  return page.locator(".pagefind-ui__result-link").evaluateAll((els) => els.map((e) => e.getAttribute("href") ?? ""));
}

test("a Spanish word finds the Spanish article and an English word the English ones, from the same box", { skip: browserSkip }, async () => {
  const dir = await tempDir();
  const seeds = join(dir, "seeds");
  await mkdir(seeds);
  await cp(SEEDS, seeds, { recursive: true });
  await cp(join(PROJECT_ROOT, "test", "fixtures", "es", "es-01-reuters-juliaca.txt"), join(seeds, "es-juliaca.txt"));
  const result = await build({ seedsDir: seeds, outDir: join(dir, "site") });
  assert.equal(result.ok, true, result.message);
  const es = result.reports.find((r) => r.file === "es-juliaca.txt")!;
  assert.equal(es.status, "published");
  const s = await serve(result.outDir);
  server = s.server;
  browser = await launch();
  const page = await browser.newPage();
  await page.goto(`${s.base}/articles/${es.id}/`);
  assert.equal(await page.getAttribute("html", "lang"), "es");
  await page.goto(`${s.base}/search/`);

  const spanish = await search(page, "manifestantes fallecidos");
  assert.ok(spanish.includes(`/articles/${es.id}/`), spanish.join(" "));
  const english = await search(page, "demonstrators");
  assert.ok(english.length >= 2, english.join(" "));
  assert.ok(!english.includes(`/articles/${es.id}/`) || english.length > 1);

  // The language is a filter.
  await page.locator("details.pagefind-ui__filter-block summary", { hasText: "Language" }).click();
  const labels = await page.locator(".pagefind-ui__filter-label").allTextContents();
  assert.ok(labels.some((l) => /Spanish|Español/i.test(l)), labels.join(" | "));
  assert.ok(labels.some((l) => /English/i.test(l)), labels.join(" | "));
});
