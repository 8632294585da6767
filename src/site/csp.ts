// A Content-Security-Policy for every page, as a <meta> tag because the archive is static files
// that may be served by anything (a USB stick, GitHub Pages, `npm start`) and no server header can
// be relied on. It is the second line of defence: text from seeds is already escaped or stripped,
// and if some path ever lets markup through, the browser still refuses to run it.
//
// Why each directive is what it is:
// - script-src 'self': only our files (/assets/*.js, /pagefind/*.js); no inline script, no eval.
//   'wasm-unsafe-eval' lets Pagefind compile its WebAssembly search engine, and nothing else.
//   (Pagefind 1.6 runs the search in a worker from /pagefind/pagefind-worker.js; worker-src falls
//   back to script-src, so 'self' covers it.)
// - style-src 'self': Pagefind's UI ships its CSS as a file and sets the few inline styles it needs
//   through the CSSOM (element.style), which CSP does not restrict, so 'unsafe-inline' is not
//   needed; test/hostile.test.ts checks in Chromium that search works with no violation reported.
// - img-src 'self' data:: Pagefind's stylesheet draws its search and clear icons as data: SVGs.
// - connect-src 'self': Pagefind fetches its index, fragments and wasm from /pagefind/.
// - object-src 'none', base-uri 'self', form-action 'self': no plugins, no <base> hijack of
//   relative URLs, no form posting elsewhere.
// frame-ancestors cannot be set from a <meta> tag (browsers ignore it there); it needs a header.

export const CSP_DIRECTIVES: Record<string, string> = {
  "default-src": "'self'",
  "script-src": "'self' 'wasm-unsafe-eval'",
  "style-src": "'self'",
  "img-src": "'self' data:",
  "connect-src": "'self'",
  "object-src": "'none'",
  "base-uri": "'self'",
  "form-action": "'self'",
};

export const CSP = Object.entries(CSP_DIRECTIVES)
  .map(([k, v]) => `${k} ${v}`)
  .join("; ");

const TAG = `<meta http-equiv="Content-Security-Policy" content="${CSP}">`;

/**
 * Adds the policy to a page's <head>. It goes right after <meta charset> (which must stay first)
 * and before any stylesheet or script, because a policy only governs what is parsed after it.
 */
export function addCspMeta(html: string): string {
  // A policy can only be in the head; searching the whole page (every article body) cost more
  // than the rest of this function.
  const headEnd = html.indexOf("</head>");
  const head0 = headEnd >= 0 ? html.slice(0, headEnd) : html;
  if (/<meta\s+http-equiv=["']?content-security-policy/i.test(head0)) return html;
  const head = /<head\b[^>]*>/i.exec(html);
  if (head) {
    const afterHead = head.index + head[0].length;
    const charset = /^\s*<meta\s+charset=[^>]*>/i.exec(html.slice(afterHead));
    const at = afterHead + (charset ? charset[0].length : 0);
    return `${html.slice(0, at)}\n${TAG}${html.slice(at)}`;
  }
  // No <head> written out: the parser opens one implicitly for a <meta> before any content.
  const doctype = /^\s*<!doctype[^>]*>/i.exec(html);
  const at = doctype ? doctype[0].length : 0;
  return `${html.slice(0, at)}\n${TAG}\n${html.slice(at)}`;
}

interface TransformContext {
  page?: { outputPath?: string | false };
  outputPath?: string | false;
}

/** Eleventy transform: HTML outputs only (the feed, JSON and CSV pass through untouched). */
export function cspTransform(this: TransformContext | undefined, content: string, outputPath?: string | false): string {
  const path = this?.page?.outputPath ?? this?.outputPath ?? outputPath;
  return typeof path === "string" && path.endsWith(".html") ? addCspMeta(content) : content;
}

/** The one call .eleventy.ts makes. */
export function registerCsp(config: object): void {
  (config as { addTransform(name: string, fn: typeof cspTransform): void }).addTransform("csp", cspTransform);
}
