// npm run bench -- --articles N [--json FILE] [--seed S] [--keep]
// Measures, in one run on this machine: extraction alone (one core), a full cold build split by
// phase, adding one article and rebuilding, peak memory of our build and of Pagefind's process,
// and two baselines on the same corpus: bare Eleventy rendering the article bodies as Markdown
// pages with a minimal layout, and bare Pagefind indexing the site we produced.
import { parseArgs } from "node:util";
import { spawn } from "node:child_process";
import { mkdtemp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateCorpus } from "../src/bench/corpus.ts";
import { listSeedFiles, seedFromBytes } from "../src/ingest/read-seeds.ts";
import { buildRecords } from "../src/records/build-record.ts";
import { segment } from "../src/extract/layout.ts";
import { PROJECT_ROOT } from "../src/build/paths.ts";

const { values } = parseArgs({
  options: {
    articles: { type: "string", default: "1000" },
    seed: { type: "string", default: "1" },
    json: { type: "string" },
    keep: { type: "boolean", default: false },
  },
});
const N = Number(values.articles);
const work = await mkdtemp(join(tmpdir(), "archive-bench-"));
const seedsDir = join(work, "seeds");
const outDir = join(work, "site");
const log = (s: string) => process.stderr.write(s + "\n");

// ---- process sampling: peak RSS per process, found through /proc --------------------------------

interface Peaks {
  node: number;
  pagefind: number;
}

function childrenOf(pid: number): number[] {
  const kids: number[] = [];
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (ppid === pid) kids.push(Number(name));
    } catch {
      // the process ended between readdir and read
    }
  }
  return kids;
}

function hwmKB(pid: number): { name: string; kb: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const name = status.match(/^Name:\s+(.*)$/m)?.[1] ?? "";
    const kb = Number(status.match(/^VmHWM:\s+(\d+)/m)?.[1] ?? 0);
    return { name, kb };
  } catch {
    return null;
  }
}

/** Runs a command and samples the peak RSS of it and its descendants (VmHWM never decreases). */
function run(cmd: string, args: string[], cwd = PROJECT_ROOT): Promise<{ seconds: number; peaks: Peaks; code: number; output: string }> {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn(cmd, args, { cwd, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    const peaks: Peaks = { node: 0, pagefind: 0 };
    const sample = () => {
      const todo = [child.pid!];
      while (todo.length) {
        const pid = todo.pop()!;
        const h = hwmKB(pid);
        if (h) {
          if (h.name.startsWith("pagefind")) peaks.pagefind = Math.max(peaks.pagefind, h.kb);
          else peaks.node = Math.max(peaks.node, h.kb);
        }
        todo.push(...childrenOf(pid));
      }
    };
    const timer = setInterval(sample, 100);
    child.on("exit", (code) => {
      clearInterval(timer);
      resolve({ seconds: (performance.now() - t0) / 1000, peaks, code: code ?? 1, output });
    });
  });
}

const mb = (kb: number) => Math.round(kb / 1024);

// ---- the corpus ----------------------------------------------------------------------------------

log(`generating ${N} articles (seed ${values.seed}) in ${work}`);
const seedTexts = await Promise.all((await listSeedFiles(join(PROJECT_ROOT, "seeds"))).map((f) => readFile(f, "utf8")));
const corpus = generateCorpus(seedTexts, N + 1, Number(values.seed));
const extra = corpus.pop()!;
await mkdir(seedsDir, { recursive: true });
for (const a of corpus) await writeFile(join(seedsDir, a.file), a.text);

// ---- extraction alone, in this process (one core) -----------------------------------------------

log("extraction alone…");
const seeds = corpus.map((a) => seedFromBytes(a.file, Buffer.from(a.text)));
buildRecords(seeds.slice(0, Math.min(50, seeds.length))); // warm up the JIT and the gazetteer
const t0 = performance.now();
buildRecords(seeds);
const extractSeconds = (performance.now() - t0) / 1000;
const extractPerSecond = Math.round(N / extractSeconds);

// ---- full cold build, then add one ---------------------------------------------------------------

const tsx = [join(PROJECT_ROOT, "node_modules", "tsx", "dist", "cli.mjs")];
log("full cold build…");
const reportFile = join(work, "report.json");
const cold = await run(process.execPath, [...tsx, join(PROJECT_ROOT, "scripts", "build.ts"), "--seeds", seedsDir, "--out", outDir, "--report", reportFile]);
if (cold.code !== 0) throw new Error(`the build failed:\n${cold.output.slice(-2000)}`);
const report = JSON.parse(await readFile(reportFile, "utf8")) as { timings: Record<string, number> };
const t = report.timings;

log("adding one article and rebuilding…");
await writeFile(join(seedsDir, "zz-added-" + extra.file), extra.text);
const addOne = await run(process.execPath, [...tsx, join(PROJECT_ROOT, "scripts", "build.ts"), "--seeds", seedsDir, "--out", outDir, "--report", reportFile]);
if (addOne.code !== 0) throw new Error(`the add-one build failed:\n${addOne.output.slice(-2000)}`);
const addReport = JSON.parse(await readFile(reportFile, "utf8")) as { timings: Record<string, number>; searchShards: { total: number; reused: number } };

