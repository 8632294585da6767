// Casualty claims: a figure counts only when the words around it tie it to a casualty word.
// Every sentence here is written for the test; none is taken from the seeds.
import { test } from "node:test";
import assert from "node:assert/strict";
import { EN_LEXICON, LEXICONS, extractCasualties, type CasualtyContext, type CasualtyLexicon } from "../src/extract/casualties.ts";
import { EN_NUMBERS } from "../src/extract/numbers.ts";

/** "qualifier count kind who" for each claim; a vague figure shows its estimate as "~12". */
function claims(text: string, ctx?: CasualtyContext): string[] {
  return extractCasualties(text, ctx).map((c) => `${c.qualifier} ${c.count ?? "~" + c.estimate} ${c.kind} ${c.who}`);
}
const none = (text: string) => assert.deepEqual(claims(text), [], text);

// ---- figures as subjects: passive, intransitive, adjectives, nouns ----

test("passive subject: <N> [who] (have been|were|had been) <state>", () => {
  assert.deepEqual(claims("In Tacna, 23 civilians had been killed by Sunday."), ["exact 23 killed civilians"]);
  assert.deepEqual(claims("Over 30 people have reportedly been wounded."), ["over 30 injured people"]);
  assert.deepEqual(claims("Forty-four people were arrested in the capital."), ["exact 44 arrested people"]);
  assert.deepEqual(claims("Nine journalists were detained at the border."), ["exact 9 arrested journalists"]);
  assert.deepEqual(claims("Twelve miners remain missing after the attack."), ["exact 12 missing miners"]);
});

test("intransitive and adjectival states: died, dead, injured, missing", () => {
  assert.deepEqual(claims("Three marchers died in the crush."), ["exact 3 killed protesters"]);
  assert.deepEqual(claims("The riot left 6 dead and 40 injured."), ["exact 6 killed people", "exact 40 injured people"]);
  assert.deepEqual(claims("Four soldiers lost their lives in the ambush."), ["exact 4 killed soldiers"]);
  assert.deepEqual(claims("Two policemen were shot dead at the checkpoint."), ["exact 2 killed police"]);
  assert.deepEqual(claims("Five residents were hospitalized with burns."), ["exact 5 injured people"]);
  assert.deepEqual(claims("Seven were taken into custody overnight."), ["exact 7 arrested people"]);
  assert.deepEqual(claims("Eleven students have disappeared since March."), ["exact 11 missing students"]);
});

test("figure + casualty noun: deaths, fatalities, arrests, bodies", () => {
  assert.deepEqual(claims("Officials confirmed 14 deaths in the region."), ["exact 14 killed people"]);
  assert.deepEqual(claims("The hospital recorded 3 fatalities."), ["exact 3 killed people"]);
  assert.deepEqual(claims("Rights groups counted 310 arrests."), ["exact 310 arrested people"]);
  assert.deepEqual(claims("Rescuers recovered 8 bodies from the river."), ["exact 8 killed people"]);
  assert.deepEqual(claims("Nine officers suffered injuries in the clash."), ["exact 9 injured police"]);
  assert.deepEqual(claims("At least 30 people sustained gunshot wounds."), ["at least 30 injured people"]);
});

test("patients hospitalized with injuries; adverbs inside the verb group", () => {
  assert.deepEqual(claims("Doctors in Ilo reported six patients hospitalized with injuries."), ["exact 6 injured people"]);
  assert.deepEqual(claims("Over 15 people were seriously injured."), ["over 15 injured people"]);
  assert.deepEqual(claims("Two men were fatally wounded near the bridge."), ["exact 2 killed men"]);
  assert.deepEqual(claims("About a dozen people remain in hospital."), ["about 12 injured people"]);
  assert.deepEqual(claims("Staff were treating more than 40 people, most of them with gunshot wounds."), ["over 40 injured people"]);
});

test("the victims can sit behind an aside or a relative pronoun", () => {
  assert.deepEqual(claims("At least three farmers, 20 and 31 years old, were killed on the road."), ["at least 3 killed farmers"]);
  assert.deepEqual(claims("Four people (including a nurse) were hurt."), ["exact 4 injured people"]);
  assert.deepEqual(claims("Two students who were arrested on Monday remain in jail."), ["exact 2 arrested students"]);
});

test("elided subjects: 'more', 'others', and a second figure after 'and'", () => {
  assert.deepEqual(claims("At least 9 people were killed, and at least four more have died since."), [
    "at least 9 killed people",
    "at least 4 killed people",
  ]);
  assert.deepEqual(claims("Some 20 miners were killed and another six others had died in hospital."), [
    "about 20 killed miners",
    "exact 6 killed people",
  ]);
  assert.deepEqual(claims("Over 30 people were badly injured and over a dozen were arrested."), [
    "over 30 injured people",
    "over 12 arrested people",
  ]);
  assert.deepEqual(claims("Troops killed 8 villagers and left at least 25 more injured."), [
    "exact 8 killed people",
    "at least 25 injured people",
  ]);
});

test("coordinated subjects share one verb", () => {
  assert.deepEqual(claims("Twelve protesters and 3 police officers were injured."), ["exact 12 injured protesters", "exact 3 injured police"]);
  // a coordinated thing is not a victim
  assert.deepEqual(claims("Two buses and 5 people were hurt."), ["exact 5 injured people"]);
  // one figure for two groups counts people
  assert.deepEqual(claims("More than 1,200 civilians and police officers were injured."), ["over 1200 injured people"]);
});

test("a subset restates its group ('nine out of the ten', 'three of the dead'), a named group within a figure is a figure of its own", () => {
  assert.deepEqual(claims("Five out of the eight marchers killed were teenagers."), ["exact 8 killed protesters"]);
  // a share of the dead told apart by who they were is a figure (the breakdown of a toll)
  assert.deepEqual(claims("Three of the dead were minors."), ["exact 3 killed minors"]);
  assert.deepEqual(claims("Over 90 people were injured, including 30 police officers."), ["over 90 injured people", "exact 30 injured police"]);
  assert.deepEqual(claims("More than 650 people have been injured, nearly 300 of them police officers."), ["over 650 injured people", "nearly 300 injured police"]);
  assert.deepEqual(claims("More than 600 people have been injured, among them nearly 300 police officers."), ["over 600 injured people", "nearly 300 injured police"]);
  // one person named within the group, or a group that is the figure's own, is no new figure
  assert.deepEqual(claims("Two protesters died, including a 16-year-old."), ["exact 2 killed protesters"]);
  // (one counted in words is: "including one police officer")
  assert.deepEqual(claims("Eighteen people died, including one police officer."), ["exact 18 killed people", "exact 1 killed police"]);
  none("One of the wounded died on Tuesday.");
  // a share named by a pronoun, with a verb of its own, breaks a toll down
  assert.deepEqual(claims("Forty-seven of them died in clashes with security forces."), ["exact 47 killed people"]);
  none("Forty-seven of them were women.");
});

