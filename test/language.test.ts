// Language detection answers the clear cases from distinctive function words and leaves the rest
// to ELD; these tests hold the two to the same answer and check what must be left to ELD.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { eld } from "eld/small";
import { detectLanguage, quickLanguage } from "../src/extract/language.ts";
import { segment } from "../src/extract/layout.ts";
import { PROJECT_ROOT } from "../src/build/paths.ts";

/** detectLanguage as it was before the fast path: ELD on every text */
function viaEld(text: string, fallback = "en"): string {
  const sample = text.slice(0, 1000);
  if (sample.replace(/[^\p{L}]/gu, "").length < 20) return fallback;
  const r = eld.detect(sample);
  return /^[a-z]{2,3}$/.test(r.language) && r.isReliable() ? r.language : fallback;
}

const PARAGRAPHS: Record<string, string> = {
  en: "At least 18 people were killed in clashes with the police in Juliaca on Monday, the ombudsman's office said, in the deadliest day of the unrest that followed the ousting of the former president. Health officials said that dozens of people had been injured and that several of them were in a serious condition. The government, which declared a curfew in the region, said it would investigate the deaths.",
  es: "Al menos 18 personas murieron el lunes en enfrentamientos con la policía en Juliaca, según la Defensoría del Pueblo, en la jornada más violenta de las protestas que siguieron a la destitución del expresidente. Las autoridades sanitarias dijeron que hay decenas de heridos y que varios de ellos están en estado grave. El Gobierno, que decretó un toque de queda en la región, dijo que investigará las muertes.",
  pt: "Pelo menos 18 pessoas morreram na segunda-feira em confrontos com a polícia em Juliaca, segundo a Defensoria do Povo, no dia mais violento dos protestos que se seguiram à destituição do ex-presidente. As autoridades de saúde disseram que há dezenas de feridos e que vários deles estão em estado grave. O governo, que decretou um toque de recolher na região, disse que vai investigar as mortes, e não deu mais detalhes.",
  fr: "Au moins 18 personnes ont été tuées lundi dans des affrontements avec la police à Juliaca, selon le bureau du défenseur du peuple, lors de la journée la plus meurtrière des manifestations qui ont suivi la destitution de l'ancien président. Les autorités sanitaires ont indiqué que des dizaines de personnes ont été blessées et que plusieurs sont dans un état grave. Le gouvernement, qui a décrété un couvre-feu dans la région, a dit qu'il enquêterait sur ces morts.",
  it: "Almeno 18 persone sono state uccise lunedì negli scontri con la polizia a Juliaca, secondo l'ufficio del difensore civico, nella giornata più violenta delle proteste che sono seguite alla destituzione dell'ex presidente. Le autorità sanitarie hanno detto che decine di persone sono state ferite e che molte di loro sono in gravi condizioni. Il governo, che ha dichiarato il coprifuoco nella regione, ha detto che indagherà sulle morti, anche quelle dei giorni scorsi.",
  de: "Bei Zusammenstößen mit der Polizei in Juliaca sind am Montag nach Angaben der Ombudsstelle mindestens 18 Menschen getötet worden, der blutigste Tag der Proteste nach der Absetzung des früheren Präsidenten. Die Gesundheitsbehörden teilten mit, dass Dutzende Menschen verletzt wurden und sich mehrere von ihnen in einem ernsten Zustand befinden. Die Regierung, die in der Region eine Ausgangssperre verhängt hat, will die Todesfälle untersuchen.",
  ca: "Almenys 18 persones van morir dilluns en enfrontaments amb la policia a Juliaca, segons la Defensoria del Poble, en la jornada més violenta de les protestes que van seguir la destitució de l'expresident. Les autoritats sanitàries van dir que hi ha desenes de ferits i que alguns dels ferits són en estat greu. El govern, que va decretar un toc de queda a la regió, va dir que investigarà les morts amb els fiscals.",
  gl: "Polo menos 18 persoas morreron o luns en enfrontamentos coa policía en Juliaca, segundo a Defensoría do Pobo, na xornada máis violenta das protestas que seguiron á destitución do expresidente. As autoridades sanitarias dixeron que hai decenas de feridos e que varios deles están en estado grave. O Goberno, que decretou un toque de queda na rexión, dixo que investigará as mortes e que non haberá impunidade.",
  nl: "Bij botsingen met de politie in Juliaca zijn maandag volgens de ombudsman ten minste 18 mensen om het leven gekomen, de dodelijkste dag van de protesten na de afzetting van de voormalige president. Gezondheidsfunctionarissen zeiden dat tientallen mensen gewond zijn geraakt en dat een aantal van hen in ernstige toestand verkeert. De regering, die een avondklok heeft ingesteld, zegt de doden te zullen onderzoeken.",
  ru: "По меньшей мере 18 человек погибли в понедельник в столкновениях с полицией в Хулиаке, сообщило бюро омбудсмена. Это самый кровавый день протестов после отстранения бывшего президента. Правительство объявило комендантский час.",
};

