// Bad input: every seed file either becomes an article or is named in the report with what is wrong
// and what to do, and one bad file never costs a good one. Fixtures are made in temporary folders
// (binary, huge, mis-encoded and oddly named files do not belong in the repository).
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { cp, mkdir, rm, truncate, writeFile } from "node:fs/promises";
import { join } from "node:path";
import iconv from "iconv-lite";
import { build, formatReport, type BuildResult } from "../src/build/build.ts";
import { loadArchive } from "../src/build/archive.ts";
import { PROJECT_ROOT } from "../src/build/paths.ts";
import { MAX_SEED_BYTES } from "../src/ingest/decode.ts";
import { displayName, readSeed, seedFromBytes } from "../src/ingest/read-seeds.ts";
import { buildRecord } from "../src/records/build-record.ts";
import { validateRecord } from "../src/records/validate.ts";
import { SEEDS, tempDir } from "./helpers.ts";
import { ARTICLE, FIVE_SEEDS, writeBadSeeds } from "./bad-seeds.ts";

const enc = (s: string) => new TextEncoder().encode(s);
const dirs: string[] = [];
async function scratch(): Promise<string> {
  const d = await tempDir("archive-bad-");
  dirs.push(d);
  return d;
}
after(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

// ---------------------------------------------------------------- the file itself

test("an empty or whitespace-only file is an error that says what to do", () => {
  const empty = seedFromBytes("empty.txt", new Uint8Array());
  assert.match(empty.errors[0], /the file is empty: add the article's text, or delete the file/);
  for (const ws of [" ", "\n\n\n", " \t\r\n \u00A0\n", "\uFEFF\r\n", "\u200B\u00AD\n"]) {
    const s = seedFromBytes("ws.txt", enc(ws));
    assert.match(s.errors[0], /only whitespace: add the article's text, or delete the file/, JSON.stringify(ws));
  }
});

test("a binary file (image, PDF, executable, random bytes) is an error, not a page of mojibake", () => {
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
  const pdf = Buffer.concat([Buffer.from("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nstream\n", "latin1"), Buffer.from([0x78, 0x9c, 0, 0x01, 0x02, 0x03, 0, 0xff])]);
  const elf = Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0]);
  const random = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256));
  for (const [name, bytes] of Object.entries({ png, pdf, elf, random })) {
    const s = seedFromBytes(`${name}.txt`, bytes);
    assert.equal(s.errors.length, 1, name);
    assert.match(s.errors[0], /binary, not text: save the article as plain text \(\.txt\) or Markdown \(\.md\)/, name);
    assert.deepEqual(validateRecord(buildRecord(s)), [], `${name}: the failed record is still well-formed`);
  }
});

test("Latin-1 and Windows-1252 text is detected, converted, and says so", () => {
  // "Apurímac" on its own is the hard case: chardet's first guess for those bytes is Shift_JIS.
  for (const text of ["Apurímac", "Protestas en Apurímac", "Los manifestantes en Apurímac, Áncash y Ñuñoa bloquearon la carretera el lunes, informó la radio."]) {
    for (const encoding of ["latin1", "win1252"]) {
      const s = seedFromBytes("old.txt", iconv.encode(text, encoding));
      assert.equal(s.body, text, `${encoding}: ${text}`);
      assert.deepEqual(s.errors, []);
      assert.match(s.warnings.join("\n"), /not UTF-8; decoded it as windows-1252: check accented letters, and save it as UTF-8/);
    }
  }
  // Windows-1252's own characters (curly quotes, dashes, the euro sign) in 0x80–0x9F.
  const w = seedFromBytes("w.txt", iconv.encode("“No more deaths” — a vigil in Apurímac raised €300.", "win1252"));
  assert.equal(w.body, "“No more deaths” — a vigil in Apurímac raised €300.");
  // An article with the accents intact after the whole pipeline.
  const rec = buildRecord(seedFromBytes("apurimac.txt", iconv.encode(ARTICLE("Apurímac", "Monday"), "latin1")));
  assert.deepEqual(rec.errors, []);
  assert.match(rec.title, /Apurímac/);
});