test("a toll broken down without verbs: a list after a colon, 'N of them in …'", () => {
  assert.deepEqual(claims("The office said 47 people have now died since December 7: 39 civilians in clashes with security forces, seven in accidents linked to road blockades, and the police officer."), ["exact 47 killed people", "exact 39 killed civilians", "exact 7 killed people"]);
  assert.deepEqual(claims("At least 55 people have died since December 7, 45 of them in clashes with security forces."), ["at least 55 killed people", "exact 45 killed people"]);
  // a share that says what the victims were is a group within the figure; a figure well past the list is not a part of it
  assert.deepEqual(claims("Police detained 11 people, two of them women."), ["exact 11 arrested people", "exact 2 arrested women"]);
  assert.deepEqual(claims("Officials said 60 people have died: the government blamed agitators from abroad, and 3,500 police were deployed."), ["exact 60 killed people"]);
  // parts with verbs of their own keep the list going
  assert.deepEqual(claims("The toll has now reached 55: 45 people killed in clashes with soldiers, nine who died in accidents linked to the blockades, and one police officer."), ["exact 55 killed people", "exact 45 killed people", "exact 9 killed people", "exact 1 killed police"]);
  // a second figure sharing the first one's verb
  assert.deepEqual(claims("Of those, 39 died in clashes with police and seven in traffic accidents linked to the roadblocks."), ["exact 39 killed people", "exact 7 killed people"]);
  assert.deepEqual(claims("Police said 12 people were detained and 30 marched to the square."), ["exact 12 arrested people"]);
  // parts named through a copula
  assert.deepEqual(claims("Of the 60 dead, 48 were civilians killed in clashes with security forces, one was a police officer, and 11 were people who died in traffic accidents."), ["exact 48 killed civilians", "exact 1 killed police", "exact 11 killed people"]);
  // a share with a verb of its own after "of whom"
  assert.deepEqual(claims("Police detained 627 people, of whom 193 were detained on January 21 at the university."), ["exact 627 arrested people", "exact 193 arrested people"]);
  // a list's items count what its head counts, even when the item closing it has a state of its own
  assert.deepEqual(claims("Officials reported 120 people injured: 32 civilians, 88 police officers and one death."), ["exact 120 injured people", "exact 32 injured civilians", "exact 88 injured police", "exact 1 killed people"]);
});

// ---- figures as objects: active voice ----

test("active voice: <verb> [qualifier] <N> [who]", () => {
  assert.deepEqual(claims("Soldiers killed 11 demonstrators at the airport."), ["exact 11 killed protesters"]);
  assert.deepEqual(claims("Police opened fire on the crowd, killing at least 7."), ["at least 7 killed people"]);
  assert.deepEqual(claims("The army detained 120 people overnight."), ["exact 120 arrested people"]);
  assert.deepEqual(claims("They attacked the post, capturing and killing at least one police officer."), ["at least 1 killed police"]);
  assert.deepEqual(claims("Officers arrested a dozen students."), ["exact 12 arrested students"]);
  assert.deepEqual(claims("The crackdown has claimed the lives of more than 40 people."), ["over 40 killed people"]);
  assert.deepEqual(claims("Six weeks of unrest have claimed 55 lives."), ["exact 55 killed people"]);
  assert.deepEqual(claims("Police killed 3 and wounded 20, while arresting 70."), [
    "exact 3 killed people",
    "exact 20 injured people",
    "exact 70 arrested people",
  ]);
});

test("a retracted figure in a correction is not a figure", () => {
  assert.deepEqual(claims("An earlier version of this analysis said that 65 civilians had been killed. The figure is 46."), []);
});

test("a time after the verb is not its object: '17 people killed a day earlier'", () => {
  assert.deepEqual(claims("Mourners carried the coffins of the 17 people killed a day earlier in clashes."), ["exact 17 killed people"]);
  assert.deepEqual(claims("Crowds injured two officers last week."), ["exact 2 injured police"]);
});

test("the figure that acted is not the figure that suffered", () => {
  assert.deepEqual(claims("About 800 strikers detained two officers."), ["exact 2 arrested police"]);
  none("Some 2,000 protesters attacked a police station in the town.");
  none("Thousands took to the streets as the police arrived.");
});

// ---- running totals ----

test("running totals: death toll, total number of deaths, the toll stands at", () => {
  const toll = (s: string) => extractCasualties(s).map((c) => [c.count, c.kind, c.total]);
  assert.deepEqual(toll("The death toll from a month of unrest rose to 52."), [[52, "killed", true]]);
  assert.deepEqual(toll("A guard died overnight, bringing the total number of confirmed deaths to 61."), [[61, "killed", true]]);
  assert.deepEqual(toll("The toll now stands at 33, officials said."), [[33, "killed", true]]);
  assert.deepEqual(toll("The number of people arrested has reached 400."), [[400, "arrested", true]]);
  assert.deepEqual(toll("The death toll in the 4 southern provinces climbed to 28."), [[28, "killed", true]]);
  assert.deepEqual(toll("A total of 49 people have died."), [[49, "killed", true]]);
  assert.deepEqual(toll("So far, 62 people have died."), [[62, "killed", true]]);
  assert.deepEqual(toll("Nine people were killed on Monday."), [[9, "killed", false]]);
  // the figure before the toll it sets
  assert.deepEqual(toll("His death raised to 58 the number of people killed since December."), [[58, "killed", true]]);
  assert.deepEqual(toll("That brings to 39 the number of people killed in clashes, the office said."), [[39, "killed", true]]);
});

// ---- qualifiers ----

test("qualifiers map to the six values", () => {
  const q = (s: string) => extractCasualties(s).map((c) => c.qualifier);
  assert.deepEqual(q("At least 4 people were killed."), ["at least"]);
  assert.deepEqual(q("More than 4 people were killed."), ["over"]);
  assert.deepEqual(q("Upwards of 40 people were injured."), ["over"]);
  assert.deepEqual(q("Over 40 people were injured."), ["over"]);
  assert.deepEqual(q("About 40 people were injured."), ["about"]);
  assert.deepEqual(q("Some 40 people were injured."), ["about"]);
  assert.deepEqual(q("Around 40 people were injured."), ["about"]);
  assert.deepEqual(q("Approximately 40 people were injured."), ["about"]);
  assert.deepEqual(q("Roughly 40 people were injured."), ["about"]);
  assert.deepEqual(q("Nearly 40 people were injured."), ["nearly"]);
  assert.deepEqual(q("Almost 40 people were injured."), ["nearly"]);
  assert.deepEqual(q("Close to 40 people were injured."), ["nearly"]);
  assert.deepEqual(q("Up to 40 people were injured."), ["up to"]);
  assert.deepEqual(q("As many as 40 people were injured."), ["up to"]);
  assert.deepEqual(q("40 people were injured."), ["exact"]);
  assert.deepEqual(q("50 people or more were injured."), ["at least"]);
});

