// @11ty/eleventy-plugin-rss ships JavaScript without type declarations; .eleventy.ts only passes
// the plugin to addPlugin.
declare module "@11ty/eleventy-plugin-rss" {
  const plugin: (eleventyConfig: unknown, options?: Record<string, unknown>) => void;
  export default plugin;
}
