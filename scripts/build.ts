// npm run build [-- --seeds DIR] [--out DIR] [--strict] [--no-index]
// Exits 0 when at least one article was published; non-zero when nothing usable could be built,
// or with --strict when any seed had an error.
import { parseArgs } from "node:util";
import { writeFile } from "node:fs/promises";
import { build, formatReport } from "../src/build/build.ts";

const USAGE = "usage: npm run build -- [--seeds DIR] [--out DIR] [--strict] [--no-index] [--report FILE]";
let values;
try {
  ({ values } = parseArgs({
    options: {
      seeds: { type: "string", default: "seeds" },
      out: { type: "string", default: "_site" },
      strict: { type: "boolean", default: false },
      // pages only, no search index: for quick checks of what a set of seeds builds into
      "no-index": { type: "boolean", default: false },
      // machine-readable result (timings, counts, changes) for the benchmark and other tools
      report: { type: "string" },
    },
    allowPositionals: false,
  }));
} catch (e) {
  console.error(`${(e as Error).message}\n${USAGE}`);
  process.exit(2);
}

// A live counter while seeds are read, on a terminal only (logs of CI runs stay clean).
const progress = process.stderr.isTTY
  ? (done: number, total: number) => {
      if (total >= 200 && (done % 50 === 0 || done === total)) process.stderr.write(`\rreading seeds ${done}/${total}${done === total ? "\n" : ""}`);
    }
  : undefined;
const result = await build({ seedsDir: values.seeds!, outDir: values.out!, onProgress: progress, noIndex: values["no-index"] }).catch((e: Error) => {
  console.error(`Build failed: ${e.message}`);
  process.exit(2);
});
console.log(formatReport(result));
if (values.report) await writeFile(values.report, JSON.stringify(result, null, 2) + "\n");
const hadErrors = result.reports.some((r) => r.errors.length);
process.exitCode = !result.ok ? 1 : values.strict && hadErrors ? 3 : 0;
if (result.ok && values.strict && hadErrors) console.error("--strict: some seeds had errors (listed above).");