// ---- vague figures ----

test("vague figures keep count null, an estimate where one exists, and their sentence", () => {
  const v = (s: string) => extractCasualties(s).map((c) => [c.count, c.estimate, c.kind, c.sentence]);
  assert.deepEqual(v("Dozens of Bolivians were injured on Friday."), [[null, 12, "injured", "Dozens of Bolivians were injured on Friday."]]);
  assert.deepEqual(v("Hundreds were detained."), [[null, 100, "arrested", "Hundreds were detained."]]);
  assert.deepEqual(v("Scores of marchers were wounded."), [[null, 20, "injured", "Scores of marchers were wounded."]]);
  assert.deepEqual(v("Tens of people were killed."), [[null, 10, "killed", "Tens of people were killed."]]);
  assert.deepEqual(v("Untold numbers of people have been arrested."), [[null, null, "arrested", "Untold numbers of people have been arrested."]]);
  assert.deepEqual(v("There have been many arrests."), [[null, null, "arrested", "There have been many arrests."]]);
  assert.deepEqual(v("The violence left numerous people dead."), [[null, null, "killed", "The violence left numerous people dead."]]);
});

// ---- who ----

test("victims map to a short lower-case noun, default people", () => {
  const who = (s: string) => extractCasualties(s).map((c) => c.who);
  assert.deepEqual(who("Two protestors were killed."), ["protesters"]);
  assert.deepEqual(who("Two demonstrators were killed."), ["protesters"]);
  assert.deepEqual(who("Two police officers were killed."), ["police"]);
  assert.deepEqual(who("One policeman was killed."), ["police"]);
  assert.deepEqual(who("Two soldiers were killed."), ["soldiers"]);
  assert.deepEqual(who("Two civilians were killed."), ["civilians"]);
  assert.deepEqual(who("Two Chileans were killed."), ["people"]);
  assert.deepEqual(who("Two residents were killed."), ["people"]);
  assert.deepEqual(who("Two were killed."), ["people"]);
  assert.deepEqual(who("Two police stations burned and 2 were killed."), ["people"]);
});

// ---- traps: numbers that are never casualties ----

test("trap: percentages", () => {
  none("About 51 percent of the injured were young; 11% were killed.");
  none("Support for the arrested leader fell from 47 to 40 percent.");
});

test("trap: money", () => {
  none("The ministry paid $40 million to families of those killed.");
  none("Police spent 300 soles on each detained suspect.");
});

test("trap: ages", () => {
  assert.deepEqual(claims("At least two students, 15 and 18 years old, were killed."), ["at least 2 killed students"]);
  none("A 16-year-old and 26-year-old Juan Quispe were killed.");
  none("The boy, aged 14, was injured.");
  // (the person is one death; her age is no figure)
  assert.deepEqual(claims("Maria Huaman, 17, was killed."), ["exact 1 killed people"]);
  // an age set off after a name, however the sentence goes on
  none("Castillo, 53, a former rural schoolteacher, was arrested the same day.");
  assert.deepEqual(claims("Rosa Trujillo, 42, said 17 people were killed."), ["exact 17 killed people"]);
});

test("trap: years", () => {
  none("The 1993 constitution was imposed after the arrests of union leaders.");
  none("In the year 2000, the regime was accused of killings.");
  assert.deepEqual(claims("In 2019, 35 people were killed."), ["exact 35 killed people"]);
});

test("trap: ordinals", () => {
  none("In the 10th week of protests a woman was killed.");
  // ("a fifth protester" is one more person, not five)
  assert.deepEqual(claims("A fifth protester was killed in the square."), ["exact 1 killed protesters"]);
  none("Mine workers were injured for the third time.");
});

test("trap: dates and times", () => {
  // (the man is one death; the day is no figure)
  assert.deepEqual(claims("Two marches were held on January 9 where police killed a man."), ["exact 1 killed men"]);
  none("On Dec. 13 a protester was injured.");
  none("He was arrested on 9 March.");
  none("At 3 p.m. the police arrested a leader.");
  assert.deepEqual(claims("On Jan. 20, 14 people were arrested."), ["exact 14 arrested people"]);
});

test("trap: people who marched, attacked or joined; objects; places; spans of time", () => {
  none("Some 1,500 protesters attacked a police station where a man was injured.");
  none("The ministry bought 28,960 tear gas canisters to use on detained marchers.");
  none("Two company vehicles were burned and the guards were hurt.");
  assert.deepEqual(claims("The protests are taking place in 13 of the country's 24 regions, where police killed a man."), ["exact 1 killed men"]);
  none("'500 years of discrimination and they kill us,' she said.");
  none("He was sentenced to 18 months after being arrested.");
  none("Two trucks carrying injured people arrived.");
});

test("trap: negation and pronouns", () => {
  none("No one was killed in the march.");
  none("Two people were not injured.");
  none("The one who was arrested is a student.");
});

// ---- per article ----

test("the same figure restated (same count, kind and place) is one claim at its first sentence", () => {
  const text = "Clashes left 17 dead in Puno. Officials later confirmed the 17 deaths.\n\nThe 17 dead were buried on Friday.";
  const r = extractCasualties(text);
  assert.equal(r.length, 1);
  assert.equal(r[0].sentence, "Clashes left 17 dead in Puno.");
});

test("place: the place nearest the figure in its sentence; null when none", () => {
  const placesIn = (s: string) => ["Puno", "Juliaca", "Cusco"].filter((p) => s.includes(p));
  const r = extractCasualties("In Puno region, where marches continue, police killed 4 people in Juliaca. Two were hurt.", { placesIn });
  assert.deepEqual(r.map((c) => [c.count, c.place]), [[4, "Juliaca"], [2, null]]);
  // the same count and kind at another place is another claim
  const r2 = extractCasualties("Two protesters died in Cusco. Two protesters died in Puno.", { placesIn });
  assert.deepEqual(r2.map((c) => [c.count, c.place]), [[2, "Cusco"], [2, "Puno"]]);
});

test("place: a name inside a longer word is not that place", () => {
  const placesIn = () => ["Peru", "Arequipa"];
  const r = extractCasualties("Nine Peruvians were injured near Arequipa.", { placesIn });
  assert.equal(r[0].place, "Arequipa");
});

