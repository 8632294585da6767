// Shared by the browser tests: Debian's Chromium driven by playwright-core (no browser download is
// possible here), and a guard that fails a test on any request to another host.
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
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

const require = createRequire(import.meta.url);
let axeSource: string | null = null;

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** Runs axe-core in the page (its source injected from node_modules, never fetched) and returns the violations. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  axeSource ??= readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: unknown): Promise<{ violations: AxeViolation[] }> } }).axe;
    const res = await axe.run(document, { resultTypes: ["violations"] });
    return res.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
  });
}

/** Pagefind UI result titles once every listed result has loaded (until then a result shows a placeholder). */
export async function settledTitles(page: Page): Promise<string[]> {
  await page.waitForFunction(
    () => {
      const results = document.querySelectorAll(".pagefind-ui__result");
      return results.length > 0 && [...results].every((r) => r.querySelector(".pagefind-ui__result-link"));
    },
    null,
    { timeout: 15000 },
  );
  return page.locator(".pagefind-ui__result-title").allTextContents();
}
