// A deterministic synthetic corpus for the benchmark: the same seed number always gives the same
// articles. Articles are assembled from the real seeds' sentences, with varied headlines, dates
// across months, places from the gazetteer and casualty figures, wrapped in the same kinds of page
// chrome and boilerplate that real scraped seeds carry, so every extractor does realistic work.
import { segment } from "../extract/layout.ts";
import { splitSentences } from "../extract/sentences.ts";
import { ENTRIES } from "../extract/gazetteer.ts";

/** mulberry32: a tiny, well-known seeded PRNG; Math.random cannot be seeded. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface CorpusArticle {
  file: string;
  text: string;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const PUBLICATIONS = ["Andes Monitor", "Southern Courier", "Lima Ledger", "Altiplano Times", "Pacific Wire", "Global Research"];
const AUTHORS = ["Ana Quispe", "Luis Mamani", "Jane Roe", "Carlos Huamán", "Rosa Condori", "Tom Field", "María Flores"];
const VERBS = ["Protests spread to", "Clashes erupt in", "Strike paralyses", "Roadblocks cut off", "Thousands march in", "Police crack down in", "Curfew declared in", "Vigil held in"];
const WHO = ["protesters", "people", "demonstrators", "civilians", "police officers"];
const KIND_PHRASES = [
  (n: string, who: string, place: string, date: string) => `At least ${n} ${who} were killed in ${place} on ${date}, according to the ombudsman.`,
  (n: string, who: string, place: string, date: string) => `Health officials in ${place} said ${n} ${who} had been injured in clashes on ${date}.`,
  (n: string, _who: string, place: string, date: string) => `Police detained ${n} people in ${place} on ${date}, local media reported.`,
  (n: string, _who: string, _place: string, _date: string) => `The death toll from the unrest rose to ${n}, the health ministry said.`,
];
const CHROME_TOP = [["top of page"], ["Skip to content", "Menu"], ["Share this article"], []];
const CHROME_BOTTOM = [
  (pub: string, author: string) => [`The original source of this article is ${pub}`, `Copyright © ${author}, ${pub}, 2023`, "Disclaimer: The contents of this article are of sole responsibility of the author(s)."],
  () => ["Follow us on Instagram and Twitter and subscribe to our Telegram Channel.", "bottom of page"],
  () => ["Note to readers: Please click the share buttons above or below."],
  () => [],
];

function pick<T>(r: () => number, list: readonly T[]): T {
  return list[Math.floor(r() * list.length)];
}

/** The sentences of the real seeds, the raw material of every synthetic article. */
export function sentencePool(seedTexts: string[]): string[] {
  const pool: string[] = [];
  for (const text of seedTexts) for (const p of segment(text).plain) for (const s of splitSentences(p)) if (s.length > 40 && s.length < 400) pool.push(s);
  return pool;
}

export function generateCorpus(seedTexts: string[], count: number, seed = 1, targetBytes = 6000): CorpusArticle[] {
  const r = rng(seed);
  const pool = sentencePool(seedTexts);
  if (!pool.length) throw new Error("the seeds gave no sentences to build a corpus from");
  const places = ENTRIES.filter((e) => e.country === "PE" && (e.kind === "region" || e.kind === "city")).map((e) => e.name);
  const width = String(count).length;
  const out: CorpusArticle[] = [];
  for (let i = 0; i < count; i++) {
    // Dates span December 2022 to late 2023, so month groupings and timelines have real spread.
    const day = new Date(Date.UTC(2022, 11, 1) + Math.floor(r() * 390) * 86400000);
    const dateText = `${MONTHS[day.getUTCMonth()]} ${day.getUTCDate()}, ${day.getUTCFullYear()}`;
    const eventText = `${MONTHS[day.getUTCMonth()]} ${Math.max(1, day.getUTCDate() - 1)}`;
    const place = pick(r, places);
    const pub = pick(r, PUBLICATIONS);
    const author = pick(r, AUTHORS);
    const lines: string[] = [...pick(r, CHROME_TOP)];
    lines.push(`${pick(r, VERBS)} ${place} as unrest enters week ${1 + Math.floor(r() * 40)}`);
    if (r() < 0.6) lines.push(`By ${author}`);
    if (r() < 0.6) lines.push(`${pub}, ${dateText}`);
    if (r() < 0.3) lines.push("Region: Latin America & Caribbean");
    let size = lines.join("\n\n").length;
    const body: string[] = [];
    while (size < targetBytes) {
      const para: string[] = [];
      const sentences = 2 + Math.floor(r() * 4);
      for (let k = 0; k < sentences; k++) {
        if (r() < 0.12) para.push(pick(r, KIND_PHRASES)(String(1 + Math.floor(r() * 60)), pick(r, WHO), pick(r, places), eventText));
        else para.push(pick(r, pool));
      }
      const p = para.join(" ");
      body.push(p);
      size += p.length + 2;
    }
    lines.push(...body, ...pick(r, CHROME_BOTTOM)(pub, author));
    out.push({ file: `${String(i).padStart(width, "0")}-${place.toLowerCase().normalize("NFD").replace(/[^a-z]+/g, "-")}.txt`, text: lines.join("\n\n") + "\n" });
  }
  return out;
}
