// The build's memory: V8 lets the heap grow well past what is alive before it collects (on a
// machine with memory to spare, to several times it). A build of 10,000 articles holds ~500 MB
// and makes gigabytes of short-lived garbage, so it collects at chosen points instead: between
// Eleventy runs, and during extraction whenever the heap has grown well past what was alive at the
// last collection. gc() is not exposed by default; this exposes it from within, so no node flag is
// needed.
import v8 from "node:v8";
import vm from "node:vm";

v8.setFlagsFromString("--expose-gc");
const gc = vm.runInNewContext("gc") as (options?: { type: "major" | "minor"; execution: "sync" | "async" }) => void | Promise<void>;

let liveAfterLast = 0;

/** A full collection now. */
export function collectGarbage(): void {
  gc();
  liveAfterLast = v8.getHeapStatistics().used_heap_size;
}

/**
 * A full collection run as V8 runs its own (marking concurrently, on other threads where it can),
 * rather than stopping everything: between Eleventy runs, where the next run can wait for it.
 */
export async function collectGarbageConcurrently(): Promise<void> {
  await gc({ type: "major", execution: "async" });
  liveAfterLast = v8.getHeapStatistics().used_heap_size;
}

/** Grown past this much above what was alive last time (and at least half again as much), collect. */
const GROWTH = 192 * 1024 * 1024;

/** Collects when the heap has grown by GROWTH and by half over what was alive after the last collection. Cheap to call often. */
export function collectIfGrown(): void {
  const used = v8.getHeapStatistics().used_heap_size;
  if (used > liveAfterLast + GROWTH && used > liveAfterLast * 1.5) collectGarbage();
}
