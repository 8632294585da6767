// Runs Eleventy on the templates with the archive's data, through its programmatic API so the data
// computed by the build is handed over in memory rather than re-read by a data file.
import Eleventy from "@11ty/eleventy";
import { join } from "node:path";
import type { SiteData } from "../site/site-data.ts";
import { PROJECT_ROOT } from "./paths.ts";

export async function renderSite(site: SiteData, outDir: string): Promise<number> {
  const elev = new Eleventy(join(PROJECT_ROOT, "templates"), outDir, {
    configPath: join(PROJECT_ROOT, ".eleventy.ts"),
    quietMode: true,
    config(cfg: { addGlobalData(name: string, value: unknown): void }) {
      cfg.addGlobalData("archive", site);
    },
  });
  // The build prints its own summary; Eleventy's per-run line would only repeat it.
  elev.setIsVerbose(false);
  const cwd = process.cwd();
  // Eleventy resolves template and passthrough paths against the working directory.
  process.chdir(PROJECT_ROOT);
  try {
    const result = (await elev.write()) as [unknown[], unknown[]] | { templates?: unknown[] };
    const templates = Array.isArray(result) ? (result[1] as unknown[]) : (result.templates ?? []);
    return Array.isArray(templates) ? templates.length : 0;
  } finally {
    process.chdir(cwd);
  }
}
