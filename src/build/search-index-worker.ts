// The search index's thread (see indexInBackground in search-index.ts): told which article pages
// are written, it indexes each shard as soon as all its pages are there.
import { parentPort, workerData } from "node:worker_threads";
import { buildSearchIndex, type IndexWorkerData } from "./search-index.ts";
import { linkFiles, type LinkPair } from "./link-pages.ts";

const { siteDir, articles, previous } = workerData as IndexWorkerData;
const written = new Set<string>();
let done = false;
let waiting: (() => void)[] = [];

parentPort!.on("message", (m: { written?: string[]; done?: boolean; link?: LinkPair[]; ids?: string[]; ticket?: number }) => {
  for (const id of m.written ?? []) written.add(id);
  if (m.link) {
    try {
      linkFiles(m.link);
      for (const id of m.ids ?? []) written.add(id);
      parentPort!.postMessage({ linked: m.ticket });
    } catch (e) {
      parentPort!.postMessage({ linked: m.ticket, linkError: (e as Error).message });
    }
  }
  if (m.done) done = true;
  const w = waiting;
  waiting = [];
  for (const resolve of w) resolve();
});

async function pagesReady(ids: string[]): Promise<void> {
  for (;;) {
    if (ids.every((id) => written.has(id))) return;
    if (done) throw new Error(`pages never written: ${ids.filter((id) => !written.has(id)).slice(0, 3).join(", ")}`);
    await new Promise<void>((resolve) => waiting.push(resolve));
  }
}

buildSearchIndex(siteDir, articles, previous, pagesReady).then(
  (result) => parentPort!.postMessage({ result }),
  (e: Error) => parentPort!.postMessage({ error: e.message }),
);