test("date comes from the date extractor for the sentence", () => {
  const dateIn = (s: string) => (s.includes("January 9") ? "2023-01-09" : null);
  const r = extractCasualties("On January 9, police killed 18 people. Later 3 were arrested.", { dateIn });
  assert.deepEqual(r.map((c) => c.date), ["2023-01-09", null]);
});

test("pre-split sentences are used as given", () => {
  const r = extractCasualties("ignored", { sentences: ["Eight people were injured."] });
  assert.deepEqual(r.map((c) => c.count), [8]);
});

test("text without casualty words yields nothing", () => {
  none("Thousands of farmers marched 40 km to the capital on 12 December 2022.");
  none("");
});

// ---- Spanish is data ----

test("another language is a lexicon, not code: a small Spanish table", () => {
  const es: CasualtyLexicon = {
    ...EN_LEXICON,
    numbers: {
      ...EN_NUMBERS,
      thousandsSep: ".",
      decimalSep: ",",
      words: { uno: 1, una: 1, dos: 2, tres: 3, cinco: 5, diez: 10, dieciocho: 18, veinte: 20, cuarenta: 40, sesenta: 60 },
      multipliers: { docena: 12 },
      scales: { mil: 1000 },
      connectors: ["y"],
      articles: ["una", "un"],
      phrases: {},
      vague: { decenas: 10, cientos: 100, centenares: 100 },
      vagueNeedsOf: [],
      of: "de",
    },
    qualifiersBefore: { "al menos": "at least", "más de": "over", "cerca de": "nearly", unos: "about", unas: "about", "hasta": "up to" },
    qualifiersAfter: {},
    states: { muertos: "killed", murieron: "killed", fallecidos: "killed", heridos: "injured", heridas: "injured", detenidos: "arrested", desaparecidos: "missing" },
    transitive: [],
    actions: { murieron: "killed", "detuvo a": "arrested", "detuvieron a": "arrested" },
    tolls: {},
    tollOf: ["cifra de", "número de"],
    tollLinks: ["a", "en"],
    totalHints: ["hasta ahora"],
    totalLeadIns: ["un total de"],
    who: { personas: "people", manifestantes: "protesters", policías: "police", soldados: "soldiers" },
    moreWords: ["más"],
    auxiliaries: ["han", "fueron", "resultaron", "sido", "habían", "quedaron"],
    lightVerbs: [],
    frames: {},
    passive: ["fueron", "resultaron", "sido", "quedaron"],
    relatives: ["que"],
    negations: ["no"],
    stop: ["a", "de", "en", "la", "el", "los", "las", "y", "o", "que", "por", "con"],
    units: ["años", "días", "por", "ciento"],
    subsetBefore: ["entre"],
    notCountBefore: ["cada"],
    pronounPhrases: [],
    months: ["enero", "febrero", "diciembre"],
    coordinators: ["y", ","],
    adverbSuffix: "mente",
    participleSuffix: "ando",
    demonym: /(?!)/,
  };
  // a code of its own, so the shipped Spanish lexicon (test/spanish.test.ts) is left alone
  LEXICONS.xx = es;
  try {
    const c = (s: string) => extractCasualties(s, { lang: "xx" }).map((x) => `${x.qualifier} ${x.count ?? "~" + x.estimate} ${x.kind} ${x.who}${x.total ? " total" : ""}`);
    assert.deepEqual(c("Al menos 18 personas murieron en Juliaca."), ["at least 18 killed people"]);
    assert.deepEqual(c("La policía detuvo a 1.500 manifestantes."), ["exact 1500 arrested protesters"]);
    assert.deepEqual(c("Murieron dieciocho personas y más de 60 resultaron heridas."), ["exact 18 killed people", "over 60 injured people"]);
    assert.deepEqual(c("La cifra de muertos ascendió a 49."), ["exact 49 killed people total"]);
    assert.deepEqual(c("El 20 por ciento de los detenidos son mujeres."), []);
    assert.deepEqual(c("Decenas de manifestantes fueron detenidos."), ["at least ~10 arrested protesters"]);
  } finally {
    delete LEXICONS.xx;
  }
});

test("'not one' is none, and a year after a date is never a count", () => {
  none("Not one of those killings has led to charges against a police officer.");
  none("On January 10, 2023 died the officer who had been burned in his car.");
});

test("victims with a complement, a relative clause after a comma, treatment for injuries, documents of deaths", () => {
  assert.deepEqual(claims("Six soldiers of the Peruvian Army died on Sunday."), ["exact 6 killed soldiers"]);
  assert.deepEqual(claims("The office counts 45 civilians killed, as well as one police officer, who was burned to death in Juliaca."), ["exact 45 killed civilians", "exact 1 killed police"]);
  assert.deepEqual(claims("At least 13 people were treated in Lima hospitals for injuries."), ["at least 13 injured people"]);
  none("17 people were treated in hospitals for the first time.");
  none("Human Rights Watch reviewed 37 death certificates and autopsy reports.");
});

test("a relative clause of its own verb between the victims and their state", () => {
  assert.deepEqual(claims("At least three people who joined the protests in Puno remain missing, according to their families."), ["at least 3 missing people"]);
  assert.deepEqual(claims("Two students who marched on Monday were arrested."), ["exact 2 arrested students"]);
  none("Thousands of people who marched on Monday were angry.");
});

test("a standfirst's figures are the article's claims", async () => {
  const { seedFromBytes } = await import("../src/ingest/read-seeds.ts");
  const { buildRecords } = await import("../src/records/build-record.ts");
  const text = "Repression in Ayacucho forces two ministers out\n\nClashes near the airport in Huamanga leave eight dead and some 50 injured; the government imposes a curfew in 15 provinces\n\nBy Marta Quispe\n\nThe two ministers resigned on Friday, a day after soldiers fired on protesters near the airport.\n\nThe government blamed radical groups for the violence.";
  const [r] = buildRecords([seedFromBytes("standfirst.txt", Buffer.from(text))]);
  assert.equal(r.subtitle?.startsWith("Clashes near the airport"), true);
  assert.deepEqual(r.casualties.map((c) => `${c.qualifier} ${c.count} ${c.kind}`), ["exact 8 killed", "about 50 injured"]);
});

test("treatment for injuries, a relative clause with auxiliaries, a vague share is no figure", () => {
  assert.deepEqual(claims("The Health Ministry said four police officers and at least 19 civilians were receiving treatment for injuries, several of them from gunshots."), ["exact 4 injured police", "at least 19 injured civilians"]);
  assert.deepEqual(claims("But at least three people who had been staying on the campus are still unaccounted for."), ["at least 3 missing people"]);
});

test("a part of a total with a state of its own, after 'including'", () => {
  assert.deepEqual(claims("The killing raised the death toll to 47, according to the ombudsman, including 39 people killed in clashes with police."), ["exact 47 killed people", "exact 39 killed people"]);
});

