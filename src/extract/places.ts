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
  scanTokens,
  type Candidate,
  type GazetteerEntry,
  type TokenTable,
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
const TOWN_HEADS = words("villa nueva nuevo puerto ciudad san santa valle cerro");
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
/** streets named after a place, by their last word ("Venezuela Avenue", "Abancay Avenue") */
const STREET_SUFFIXES = words("avenue ave street st road rd boulevard blvd");
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
/** what a place has one of: "the airport of Juliaca", "el puente de Desaguadero" */
const PLACE_OF = words("airport aeropuerto bridge puente outskirts afueras alrededores streets calles centre center centro");
/** "bound for La Paz", "headed for Lima": "for" that points at a place */
const TRAVEL_BEFORE_FOR = words("bound headed heading destined left leaving departed departing flights flight buses trains");
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

/** a number right after a name that is no date: "France 24 informó" (not "Peru 15 Jan", "Perú 10 de enero") */
const BRAND_NUMBER = /^ \d{1,3}(?!\d|[.,:\/]\d)(?!\s+(?:de\s+)?(?:ene|feb|mar|abr|may|jun|jul|ago|sep|set|oct|nov|dic|jan|apr|aug|dec)\p{L}*)/iu;
/** what follows a dateline's city: a date or the agency */
const DATELINE_AFTER = /^(?:,\s*(?:\d{1,2}\b|\p{L}{3,10}\.?\s+\d{1,2}\b)|\s*\()/u;

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

const SPACE = 32, TAB = 9, NBSP = 0xa0, NEWLINE = 10, DOT = 46, HYPHEN = 45, HYPHEN_U = 0x2010;
const isInline = (c: number) => c === SPACE || c === TAB || c === NBSP;
/** what may end a sentence or clause between two words, by char code */
const BREAKS = new Set([...'.!?:;"“”«»()[]\n•*|—–'].map((ch) => ch.charCodeAt(0)));

/** Every place mention in `text`, in order, with offsets into `text`. */
export function findPlaceMentions(text: string): PlaceMention[] {
  return new PlaceScan(text).run();
}

// The scan's helpers read the token table by index and test the gaps between tokens by char
// code: they run for every capitalized word, and a string slice plus a regex per test was a
// large part of the cost. A class keeps them defined once rather than once per call.
class PlaceScan {
  readonly text: string;
  readonly t: TokenTable;
  readonly n: number;
  readonly personKeys = new Set<string>();
  /** token index → ends an accepted hit */
  readonly matchedEnd = new Set<number>();

  constructor(text: string) {
    this.text = text;
    this.t = scanTokens(text);
    this.n = this.t.n;
  }

  /** a capitalized word right after: the hit is the first name of a person ("from Tomás Ricardo") */
  nameContinues(j: number): boolean {
    return j < this.n && this.t.cap(j) && this.adjacent(j - 1, j) && !this.sentenceStart(j);
  }

  private peru: boolean | undefined;
  /** the text names at least three Peruvian places it may name freely (Puno, Ilave, Ayacucho…) */
  aboutPeru(): boolean {
    if (this.peru === undefined) {
      let found = 0;
      for (let k = 0; k < this.n && found < 3; k++) if (this.t.cap(k) && INDEX.get(this.t.key(k))?.some((c) => c.entry.country === "PE" && c.tier === TIER.Any)) found++;
      this.peru = found >= 3;
    }
    return this.peru;
  }

  sep(a: number, b: number): string {
    return this.text.slice(this.t.end[a], this.t.start[b]);
  }

  /** only spaces, tabs or no-break spaces between tokens a and b (at least one) */
  adjacent(a: number, b: number): boolean {
    if (a < 0 || b >= this.n) return false;
    const from = this.t.end[a], to = this.t.start[b];
    if (from >= to) return false;
    for (let k = from; k < to; k++) if (!isInline(this.text.charCodeAt(k))) return false;
    return true;
  }

  sentenceStart(i: number): boolean {
    if (i === 0) return true;
    const to = this.t.start[i];
    for (let k = this.t.end[i - 1]; k < to; k++) if (BREAKS.has(this.text.charCodeAt(k))) return true;
    return false;
  }

  /**
   * What may separate the words of one name ("Chincha Alta", "Escaldes-Engordany"), between tokens
   * k-1 and k: one space, or a hyphen with at most a space either side.
   */
  nameJoined(k: number): boolean {
    const text = this.text;
    let p = this.t.end[k - 1];
    const to = this.t.start[k];
    const len = to - p;
    if (len === 1) {
      const c = text.charCodeAt(p);
      return isInline(c) || c === HYPHEN || c === HYPHEN_U;
    }
    if (len < 2 || len > 3) return false;
    if (isInline(text.charCodeAt(p))) p++;
    const c = text.charCodeAt(p);
    if (c !== HYPHEN && c !== HYPHEN_U) return false;
    p++;
    return p === to || (p + 1 === to && isInline(text.charCodeAt(p)));
  }

  /** "EE. UU.", "EE.UU.": dotted capitals continue a name across the dot */
  dottedJoin(k: number): boolean {
    const t = this.t;
    if (!t.upper(k - 1) || !t.upper(k)) return false;
    const p = t.end[k - 1], len = t.start[k] - p;
    return (len === 1 || (len === 2 && this.text.charCodeAt(p + 1) === SPACE)) && this.text.charCodeAt(p) === DOT;
  }

  /** a capitalized word that is neither a common word nor a place word: part of a longer proper name */
  unknownProper(k: number): boolean {
    if (!this.t.cap(k)) return false;
    const key = this.t.key(k);
    return !COMMON_WORDS.has(key) && !GEO_NOUNS.has(key) && !FIRST_TOKEN.has(key) && !DEMONYMS.has(key);
  }

  run(): PlaceMention[] {
    const { t, n } = this;
    const hits: Hit[] = [];
    for (let i = 0; i < n; i++) {
      if (!t.cap(i)) continue;
      const first = t.key(i);
      const maxLen = FIRST_TOKEN.get(first);
      if (maxLen === undefined) {
        const dem = this.demonymMention(i);
        if (dem) hits.push(dem);
        continue;
      }
      // the longest run of tokens that may form one name; every spelling lies within it
      let run = 1;
      const limit = Math.min(maxLen, n - i);
      while (run < limit) {
        const k = i + run;
        if (!(this.nameJoined(k) || this.dottedJoin(k)) || !(t.cap(k) || PARTICLES.has(t.key(k)))) break;
        run++;
      }
      const keys = [first];
      for (let k = 1; k < run; k++) keys.push(keys[k - 1] + " " + t.key(i + k));
      let consumed = 0;
      for (let len = run; len >= 1; len--) {
        const key = keys[len - 1];
        const cands = INDEX.get(key);
        if (!cands) continue;
        let textCands = cands.filter((c) => c.tier !== TIER.LookupOnly);
        // a Peruvian town named like a word or a person ("Juli") is read only where the text says
        // it is a place: "the town of Juli", "el distrito de Juli", "Juli province"
        // — or where a text about Peru's places puts it as a place: "en Juli", "between Ilave and Juli",
        // "Ilave, Juli y Pomata" (a person's name after "in" is rare; in a text naming no Peruvian
        // places, "Juli" is left alone)
        if (!textCands.length && (this.geoNounCue(i, i + len) || (this.hasLocativeCue(i, i + len) && !this.nameContinues(i + len) && this.aboutPeru()))) textCands = cands.filter((c) => c.entry.country === "PE");
        if (!textCands.length) continue;
        // "FRANCE 24", "Italia 1": a country's name with a channel's number is a broadcaster
        if (textCands.every((c) => c.entry.kind === "country") && BRAND_NUMBER.test(this.text.slice(t.end[i + len - 1], t.end[i + len - 1] + 24))) {
          consumed = len;
          break;
        }
        consumed = len;
        const j = i + len;
        const verdict = this.judge(i, j, key, textCands);
        if (verdict.person) this.personKeys.add(key);
        if (verdict.cand) {
          hits.push({ cand: verdict.cand, key, i, j, located: this.hasLocativeCue(i, j) });
          this.matchedEnd.add(j - 1);
        }
        break;
      }
      if (consumed > 1) i += consumed - 1;
    }

    // a surname seen inside a person's name is that person throughout ("Evo Morales … Morales said")
    const text = this.text;
    return hits
      .filter((h) => !(h.key && this.personKeys.has(h.key) && !isMajor(h.cand.entry) && !h.located))
      .map((h) => {
        let end = t.end[h.j - 1];
        // "EE.UU.": the last dot of dotted initials belongs to the name, as in "U.S."
        if (h.j - h.i > 1 && text[end] === "." && t.upper(h.j - 1) && text[t.end[h.j - 2]] === ".") end++;
        return { entry: h.cand.entry, surface: text.slice(t.start[h.i], end), start: t.start[h.i], end };
      });
  }

  demonymMention(i: number): Hit | null {
    const t = this.t;
    const country = DEMONYMS.get(t.key(i));
    if (!country || i + 1 >= this.n) return null;
    if (!this.adjacent(i, i + 1) || t.cap(i + 1) || !DEMONYM_NOUNS.has(t.key(i + 1))) return null;
    if (i > 0 && DEMONYM_BLOCKERS.has(t.key(i - 1)) && /^[\s\-‐]*$/.test(this.sep(i - 1, i))) return null;
    return { cand: { entry: country, tier: TIER.Any }, key: "", i, j: i + 1, located: true };
  }

  judge(i: number, j: number, key: string, cands: Candidate[]): { cand?: Candidate; person?: boolean } {
    const { t, n, matchedEnd } = this;
    const hasPrev = i > 0, hasPrev2 = i > 1, hasNext = j < n, hasNext2 = j + 1 < n;
    const prev = i - 1, prev2 = i - 2, next = j, next2 = j + 1;
    const top = cands[0].entry;

    // initialisms only in capitals; other all-caps words only for the names nobody abbreviates
    if (UPPER_ONLY.has(key)) {
      for (let k = i; k < j; k++) if (!(t.upper(k) || t.key(k).length === 1)) return {};
      // ("US$70 billion" is a currency; "ABOUT US" a menu's link)
      if (this.text.charCodeAt(t.end[j - 1]) === 0x24) return {};
      if (hasPrev && /^(?:about|contact|join|follow)$/.test(t.key(prev)) && t.upper(prev)) return {};
    } else if (t.upper(i)) {
      let letters = 0;
      for (let k = i; k < j; k++) letters += t.key(k).length;
      const big = top.kind === "country" || top.kind === "region" || (top.population ?? 0) >= 100_000;
      if (!big || letters < 4) return {};
    }

    // --- what comes before -------------------------------------------------------------------
    if (hasPrev) {
      const pk = t.key(prev);
      // "la avenida Abancay", "el jirón Lampa", "la plaza San Martín": Spanish writes the street word in lower case
      if (!t.cap(prev) && STREET_HEADS.has(pk) && this.adjacent(prev, i)) return {};
      // "Mr. Lima", "Gen. Zavala", "el presidente Castillo"
      if (TITLES.has(pk) && /^\.?[ \t\u00a0]+$/.test(this.sep(prev, i)) && (t.cap(prev) || LOWER_TITLES.has(pk))) {
        return { person: true };
      }
      if (this.adjacent(prev, i) && (t.cap(prev) || t.upper(prev)) && !matchedEnd.has(prev)) {
        if (STREET_HEADS.has(pk) || ORG_HEADS.has(pk)) return {};
        // "Villa El Salvador", "Nueva Alemania": a town's name that contains a country's
        if (top.kind === "country" && TOWN_HEADS.has(pk)) return {};
        if (this.sentenceStart(prev)) {
          if (GIVEN_NAMES.has(pk) && !FREQUENT_WORDS.has(pk)) return { person: true };
        } else if (GIVEN_NAMES.has(pk)) {
          return { person: true };
        } else if (this.unknownProper(prev)) {
          return { person: true };
        }
      }
      // double-barrelled surnames: "López-Valencia"
      if (/^[-‐]$/.test(this.sep(prev, i)) && t.cap(prev) && !t.upper(prev) && !matchedEnd.has(prev) && !FIRST_TOKEN.has(pk)) {
        return { person: true };
      }
    }
    // "José de San Martín", "Manolo De Los Santos", "Universidad de San Marcos", "University of Lima"
    if (hasPrev && hasPrev2 && this.adjacent(prev, i) && this.adjacent(prev2, prev) && t.cap(prev2) && !matchedEnd.has(prev2)) {
      const pk = t.key(prev), p2k = t.key(prev2);
      if (["de", "del", "da", "do", "dos", "das", "di", "van", "von"].includes(pk)) {
        if (ORG_HEADS.has(p2k) || STREET_HEADS.has(p2k)) return {};
        // "Universidad Nacional Mayor de San Marcos": the name's first word decides, a few words back
        let square = false;
        if (top.kind !== "country") {
          let k = i - 2;
          while (k > 0 && i - k < 6 && this.adjacent(k - 1, k) && (t.cap(k - 1) || PARTICLES.has(t.key(k - 1))) && !matchedEnd.has(k - 1)) k--;
          while (k < i - 2 && (!t.cap(k) || PARTICLES.has(t.key(k)))) k++;
          if (ORG_HEADS.has(t.key(k))) return {};
          // ("la Plaza Mayor de Huamanga": a square of the city, whatever word names it)
          square = STREET_HEADS.has(t.key(k));
        }
        // only a given name: after a surname "de" usually names a real place ("Rodríguez Ballón de Arequipa" airport)
        if (!square && GIVEN_NAMES.has(p2k) && !(this.sentenceStart(prev2) && FREQUENT_WORDS.has(p2k))) return { person: true };
      } else if (pk === "of" && ORG_HEADS.has(p2k)) {
        return {};
      }
    }

    // --- what comes after --------------------------------------------------------------------
    if (hasNext && this.adjacent(j - 1, j)) {
      // a run of capitalized words ending in an organization word: "Peru Libre Party"; but a country
      // keeps its name inside its institutions ("US State Department", "UK Foreign Office")
      if (t.cap(next) && top.kind !== "country") {
        for (let k = j; k < Math.min(n, j + 4); k++) {
          if (k > j && !this.adjacent(k - 1, k)) break;
          if (!t.cap(k)) break;
          if (ORG_SUFFIXES.has(t.key(k))) return {};
        }
      }
      // "Venezuela Avenue", "Bolivia Street": a street is named after a country too
      if (t.cap(next) && top.kind === "country" && STREET_SUFFIXES.has(t.key(next))) return {};
      if (t.cap(next) && this.unknownProper(next) && !GIVEN_NAMES.has(t.key(next))) {
        return {};
      } else if (SPEECH.has(t.key(next)) && !isMajor(top) && !this.hasLocativeCue(i, j) && !(hasPrev && OF.has(t.key(prev)))) {
        // "Romero said" is a person; "the governor of Puno said", "el Gobierno Regional de Cusco declaró" are not
        return { person: true };
      }
    }
    if (hasNext && /^[-‐]$/.test(this.sep(j - 1, j)) && t.cap(next) && this.unknownProper(next) && !GIVEN_NAMES.has(t.key(next))) return {};
    if (hasNext && this.adjacent(j - 1, j)) {
      // "San Martín de Porres": the name goes on
      const nk = t.key(next);
      if ((nk === "de" || nk === "del") && hasNext2 && t.cap(next2) && this.adjacent(j, j + 1) && this.unknownProper(next2)) return {};
    }
    if (hasNext && POSSESSIVE.has(t.key(next)) && hasNext2 && this.adjacent(j, j + 1) && SPEECH.has(t.key(next2)) && !isMajor(top) && !this.hasLocativeCue(i, j)) {
      return { person: true };
    }

    // --- which of the places with this name ------------------------------------------------------
    let want: "region" | "province" | null = null;
    if (hasNext && this.adjacent(j - 1, j)) {
      const nk = t.key(next);
      if (REGION_CUES.has(nk)) want = "region";
      else if (PROVINCE_CUES.has(nk)) want = "province";
    }
    if (!want && hasPrev && hasPrev2) {
      const pk = t.key(prev);
      if (pk === "of" || pk === "de" || pk === "del") {
        const p2k = t.key(prev2);
        if (REGION_CUES.has(p2k)) want = "region";
        else if (PROVINCE_CUES.has(p2k)) want = "province";
      }
    }
    if (!want && hasPrev && this.adjacent(prev, i)) {
      const pk = t.key(prev);
      if (REGION_CUES.has(pk)) want = "region";
      else if (PROVINCE_CUES.has(pk)) want = "province";
    }
    if (want) {
      const c = cands.find((c) => c.entry.kind === want);
      if (c) return { cand: c };
    }
    // (a province is matched freely only when nothing else bears its name: the gazetteer's tier says so)
    const any = cands.find((c) => c.tier === TIER.Any);
    if (any) return { cand: any };
    return this.hasLocativeCue(i, j) ? { cand: cands[0] } : {};
  }

  /** a place noun names the place: "the town of X", "la provincia de X", "X district" */
  geoNounCue(i: number, j: number): boolean {
    const { t, n } = this;
    if (i > 1 && OF.has(t.key(i - 1)) && !t.cap(i - 2) && GEO_NOUNS.has(t.key(i - 2)) && this.adjacent(i - 2, i - 1) && this.adjacent(i - 1, i)) return true;
    // "el distrito limeño de Ate"
    if (i > 2 && OF.has(t.key(i - 1)) && !t.cap(i - 2) && !t.cap(i - 3) && GEO_NOUNS.has(t.key(i - 3)) && this.adjacent(i - 3, i - 2) && this.adjacent(i - 2, i - 1) && this.adjacent(i - 1, i)) return true;
    if (j < n && !t.cap(j) && GEO_NOUNS.has(t.key(j)) && this.adjacent(j - 1, j)) return true;
    // "Juli, en la provincia de Chucuito", "Juli, in the province of Chucuito"
    if (j + 3 < n && /^,\s*$/.test(this.sep(j - 1, j)) && (t.key(j) === "en" || t.key(j) === "in")) {
      const k = ["la", "el", "the"].includes(t.key(j + 1)) ? j + 2 : j + 1;
      if (GEO_NOUNS.has(t.key(k)) && k + 1 < n && OF.has(t.key(k + 1))) return true;
    }
    return false;
  }

  /** from token k on, at least two more Peruvian places, joined by commas or "and" */
  listOfPlaces(k: number): boolean {
    const { t, n } = this;
    let found = 0;
    for (let items = 0; k < n && items < 5; items++) {
      if (!t.cap(k)) return false;
      const most = Math.min(FIRST_TOKEN.get(t.key(k)) ?? 0, n - k);
      let len = 0;
      let key = "";
      for (let l = 1; l <= most; l++) {
        key = l === 1 ? t.key(k) : key + " " + t.key(k + l - 1);
        if (INDEX.get(key)?.some((c) => c.entry.country === "PE" && c.tier !== TIER.LookupOnly)) len = l;
      }
      if (!len) return false;
      if (++found >= 2) return true;
      k += len;
      if (k >= n) return false;
      const sep = this.sep(k - 1, k);
      if (/^,\s*$/.test(sep)) continue;
      if (["and", "y", "e"].includes(t.key(k)) && k + 1 < n) {
        k++;
        continue;
      }
      return false;
    }
    return false;
  }

  hasLocativeCue(i: number, j: number): boolean {
    const { t, n, matchedEnd } = this;
    const hasPrev = i > 0, hasPrev2 = i > 1;
    const prev = i - 1, prev2 = i - 2;
    if (hasPrev && (!t.cap(prev) || this.sentenceStart(prev)) && LOCATIVES.has(t.key(prev)) && this.adjacent(prev, i)) {
      if (!(t.key(prev) === "to" && hasPrev2 && NOT_LOCATIVE_BEFORE_TO.has(t.key(prev2)))) return true;
    }
    // "en el Cusco": a locative with an article before the name (Spanish writes some places so)
    if (hasPrev2 && !t.cap(prev) && t.key(prev) === "el" && this.adjacent(prev, i) && !t.cap(prev2) && LOCATIVES.has(t.key(prev2)) && this.adjacent(prev2, prev)) return true;
    // the next item of a list that began with a place
    if (i > 0 && matchedEnd.has(i - 1) && LIST_JOINERS.test(this.sep(i - 1, i))) return true;
    if (i > 1 && matchedEnd.has(i - 2) && ["and", "y", "e", "or", "o"].includes(t.key(i - 1)) && LIST_JOINERS.test(this.text.slice(t.end[i - 2], t.start[i]))) return true;
    if (hasPrev && hasPrev2) {
      const pk = t.key(prev);
      if (pk === "of" || pk === "de" || pk === "del") {
        // "the province of Chucuito", "el aeropuerto de Huamanga", "las provincias aimaras de El Collao"
        if (GEO_NOUNS.has(t.key(prev2)) || PLACE_OF.has(t.key(prev2))) return true;
        // ("el puente internacional de Desaguadero", "las provincias aimaras de El Collao")
        if (i > 2 && !t.cap(prev2) && (GEO_NOUNS.has(t.key(i - 3)) || PLACE_OF.has(t.key(i - 3))) && this.adjacent(i - 3, prev2)) return true;
        // ("run out of La Paz")
        if (pk === "of" && t.key(prev2) === "out" && this.adjacent(prev2, prev)) return true;
      }
    }
    // "the capital Lima", "la ciudad Juliaca", "the Brazilian capital Brasília", "the regional capital, Huamanga"
    if (hasPrev && !t.cap(prev) && GEO_NOUNS.has(t.key(prev)) && this.adjacent(prev, i)) return true;
    // a capital set off by a comma names itself ("In the town, Navarro said" does not)
    if (hasPrev && t.key(prev) === "capital" && !t.cap(prev) && /^,[ \t\u00a0]+$/.test(this.sep(prev, i))) return true;
    // "truck drivers bound for La Paz", "flights to and from Cusco"
    if (hasPrev && hasPrev2 && t.key(prev) === "for" && TRAVEL_BEFORE_FOR.has(t.key(prev2)) && this.adjacent(prev, i)) return true;
    if (j < n && this.adjacent(j - 1, j) && GEO_NOUNS.has(t.key(j))) return true;
    // "the El Collao and Chucuito provinces": the first of two places the noun after them names
    if (j + 2 < n && ["and", "y", "e", "or", "o"].includes(t.key(j)) && t.cap(j + 1)) {
      for (let k = j + 2; k < Math.min(n, j + 4); k++) {
        if (!t.cap(k - 1)) break;
        if (!t.cap(k) && GEO_NOUNS.has(t.key(k))) return true;
      }
    }
    // a dateline: "LIMA, 10 ene (Reuters) -", "MADRID, 27 Ene. (EUROPA PRESS) -", "Huamanga, dic. 16 (ANDINA)"
    if ((i === 0 || this.sep(i - 1, i).includes("\n")) && DATELINE_AFTER.test(this.text.slice(t.end[j - 1], t.end[j - 1] + 24))) return true;
    // "de Acora, Ilave, Juli, Yunguyo y Desaguadero": the first item of a list of Peruvian places
    if (j < n && /^,\s*$/.test(this.sep(j - 1, j)) && t.cap(j) && this.listOfPlaces(j)) return true;
    // "Zepita, Puno": followed by a well-known Peruvian place
    if (j < n && /^,\s*$/.test(this.sep(j - 1, j)) && t.cap(j)) {
      const keys: string[] = [];
      const most = Math.min(FIRST_TOKEN.get(t.key(j)) ?? 0, n - j);
      for (let k = 0; k < most; k++) keys.push(k ? keys[k - 1] + " " + t.key(j + k) : t.key(j));
      for (let len = most; len >= 1; len--) {
        const c = INDEX.get(keys[len - 1])?.[0];
        if (c && c.tier === TIER.Any && c.entry.country === "PE") return true;
      }
    }
    return false;
  }
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
  return placesFromMentions(findPlaceMentions(text), extraNames);
}

/** extractPlaces from mentions already found (a caller that also needs the mentions scans once). */
export function placesFromMentions(mentions: PlaceMention[], extraNames: string[] = []): Place[] {
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
  for (const m of mentions) add(m.entry, DEMONYMS.has(m.surface.toLowerCase()) ? null : m.surface);
  for (const name of extraNames) {
    const e = lookupPlace(name);
    if (e && !byId.has(e.id)) add(e, name.trim());
  }
  return [...byId.values()];
}
