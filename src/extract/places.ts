// Finds the places an article names. Matching is dictionary lookup (gazetteer.ts); what this file
// adds is judgment about each hit, because most false places in news text are people and
// organizations named after places ("José de San Martín", "San Marcos University", "Pedro
// Castillo", "The New York Times") or words that happen to be villages somewhere. The rules:
//   - names match capitalized, longest spelling first; all-caps only for countries, regions and
//     big cities ("CUBA:"), initialisms ("US", "U.S.") only in capitals
//   - a hit glued to a given name, a title or another unknown capitalized word is part of a
//     person's or an organization's name; so is one followed by "University", "Party", "Times"…
//   - a surname that the text also uses inside a person's name is that person everywhere
//   - small or generic places need a locative cue ("in", "the town of", "Zepita, Puno")
//   - a demonym names its country only next to a place-like noun ("the Bolivian border")
//   - "region"/"province" cues pick the region or province over the city of the same name
//   - Spanish writes street words in lower case ("la avenida Abancay"), names organizations with a
//     run of capitalized words ("Universidad Nacional Mayor de San Marcos"), and opens wire copy
//     with a dateline city ("LIMA, 10 ene (Reuters)"), which is a place
import type { Place } from "../records/types.ts";
import {
  BY_ID,
  COMMON_WORDS,
  DEMONYMS,
  FIRST_TOKEN,
  FREQUENT_WORDS,
  GIVEN_NAMES,
  INDEX,
  TIER,
  UPPER_ONLY,
  nameKey,
  tokenize,
  type Candidate,
  type GazetteerEntry,
  type Token,
} from "./gazetteer.ts";

export type { GazetteerEntry } from "./gazetteer.ts";

export interface PlaceMention {
  entry: GazetteerEntry;
  /** the text as written ("Cuzco", "CUBA", "Bolivian") */
  surface: string;
  start: number;
  end: number;
}

// ---------------------------------------------------------------------------------------------
// word lists: grammar, not places

const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean));
/** lowercase words allowed inside a multi-word name ("Madre de Dios", "Isle of Man") */
const PARTICLES = words("de del la las los el y e of the and da do dos das di du en al on upon sur le");
/** people's titles: the capitalized word after one is a person ("President Castillo", "Gen. Zavala") */
const TITLES = words(`
  president presidente presidenta vice minister ministro ministra premier general gen gral coronel colonel col
  mariscal marshal captain capt capitan sergeant sgt lieutenant lt teniente comandante commander admiral almirante
  alcalde alcaldesa governor gobernador gobernadora gov senator sen senador senadora congressman congresswoman
  congresista legislator judge juez jueza prosecutor fiscal father padre fray bishop obispo monsenor cardinal pope
  papa king rey queen reina prince principe princess princesa mr mrs ms miss dr doctor dra don dona senor senora
  sr sra srta lic ing prof professor profesor ex mayor ambassador embajador embajadora`);
/** titles that mark a person even in lowercase ("the ex-president Castillo"); not "general", "mayor" */
const LOWER_TITLES = words(`
  president presidente presidenta minister ministro ministra premier governor gobernador gobernadora senator
  senador senadora congressman congresswoman congresista lawmaker legislator judge juez jueza prosecutor fiscal
  alcalde alcaldesa ambassador embajador embajadora spokesman spokeswoman vocero vocera colonel coronel captain
  capitan sergeant lieutenant teniente commander comandante`);
/** streets and squares named after places ("Avenida Abancay", "Plaza San Martín") */
const STREET_HEADS = words("avenida av avda jiron jr calle pasaje paseo plaza plazuela parque malecon carretera");
/** organizations named after places, by their head word ("University of San Marcos", "Universidad de Lima") */
// Not hospitals, courts or government offices: "Hospital de Huanta", "Gobierno Regional de Puno" are in
// the place they name.
const ORG_HEADS = words(`
  university universidad college colegio institute instituto school escuela party partido bank banco
  church iglesia cathedral catedral archdiocese arzobispado diocese club diario radio canal`);
/** organizations and works named after places, by their last word ("San Marcos University", "Lima Group") */
const ORG_SUFFIXES = words(`
  university universities college institute school academy party times post herald tribune journal gazette
  chronicle daily news press review magazine street st avenue ave road rd boulevard blvd highway office
  federation confederation union unions front group bank company corporation corp inc ltd llc club fc airlines
  airways stadium museum declaration accord accords agreement protocol convention consensus cartel resources
  mining shipping express agency council commission committee court tribunal church cathedral foundation fund
  association society alliance coalition movement network institute initiative project program summit`);