test("a share of a group that passed from one state into another (the group restates an earlier figure)", () => {
  assert.deepEqual(claims("Two of the 52 injured died in hospital."), ["exact 2 killed people"]);
  assert.deepEqual(claims("Five of those injured on Monday later died."), ["exact 5 killed people"]);
  assert.deepEqual(claims("Three of the five missing soldiers were found dead in the river."), ["exact 3 killed soldiers"]);
  // the share's own state, after an object pronoun
  assert.deepEqual(claims("At least 30 people were hurt; nine of them died of gunshot wounds."), ["at least 30 injured people", "exact 9 killed people"]);
  // a vague share, one person, or a comma before the second state: no figure of the share
  assert.deepEqual(claims("Many of the 40 injured had gunshot wounds and later died."), ["exact 40 injured people"]);
  none("One of the five missing soldiers was found dead in the river.");
  none("Two of the injured, both students, died on Friday.");
});

test("a count since the unrest began is a running total; one across the country on one day is not", () => {
  const totals = (text: string) => extractCasualties(text).map((c) => `${c.count} ${c.kind}${c.total ? " total" : ""}`);
  assert.deepEqual(totals("By the ombudsman's count, 56 people have died since December 7, 46 of them in clashes."), ["56 killed total", "46 killed"]);
  assert.deepEqual(totals("More than 140 police officers have been injured since the protests began."), ["140 injured total"]);
  assert.deepEqual(totals("On Friday, 58 people were injured across the country."), ["58 injured"]);
  assert.deepEqual(totals("Ten people were killed in Ayacucho, the deadliest day of the unrest."), ["10 killed"]);
  // a hint inside a toll's phrase qualifies that toll only, not the day's deaths told before it
  assert.deepEqual(totals("One person died today in Puno, bringing the death toll since December to at least 46."), ["1 killed", "46 killed total"]);
  assert.deepEqual(totals("The deaths raised to 18 the number killed, and more than 340 people have been injured since December."), ["18 killed total", "340 injured total"]);
});

test("a share of the dead with a cause of death is no new figure", () => {
  none("Forensic reports found that 39 of the 49 died of gunshot wounds.");
  assert.ok(!claims("Human Rights Watch said 39 of those deaths were caused by gunshot wounds.").some((c) => c.includes("injured")));
});

test("a toll of another era, by the years its sentence gives, is history", () => {
  const ctx = { year: 2023 };
  assert.deepEqual(claims("Ayacucho was the region most affected by the armed conflict between 1980 and 2000, which left nearly 70,000 dead or disappeared.", ctx), []);
  assert.deepEqual(claims("At least 10 people were killed in Ayacucho on December 15, 2022.", ctx), ["at least 10 killed people"]);
  // without the article's year nothing is history
  assert.deepEqual(claims("The conflict between 1980 and 2000 left nearly 70,000 dead."), ["nearly 70000 killed people"]);
});

test("figures that share a verb or a group: 'and ten more in', 'of whom 40', 'including 39 who died', 'and a police officer'", () => {
  assert.deepEqual(claims("Seventeen people died in Juliaca on January 9, and ten more in Ayacucho on December 15."), ["exact 17 killed people", "exact 10 killed people"]);
  assert.deepEqual(claims("Twelve protesters were arrested in Puno and another eight in Juliaca."), ["exact 12 arrested protesters", "exact 8 arrested protesters"]);
  none("Five people marched and 30 more stayed home.");
  assert.deepEqual(claims("Five people died and 30 more marched to the square."), ["exact 5 killed people"]);
  assert.deepEqual(claims("The toll rose to 47, of whom 40 lost their lives in clashes."), ["exact 47 killed people", "exact 40 killed people"]);
  assert.deepEqual(claims("The toll stands at 67, of whom 48 were civilians killed in clashes."), ["exact 67 killed people", "exact 48 killed civilians"]);
  assert.deepEqual(claims("The toll rose to 46, including 39 who died in clashes with police."), ["exact 46 killed people", "exact 39 killed people"]);
  assert.deepEqual(claims("The clashes left 17 civilians and a police officer dead."), ["exact 17 killed civilians"]);
  assert.deepEqual(claims("Two of the wounded died, bringing the number killed in Ayacucho to 10."), ["exact 2 killed people", "exact 10 killed people"]);
  assert.deepEqual(claims("They killed 17 of our brothers and sisters."), ["exact 17 killed people"]);
  assert.deepEqual(claims("Two of the wounded died, raising the Ayacucho toll to ten."), ["exact 2 killed people", "exact 10 killed people"]);
  assert.deepEqual(claims("Five of the soldiers were listed as missing."), ["exact 5 missing soldiers"]);
});

test("a figure restated with only its country is the figure already given", () => {
  const r = extractCasualties("Five soldiers drowned in the river on Sunday. Five soldiers have perished in Peru while trying to flee protesters.", { placesIn: (s) => (s.includes("Peru") ? ["Peru"] : []), isCountry: (p) => p === "Peru" });
  assert.equal(r.length, 1);
});

test("decades are no period of history: they may describe anything in the sentence", () => {
  const ctx = { year: 2023 };
  assert.deepEqual(claims("Ten people died of gunshot wounds that afternoon, in a city that still carries the memory of the war of the 1980s and 1990s.", ctx), ["exact 10 killed people"]);
});

test("a past year in a time phrase makes a sentence history, unless it also gives a day of this story", () => {
  const ctx = { year: 2023 };
  assert.deepEqual(claims("In June 2009, a police operation near Bagua ended with 33 people dead, among them 23 police officers.", ctx), []);
  assert.deepEqual(claims("At Accomarca, in 1985, soldiers killed 69 peasants.", ctx), []);
  assert.deepEqual(claims("Yolanda, who left Juliaca for Toronto in 1998, spoke about her nephew, wounded on January 9, the day police killed 18 people.", ctx), ["exact 18 killed people"]);
  assert.deepEqual(claims("Castillo, who won the 2021 runoff, was removed; since then 60 people have died.", ctx), ["exact 60 killed people"]);
});

test("'were among those killed', a part with a place of its own after 'including', a list that names a group within an item", () => {
  assert.deepEqual(claims("On 11 December, two teenagers were among those killed in the city of Andahuaylas."), ["exact 2 killed teenagers"]);
  assert.deepEqual(claims("Hundreds of people were detained, including 193 at San Marcos University."), ["at least ~100 arrested people", "exact 193 arrested people"]);
  assert.deepEqual(claims("The office reported four more deaths in Apurímac, including two in the town of Chincheros."), ["exact 4 killed people", "exact 2 killed people"]);
  assert.deepEqual(claims("At least 55 people have died: 46 in clashes with security forces, including one police officer, and nine in accidents linked to the roadblocks."), ["at least 55 killed people", "exact 46 killed people", "exact 1 killed police", "exact 9 killed people"]);
});

