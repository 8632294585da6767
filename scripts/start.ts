// npm start [-- --seeds DIR] [--out DIR] [--port N]
// Builds the archive, serves it on http://localhost:PORT, and rebuilds when a seed or template
// changes. A failed rebuild is reported and the last good site stays served.
import { parseArgs } from "node:util";
import { resolve, join } from "node:path";
import chokidar from "chokidar";
import { build, formatReport } from "../src/build/build.ts";
import { PROJECT_ROOT } from "../src/build/paths.ts";
import { createSiteServer, listen } from "../src/build/serve.ts";

const { values } = parseArgs({
  options: {
    seeds: { type: "string", default: "seeds" },
    out: { type: "string", default: "_site" },
    port: { type: "string", default: "8080" },
    host: { type: "string", default: "localhost" },
  },
});
const seedsDir = resolve(values.seeds!);
const outDir = resolve(values.out!);
const port = Number(values.port);

let building = false;
let again = false;
async function rebuild(reason: string): Promise<void> {
  if (building) {
    again = true;
    return;
  }
  building = true;
  console.log(`\n[${new Date().toLocaleTimeString()}] building (${reason})…`);
  try {
    const result = await build({ seedsDir, outDir });
    console.log(formatReport(result));
    if (!result.ok) console.log("The last good site is still being served.");
  } catch (e) {
    console.error(`Build failed: ${(e as Error).message}. The last good site is still being served.`);
  } finally {
    building = false;
    if (again) {
      again = false;
      void rebuild("more changes");
    }
  }
}

await rebuild("start");

const server = createSiteServer(outDir);
const actualPort = await listen(server, port, values.host);
console.log(`Serving ${outDir} on http://${values.host}:${actualPort}/ — watching ${seedsDir} (Ctrl+C to stop)`);

let timer: NodeJS.Timeout | undefined;
chokidar
  .watch([seedsDir, join(PROJECT_ROOT, "templates")], { ignoreInitial: true, awaitWriteFinish: { stabilityThreshold: 200, pollInterval: 50 } })
  .on("all", (event, path) => {
    clearTimeout(timer);
    timer = setTimeout(() => void rebuild(`${event} ${path}`), 150);
  });