test("a UTF-8 byte-order mark, CRLF line ends, decomposed accents and UTF-16 are normalized", () => {
  const s = seedFromBytes("bom.txt", enc("\uFEFFProtests in Apuri\u0301mac\r\n\r\nThe road was blocked.\r\nPolice said so.\r"));
  assert.equal(s.body, "Protests in Apurímac\n\nThe road was blocked.\nPolice said so.\n");
  assert.deepEqual(s.warnings, []);
  for (const utf16 of ["utf16le", "utf16be"]) {
    const bom = utf16 === "utf16le" ? [0xff, 0xfe] : [0xfe, 0xff];
    const t = seedFromBytes("u16.txt", Buffer.concat([Buffer.from(bom), iconv.encode("Protests in Apurímac\r\n\r\nThe road was blocked.", utf16)]));
    assert.deepEqual(t.errors, [], utf16);
    assert.equal(t.body, "Protests in Apurímac\n\nThe road was blocked.", utf16);
    assert.match(t.warnings[0], /UTF-16.*save it as UTF-8/);
  }
});

test("control characters are removed, with a warning; form feeds become line breaks", () => {
  const tail = "\n\nPolice said the blockade of the road into Juliaca would be cleared by nightfall on Monday.";
  const t = seedFromBytes("ctl.txt", enc("Title\u0007 line\f\nThe \u001b[31mroad\u001b[0m was blocked.\u0085" + tail));
  assert.deepEqual(t.errors, []);
  assert.equal(t.body, "Title line\n\nThe [31mroad[0m was blocked." + tail);
  assert.match(t.warnings.join("\n"), /4 invisible control characters; removed them/);
});

test("a file over the size limit is refused before it is read, with the limit and what to do", async () => {
  const over = seedFromBytes("big.txt", Buffer.alloc(MAX_SEED_BYTES + 1, 0x61));
  assert.match(over.errors[0], /over the 2 MB limit for one article: split it, or check it is really an article/);
  const dir = await scratch();
  const huge = join(dir, "huge.txt");
  await writeFile(huge, "");
  await truncate(huge, 8 * 1024 * 1024 * 1024); // sparse: 8 GB that take no disk
  const t0 = performance.now();
  const seed = await readSeed(huge);
  assert.ok(performance.now() - t0 < 500, "not read");
  assert.match(seed.errors[0], /8,589,934,592 bytes \(8192\.0 MB\), over the 2 MB limit/);
});

test("named pipes, folders and links named like seeds are reported, never waited on or followed", async () => {
  const dir = await scratch();
  execFileSync("mkfifo", [join(dir, "pipe.txt")]);
  mkdirSync(join(dir, "folder.txt"));
  writeFileSync(join(dir, "target.txt"), ARTICLE("Puno", "Tuesday"));
  symlinkSync(join(dir, "target.txt"), join(dir, "link.txt"));
  assert.match((await readSeed(join(dir, "pipe.txt"))).errors[0], /not a regular file/);
  assert.match((await readSeed(join(dir, "folder.txt"))).errors[0], /folder, not a file/);
  assert.match((await readSeed(join(dir, "link.txt"), { followLinks: false })).errors[0], /symbolic link.*copy the article into the seeds folder/);
  assert.deepEqual((await readSeed(join(dir, "link.txt"))).errors, [], "extract on an explicit path follows it");
  assert.match((await readSeed(join(dir, "missing.txt"))).errors[0], /does not exist/);
});

// ---------------------------------------------------------------- front matter

test("front matter that does not parse is an error that says where to look", () => {
  for (const fm of ["title: [unclosed", "title: 'a\n  b: c", "\t- a\n\tb: c", "a: b: c: d"]) {
    const s = seedFromBytes("fm.md", enc(`---\n${fm}\n---\nThe road to Puno was blocked on Monday.\n`));
    assert.equal(s.errors.length, 1, fm);
    assert.match(s.errors[0], /front matter does not parse \(.*\): fix the YAML between the two '---' lines/, fm);
    assert.equal(s.body.trim(), "The road to Puno was blocked on Monday.", "the YAML does not leak into the article");
  }
});

