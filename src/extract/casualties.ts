// Casualty figures: "39 civilians had been killed", "killing at least 18", "the death toll rose to
// 47". A number becomes a claim only when the words around it tie it to a casualty word; a number
// merely near one ("some 1,500 protesters attacked a police station") is not a claim. Precision is
// worth more than recall here: a wrong death toll in an archive is worse than a missing one.
//
// Everything language-specific is in the CasualtyLexicon tables (and the NumberLocale inside), so a
// Spanish lexicon ("al menos 18 personas murieron", "la cifra de muertos ascendió a 49") is data.
import type { Casualty, CasualtyKind, Qualifier } from "../records/types.ts";
import { splitSentences } from "./sentences.ts";
import { DATELINE_LEAD } from "./layout.ts";
import {
  EN_NUMBERS, ES_NUMBERS, compilePhrases, findNumbers, matchPhrase, numberWordValue, tokenize,
  type NumberLocale, type NumberMention, type PhraseList, type Token,
} from "./numbers.ts";

export interface CasualtyContext {
  /** canonical names of places named in a sentence, in order (supplied by the places extractor) */
  placesIn?: (sentence: string) => string[];
  /** the YYYY-MM-DD date of the event a sentence reports, if it states one (supplied by the date extractor) */
  dateIn?: (sentence: string) => string | null;
  /** the text already split with splitSentences, so a pipeline splits once */
  sentences?: string[];
  /** the article's language; picks the word tables (default "en") */
  lang?: string;
  /** the latest year the article names, when it names any: a sentence set years before it tells history */
  year?: number;
  /** whether a place is a whole country: "five soldiers drowned" and "five soldiers perished in Peru" are one figure */
  isCountry?: (place: string) => boolean;
}

/** How many years before the article a sentence's latest year must lie for its figures to be history. */
const HISTORY_YEARS = 3;
/** how much older than the text's latest year a whole date must be to date another era's toll */
const HISTORY_DATE_YEARS = 8;

export interface CasualtyLexicon {
  numbers: NumberLocale;
  /** words right before a figure; null marks a neutral lead-in that is read through ("a total of") */
  qualifiersBefore: Record<string, Qualifier | null>;
  /** words right after a figure ("50 or more") */
  qualifiersAfter: Record<string, Qualifier>;
  /** what happened to the figure's subject, read after it: "18 [people] [were] killed", "18 deaths" */
  states: Record<string, CasualtyKind>;
  /** states that are also an active past tense, so "protesters killed two police" is not 1,500 dead */
  transitive: string[];
  /** read right before a figure: "killing 18", "the deaths of 18", "arrested 30 people" */
  actions: Record<string, CasualtyKind>;
  /** running totals; null: take the kind from the sentence ("bringing the total to 49") */
  tolls: Record<string, CasualtyKind | null>;
  /** "number of" + a state within a few words is a running total too ("the number of people killed") */
  tollOf: string[];
  /** a toll's figure follows one of these: "rose to 47", "stands at", "a toll of" */
  tollLinks: string[];
  /** phrases that mark a claim as a running total when in its sentence */
  totalHints: string[];
  /** qualifier phrases that announce a total ("a total of 49") */
  totalLeadIns: string[];
  /** victims, mapped to the short noun a claim carries */
  who: Record<string, string>;
  defaultWho: string;
  /** a subject that refers back: "60 more injured" takes the previous claim's victims */
  moreWords: string[];
  /** auxiliaries and hedges between a subject and its state ("have reportedly been") */
  auxiliaries: string[];
  /** verbs whose object is the state, with modifiers allowed before it ("56 people sustained firearm wounds") */
  lightVerbs: string[];
  /**
   * Fixed frames around a figure, "#" marking it, for nouns that are casualties only in that frame
   * ("the unrest claimed 60 lives", but "doctors saved 60 lives" is not)
   */
  frames: Record<string, CasualtyKind>;
  /** auxiliaries that make a participle passive: after these "killed" is suffered, not done */
  passive: string[];
  /** pronouns that open a relative clause: "two protesters who died" */
  relatives: string[];
  negations: string[];
  /** the figure's subject ends at these (articles, prepositions, conjunctions, pronouns) */
  stop: string[];
  /** words that make a figure a measure of something else ("500 years", "40 percent", "3 km") */
  units: string[];
  /** the same as phrases ("18 por ciento") */
  unitPhrases?: string[][];
  /** "13 of the country's", "one of them": a subset of something already counted */
  partitiveAfterOf: string[];
  /** "of which 193 were detained", "de las cuales": the word before a share stated with its own verb */
  relativeShares?: string[];
  /** "was", "era": links a part of a toll to its victims ("one was a police officer") */
  copulas?: string[];
  /** "of them", "de ellos": the group a share is taken from, named by a pronoun */
  pronounsAfterOf?: string[];
  /** pronouns no participle can follow: in "nine of them died of wounds" the state after is the share's own */
  objectPronouns?: string[];
  /** a figure right before these, or after the next list, shares the verb of the claim before it:
   *  "seventeen died in Juliaca, and ten more in Ayacucho", "y otras nueve en hechos vinculados…" */
  gapAfter?: string[];
  gapBefore?: string[];
  /** "none of its 3,000 workers": a count of the people a casualty word says were spared */
  noneWords?: string[];
  /** where a share of the dead came from: "20 of the dead were from Puno" */
  fromWords?: string[];
  /** the numeral one as a word of its own, never an article: "one police officer" */
  oneWords?: string[];
  /** "a"/"an": one person named after a coordinated figure ("17 civilians and a police officer dead") */
  singleArticles?: string[];
  /** words between a share's group and its state: "five of the soldiers were listed as missing" */
  reportedAs?: string[];
  /** "listed 5 people as missing", "registró a 12 personas como heridas": a verb of record, then the
   *  figure as its object, then the word before the state */
  listedAs?: { verbs: string[]; as: string };
  /** "Puno registered the most deaths, with 21, followed by Ayacucho with ten": the word a list of tallies repeats */
  withWord?: string;
  /** states that are verbs of their own, never a participle describing a group: "died", "murieron" */
  finiteStates?: string[];
  /** what sets a year as the time of a sentence's events: "in 2009", "en julio de 2012" */
  pastYearPrepositions?: string[];
  /** events dated by "of": "the Bagua massacre of 2009", "la masacre de 2009" */
  pastEvents?: string[];
  /** what may follow a gapped figure: a place or a time, not a verb of its own ("30 more marched") */
  gapPrepositions?: string[];
  /** where a part of a broken-down figure happened: "seven in accidents", "tres en Juliaca" */
  breakdownPrepositions?: string[];
  /** after a figure, mark it as part of a later one ("nine out of the ten") */
  subsetAfter: string[];
  /** "one in five": a ratio, not a count */
  ratioWords: string[];
  /** a number word read as a pronoun ("the one who", "no one") */
  pronounPhrases: string[];
  /** joins two numbers into a range whose unit follows the second ("47 to 40 percent", "15 and 18 years old") */
  rangeJoiners: string[];
  /** what may start the object of an active verb ("protesters killed [the|two|their] ..."), besides numbers and victims */
  objectStarts: string[];
  /** nouns of time that may follow an article after a verb ("a day earlier", "the next morning") */
  timeNouns?: string[];
  /** words that say when ("yesterday", "overnight", "next", "last") */
  timeWords?: string[];
  /** raw text right after a figure that makes it a clock time ("3 p.m.", "10:30") */
  timeAfter: RegExp;
  /** labels right before a number: with a dot ("No. 2") or without ("#3", "Article 5") */
  labelAbbrevBefore: string[];
  /** a figure after these is a subset of one already stated ("including two children") */
  subsetBefore: string[];
  /** "no one", "the one", "each one": not a count */
  notCountBefore: string[];
  months: string[];
  currencyBefore: string[];
  currencyAfter: string[];
  /** "15 years old", "aged 15" */
  ageAfter: string[][];
  ageBefore: string[];
  /** "#3", "Article 5", "Route 3" */
  labelBefore: string[];
  /** words that join two subjects sharing one verb ("14 protesters and 3 police officers were injured") */
  coordinators: string[];
  /** adverbs are open-class; a suffix lets "severely", "reportedly" through without a list */
  adverbSuffix: string;
  /** the present participle's ending ("carrying"), to tell a verb from an adjective in a subject */
  participleSuffix: string;
  /** capitalised plural nationalities name people ("Peruvians") */
  demonym: RegExp;
  /** articles between a figure and its state that make it a tally: "son 49 los muertos" */
  stateArticles?: string[];
  /** plural casualty nouns that are a running total when a verb of rising follows: "los fallecidos llegan a 60" */
  stateTollNouns?: string[];
  tollRisers?: string[];
  /** casualty words that after "a"/"one" are a thing: "una herida" is a wound, not an injured woman */
  articleNouns?: string[];
  /** prepositions that open a complement of the victims: "un agente de la Policía murió" */
  complementPreps?: string[];
  /** participles that, right after a noun, describe it: "un manifestante herido" is not a count of one */
  adjectivalStates?: string[];
  /**
   * what a toll word without a casualty word in its sentence counts: English "toll" is a death
   * toll (the default, "killed"); Spanish "cifra", "total" are any figure (null: none)
   */
  bareTollKind?: CasualtyKind | null;
  /** articles between a figure and a toll named after it: "elevó a 49 la cifra de muertos" */
  tollFigureFirst?: string[];
}