// The build leaves the previous site's removal to a background process; the baselines are not
// measured while it still works the disk.
for (let i = 0; i < 600 && readdirSync(work).some((n) => n.startsWith(".site.old-")); i++) await new Promise((r) => setTimeout(r, 100));

// ---- baselines -----------------------------------------------------------------------------------

log("baseline: bare Eleventy…");
const bare = join(work, "bare-eleventy");
await mkdir(join(bare, "src", "_includes"), { recursive: true });
await writeFile(join(bare, "src", "_includes", "layout.njk"), "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{{ title }}</title></head><body><main>{{ content | safe }}</main></body></html>\n");
for (const a of corpus) {
  const body = segment(a.text).body.join("\n\n");
  await writeFile(join(bare, "src", a.file.replace(/\.txt$/, ".md")), `---\nlayout: layout.njk\ntitle: ${JSON.stringify(a.file)}\n---\n${body}\n`);
}
const eleventyScript = `import Eleventy from "@11ty/eleventy"; const e = new Eleventy(${JSON.stringify(join(bare, "src"))}, ${JSON.stringify(join(bare, "out"))}, { quietMode: true }); await e.write();`;
await writeFile(join(PROJECT_ROOT, ".bench-eleventy.mjs"), eleventyScript);
let bareEleventy;
try {
  bareEleventy = await run(process.execPath, [join(PROJECT_ROOT, ".bench-eleventy.mjs")], bare);
} finally {
  await rm(join(PROJECT_ROOT, ".bench-eleventy.mjs"), { force: true });
}
if (bareEleventy.code !== 0) throw new Error(`bare Eleventy failed:\n${bareEleventy.output.slice(-2000)}`);

log("baseline: bare Pagefind on our site…");
const pagefindBin = join(PROJECT_ROOT, "node_modules", "@pagefind", "linux-x64", "bin", "pagefind_extended");
const barePagefind = await run(pagefindBin, ["--site", outDir, "--output-path", join(work, "bare-pagefind")]);
if (barePagefind.code !== 0) throw new Error(`bare Pagefind failed:\n${barePagefind.output.slice(-2000)}`);

// ---- report --------------------------------------------------------------------------------------

const results = {
  articles: N,
  extractPerSecond,
  buildSeconds: +cold.seconds.toFixed(2),
  phases: { read: +(t.read ?? 0).toFixed(2), extract: +(t.extract ?? 0).toFixed(2), render: +((t["body html"] ?? 0) + (t["site data"] ?? 0) + (t["page keys"] ?? 0) + (t.render ?? 0) + (t["data files"] ?? 0)).toFixed(2), index: +(t.index ?? 0).toFixed(2) },
  baselineEleventySeconds: +bareEleventy.seconds.toFixed(2),
  baselinePagefindSeconds: +barePagefind.seconds.toFixed(2),
  addOneSeconds: +addOne.seconds.toFixed(2),
  peakRssMB: mb(cold.peaks.node),
  pagefindPeakRssMB: mb(cold.peaks.pagefind),
  baselinePagefindPeakRssMB: mb(barePagefind.peaks.pagefind || barePagefind.peaks.node),
  addOneShards: addReport.searchShards,
  /** the build's own timings, phase by phase: the cold build's and the add-one rebuild's */
  timings: { cold: t, addOne: addReport.timings },
};
const engines = results.baselineEleventySeconds + results.baselinePagefindSeconds;
const rows: [string, string, string][] = [
  ["articles", String(N), ""],
  ["extraction (one core)", `${extractPerSecond.toLocaleString("en-US")} articles/s`, "target ≥ 2,000/s"],
  ["full cold build", `${results.buildSeconds} s`, `target ≤ ${(1.25 * engines).toFixed(1)} s (1.25 × engines)`],
  ["  read / extract / render / index", `${results.phases.read} / ${results.phases.extract} / ${results.phases.render} / ${results.phases.index} s`, ""],
  ["bare Eleventy", `${results.baselineEleventySeconds} s`, `peak ${mb(bareEleventy.peaks.node)} MB`],
  ["bare Pagefind", `${results.baselinePagefindSeconds} s`, `peak ${results.baselinePagefindPeakRssMB} MB`],
  ["add one article + rebuild", `${results.addOneSeconds} s`, `target ≤ ${(0.15 * results.buildSeconds).toFixed(1)} s (15% of full); ${addReport.searchShards.total - addReport.searchShards.reused} of ${addReport.searchShards.total} search shards re-indexed`],
  ["peak RSS, our build", `${results.peakRssMB} MB`, "target ≤ 1024 MB"],
  ["peak RSS, Pagefind process", `${results.pagefindPeakRssMB} MB`, ""],
];
const w = Math.max(...rows.map((r) => r[0].length));
console.log(rows.map(([a, b, c]) => `${a.padEnd(w)}  ${b.padEnd(22)}  ${c}`).join("\n"));
if (values.json) await writeFile(values.json, JSON.stringify(results, null, 2) + "\n");
if (!values.keep) await rm(work, { recursive: true, force: true });
else log(`kept ${work}`);
