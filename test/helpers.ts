// Shared by the integration tests: one build of the seeds per test run, in a temporary folder.
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build, type BuildResult } from "../src/build/build.ts";
import { PROJECT_ROOT } from "../src/build/paths.ts";

export const SEEDS = join(PROJECT_ROOT, "seeds");

export async function tempDir(prefix = "archive-test-"): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
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
