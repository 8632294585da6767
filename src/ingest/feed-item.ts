// A seed saved from a news feed (RSS 2.0 or Atom) is XML: the item's headline, writer, date and
// text sit in elements the HTML stripper does not know (<pubDate>, <dc:creator>, <content:encoded>),
// and the channel's own title and description come first. This turns one feed item into the plain
// article a page would have shown: headline, standfirst, byline, date line, text, and the feed's
// name as its source line. Anything that is not a feed is left alone (null).
//
// Every pattern is bounded by the next '<' of its element, so a hostile file costs linear time.

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

function decode(s: string): string {
  return s
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, "$1")
    .replace(/&(amp|lt|gt|quot|apos|nbsp);/g, (_m, e: string) => ENTITIES[e])
    .replace(/&#(\d{1,6});/g, (_m, n: string) => String.fromCodePoint(Number(n)))
    .trim();
}

/** The text of the first <name …>…</name> in `xml`, or null. */
function element(xml: string, name: string): string | null {
  const open = xml.search(new RegExp(`<${name}(?:\\s[^<>]*)?>`, "i"));
  if (open < 0) return null;
  const start = xml.indexOf(">", open) + 1;
  const end = xml.toLowerCase().indexOf(`</${name.toLowerCase()}>`, start);
  return end < 0 ? null : decode(xml.slice(start, end));
}

/** "https://www.devex.com/news" → "devex" */
function siteWord(link: string | null): string | null {
  const m = link ? /^https?:\/\/(?:www\.)?([a-z0-9-]+)\./i.exec(link) : null;
  return m ? m[1].toLowerCase() : null;
}

export function feedItemToText(text: string): string | null {
  // (only a feed: an item with a date or a writer of its own, inside a channel or a feed element)
  if (text.length > 2_000_000 || !/<(?:item|entry)[\s>]/i.test(text) || !/<(?:pubDate|dc:creator|dc:date|published|updated)[\s>]/i.test(text)) return null;
  const itemStart = text.search(/<(?:item|entry)[\s>]/i);
  const channel = text.slice(0, itemStart);
  const item = text.slice(itemStart);
  const title = element(item, "title");
  if (!title) return null;
  const creator = element(item, "dc:creator") ?? element(item, "name") ?? element(item, "author");
  const date = element(item, "pubDate") ?? element(item, "published") ?? element(item, "dc:date") ?? element(item, "updated");
  const summary = element(item, "description") ?? element(item, "summary");
  const body = element(item, "content:encoded") ?? element(item, "content");
  // The feed's name is the publication's ("Devex News" for devex.com: the site's own word for itself)
  const feedTitle = element(channel, "title");
  const word = siteWord(element(channel, "link") ?? element(item, "link"));
  const source = feedTitle && word && feedTitle.toLowerCase().startsWith(word) ? feedTitle.slice(0, word.length) : feedTitle;
  const parts = [title];
  if (summary && summary !== body) parts.push(summary);
  if (creator) parts.push(`By ${creator}`);
  if (date) parts.push(`Published ${date}`);
  if (body) parts.push(body);
  if (source) parts.push(`Source: ${source}`);
  return parts.join("\n\n");
}
