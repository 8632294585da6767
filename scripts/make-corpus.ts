// npm run corpus -- --articles N [--seed S] [--out DIR] [--from DIR]
// Writes a deterministic synthetic corpus (the same seed number gives the same files) for the benchmark.
import { parseArgs } from "node:util";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { generateCorpus } from "../src/bench/corpus.ts";
import { listSeedFiles } from "../src/ingest/read-seeds.ts";

const { values } = parseArgs({
  options: {
    articles: { type: "string", default: "1000" },
    seed: { type: "string", default: "1" },
    out: { type: "string", default: "tmp/corpus" },
    from: { type: "string", default: "seeds" },
  },
});
const texts = await Promise.all((await listSeedFiles(values.from!)).map((f) => readFile(f, "utf8")));
const corpus = generateCorpus(texts, Number(values.articles), Number(values.seed));
await mkdir(values.out!, { recursive: true });
for (const a of corpus) await writeFile(join(values.out!, a.file), a.text);
console.log(`wrote ${corpus.length} articles to ${values.out}`);
