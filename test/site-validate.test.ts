// The built site as a whole: every page is valid HTML (html-validate's recommended rules, with the
// few exceptions below), and every internal link or resource resolves to a file of the site, down
// to the element a #fragment names. SITE_DIR=path checks another built site (e.g. a large corpus).
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, statSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { HtmlValidate, formatterFactory } from "html-validate";
import { builtSeeds } from "./helpers.ts";

const validator = new HtmlValidate({
  extends: ["html-validate:recommended"],
  rules: {
    // HTML5's own spelling; the recommended preset wants the upper case of older doctypes.
    "doctype-style": ["error", { style: "lowercase" }],
    // Templates indent with the markup; stray spaces at line ends change nothing a reader sees.
    "no-trailing-whitespace": "off",
    // An article page's title is the article's own headline, however long its author made it.
    "long-title": "off",
    // Subresource integrity guards files from other hosts; every file here comes from the site itself.
    "require-sri": "off",
  },
});

/** The site to check: SITE_DIR, else the seeds built once for this file. */
async function siteDir(): Promise<string> {
  if (process.env.SITE_DIR) return process.env.SITE_DIR;
  const result = await builtSeeds();
  assert.equal(result.ok, true, result.message);
  return result.outDir;
}

async function siteFiles(dir: string, ext: RegExp): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string) => {
    for (const e of await readdir(d, { withFileTypes: true })) {
      // Pagefind's bundle is its own; its pages are not ours to validate.
      if (e.isDirectory()) {
        if (!(d === dir && e.name === "pagefind")) await walk(join(d, e.name));
      } else if (ext.test(e.name)) out.push(join(d, e.name));
    }
  };
  await walk(dir);
  return out;
}

test("every page is valid HTML", async () => {
  const root = await siteDir();
  const pages = await siteFiles(root, /\.html$/);
  assert.ok(pages.length > 20);
  const text = formatterFactory("text");
  const problems: string[] = [];
  for (const f of pages) {
    const report = await validator.validateString(await readFile(f, "utf8"), f.slice(root.length));
    if (!report.valid) problems.push(text(report.results));
  }
  assert.equal(problems.length, 0, problems.join("\n").slice(0, 4000));
});

/** The file a site path is served from, as sirv (and any static host) resolves it. */
function fileFor(root: string, path: string): string | null {
  const clean = decodeURIComponent(path.split(/[?#]/)[0]);
  const candidate = join(root, clean);
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = join(candidate, "index.html");
  return existsSync(index) ? index : null;
}

test("every internal link and resource resolves, including the element its #fragment names", async () => {
  const root = await siteDir();
  const files = await siteFiles(root, /\.(html|svg|xml)$/);
  const ids = new Map<string, Set<string>>();
  const idsOf = async (file: string) => {
    let set = ids.get(file);
    if (!set) {
      const html = await readFile(file, "utf8");
      set = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
      ids.set(file, set);
    }
    return set;
  };
  const broken: string[] = [];
  let checked = 0;
  for (const file of files) {
    const html = await readFile(file, "utf8");
    const from = file.slice(root.length);
    for (const m of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      const url = m[1].replace(/&amp;/g, "&");
      if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith("//")) continue;
      checked++;
      if (url.startsWith("#")) {
        if (url.length > 1 && !(await idsOf(file)).has(decodeURIComponent(url.slice(1)))) broken.push(`${from}: ${url} (no such id)`);
        continue;
      }
      if (!url.startsWith("/")) {
        broken.push(`${from}: ${url} (relative links break when a page moves; use a path from the root)`);
        continue;
      }
      const target = fileFor(root, url);
      if (!target) {
        broken.push(`${from}: ${url}`);
        continue;
      }
      const hash = url.split("#")[1];
      if (hash && !(await idsOf(target)).has(decodeURIComponent(hash))) broken.push(`${from}: ${url} (no such id)`);
    }
  }
  assert.ok(checked > 200, `only ${checked} links checked`);
  assert.deepEqual(broken, []);
});
