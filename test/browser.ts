// Shared by the browser tests: Debian's Chromium driven by playwright-core (no browser download is
// possible here), and a guard that fails a test on any request to another host.
import { existsSync } from "node:fs";
import { chromium, type Browser, type Page } from "playwright-core";
import type { Server } from "node:http";
import { createSiteServer, listen } from "../src/build/serve.ts";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
/** Browser tests run wherever Chromium is installed, and must run in CI (where .ci/run installs it). */
export const browserSkip = !existsSync(CHROMIUM) && !process.env.CI ? `no Chromium at ${CHROMIUM}` : false;

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic", "--no-first-run", "--disable-component-update", "--disable-sync"],
  });
}

export async function serve(outDir: string): Promise<{ server: Server; base: string }> {
  const server = createSiteServer(outDir);
  const port = await listen(server, 0, "127.0.0.1");
  return { server, base: `http://127.0.0.1:${port}` };
}

/** Records every request that leaves the local server, so a test can assert there were none. */
export function watchForeignRequests(page: Page, base: string): string[] {
  const foreign: string[] = [];
  const origin = new URL(base).origin;
  page.on("request", (req) => {
    const url = req.url();
    if (!url.startsWith(origin) && !url.startsWith("data:") && !url.startsWith("blob:") && !url.startsWith("file:")) foreign.push(url);
  });
  return foreign;
}
