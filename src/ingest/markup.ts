// Seeds are plain text or Markdown, but scrapes and copy-paste bring HTML along, and a seed from
// someone else may carry markup on purpose. The body's HTML is sanitized when it is rendered, but
// the title, excerpt, casualty sentences and the rest are plain text that also lands in feeds, data
// files and the search index, where a stray <script> or onerror= is at best noise and at worst an
// injection waiting for a careless consumer. So markup is removed once, here, before extraction.
//
// Everything below is a single left-to-right pass or a regex whose every quantifier stops at the
// next '<', '>' or newline (or has a fixed bound): a seed of 50,000 '<' or '[' costs linear time.

/** Elements whose content is code or hidden chrome, not article text: removed together with it. */
const DROP_WITH_CONTENT = new Set(["script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "noscript", "noembed", "noframes", "template", "svg", "math", "xmp", "canvas", "audio", "video", "select", "button"]);

/** Elements that end a paragraph: replaced with a blank line so the text keeps its structure. */
const BLOCK = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "ul", "ol", "dl", "section", "article", "header", "footer", "aside", "nav", "main", "figure", "hr", "address", "details", "form", "fieldset", "body", "html", "head", "title"]);
/** Elements that end a line: a newline, which the layout step rejoins when the sentence runs on. */
const LINE = new Set(["div", "li", "dt", "dd", "tr", "thead", "tbody", "tfoot", "figcaption", "summary", "br"]);

const INLINE = [
  "a", "abbr", "acronym", "area", "b", "base", "basefont", "bdi", "bdo", "big", "blink", "br", "caption", "center", "cite", "code", "col", "colgroup",
  "data", "datalist", "del", "dfn", "dialog", "em", "font", "i", "image", "img", "input", "ins", "isindex", "kbd", "keygen", "label", "legend", "link",
  "map", "mark", "marquee", "menu", "menuitem", "meta", "meter", "nobr", "optgroup", "option", "output", "param", "picture", "plaintext", "portal",
  "progress", "q", "rp", "rt", "ruby", "s", "samp", "search", "slot", "small", "source", "span", "strike", "strong", "sub", "sup", "td", "th",
  "textarea", "time", "track", "tt", "u", "var", "wbr", "listing", "spacer", "multicol", "bgsound", "ilayer", "layer", "xml", "xss",
];
const ELEMENTS = new Set([...DROP_WITH_CONTENT, ...BLOCK, ...LINE, ...INLINE]);

