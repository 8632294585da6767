// Carrying pages over from the previous build: each file hard-linked into the new site (copied
// where links are not possible), so an unchanged page costs no rendering and no writing.
//
// Synchronous calls: tens of thousands of tiny file system operations, each a thread-pool round
// trip when awaited. Large sets go to a thread of their own, where the seconds they take overlap
// with rendering.
import { copyFileSync, linkSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { Worker } from "node:worker_threads";

export type LinkPair = [from: string, to: string];

/** Below this many files, starting a thread costs more than linking them here. */
const ON_THREAD = 500;

export function linkFiles(pairs: LinkPair[]): void {
  for (const [from, to] of pairs) {
    mkdirSync(dirname(to), { recursive: true });
    try {
      linkSync(from, to);
    } catch {
      copyFileSync(from, to);
    }
  }
}

// linkFiles as a plain script: the thread then needs no TypeScript loader.
const SCRIPT = `const fs = require("node:fs"), path = require("node:path");
for (const [from, to] of require("node:worker_threads").workerData) {
  fs.mkdirSync(path.dirname(to), { recursive: true });
  try { fs.linkSync(from, to); } catch { fs.copyFileSync(from, to); }
}`;

/** linkFiles, on a thread of its own when there are many. */
export function linkFilesInBackground(pairs: LinkPair[]): Promise<void> {
  if (pairs.length < ON_THREAD) {
    try {
      linkFiles(pairs);
      return Promise.resolve();
    } catch (e) {
      return Promise.reject(e);
    }
  }
  return new Promise((resolve, reject) => {
    const worker = new Worker(SCRIPT, { eval: true, workerData: pairs });
    worker.once("error", reject);
    worker.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`linking carried-over pages stopped (exit code ${code})`))));
  });
}