/** nouns after which a place name is a place ("the town of Zepita", "Zepita district") */
const GEO_NOUNS = words(`
  town towns city cities village villages district districts province provinces region regions department
  departments community communities municipality hamlet port capital area valley highlands border
  localidad ciudad pueblo distrito provincia provincias region regiones departamento departamentos comunidad
  comunidades municipio caserio anexo zona valle puerto capital frontera fronterizo poblado centro distritos
  localidades ciudades pueblos municipios caserios anexos zonas valles puertos poblados centros`);
/** prepositions that make a following proper noun a location ("in Zepita", "cerca de Zepita") */
const LOCATIVES = words(`
  in en near outside at around from across through toward towards into to cerca a hacia desde visit visited
  visiting between entre hasta visitó visita llegó llegaron`);
/** "according to Navarro", "thanks to": "to" without a place */
const NOT_LOCATIVE_BEFORE_TO = words("according due thanks owing");
/** joins the items of a list: an item after a place is a place of the same sort ("in Zepita, Ilave and Juli") */
const LIST_JOINERS = /^(?:,\s*|,?\s+(?:and|y|e|or|o)\s+)$/;
const REGION_CUES = words("region regions department departments departamento departamentos region regiones");
const PROVINCE_CUES = words("province provinces provincia provincias");
/** speech verbs: "Romero said" is a person even when Romero is also a village */
const SPEECH = words(`
  said says told added stated noted explained argued claimed warned wrote tweeted announced insisted
  dijo afirmo declaro senalo indico sostuvo agrego anadio manifesto explico`);
/** nouns that make a demonym mean its country ("the Bolivian border", "the Brazilian company") */
const DEMONYM_NOUNS = words(`
  border borders frontier side region regions city cities town towns village villages capital territory
  territories department departments province provinces coast coastline highlands lowlands jungle soil waters
  port ports government authorities embassy consulate company companies firm firms state`);
/** "Latin American", "Pan-American", "South American": not the United States */
const DEMONYM_BLOCKERS = words("latin south north central pan anglo afro ibero hispano meso");
/** "of": what follows it completes a noun before it, so it is not the subject of a verb after it */
const OF = words("of de del");
/** "Peru's", "Lima’s": the possessive suffix token */
const POSSESSIVE = words("s");

