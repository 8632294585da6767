// The whole pipeline on the seeds: seeds → records → Eleventy pages → Pagefind index.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { readFile, readdir, writeFile, mkdir, cp } from "node:fs/promises";
import { join } from "node:path";
import { builtSeeds, readOut, tempDir, SEEDS } from "./helpers.ts";
import { build } from "../src/build/build.ts";
import { listSeedFiles } from "../src/ingest/read-seeds.ts";

test("every seed becomes one article page showing its title", async () => {
  const result = await builtSeeds();
  assert.equal(result.ok, true, result.message);
  const seeds = await listSeedFiles(SEEDS);
  assert.equal(result.published, seeds.length);
  // articles/ holds one folder per article, beside the /articles/ index page.
  const dirs = (await readdir(join(result.outDir, "articles"), { withFileTypes: true })).filter((d) => d.isDirectory());
  assert.equal(dirs.length, seeds.length);
  for (const r of result.reports) {
    assert.equal(r.status, "published", `${r.file}: ${r.errors.join("; ")}`);
    const html = await readOut(result, `articles/${r.id}/index.html`);
    const h1 = html.match(/<h1[^>]*>([^<]+)<\/h1>/);
    assert.ok(h1, `${r.file} page has a headline`);
    assert.ok(h1[1].trim().length > 10, `${r.file} title: ${h1[1]}`);
    assert.match(html, /data-pagefind-body/);
    assert.match(html, /<time datetime="\d{4}-\d{2}-\d{2}" data-pagefind-meta="date:/);
  }
});

test("the home page lists every article, newest first", async () => {
  const result = await builtSeeds();
  const home = await readOut(result, "index.html");
  const links = [...home.matchAll(/<h3><a href="\/articles\/([^/]+)\/">/g)].map((m) => m[1]);
  assert.equal(links.length, result.published);
  const dates = [...home.matchAll(/<time datetime="(\d{4}-\d{2}-\d{2})"/g)].map((m) => m[1]);
  assert.deepEqual(dates, [...dates].sort().reverse());
});

test("pages load nothing from other hosts", async () => {
  const result = await builtSeeds();
  for (const page of ["index.html", "search/index.html", `articles/${result.reports[0].id}/index.html`]) {
    const html = await readOut(result, page);
    assert.doesNotMatch(html, /<(script|link|img|iframe)[^>]+(src|href)="(https?:)?\/\//i, page);
  }
});

test("the search index covers every article and has source and place filters", async () => {
  const result = await builtSeeds();
  assert.ok(existsSync(join(result.outDir, "pagefind", "pagefind.js")));
  assert.equal(result.indexedPages, result.published);
  const search = await readOut(result, "search/index.html");
  assert.match(search, /\/pagefind\/pagefind-ui\.js/);
  // The index is sharded by month: the primary bundle plus the shards it lists, together, hold
  // every article exactly once.
  const { shards } = JSON.parse(await readOut(result, "pagefind/shards.json")) as { shards: string[] };
  let pages = 0;
  for (const bundle of ["/pagefind/", ...shards]) {
    const entry = JSON.parse(await readOut(result, `${bundle.slice(1)}pagefind-entry.json`));
    pages += Object.values(entry.languages as Record<string, { page_count: number }>).reduce((n, l) => n + l.page_count, 0);
  }
  assert.equal(pages, result.published);
  assert.equal(shards.length + 1, result.searchShards.total);
  const filters = await readdir(join(result.outDir, "pagefind", "filter"));
  assert.ok(filters.length > 0, "filter index written");
});

test("a bad seed is reported by name and the rest still builds; nothing usable fails the build", async () => {
  const dir = await tempDir();
  const seeds = join(dir, "seeds");
  await mkdir(seeds);
  await cp(join(SEEDS, (await readdir(SEEDS))[0]), join(seeds, "good.txt"));
  await writeFile(join(seeds, "empty.txt"), "");
  await writeFile(join(seeds, "copy.txt"), await readFile(join(seeds, "good.txt")));
  const result = await build({ seedsDir: seeds, outDir: join(dir, "out"), noIndex: true });
  assert.equal(result.ok, true);
  assert.equal(result.published, 1);
  const byFile = Object.fromEntries(result.reports.map((r) => [r.file, r]));
  assert.equal(byFile["empty.txt"].status, "error");
  assert.match(byFile["empty.txt"].errors[0], /empty/);
  // Files are read in name order, so the later name is the one reported as the duplicate.
  assert.equal(byFile["copy.txt"].status, "published");
  assert.equal(byFile["good.txt"].status, "duplicate");
  assert.match(byFile["good.txt"].errors[0], /copy\.txt/);

  const none = join(dir, "none");
  await mkdir(none);
  await writeFile(join(none, "empty.txt"), "");
  const failed = await build({ seedsDir: none, outDir: join(dir, "out2"), noIndex: true });
  assert.equal(failed.ok, false);
});

test("a build refuses to replace a folder it did not make", async () => {
  const dir = await tempDir();
  await writeFile(join(dir, "precious.txt"), "keep me");
  const result = await build({ seedsDir: SEEDS, outDir: dir, noIndex: true });
  assert.equal(result.ok, false);
  assert.match(result.message, /not made by this archive/);
  assert.equal(await readFile(join(dir, "precious.txt"), "utf8"), "keep me");
});
