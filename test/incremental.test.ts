// Growing an archive: adding, changing and removing seeds between builds, the record cache, the
// lock, atomic output, and `npm run add`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn, execFileSync } from "node:child_process";
import { closeSync, existsSync, openSync, utimesSync, writeSync } from "node:fs";
import { cp, readdir, readFile, rm, stat, writeFile, mkdir } from "node:fs/promises";
import { join } from "node:path";
import { build } from "../src/build/build.ts";
import { PROJECT_ROOT } from "../src/build/paths.ts";
import { SEEDS, tempDir } from "./helpers.ts";
import { generateCorpus } from "../src/bench/corpus.ts";

const NEW_ARTICLE = `Curfew declared in Puno after night of clashes

By Rosa Condori

Andes Monitor, February 3, 2023

At least 4 people were killed in Juliaca on February 2, the ombudsman said, as a curfew took effect across the Puno region.

Police detained 30 people overnight.
`;

async function setup() {
  const dir = await tempDir();
  const seeds = join(dir, "seeds");
  await cp(SEEDS, seeds, { recursive: true });
  return { dir, seeds, out: join(dir, "site") };
}

async function allOutputText(out: string): Promise<string> {
  const parts: string[] = [];
  const walk = async (d: string) => {
    for (const e of await readdir(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else if (/\.(html|xml|json|csv|geojson|js)$/.test(e.name) && !p.includes(`${out}/pagefind/`)) parts.push(await readFile(p, "utf8"));
    }
  };
  await walk(out);
  return parts.join("\n");
}

test("add, change and remove a seed: pages, lists and the search index follow", async () => {
  const { seeds, out } = await setup();
  const first = await build({ seedsDir: seeds, outDir: out });
  assert.equal(first.ok, true);
  assert.equal(first.changes.added.length, first.reports.length);

  await writeFile(join(seeds, "curfew.txt"), NEW_ARTICLE);
  const added = await build({ seedsDir: seeds, outDir: out });
  assert.deepEqual(added.changes.added, ["curfew.txt"]);
  assert.equal(added.changes.unchanged, first.reports.length);
  // only the new seed was extracted; the rest came from the cache
  assert.equal(added.cache.misses, 1);
  const id = added.reports.find((r) => r.file === "curfew.txt")!.id!;
  const page = await readFile(join(out, "articles", id, "index.html"), "utf8");
  assert.match(page, /Curfew declared in Puno/);
  assert.match(await readFile(join(out, "index.html"), "utf8"), new RegExp(`/articles/${id}/`));
  assert.equal(added.indexedPages, first.indexedPages + 1);

  await writeFile(join(seeds, "curfew.txt"), NEW_ARTICLE.replace("At least 4 people", "At least 6 people"));
  const changed = await build({ seedsDir: seeds, outDir: out });
  assert.deepEqual(changed.changes.changed, ["curfew.txt"]);
  const page2 = await readFile(join(out, "articles", id, "index.html"), "utf8");
  assert.match(page2, /At least 6 people/);
  assert.doesNotMatch(page2, /At least 4 people/);

  await rm(join(seeds, "curfew.txt"));
  const removed = await build({ seedsDir: seeds, outDir: out });
  assert.deepEqual(removed.changes.removed, ["curfew.txt"]);
  assert.equal(existsSync(join(out, "articles", id)), false);
  const everything = await allOutputText(out);
  assert.ok(!everything.includes(id), "no output file mentions the removed article's id");
  assert.ok(!everything.includes("Curfew declared in Puno"), "no output file mentions the removed article's title");
  assert.equal(removed.indexedPages, first.indexedPages);
});

test("a build killed half way leaves the previous site whole, and the next build recovers", async () => {
  const { seeds, out } = await setup();
  assert.equal((await build({ seedsDir: seeds, outDir: out, noIndex: true })).ok, true);
  const before = await readFile(join(out, "index.html"), "utf8");
  await writeFile(join(seeds, "curfew.txt"), NEW_ARTICLE);
  const child = spawn(process.execPath, ["--import", "tsx", join(PROJECT_ROOT, "scripts", "build.ts"), "--seeds", seeds, "--out", out], { cwd: PROJECT_ROOT, stdio: "ignore" });
  // Kill it once it is writing its staging folder.
  const parent = join(out, "..");
  for (let i = 0; i < 400 && !(await readdir(parent)).some((n) => n.includes(".building-")); i++) await new Promise((r) => setTimeout(r, 25));
  child.kill("SIGKILL");
  await new Promise((r) => child.once("exit", r));
  assert.equal(await readFile(join(out, "index.html"), "utf8"), before, "the previous site is untouched");
  const next = await build({ seedsDir: seeds, outDir: out, noIndex: true });
  assert.equal(next.ok, true, next.message);
  assert.match(await readFile(join(out, "index.html"), "utf8"), /Curfew declared in Puno/);
});

test("two builds of the same output at once: the second is refused with a clear message", async () => {
  const { seeds, out } = await setup();
  const [a, b] = await Promise.allSettled([build({ seedsDir: seeds, outDir: out, noIndex: true }), new Promise((r) => setTimeout(r, 30)).then(() => build({ seedsDir: seeds, outDir: out, noIndex: true }))]);
  const outcomes = [a, b].map((x) => (x.status === "fulfilled" ? "ok" : String((x.reason as Error).message)));
  assert.ok(outcomes.includes("ok"));
  assert.ok(outcomes.some((o) => /another build .* is writing/.test(o)), outcomes.join(" | "));
});

test("npm run add copies a new article under a safe name and refuses a duplicate and an unreadable file", async () => {
  const { dir, seeds } = await setup();
  const incoming = join(dir, "in");
  await mkdir(incoming);
  await writeFile(join(incoming, "Curfew (Puno) #1 día.txt"), NEW_ARTICLE);
  await writeFile(join(incoming, "empty.txt"), "");
  await cp(join(SEEDS, (await readdir(SEEDS))[0]), join(incoming, "copy.txt"));
  const before = (await readdir(seeds)).sort();
  let out = "";
  try {
    execFileSync(process.execPath, ["--import", "tsx", join(PROJECT_ROOT, "scripts", "add.ts"), join(incoming, "Curfew (Puno) #1 día.txt"), join(incoming, "empty.txt"), join(incoming, "copy.txt"), "--seeds", seeds], { cwd: PROJECT_ROOT, encoding: "utf8" });
    assert.fail("add should exit non-zero when a file is refused");
  } catch (e) {
    out = String((e as { stdout?: string }).stdout);
  }
  assert.match(out, /title: +Curfew declared in Puno/);
  assert.match(out, /date: +2023-02-03 \(stated in the text\)/);
  assert.match(out, /empty\.txt: not added — the file is empty/);
  assert.match(out, /copy\.txt: not added — the same text is already in the archive as /);
  const after = (await readdir(seeds)).sort();
  assert.deepEqual(after.filter((f) => !before.includes(f)), ["curfew-puno-1-dia.txt"]);
  assert.equal(await readFile(join(seeds, "curfew-puno-1-dia.txt"), "utf8"), NEW_ARTICLE);
});

test("adding an article re-indexes only its month's search shard", async () => {
  const { seeds, out } = await setup();
  const first = await build({ seedsDir: seeds, outDir: out });
  assert.ok(first.searchShards.total >= 2, "the seeds span several months");
  await writeFile(join(seeds, "curfew.txt"), NEW_ARTICLE);
  const next = await build({ seedsDir: seeds, outDir: out });
  // February's shard (and any shard whose pages' prev/next links moved) is rebuilt; the rest are carried over.
  assert.ok(next.searchShards.reused >= 1, `reused ${next.searchShards.reused} of ${next.searchShards.total}`);
  const again = await build({ seedsDir: seeds, outDir: out });
  assert.equal(again.searchShards.reused, again.searchShards.total, "nothing changed, nothing re-indexed");
});

test("unchanged article pages are carried over, not rewritten; a changed seed's page is rendered again", async () => {
  const { seeds, out } = await setup();
  const first = await build({ seedsDir: seeds, outDir: out, noIndex: true });
  const id = first.reports[0].id!;
  const page = join(out, "articles", id, "index.html");
  const { ino, mtimeMs } = await stat(page);
  const again = await build({ seedsDir: seeds, outDir: out, noIndex: true });
  assert.ok(again.reusedPages >= first.published, `${again.reusedPages} pages carried over`);
  const after = await stat(page);
  assert.equal(after.ino, ino, "the same file, hard-linked into the new site");
  assert.equal(after.mtimeMs, mtimeMs);
  // A template change would change every key; a seed change changes its own page.
  const seedFile = join(seeds, first.reports[0].file);
  await writeFile(seedFile, (await readFile(seedFile, "utf8")) + "\nOne more closing paragraph for the record.\n");
  const changed = await build({ seedsDir: seeds, outDir: out, noIndex: true });
  assert.ok(changed.reusedPages < again.reusedPages);
  assert.match(await readFile(page, "utf8"), /One more closing paragraph for the record/);
});

test("a rebuild after adding, changing and removing seeds writes the same site as a cold build", async () => {
  // Large enough that the figures' table, the timeline and the sources are split into pages, each
  // carried over or rewritten by its own key.
  const dir = await tempDir();
  const seeds = join(dir, "seeds");
  await mkdir(seeds);
  const texts = await Promise.all((await readdir(SEEDS)).map((f) => readFile(join(SEEDS, f), "utf8")));
  const corpus = generateCorpus(texts, 602, 7);
  const [extra, changed, ...rest] = corpus;
  for (const a of [changed, ...rest]) await writeFile(join(seeds, a.file), a.text);
  const first = await build({ seedsDir: seeds, outDir: join(dir, "site"), noIndex: true });
  assert.equal(first.ok, true);
  await writeFile(join(seeds, extra.file), extra.text);
  await writeFile(join(seeds, changed.file), changed.text.replace(/\n\n([^\n]+)\n*$/, "\n\nAt least 9 people were killed in Juliaca on January 9, 2023.\n\n$1\n"));
  await rm(join(seeds, rest[100].file));
  const next = await build({ seedsDir: seeds, outDir: join(dir, "site"), noIndex: true });
  assert.equal(next.ok, true);
  assert.ok(next.reusedPages > first.pages / 2, `${next.reusedPages} of ${next.pages} pages carried over`);
  const cold = await build({ seedsDir: seeds, outDir: join(dir, "cold", "site"), noIndex: true });
  const files = async (root: string) => {
    const out = new Map<string, string>();
    const walk = async (rel: string) => {
      for (const e of await readdir(join(root, rel), { withFileTypes: true })) {
        const r = rel ? `${rel}/${e.name}` : e.name;
        if (e.isDirectory()) await walk(r);
        else if (r !== ".news-archive-build") out.set(r, await readFile(join(root, r), "utf8"));
      }
    };
    await walk("");
    return out;
  };
  const a = await files(next.outDir);
  const b = await files(cold.outDir);
  assert.ok([...b.keys()].some((f) => /^casualties\/\d{4}-\d\d\/index\.html$/.test(f)), "the figures' table is split by month");
  assert.ok([...b.keys()].some((f) => /^timeline\/\d{4}-\d\d\/index\.html$/.test(f)), "the timeline is split by month");
  assert.deepEqual([...a.keys()].sort(), [...b.keys()].sort());
  for (const [f, text] of b) assert.ok(a.get(f) === text, `${f} differs from a cold build's`);
});

test("a seed whose size, mtime and inode are unchanged is not read again while its record is cached", async () => {
  const { seeds, out, dir } = await setup();
  const past = new Date(Date.now() - 3_600_000);
  for (const f of await readdir(seeds)) utimesSync(join(seeds, f), past, past);
  const first = await build({ seedsDir: seeds, outDir: out, noIndex: true });
  const report = first.reports.find((r) => r.status === "published")!;
  const file = join(seeds, report.file);
  const text = await readFile(file, "utf8");
  // Same length, same inode, same mtime: only a read would see the change.
  const swapped = text.replace(/\b(\d)\b/, (d) => String((Number(d) + 1) % 10));
  assert.notEqual(swapped, text);
  assert.equal(Buffer.byteLength(swapped), Buffer.byteLength(text));
  const fd = openSync(file, "r+");
  writeSync(fd, swapped, 0);
  closeSync(fd);
  utimesSync(file, past, past);
  const second = await build({ seedsDir: seeds, outDir: out, noIndex: true });
  assert.equal(second.changes.changed.length, 0, "trusted by its stat, not read");
  assert.equal(second.cache.misses, 0);
  // Without its cached record the seed is read, and the change is seen.
  await rm(join(dir, ".archive-cache"), { recursive: true, force: true });
  const third = await build({ seedsDir: seeds, outDir: out, noIndex: true });
  assert.deepEqual(third.changes.changed, [report.file]);
  // A file touched now (after the last build began reading) is always read.
  await writeFile(join(seeds, report.file), text);
  const fourth = await build({ seedsDir: seeds, outDir: out, noIndex: true });
  assert.deepEqual(fourth.changes.changed, [report.file]);
});
