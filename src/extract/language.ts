// The article's language, for the page's lang attribute, search (Pagefind splits its index by
// language) and the language-specific extraction rules. tinyld is small, pure JS and fast; the
// first few thousand characters are plenty for a news article.
import { detect } from "tinyld";

export function detectLanguage(text: string, fallback = "en"): string {
  const sample = text.slice(0, 3000);
  if (sample.replace(/[^\p{L}]/gu, "").length < 20) return fallback;
  const lang = detect(sample);
  return /^[a-z]{2,3}$/.test(lang) ? lang : fallback;
}
