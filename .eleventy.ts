// Eleventy's configuration. The build script (scripts/build.ts) computes the archive's data — records,
// places, sources, timeline — and hands it to Eleventy as global data `archive`, so templates only
// present data and never extract anything themselves.
import type { SiteData } from "./src/site/site-data.ts";
import { registerFilters } from "./src/site/filters.ts";
import { registerCsp } from "./src/site/csp.ts";
import pluginRss from "@11ty/eleventy-plugin-rss";

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

export type { SiteData };