test("hit by projectiles is an injury; 'none of its 3,000 workers had been hurt' is no figure", () => {
  assert.deepEqual(claims("Twelve people were hit by rubber bullets in Lima."), ["exact 12 injured people"]);
  none("The company said none of its roughly 3,000 workers had been hurt.");
  assert.deepEqual(claims("At least 61 people were treated for injuries, many of them hit by bullets."), ["at least 61 injured people"]);
});

test("shares of the dead told apart by who or where; one person counted in words within a toll", () => {
  assert.deepEqual(claims("Around 50 of the dead were civilians killed in clashes with the security forces."), ["about 50 killed civilians"]);
  assert.deepEqual(claims("More than 20 of the dead were from Puno."), ["over 20 killed people"]);
  assert.deepEqual(claims("Nearly 60 people have been killed in the unrest, including one police officer."), ["nearly 60 killed people", "exact 1 killed police"]);
  assert.deepEqual(claims("Eighteen people died, including a police officer."), ["exact 18 killed people"]);
  none("Two of the dead were buried on Sunday.");
});

test("'have not been heard from' is missing; a count since a year long past is history", () => {
  assert.deepEqual(claims("Families say two young men have not been heard from since January 18."), ["exact 2 missing men"]);
  assert.deepEqual(claims("Since 2006, more than 280 people have been killed in social conflicts.", { year: 2023 }), []);
  assert.deepEqual(claims("Since December 7, 2022, more than 60 people have been killed.", { year: 2023 }), ["over 60 killed people"]);
});

test("history: an event dated by 'of', a year after 'during the', decades a sentence opens with", () => {
  const ctx = { year: 2023 };
  assert.deepEqual(claims("After the Bagua massacre of 2009, in which 33 people died, nothing changed.", ctx), []);
  assert.deepEqual(claims("After the killing of two young men during the November 2020 protests in Lima, Merino resigned.", ctx), []);
  assert.deepEqual(claims("In the 1980s and 1990s, the war left nearly 70,000 dead.", ctx), []);
  assert.deepEqual(claims("Hundreds of people have been arrested under laws that Fujimori wrote in the 1990s.", ctx), ["at least ~100 arrested people"]);
});

test("a year before an event's name is history too: 'the 2012 Conga protests'", () => {
  assert.deepEqual(claims("The 2012 Conga protests in Cajamarca, when five people were killed by police, changed nothing.", { year: 2023 }), []);
});

test("another era's toll told with a whole date; parts of victims named without a figure; a toll that went past its figure", () => {
  const dated = (s: string) => extractCasualties(s, { year: 2023 }).map((c) => `${c.count} ${c.kind}`);
  assert.deepEqual(dated("On June 5, 2009, the police cleared a blockade at Bagua; 33 people died, 23 of them police officers."), []);
  // (a date of the unrest itself, in a text that also names a later year, is this story's)
  assert.deepEqual(extractCasualties("On January 9, 2023, 17 people were killed in Juliaca.", { year: 2026 }).map((c) => c.count), [17]);
  assert.deepEqual(claims("The great majority were people killed in the southern Andes, including ten people in Ayacucho on December 15 and 17 civilians in Juliaca on January 9."), ["exact 10 killed people", "exact 17 killed civilians"]);
  assert.deepEqual(claims("Police detained protesters, including 12 minors and 3 journalists."), ["exact 12 arrested minors", "exact 3 arrested journalists"]);
  none("Thousands marched, including 50 students from Puno.");
  assert.deepEqual(claims("By mid-January the death toll had passed 50."), ["over 50 killed people"]);
});

test("a decade closing a figure's own clause dates it to another era", () => {
  assert.deepEqual(extractCasualties("The mood hardened when Alberto Fujimori, jailed for the killing of 25 people by a death squad in the 1990s, was freed.", { year: 2023 }).map((c) => c.count), []);
  assert.deepEqual(extractCasualties("Police killed 17 people in Juliaca, a city that grew fast in the 1990s.", { year: 2023 }).map((c) => c.count), [17]);
});

test("a group told with its own state after 'of the' is a figure; one person singled out of it is not; treated for a kind of wounds", () => {
  assert.deepEqual(claims("Of the 58 people who have died since the protests began, 47 were killed by the security forces."), ["exact 58 killed people", "exact 47 killed people"]);
  assert.deepEqual(claims("Autopsies showed that nine of the ten people killed in Ayacucho that day were hit by army rifles."), ["exact 10 killed people"]);
  none("One of the five missing soldiers was found dead.");
  assert.deepEqual(claims("More than 100 people were treated for gunshot and pellet wounds at the hospital."), ["over 100 injured people"]);
});

test("a drowning of soldiers; a part that belongs to the group named last; who a share of the figure were", () => {
  assert.deepEqual(claims("Human Rights Watch also records the drowning of six soldiers in the Ilave river on 5 March."), ["exact 6 killed soldiers"]);
  assert.deepEqual(claims("Hundreds more have been injured, and the first deaths, in Andahuaylas on December 11, included two teenagers."), ["at least ~100 injured people", "exact 2 killed teenagers"]);
  assert.deepEqual(claims("The ombudsman recorded 1,301 injured, of whom 921 were civilians and 380 were police officers."), ["exact 1301 injured people", "exact 921 injured civilians", "exact 380 injured police"]);
});

test("parts told by their place alone, and a list that goes on after a named part", () => {
  assert.deepEqual(claims("Most of the deaths took place in the southern Andes, including 17 in Juliaca and 10 in Ayacucho."), ["exact 17 killed people", "exact 10 killed people"]);
  none("Thousands marched in the south, including 50 in Juliaca.");
  assert.deepEqual(claims("Nine people were treated for injuries, including four police officers and two journalists."), ["exact 9 injured people", "exact 4 injured police", "exact 2 injured journalists"]);
});

// ---- round AU: careless saves, translations, comments ----

test("a count after a day written before its month ('On 5 March six soldiers drowned') is no day", () => {
  assert.deepEqual(claims("On 5 March six soldiers drowned in the river."), ["exact 6 killed soldiers"]);
  assert.deepEqual(claims("On 14 February 12 marchers were arrested at the bridge."), ["exact 12 arrested protesters"]);
  // the month's own day is still no figure
  none("The march on January 18 was peaceful.");
});

test("one person singled out of a group told with its own state still counts the group", () => {
  assert.deepEqual(claims("Her brother was one of the 17 civilians killed by gunfire in the city."), ["exact 17 killed civilians"]);
  // a group counted with no state of its own is the one already given
  none("His son, one of the five soldiers, was found on the riverbank.");
});

