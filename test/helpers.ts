// Shared by the integration tests: one build of the seeds per test run, in a temporary folder.
import { mkdtemp, readFile } from "node:fs/promises";
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build, type BuildResult } from "../src/build/build.ts";
import { PROJECT_ROOT } from "../src/build/paths.ts";

export const SEEDS = join(PROJECT_ROOT, "seeds");

// Every test file runs in its own process, so its folders go when it exits; a whole run used to
// leave ~100 MB of builds in /tmp. KEEP_TEST_DIRS=1 keeps them for a look after a failure.
const made: string[] = [];
process.on("exit", () => {
  if (process.env.KEEP_TEST_DIRS) return;
  for (const dir of made) {
    // a build's detached clean-up of an old site may be removing files in there at the same time
    try { rmSync(dir, { recursive: true, force: true, maxRetries: 3 }); } catch (error) { console.error(`could not remove ${dir}: ${(error as Error).message}`); }
  }
});

export async function tempDir(prefix = "archive-test-"): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

let seedBuild: Promise<BuildResult> | null = null;
/** The seeds built once (with the search index) and shared by every test that only reads the output. */
export function builtSeeds(): Promise<BuildResult> {
  seedBuild ??= tempDir().then((dir) => build({ seedsDir: SEEDS, outDir: join(dir, "site") }));
  return seedBuild;
}

export async function readOut(result: BuildResult, path: string): Promise<string> {
  return readFile(join(result.outDir, path), "utf8");
}
