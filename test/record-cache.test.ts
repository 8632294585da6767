// The record cache: one file per extractor version, read lazily, written back with only the
// records a build used, and never trusted blindly (a torn line is extracted again).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdir, readFile, writeFile, mkdir, appendFile } from "node:fs/promises";
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { RecordCache } from "../src/build/cache.ts";
import type { Article } from "../src/records/types.ts";
import { tempDir } from "./helpers.ts";

const record = (id: string, title: string) => ({ id, title, paragraphs: ["a\ttab and\nnewline"] }) as unknown as Article;

test("records survive a save and a new cache object; only used records are kept", async () => {
  const root = await tempDir("archive-cache-");
  const a = new RecordCache(root);
  await a.set("k1", record("one", "One"));
  await a.set("k2", record("two", "Two"));
  await a.set("k2", record("two-2024", "Two"), 2024);
  await a.save();

  const b = new RecordCache(root);
  assert.deepEqual(await b.get("k1"), record("one", "One"));
  assert.deepEqual(await b.get("k2", 2024), record("two-2024", "Two"));
  assert.equal(await b.get("k3"), null);
  assert.equal(b.hits, 2);
  assert.equal(b.misses, 1);
  await b.save();

  // k2 (without a year) was not used by the second build, so it is gone
  const c = new RecordCache(root);
  assert.equal(await c.get("k2"), null);
  assert.ok(await c.get("k1"));
});

test("a torn or corrupt line costs its record, not the cache", async () => {
  const root = await tempDir("archive-cache-");
  const a = new RecordCache(root);
  await a.set("good", record("good", "Good"));
  await a.set("bad", record("bad", "Bad"));
  await a.save();
  const [file] = (await readdir(root)).filter((f) => f.endsWith(".tsv"));
  const text = await readFile(join(root, file), "utf8");
  await writeFile(join(root, file), text.replace(/^bad\t.*$/m, 'bad\t{"id":"bad", "tit') + "no tab on this line\n");
  const b = new RecordCache(root);
  assert.equal(await b.get("bad"), null);
  assert.deepEqual(await b.get("good"), record("good", "Good"));
});

test("records of other extractor versions are removed on save", async () => {
  const root = await tempDir("archive-cache-");
  await mkdir(join(root, "records-0123456789abcdef"), { recursive: true });
  await appendFile(join(root, "records-fedcba9876543210.tsv"), "x\t{}\n");
  await writeFile(join(root, "unrelated.txt"), "keep");
  const a = new RecordCache(root);
  await a.set("k", record("k", "K"));
  await a.save();
  const names = await readdir(root);
  assert.equal(names.filter((n) => n.startsWith("records-")).length, 1);
  assert.ok(names.includes("unrelated.txt"));
});

test("a new file left by a build that died is removed on save; one a running build is writing is kept", async () => {
  const root = await tempDir("archive-cache-");
  const a = new RecordCache(root);
  await a.set("k", record("k", "K"));
  await a.save();
  const [file] = (await readdir(root)).filter((f) => f.endsWith(".tsv"));
  // pid 2^22 + 1 is above Linux's highest pid, so no process has it; process.ppid is alive.
  await writeFile(join(root, `${file}.${2 ** 22 + 1}.tmp`), "dead\t{}\n");
  await writeFile(join(root, `${file}.${process.ppid}.tmp`), "live\t{}\n");
  const b = new RecordCache(root);
  assert.ok(await b.get("k"));
  await b.set("k2", record("k2", "K2"));
  await b.save();
  const names = await readdir(root);
  assert.ok(!names.includes(`${file}.${2 ** 22 + 1}.tmp`), names.join(", "));
  assert.ok(names.includes(`${file}.${process.ppid}.tmp`), names.join(", "));
  const c = new RecordCache(root);
  assert.ok(await c.get("k"));
  assert.ok(await c.get("k2"));
});

test("a build that only adds records appends them; one that leaves many unused rewrites the file", async () => {
  const root = await tempDir("archive-cache-");
  const a = new RecordCache(root);
  for (let i = 0; i < 20; i++) await a.set(`k${i}`, record(`r${i}`, `R${i}`));
  await a.save();
  const [file] = (await readdir(root)).filter((f) => f.endsWith(".tsv"));
  const { ino } = statSync(join(root, file));
  const b = new RecordCache(root);
  for (let i = 0; i < 20; i++) assert.ok(await b.get(`k${i}`));
  await b.set("new", record("new", "New"));
  await b.save();
  assert.equal(statSync(join(root, file)).ino, ino, "appended to, not replaced");
  const c = new RecordCache(root);
  assert.deepEqual(await c.get("new"), record("new", "New"));
  // Only 6 of 21 used: the file is rewritten with those alone.
  for (let i = 0; i < 5; i++) assert.ok(await c.get(`k${i}`));
  await c.save();
  const lines = readFileSync(join(root, file), "utf8").trim().split("\n");
  assert.equal(lines.length, 6);
});