test("front matter of the wrong types names each field and the fix", () => {
  const s = seedFromBytes(
    "types.md",
    enc("---\ntitle: [a, b]\ndate: not a date\nplaces: 42\nauthor: {name: x}\nlang: English\nurl: ftp://example.org\nid: ../../etc\nslug: a/b\n---\nThe road to Puno was blocked on Monday.\n"),
  );
  const errors = s.errors.join("\n");
  assert.match(errors, /'title' must be text, got a list/);
  assert.match(errors, /'date' is not a date \("not a date"\): write it as YYYY-MM-DD/);
  assert.match(errors, /'places' must be a list of place names, e\.g\. places: \[Juliaca, Puno\]/);
  assert.match(errors, /'author' must be text, got a set of fields/);
  assert.match(errors, /'lang' must be a language code such as en or es/);
  assert.match(errors, /'url' must be an address starting with http:\/\/ or https:\/\//);
  assert.match(errors, /'id' must be letters, digits and hyphens only, got "\.\.\/\.\.\/etc"/);
  assert.match(errors, /'slug' must be letters, digits and hyphens only/);
  assert.equal(s.errors.length, 8);
  // Dates YAML reads as dates, impossible dates, and numbers where text is wanted.
  assert.deepEqual(seedFromBytes("d.md", enc("---\ndate: 2023-01-23\ntitle: 2023\n---\nBody text.\n")).frontMatter, { date: "2023-01-23", title: "2023" });
  assert.match(seedFromBytes("d.md", enc("---\ndate: 2023-02-30\n---\nBody text.\n")).errors[0], /'date' is not a date/);
});

test("front matter that expands to billions of items (YAML aliases) is refused quickly", () => {
  let yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
  for (let i = 1; i < 12; i++) yaml += `a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(", ")}]\n`;
  const t0 = performance.now();
  const s = seedFromBytes("bomb.md", enc(`---\n${yaml}title: *a11\nid: *a11\ndate: *a11\nurl: *a11\n---\nBody text.\n`));
  assert.ok(performance.now() - t0 < 1000, "not expanded");
  assert.match(s.errors.join("\n"), /'title' must be text, got a list/);
});

test("a file with only front matter, or only markup, has no article text", () => {
  assert.match(seedFromBytes("fm.md", enc("---\ntitle: A title\n---\n")).errors[0], /front matter but no article text/);
  assert.match(seedFromBytes("m.txt", enc("<div><script>alert(1)</script></div>")).errors[0], /only HTML markup, no article text/);
});

// ---------------------------------------------------------------- the archive

async function seedsWith(files: Record<string, string | Uint8Array>): Promise<string> {
  const dir = join(await scratch(), "seeds");
  await mkdir(dir);
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  return dir;
}

test("two seeds with the same text are one article; the other is reported as its duplicate", async () => {
  const text = ARTICLE("Juliaca", "Monday");
  const dir = await seedsWith({ "a.txt": text, "b.txt": "\uFEFF" + text.replace(/\n/g, "\r\n"), "c.txt": text.replace("Monday", "Tuesday") });
  const archive = await loadArchive(dir);
  const by = Object.fromEntries(archive.reports.map((r) => [r.file, r]));
  assert.equal(archive.articles.length, 2);
  assert.equal(by["a.txt"].status, "published");
  assert.equal(by["b.txt"].status, "duplicate");
  assert.match(by["b.txt"].errors[0], /duplicate: the same text as a\.txt, which is published; delete one of the two files/);
  assert.equal(by["c.txt"].status, "published");
  assert.notEqual(by["a.txt"].id, by["c.txt"].id);
});

test("seeds whose titles give the same id are all published, under ids that stay put as seeds come and go", async () => {
  const root = await scratch();
  const seeds = join(root, "seeds");
  const out = join(root, "out");
  await mkdir(seeds);
  const same = (place: string) => `Curfew declared in the south after protests\n\nThe government declared a curfew in ${place} on Sunday night, the interior ministry said.\n`;
  await writeFile(join(seeds, "m-lima.txt"), same("Lima"));
  await writeFile(join(seeds, "n-cusco.txt"), same("Cusco"));
  const ids = (r: BuildResult) => Object.fromEntries(r.reports.filter((x) => x.id).map((x) => [x.file, x.id!]));

  const first = await build({ seedsDir: seeds, outDir: out, noIndex: true });
  const v1 = ids(first);
  assert.equal(v1["m-lima.txt"], "curfew-declared-in-the-south-after-protests");
  assert.match(v1["n-cusco.txt"], /^curfew-declared-in-the-south-after-protests-[0-9a-f]{6}$/);
  assert.deepEqual(ids(await build({ seedsDir: seeds, outDir: out, noIndex: true })), v1, "a rebuild changes nothing");

  // A third seed whose name sorts first: the two already published keep their addresses.
  await writeFile(join(seeds, "a-puno.txt"), same("Puno"));
  const v2 = ids(await build({ seedsDir: seeds, outDir: out, noIndex: true }));
  assert.equal(v2["m-lima.txt"], v1["m-lima.txt"]);
  assert.equal(v2["n-cusco.txt"], v1["n-cusco.txt"]);
  assert.equal(new Set(Object.values(v2)).size, 3);
  for (const id of Object.values(v2)) assert.ok(readdirSync(join(out, "articles")).includes(id), `page for ${id}`);

  // The seed that held the plain id goes: the others still keep theirs.
  await rm(join(seeds, "m-lima.txt"));
  const v3 = ids(await build({ seedsDir: seeds, outDir: out, noIndex: true }));
  assert.equal(v3["n-cusco.txt"], v1["n-cusco.txt"]);
  assert.equal(v3["a-puno.txt"], v2["a-puno.txt"]);

  // With no previous build the ids depend only on the seeds, so two fresh builds agree.
  const fresh = async () => ids(await build({ seedsDir: seeds, outDir: join(await scratch(), "out"), noIndex: true, cacheDir: false }));
  assert.deepEqual(await fresh(), await fresh());
});

test("file names with spaces, accents, '#', parentheses and quotes work as seeds; the id comes from the title", async () => {
  const names = ["Protesta en Apurímac (copia) #2.txt", "Cusco cafe\u0301 & co 'draft'.md", "  leading space.txt", "UPPER.TXT"];
  const dir = await seedsWith(Object.fromEntries(names.map((n, i) => [n, ARTICLE(["Apurímac", "Cusco", "Tacna", "Ilave"][i], "Monday")])));
  const result = await build({ seedsDir: dir, outDir: join(dir, "..", "out"), noIndex: true });
  assert.equal(result.published, names.length, formatReport(result));
  for (const [i, n] of names.entries()) {
    const r = result.reports.find((x) => x.file === n)!;
    assert.equal(r.status, "published", n);
    assert.match(r.id!, new RegExp(`^protesters-block-the-road-to-${["apurimac", "cusco", "tacna", "ilave"][i]}$`));
    const page = readFileSync(join(result.outDir, "articles", r.id!, "index.html"), "utf8");
    // Wherever the page names its seed file, it is escaped.
    if (n.includes("&") && page.includes("Seed file")) assert.match(page, /cafe\u0301 &amp; co (&#39;|&#x27;)draft(&#39;|&#x27;)\.md/);
  }
});

test("a file name that would be markup or a terminal escape is refused, and every name is shown escaped", async () => {
  const seed = await readSeed("/nonexistent/<b>bold</b>.txt");
  assert.match(seed.errors[0], /file name holds '<', '>' or control characters: rename it/);
  assert.equal(displayName("a\nb\u001b[2Jc\u202Etxt.exe"), "a\\u{a}b\\u{1b}[2Jc\\u{202e}txt.exe");
  assert.equal(displayName("Protesta en Apurímac (copia) #2.txt"), "Protesta en Apurímac (copia) #2.txt");
  const dir = await seedsWith({ "good.txt": ARTICLE("Lima", "Monday"), "bell\u0007\nfake error.txt": ARTICLE("Puno", "Monday") });
  const result = await build({ seedsDir: dir, outDir: join(dir, "..", "out"), noIndex: true });
  const text = formatReport(result);
  assert.match(text, /✗ bell\\u\{7\}\\u\{a\}fake error\.txt: not published/);
  assert.doesNotMatch(text, /[\u0000-\u0008\u000B-\u001F]/, "no raw control character reaches the terminal");
});

test("a file name that is not UTF-8 is reported, not mistaken for a missing file", async () => {
  const dir = await seedsWith({ "good.txt": ARTICLE("Lima", "Monday") });
  writeFileSync(Buffer.concat([Buffer.from(dir + "/caf"), Buffer.from([0xe9]), Buffer.from(".txt")]), ARTICLE("Cusco", "Monday"));
  const archive = await loadArchive(dir);
  const bad = archive.reports.find((r) => r.file !== "good.txt")!;
  assert.equal(bad.status, "error");
  assert.match(bad.errors[0], /file name is not valid UTF-8.*rename it/);
});

// ---------------------------------------------------------------- the whole build

/** One of every bad case, beside the five real seeds. */
async function badSeedsFolder(): Promise<{ dir: string; bad: string[]; good: string[] }> {
  const dir = join(await scratch(), "seeds");
  await cp(SEEDS, dir, { recursive: true });
  const { bad, good } = await writeBadSeeds(dir);
  return { dir, bad, good: [...FIVE_SEEDS(), ...good] };
}

test("a build over the five seeds and every bad case publishes the good ones and names every bad file", async () => {
  const { dir, bad, good } = await badSeedsFolder();
  const result = await build({ seedsDir: dir, outDir: join(dir, "..", "out"), noIndex: true });
  assert.equal(result.ok, true, result.message);
  const by = Object.fromEntries(result.reports.map((r) => [r.file, r]));
  for (const f of good) assert.equal(by[f]?.status, "published", `${f}: ${by[f]?.errors.join("; ")}`);
  assert.equal(result.published, good.length);
  for (const f of bad) assert.notEqual(by[f]?.status, "published", f);
  assert.equal(by["copy of 000.txt"].status, "duplicate");
  const text = formatReport(result);
  for (const f of bad) assert.match(text, new RegExp(`^[✗-] ${f.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`, "m"), `${f} is named in the report`);
  // Each bad file's line is followed by a message that says what to do.
  for (const f of bad) for (const m of by[f].errors) assert.match(m, /\b(add|save|delete|fix|rename|write|split|check|must|copy)\b/, `${f}: "${m}" says what to do`);
  assert.equal(readdirSync(join(result.outDir, "articles"), { withFileTypes: true }).filter((d) => d.isDirectory()).length, good.length);
});

test("npm run build: exit 0 when articles were published, non-zero with --strict when a seed had an error", async () => {
  const { dir, bad } = await badSeedsFolder();
  const none = await seedsWith({ "empty.txt": "", "binary.txt": Buffer.from([0, 1, 2, 3]) });
  // Three builds into three folders, at once: each is mostly Node and Eleventy starting up.
  const run = (seeds: string, ...args: string[]) =>
    new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, ["--import", "tsx", join(PROJECT_ROOT, "scripts", "build.ts"), "--seeds", seeds, "--out", join(seeds, "..", `out${args.join("")}`), "--no-index", ...args], { cwd: PROJECT_ROOT });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (d) => (stdout += d));
      child.stderr.on("data", (d) => (stderr += d));
      child.on("close", (status) => resolve({ status, stdout, stderr }));
    });
  const [plain, strict, failed] = await Promise.all([run(dir), run(dir, "--strict"), run(none)]);
  assert.equal(plain.status, 0, plain.stderr);
  for (const f of bad) assert.ok(plain.stdout.includes(f), `${f} named in the output`);
  assert.notEqual(strict.status, 0);
  assert.match(strict.stderr, /--strict: some seeds had errors/);
  assert.equal(failed.status, 1);
  assert.match(failed.stdout, /✗ empty\.txt: not published/);
  assert.match(failed.stdout, /✗ binary\.txt: not published/);
  assert.match(failed.stdout, /Build failed: no seed could be published/);
});

test("npm run extract never crashes: every bad file gets a well-formed record with errors", async () => {
  const { dir, bad } = await badSeedsFolder();
  const files = [...bad.filter((f) => f !== "notes.docx").map((f) => join(dir, f)), join(dir, "missing.txt"), join(dir, "latin1.txt")];
  const res = spawnSync(process.execPath, ["--import", "tsx", join(PROJECT_ROOT, "scripts", "extract.ts"), ...files], { encoding: "utf8", cwd: PROJECT_ROOT, maxBuffer: 64 * 1024 * 1024 });
  assert.equal(res.status, 0, res.stderr);
  const records = JSON.parse(res.stdout);
  assert.equal(records.length, files.length);
  records.forEach((r: Parameters<typeof validateRecord>[0], i: number) => {
    assert.equal(r.file, files[i].split("/").pop());
    assert.deepEqual(validateRecord(r), [], r.file);
  });
  for (const r of records.slice(0, -1)) if (!["copy of 000.txt", "linked.txt"].includes(r.file)) assert.ok(r.errors.length > 0, `${r.file} has errors`);
  assert.deepEqual(records.at(-1).errors, [], "the Latin-1 seed is fine");
  assert.match(records.at(-1).title, /Apurímac/);
});