test("a share by where or how after a figure ('46 of them in clashes') is a part of the same kind", () => {
  assert.deepEqual(claims("Sixty people have died in the context of the unrest – 46 of them in clashes with the security forces."), ["exact 60 killed people", "exact 46 killed people"]);
  assert.deepEqual(claims("Police arrested 30 people, 12 of them at the university."), ["exact 30 arrested people", "exact 12 arrested people"]);
  // a vague share says how, not how many
  assert.deepEqual(claims("More than 100 people were injured, many of them by pellets."), ["over 100 injured people"]);
});

test("a count over many years before the unrest ('Between 2006 and 2022') is history", () => {
  const ctx = { year: 2023 };
  assert.deepEqual(claims("Between 2006 and 2022, the ombudsman recorded 242 people dead in social conflicts.", ctx), []);
  assert.deepEqual(claims("Between December 2022 and March 2023, 49 people were killed.", ctx), ["exact 49 killed people"]);
});

test("translations from Spanish: 'lost the life 18 persons', 'the figure of deceased ascended to 42'", () => {
  assert.deepEqual(claims("According to the ombudsman they lost the life 18 persons in the clashes."), ["exact 18 killed people"]);
  assert.deepEqual(claims("At national level, the figure of deceased in the protests ascended to 42 persons."), ["exact 42 killed people"]);
  none("He lost the life savings of 20 families.");
});

// ---- round AV: NGO and UN documents ----

test("NGO phrasings: adolescents, members of the police, a group added 'together with' the figure", () => {
  assert.deepEqual(claims("At least six adolescents have died in the context of the demonstrations."), ["at least 6 killed teenagers"]);
  assert.deepEqual(claims("More than 1,300 people were injured, among them approximately 500 members of the police."), ["over 1300 injured people", "about 500 injured police"]);
  assert.deepEqual(claims("At least 46 civilians have been killed in clashes, together with one police officer."), ["at least 46 killed civilians", "exact 1 killed police"]);
  assert.deepEqual(claims("The farmers marched along with 300 students to the square."), []);
});

test("a time the text sets before the unrest ('In 2022, before the current crisis, …') is history", () => {
  assert.deepEqual(claims("In 2022, before the current crisis, the group recorded 13 killings of journalists in the region."), []);
  assert.deepEqual(claims("Before the protests were dispersed, three people were killed."), ["exact 3 killed people"]);
});

// ---- round AY: mainstream outlets ----

test("mainstream phrasings: 'were among the wounded', 'admitted to hospitals', 'That includes 39 civilians killed'", () => {
  assert.deepEqual(claims("The ministry said 31 police officers were among the wounded."), ["exact 31 injured police"]);
  assert.deepEqual(claims("Two teenagers were among the dead."), ["exact 2 killed teenagers"]);
  // the same words outside that frame are no figure
  assert.deepEqual(claims("Five doctors treated the wounded."), []);
  assert.deepEqual(claims("Five doctors were among the victims' relatives."), []);
  assert.deepEqual(claims("The directorate said 52 people had been admitted to hospitals with injuries."), ["exact 52 injured people"]);
  assert.deepEqual(claims("That includes 39 civilians killed in clashes with security forces."), ["exact 39 killed civilians"]);
});

test("tolls of the internal armed conflict and of earlier clashes are history", () => {
  const ctx = { year: 2023 };
  assert.deepEqual(claims("Nearly 26,000 of the roughly 69,000 people killed in that conflict were from the region.", ctx), []);
  assert.deepEqual(claims("During the internal armed conflict, 69,280 people died.", ctx), []);
  assert.deepEqual(claims("The 2009 Bagua clash, where 33 people including 23 police officers died, was never resolved.", ctx), []);
});

test("one person killed, told with an article ('A police officer was burned to death …', 'un manifestante falleció')", () => {
  assert.deepEqual(claims("Hours later, a police officer was burned to death inside his patrol car."), ["exact 1 killed police"]);
  assert.deepEqual(claims("Seventeen civilians were shot dead, and a police officer was killed that night."), ["exact 17 killed civilians", "exact 1 killed police"]);
  // not someone's relative, a conditional, or a description of the person
  assert.deepEqual(claims("The family of a protester who died spoke to reporters."), []);
  assert.deepEqual(claims("A woman whose son died in the clashes spoke to reporters."), []);
  assert.deepEqual(claims("If a protester is killed, the unions will call a strike."), []);
  assert.deepEqual(extractCasualties("Un manifestante falleció en el hospital regional.", { lang: "es" }).map((c) => `${c.count} ${c.kind} ${c.who}`), ["1 killed protesters"]);
});

test("a figure first, then 'the number of people' with no state of its own: what the sentence counts", () => {
  assert.deepEqual(claims("The soldiers' deaths bring to 66 the number of people the ombudsman links to the unrest."), ["exact 66 killed people"]);
  assert.deepEqual(claims("The march brought to 5,000 the number of people in the square."), []);
});

test("a timeline in the present tense: 'Jan. 11 - A protest leader is killed', 'Six soldiers drown'", () => {
  assert.deepEqual(claims("Jan. 28 - A protester dies in Lima after being struck by a tear gas canister."), ["exact 1 killed protesters"]);
  assert.deepEqual(claims("That night, a police officer is burned to death in his patrol car."), ["exact 1 killed police"]);
  assert.deepEqual(claims("March 5 - Six soldiers drown in the river while fleeing protesters."), ["exact 6 killed soldiers"]);
  assert.deepEqual(claims("Swimmers drown in the lake every year."), []);
});

test("a breakdown set off by dashes or brackets ('42 fallecidos --41 civiles y un agente--'), never a timeline's date", () => {
  assert.deepEqual(claims("On January 9, 18 people died in and around Juliaca — 17 civilians and a police officer."), ["exact 18 killed people", "exact 17 killed civilians"]);
  assert.deepEqual(claims("Police killed 17 people (12 in Juliaca) on Monday."), ["exact 17 killed people", "exact 12 killed people"]);
  assert.deepEqual(claims("Dec. 11 - Two teenagers are killed in clashes with police."), ["exact 2 killed teenagers"]);
  assert.deepEqual(extractCasualties("Las movilizaciones se han saldado con 42 fallecidos en enfrentamientos --41 civiles y un agente--.", { lang: "es" }).map((c) => `${c.count} ${c.who}`), ["42 people", "41 civilians", "1 police"]);
});

test("'were being treated in hospitals', 'still in hospitals'", () => {
  assert.deepEqual(claims("At least 52 people were being treated in hospitals in Huamanga."), ["at least 52 injured people"]);
  assert.deepEqual(claims("He is one of roughly 80 people still in hospitals after the clashes."), ["about 80 injured people"]);
  assert.deepEqual(claims("Doctors in hospitals worked through the night for 12 hours."), []);
});

