// Marks the sentences that state casualty figures in an article's body HTML, so a reader sees each
// figure in context. The body is sanitized HTML from remark; the sentences come from the extractor's
// plain text, so the two differ in markup, entities, quotes and spacing. Matching is therefore done
// on letters and digits only, and mapped back onto the HTML's text nodes: a sentence that crosses
// inline markup (or even paragraphs) becomes several <mark> elements, and tags are never split.

export interface SentenceToMark {
  /** the sentence as the extractor stated it */
  text: string;
  /** the id the sentence's first <mark> gets, so tables can link to it */
  id: string;
}

export interface HighlightResult {
  html: string;
  /** sentence id → the id of the <mark> that shows it (sentences that share text share a mark) */
  anchors: Map<string, string>;
}

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };
/** Shorter keys would match by chance inside unrelated text. */
const MIN_KEY = 6;
/** Punctuation that belongs to a sentence though it is not part of its key. */
const OPENERS = /[“‘"'(\[¿¡«]/u;
const CLOSERS = /[.!?…"”’')\]»:;,]/u;

interface TextNode {
  /** index of the token in the token list */
  token: number;
  /** decoded text, or null when it holds an entity we cannot decode (left untouched) */
  text: string | null;
}

function decode(raw: string): string | null {
  let ok = true;
  const text = raw.replace(/&(#[xX][0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g, (m, ref: string) => {
    if (ref[0] === "#") {
      const code = ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (code > 0 && code <= 0x10ffff) return String.fromCodePoint(code);
      ok = false;
      return m;
    }
    const v = NAMED[ref.toLowerCase()];
    if (v === undefined) ok = false;
    return v ?? m;
  });
  return ok ? text : null;
}

export function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

const KEY_CHAR = /[\p{L}\p{N}]/u;
/** Turns the key's UTF-16 code units into a string far faster than String.fromCharCode. */
const UTF16 = new TextDecoder("utf-16le");

function isKeyChar(cp: number, ch: string): boolean {
  // ASCII first: almost all of an English body, and far cheaper than a Unicode class test.
  if (cp < 128) return (cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);
  return KEY_CHAR.test(ch);
}

/** Letters and digits, lower-cased: what a sentence and the body have in common whatever the markup. */
export function sentenceKey(text: string): string {
  let key = "";
  for (const ch of text.normalize("NFC")) if (isKeyChar(ch.codePointAt(0)!, ch)) key += ch.toLowerCase();
  return key;
}

/** Whether sentenceKey(text) is at least n long, without building it (the usual answer is yes, early). */
function keyAtLeast(text: string, n: number): boolean {
  let count = 0;
  for (let i = 0; i < text.length && count < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) count++;
    } else return sentenceKey(text).length >= n;
  }
  return count >= n;
}

/** How the body renderer (hast-util-to-html) writes text: only "&" and "<" become references. */
function asRendered(text: string): string {
  return text.replace(/&/g, "&#x26;").replace(/</g, "&#x3C;");
}

/**
 * The common case, cheaply: every sentence appears verbatim in one text node of the HTML, the
 * ranges do not overlap, so each is wrapped where it stands. Returns null when any sentence needs
 * the general matcher.
 */
function highlightVerbatim(html: string, sentences: SentenceToMark[], anchorsOnly = false): HighlightResult | null {
  const anchors = new Map<string, string>();
  const ranges: { at: number; end: number; id: string }[] = [];
  const byText = new Map<string, string>();
  for (const s of sentences) {
    const text = s.text.trim();
    const known = byText.get(text);
    if (known) {
      anchors.set(s.id, known);
      continue;
    }
    if (!keyAtLeast(text, MIN_KEY)) continue;
    const needle = asRendered(text);
    const at = html.indexOf(needle);
    if (at < 0) return null;
    // Inside text, not a tag: the last "<" before the match must have closed before it.
    const lt = html.lastIndexOf("<", at);
    if (lt >= 0 && html.indexOf(">", lt) > at) return null;
    byText.set(text, s.id);
    anchors.set(s.id, s.id);
    ranges.push({ at, end: at + needle.length, id: s.id });
  }
  ranges.sort((a, b) => a.at - b.at);
  for (let i = 1; i < ranges.length; i++) if (ranges[i].at < ranges[i - 1].end) return null;
  if (anchorsOnly) return { html, anchors };
  let out = "";
  let pos = 0;
  for (const r of ranges) {
    out += html.slice(pos, r.at) + `<mark class="claim" id="${r.id}">` + html.slice(r.at, r.end) + "</mark>";
    pos = r.end;
  }
  return { html: out + html.slice(pos), anchors };
}

/**
 * Wraps each sentence's first occurrence in the body with <mark class="claim">. Text is re-escaped
 * where it is split, so nothing from the sentences (which are only searched for) reaches the output.
 */
export function highlightSentences(html: string, sentences: SentenceToMark[]): HighlightResult {
  if (!sentences.length || !html) return { html, anchors: new Map() };
  return highlightVerbatim(html, sentences) ?? highlightByKey(html, sentences);
}

/**
 * Only where each sentence's mark will be (sentence id → mark id), as highlightSentences would
 * say: the site's tables link to the marks without the marked body being built.
 */
export function sentenceAnchors(html: string, sentences: SentenceToMark[]): Map<string, string> {
  if (!sentences.length || !html) return new Map();
  return (highlightVerbatim(html, sentences, true) ?? highlightByKey(html, sentences)).anchors;
}

