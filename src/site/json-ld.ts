// An article's schema.org data, made as its page is rendered (the newsArticle filter) rather
// than held for every article through the build.
import type { Article } from "../records/types.ts";

/** What search engines and link previews read: schema.org's NewsArticle, only the fields we know. */
export function newsArticle(r: Article & { absoluteUrl: string }): Record<string, unknown> {
  const url = r.absoluteUrl;
  const ld: Record<string, unknown> = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: r.title,
    description: r.excerpt,
    url,
    mainEntityOfPage: url,
    inLanguage: r.lang,
    wordCount: r.wordCount,
  };
  if (r.date) ld.datePublished = r.date;
  if (r.author) ld.author = { "@type": "Person", name: r.author };
  if (r.source) ld.publisher = { "@type": "Organization", name: r.source };
  if (r.url) ld.isBasedOn = r.url;
  if (r.places.length)
    ld.contentLocation = r.places.slice(0, 12).map((p) => ({ "@type": "Place", name: p.name, geo: { "@type": "GeoCoordinates", latitude: p.lat, longitude: p.lon } }));
  return ld;
}