test("who they were: farmworkers, teachers, drivers, medics", () => {
  assert.deepEqual(claims("Three farmworkers were killed on the highway near Ica."), ["exact 3 killed workers"]);
  assert.deepEqual(claims("Two teachers were arrested in the square."), ["exact 2 arrested teachers"]);
  assert.deepEqual(claims("Four medics were injured by pellets."), ["exact 4 injured health workers"]);
});

test("one person of each side is two people: 'one protester' and then 'one police officer'; 'six soldiers' and then 'six bodies' are the same six", () => {
  const text = "One protester was killed in the march. His death brings the toll to 58. One police officer has also been killed.";
  assert.deepEqual(claims(text).filter((c) => c.startsWith("exact 1 ")), ["exact 1 killed protesters", "exact 1 killed police"]);
  assert.deepEqual(claims("Six soldiers drowned in the river. Rescuers recovered six bodies by Sunday evening, the statement said."), ["exact 6 killed soldiers"]);
  // a figure told again of civilians by another name is the same figure
  assert.deepEqual(claims("Seventeen protesters were killed in Juliaca. Seventeen civilians died in Juliaca that day, the ombudsman said."), ["exact 17 killed protesters"]);
});

test("who they were, in more words: 'union and community leaders', 'four of its members', 'members of the security forces'", () => {
  assert.deepEqual(claims("At least 30 union and community leaders have been detained in the south."), ["at least 30 arrested leaders"]);
  assert.deepEqual(claims("The federation says four of its members have been killed since December."), ["exact 4 killed people"]);
  assert.deepEqual(claims("Two members of the security forces were killed."), ["exact 2 killed police"]);
  assert.deepEqual(claims("The 25 members of Congress voted to approve the measure."), []);
});

test("a figure recorded as a state: 'listed 5 people as missing'; a list of tallies after the same word: 'with 21 deaths, followed by Ayacucho with ten'", () => {
  assert.deepEqual(claims("Rights groups listed 5 people as missing."), ["exact 5 missing people"]);
  assert.deepEqual(claims("Police identified 3 men as suspects in the killing."), []);
  assert.deepEqual(claims("Puno registered the highest number of fatalities, with 21 deaths, followed by Ayacucho with ten and Apurímac with eight."), ["exact 21 killed people", "exact 10 killed people", "exact 8 killed people"]);
  assert.deepEqual(claims("Police arrived with 200 officers, with 12 trucks and with two helicopters."), []);
});

test("one person killed told by rank and name or by name and age, 'burned alive'; the same death told twice on one day is one", () => {
  assert.deepEqual(claims("The following night, a police officer was burned alive in his patrol car by a crowd."), ["exact 1 killed police"]);
  assert.deepEqual(claims("Police officer José Luis Soncco was burned alive in his patrol car."), ["exact 1 killed police"]);
  assert.deepEqual(claims("Víctor Santisteban, 55, died on Saturday after being hit by a tear gas canister."), ["exact 1 killed people"]);
  none("Rosa Quispe, 43, said her nephew was hit in the leg near the cemetery.");
  const twice = extractCasualties("", {
    lang: "es",
    sentences: ["En Lima, un manifestante murió el sábado durante la represión policial.", "Miles marcharon en Buenos Aires.", "Un manifestante de 55 años murió el sábado en el centro de la capital peruana."],
    placesIn: (s) => (s.includes("Lima") ? ["Lima"] : s.includes("Buenos Aires") ? ["Buenos Aires"] : []),
    dateIn: () => "2023-01-28",
  });
  assert.equal(twice.length, 1, JSON.stringify(twice));
});

test("one death told after a time ('And on Thursday a protester was killed'), with a name between commas, by the killers ('they killed a man'), with 'a 55-year-old worker'; 'we have buried more than 20'", () => {
  assert.deepEqual(claims("And on Thursday a protester was killed in Arequipa when police opened fire."), ["exact 1 killed protesters"]);
  assert.deepEqual(claims("That night, a police officer, José Luis Soncco, was beaten and burned to death inside his patrol car."), ["exact 1 killed police"]);
  assert.deepEqual(claims("On January 28 they killed a man in Lima, on Abancay Avenue."), ["exact 1 killed men"]);
  assert.deepEqual(claims("It reached the capital on Jan. 28, when Víctor Santisteban Yacsavilca, a 55-year-old worker, was killed on Abancay Avenue."), ["exact 1 killed workers"]);
  assert.deepEqual(claims("It reached the capital on Jan. 28, when Víctor Santisteban Yacsavilca, a 55-year-old from Lima, was killed on Abancay Avenue."), ["exact 1 killed people"]);
  assert.deepEqual(claims("In Puno alone we have buried more than 20."), ["over 20 killed people"]);
  // (a man who was wounded, or one the police held, is no death)
  assert.deepEqual(claims("Soldiers killed 10 people and a man was wounded."), ["exact 10 killed people"]);
  none("That night, police detained a man near the bridge.");
});

test("a part of a toll with its own state and circumstance: 'including 45 killed in direct clashes', and the list goes on", () => {
  assert.deepEqual(claims("At least 55 people have died since December, including 45 killed in clashes with security forces and one police officer."), ["at least 55 killed people", "exact 45 killed people", "exact 1 killed police"]);
  assert.deepEqual(claims("At least 55 people have died, including 45 killed."), ["at least 55 killed people"]);
});

test("'were treated in Juliaca's hospitals' are injured, 'treated at the scene' says nothing; 'In the early hours of Tuesday a police officer was killed'; an age in words", () => {
  assert.deepEqual(claims("More than 100 people were treated in Juliaca's hospitals, and medical staff appealed for blood donations."), ["over 100 injured people"]);
  none("Five people were treated at the scene.");
  assert.deepEqual(claims("In the early hours of Tuesday a police officer was killed after his patrol car was set alight."), ["exact 1 killed police"]);
  assert.deepEqual(claims("On January 28, Víctor Santisteban, a fifty-five-year-old street vendor, was killed by a tear gas canister."), ["exact 1 killed people"]);
});

test("a share of the dead told apart by who did it or where: 'Ten of the dead were shot by soldiers in Ayacucho'; not by how alone", () => {
  assert.deepEqual(claims("At least 28 people were killed. Ten of the dead were shot by soldiers in Ayacucho on 15 December."), ["at least 28 killed people", "exact 10 killed people"]);
  assert.deepEqual(claims("Four of the dead were killed in Juliaca."), ["exact 4 killed people"]);
  none("Two of the dead were shot in the head.");
});