/** The general matcher: letters and digits only, mapped back onto the HTML's text nodes. */
function highlightByKey(html: string, sentences: SentenceToMark[]): HighlightResult {
  const anchors = new Map<string, string>();
  const tokens = html.match(/<[^>]*>|[^<]+/g) ?? [];
  const nodes: TextNode[] = [];
  // key[i] came from nodes[keyNode[i]].text[keyOffset[i]] (a UTF-16 index); typed arrays keep the
  // mapping compact and fast for long articles.
  const keyCodes = new Uint16Array(html.length * 2);
  const keyNode = new Int32Array(html.length * 2);
  const keyOffset = new Int32Array(html.length * 2);
  let keyLen = 0;
  let rawText = false;
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t];
    if (tok.charCodeAt(0) === 60 /* < */) {
      // Text inside these is not prose; the sanitizer drops them, but stay safe if it ever does not.
      const m = /^<(\/?)(script|style|textarea|title)\b/i.exec(tok);
      if (m) rawText = m[1] !== "/";
      continue;
    }
    if (rawText) continue;
    const text = tok.indexOf("&") < 0 ? tok : decode(tok);
    const n = nodes.push({ token: t, text }) - 1;
    if (text === null) {
      // An undecodable node still separates words, but nothing in it can be marked.
      continue;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c < 128) {
        if ((c >= 48 && c <= 57) || (c >= 97 && c <= 122)) keyCodes[keyLen] = c;
        else if (c >= 65 && c <= 90) keyCodes[keyLen] = c + 32;
        else continue;
        keyNode[keyLen] = n;
        keyOffset[keyLen++] = i;
        continue;
      }
      const cp = text.codePointAt(i)!;
      const ch = String.fromCodePoint(cp);
      if (KEY_CHAR.test(ch)) {
        const lower = ch.toLowerCase();
        for (let j = 0; j < lower.length; j++) {
          keyCodes[keyLen] = lower.charCodeAt(j);
          keyNode[keyLen] = n;
          keyOffset[keyLen++] = i;
        }
      }
      if (cp > 0xffff) i++;
    }
  }
  const key = UTF16.decode(keyCodes.subarray(0, keyLen));


  // Ranges in (node, offset) coordinates, start inclusive, end exclusive.
  interface Range { startNode: number; startOff: number; endNode: number; endOff: number; id: string; order: number }
  const ranges: Range[] = [];
  const byKey = new Map<string, string>();
  for (const s of sentences) {
    const k = sentenceKey(s.text);
    if (k.length < MIN_KEY) continue;
    const known = byKey.get(k);
    if (known) {
      anchors.set(s.id, known);
      continue;
    }
    const at = key.indexOf(k);
    if (at < 0) continue;
    const last = at + k.length - 1;
    let startNode = keyNode[at];
    let startOff = keyOffset[at];
    const endNode = keyNode[last];
    const endText = nodes[endNode].text!;
    let endOff = keyOffset[last] + (endText.codePointAt(keyOffset[last])! > 0xffff ? 2 : 1);
    // Take in the sentence's own quotes and closing punctuation when they sit in the same text node.
    while (startOff > 0 && OPENERS.test(nodes[startNode].text![startOff - 1])) startOff--;
    while (endOff < endText.length && CLOSERS.test(endText[endOff])) endOff++;
    byKey.set(k, s.id);
    anchors.set(s.id, s.id);
    ranges.push({ startNode, startOff, endNode, endOff, id: s.id, order: ranges.length });
  }
  if (!ranges.length) return { html, anchors };

  // Overlapping sentences become one highlight; the later ones link to the earlier one's mark.
  ranges.sort((a, b) => a.startNode - b.startNode || a.startOff - b.startOff);
  const merged: Range[] = [];
  for (const r of ranges) {
    const prev = merged[merged.length - 1];
    if (prev && (r.startNode < prev.endNode || (r.startNode === prev.endNode && r.startOff < prev.endOff))) {
      if (r.endNode > prev.endNode || (r.endNode === prev.endNode && r.endOff > prev.endOff)) {
        prev.endNode = r.endNode;
        prev.endOff = r.endOff;
      }
      for (const [sid, mid] of anchors) if (mid === r.id) anchors.set(sid, prev.id);
      continue;
    }
    merged.push({ ...r });
  }

  // Cut per text node: each node gets the list of [from, to, id|null] segments to wrap.
  const cuts = new Map<number, { from: number; to: number; id: string | null }[]>();
  for (const r of merged) {
    for (let n = r.startNode; n <= r.endNode; n++) {
      const text = nodes[n].text;
      if (text === null) continue;
      const from = n === r.startNode ? r.startOff : 0;
      const to = n === r.endNode ? r.endOff : text.length;
      if (to <= from || (n !== r.startNode && !text.slice(from, to).trim())) continue;
      const list = cuts.get(n) ?? [];
      list.push({ from, to, id: n === r.startNode ? r.id : null });
      cuts.set(n, list);
    }
  }

  const out = tokens.slice();
  for (const [n, list] of cuts) {
    const text = nodes[n].text!;
    let s = "";
    let pos = 0;
    for (const c of list) {
      s += escapeText(text.slice(pos, c.from));
      s += `<mark class="claim"${c.id ? ` id="${c.id}"` : ""}>${escapeText(text.slice(c.from, c.to))}</mark>`;
      pos = c.to;
    }
    s += escapeText(text.slice(pos));
    out[nodes[n].token] = s;
  }
  return { html: out.join(""), anchors };
}

/** The marks for an article's figures: one per figure, in order, so ids are the same wherever computed. */
export function claimMarks(casualties: { sentence: string }[]): SentenceToMark[] {
  return casualties.map((c, k) => ({ text: c.sentence, id: `claim-${k + 1}` }));
}

/**
 * An article's body with its figures' sentences marked. Called per page as it is rendered, so the
 * marked copy of a body lives only while its page is written, not for the whole build.
 */
export function markedBody(article: { html: string; casualties: { sentence: string }[] }): string {
  return highlightSentences(article.html, claimMarks(article.casualties)).html;
}
