// `npm start`: builds, serves, and rebuilds when a seed is added while it runs.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { cp, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { join } from "node:path";
import { PROJECT_ROOT } from "../src/build/paths.ts";
import { SEEDS, tempDir } from "./helpers.ts";

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

test("a seed added while npm start runs is served within 10 seconds", { timeout: 120_000 }, async () => {
  const dir = await tempDir();
  const seeds = join(dir, "seeds");
  await cp(SEEDS, seeds, { recursive: true });
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", join(PROJECT_ROOT, "scripts", "start.ts"), "--seeds", seeds, "--out", join(dir, "site"), "--port", String(port), "--host", "127.0.0.1"], { cwd: PROJECT_ROOT, stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  child.stdout.on("data", (d) => (log += d));
  child.stderr.on("data", (d) => (log += d));
  try {
    for (let i = 0; i < 600 && !log.includes("Serving"); i++) await new Promise((r) => setTimeout(r, 100));
    assert.match(log, /Serving/, log);
    const base = `http://127.0.0.1:${port}`;
    assert.equal((await fetch(`${base}/`)).status, 200);

    await writeFile(join(seeds, "late.txt"), "Marchers reach Lima from the south\n\nThousands of marchers from Puno reached Lima on Monday, February 6, 2023, organisers said.\n");
    const started = Date.now();
    let status = 0;
    while (Date.now() - started < 10_000) {
      status = (await fetch(`${base}/articles/marchers-reach-lima-from-the-south/`)).status;
      if (status === 200) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    assert.equal(status, 200, `the new article was not served within 10 s\n${log}`);
    const home = await (await fetch(`${base}/`)).text();
    assert.match(home, /Marchers reach Lima from the south/);
  } finally {
    child.kill("SIGTERM");
  }
});
