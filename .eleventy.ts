// Eleventy's configuration. The build script (scripts/build.ts) computes the archive's data — records,
// places, sources, timeline — and hands it to Eleventy as global data `archive`, so templates only
// present data and never extract anything themselves.
import type { SiteData } from "./src/site/site-data.ts";
import { registerFilters } from "./src/site/filters.ts";
import { registerCsp } from "./src/site/csp.ts";
import pluginRss from "@11ty/eleventy-plugin-rss";
import nunjucks, { type Environment } from "nunjucks";

// Eleventy's UserConfig type is not exported in a form TypeScript can name from ESM, so the
// parts we use are typed here.
export interface EleventyConfig {
  addGlobalData(name: string, value: unknown): void;
  addFilter(name: string, fn: (...args: any[]) => unknown): void;
  addPassthroughCopy(map: Record<string, string> | string): void;
  setNunjucksEnvironmentOptions(options: Record<string, unknown>): void;
  addWatchTarget(path: string): void;
  setQuietMode(quiet: boolean): void;
  addPlugin(plugin: unknown, options?: unknown): void;
  [key: string]: unknown;
}

export default function (eleventyConfig: EleventyConfig) {
  // Everything printed on a page comes from scraped text or front matter: escape it by default,
  // and mark the only trusted HTML (the sanitized body, inline SVG we draw) with `| safe`.
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: false, trimBlocks: true, lstripBlocks: true });
  eleventyConfig.addPassthroughCopy({ "templates/assets": "assets" });
  cacheNunjucksTemplates(eleventyConfig);
  registerFilters(eleventyConfig);
  registerCsp(eleventyConfig);
  // The Atom feed (templates/feed.njk) uses its dateToRfc3339 and absoluteUrl filters.
  eleventyConfig.addPlugin(pluginRss);
  return {
    // Input and output folders come from the build (src/build/render.ts), so tests and --out can choose them.
    dir: { input: "templates", includes: "_includes", layouts: "_includes/layouts", data: "_data" },
    templateFormats: ["njk"],
    htmlTemplateEngine: "njk",
    markdownTemplateEngine: false,
  };
}

/**
 * Eleventy marks Nunjucks as not cacheable, so every paginated page (every article) compiled its
 * template and layout again: half the render time of a 2,000-article build went to the Nunjucks
 * compiler. Re-registering "njk" with our own compile step lets Eleventy cache each compiled
 * template. The cache key carries this configuration's identity, so a rebuild in a long-running
 * `npm start` (a new Eleventy, possibly with edited includes) never reuses a stale compilation.
 */
function cacheNunjucksTemplates(eleventyConfig: EleventyConfig): void {
  let env: Environment | null = null;
  (eleventyConfig.amendLibrary as (name: string, fn: (env: Environment) => void) => void)("njk", (e: Environment) => {
    env = e;
  });
  const configId = `${process.pid}-${Date.now()}-${Math.random()}`;
  (eleventyConfig.addExtension as (ext: string, options: object) => void)("njk", {
    key: "njk",
    compileOptions: {
      cache: true,
      permalink: true,
      getCacheKey: (str: string, inputPath: string) => `${configId}\0${inputPath}\0${str}`,
    },
    compile(str: string, inputPath: string) {
      if (!env) throw new Error("the Nunjucks environment is not ready");
      const template = new nunjucks.Template(str, env, inputPath, false);
      return (data: object) =>
        new Promise<string>((resolve, reject) => template.render(data, (err, out) => (err ? reject(err) : resolve(out ?? ""))));
    },
  });
}

export type { SiteData };
