// npm run --silent extract -- FILE...
// Prints one JSON array on stdout: one record per file, in argument order. A file that cannot be
// read or extracted still gets a record, with `errors` filled; this command never crashes on input.
import { readSeed } from "../src/ingest/read-seeds.ts";
import { buildRecords, publicRecord } from "../src/records/build-record.ts";
import { validateRecord } from "../src/records/validate.ts";

const files = process.argv.slice(2).filter((a) => a !== "--");
if (!files.length) {
  console.error("usage: npm run --silent extract -- FILE...");
  process.exit(2);
}
const seeds = await Promise.all(files.map((f) => readSeed(f)));
const records = buildRecords(seeds).map((record) => {
  if (!record.errors.length) record.errors.push(...validateRecord(record).map((p) => `invalid record: ${p}`));
  return publicRecord(record);
});
process.stdout.write(JSON.stringify(records, null, 2) + "\n");
