// npm run --silent extract -- FILE...
// Prints one JSON array on stdout: one record per file, in argument order. A file that cannot be
// read or extracted still gets a record, with `errors` filled; this command never crashes on input.
import { basename } from "node:path";
import { readSeed, type Seed } from "../src/ingest/read-seeds.ts";
import { buildRecord, buildRecords, publicRecord } from "../src/records/build-record.ts";
import { validateRecord } from "../src/records/validate.ts";
import type { Article } from "../src/records/types.ts";

const files = process.argv.slice(2).filter((a) => a !== "--");
if (!files.length) {
  console.error("usage: npm run --silent extract -- FILE...");
  process.exit(2);
}
// One file at a time: thousands of arguments opened at once would run out of file descriptors,
// and each would then be reported as unreadable.
const seeds: Seed[] = [];
for (const f of files) {
  seeds.push(await readSeed(f).catch((e: Error) => ({ file: basename(f), path: f, hash: "", body: "", frontMatter: {}, warnings: [], errors: [`the file cannot be read (${e.message})`] })));
}
let records: Article[];
try {
  records = buildRecords(seeds);
} catch {
  // buildRecord never throws for one seed; only the archive-wide year guess could, so fall back to records one by one.
  records = seeds.map((s) => buildRecord(s));
}
const out = records.map((record) => {
  if (!record.errors.length) record.errors.push(...validateRecord(record).map((p) => `the extracted record is malformed (${p}); this is a bug in the archive, not in the file: please report it with the file attached`));
  return publicRecord(record);
});
// A reader that closes the pipe early (| head) is not a crash worth a stack trace.
process.stdout.on("error", (e: NodeJS.ErrnoException) => process.exit(e.code === "EPIPE" ? 0 : 1));
process.stdout.write(JSON.stringify(out, null, 2) + "\n");