test("language: the fast path answers clear English, Spanish, Portuguese, French, Italian and German", () => {
  for (const lang of ["en", "es", "pt", "fr", "it", "de"]) {
    assert.equal(quickLanguage(PARAGRAPHS[lang]), lang, lang);
    assert.equal(detectLanguage(PARAGRAPHS[lang]), viaEld(PARAGRAPHS[lang]), lang);
  }
});

test("language: Portuguese, French, Italian, Catalan and Galician are never taken for Spanish", () => {
  for (const lang of ["pt", "fr", "it", "ca", "gl"]) {
    const text = PARAGRAPHS[lang];
    assert.notEqual(quickLanguage(text), "es", lang);
    for (const half of [text.slice(0, text.length >> 1), text.slice(text.length >> 1)]) assert.notEqual(quickLanguage(half), "es", lang);
    assert.equal(detectLanguage(text), viaEld(text), lang);
  }
});

test("language: rival languages, other scripts, short and mixed texts go to ELD", () => {
  for (const lang of ["ca", "gl", "nl", "ru"]) assert.equal(quickLanguage(PARAGRAPHS[lang]), null, lang);
  assert.equal(quickLanguage("The police said that."), null, "too few words");
  assert.equal(quickLanguage("Según la policía, el jueves."), null);
  assert.equal(quickLanguage(`${PARAGRAPHS.en} ${PARAGRAPHS.es}`), null, "English then Spanish");
  assert.equal(quickLanguage(`${PARAGRAPHS.es} ${PARAGRAPHS.en}`), null, "Spanish then English");
  assert.equal(quickLanguage(`${PARAGRAPHS.pt} ${PARAGRAPHS.es}`), null, "Portuguese then Spanish");
  const mixed = [PARAGRAPHS.en, PARAGRAPHS.es, PARAGRAPHS.fr, PARAGRAPHS.it, PARAGRAPHS.pt, PARAGRAPHS.de].map((p) => p.split(". ")[0] + ".").join(" ");
  assert.equal(quickLanguage(mixed), null, "a sentence of each");
  for (const t of ["", "   ", "12345 67890 !!!", "Lima", "Juliaca, Puno", "é", "🙂🙂🙂", "Es", "The"]) {
    assert.equal(detectLanguage(t, "xx"), viaEld(t, "xx"), JSON.stringify(t));
  }
});

test("language: same answer as ELD alone on every seed and Spanish fixture, whole and paragraph by paragraph", () => {
  const dirs = [join(PROJECT_ROOT, "seeds"), join(PROJECT_ROOT, "test/fixtures/es")];
  let n = 0, fast = 0;
  for (const d of dirs) {
    for (const f of readdirSync(d).filter((x) => x.endsWith(".txt"))) {
      const text = readFileSync(join(d, f), "utf8");
      const plain = segment(text).plain;
      for (const t of [text, plain.join("\n\n"), ...plain, ...Object.values(PARAGRAPHS)]) {
        assert.equal(detectLanguage(t), viaEld(t), `${f}: ${t.slice(0, 120)}`);
      }
      // the fast path is for what the build asks about: a whole article's text
      for (const t of [text, plain.join("\n\n")]) {
        n++;
        if (quickLanguage(t.slice(0, 1000))) fast++;
      }
    }
  }
  assert.ok(fast > n / 2, `fast path on only ${fast} of ${n}`);
});
