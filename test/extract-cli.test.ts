// `npm run --silent extract -- FILE...`: one JSON array, one record per file in argument order, and
// a record with errors (never a crash) for a file that cannot be read.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ROOT } from "../src/build/paths.ts";
import { listSeedFiles } from "../src/ingest/read-seeds.ts";
import { validateRecord } from "../src/records/validate.ts";
import { tempDir, SEEDS } from "./helpers.ts";

const CONTRACT_KEYS = ["id", "file", "title", "titleSource", "subtitle", "date", "dateSource", "source", "author", "url", "lang", "places", "casualties", "excerpt", "wordCount", "warnings", "errors"];

function extract(files: string[]): any[] {
  const out = execFileSync(process.execPath, ["--import", "tsx", join(PROJECT_ROOT, "scripts", "extract.ts"), ...files], { encoding: "utf8", cwd: PROJECT_ROOT });
  return JSON.parse(out);
}

test("prints one valid record per seed, in argument order", async () => {
  const files = (await listSeedFiles(SEEDS)).reverse();
  const records = extract(files);
  assert.equal(records.length, files.length);
  records.forEach((r, i) => {
    assert.equal(r.file, files[i].split("/").pop());
    assert.deepEqual(Object.keys(r).sort(), [...CONTRACT_KEYS].sort());
    assert.deepEqual(validateRecord(r), []);
    assert.deepEqual(r.errors, []);
  });
});

test("a missing, empty or binary file gets a record with errors", async () => {
  const dir = await tempDir();
  writeFileSync(join(dir, "empty.txt"), "");
  writeFileSync(join(dir, "bin.txt"), Buffer.from([0, 1, 2, 3, 0, 255]));
  const records = extract([join(dir, "missing.txt"), join(dir, "empty.txt"), join(dir, "bin.txt")]);
  assert.equal(records.length, 3);
  assert.match(records[0].errors[0], /does not exist/);
  assert.match(records[1].errors[0], /empty/);
  assert.match(records[2].errors[0], /binary/);
});