export const EN_LEXICON: CasualtyLexicon = {
  numbers: EN_NUMBERS,
  qualifiersBefore: {
    "at least": "at least", "at the very least": "at least", "no fewer than": "at least", "no less than": "at least",
    "not less than": "at least", "a minimum of": "at least",
    over: "over", "more than": "over", "upwards of": "over", "in excess of": "over", above: "over", "well over": "over",
    "just over": "over", "greater than": "over",
    about: "about", some: "about", around: "about", approximately: "about", roughly: "about", "an estimated": "about",
    estimated: "about", approx: "about", circa: "about", "an approximate": "about", "something like": "about",
    nearly: "nearly", almost: "nearly", "close to": "nearly", "just under": "nearly", "just shy of": "nearly",
    "up to": "up to", "as many as": "up to", "at most": "up to", "no more than": "up to", "not more than": "up to",
    "fewer than": "up to", "less than": "up to", "a maximum of": "up to",
    "a total of": null, "another": null, "a further": null, "an additional": null, "at least another": "at least",
  },
  qualifiersAfter: { "or more": "at least", "or so": "about", plus: "over", "+": "over", "-plus": "over" },
  states: {
    killed: "killed", dead: "killed", died: "killed", die: "killed", murdered: "killed", massacred: "killed", slain: "killed",
    executed: "killed", perished: "killed", drowned: "killed", drown: "killed", drowns: "killed", deaths: "killed", death: "killed", fatalities: "killed", fatality: "killed",
    killings: "killed", murders: "killed", bodies: "killed", corpses: "killed", deceased: "killed",
    "shot dead": "killed", "shot and killed": "killed", "gunned down": "killed", "lost their lives": "killed",
    "lost their life": "killed", "lost his life": "killed", "lost her life": "killed", "fatally shot": "killed",
    "fatally wounded": "killed", "fatally injured": "killed", "mortally wounded": "killed", "beaten to death": "killed",
    "burned to death": "killed", "burnt to death": "killed", "burned alive": "killed", "burnt alive": "killed",
    // "31 police officers were among the wounded"
    "among the dead": "killed", "among the wounded": "injured", "among the injured": "injured", "among the detained": "arrested",
    "among the arrested": "arrested", "among the missing": "missing",
    injured: "injured", wounded: "injured", hurt: "injured", hospitalized: "injured", hospitalised: "injured",
    injuries: "injured", wounds: "injured", "treated for injuries": "injured", "treated for wounds": "injured", "taken to hospital": "injured",
    "treatment for injuries": "injured", "treatment for wounds": "injured", "treatment for gunshot wounds": "injured",
    "taken to the hospital": "injured", "admitted to hospital": "injured", "shot and wounded": "injured",
    "shot and injured": "injured", "in hospital": "injured", "in the hospital": "injured", "in intensive care": "injured",
    "being treated in hospitals": "injured", "in hospitals": "injured",
    "admitted to the hospital": "injured", "admitted to a hospital": "injured", "admitted to hospitals": "injured",
    "taken to hospitals": "injured", "admitted to local hospitals": "injured",
    // "At least 10 of them had been hit by tear gas canisters or rubber pellets"
    ...Object.fromEntries(["hit", "struck"].flatMap((v) => ["tear gas", "a tear gas", "pellets", "rubber", "bullets", "a bullet", "projectiles", "a projectile", "gunfire", "buckshot"].map((w) => [`${v} by ${w}`, "injured" as CasualtyKind]))),
    arrested: "arrested", detained: "arrested", jailed: "arrested", imprisoned: "arrested", apprehended: "arrested",
    arrests: "arrested", detentions: "arrested", detainees: "arrested", "taken into custody": "arrested",
    "taken into police custody": "arrested", "rounded up": "arrested", "in custody": "arrested", "in police custody": "arrested",
    missing: "missing", disappeared: "missing", disappearances: "missing", "unaccounted for": "missing",
    "not been heard from": "missing",
  },
  transitive: [
    "killed", "murdered", "massacred", "executed", "shot dead", "shot and killed", "gunned down", "fatally shot",
    "fatally wounded", "mortally wounded", "injured", "wounded", "hurt", "hospitalized", "hospitalised",
    "shot and wounded", "shot and injured", "arrested", "detained", "jailed", "imprisoned", "apprehended",
    "rounded up", "disappeared",
  ],
  actions: {
    killing: "killed", killed: "killed", kill: "killed", kills: "killed", murdering: "killed", murdered: "killed",
    massacring: "killed", massacred: "killed", massacre: "killed", executing: "killed", executed: "killed",
    "shot dead": "killed", "shooting dead": "killed", "shot and killed": "killed", "gunned down": "killed",
    "gunning down": "killed", "claimed the lives of": "killed", "claiming the lives of": "killed",
    "took the lives of": "killed", "taking the lives of": "killed", "cost the lives of": "killed",
    "costing the lives of": "killed", "bodies of": "killed",
    // a mourner's count: "In Puno alone we have buried more than 20"
    buried: "killed", "have buried": "killed",
    // a translation from Spanish ("perdieron la vida 18 personas"): "where they lost the life 18 persons"
    "lost the life": "killed", "deaths of": "killed", "death of": "killed", "killing of": "killed", "drowning of": "killed", "drownings of": "killed",
    "killings of": "killed", "murder of": "killed", "murders of": "killed", "massacre of": "killed",
    injuring: "injured", injured: "injured", injure: "injured", wounding: "injured", wounded: "injured",
    "injuring of": "injured", "wounding of": "injured", treating: "injured", treated: "injured",
    arresting: "arrested", arrested: "arrested", arrest: "arrested", detaining: "arrested", detained: "arrested",
    detain: "arrested", jailing: "arrested", jailed: "arrested", "rounded up": "arrested", "rounding up": "arrested",
    "arrest of": "arrested", "arrests of": "arrested", "detention of": "arrested", "detentions of": "arrested",
    "arbitrary detention of": "arrested", "arbitrary arrest of": "arrested", "arbitrary detentions of": "arrested", "arbitrary arrests of": "arrested",
    "disappearance of": "missing", "disappearances of": "missing",
  },
  tolls: {
    "death toll": "killed", "death tolls": "killed", "fatality toll": "killed", "body count": "killed",
    "death count": "killed", "death tally": "killed", "injury toll": "injured",
    // "bringing the number killed in Ayacucho to 10"
    "number killed": "killed", "number dead": "killed", "number of dead": "killed", "number injured": "injured",
    "number wounded": "injured", "number arrested": "arrested", "number detained": "arrested", "number missing": "missing",
    toll: null, tally: null, total: null,
  },
  // ("the figure of deceased ascended to 42": a translation of "la cifra de fallecidos")
  tollOf: ["number of", "total number of", "tally of", "count of", "figure of"],
  // "raised to 58 the number of people killed", "brings to 39 the number of deaths"
  tollFigureFirst: ["the"],
  tollLinks: ["to", "at", "of", "reached", "reaches", "hit", "hits", "is", "was", "now", ":", "topped", "passed", "exceeded", "surpassed"],
  // a count since the unrest began is the running total (not one "across the country": "58 injured
  // across the country on Friday" is one day's)
  totalHints: [
    "so far", "to date", "in total", "in all", "since december", "since dec", "since early december",
    "since the protests began", "since the protests started", "since the protests erupted", "since protests began",
    "since the unrest began", "since the start of the", "since the beginning of the", "since the ouster",
  ],
  totalLeadIns: ["a total of"],
  who: {
    protesters: "protesters", protester: "protesters", protestors: "protesters", protestor: "protesters",
    demonstrators: "protesters", demonstrator: "protesters", marchers: "protesters", marcher: "protesters",
    strikers: "protesters", striker: "protesters", rioters: "protesters", rioter: "protesters",
    police: "police", policeman: "police", policemen: "police", policewoman: "police", policewomen: "police",
    "police officers": "police", "police officer": "police", "police agents": "police", "police agent": "police",
    officers: "police", officer: "police", cops: "police", cop: "police", "riot police": "police",
    "security forces": "police", gendarmes: "police",
    "members of the police": "police", "members of the national police": "police", "members of the security forces": "police",
    "members of the armed forces": "soldiers", "members of the military": "soldiers", "members of the army": "soldiers",
    soldiers: "soldiers", soldier: "soldiers", troops: "soldiers", servicemen: "soldiers", serviceman: "soldiers",
    "military personnel": "soldiers", marines: "soldiers",
    civilians: "civilians", civilian: "civilians", bystanders: "civilians", bystander: "civilians",
    "passers-by": "civilians", passersby: "civilians",
    people: "people", persons: "people", person: "people", individuals: "people", individual: "people",
    residents: "people", resident: "people", villagers: "people", villager: "people", citizens: "people",
    citizen: "people", patients: "people", patient: "people", victims: "people", victim: "people",
    inhabitants: "people", locals: "people", others: "people", other: "people", members: "people", member: "people",
    children: "children", child: "children", minors: "minors", minor: "minors", students: "students", student: "students",
    babies: "children", baby: "children", infants: "children", infant: "children",
    journalists: "journalists", journalist: "journalists", reporters: "journalists", reporter: "journalists",
    workers: "workers", worker: "workers", miners: "miners", miner: "miners", farmers: "farmers", farmer: "farmers",
    farmworkers: "workers", "farm workers": "workers", laborers: "workers", labourers: "workers", vendors: "people", traders: "people",
    drivers: "people", "truck drivers": "people", truckers: "people", teachers: "teachers", teacher: "teachers",
    nurses: "health workers", doctors: "health workers", medics: "health workers", paramedics: "health workers",
    peasants: "peasants", peasant: "peasants", campesinos: "peasants", campesino: "peasants",
    teenagers: "teenagers", teenager: "teenagers", adolescents: "teenagers", adolescent: "teenagers", youths: "youths", youth: "youths", women: "women", woman: "women",
    men: "men", man: "men", activists: "activists", activist: "activists", leaders: "leaders", leader: "leaders",
  },
  defaultWho: "people",
  moreWords: ["more", "additional", "further"],
  auxiliaries: [
    // ("two teenagers were among those killed")
    "among", "those",
    "have", "has", "had", "having", "been", "be", "being", "were", "was", "are", "is", "got", "get", "gets", "getting",
    "gotten", "remain", "remained", "remains", "remaining", "also", "already", "now", "still", "later", "reported",
    "reportedly", "confirmed", "found", "feared", "believed", "said", "thought", "known", "presumed", "left", "to",
    "all", "both", "each", "then", "will", "would", "may", "might", "could", "since", "subsequently",
  ],
  lightVerbs: ["suffered", "sustained", "received", "suffer", "sustain", "receive", "suffering", "sustaining", "receiving", "treated for"],
  frames: {
    "claimed # lives": "killed", "claiming # lives": "killed", "cost # lives": "killed", "costing # lives": "killed",
    "took # lives": "killed", "taking # lives": "killed", "# lives lost": "killed", "# lives were lost": "killed",
    "# lives have been lost": "killed", "# lives had been lost": "killed",
  },
  passive: ["been", "be", "being", "were", "was", "are", "is", "got", "get", "gets", "getting", "gotten", "remain",
    "remained", "remains", "reported", "confirmed", "found", "feared", "believed", "presumed", "left"],
  relatives: ["who", "that"],
  negations: ["not", "never", "weren't", "wasn't", "haven't", "hasn't", "hadn't", "aren't", "isn't", "n't", "no"],
  stop: [
    "a", "an", "the", "this", "that", "these", "those", "of", "in", "on", "at", "to", "from", "by", "with", "for", "and",
    "or", "but", "as", "after", "before", "since", "during", "while", "when", "where", "which", "who", "whom", "whose",
    "than", "into", "onto", "over", "under", "about", "around", "against", "between", "among", "across", "through",
    "throughout", "near", "per", "he", "she", "it", "they", "them", "we", "you", "i", "his", "her", "its", "their",
    "our", "my", "your", "there", "here", "if", "because", "so", "including", "according", "said", "says",
  ],
  units: [
    "years", "year", "months", "month", "weeks", "week", "days", "day", "hours", "hour", "minutes", "minute", "seconds",
    "decades", "centuries", "km", "kilometers", "kilometres", "miles", "mile", "meters", "metres", "meter", "metre",
    "feet", "foot", "tons", "tonnes", "kilos", "kg", "percent", "per", "pct", "times", "degrees", "points", "votes",
    "seats", "dollars", "dollar", "soles", "euros", "pesos", "cents", "reais",
  ],
  partitiveAfterOf: ["the", "them", "those", "these", "whom", "which", "us", "its", "their", "his", "her", "our", "your", "it"],
  // "Six soldiers of the Peruvian Army died", "two students from San Marcos were arrested"
  complementPreps: ["of", "from"],
  // "37 death certificates", "12 death threats": documents and threats, not deaths
  unitPhrases: [["death", "certificates"], ["death", "certificate"], ["death", "threats"], ["death", "records"], ["autopsy", "reports"], ["autopsies"]],
  pronounsAfterOf: ["them", "those", "these"],
  objectPronouns: ["them", "whom", "which", "us", "it"],
  singleArticles: ["a", "an"],
  oneWords: ["one"],
  fromWords: ["from", "in"],
  noneWords: ["none", "neither", "nobody"],
  reportedAs: ["listed", "reported", "declared", "confirmed", "registered", "as", "later", "also"],
  withWord: "with",
  listedAs: { verbs: ["listed", "registered", "recorded", "counted", "reported", "classified", "identified", "declared", "lists", "registers", "records", "counts"], as: "as" },
  finiteStates: ["died", "perished", "drowned", "disappeared", "lost their lives"],
  // (and "since 2006, more than 280 people have been killed": a count of another time)
  pastYearPrepositions: ["in", "during", "since"],
  pastEvents: ["massacre", "massacres", "war", "conflict", "uprising", "crisis", "protests", "killings", "strike", "coup", "riots", "clash", "clashes", "violence", "unrest", "standoff"],
  gapAfter: ["more", "others"],
  gapBefore: ["another", "further", "additional"],
  gapPrepositions: ["in", "on", "at", "near", "during", "outside", "inside", "across", "around", "from", "after", "when", "while"],
  copulas: ["was", "were", "is", "are"],
  relativeShares: ["whom", "which"],
  breakdownPrepositions: ["in", "at", "during", "from", "on"],
  subsetBefore: ["including", "among", "includes", "included"],
  subsetAfter: ["out of"],
  ratioWords: ["in"],
  pronounPhrases: ["no one", "the one", "this one", "that one", "every one", "each one", "any one"],
  rangeJoiners: ["to", "and", "or", "-", "–", "—"],
  objectStarts: ["a", "an", "the", "his", "her", "their", "its", "this", "these", "those", "him", "them", "us", "me", "several", "many", "dozens", "hundreds", "scores"],
  timeNouns: ["day", "days", "week", "weeks", "month", "months", "year", "years", "night", "nights", "morning", "afternoon", "evening", "weekend", "hour", "hours", "fortnight"],
  timeWords: ["yesterday", "overnight", "earlier", "later", "today", "tonight", "last", "next", "previous", "following", "same"],
  notCountBefore: ["each", "every", "any", "per"],
  months: [
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  ],
  currencyBefore: ["$", "€", "£", "¥", "us$", "usd", "eur", "pen", "s/"],
  currencyAfter: ["dollars", "dollar", "euros", "euro", "soles", "sol", "pesos", "reais", "usd", "pounds"],
  ageAfter: [["years", "old"], ["year", "old"], ["years", "of", "age"], ["yrs", "old"]],
  ageBefore: ["aged", "age", "ages"],
  timeAfter: /^\s*(?:[ap]\.?\s?m\b|o['’]clock\b|hrs?\b|gmt\b|utc\b|:\d)/i,
  labelAbbrevBefore: ["no", "nos", "art", "vol"],
  labelBefore: ["#", "number", "article", "law", "decree", "page", "route", "highway", "km"],
  coordinators: ["and", "or", ","],
  adverbSuffix: "ly",
  participleSuffix: "ing",
  demonym: /^\p{Lu}\p{Ll}{3,}(?:ans|ese|is)$/u,
};

// ---- Spanish ----
//
// Spanish differs from English in ways the same machinery covers once the tables say so: the verb
// often comes first ("murieron 18 personas", "fueron detenidas 30 personas"), so those verbs are
// actions read before the figure; an animate object takes "a" ("detuvieron a 30 manifestantes"), so
// the actions end in it; participles agree in gender and number, so each comes in four forms.

/** "herido" → herido, herida, heridos, heridas */
const agree = (stem: string): string[] => [`${stem}o`, `${stem}a`, `${stem}os`, `${stem}as`];
const ES_KILLED_P = ["muert", "fallecid", "asesinad", "ejecutad", "abatid", "acribillad", "masacrad", "calcinad", "ahogad"].flatMap(agree);
const ES_INJURED_P = ["herid", "lesionad", "hospitalizad", "internad", "balead"].flatMap(agree);
const ES_ARRESTED_P = ["detenid", "arrestad", "capturad", "apresad", "encarcelad", "aprehendid", "intervenid"].flatMap(agree);
const ES_MISSING_P = ["desaparecid"].flatMap(agree);
/** the auxiliaries a participle follows when the verb comes first ("resultaron heridas 30 personas") */
const ES_PARTICIPLE_AUX = ["fueron", "fue", "resultaron", "resultó", "resultaran", "resultan", "resulta", "quedaron", "quedó", "quedan", "queda", "sido", "son", "han", "ha", "habían", "había", "están", "estaban", "permanecen", "siguen", "continúan"];
const esActions = (participles: string[], kind: CasualtyKind): [string, CasualtyKind][] =>
  ES_PARTICIPLE_AUX.flatMap((aux) => participles.map((p) => [`${aux} ${p}`, kind] as [string, CasualtyKind]));
/** a finite verb and the forms news uses: "murieron", "han muerto", "murió", "que murieran" */
const esVerb = (forms: string[], kind: CasualtyKind): [string, CasualtyKind][] => forms.map((f) => [f, kind]);
/** the perfect tenses of an active verb: "había matado a 10 personas", "han detenido a 15" */
const esPerfect = (participles: string[], kind: CasualtyKind): [string, CasualtyKind][] =>
  ["ha", "han", "había", "habían", "habría", "habrían", "hubiera", "hubieran"].flatMap((aux) => participles.map((p) => [`${aux} ${p} a`, kind] as [string, CasualtyKind]));

export const ES_LEXICON: CasualtyLexicon = {
  numbers: ES_NUMBERS,
  qualifiersBefore: {
    "al menos": "at least", "por lo menos": "at least", "como mínimo": "at least", "como minimo": "at least",
    "no menos de": "at least", "un mínimo de": "at least", "al menos otros": "at least", "al menos otras": "at least",
    "más de": "over", "mas de": "over", "por encima de": "over", "poco más de": "over", "algo más de": "over", "sobre": "over",
    unos: "about", unas: "about", "alrededor de": "about", aproximadamente: "about",
    "en torno a": "about", "un estimado de": "about", "aprox": "about",
    "cerca de": "nearly", casi: "nearly", "poco menos de": "nearly",
    hasta: "up to", "hasta un máximo de": "up to", "como máximo": "up to", "no más de": "up to", "menos de": "up to",
    "un máximo de": "up to",
    "un total de": null, otros: null, otras: null, "otros más": null, "ya son": null,
  },
  qualifiersAfter: { "o más": "at least", "al menos": "at least", aproximadamente: "about" },
  states: Object.fromEntries<CasualtyKind>([
    ...ES_KILLED_P.map((w) => [w, "killed"] as [string, CasualtyKind]),
    ...esVerb(["murieron", "murió", "murio", "fallecieron", "falleció", "fallecio", "perecieron", "pereció", "murieran", "fallecieran",
      "perecieran", "mueren", "muere", "fallecen", "fallece", "perecen", "han muerto", "habían muerto", "han fallecido", "habían fallecido",
      "perdieron la vida", "perdió la vida", "pierden la vida", "pierde la vida", "perdieran la vida", "han perdido la vida",
      // (a chronicle's narrative conditional: "otras 18 personas perderían la vida frente al aeropuerto")
      "perderían la vida", "habían perdido la vida", "murieron", "morirían", "fallecerían",
      "se ahogó", "se ahogaron", "muertes", "muerte", "fallecimientos", "decesos", "víctimas mortales", "victimas mortales",
      "víctima mortal", "cadáveres", "cadaveres", "cuerpos sin vida", "asesinatos", "homicidios", "quemado vivo", "quemados vivos"], "killed"),
    ...ES_INJURED_P.map((w) => [w, "injured"] as [string, CasualtyKind]),
    ...esVerb(["lesiones", "heridas de bala", "heridos de bala", "heridas de gravedad"], "injured"),
    // "dos agentes resultaron con lesiones leves" (with the verb: "dos de ellos con heridas de perdigones" is a share)
    ...["resultaron", "resultó", "quedaron", "quedó", "terminaron", "terminó"].flatMap((v) => esVerb([`${v} con lesiones`, `${v} con heridas`], "injured")),
    // "16 civiles atendidos en hospitales de Lima", "16 personas fueron atendidas en hospitales por lesiones"
    // ("ocho soldados fueron atendidos por hipotermia y contusiones")
    // ("tres soldados fueron rescatados con síntomas de hipotermia", "seis efectivos sufrieron contusiones")
    ...agree("rescatad").flatMap((p) => ["con hipotermia", "con síntomas de hipotermia", "con heridas", "con lesiones"].map((w) => [`${p} ${w}`, "injured"] as [string, CasualtyKind])),
    ...esVerb(["sufrieron contusiones", "sufrió contusiones", "sufrieron heridas", "sufrió heridas", "sufrieron lesiones", "sufrió lesiones"], "injured"),
    ...agree("atendid").flatMap((p) => ["en hospitales", "en el hospital", "en centros de salud", "en establecimientos de salud", "por lesiones", "por heridas", "por contusiones", "por hipotermia", "por traumatismos", "por asfixia", "por fracturas", "por quemaduras"].map((w) => [`${p} ${w}`, "injured"] as [string, CasualtyKind])),
    ...ES_ARRESTED_P.map((w) => [w, "arrested"] as [string, CasualtyKind]),
    ...esVerb(["detenciones", "arrestos", "capturas", "privados de su libertad", "privadas de su libertad", "bajo arresto", "tras las rejas"], "arrested"),
    ...ES_MISSING_P.map((w) => [w, "missing"] as [string, CasualtyKind]),
    ...esVerb(["desapariciones", "no localizados", "sin ubicar", "en paradero desconocido", "sin ser ubicados", "sin ser ubicadas",
      "sin ser localizados", "sin ser localizadas", "no ubicados", "no ubicadas"], "missing"),
  ]),
  // participles cannot be active; "18 manifestantes detuvieron a dos policías" has no state word
  transitive: [],
  actions: Object.fromEntries<CasualtyKind>([
    ...esVerb(["mataron a", "mató a", "matando a", "matar a", "asesinaron a", "asesinó a", "asesinando a", "ejecutaron a", "ejecutó a",
      "abatieron a", "abatió a", "acribillaron a", "masacraron a", "mata a", "matan a", "asesina a", "asesinan a",
      // the narrative conditional of a chronicle: "veinticinco días después, la Policía mataría a 17 civiles"
      "mataría a", "matarían a", "asesinaría a", "asesinarían a",
      "murieron", "murió", "fallecieron", "falleció", "perecieron", "pereció", "han muerto", "habían muerto", "han fallecido",
      "mueren", "muere", "fallecen", "fallece", "pierden la vida",
      "perdieron la vida", "perdió la vida", "han perdido la vida", "murieron ahogados", "se ahogaron",
      "muerte de", "muertes de", "asesinato de", "asesinatos de", "fallecimiento de", "masacre de", "matanza de", "ejecución de",
      // "las protestas ya se han cobrado la vida de 42 personas", "ha costado la vida a 60 peruanos"
      "cobrado la vida de", "cobrado la vida a", "cobró la vida de", "cobró la vida a", "cobraron la vida de", "cobraron la vida a",
      "costado la vida a", "costó la vida a", "costaron la vida a", "cobrado las vidas de", "cobró las vidas de",
      "costado ya la vida de", "costado ya la vida a", "cobrado ya la vida de", "costado la vida de",
      "cobró la vida de", "cobraron la vida de", "se cobró la vida de", "se cobraron la vida de", "ha cobrado la vida de",
      "costó la vida a", "costaron la vida a", "acabó con la vida de", "segó la vida de", "cadáveres de", "cuerpos de"], "killed"),
    ...esPerfect(["matado", "asesinado", "ejecutado", "abatido", "acribillado", "masacrado"], "killed"),
    ...esActions(ES_KILLED_P, "killed"),
    ...esVerb(["hirieron a", "hirió a", "hiriendo a", "lesionaron a", "lesionó a", "heridas a", "hiere a", "hieren a"], "injured"),
    ...esPerfect(["herido", "lesionado", "baleado"], "injured"),
    ...esActions(ES_INJURED_P, "injured"),
    ...esVerb(["detuvieron a", "detuvo a", "deteniendo a", "detener a", "arrestaron a", "arrestó a", "capturaron a", "capturó a",
      "apresaron a", "apresó a", "intervinieron a", "intervino a", "detiene a", "detienen a", "arresta a", "arrestan a",
      "captura a", "capturan a", "detención de", "detenciones de", "arresto de", "arrestos de",
      "captura de", "capturas de", "encarcelamiento de", "detención arbitraria de", "detenciones arbitrarias de"], "arrested"),
    ...esPerfect(["detenido", "arrestado", "capturado", "apresado", "intervenido"], "arrested"),
    ...esActions(ES_ARRESTED_P, "arrested"),
    ...esVerb(["desaparición de", "desapariciones de", "desaparecieron", "desapareció"], "missing"),
    ...esActions(ES_MISSING_P, "missing"),
  ]),
  tolls: {
    "saldo mortal": "killed", "balance mortal": "killed", "cifra mortal": "killed", "cifra de víctimas": "killed",
    "número de víctimas": "killed", "saldo de víctimas": "killed", "balance de víctimas": "killed", "total de víctimas": "killed",
    "cifra de heridos": "injured", saldo: null, balance: null, cifra: null, total: null,
  },
  tollOf: ["número de", "cifra de", "saldo de", "balance de", "total de", "conteo de", "recuento de", "cantidad de", "la lista de"],
  tollLinks: ["a", "en", "de", ":", "es", "son", "alcanzó", "alcanza", "superó", "supera", "los", "las", "ya", "suma", "suman", "sumó"],
  totalHints: [
    "hasta ahora", "hasta el momento", "hasta la fecha", "a la fecha", "en total", "en lo que va", "desde el inicio", "en conjunto",
    "desde diciembre", "desde el 7 de diciembre",
  ],
  totalLeadIns: ["un total de", "ya son"],
  who: {
    manifestantes: "protesters", manifestante: "protesters", protestantes: "protesters", protestante: "protesters",
    marchantes: "protesters", huelguistas: "protesters", huelguista: "protesters", movilizados: "protesters",
    policías: "police", policía: "police", policias: "police", policia: "police", agentes: "police", agente: "police",
    "agentes policiales": "police", "agente policial": "police", "efectivos policiales": "police", "efectivo policial": "police",
    "agentes de la policía": "police", "miembros de la policía": "police", uniformados: "police", uniformado: "police",
    carabineros: "police", guardias: "police", "fuerzas del orden": "police", "fuerzas de seguridad": "police",
    militares: "soldiers", militar: "soldiers", soldados: "soldiers", soldado: "soldiers", "efectivos militares": "soldiers",
    "efectivo militar": "soldiers", "miembros de las fuerzas armadas": "soldiers", "miembros del ejército": "soldiers",
    reclutas: "soldiers", efectivos: "police",
    // ranks: "un suboficial de la PNP murió", "dos suboficiales resultaron heridos"
    suboficial: "police", suboficiales: "police", "sub oficial": "police", sargento: "police", sargentos: "police",
    comisario: "police", comisarios: "police", "efectivo": "police", conscriptos: "soldiers", conscripto: "soldiers",
    civiles: "civilians", civil: "civilians", transeúntes: "civilians", transeuntes: "civilians", "transeúnte": "civilians",
    personas: "people", persona: "people", individuos: "people", ciudadanos: "people", ciudadano: "people", pobladores: "people",
    poblador: "people", pobladora: "people", vecinos: "people", habitantes: "people", residentes: "people", víctimas: "people",
    victimas: "people", víctima: "people", pacientes: "people", otros: "people", otras: "people",
    comuneros: "peasants", comunero: "peasants", campesinos: "peasants", campesino: "peasants", ronderos: "peasants",
    niños: "children", niño: "children", niñas: "children", niña: "children", menores: "minors", menor: "minors",
    bebé: "children", bebés: "children", bebe: "children", bebes: "children",
    "menores de edad": "minors", adolescentes: "teenagers", adolescente: "teenagers", jóvenes: "youths", joven: "youths",
    estudiantes: "students", estudiante: "students", universitarios: "students", periodistas: "journalists", periodista: "journalists",
    reporteros: "journalists", reportero: "journalists", camarógrafos: "journalists", trabajadores: "workers", trabajador: "workers",
    obreros: "workers", mineros: "miners", minero: "miners", agricultores: "farmers", agricultor: "farmers",
    mujeres: "women", mujer: "women", hombres: "men", hombre: "men", varones: "men", dirigentes: "leaders", dirigente: "leaders",
    líderes: "leaders", lideres: "leaders", activistas: "activists", activista: "activists", turistas: "tourists", turista: "tourists",
    "defensores de derechos humanos": "activists", médicos: "health workers", enfermeros: "health workers",
    peruanos: "people", peruanas: "people", bolivianos: "people", extranjeros: "people",
    // the words of the movement's own messages: "3 compañeros de Espinar desaparecidos", "10 hermanos asesinados"
    compañeros: "people", compañeras: "people", hermanos: "people", hermanas: "people", compatriotas: "people",
  },
  defaultWho: "people",
  moreWords: ["más", "adicionales"],
  auxiliaries: [
    "han", "ha", "habían", "había", "habrían", "habría", "hayan", "haya", "hubieran", "sido", "fueron", "fue", "eran", "era",
    "son", "es", "resultaron", "resultó", "resultaran", "resultan", "resulta", "resultado", "quedaron", "quedó", "quedan", "queda",
    "quedado", "están", "estaban", "está",
    "estaría", "estarían", "permanecen", "permanecían", "permanece", "permanecía", "siguen", "seguían", "sigue", "seguía", "continúan", "continuaban", "continúa", "continuaba", "estaba", "estuvo", "estuvieron",
    "se", "ya", "también", "aún", "todavía", "luego", "después", "finalmente", "reportados", "reportadas", "registrados",
    // ("reportó a siete efectivos como desaparecidos")
    "como",
    "registradas", "confirmados", "confirmadas", "presuntamente", "supuestamente", "encuentran", "encontraban", "encuentra",
  ],
  lightVerbs: ["sufrieron", "sufrió", "sufren", "sufrido", "presentan", "presentaban", "presenta", "recibieron", "recibió",
    "dados por", "dadas por", "dado por", "dada por", "reportados como", "reportadas como",
    // "50 personas fueron atendidas por heridas leves"
    "atendidos por", "atendidas por", "atendido por", "atendida por", "atendidos con", "atendidas con"],
  frames: {
    "cobró # vidas": "killed", "se cobró # vidas": "killed", "cobraron # vidas": "killed", "costó # vidas": "killed",
    "costaron # vidas": "killed", "# vidas perdidas": "killed", "se perdieron # vidas": "killed", "ha cobrado # vidas": "killed",
    "segó # vidas": "killed",
  },
  passive: ["fueron", "fue", "sido", "resultaron", "resultó", "resultado", "quedaron", "quedó", "están", "estaban", "permanecen"],
  relatives: ["que", "quienes"],
  negations: ["no", "ni", "ningún", "ninguna", "ninguno", "nadie", "sin", "descartó", "descartaron", "negó", "negaron"],
  stop: [
    "el", "la", "los", "las", "lo", "un", "una", "unos", "unas", "de", "del", "al", "a", "en", "por", "para", "con", "sin", "sobre",
    "entre", "tras", "desde", "hasta", "durante", "según", "segun", "mediante", "contra", "hacia", "ante", "bajo", "y", "e", "o", "u",
    "ni", "pero", "sino", "que", "quien", "quienes", "cual", "cuales", "cuando", "donde", "como", "mientras", "este", "esta", "estos",
    "estas", "ese", "esa", "esos", "esas", "aquel", "su", "sus", "se", "le", "les", "él", "ella", "ellos", "ellas", "nosotros",
    "si", "porque", "aunque", "incluidos", "incluidas", "incluyendo", "dijo", "informó", "señaló", "indicó", "afirmó", "precisó",
  ],
  units: [
    "años", "año", "meses", "mes", "semanas", "semana", "días", "día", "horas", "hora", "minutos", "minuto", "segundos",
    "décadas", "siglos", "km", "kilómetros", "kilometros", "millas", "metros", "metro", "toneladas", "kilos", "kg", "%",
    "veces", "grados", "puntos", "votos", "escaños", "dólares", "dólar", "soles", "sol", "euros", "pesos", "hectáreas",
    "casos", "vuelos", "vehículos", "buses", "camiones", "patrulleros", "bombas", "cartuchos", "balas", "disparos", "tiros",
    "regiones", "provincias", "distritos", "comunidades", "organizaciones", "gremios", "puntos", "vías", "carreteras",
  ],
  unitPhrases: [["por", "ciento"], ["por", "cien"]],
  partitiveAfterOf: ["los", "las", "ellos", "ellas", "estos", "estas", "esos", "esas", "quienes", "cuales", "sus", "nosotros", "aquellos"],
  pronounsAfterOf: ["ellos", "ellas", "estos", "estas", "esos", "esas"],
  objectPronouns: ["ellos", "ellas", "quienes", "cuales", "nosotros"],
  singleArticles: ["un", "una"],
  oneWords: [],
  fromWords: ["de", "en"],
  noneWords: ["ninguno", "ninguna", "nadie"],
  reportedAs: ["reportados", "reportadas", "declarados", "declaradas", "como", "luego", "también"],
  withWord: "con",
  listedAs: { verbs: ["registró", "registra", "reportó", "reporta", "contabilizó", "contabiliza", "consignó", "identificó", "declaró", "a"], as: "como" },
  finiteStates: ["murieron", "fallecieron", "perecieron", "desaparecieron", "perdieron la vida"],
  pastYearPrepositions: ["en", "durante", "desde"],
  pastEvents: ["masacre", "masacres", "guerra", "conflicto", "levantamiento", "crisis", "protestas", "matanza", "paro", "golpe", "enfrentamiento", "enfrentamientos", "violencia"],
  gapAfter: ["más"],
  gapBefore: ["otros", "otras"],
  gapPrepositions: ["en", "durante", "cerca", "tras", "desde", "cuando", "mientras", "por"],
  copulas: ["era", "eran", "fue", "fueron", "es", "son"],
  relativeShares: ["cuales"],
  breakdownPrepositions: ["en", "durante", "por", "tras", "a causa de"],
  subsetBefore: ["incluidos", "incluidas", "incluido", "incluida", "incluyendo", "ellos", "ellas", "cuales"],
  subsetAfter: ["de un total de", "del total de"],
  ratioWords: ["de", "por"],
  pronounPhrases: ["el uno", "la una", "lo uno", "el otro"],
  rangeJoiners: ["a", "y", "o", "-", "–", "—", "al"],
  objectStarts: ["el", "la", "los", "las", "un", "una", "su", "sus", "este", "esta", "estos", "estas", "varios", "varias", "decenas", "cientos", "centenares"],
  timeNouns: ["día", "días", "semana", "semanas", "mes", "meses", "año", "años", "noche", "noches", "mañana", "tarde", "madrugada", "fin", "hora", "horas"],
  timeWords: ["ayer", "anoche", "anteayer", "hoy", "pasado", "pasada", "anterior", "siguiente"],
  notCountBefore: ["cada", "por"],
  months: [
    "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "setiembre", "octubre", "noviembre",
    "diciembre", "ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "sept", "set", "oct", "nov", "dic",
  ],
  currencyBefore: ["$", "€", "us$", "usd", "pen", "s/", "s"],
  currencyAfter: ["soles", "sol", "dólares", "dolares", "dólar", "euros", "euro", "pesos", "reales", "usd"],
  ageAfter: [["años", "de", "edad"], ["años"], ["año"], ["meses", "de", "edad"]],
  ageBefore: ["edad", "edades"],
  timeAfter: /^\s*(?:[ap]\.?\s?m\b|h\b|hrs?\b|horas\b|:\d)/i,
  labelAbbrevBefore: ["nº", "n", "núm", "art", "no"],
  labelBefore: ["#", "número", "numero", "nº", "artículo", "articulo", "ley", "decreto", "página", "ruta", "carretera", "km",
    "kilómetro", "avenida", "calle", "jirón", "jr", "av", "expediente", "resolución", "sala", "pabellón", "lote", "edición",
    "estado", "pista", "tomo", "inciso", "anexo"],
  coordinators: ["y", "e", "o", ","],
  adverbSuffix: "mente",
  participleSuffix: "ndo",
  // Spanish writes demonyms in lower case; in the victims' slot they name people ("18 puneños murieron")
  demonym: /^\p{Ll}{3,}(?:eños|eñas|anos|anas|enses)$/u,
  stateArticles: ["los", "las"],
  tollFigureFirst: ["la", "el"],
  adjectivalStates: [...ES_KILLED_P, ...ES_INJURED_P, ...ES_ARRESTED_P, ...ES_MISSING_P],
  bareTollKind: null,
  complementPreps: ["de", "del"],
  articleNouns: ["herida", "lesión"],
  stateTollNouns: ["muertos", "fallecidos", "víctimas mortales", "victimas mortales", "muertes", "heridos", "detenidos", "desaparecidos"],
  tollRisers: ["suben", "subió", "subieron", "sube", "ascienden", "asciende", "ascendió", "ascendieron", "llegan", "llega", "llegó",
    "llegaron", "se elevan", "se eleva", "se elevó", "se elevaron", "aumentan", "aumentó", "aumentaron", "suman", "sumaron", "alcanzan",
    "alcanzaron", "superan", "superaron", "ya son", "son ya", "ya suman"],
};

/** Word tables by language code; a language is added by adding its lexicon here. */
export const LEXICONS: Record<string, CasualtyLexicon> = { en: EN_LEXICON, es: ES_LEXICON };

// ---- compiled tables (built once per lexicon, at first use) ----

interface Compiled {
  lex: CasualtyLexicon;
  qualBeforeList: { words: string[]; value: Qualifier | null; key: string }[];
  qualAfter: PhraseList<Qualifier>;
  states: PhraseList<CasualtyKind>;
  transitive: Set<string>;
  lightVerbs: PhraseList<true>;
  frames: { before: string[]; after: string[]; value: CasualtyKind }[];
  subsetAfter: PhraseList<true>;
  tolls: PhraseList<CasualtyKind | null>;
  tollOf: PhraseList<true>;
  tollLinks: Set<string>;
  totalHints: PhraseList<true>;
  who: PhraseList<string>;
  /** a word list of the lexicon as a lower-cased Set, built on first use */
  set: (name: keyof CasualtyLexicon) => Set<string>;
  ageAfter: PhraseList<true>;
  unitPhrases: PhraseList<true>;
  tollRisers: PhraseList<true> | null;
  /** actions by their last word, longest first: looked up for every figure */
  actionsByLast: Map<string, { words: string[]; value: CasualtyKind }[]>;
  /** number nouns after which "of" introduces the counted thing ("una docena de policías") */
  collectives: Set<string>;
  prefilterKind: RegExp;
  prefilterNumber: RegExp;
}

const compiledCache = new Map<CasualtyLexicon, Compiled>();

function compile(lex: CasualtyLexicon): Compiled {
  const hit = compiledCache.get(lex);
  if (hit) return hit;
  const sets = new Map<string, Set<string>>();
  const setOf = (name: keyof CasualtyLexicon): Set<string> => {
    let s = sets.get(name);
    if (!s) {
      s = new Set(((lex[name] as string[] | undefined) ?? []).map((w) => w.toLowerCase()));
      sets.set(name, s);
    }
    return s;
  };
  const qualBeforeList = Object.entries(lex.qualifiersBefore).map(([key, value]) => ({ words: key.split(/\s+/), value, key }));
  // A sentence can only hold a claim if it has a casualty word and a figure; two cheap regexes
  // spare tokenizing most sentences. Any word of a phrase is necessary for it to match, so each
  // phrase contributes its longest content word ("custody", not "in"). JavaScript's \b is
  // ASCII-only, so words are bounded by hand and a non-ASCII first letter gets no leading bound.
  const common = new Set([...lex.stop, ...lex.auxiliaries, ...lex.partitiveAfterOf]);
  const kindWords = new Set<string>();
  for (const table of [lex.states, lex.actions, lex.tolls, lex.frames]) {
    for (const k of Object.keys(table)) {
      const words = k.toLowerCase().split(/\s+/).filter((w) => w !== "#");
      // a phrase holding a word that is a key on its own ("burned to death") adds nothing
      if (words.length > 1 && words.some((w) => Object.hasOwn(lex.states, w) || Object.hasOwn(lex.actions, w) || Object.hasOwn(lex.tolls, w))) continue;
      const content = words.filter((w) => !common.has(w));
      kindWords.add((content.length ? content : words).reduce((a, b) => (b.length > a.length ? b : a)));
    }
  }
  const numberWords = new Set<string>();
  const nl = lex.numbers;
  for (const table of [nl.words, nl.multipliers, nl.scales, nl.phrases, nl.vague]) {
    for (const k of Object.keys(table)) for (const w of k.split(/\s+/)) if ((!nl.articles.includes(w) || Object.hasOwn(nl.words, w)) && w !== nl.of) numberWords.add(w);
  }
  const alt = (ws: Iterable<string>) => {
    const list = [...ws].map((w) => w.toLowerCase());
    const ascii = list.filter((w) => /^[a-z]/.test(w));
    const other = list.filter((w) => !/^[a-z]/.test(w));
    const tail = "(?![a-z])"; // "count" must not fire on "country"
    return [ascii.length ? `\\b${trieRegex(ascii)}${tail}` : "", other.length ? trieRegex(other) + tail : ""].filter(Boolean).join("|");
  };
  const c: Compiled = {
    lex,
    qualBeforeList,
    qualAfter: compilePhrases(lex.qualifiersAfter),
    states: compilePhrases(lex.states),
    transitive: new Set(lex.transitive),
    subsetAfter: compilePhrases(lex.subsetAfter.map((k) => [k, true] as [string, true])),
    lightVerbs: compilePhrases(lex.lightVerbs.map((k) => [k, true] as [string, true])),
    frames: Object.entries(lex.frames).map(([k, value]) => {
      const words = k.toLowerCase().split(/\s+/);
      const i = words.indexOf("#");
      return { before: words.slice(0, i), after: words.slice(i + 1), value };
    }),
    tolls: compilePhrases(lex.tolls),
    tollOf: compilePhrases(lex.tollOf.map((k) => [k, true] as [string, true])),
    tollLinks: new Set(lex.tollLinks),
    totalHints: compilePhrases(lex.totalHints.map((k) => [k, true] as [string, true])),
    who: compilePhrases(lex.who),
    set: setOf,
    ageAfter: compilePhrases(lex.ageAfter.map((ws) => [ws.join(" "), true] as [string, true])),
    unitPhrases: compilePhrases((lex.unitPhrases ?? []).map((ws) => [ws.join(" "), true] as [string, true])),
    tollRisers: lex.tollRisers ? compilePhrases(lex.tollRisers.map((k) => [k, true] as [string, true])) : null,
    actionsByLast: (() => {
      const map = new Map<string, { words: string[]; value: CasualtyKind }[]>();
      for (const [k, value] of Object.entries(lex.actions)) {
        const words = k.toLowerCase().split(/\s+/);
        const last = words[words.length - 1];
        const list = map.get(last) ?? [];
        list.push({ words, value });
        map.set(last, list);
      }
      for (const list of map.values()) list.sort((a, b) => b.words.length - a.words.length);
      return map;
    })(),
    collectives: new Set(lex.numbers.collectives ?? []),
    prefilterKind: new RegExp(alt(kindWords), "i"),
    prefilterNumber: new RegExp(`\\d|${alt(numberWords)}`, "i"),
  };
  compiledCache.set(lex, c);
  return c;
}

// ---- extraction ----

interface Found {
  mention: NumberMention;
  count: number | null;
  estimate: number | null;
  qualifier: Qualifier;
  kind: CasualtyKind;
  who: string;
  total: boolean;
  /** token index where the claim's words start, to find the nearest place */
  at: number;
}

/**
 * Whether a passage (a paragraph, say) could state a casualty figure at all: the same two cheap
 * tests every sentence must pass. A pipeline uses it to split only such paragraphs into sentences.
 */
export function mayStateCasualties(text: string, lang = "en"): boolean {
  const c = compile(LEXICONS[lang.slice(0, 2).toLowerCase()] ?? EN_LEXICON);
  return c.prefilterKind.test(text) && c.prefilterNumber.test(text);
}

/** Casualty claims stated in a text, one per figure, in order of first statement. */
export function extractCasualties(text: string, ctx: CasualtyContext = {}): Casualty[] {
  const lex = LEXICONS[(ctx.lang ?? "en").slice(0, 2).toLowerCase()] ?? EN_LEXICON;
  const c = compile(lex);
  const sentences = ctx.sentences ?? splitSentences(text);
  const out: Casualty[] = [];
  // figure (and figure|place) → the groups it was told of: "one protester" and then "one police officer"
  // are two people, "60 dead" and then "the 60 civilians" one figure
  // (told apart only in uniform or out of it: "17 protesters" and then "17 civilians" in Juliaca are
  // one figure told twice)
  const seen = new Map<string, Set<string>>();
  const side = (who: string): string => (who === "police" || who === "soldiers" || who === "security forces" || who === "people" ? who : "civilian");
  // ("people" may be anyone: "six soldiers drowned" and then "six bodies were recovered" are the same six)
  const seenFor = (k: string, who: string): boolean => {
    const w = seen.get(k);
    return w !== undefined && (w.has(side(who)) || who === "people" || w.has("people"));
  };
  const remember = (k: string, who: string): void => {
    const w = seen.get(k);
    if (w) w.add(side(who));
    else seen.set(k, new Set([side(who)]));
  };
  // (one person told with an article goes after the sentence's other figures)
  let pendingOne: Casualty | null = null;
  const singles: Casualty[] = [];
  for (const raw of sentences) {
    if (pendingOne) out.push(pendingOne);
    pendingOne = null;
    // "A police officer was burned to death in his patrol car", "un manifestante falleció": one person
    // killed, told with an article rather than a number
    const single = SINGLE[lex === EN_LEXICON ? "en" : "es"];
    const ln = lex === EN_LEXICON ? "en" : "es";
    const one = single && c.prefilterKind.test(raw) && !CORRECTION.test(raw) ? single.exec(raw) ?? NAMED_WITH_RANK[ln].exec(raw) ?? NAMED_WITH_AGE[ln].exec(raw) ?? ACTIVE_SINGLE[ln].exec(raw) ?? ONE_MORE[ln].exec(raw) : null;
    if (one && !(ctx.year !== undefined && isHistory(tokenize(raw), c, ctx.year)) && !BEFORE_UNREST.test(raw)) {
      const places = ctx.placesIn ? ctx.placesIn(raw) : [];
      const place = places.length ? nearestPlace(raw, one.index, places) : null;
      const where = place !== null && ctx.isCountry?.(place) ? null : place;
      const key = `1|killed|${where ?? ""}`;
      // (a rank names the side: "el suboficial …" is the police's; a name alone, people)
      const rank = /\b(?:police|officer|sergeant|corporal|suboficial|policía|agente|sargento|cabo)\b/i.test(one[0]) ? "police" : /\b(?:soldier|private|soldado)\b/i.test(one[0]) ? "soldiers" : null;
      const who = rank ?? (one[1] !== undefined ? lex.who[one[1].toLowerCase()] : undefined) ?? lex.defaultWho;
      const date = ctx.dateIn ? ctx.dateIn(raw) : null;
      // (the same death told again on the same day, once with its city and once with "the capital":
      // "En Lima, un manifestante murió el sábado" … "Un manifestante de 55 años murió el sábado en el centro de la capital")
      const again = date !== null && singles.some((o) => o.date === date && side(o.who) === side(who) && (o.place === null || where === null || o.place === where));
      // (as with figures: one told without a place is the one already told with it)
      if (!again && !seenFor(key, who) && !(where === null && seenFor("1|killed", who))) {
        remember(key, who);
        remember("1|killed", who);
        pendingOne = { count: 1, qualifier: "exact", kind: "killed", who, place, date, total: false, estimate: null, sentence: raw };
        singles.push(pendingOne);
      }
    }
    if (!c.prefilterKind.test(raw) || !c.prefilterNumber.test(raw)) continue;
    // "An earlier version of this article said that 65 civilians had been killed": a retracted figure
    if (CORRECTION.test(raw)) continue;
    // "LIMA, 10 ene (Reuters) - Al menos 17 personas…": the dateline is not part of the sentence, and
    // its city must not become the place of the figure
    const dl = DATELINE_LEAD.exec(raw);
    const sentence = dl ? raw.slice(dl[0].length) : raw;
    const tokens = tokenize(sentence);
    const found = claimsIn(tokens, sentence, c);
    if (!found.length) continue;
    // "the armed conflict between 1980 and 2000, which left nearly 70,000 dead": another era's toll
    if (ctx.year !== undefined && isHistory(tokens, c, ctx.year)) continue;
    // "In 2022, before the current crisis, … recorded 13 killings", "the 69,000 people killed in that
    // conflict": a time the text sets before the unrest
    if (BEFORE_UNREST.test(sentence)) continue;
    const places = ctx.placesIn ? ctx.placesIn(sentence) : [];
    const date = ctx.dateIn ? ctx.dateIn(sentence) : null;
    for (const f of found) {
      const place = places.length ? nearestPlace(sentence, tokens[f.at]?.start ?? 0, places) : null;
      const figure = `${f.count ?? "~" + f.mention.text.toLowerCase()}|${f.kind}`;
      // (the country a figure is set in says no more than no place at all)
      const where = place !== null && ctx.isCountry?.(place) ? null : place;
      const key = `${figure}|${where ?? ""}`;
      // a figure restated without a place ("De los 60 fallecidos, …") is the one already given; so is
      // a large one restated near another place (two places rarely count the same 49 dead)
      if (seenFor(key, f.who) || ((where === null || (f.count ?? 0) >= 10) && seenFor(figure, f.who))) continue;
      remember(key, f.who);
      remember(figure, f.who);
      out.push({
        // ("una veintena de detenidos", "medio centenar": a round collective says about that many)
        count: f.count, qualifier: f.qualifier === "exact" && ROUND_COLLECTIVE.test(f.mention.text) ? "about" : f.qualifier, kind: f.kind, who: f.who, place, date,
        total: f.total, estimate: f.estimate, sentence,
      });
    }
  }
  if (pendingOne) out.push(pendingOne);
  return out;
}

/**
 * A sentence that sets its figures in another time: a year it gives as the time of what it tells
 * ("In 2009, the Baguazo left 33 people dead", "in July 2012, five people were killed", "en julio de
 * 2012", "At Accomarca, in 1985, soldiers killed 69") or a period that ended long before ("between
 * 1980 and 2000"), with no recent year beside it. Other years in a sentence may describe anything
 * ("a house from 1930", "the 2021 runoff"), so only these count.
 */
function isHistory(tokens: Token[], c: Compiled, year: number): boolean {
  const yearAt = (i: number) => {
    const t = tokens[i];
    return t && t.type === "num" && !t.suffix && /^(?:1[5-9]|20)\d\d$/.test(t.text) ? Number(t.text) : 0;
  };
  let past = false;
  let rangeEnd = -1;
  for (let i = 0; i < tokens.length; i++) {
    // a day with no year ("wounded on January 9", "el 9 de enero") is this story's time
    if (tokens[i].type === "num" && /^\d{1,2}$/.test(tokens[i].text) && !yearAt(i + 1) && !yearAt(i + 2) && !(tokens[i + 3]?.low === "de" && yearAt(i + 4)) && (c.set("months").has(tokens[i - 1]?.low ?? "") || c.set("months").has(tokens[i + 1]?.low ?? "") || c.set("months").has(tokens[i + 2]?.low ?? ""))) return false;
    const y = yearAt(i);
    if (!y || i === rangeEnd) continue;
    if (y > year - HISTORY_YEARS) return false;
    // "between 1980 and 2000", "1980–2000", "from 1980 to 2000", "entre 1980 y 2000"
    const joiner = tokens[i + 1]?.low ?? "";
    const end = ["and", "to", "y", "a", "–", "-", "—"].includes(joiner) ? yearAt(i + 2) : 0;
    if (end > y && end <= year - HISTORY_YEARS) past = true;
    // ("Between 2006 and 2022, the Ombudsman recorded 242 people dead": a count over many years
    // before the unrest, whatever year it reaches)
    if (end > y && y <= year - HISTORY_DATE_YEARS && ["between", "from", "entre", "desde"].includes(tokens[i - 1]?.low ?? "")) {
      past = true;
      rangeEnd = i + 2;
    }
    // "in 2009", "In July 2012", "en julio de 2012", "during the November 2020 protests"
    let k = i - 1;
    if (tokens[k]?.low === "de") k--;
    if (k >= 0 && c.set("months").has(tokens[k].low)) k--;
    if (k >= 0 && (tokens[k].low === "the" || tokens[k].low === "los" || tokens[k].low === "las")) k--;
    if (k >= 0 && c.set("pastYearPrepositions").has(tokens[k].low)) past = true;
    // a whole date of a time well before: "On June 5, 2009, …", "el 5 de junio de 2009" (the text's
    // latest year may be an election ahead, so a date of the unrest itself is not read as history)
    const isDay = (t: Token | undefined) => t !== undefined && t.type === "num" && /^\d{1,2}$/.test(t.text);
    // (a month with the year is as clear: "las jornadas de diciembre de 2001", "in December 2001")
    const wholeDate = (tokens[i - 1]?.text === "," && isDay(tokens[i - 2]) && c.set("months").has(tokens[i - 3]?.low ?? "")) || (tokens[i - 1]?.low === "de" && c.set("months").has(tokens[i - 2]?.low ?? "")) || c.set("months").has(tokens[i - 1]?.low ?? "");
    if (wholeDate && y <= year - HISTORY_DATE_YEARS) past = true;
    // "the Bagua massacre of 2009", "la masacre de 2009"; "the 2012 Conga protests"
    // (a name in quotes: 'el llamado "Baguazo" de 2009')
    const evAt = /^["”»’']$/.test(tokens[i - 2]?.text ?? "") ? i - 3 : i - 2;
    if (i >= 2 && (tokens[i - 1].low === "of" || tokens[i - 1].low === "de") && evAt >= 0 && (c.set("pastEvents").has(tokens[evAt].low) || c.set("pastEvents").has(tokens[evAt - 1]?.low ?? "") || /^\p{Lu}\p{L}+azo$/u.test(tokens[evAt].text))) past = true;
    if (tokens[i - 1]?.low === "the" && [1, 2, 3].some((d) => c.set("pastEvents").has(tokens[i + d]?.low ?? ""))) past = true;
  }
  // "In the 1980s and 1990s, …": decades the sentence opens with (anywhere else, "laws written in the
  // 1990s" or "the memory of the war of the 1980s" may describe anything)
  // ("the killing of 25 people by a death squad in the 1990s": the decade closes the figure's own clause)
  for (let i = 2; i < tokens.length && !past; i++) {
    const d = tokens[i];
    if (d.type !== "num" || d.suffix !== "s" || !/^(?:1[5-9]|20)\d0$/.test(d.text) || Number(d.text) + 9 > year - HISTORY_YEARS) continue;
    if (tokens[i - 1].low !== "the" || !["in", "during"].includes(tokens[i - 2]?.low ?? "")) continue;
    for (let k = i - 3; k >= Math.max(0, i - 12); k--) {
      if (tokens[k].type === "punct") break;
      if (tokens[k].type === "num" && !tokens[k].suffix) past = true;
    }
  }
  const t2 = tokens[2];
  if (!past && t2 && t2.type === "num" && t2.suffix === "s" && /^(?:1[5-9]|20)\d0$/.test(t2.text) && Number(t2.text) + 9 <= year - HISTORY_YEARS && ["the", "los", "las"].includes(tokens[1].low) && ["in", "during", "en", "durante"].includes(tokens[0].low)) past = true;
  return past;
}

function claimsIn(tokens: Token[], sentence: string, c: Compiled): Found[] {
  // ("en un comunicado que 75 policías resultaron heridos": an article before a thing counts nobody)
  const mentions = findNumbers(tokens, c.lex.numbers).filter((m) => !isTrap(m, tokens, sentence, c) && !articleBeforeThing(tokens, m, c));
  if (!mentions.length) return [];
  const claimed = new Map<NumberMention, Found>();
  const hintAt = phraseAt(c.totalHints, tokens);
  let hintOwnedFrom = Infinity;

  // running totals first: their figure sits after a link word, not next to a casualty word
  for (let p = 0; p < tokens.length; p++) {
    // ("bring to 66 the number of people the Ombudsman links to the unrest": with the figure first,
    // a number of people with no state of its own counts what the sentence counts)
    const figureFirst = !!c.lex.tollFigureFirst && p >= 2 && c.set("tollFigureFirst").has(tokens[p - 1].low) && mentions.some((x) => x.end === p - 1);
    const toll = tollAt(tokens, p, c, figureFirst);
    if (!toll) continue;
    for (const m of mentions) {
      if (m.start < toll.end) continue;
      if (m.start - toll.end > 25) break;
      const q = qualifierBefore(tokens, m.start, c);
      const link = tokens[q.start - 1];
      // ("supera los 40": an article links the figure only right after the toll's verb, not in "así como los seis soldados")
      const articleLink = link && (link.low === "los" || link.low === "las");
      const before = tokens[q.start - 2]?.low ?? "";
      if (link && c.tollLinks.has(link.low) && (!articleLink || c.tollLinks.has(before) || SURPASSED.has(before) || q.start - 2 < toll.end)) {
        const kind = toll.kind ?? firstKind(tokens, c);
        if (kind && !claimed.has(m) && !subsetReason(m, tokens, c)) {
          // "the death toll surpassed 50", "los heridos superaron los 1.300": more than the figure
          const passed = SURPASSED.has(link.low) || SURPASSED.has(tokens[q.start - 2]?.low ?? "") || SURPASSED.has(tokens[toll.end - 1]?.low ?? "");
          claimed.set(m, make(m, q.qualifier ?? (passed ? "over" : null), kind, c.lex.defaultWho, true, p));
          if (hintAt > p && hintAt < m.start && p < hintOwnedFrom) hintOwnedFrom = p;
        }
        break;
      }
      // read past figures that count something else ("the toll in the 3 regions rose to 20");
      // stop at one that may count victims, so a toll never reaches across to an unrelated figure
      const after = tokens[m.end];
      const countsOther = after && after.type === "word" && !whoAt(tokens, m.end, c) && !matchPhrase(c.states, tokens, m.end) && !c.set("stop").has(after.low);
      if (!countsOther) break;
    }
    // "elevó a 49 la cifra de muertos": the figure comes first, after a link and before the toll's article
    if (c.lex.tollFigureFirst && p >= 2 && c.set("tollFigureFirst").has(tokens[p - 1].low)) {
      const m = mentions.find((x) => x.end === p - 1);
      if (m && !claimed.has(m)) {
        const q = qualifierBefore(tokens, m.start, c);
        const link = tokens[q.start - 1];
        const kind = toll.kind ?? firstKind(tokens, c);
        if (kind && link && c.tollLinks.has(link.low)) claimed.set(m, make(m, q.qualifier, kind, c.lex.defaultWho, true, q.start));
      }
    }
    p = toll.end - 1;
  }
  // "one person died today, bringing the death toll since December to 46": a hint of a running
  // total inside a toll's phrase belongs to that toll and its breakdown, not to the day's deaths before it

  let prevWho: string | null = null;
  /** the last part of a group named without a figure ("…, including ten people in Ayacucho") */
  let lastPart: Found | null = null;
  // subjects waiting for a shared verb, and the coordinator token that must sit right before the next figure
  const pending: { m: NumberMention; who: string }[] = [];
  let pendingAt = -1;
  for (const m of mentions) {
    if (claimed.has(m)) {
      prevWho = claimed.get(m)!.who;
      pending.length = 0;
      continue;
    }
    const sentenceTotal = hintAt >= 0 && (hintOwnedFrom === Infinity || m.start > hintOwnedFrom);
    const q = qualifierBefore(tokens, m.start, c);
    const frame = frameAround(tokens, m, q.start, c);
    if (frame) {
      claimed.set(m, make(m, q.qualifier ?? qualifierAfter(tokens, m, c).qualifier, frame, c.lex.defaultWho, q.total || sentenceTotal, q.start));
      prevWho = c.lex.defaultWho;
      pending.length = 0;
      continue;
    }
    const action = actionEndingAt(tokens, q.start, c);
    const subset = subsetReason(m, tokens, c);
    // "killed one of the protesters" is one dead; "one of the deceased died" restates a count
    if (subset && !(subset === "of" && action)) {
      // "Forty-seven of them died in clashes": a share of a group, stated with its own verb, is a
      // figure of its own (the breakdown of a toll); "48 of the dead are civilians" is not
      const verbAt = m.end + 2;
      // (not a vague share: "many of them hit by bullets" says how, not how many)
      const share =
        subset === "of" && !(m.vague && m.estimate === null) && c.set("pronounsAfterOf").has(tokens[m.end + 1]?.low ?? "") && tokens[verbAt] && (matchPhrase(c.states, tokens, verbAt) || c.set("auxiliaries").has(tokens[verbAt].low))
          ? subjectState(tokens, { ...m, end: verbAt }, c, prevWho)
          : // "de las cuales 193 fueron intervenidas el 21 de enero": a share with a verb of its own
            // ("of whom 40 lost their lives in clashes": the state right after the figure)
            (subset === "before" || subset === "reference") && c.set("relativeShares").has(tokens[q.start - 1]?.low ?? "") && tokens[m.end] && (c.set("auxiliaries").has(tokens[m.end].low) || matchPhrase(c.states, tokens, m.end) !== null)
            ? subjectState(tokens, m, c, prevWho)
            : null;
      // "two of the 52 injured died", "five of those injured later died": a share of a group that
      // passed from one state into another is a figure of the second
      // (a vague share, "many of the dead", is no figure; nor is one person, "one of the wounded died")
      const shareValue = m.digits ? Number(tokens[m.start].text.replace(/[^\d]/g, "")) : numberWordValue(tokens[m.start].low, c.lex.numbers);
      const passed = subset === "of" && !m.vague && shareValue !== undefined && shareValue >= 2 ? partitiveShare(m, tokens, c) ?? groupShare(tokens, m, c) : null;
      // "Two of the dead were teenagers shot in Andahuaylas", "More than 20 of the dead were from Puno":
      // a share of the dead, told apart by who or where they were
      const ofTheDead = !passed && subset === "of" && !m.vague ? deadShare(tokens, m, c) : null;
      if (ofTheDead) {
        claimed.set(m, make(m, q.qualifier, ofTheDead.kind, ofTheDead.who ?? prevWho ?? c.lex.defaultWho, false, q.start));
        pending.length = 0;
        continue;
      }
      // ("of whom 48 were civilians killed in clashes", "Forty-eight of them were civilians killed in clashes")
      const ofThem = subset === "of" && c.set("pronounsAfterOf").has(tokens[m.end + 1]?.low ?? "");
      const relCopula =
        passed || share?.kind ? null
        : c.set("relativeShares").has(tokens[q.start - 1]?.low ?? "") ? copulaState(tokens, m, c)
        : ofThem ? copulaState(tokens, { ...m, end: m.end + 2 }, c)
        : null;
      // ("1 301 heridos, de los cuales 921 eran civiles": who a share of the figure were, its kind the figure's)
      let relParent: Found | undefined;
      if (!relCopula && !passed && !share?.kind && c.set("relativeShares").has(tokens[q.start - 1]?.low ?? "") && c.set("copulas").has(tokens[m.end]?.low ?? "")) {
        for (const f of claimed.values()) if (f.mention.start < m.start) relParent = f;
      }
      const relWho = relParent ? whoAt(tokens, m.end + 1, c) : null;
      if (relCopula) {
        claimed.set(m, make(m, q.qualifier, relCopula.kind, relCopula.who, false, q.start));
      } else if (relParent && relWho && relWho.who !== relParent.who) {
        claimed.set(m, make(m, q.qualifier, relParent.kind, relWho.who, false, q.start));
      } else if (passed) {
        // (who they were is the group's: "one of the five missing soldiers was found dead")
        const groupAt = mentions.find((x) => x.start === m.end + 2);
        const groupWho = groupAt ? subjectState(tokens, groupAt, c, null).who : whoAt(tokens, m.end + 2, c)?.who;
        claimed.set(m, make(m, q.qualifier, passed, groupWho ?? prevWho ?? c.lex.defaultWho, false, q.start));
      } else if (share?.kind) {
        claimed.set(m, make(m, q.qualifier ?? share.qualifier, share.kind, prevWho ?? c.lex.defaultWho, false, q.start));
        prevWho = prevWho ?? c.lex.defaultWho;
      } else if (subset === "before" || (subset === "of" && c.set("pronounsAfterOf").has(tokens[m.end + 1]?.low ?? ""))) {
        // "nine people were treated for injuries, including four police officers", "more than 650
        // injured, nearly 300 of them police officers": a group within the figure just given is a
        // figure of its own, of the same kind, when the text names who they were
        let parent: Found | undefined;
        for (const f of claimed.values()) if (f.mention.start < m.start) parent = f;
        const whoFrom = subset === "of" ? m.end + 2 : m.end;
        const w = parent ? whoAt(tokens, whoFrom, c) : null;
        // ("including 39 people killed in clashes": a part with its own state, whoever they are)
        const own = w ? matchPhrase(c.states, tokens, whoFrom + w.len) : null;
        // ("entre ellas un reportero gráfico", one person named within a group, is no figure)
        const value = m.digits ? Number(tokens[m.start].text.replace(/[^\d]/g, "")) : numberWordValue(tokens[m.start].low, c.lex.numbers);
        // (one person counted in words is a figure too, "including one police officer"; one named
        // with an article, "entre ellas un reportero gráfico", is not)
        const counted = value === undefined || value >= 2 || (value === 1 && c.set("oneWords").has(tokens[m.start].low) && w?.who !== c.lex.defaultWho);
        // ("Hundreds more have been injured, and the first deaths … included two teenagers": the group
        // the part belongs to is the one named last before it)
        let nearer: CasualtyKind | null = null;
        if (parent && subset === "before") for (let k = q.start - 2; k >= parent.mention.end && !nearer; k--) nearer = matchPhrase(c.states, tokens, k)?.value ?? null;
        if (parent && w && (w.who !== parent.who || own) && counted) {
          // (and the list it opens goes on: "entre ellos 16 policías y seis civiles")
          if (subset === "before") lastPart = make(m, q.qualifier, own?.value ?? nearer ?? parent.kind, w.who, false, q.start);
          claimed.set(m, lastPart && lastPart.mention === m ? lastPart : make(m, q.qualifier, own?.value ?? nearer ?? parent.kind, w.who, false, q.start));
        }
        // "four more deaths in Apurímac, including two in the town of Chincheros", "hundreds were
        // detained, including 193 at San Marcos University": a part with a place of its own
        // ("56 people have died – 46 of them in clashes with the security forces": a part by where or how)
        // (not a vague share, "many of them from gunshots", which says how, not how many)
        else if (parent && !w && c.set("gapPrepositions").has(tokens[whoFrom]?.low ?? "") && (subset === "before" ? value === undefined || value >= 2 : !m.vague && value !== undefined && value >= 2)) {
          claimed.set(m, make(m, q.qualifier, parent.kind, parent.who, false, q.start));
        } else if (parent && !w && subset === "before" && (value === undefined || value >= 2) && matchPhrase(c.states, tokens, whoFrom) && c.set("gapPrepositions").has(tokens[whoFrom + (matchPhrase(c.states, tokens, whoFrom)!.len ?? 1)]?.low ?? "")) {
          // "At least 55 people have died …, including 45 killed in direct clashes": a part with its
          // own state and where or how, no one named
          lastPart = make(m, q.qualifier, matchPhrase(c.states, tokens, whoFrom)!.value, parent.who, false, q.start);
          claimed.set(m, lastPart);
        } else if (parent && !w && subset === "before" && c.set("relatives").has(tokens[whoFrom]?.low ?? "")) {
          // "the toll rose to 46, including 39 who died in clashes": a part with a state of its own
          let at = whoFrom + 1;
          while (at < whoFrom + 3 && tokens[at] && c.set("auxiliaries").has(tokens[at].low)) at++;
          const st = matchPhrase(c.states, tokens, at);
          if (st && (value === undefined || value >= 2)) claimed.set(m, make(m, q.qualifier, st.value, parent.who, false, q.start));
        } else if (!parent && subset === "before" && (value === undefined || value >= 2) && ownStateAfter(tokens, whoFrom, c)) {
          // "That includes 39 civilians killed in clashes": a part with its own state, the whole given before
          const own2 = ownStateAfter(tokens, whoFrom, c)!;
          claimed.set(m, make(m, q.qualifier, own2.kind, own2.who, false, q.start));
        } else if (!parent && subset === "before" && (value === undefined || value >= 2)) {
          // "The great majority were people killed in the southern Andes, including ten people in
          // Ayacucho": a part of victims the sentence names without a figure of its own
          let st: { value: CasualtyKind } | null = null;
          for (let k = q.start - 2; k >= 0 && !st; k--) st = matchPhrase(c.states, tokens, k);
          const w2 = whoAt(tokens, whoFrom, c);
          const after = tokens[whoFrom + (w2?.len ?? 0)];
          // ("Most of the deaths took place in the south, including 17 in Juliaca": the place alone names the part)
          if (st && (w2 ? !after || after.type === "punct" || c.set("gapPrepositions").has(after.low) || c.set("coordinators").has(after.low) : after && c.set("gapPrepositions").has(after.low))) {
            lastPart = make(m, q.qualifier, st.value, w2?.who ?? c.lex.defaultWho, false, q.start);
            claimed.set(m, lastPart);
          }
        }
      }
      pending.length = 0;
      continue;
    }
    if (pending.length && q.start !== pendingAt + 1) pending.length = 0;
    let found: Found | null = null;

    // "48 were civilians killed in clashes": the victims after a copula, then their state
    if (!found && !action) {
      const cs = copulaState(tokens, m, c);
      if (cs) found = make(m, q.qualifier, cs.kind, cs.who, q.total || sentenceTotal, q.start);
    }
    // "killing at least 18", "the deaths of 49 people"
    if (action) {
      const obj = objectAfter(tokens, m, c, prevWho);
      if (obj) found = make(m, q.qualifier ?? obj.qualifier, action, obj.who, q.total || sentenceTotal, q.start);
    }
    // "39 civilians had been killed", "58 people had been injured", "18 dead", "hundreds of arrests"
    if (!found) {
      const subj = subjectState(tokens, m, c, prevWho);
      if (subj.kind) {
        found = make(m, q.qualifier ?? subj.qualifier, subj.kind, subj.who ?? c.lex.defaultWho, q.total || sentenceTotal || subj.total === true, q.start);
        // "14 protesters and 3 police officers were injured": earlier subjects share this verb
        for (const pnd of pending) {
          const pq = qualifierBefore(tokens, pnd.m.start, c);
          claimed.set(pnd.m, make(pnd.m, pq.qualifier, subj.kind, pnd.who, pq.total || sentenceTotal, pq.start));
        }
        pending.length = 0;
      } else if (subj.coordinatedAt >= 0 && subj.who) {
        // "left 17 civilians and a police officer dead": one person, no figure, shares the state
        const one = subj.coordinatedAt + 1;
        const w1 = c.set("singleArticles").has(tokens[one]?.low ?? "") ? whoAt(tokens, one + 1, c) : null;
        let at1 = w1 ? one + 1 + w1.len : -1;
        while (w1 && at1 < one + 4 + w1.len && tokens[at1] && c.set("auxiliaries").has(tokens[at1].low)) at1++;
        const st1 = w1 ? matchPhrase(c.states, tokens, at1) : null;
        if (st1) found = make(m, q.qualifier ?? subj.qualifier, st1.value, subj.who, q.total || sentenceTotal, q.start);
        else if (listAfterColon(tokens, m, claimed)) {
          // "120 people injured: 32 civilians, 88 police officers and one death": the list's items
          // count what its head counts (see breakdown), not the state of the item that closes it
          pending.length = 0;
          continue;
        } else {
          pending.push({ m, who: subj.who });
          pendingAt = subj.coordinatedAt;
          continue;
        }
      }
    }
    pending.length = 0;
    if (!found && !action) found = gapped(tokens, m, q, claimed, c, sentenceTotal);
    // "including ten people in Ayacucho on December 15 and 17 civilians in Juliaca": the list a
    // part opened goes on with its own victims and places
    if (!found && !action && lastPart && c.set("coordinators").has(tokens[q.start - 1]?.low ?? "")) {
      const w = whoAt(tokens, m.end, c);
      const after = tokens[m.end + (w?.len ?? 0)];
      let between = true;
      for (let k = lastPart.mention.end; k < q.start - 1 && between; k++) if (tokens[k].type === "num" && !c.set("months").has(tokens[k - 1]?.low ?? "") && !c.set("months").has(tokens[k + 1]?.low ?? "")) between = false;
      if (between && (w ? !after || after.type === "punct" || c.set("gapPrepositions").has(after.low) : after && c.set("gapPrepositions").has(after.low))) found = make(m, q.qualifier, lastPart.kind, w?.who ?? c.lex.defaultWho, false, q.start);
    }
    if (found) {
      claimed.set(m, found);
      prevWho = found.who;
    }
  }
  breakdown(tokens, mentions, claimed, c);
  return mentions.filter((m) => claimed.has(m)).map((m) => claimed.get(m)!);
}

/** "un comunicado", "una herida": a Spanish article alone, before no victim and no casualty word, is no figure. */
function articleBeforeThing(tokens: Token[], m: NumberMention, c: Compiled): boolean {
  if (m.end !== m.start + 1 || !c.set("singleArticles").has(tokens[m.start].low) || c.set("oneWords").has(tokens[m.start].low)) return false;
  const next = tokens[m.end];
  if (!next || next.type !== "word") return false;
  return !whoAt(tokens, m.end, c) && !matchPhrase(c.states, tokens, m.end);
}

/** verbs of a toll going past its figure */
const SURPASSED = new Set(["surpassed", "surpasses", "passed", "passes", "exceeded", "exceeds", "topped", "tops", "superan", "superaron", "supera", "superó", "sobrepasan", "sobrepasaron", "sobrepasa", "sobrepasó", "rebasan", "rebasaron", "rebasa", "rebasó"]);

/** Whether this figure sits in a list opened by a colon after a figure already read as a claim (parts within it allowed). */
function listAfterColon(tokens: Token[], m: NumberMention, claimed: Map<NumberMention, Found>): boolean {
  let from = m.start;
  for (const k of claimed.keys()) if (k.end <= m.start && k.end < from) from = k.end;
  let colon = false;
  for (let k = from; k < m.start; k++) {
    if (tokens[k].text === ":") colon = true;
    else if (tokens[k].text === ";") colon = false;
  }
  return colon;
}

/**
 * A figure broken down without verbs of its own: a list right after a colon ("47 people have died:
 * 39 civilians in clashes, seven in accidents linked to blockades, and the police officer") or a
 * share ("at least 55 people have died, 45 of them in clashes"). Each part counts what the figure
 * before it counts. The list's items follow one another closely; a figure further on, or one that
 * does not name victims or where they fell, is not part of it.
 */
function breakdown(tokens: Token[], mentions: NumberMention[], claimed: Map<NumberMention, Found>, c: Compiled): void {
  let base: Found | null = null;
  /** where the list's last item ended, or -1 when no list is open */
  let itemEnd = -1;
  /** the last item was a claim of its own outside a list: only a part with "in …" may share its verb */
  let gapping = false;
  for (const m of mentions) {
    const q = qualifierBefore(tokens, m.start, c);
    const before = tokens[q.start - 1];
    const own = claimed.get(m);
    if (own && itemEnd >= 0 && c.set("subsetBefore").has(before?.low ?? "")) {
      // ("46 in clashes, including one police officer, and nine in accidents": the group named
      // within an item is no item the next one shares its figure's kind and victims with)
      itemEnd = m.end;
      continue;
    }
    if (own) {
      // a part that has its own verb still opens or continues the list ("…: 48 civilians killed in
      // clashes, nine who died in accidents, and one police officer"); any claim may be followed by
      // a part whose verb it shares ("39 died in clashes and seven in traffic accidents")
      const listItem = base && (before?.text === ":" || (itemEnd >= 0 && (before?.text === "," || c.set("coordinators").has(before?.low ?? "")) && q.start - itemEnd <= LIST_GAP));
      itemEnd = m.end;
      gapping = !listItem;
      if (!listItem || !base) base = own;
      continue;
    }
    if (!base || !before) continue;
    // ("…: 46 in clashes, including one police officer, and nine in accidents": a group named within
    // an item keeps the list open)
    if (itemEnd >= 0 && c.set("subsetBefore").has(before.low)) {
      itemEnd = m.end;
      continue;
    }
    const after = qualifierAfter(tokens, m, c);
    const next = tokens[after.end];
    if (!next || matchPhrase(c.states, tokens, after.end)) continue;
    // "and one was a police officer", "y uno era efectivo policial": a part named through a copula
    let whoAtP = after.end;
    const viaCopula = c.set("copulas").has(next.low);
    if (viaCopula) {
      whoAtP++;
      if (tokens[whoAtP] && c.lex.numbers.articles.includes(tokens[whoAtP].low)) whoAtP++;
    }
    const who = whoAt(tokens, whoAtP, c);
    const located = c.set("breakdownPrepositions").has(next.low);
    const share = before.text === "," && next.low === c.lex.numbers.of && c.set("pronounsAfterOf").has(tokens[after.end + 1]?.low ?? "") && c.set("breakdownPrepositions").has(tokens[after.end + 2]?.low ?? "");
    const afterColon = before.text === ":";
    let next2 = false;
    if (!afterColon && itemEnd >= 0 && (before.text === "," || c.set("coordinators").has(before.low)) && q.start - itemEnd <= LIST_GAP) {
      next2 = true;
      for (let p = itemEnd; p < q.start; p++) if (tokens[p].text === "." || tokens[p].text === ";" || tokens[p].text === ":") next2 = false;
    }
    // "nine who died in accidents": a part with a verb of its own after "who"
    const relative = c.set("relatives").has(next.low) ? matchPhrase(c.states, tokens, after.end + 1) : null;
    const named = Boolean(who || located || relative);
    const part = afterColon ? named : next2 && (gapping ? (located && c.set("coordinators").has(before.low)) || (viaCopula && Boolean(who)) : named);
    // ("several of them from gunshots": how some of them were hurt, not a figure)
    // ("muchos por perdigones": how many of them were hurt, no figure)
    if (!(share || part) || ((share || next.low === "por") && m.vague)) {
      itemEnd = -1;
      continue;
    }
    claimed.set(m, make(m, q.qualifier ?? after.qualifier, relative?.value ?? base.kind, who?.who ?? base.who, false, q.start));
    itemEnd = m.end;
    gapping = false;
  }
}

/** Tokens at most between one part of a broken-down figure and the next. */
const LIST_GAP = 14;

function make(m: NumberMention, qualifier: Qualifier | null, kind: CasualtyKind, who: string, total: boolean, at: number): Found {
  return {
    mention: m,
    count: m.vague ? null : m.value,
    estimate: m.vague ? m.estimate : null,
    // a vague figure's estimate is a floor ("dozens" is at least 12)
    qualifier: qualifier ?? (m.vague ? "at least" : "exact"),
    kind, who, total, at,
  };
}

// ---- qualifiers ----

/** Qualifier phrases ending right before token `end`, read leftwards ("a total of at least 18"). */
function qualifierBefore(tokens: Token[], end: number, c: Compiled): { qualifier: Qualifier | null; start: number; total: boolean } {
  let start = end;
  let qualifier: Qualifier | null = null;
  let total = false;
  for (let guard = 0; guard < 3; guard++) {
    let best: { len: number; value: Qualifier | null; key: string } | null = null;
    for (const q of c.qualBeforeList) {
      const len = q.words.length;
      if (len > start || (best && best.len >= len)) continue;
      let ok = true;
      for (let k = 0; k < len && ok; k++) ok = tokens[start - len + k].low === q.words[k];
      if (ok) best = { len, value: q.value, key: q.key };
    }
    if (!best) break;
    start -= best.len;
    if (qualifier === null) qualifier = best.value;
    if (c.set("totalLeadIns").has(best.key)) total = true;
  }
  return { qualifier, start, total };
}

function qualifierAfter(tokens: Token[], m: NumberMention, c: Compiled): { qualifier: Qualifier | null; end: number } {
  const t = tokens[m.start];
  if (t.type === "num" && t.suffix && Object.hasOwn(c.lex.qualifiersAfter, t.suffix)) return { qualifier: c.lex.qualifiersAfter[t.suffix], end: m.end };
  const q = matchPhrase(c.qualAfter, tokens, m.end);
  return q ? { qualifier: q.value, end: m.end + q.len } : { qualifier: null, end: m.end };
}

// ---- the two ties between a figure and a casualty word ----

/** After an action verb: "[killing] 19 demonstrators", "[killing] at least 18.", "[killed] 5 in Puno". */
function objectAfter(tokens: Token[], m: NumberMention, c: Compiled, prevWho: string | null): { who: string; qualifier: Qualifier | null } | null {
  const qa = qualifierAfter(tokens, m, c);
  let p = qa.end;
  let who: string | null = null;
  if (tokens[p] && c.set("moreWords").has(tokens[p].low)) {
    who = prevWho;
    p++;
  }
  const ofCounted = m.vague || c.collectives.has(tokens[m.end - 1].low);
  // ("killed 17 of our brothers and sisters": a share of a group of people, whoever they are)
  let partitive = false;
  if (tokens[p]?.low === c.lex.numbers.of && (ofCounted || c.set("partitiveAfterOf").has(tokens[p + 1]?.low ?? ""))) {
    partitive = !ofCounted;
    p += ofCounted ? 1 : 2;
  }
  // the figure may stand alone ("killing 18.") or name its victims after at most two adjectives
  for (let k = 0; k < 3; k++) {
    const t = tokens[p];
    const w = whoAt(tokens, p, c);
    if (w) return { who: w.who, qualifier: qa.qualifier };
    if (!t || t.type !== "word" || c.set("stop").has(t.low)) {
      return k === 0 || partitive ? { who: who ?? c.lex.defaultWho, qualifier: qa.qualifier } : null;
    }
    if (c.set("units").has(t.low)) return null;
    p++;
  }
  return null;
}

interface SubjectResult {
  kind: CasualtyKind | null;
  /** null only for a coordinated subject whose head is not a victim word ("2 police stations and") */
  who: string | null;
  qualifier: Qualifier | null;
  /** index of the "and"/"," ending the subject, when it may share the next figure's verb; else -1 */
  coordinatedAt: number;
  /** stated as a tally ("ya son 49 los muertos") */
  total?: boolean;
}

/**
 * A figure as the subject of a casualty state: "<N> [adjectives] [victims] [, aside ,] [who]
 * [have reportedly been] <killed>", "<N> dead", "<N> deaths", "dozens of Peruvians were injured".
 */
function subjectState(tokens: Token[], m: NumberMention, c: Compiled, prevWho: string | null): SubjectResult {
  const qa = qualifierAfter(tokens, m, c);
  const fail = (coordinatedAt = -1, who: string | null = null): SubjectResult => ({ kind: null, who, qualifier: qa.qualifier, coordinatedAt });
  let p = qa.end;
  let slotStart = p;
  let slotEnd = p;
  let inChain = false;
  let passive = false;
  let asideUsed = false;
  let complementUsed = false;
  let more = false;
  // modifiers still allowed before the state noun after a light verb ("sustained [firearm] wounds")
  let light = 0;
  let postQualifier: Qualifier | null = qa.qualifier;
  /** the subject names two groups ("civilians and police officers") */
  let mixedWho = false;
  if ((m.vague || c.collectives.has(tokens[m.end - 1].low)) && tokens[p]?.low === c.lex.numbers.of) slotStart = slotEnd = ++p;
  for (let steps = 0; steps < 14; steps++) {
    const t = tokens[p];
    if (!t) return fail();
    const st = matchPhrase(c.states, tokens, p);
    if (st) {
      const next = tokens[p + st.len];
      const slotEmpty = slotEnd === slotStart;
      const nextWho = next ? whoAt(tokens, p + st.len, c) : null;
      // "5 injured protesters", "two dead demonstrators": the state describes the victims named after it
      if (slotEmpty && !inChain && nextWho) return { kind: st.value, who: nextWho.who, qualifier: qa.qualifier, coordinatedAt: -1 };
      // "1,500 protesters killed two police": the figure did it, it did not suffer it
      if (c.transitive.has(st.key) && !passive && next && (nextWho || isObjectStart(next, c)) && !isTimePhrase(tokens, p + st.len, c)) return fail();
      // "con una herida de bala": after "a", some casualty words are things, not victims
      if (slotEmpty && !inChain && c.set("articleNouns").has(st.key) && m.end === m.start + 1 && c.lex.numbers.articles.includes(tokens[m.start].low)) return fail();
      // "un manifestante herido en Macusani falleció": where "one" is also "a", a participle right after
      // the noun describes it ("an injured protester") rather than counts casualties
      if (!slotEmpty && !inChain && c.set("adjectivalStates").has(st.key) && m.end === m.start + 1 && c.lex.numbers.articles.includes(tokens[m.start].low)) return fail();
      const who = mixedWho ? c.lex.defaultWho : (slotWho(tokens, slotStart, slotEnd, c) ?? (slotEnd === slotStart && more && prevWho ? prevWho : c.lex.defaultWho));
      return { kind: st.value, who, qualifier: postQualifier, coordinatedAt: -1 };
    }
    const low = t.low;
    if (c.set("negations").has(low)) return fail();
    // "were treated in Lima hospitals for injuries": the place of treatment between the verb and its cause
    if (inChain && low === "treated") {
      for (let k = p + 1; k < tokens.length && k <= p + 7; k++) {
        // ("More than 100 people were treated in Juliaca's hospitals": where they were treated says it)
        // (unless a cause follows, which says what they were treated for: "… in hospitals for the first time")
        if (k > p + 1 && HOSPITAL_WORDS.has(tokens[k].low) && (tokens[p + 1]?.low === "in" || tokens[p + 1]?.low === "at") && tokens[k + 1]?.low !== "for") return { kind: "injured", who: slotWho(tokens, slotStart, slotEnd, c) ?? c.lex.defaultWho, qualifier: postQualifier, coordinatedAt: -1 };
        if (tokens[k].text === "'" || tokens[k].text === "’") continue;
        if (tokens[k].type !== "word") break;
        if (tokens[k].low === "for") {
          // ("treated for gunshot and pellet wounds": what kind of wounds may come first)
          for (let w = k + 1; w < tokens.length && w <= k + 4 && tokens[w].type === "word"; w++) {
            const st2 = matchPhrase(c.states, tokens, w);
            if (st2 && st2.value === "injured") return { kind: "injured", who: slotWho(tokens, slotStart, slotEnd, c) ?? c.lex.defaultWho, qualifier: postQualifier, coordinatedAt: -1 };
          }
          break;
        }
      }
    }
    const lv = !inChain || !light ? matchPhrase(c.lightVerbs, tokens, p) : null;
    if (lv) {
      inChain = true;
      light = 2;
      p += lv.len;
      continue;
    }
    // "three people who joined the protests in Puno remain missing": a relative clause of its own
    // verb between the victims and their state
    let chainEnd = p + 1;
    if (!inChain && slotEnd > slotStart && c.set("relatives").has(low)) while (tokens[chainEnd] && c.set("auxiliaries").has(tokens[chainEnd].low)) chainEnd++;
    if (!inChain && slotEnd > slotStart && c.set("relatives").has(low) && tokens[chainEnd] && !matchPhrase(c.states, tokens, chainEnd)) {
      let to = -1;
      for (let k = chainEnd + 1; k < tokens.length && k <= p + 10; k++) {
        if (tokens[k].type !== "word") break;
        if (c.set("auxiliaries").has(tokens[k].low) && matchPhrase(c.states, tokens, k + 1)) {
          to = k;
          break;
        }
      }
      if (to > 0) {
        inChain = true;
        p = to;
        continue;
      }
    }
    if (c.set("auxiliaries").has(low) || (inChain === false && slotEnd > slotStart && c.set("relatives").has(low))) {
      inChain = true;
      if (c.set("passive").has(low)) passive = true;
      p++;
      continue;
    }
    if (!inChain) {
      if (c.set("moreWords").has(low) && slotEnd === slotStart) {
        more = true;
        slotStart = slotEnd = ++p;
        continue;
      }
      // "50 people or more were injured"
      const pq = slotEnd > slotStart ? matchPhrase(c.qualAfter, tokens, p) : null;
      if (pq) {
        postQualifier = pq.value;
        p += pq.len;
        continue;
      }
      // "un joven de 19 años murió": an age after the victims is part of the subject
      if (low === c.lex.numbers.of && slotEnd > slotStart && tokens[p + 1] && (tokens[p + 1].type === "num" || numberWordValue(tokens[p + 1].low, c.lex.numbers) !== undefined)) {
        const age = matchPhrase(c.ageAfter, tokens, p + 2);
        if (age) {
          p += 2 + age.len;
          continue;
        }
      }
      // "human rights workers listed 5 people as missing": the figure as the object of a verb of record
      if (c.lex.listedAs && low === c.lex.listedAs.as && slotEnd > slotStart) {
        const before = tokens[qualifierBefore(tokens, m.start, c).start - 1]?.low ?? "";
        const st = c.lex.listedAs.verbs.includes(before) ? matchPhrase(c.states, tokens, p + 1) : null;
        if (st) return { kind: st.value, who: slotWho(tokens, slotStart, slotEnd, c) ?? c.lex.defaultWho, qualifier: postQualifier, coordinatedAt: -1 };
      }
      // "un agente de la Policía Nacional murió": a complement of the victims, up to the verb
      // (only after victims the text names as such: "six districts of Lima" are no victims)
      if (slotEnd > slotStart && !complementUsed && c.set("complementPreps").has(low) && slotWho(tokens, slotStart, slotEnd, c)) {
        const verbAt = complementEnd(tokens, p + 1, c);
        if (verbAt > 0) {
          complementUsed = true;
          // ("two members of the security forces were killed": the complement is part of who they were)
          const full = whoAt(tokens, slotStart, c);
          if (full && slotStart + full.len === verbAt) slotEnd = verbAt;
          p = verbAt;
          continue;
        }
      }
      // "ya son 49 los muertos": the figure, then the victims as a definite noun phrase
      if (slotEnd === slotStart && c.set("stateArticles").has(low)) {
        const st2 = matchPhrase(c.states, tokens, p + 1);
        if (st2) return { kind: st2.value, who: c.lex.defaultWho, qualifier: postQualifier, coordinatedAt: -1, total: true };
        // "son al menos 17 las personas muertas": the victims between the article and their state
        const w2 = whoAt(tokens, p + 1, c);
        const st3 = w2 ? matchPhrase(c.states, tokens, p + 1 + w2.len) : null;
        if (w2 && st3) return { kind: st3.value, who: w2.who, qualifier: postQualifier, coordinatedAt: -1, total: true };
      }
      if (t.type === "word" && !c.set("stop").has(low) && !c.set("units").has(low) && slotEnd - slotStart < 3) {
        // a participle in the subject must modify a noun after it ("3 striking miners"); before a
        // casualty word it is a verb and the figure is not the victims ("2 trucks carrying injured")
        if (c.lex.participleSuffix && low.endsWith(c.lex.participleSuffix) && !isSlotNoun(tokens, p + 1, c)) return fail();
        slotEnd = ++p;
        continue;
      }
      // "one police officer, who was burned to death": a relative clause set off by a comma
      if (t.text === "," && slotEnd > slotStart && c.set("relatives").has(tokens[p + 1]?.low ?? "")) {
        p++;
        continue;
      }
      // "at least two protesters, 15 and 18 years old, were killed"
      if (!asideUsed && isAsideOpen(t)) {
        const close = asideClose(tokens, p, c);
        if (close > 0) {
          asideUsed = true;
          p = close + 1;
          continue;
        }
      }
      if (c.set("coordinators").has(low) && slotEnd > slotStart) {
        // "1,200 civilians and police officers were injured": one figure for two groups of victims
        const first = slotWho(tokens, slotStart, slotEnd, c);
        // "30 union and community leaders were detained": two modifiers of one noun of victims
        if (first === null && low !== "," && slotEnd - slotStart <= 2) {
          const mod = tokens[p + 1];
          const head = mod && mod.type === "word" && !c.set("stop").has(mod.low) && !whoAt(tokens, p + 1, c) ? whoAt(tokens, p + 2, c) : null;
          if (head) {
            p += 2 + head.len;
            slotEnd = p;
            continue;
          }
        }
        const second = low !== "," && first ? whoAt(tokens, p + 1, c) : null;
        if (second && !mixedWho) {
          mixedWho = second.who !== first;
          p += 1 + second.len;
          slotEnd = p;
          continue;
        }
        return fail(p, first);
      }
      return fail();
    }
    if (t.type === "word" && c.lex.adverbSuffix && low.endsWith(c.lex.adverbSuffix)) {
      p++;
      continue;
    }
    if (light > 0 && t.type === "word" && !c.set("stop").has(low)) {
      light--;
      p++;
      continue;
    }
    // "were beaten and arrested"
    if (t.type === "word" && tokens[p + 1]?.type === "word" && c.set("coordinators").has(tokens[p + 1].low) && !c.set("stop").has(low)) {
      p += 2;
      continue;
    }
    return fail();
  }
  return fail();
}

/**
 * Where the verb group starts after a complement of the victims ("de la Policía Nacional", "del
 * Ejército"): at most four words, none a figure or a casualty word; -1 when no verb group follows.
 */
function complementEnd(tokens: Token[], from: number, c: Compiled): number {
  for (let p = from; p < tokens.length && p <= from + 4; p++) {
    const t = tokens[p];
    if (t.type !== "word") return -1;
    if (c.set("auxiliaries").has(t.low) || (p > from && c.set("relatives").has(t.low))) return p;
    if (matchPhrase(c.states, tokens, p)) return p > from ? p : -1;
    if (c.set("negations").has(t.low) || numberWordValue(t.low, c.lex.numbers) !== undefined) return -1;
  }
  return -1;
}

function isSlotNoun(tokens: Token[], p: number, c: Compiled): boolean {
  const t = tokens[p];
  return !!t && t.type === "word" && !c.set("stop").has(t.low) && !c.set("auxiliaries").has(t.low) && !matchPhrase(c.states, tokens, p);
}

function isAsideOpen(t: Token): boolean {
  return t.text === "," || t.text === "(" || t.text === "--" || t.text === "—" || t.text === "–";
}

/** Index of the mark closing an aside opened at `open`, or -1; an aside holds no casualty word. */
function asideClose(tokens: Token[], open: number, c: Compiled): number {
  const o = tokens[open].text;
  const closers = o === "(" ? [")"] : o === "," ? [","] : ["--", "—", "–", ","];
  for (let p = open + 1; p < tokens.length && p <= open + 16; p++) {
    if (closers.includes(tokens[p].text)) return p > open + 1 ? p : -1;
    if (matchPhrase(c.states, tokens, p)) return -1;
  }
  return -1;
}

/** "a day earlier", "the next morning", "last week": when, not whom ("17 people killed a day earlier") */
function isTimePhrase(tokens: Token[], p: number, c: Compiled): boolean {
  const t = tokens[p];
  if (!t) return false;
  if (c.set("timeWords").has(t.low)) return true;
  const n = tokens[p + 1];
  return Boolean(n && c.set("objectStarts").has(t.low) && (c.set("timeNouns").has(n.low) || (c.set("timeWords").has(n.low) && tokens[p + 2] && c.set("timeNouns").has(tokens[p + 2].low))));
}

function isObjectStart(t: Token, c: Compiled): boolean {
  if (t.type === "num") return true;
  const low = t.low;
  return c.set("objectStarts").has(low) || numberWordValue(low, c.lex.numbers) !== undefined;
}

// ---- victims ----

function whoAt(tokens: Token[], p: number, c: Compiled): { who: string; len: number } | null {
  const t = tokens[p];
  if (!t || t.type !== "word") return null;
  const w = matchPhrase(c.who, tokens, p);
  if (w) return { who: w.value, len: w.len };
  if (c.lex.demonym.test(t.text)) return { who: c.lex.defaultWho, len: 1 };
  return null;
}

/**
 * The victims named between a figure and its state: the head (last word) decides, so "police
 * stations" is not police. Null when the head is not a known victim word (or there is none).
 */
function slotWho(tokens: Token[], start: number, end: number, c: Compiled): string | null {
  // skip trailing adverbs ("58 people reportedly died")
  let e = end;
  while (e > start && tokens[e - 1].low.endsWith(c.lex.adverbSuffix) && !matchPhrase(c.who, tokens, e - 1)) e--;
  for (let p = start; p < e; p++) {
    const w = whoAt(tokens, p, c);
    if (w && p + w.len === e) return w.who;
    // ("agentes" before "de la Policía Nacional": the one-word name, not "agentes de la policía" running past the slot)
    if (w && p + w.len > e) {
      const exact = c.who.get(tokens[p].low)?.find((x) => x.words.length === e - p && x.words.every((wd, k) => tokens[p + k].low === wd));
      if (exact) return exact.value;
    }
  }
  return null;
}

// ---- running totals ----

function tollAt(tokens: Token[], p: number, c: Compiled, figureFirst = false): { kind: CasualtyKind | null; end: number } | null {
  // "las víctimas mortales suben a siete", "los fallecidos llegan a 60": the dead themselves as the toll
  if (c.tollRisers) {
    const st = matchPhrase(c.states, tokens, p);
    if (st && c.set("stateTollNouns").has(st.key)) {
      for (let q = p + st.len; q < tokens.length && q <= p + st.len + 4; q++) {
        const r = matchPhrase(c.tollRisers, tokens, q);
        if (r) return { kind: st.value, end: q + r.len };
        // ("otro de los heridos y la cifra llegó a 18": the riser is another subject's)
        if (tokens[q].type === "num" || c.set("coordinators").has(tokens[q].low)) break;
      }
    }
  }
  const of = matchPhrase(c.tollOf, tokens, p);
  if (of) {
    // "the number of people killed", "the total number of confirmed deaths"
    for (let q = p + of.len; q < tokens.length && q <= p + of.len + 3; q++) {
      const st = matchPhrase(c.states, tokens, q);
      if (st) return { kind: st.value, end: q + st.len };
      if (tokens[q].type !== "word") break;
    }
    const w = figureFirst ? whoAt(tokens, p + of.len, c) : null;
    if (w && hasState(tokens, c)) return { kind: null, end: p + of.len + w.len };
    // ("la cifra de víctimas": a toll's own phrase that "cifra de" opens)
    const named = matchPhrase(c.tolls, tokens, p);
    return named && named.len > of.len ? { kind: named.value, end: p + named.len } : null;
  }
  const t = matchPhrase(c.tolls, tokens, p);
  return t ? { kind: t.value, end: p + t.len } : null;
}

/**
 * The kind a bare toll ("the toll rose to 49") counts: the dead when the sentence speaks of any ("two
 * of the wounded died, raising the toll to ten"), else its first casualty word, else the lexicon's default.
 */
function hasState(tokens: Token[], c: Compiled): boolean {
  for (let p = 0; p < tokens.length; p++) if (matchPhrase(c.states, tokens, p)) return true;
  return false;
}

function firstKind(tokens: Token[], c: Compiled): CasualtyKind | null {
  let first: CasualtyKind | null = null;
  for (let p = 0; p < tokens.length; p++) {
    const st = matchPhrase(c.states, tokens, p);
    if (st?.value === "killed") return "killed";
    if (st && first === null) first = st.value;
  }
  if (first !== null) return first;
  return c.lex.bareTollKind === undefined ? "killed" : c.lex.bareTollKind;
}

// ---- what a figure is not ----

/**
 * Why a figure is a subset of one already counted, or no count at all: "nine out of the ten",
 * "one of the deceased" ("of"), "one in five", "including two children", "no one". Null if none.
 */
/**
 * A figure that shares the verb of the claim before it in the sentence, the verb left out: "Seventeen
 * people died in Juliaca, and ten more in Ayacucho", "42 personas fallecidas…, y otras nueve en
 * hechos vinculados a los bloqueos". Only with "more"/"another" and only right after that claim's
 * clause (no other figure between), so a figure that counts something else is never swept in.
 */
function gapped(tokens: Token[], m: NumberMention, q: { qualifier: Qualifier | null; start: number }, claimed: Map<NumberMention, Found>, c: Compiled, sentenceTotal: boolean): Found | null {
  let prev: Found | undefined;
  for (const f of claimed.values()) if (f.mention.end <= m.start && (!prev || f.mention.end > prev.mention.end)) prev = f;
  if (!prev) return null;
  const before = tokens[q.start - 1]?.low ?? "";
  // "with 21 deaths, followed by Ayacucho with ten and Apurímac with eight": a list of tallies, each after the same word
  const withWord = c.lex.withWord;
  if (withWord && before === withWord && tokens[qualifierBefore(tokens, prev.mention.start, c).start - 1]?.low === withWord) {
    for (let k = prev.mention.end; k < m.start; k++) if (tokens[k].type === "num" && !c.set("months").has(tokens[k - 1]?.low ?? "")) return null;
    const after = tokens[m.end];
    if (after && after.type !== "punct" && !c.set("coordinators").has(after.low)) return null;
    return make(m, q.qualifier, prev.kind, prev.who, false, q.start);
  }
  const more = c.set("gapAfter").has(tokens[m.end]?.low ?? "");
  if (!more && !c.set("gapBefore").has(before)) return null;
  // the coordinator or the comma that opens the gapped clause sits right before the figure
  const opener = more ? before : tokens[q.start - 2]?.low ?? "";
  if (!(opener === "," || c.set("coordinators").has(opener))) return null;
  // (dates between are no other figure: "died in Juliaca on January 9, … and ten more in Ayacucho")
  for (let k = prev.mention.end; k < m.start; k++) {
    const t = tokens[k];
    if (t.type === "num" && !c.set("months").has(tokens[k - 1]?.low ?? "") && !/^(?:19|20)\d\d$/.test(t.text) && !c.set("months").has(tokens[k + 1]?.low ?? "")) return null;
  }
  const w = more ? whoAt(tokens, m.end + 1, c) : whoAt(tokens, m.end, c);
  // the gapped clause has no verb: what follows is a place, a time, or its end
  const after = tokens[(more ? m.end + 1 : m.end) + (w?.len ?? 0)];
  if (after && after.type !== "punct" && !c.set("gapPrepositions").has(after.low)) return null;
  return make(m, q.qualifier, prev.kind, w?.who ?? prev.who, sentenceTotal && prev.total, q.start);
}

/** "39 civilians killed in clashes": victims, then their state right after them. */
function ownStateAfter(tokens: Token[], at: number, c: Compiled): { kind: CasualtyKind; who: string } | null {
  const w = whoAt(tokens, at, c);
  if (!w) return null;
  const st = matchPhrase(c.states, tokens, at + w.len);
  return st ? { kind: st.value, who: w.who } : null;
}

/** "48 were civilians killed in clashes", "11 were people who died": victims after a copula, then their state. */
function copulaState(tokens: Token[], m: NumberMention, c: Compiled): { kind: CasualtyKind; who: string } | null {
  const cop = tokens[m.end];
  if (!cop || !c.set("copulas").has(cop.low)) return null;
  const w = whoAt(tokens, m.end + 1, c);
  if (!w) return null;
  let at = m.end + 1 + w.len;
  if (tokens[at] && c.set("relatives").has(tokens[at].low)) at++;
  const st = matchPhrase(c.states, tokens, at);
  return st ? { kind: st.value, who: w.who } : null;
}

/** "Two of the dead were teenagers", "20 of the dead were from Puno": the share's kind is its group's state. */
function deadShare(tokens: Token[], m: NumberMention, c: Compiled): { kind: CasualtyKind; who: string | null } | null {
  // ("el 20 por ciento de los detenidos": a share in hundredths)
  if (["por", "per"].includes(tokens[m.start - 1]?.low ?? "")) return null;
  if (!c.set("partitiveAfterOf").has(tokens[m.end + 1]?.low ?? "") || c.set("objectPronouns").has(tokens[m.end + 1]?.low ?? "")) return null;
  const group = matchPhrase(c.states, tokens, m.end + 2);
  if (!group) return null;
  const cop = tokens[m.end + 2 + group.len];
  if (!cop || !c.set("copulas").has(cop.low)) return null;
  const after = m.end + 3 + group.len;
  const w = whoAt(tokens, after, c);
  // who they were, or where they were from: "from Puno", "in the Apurímac region"
  if (w) return { kind: group.value, who: w.who };
  // or how and where: "Ten of the dead were shot by soldiers in Ayacucho"
  const how = matchPhrase(c.states, tokens, after) ?? (/^(?:shot|struck|hit|beaten|burned|burnt|baleados|baleadas)$/.test(tokens[after]?.low ?? "") ? { len: 1 } : null);
  // (by whom, or in a named place: "shot in the head" says how, not which of them)
  const nx = after + how?.len!;
  if (how && tokens[nx] && (["by", "por"].includes(tokens[nx].low) || (c.set("gapPrepositions").has(tokens[nx].low) && /^\p{Lu}/u.test(tokens[nx + 1]?.text ?? "")))) return { kind: group.value, who: null };
  return tokens[after] && c.set("fromWords").has(tokens[after].low) ? { kind: group.value, who: null } : null;
}

/** "five of the soldiers were listed as missing": a share of a group of people, with a state of its own. */
function groupShare(tokens: Token[], m: NumberMention, c: Compiled): CasualtyKind | null {
  if (c.set("objectPronouns").has(tokens[m.end + 1]?.low ?? "")) return null;
  const w = whoAt(tokens, m.end + 2, c);
  if (!w) return null;
  let at = m.end + 2 + w.len;
  const from = at;
  for (let k = 0; k < 4 && tokens[at] && (c.set("auxiliaries").has(tokens[at].low) || c.set("reportedAs").has(tokens[at].low)); k++) at++;
  const st = matchPhrase(c.states, tokens, at);
  // right after the group, only a verb ("eight of the victims died"): a participle there describes
  // the group ("the autopsy reports of 24 of the people killed")
  if (!st || (at === from && !c.set("finiteStates").has(st.key))) return null;
  return st.value;
}

/** The state a share took on after its group's: "two of the 52 injured died", "three of the missing were found dead". */
function partitiveShare(m: NumberMention, tokens: Token[], c: Compiled): CasualtyKind | null {
  if (c.set("objectPronouns").has(tokens[m.end + 1]?.low ?? "")) return null;
  let group: CasualtyKind | null = null;
  const limit = Math.min(tokens.length, m.end + 14);
  for (let k = m.end + 2; k < limit; k++) {
    const t = tokens[k];
    // the clause ends: "one of the injured, a 17-year-old, …" is left alone
    if (t.type === "punct" && t.text !== "-") return null;
    const st = matchPhrase(c.states, tokens, k);
    if (!st) continue;
    if (group === null) group = st.value;
    // the dead became nothing else: "39 of the 49 died of gunshot wounds" names a cause
    else if (group === "killed") return null;
    else if (st.value === "killed") return st.value;
    k += st.len - 1;
  }
  return null;
}

function subsetReason(m: NumberMention, tokens: Token[], c: Compiled): string | null {
  const next = tokens[m.end];
  const next2 = tokens[m.end + 1];
  if (matchPhrase(c.subsetAfter, tokens, m.end)) return "out of";
  if (next?.low === c.lex.numbers.of && next2 && c.set("partitiveAfterOf").has(next2.low)) return "of";
  if (next && c.set("ratioWords").has(next.low) && next2 && (next2.type === "num" || numberWordValue(next2.low, c.lex.numbers) !== undefined)) return "ratio";
  const q = qualifierBefore(tokens, m.start, c);
  const prev = tokens[q.start - 1];
  if (prev && c.set("subsetBefore").has(prev.low)) return "before";
  // "42 fallecidos en enfrentamientos --41 civiles y un agente--", "17 killed (12 in Juliaca)": a
  // breakdown set off by dashes or brackets after the figure it breaks down
  // (not a timeline's date before its entry: "Dec. 11 - Two teenagers are killed", "9 - Seventeen civilians")
  if (prev && (prev.text === "(" || /^[-–—]{1,2}$/.test(prev.text))) {
    let k = q.start - 2;
    let words = 0;
    while (k >= 0 && tokens[k].type !== "num") {
      if (tokens[k].type === "word" && !c.set("months").has(tokens[k].low)) words++;
      k--;
    }
    if (k >= 0 && words > 0 && !/^(?:19|20)\d\d$/.test(tokens[k].text)) return "before";
  }
  // "at least 46 civilians have been killed …, together with one police officer": a group added to
  // the figure before, of its kind ("junto con un policía")
  if (prev && (prev.low === "with" || prev.low === "con" || prev.low === "a") && ["together", "along", "junto", "juntos"].includes(tokens[q.start - 2]?.low ?? "")) return "before";
  // "among them nearly 300 police officers"
  if (prev && (prev.low === "them" || prev.low === "whom") && tokens[q.start - 2]?.low === "among") return "before";
  const prevDirect = tokens[m.start - 1];
  if (prevDirect && c.set("notCountBefore").has(prevDirect.low)) return "each";
  // "one of the five missing soldiers", "De los 60 fallecidos, 49 murieron": the group was counted
  // where the text first gave it
  const of = tokens[m.start - 2];
  const one = tokens[m.start - 3];
  if (prevDirect && of && of.low === c.lex.numbers.of && c.set("partitiveAfterOf").has(prevDirect.low) && (!one || one.type === "punct" || one.type === "num" || numberWordValue(one.low, c.lex.numbers) !== undefined)) {
    // ("Of the 58 people who have died since December, 47 …", "nine of the ten people killed in
    // Ayacucho": the group is told with its own state, a figure of its own)
    // (not "uno de los cinco militares desaparecidos": one person singled out of a group already
    // counted; but one singled out of a group whose event is told, "one of the 17 civilians killed
    // by gunfire in Juliaca", still counts the group: a figure given twice is one claim)
    const oneOut = one && (c.set("singleArticles").has(one.low) || numberWordValue(one.low, c.lex.numbers) === 1 || one.text === "1");
    const w = whoAt(tokens, m.end, c);
    if (w) {
      let at = m.end + w.len;
      if (c.set("relatives").has(tokens[at]?.low ?? "")) at++;
      while (at < m.end + w.len + 4 && tokens[at] && c.set("auxiliaries").has(tokens[at].low)) at++;
      const st = matchPhrase(c.states, tokens, at);
      const told = st && tokens[at + st.len] && (c.set("gapPrepositions").has(tokens[at + st.len].low) || ["by", "por"].includes(tokens[at + st.len].low));
      if (st && (!oneOut || told)) return null;
    }
    return "reference";
  }
  // "the two police" is still two, but "the one who" is a pronoun
  if (prevDirect && m.end === m.start + 1 && c.set("pronounPhrases").has(`${prevDirect.low} ${tokens[m.start].low}`)) return "pronoun";
  return null;
}

function isTrap(m: NumberMention, tokens: Token[], sentence: string, c: Compiled): boolean {
  const lex = c.lex;
  const first = tokens[m.start];
  const next = tokens[m.end];
  const prev = tokens[m.start - 1];
  // "none of its roughly 3,000 workers had been hurt", "ninguno de sus 3.000 trabajadores": a count of those spared
  // (not "ninguno de los 49 asesinatos de civiles ha sido juzgado": the killings are counted, none solved)
  if (!matchPhrase(c.states, tokens, m.end)) {
    for (let k = m.start - 1, steps = 0; k >= 1 && steps < 4; k--, steps++) {
      if (tokens[k].low === lex.numbers.of && c.set("noneWords").has(tokens[k - 1].low)) return true;
      if (tokens[k].type !== "word") break;
    }
  }
  // "10th", "16-year-old", "5km"
  if (m.suffix && !Object.hasOwn(lex.qualifiersAfter, m.suffix)) return true;
  if (next) {
    // "51 percent", "47 to 40 percent", "15 and 18 years old"
    if (next.text === "%" || c.set("units").has(next.low) || matchPhrase(c.unitPhrases, tokens, m.end)) return true;
    if (c.set("rangeJoiners").has(next.low)) {
      const after = tokens[m.end + 1];
      if (after && (after.type === "num" || numberWordValue(after.low, lex.numbers) !== undefined)) {
        const u = tokens[m.end + 2];
        if (u && (u.text === "%" || c.set("units").has(u.low) || matchPhrase(c.ageAfter, tokens, m.end + 2) || matchPhrase(c.unitPhrases, tokens, m.end + 2))) return true;
      }
    }
    if (matchPhrase(c.ageAfter, tokens, m.end)) return true;
    // "9 January", "9th of January"
    if (c.set("months").has(next.low) || (next.low === lex.numbers.of && tokens[m.end + 1] && c.set("months").has(tokens[m.end + 1].low))) return true;
    if (c.set("currencyAfter").has(next.low)) return true;
    // "40 millones de soles"
    if (next.low === lex.numbers.of && tokens[m.end + 1] && c.set("currencyAfter").has(tokens[m.end + 1].low)) return true;
    if (lex.timeAfter.test(sentence.slice(tokens[m.end - 1].end, tokens[m.end - 1].end + 12))) return true;
  }
  if (prev) {
    // "January 9", "Dec. 13"
    const pp = prev.text === "." ? tokens[m.start - 2] : prev;
    // (not a count in groups of three after a date, "hasta el 5 de febrero 1 301 heridos": no day, no year)
    // (nor a count after a day written first, "On 5 March six soldiers drowned": the month has its day)
    // ("el 5 de marzo seis soldados se ahogaron": the same with the Spanish "de")
    const dayAt = tokens[m.start - 2]?.low === lex.numbers.of ? m.start - 3 : m.start - 2;
    const dayFirst = pp === prev && tokens[dayAt]?.type === "num" && /^(?:[1-9]|[12]\d|3[01])$/.test(tokens[dayAt].text);
    // (a number no day or year can be, "desde diciembre 48 civiles murieron", counts)
    if (pp && c.set("months").has(pp.low) && !/\s/.test(first.text) && !dayFirst && !(m.digits && /^\d+$/.test(first.text) && Number(first.text) > 31 && !/^(?:1[5-9]|20)\d\d$/.test(first.text))) return true;
    if (prev.text === "." && pp && c.set("labelAbbrevBefore").has(pp.low)) return true;
    if (c.set("labelBefore").has(prev.low)) return true;
    if (c.set("ageBefore").has(prev.low)) return true;
    if (c.set("currencyBefore").has(prev.low) || /(?:US\$|S\/\.?|[$€£¥])\s*$/i.test(sentence.slice(Math.max(0, first.start - 4), first.start))) return true;
  }
  // "Castillo, 53, a former schoolteacher", "Rosa Trujillo, 42, said": an age set off after a name
  if (m.digits && m.end === m.start + 1 && prev?.text === "," && next?.text === "," && Number(first.text) <= 110) {
    const name = tokens[m.start - 2];
    if (name && name.type === "word" && /^\p{Lu}/u.test(name.text)) return true;
  }
  // a bare four-digit number in the range of years is a year unless it counts victims ("2000 protesters"),
  // and always after a date ("10 de enero de 2023 murió …", "January 10, 2023 died")
  if (m.digits && /^\d{4}$/.test(first.text)) {
    const v = Number(first.text);
    const p2 = tokens[m.start - 2], p3 = tokens[m.start - 3];
    const afterDate = !!prev && ((prev.low === lex.numbers.of && !!p2 && c.set("months").has(p2.low)) || (prev.text === "," && p2?.type === "num" && !!p3 && c.set("months").has(p3.low)));
    if (v >= 1800 && v <= 2100 && (afterDate || !(next && (whoAt(tokens, m.end, c) || matchPhrase(c.states, tokens, m.end))))) return true;
  }
  // "Not one of those killings", "ni uno": none
  if (prev && c.set("negations").has(prev.low) && m.end === m.start + 1 && numberWordValue(first.low, lex.numbers) === 1) return true;
  return false;
}

function hasPhrase(list: PhraseList<true>, tokens: Token[]): boolean {
  return phraseAt(list, tokens) >= 0;
}

/** Where the first phrase of a list starts in the tokens, or -1. */
function phraseAt(list: PhraseList<true>, tokens: Token[]): number {
  for (let p = 0; p < tokens.length; p++) if (matchPhrase(list, tokens, p)) return p;
  return -1;
}

/** A frame ("claimed # lives") whose words sit right before and after the figure (one modifier allowed after). */
function frameAround(tokens: Token[], m: NumberMention, start: number, c: Compiled): CasualtyKind | null {
  const after = qualifierAfter(tokens, m, c).end;
  for (const f of c.frames) {
    const b = f.before.length;
    if (b > start) continue;
    let ok = true;
    for (let k = 0; k < b && ok; k++) ok = tokens[start - b + k].low === f.before[k];
    if (!ok) continue;
    for (const skip of [0, 1]) {
      let ok2 = true;
      for (let k = 0; k < f.after.length && ok2; k++) ok2 = tokens[after + skip + k]?.low === f.after[k];
      if (ok2 && (skip === 0 || tokens[after]?.type === "word")) return f.value;
    }
  }
  return null;
}

function actionEndingAt(tokens: Token[], end: number, c: Compiled): CasualtyKind | null {
  const list = end > 0 ? c.actionsByLast.get(tokens[end - 1].low) : undefined;
  if (!list) return null;
  for (const a of list) {
    const len = a.words.length;
    if (len > end) continue;
    let ok = true;
    for (let k = 0; k < len - 1 && ok; k++) ok = tokens[end - len + k].low === a.words[k];
    if (ok) return a.value;
    // ("detuvo este sábado a 193 personas": the day between the verb and its object)
    if (len === 2 && end >= 4) {
      const day = tokens[end - 2].low, det = tokens[end - 3].low;
      if (WEEKDAY_WORDS.has(day) && ["este", "el", "this", "on", "last"].includes(det) && tokens[end - 4].low === a.words[0]) return a.value;
    }
  }
  return null;
}

const HOSPITAL_WORDS = new Set(["hospital", "hospitals", "clinic", "clinics", "infirmary"]);
const WEEKDAY_WORDS = new Set("monday tuesday wednesday thursday friday saturday sunday lunes martes miércoles miercoles jueves viernes sábado sabado domingo".split(" "));

const CORRECTION = /\b(?:an earlier|a previous|the original) version of this (?:article|story|report|analysis|piece|post)\b|\buna versi[oó]n anterior de (?:esta|este) (?:nota|art[ií]culo|informe|texto)\b/i;

// ---- places ----

const LETTER = /\p{L}/u;
const fold = (s: string) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();

/** The named place closest to the claim, within its clause when possible (clauses end at ";"). */
const BEFORE_UNREST = /\b(?:in|during|of) (?:that|the internal armed|the armed) (?:conflict|war)\b|\bconflicto armado interno\b|\b(?:en|durante) (?:aquel|ese|aquella|esa) (?:conflicto|guerra|época)\b|\b(?:before|prior to) the (?:current |present |recent )?(?:crisis|unrest|protests|uprising|wave of protests)\s*,|\bantes de (?:la|las|el) (?:actual |presente |reciente )?(?:crisis|protestas|estallido|ola de protestas)\s*,/i;
/**
 * One person killed, told with an article: "A police officer was burned to death …", "and a protester
 * died in hospital", "un manifestante falleció". The victim word comes first (group 1), its state
 * right after a few words at most; only at a clause's start, so "the family of a protester who died" is not one.
 */
const SINGLE: Record<string, RegExp> = {
  // (after a clause's start or a time it opens with: "And on Thursday a protester was killed …", "That night, a police officer, José Luis Soncco, was …")
  en: /(?:^|[,;:—–]\s+|\s-\s+|\b(?:and|when|where|after|as|while)\s+|\b(?:(?:on|of)\s+\p{Lu}\p{Ll}+day|that (?:night|day|evening|morning|afternoon)|the (?:next|following) (?:night|day|morning))\s+)(?:a|an|another)\s+(?:[\p{L}\d-]+\s+){0,2}?(police officer|policeman|officer|soldier|protester|demonstrator|man|woman|teenager|student|child|boy|girl|farmer|journalist|civilian|resident|leader|person|motorist|bystander|worker),?\s+(?:(?!who\b|that\b|whose\b)[\p{L},'’-]+\s+){0,4}?(?:(?:was|has been|had been|is)\s+(?:also\s+|reportedly\s+|later\s+)?(?:killed|shot dead|shot and killed|burned to death|burnt to death|burned alive|burnt alive|beaten to death|fatally shot|murdered|lynched|beaten and burned to death)|(?:also\s+|later\s+)?(?:died|dies))\b/iu,
  es: /(?:^|[,;:—–]\s+|\b(?:y|cuando|donde|tras)\s+)(?:un|una|otro|otra)\s+(?:\p{L}+\s+){0,2}?(policía|agente|efectivo|suboficial|soldado|militar|manifestante|comunero|joven|estudiante|menor|hombre|mujer|poblador|pobladora|dirigente|ciudadano|adolescente|persona|transportista)\s+(?:(?!que\b|quien\b|cuyo\b)[\p{L},]+\s+){0,4}?(?:murió|falleció|fue asesinad[oa]|perdió la vida|había perdido la vida|ha perdido la vida|fue abatid[oa]|resultó muert[oa]|murió calcinado|fue quemad[oa] viv[oa]|murió quemad[oa]|fue linchad[oa])(?!\p{L})/iu,
};
/**
 * One person killed, named with the age: "Víctor Santisteban Yacsavilca, de 55 años, murió el
 * sábado", "Rosa Quispe, 23, was shot dead". The age beside a name is how news names a victim.
 */
const NAMED_WITH_AGE: Record<string, RegExp> = {
  // (or "Víctor Santisteban Yacsavilca, a 55-year-old worker, was killed")
  en: /(?:^|[,;:—–]\s+|\b(?:and|when|after)\s+)(\p{Lu}\p{Ll}+(?:\s+(?:de\s+|del\s+)?\p{Lu}\p{Ll}+){1,3}),\s+(?:(?:aged\s+)?\d{1,2}|an?\s+(?:\d{1,2}|[a-z]+(?:-[a-z]+)?)-year-old(?:\s+[\p{L}-]+){0,3}),\s+(?:(?:was|has been|had been)\s+(?:shot dead|killed|fatally shot|shot and killed|beaten to death|burned to death)|died)\b/u,
  // ("Víctor Santisteban, un trabajador de 55 años, murió")
  es: /(?:^|[,;:—–]\s+|\b(?:y|cuando|tras)\s+)(\p{Lu}\p{Ll}+(?:\s+(?:de\s+|del\s+)?\p{Lu}\p{Ll}+){1,3}),\s+(?:(?:un|una)\s+[\p{L} ]{2,40}?\s+)?de\s+\d{1,2}\s+años,\s+(?:murió|falleció|perdió la vida|fue asesinad[oa]|fue abatid[oa])(?!\p{L})/u,
};
/**
 * One person killed, the verb first: "el 11 de enero murió Remo Candia Guevara, presidente de una
 * comunidad", or one more after a count: "17 personas murieron … y una más falleció días después".
 */
const ONE_MORE: Record<string, RegExp> = {
  en: /\b(?:and\s+)?(?:one|another) more (?:person\s+)?(?:died|was killed|has died)\b/i,
  es: /(?:\b(?:y\s+)?(?:una|uno|otra|otro)\s+más\s+(?:murió|falleció|perdió la vida)|(?:^|[,;:—–]\s+|\b(?:y|cuando)\s+)(?:el\s+\d{1,2}\s+de\s+\p{Ll}+\s+)?(?:murió|falleció)\s+(?:el\s+(?:joven|dirigente|comunero|estudiante)\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,3})(?!\p{L})/u,
};
/** One person killed by others, told with an article: "On January 28 they killed a man in Lima", "la policía mató a un joven". */
const ACTIVE_SINGLE: Record<string, RegExp> = {
  en: /\b(?:killed|shot dead|shot and killed|murdered|gunned down)\s+(?:a|an|another)\s+(?:[\p{L}\d-]+\s+){0,2}?(police officer|policeman|soldier|protester|demonstrator|man|woman|teenager|student|child|boy|girl|farmer|journalist|civilian|resident|leader|worker)\b/iu,
  es: /\b(?:mataron|mató|asesinaron|asesinó|abatieron|abatió)\s+a\s+(?:un|una|otro|otra)\s+(?:\p{L}+\s+){0,2}?(policía|agente|soldado|manifestante|comunero|joven|estudiante|menor|hombre|mujer|poblador|pobladora|dirigente|adolescente|transportista)(?!\p{L})/iu,
};
/** One person killed, named with the rank: "En enero, el suboficial José Luis Soncco fue quemado vivo", "police officer José Soncco was burned alive". */
const NAMED_WITH_RANK: Record<string, RegExp> = {
  en: /(?:^|[,;:—–]\s+|\b(?:and|when|after)\s+)(?:[Pp]olice (?:[Oo]fficer|[Ss]ergeant|[Cc]orporal)|[Ss]ergeant|[Cc]orporal|[Oo]fficer|[Ss]oldier|[Pp]rivate)\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,3}\s+(?:was\s+(?:burned alive|burnt alive|burned to death|burnt to death|killed|shot dead|lynched|beaten to death)|died)\b/u,
  // ("El otro, el suboficial José Luis Soncco, de 29 años, fue quemado vivo")
  es: /(?:^|[,;:—–]\s+|\b(?:y|cuando|tras)\s+)(?:[Ee]l|[Ll]a)\s+(suboficial|policía|agente|sargento|cabo|soldado|comunero|estudiante|dirigente)\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,3}(?:,\s+de\s+\d{1,2}\s+años,)?\s+(?:murió|falleció|fue asesinad[oa]|perdió la vida|fue quemad[oa] viv[oa]|murió quemad[oa]|fue linchad[oa])(?!\p{L})/u,
};
const ROUND_COLLECTIVE = /^(?:una?|medi[oa])\s+(?:decena|veintena|treintena|cuarentena|cincuentena|centenar|millar)$/i;
const TOLL_CLAUSE = /, (?:con lo que|con lo cual|lo que eleva|elevando|sumando|bringing|which brings|taking the|raising the)\b/g;

function nearestPlace(sentence: string, at: number, places: string[]): string | null {
  const folded = fold(sentence);
  // (a clause that carries a running total on is another clause: "… la muerte de dos manifestantes,
  // con lo que la región Apurímac llega a seis muertos", "…, bringing the toll in Puno to 18")
  let clauseStart = folded.lastIndexOf(";", at) + 1;
  let clauseEnd = folded.indexOf(";", at);
  if (clauseEnd < 0) clauseEnd = folded.length;
  for (const m of folded.matchAll(TOLL_CLAUSE)) {
    const i = m.index!;
    if (i < at) clauseStart = Math.max(clauseStart, i + 1);
    else if (i < clauseEnd) clauseEnd = i;
  }
  let best: string | null = null;
  let bestScore = Infinity;
  for (const name of places) {
    const f = fold(name);
    let i = folded.indexOf(f);
    while (i >= 0) {
      // whole words only: "Peru" is not in "Peruvian"
      if (LETTER.test(folded[i - 1] ?? "") || LETTER.test(folded[i + f.length] ?? "")) {
        i = folded.indexOf(f, i + 1);
        continue;
      }
      const inClause = i >= clauseStart && i < clauseEnd;
      const score = Math.abs(i - at) + (inClause ? 0 : 100_000);
      if (score < bestScore) {
        bestScore = score;
        best = name;
      }
      i = folded.indexOf(f, i + 1);
    }
  }
  // the places extractor may name a place by a spelling the sentence does not use ("Cuzco" → "Cusco")
  return best ?? places[0] ?? null;
}

/**
 * An alternation of words factored into a trie ("kill|killed|killing" → "kill(?:ed|ing)?"), so the
 * regex engine tries one branch per position instead of every word: a tenfold faster prefilter.
 */
export function trieRegex(words: string[]): string {
  type Node = Map<string, Node>;
  const root: Node = new Map();
  const END = "";
  for (const w of words) {
    let n = root;
    for (const ch of w) {
      if (!n.has(ch)) n.set(ch, new Map());
      n = n.get(ch)!;
    }
    n.set(END, new Map());
  }
  const build = (n: Node): string => {
    const optional = n.has(END);
    const branches = [...n.keys()].filter((k) => k !== END).map((k) => escapeRe(k) + build(n.get(k)!));
    if (!branches.length) return "";
    const body = branches.length === 1 ? branches[0] : `(?:${branches.join("|")})`;
    if (!optional) return body;
    return branches.length === 1 && [...branches[0]].length === 1 ? `${body}?` : `(?:${body})?`;
  };
  return `(?:${build(root)})`;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