/** `<name attrs>` closed before the next '<'; `name` must be followed by space, '/' or '>' so Markdown autolinks (<https://…>) never match. */
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9-]{0,40})(?=[\s/>])([^<>]*)>/y;
/** A tag that never closes on its line, e.g. `<img src=x onerror=alert(1)` — a browser would still read it as one. */
const OPEN_TAG_TO_EOL = /<([A-Za-z][A-Za-z0-9-]{0,40})\s[^<>\n]*=[^<>\n]*/y;
/** <!doctype …>, <?xml …?>, <![CDATA[ and conditional-comment leftovers. */
/** `<script` or `<iframe` left open, with or without attributes: removed to the end of its line. */
const OPEN_CODE_TAG = new RegExp(String.raw`<(${[...DROP_WITH_CONTENT].join("|")})(?![A-Za-z0-9-])[^<>\n]*`, "iy");
const MARKUP_DECL = /<(?:!doctype[^<>]*|\?[^<>]*|!\[CDATA\[|!\[(?:if|endif)[^<>\n]{0,80}\]?)>?/iy;

/** Link targets a browser would run rather than open. */
const SCRIPT_SCHEME = String.raw`(?:javascript|vbscript|livescript|data|file)\s*:`;
/** [text](javascript:…) → text. The target may hold one level of parentheses, as in alert(1). */
const UNSAFE_LINK = new RegExp(String.raw`(!?)\[([^\[\]\n]{0,1000})\]\(\s*<?${SCRIPT_SCHEME}[^()\n]{0,2000}(?:\([^()\n]{0,200}\)[^()\n]{0,2000}){0,20}\)`, "gi");
/** <javascript:…> autolinks, removed whole. */
const UNSAFE_AUTOLINK = new RegExp(String.raw`<\s*${SCRIPT_SCHEME}[^<>\n]{0,2000}>`, "gi");
/** [ref]: javascript:… link definitions, removed whole. */
const UNSAFE_DEFINITION = new RegExp(String.raw`^ {0,3}\[[^\[\]\n]{1,1000}\]:[ \t]*<?${SCRIPT_SCHEME}.*$`, "gim");

export interface Stripped {
  text: string;
  /** lower-case names of the elements removed, in order of first appearance ("comment" for <!-- -->) */
  removed: string[];
}

function isElement(name: string, attrs: string): boolean {
  // Custom elements (<my-widget>) and unknown tags carrying attributes are markup just the same.
  return ELEMENTS.has(name) || name.includes("-") || /=/.test(attrs);
}

/** Removes HTML markup from text, keeping the words between tags. */
export function stripMarkup(input: string): Stripped {
  // Removing a tag can join what was around it into a new one ("<<a href=…>x</a>-->" leaves
  // "<x-->"): passes repeat until nothing more comes off, so stripping twice changes nothing.
  let result = stripOnce(input);
  for (let pass = 0; pass < 4 && result.removed.length && result.text.includes("<"); pass++) {
    const again = stripOnce(result.text);
    if (again.text === result.text) break;
    result = { text: again.text, removed: [...new Set([...result.removed, ...again.removed])] };
  }
  return result;
}

function stripOnce(input: string): Stripped {
  const removed = new Set<string>();
  let text = input;
  if (/\]\(|<|\]:/.test(text)) {
    text = text
      .replace(UNSAFE_LINK, (_m, _bang: string, label: string) => {
        removed.add("script link");
        return label;
      })
      .replace(UNSAFE_AUTOLINK, () => {
        removed.add("script link");
        return "";
      })
      .replace(UNSAFE_DEFINITION, () => {
        removed.add("script link");
        return "";
      });
  }
  if (!text.includes("<")) return { text, removed: [...removed] };

  // Only A–Z are folded: toLowerCase() can change a string's length (İ → i̇) and so its offsets.
  const lower = text.replace(/[A-Z]+/g, (s) => s.toLowerCase());
  // indexOf from a later position cannot succeed where one from an earlier position failed, so a
  // failed search for a closing tag is remembered: 50,000 unclosed <script>s cost one scan.
  const noCloseAfter = new Map<string, number>();
  let noCommentEnd = false;
  // Unknown names count as elements when they carry attributes; their bare closing tags then too.
  const seen = new Set<string>();
  const out: string[] = [];
  let i = 0;
  let copyFrom = 0;
  const cut = (from: number, to: number, replacement: string) => {
    out.push(text.slice(copyFrom, from), replacement);
    copyFrom = to;
  };
  while ((i = text.indexOf("<", i)) >= 0) {
    if (text.startsWith("<!--", i)) {
      const end = noCommentEnd ? -1 : text.indexOf("-->", i + 4);
      if (end < 0) noCommentEnd = true;
      removed.add("comment");
      cut(i, end >= 0 ? end + 3 : i + 4, "");
      i = end >= 0 ? end + 3 : i + 4;
      continue;
    }
    MARKUP_DECL.lastIndex = i;
    const decl = MARKUP_DECL.exec(text);
    if (decl) {
      removed.add("declaration");
      cut(i, i + decl[0].length, "");
      i += decl[0].length;
      continue;
    }
    TAG.lastIndex = i;
    const tag = TAG.exec(text);
    if (tag && (isElement(tag[2].toLowerCase(), tag[3]) || seen.has(tag[2].toLowerCase()))) {
      const name = tag[2].toLowerCase();
      seen.add(name);
      const closing = tag[1] === "/";
      let end = i + tag[0].length;
      removed.add(name);
      if (!closing && DROP_WITH_CONTENT.has(name) && !/\/\s*$/.test(tag[3])) {
        const needle = `</${name}`;
        const known = noCloseAfter.get(name);
        const close = known !== undefined && known <= end ? -1 : lower.indexOf(needle, end);
        if (close < 0) noCloseAfter.set(name, Math.min(known ?? end, end));
        else {
          const gt = text.indexOf(">", close);
          end = gt >= 0 ? gt + 1 : close + needle.length;
        }
      }
      cut(i, end, LINE.has(name) ? "\n" : name === "td" || name === "th" ? " " : BLOCK.has(name) || DROP_WITH_CONTENT.has(name) ? "\n\n" : "");
      i = end;
      continue;
    }
    OPEN_TAG_TO_EOL.lastIndex = i;
    const open = OPEN_TAG_TO_EOL.exec(text);
    OPEN_CODE_TAG.lastIndex = i;
    const code = open ? null : OPEN_CODE_TAG.exec(text);
    if (code) {
      removed.add(code[1].toLowerCase());
      cut(i, i + code[0].length, "");
      i += code[0].length;
      continue;
    }
    if (open && ELEMENTS.has(open[1].toLowerCase())) {
      removed.add(open[1].toLowerCase());
      cut(i, i + open[0].length, "");
      i += open[0].length;
      continue;
    }
    i++;
  }
  if (!removed.size) return { text, removed: [] };
  out.push(text.slice(copyFrom));
  // Removed block tags leave runs of blank lines and trailing spaces behind.
  const joined = out.join("").replace(/[ \t]+\n/g, "\n").replace(/\n{3,}/g, "\n\n");
  return { text: joined, removed: [...removed] };
}

/** "script, iframe and 2 more" — element names only, never angle brackets, so the message itself is not markup. */
export function describeRemoved(names: string[]): string {
  const shown = names.slice(0, 4).join(", ");
  return names.length > 4 ? `${shown} and ${names.length - 4} more` : shown;
}