/** what follows a dateline's city: a date or the agency */
const DATELINE_AFTER = /^(?:,\s*(?:\d{1,2}\b|\p{L}{3,10}\.?\s+\d{1,2}\b)|\s*\()/u;
const SENTENCE_BREAK = /[.!?:;"“”«»()[\]\n•*|—–]/;
const INLINE_SPACE = /^[ \t\u00a0]+$/;
/** what may separate the words of one name: a space, a hyphen ("Chincha Alta", "Escaldes-Engordany") */
const NAME_JOINER = /^(?:[ \t\u00a0]|[ \t\u00a0]?[-‐][ \t\u00a0]?)$/;

// Too well known to be read as a person: exempt from the "Morales said" and same-surname rules.
// Cities of one to a few million (Trujillo, Medina, León) are also common surnames.
const isMajor = (e: GazetteerEntry) =>
  e.kind === "country" || e.kind === "region" || e.kind === "site" || (e.population ?? 0) >= 5_000_000;

// ---------------------------------------------------------------------------------------------

interface Hit {
  cand: Candidate;
  key: string;
  i: number; // first token
  j: number; // one past the last token
  /** written as a location ("in Arequipa"): never a person, whatever else the text does with the name */
  located: boolean;
}

/** Every place mention in `text`, in order, with offsets into `text`. */
export function findPlaceMentions(text: string): PlaceMention[] {
  const toks = tokenize(text);
  const n = toks.length;
  const sep = (a: number, b: number) => text.slice(toks[a].end, toks[b].start);
  const adjacent = (a: number, b: number) => a >= 0 && b < n && INLINE_SPACE.test(sep(a, b));
  const sentenceStart = (i: number) => i === 0 || SENTENCE_BREAK.test(sep(i - 1, i)) || /\n/.test(sep(i - 1, i));
  // a capitalized word that is neither a common word nor a place word: part of a longer proper name
  const unknownProper = (t: Token) =>
    t.cap && !COMMON_WORDS.has(t.key) && !GEO_NOUNS.has(t.key) && !FIRST_TOKEN.has(t.key) && !DEMONYMS.has(t.key);

  const hits: Hit[] = [];
  const personKeys = new Set<string>();
  const matchedEnd = new Set<number>(); // token index → ends an accepted hit

  for (let i = 0; i < n; i++) {
    const t = toks[i];
    if (!t.cap) continue;
    const maxLen = FIRST_TOKEN.get(t.key);
    if (maxLen === undefined) {
      const dem = demonymMention(i);
      if (dem) hits.push(dem);
      continue;
    }
    let consumed = 0;
    for (let len = Math.min(maxLen, n - i); len >= 1; len--) {
      const j = i + len;
      let ok = true;
      for (let k = i + 1; k < j && ok; k++) {
        const between = sep(k - 1, k);
        // "EE. UU.", "EE.UU.": dotted capitals continue a name across the dot
        if (!NAME_JOINER.test(between) && !(toks[k - 1].upper && toks[k].upper && /^\. ?$/.test(between))) ok = false;
        else if (!toks[k].cap && !PARTICLES.has(toks[k].key)) ok = false;
      }
      if (!ok) continue;
      const key = len === 1 ? t.key : toks.slice(i, j).map((x) => x.key).join(" ");
      const cands = INDEX.get(key);
      if (!cands) continue;
      const textCands = cands.filter((c) => c.tier !== TIER.LookupOnly);
      if (!textCands.length) continue;
      consumed = len;
      const verdict = judge(i, j, key, textCands);
      if (verdict.person) personKeys.add(key);
      if (verdict.cand) {
        hits.push({ cand: verdict.cand, key, i, j, located: hasLocativeCue(i, j) });
        matchedEnd.add(j - 1);
      }
      break;
    }
    if (consumed > 1) i += consumed - 1;
  }

  function demonymMention(i: number): Hit | null {
    const country = DEMONYMS.get(toks[i].key);
    if (!country || i + 1 >= n) return null;
    const next = toks[i + 1];
    if (!adjacent(i, i + 1) || next.cap || !DEMONYM_NOUNS.has(next.key)) return null;
    if (i > 0 && DEMONYM_BLOCKERS.has(toks[i - 1].key) && /^[\s\-‐]*$/.test(sep(i - 1, i))) return null;
    return { cand: { entry: country, tier: TIER.Any }, key: "", i, j: i + 1, located: true };
  }

  function judge(i: number, j: number, key: string, cands: Candidate[]): { cand?: Candidate; person?: boolean } {
    const first = toks[i];
    const prev = i > 0 ? toks[i - 1] : null;
    const prev2 = i > 1 ? toks[i - 2] : null;
    const next = j < n ? toks[j] : null;
    const next2 = j + 1 < n ? toks[j + 1] : null;
    const top = cands[0].entry;

    // initialisms only in capitals; other all-caps words only for the names nobody abbreviates
    if (UPPER_ONLY.has(key)) {
      if (!toks.slice(i, j).every((x) => x.upper || x.key.length === 1)) return {};
    } else if (first.upper) {
      const letters = toks.slice(i, j).reduce((s, x) => s + x.key.length, 0);
      const big = top.kind === "country" || top.kind === "region" || (top.population ?? 0) >= 100_000;
      if (!big || letters < 4) return {};
    }

    // --- what comes before -------------------------------------------------------------------
    // "la avenida Abancay", "el jirón Lampa", "la plaza San Martín": Spanish writes the street word in lower case
    if (prev && !prev.cap && STREET_HEADS.has(prev.key) && adjacent(i - 1, i)) return {};
    // "Mr. Lima", "Gen. Zavala", "el presidente Castillo"
    if (prev && TITLES.has(prev.key) && /^\.?[ \t\u00a0]+$/.test(sep(i - 1, i)) && (prev.cap || LOWER_TITLES.has(prev.key))) {
      return { person: true };
    }
    if (prev && adjacent(i - 1, i) && (prev.cap || prev.upper) && !matchedEnd.has(i - 1)) {
      const pk = prev.key;
      if (STREET_HEADS.has(pk) || ORG_HEADS.has(pk)) return {};
      if (sentenceStart(i - 1)) {
        if (GIVEN_NAMES.has(pk) && !FREQUENT_WORDS.has(pk)) return { person: true };
      } else if (GIVEN_NAMES.has(pk)) {
        return { person: true };
      } else if (unknownProper(prev)) {
        return { person: true };
      }
    }
    // double-barrelled surnames: "López-Valencia"
    if (prev && /^[-‐]$/.test(sep(i - 1, i)) && prev.cap && !prev.upper && !matchedEnd.has(i - 1) && !FIRST_TOKEN.has(prev.key)) {
      return { person: true };
    }
    // "José de San Martín", "Manolo De Los Santos", "Universidad de San Marcos", "University of Lima"
    if (prev && prev2 && adjacent(i - 1, i) && adjacent(i - 2, i - 1) && prev2.cap && !matchedEnd.has(i - 2)) {
      if (["de", "del", "da", "do", "dos", "das", "di", "van", "von"].includes(prev.key)) {
        if (ORG_HEADS.has(prev2.key) || STREET_HEADS.has(prev2.key)) return {};
        // "Universidad Nacional Mayor de San Marcos": the name's first word decides, a few words back
        if (top.kind !== "country") {
          let k = i - 2;
          while (k > 0 && i - k < 6 && adjacent(k - 1, k) && (toks[k - 1].cap || PARTICLES.has(toks[k - 1].key)) && !matchedEnd.has(k - 1)) k--;
          while (k < i - 2 && (!toks[k].cap || PARTICLES.has(toks[k].key))) k++;
          if (ORG_HEADS.has(toks[k].key)) return {};
        }
        // only a given name: after a surname "de" usually names a real place ("Rodríguez Ballón de Arequipa" airport)
        if (GIVEN_NAMES.has(prev2.key) && !(sentenceStart(i - 2) && FREQUENT_WORDS.has(prev2.key))) return { person: true };
      } else if (prev.key === "of" && ORG_HEADS.has(prev2.key)) {
        return {};
      }
    }

    // --- what comes after --------------------------------------------------------------------
    if (next && adjacent(j - 1, j)) {
      // a run of capitalized words ending in an organization word: "Peru Libre Party"; but a country
      // keeps its name inside its institutions ("US State Department", "UK Foreign Office")
      if (next.cap && top.kind !== "country") {
        for (let k = j; k < Math.min(n, j + 4); k++) {
          if (k > j && !adjacent(k - 1, k)) break;
          if (!toks[k].cap) break;
          if (ORG_SUFFIXES.has(toks[k].key)) return {};
        }
      }
      if (next.cap && unknownProper(next) && !GIVEN_NAMES.has(next.key)) {
        return {};
      } else if (SPEECH.has(next.key) && !isMajor(top) && !hasLocativeCue(i, j) && !(prev && OF.has(prev.key))) {
        // "Romero said" is a person; "the governor of Puno said", "el Gobierno Regional de Cusco declaró" are not
        return { person: true };
      }
    }
    if (next && /^[-‐]$/.test(sep(j - 1, j)) && next.cap && unknownProper(next) && !GIVEN_NAMES.has(next.key)) return {};
    if (next && adjacent(j - 1, j)) {
      // "San Martín de Porres": the name goes on
      if ((next.key === "de" || next.key === "del") && next2 && next2.cap && adjacent(j, j + 1) && unknownProper(next2)) return {};
    }
    if (next && POSSESSIVE.has(next.key) && next2 && adjacent(j, j + 1) && SPEECH.has(next2.key) && !isMajor(top) && !hasLocativeCue(i, j)) {
      return { person: true };
    }

    // --- which of the places with this name ------------------------------------------------------
    let want: "region" | "province" | null = null;
    if (next && adjacent(j - 1, j)) {
      if (REGION_CUES.has(next.key)) want = "region";
      else if (PROVINCE_CUES.has(next.key)) want = "province";
    }
    if (!want && prev && (prev.key === "of" || prev.key === "de" || prev.key === "del") && prev2) {
      if (REGION_CUES.has(prev2.key)) want = "region";
      else if (PROVINCE_CUES.has(prev2.key)) want = "province";
    }
    if (!want && prev && adjacent(i - 1, i)) {
      if (REGION_CUES.has(prev.key)) want = "region";
      else if (PROVINCE_CUES.has(prev.key)) want = "province";
    }
    if (want) {
      const c = cands.find((c) => c.entry.kind === want);
      if (c) return { cand: c };
    }
    const any = cands.find((c) => c.tier === TIER.Any && c.entry.kind !== "province");
    if (any) return { cand: any };
    return hasLocativeCue(i, j) ? { cand: cands[0] } : {};
  }

  function hasLocativeCue(i: number, j: number): boolean {
    const prev = i > 0 ? toks[i - 1] : null;
    const prev2 = i > 1 ? toks[i - 2] : null;
    if (prev && (!prev.cap || sentenceStart(i - 1)) && LOCATIVES.has(prev.key) && INLINE_SPACE.test(sep(i - 1, i))) {
      if (!(prev.key === "to" && prev2 && NOT_LOCATIVE_BEFORE_TO.has(prev2.key))) return true;
    }
    // the next item of a list that began with a place
    if (i > 0 && matchedEnd.has(i - 1) && LIST_JOINERS.test(sep(i - 1, i))) return true;
    if (i > 1 && matchedEnd.has(i - 2) && ["and", "y", "e", "or", "o"].includes(toks[i - 1].key) && LIST_JOINERS.test(text.slice(toks[i - 2].end, toks[i].start))) return true;
    if (prev && prev2 && (prev.key === "of" || prev.key === "de" || prev.key === "del") && GEO_NOUNS.has(prev2.key)) return true;
    // "the capital Lima", "la ciudad Juliaca", "the Brazilian capital Brasília"
    if (prev && !prev.cap && GEO_NOUNS.has(prev.key) && adjacent(i - 1, i)) return true;
    if (j < n && adjacent(j - 1, j) && GEO_NOUNS.has(toks[j].key)) return true;
    // a dateline: "LIMA, 10 ene (Reuters) -", "MADRID, 27 Ene. (EUROPA PRESS) -", "Huamanga, dic. 16 (ANDINA)"
    if ((i === 0 || /\n/.test(sep(i - 1, i))) && DATELINE_AFTER.test(text.slice(toks[j - 1].end, toks[j - 1].end + 24))) return true;
    // "Zepita, Puno": followed by a well-known Peruvian place
    if (j < n && /^,\s*$/.test(sep(j - 1, j)) && toks[j].cap) {
      for (let len = Math.min(FIRST_TOKEN.get(toks[j].key) ?? 0, n - j); len >= 1; len--) {
        const k = toks.slice(j, j + len).map((x) => x.key).join(" ");
        const c = INDEX.get(k)?.[0];
        if (c && c.tier === TIER.Any && c.entry.country === "PE") return true;
      }
    }
    return false;
  }

  // a surname seen inside a person's name is that person throughout ("Evo Morales … Morales said")
  return hits
    .filter((h) => !(h.key && personKeys.has(h.key) && !isMajor(h.cand.entry) && !h.located))
    .map((h) => {
      let end = toks[h.j - 1].end;
      // "EE.UU.": the last dot of dotted initials belongs to the name, as in "U.S."
      if (h.j - h.i > 1 && text[end] === "." && toks[h.j - 1].upper && text[toks[h.j - 2].end] === ".") end++;
      return { entry: h.cand.entry, surface: text.slice(toks[h.i].start, end), start: toks[h.i].start, end };
    });
}

/** The gazetteer entry for a name as a person would write it ("Cuzco", "Lima region", "the U.S."). */
export function lookupPlace(name: string): GazetteerEntry | null {
  const key = nameKey(name.trim()).replace(/^the /, "");
  if (!key) return null;
  const direct = INDEX.get(key);
  if (direct) return (direct.find((c) => c.entry.kind !== "province") ?? direct[0]).entry;
  // "Lima region", "region of Lima", "provincia de Chincheros"
  const m = /^(?:(region|department|departamento|province|provincia) (?:of |de |del )?)?(.+?)(?: (region|department|departamento|province|provincia))?$/.exec(key);
  if (m && (m[1] || m[3])) {
    const cue = m[1] ?? m[3];
    const want = PROVINCE_CUES.has(cue) ? "province" : "region";
    const cands = INDEX.get(m[2]);
    if (cands) return (cands.find((c) => c.entry.kind === want) ?? cands[0]).entry;
  }
  const byId = BY_ID.get(name.trim());
  return byId ?? null;
}

/**
 * The places `text` names, one per canonical place, in order of first mention. `extraNames`
 * (front matter) are added even when the text does not name them.
 */
export function extractPlaces(text: string, extraNames: string[] = []): Place[] {
  const byId = new Map<string, Place>();
  const add = (e: GazetteerEntry, surface: string | null) => {
    let p = byId.get(e.id);
    if (!p) {
      p = {
        id: e.id,
        name: e.name,
        kind: e.kind,
        country: e.country,
        lat: e.lat,
        lon: e.lon,
        mentions: 0,
        spellings: [],
        region: e.region ?? null,
      };
      byId.set(e.id, p);
    }
    p.mentions++;
    // a demonym ("Bolivian") is a mention of the country but not a spelling of its name
    if (surface !== null && !p.spellings.includes(surface)) p.spellings.push(surface);
  };
  for (const m of findPlaceMentions(text)) add(m.entry, DEMONYMS.has(m.surface.toLowerCase()) ? null : m.surface);
  for (const name of extraNames) {
    const e = lookupPlace(name);
    if (e && !byId.has(e.id)) add(e, name.trim());
  }
  return [...byId.values()];
}
