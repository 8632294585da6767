// Spanish-language articles: every extractor on short texts written for each rule, positive and
// negative. None is taken from a real article.
import { test } from "node:test";
import assert from "node:assert/strict";
import { ES_NUMBERS, findNumbers, parseDigits, parseNumber, tokenize } from "../src/extract/numbers.ts";
import { extractCasualties, mayStateCasualties } from "../src/extract/casualties.ts";
import { eventDateIn, extractPublicationDate } from "../src/extract/date.ts";
import { extractPlaces, findPlaceMentions } from "../src/extract/places.ts";
import { segment, isByline, isChrome, isDateline } from "../src/extract/layout.ts";
import { extractTitle } from "../src/extract/title.ts";
import { extractAuthor } from "../src/extract/author.ts";
import { extractSource } from "../src/extract/source.ts";
import { detectLanguage } from "../src/extract/language.ts";
import { buildRecord } from "../src/records/build-record.ts";
import type { Seed } from "../src/ingest/read-seeds.ts";

// ---- numbers ----

test("es numbers: words, compounds with 'y', hundreds, 'mil'", () => {
  const n = (s: string) => parseNumber(s, ES_NUMBERS);
  assert.equal(n("dieciocho"), 18);
  assert.equal(n("veintiún"), 21);
  assert.equal(n("veintidos"), 22, "accents dropped");
  assert.equal(n("treinta y dos"), 32);
  assert.equal(n("ciento veinte"), 120);
  assert.equal(n("doscientos tres"), 203);
  assert.equal(n("mil quinientos"), 1500);
  assert.equal(n("dos mil quinientos"), 2500);
  assert.equal(n("una docena"), 12);
  assert.equal(n("dos docenas"), 24);
  assert.equal(n("un centenar"), 100);
  assert.equal(n("media docena"), 6);
});

test("es numbers: 1.500 is fifteen hundred, 1,500 too, 1,5 is a decimal", () => {
  assert.equal(parseDigits("1.500", ES_NUMBERS), 1500);
  assert.equal(parseDigits("1.301", ES_NUMBERS), 1301);
  assert.equal(parseDigits("1,500", ES_NUMBERS), 1500);
  assert.equal(parseDigits("1,5", ES_NUMBERS), 1.5);
  assert.equal(parseNumber("1,5", ES_NUMBERS), null, "not a whole count");
});

test("es numbers: vague amounts keep their ACLED reading; 'y' joins only tens and units", () => {
  const v = (s: string) => findNumbers(tokenize(s), ES_NUMBERS).map((m) => [m.text, m.value, m.estimate]);
  assert.deepEqual(v("decenas de heridos"), [["decenas", null, 10]]);
  assert.deepEqual(v("docenas de heridos"), [["docenas", null, 12]]);
  assert.deepEqual(v("cientos de detenidos"), [["cientos", null, 100]]);
  assert.deepEqual(v("centenares de detenidos"), [["centenares", null, 100]]);
  assert.deepEqual(v("decenas de miles de personas"), [["decenas de miles", null, 10000]]);
  assert.deepEqual(v("varios heridos"), [["varios", null, null]]);
  assert.deepEqual(v("dos y tres"), [["dos", 2, null], ["tres", 3, null]]);
  assert.deepEqual(v("treinta y cuarenta"), [["treinta", 30, null], ["cuarenta", 40, null]]);
});

// ---- casualties ----

const es = (text: string) =>
  extractCasualties(text, { lang: "es" }).map((c) => `${c.qualifier} ${c.count ?? "~" + c.estimate} ${c.kind} ${c.who}${c.total ? " total" : ""}`);
const noneEs = (text: string) => assert.deepEqual(es(text), [], text);

test("es casualties: subject + state, in every gender and number", () => {
  assert.deepEqual(es("Al menos 17 personas murieron en Juliaca."), ["at least 17 killed people"]);
  assert.deepEqual(es("68 personas resultaron heridas."), ["exact 68 injured people"]);
  assert.deepEqual(es("45 manifestantes fueron arrestados en Lima."), ["exact 45 arrested protesters"]);
  assert.deepEqual(es("Nueve agentes resultaron lesionados."), ["exact 9 injured police"]);
  assert.deepEqual(es("Cinco militares fueron dados por desaparecidos."), ["exact 5 missing soldiers"]);
  assert.deepEqual(es("Unas 700 personas han sido detenidas."), ["about 700 arrested people"]);
  assert.deepEqual(es("Dos civiles perdieron la vida."), ["exact 2 killed civilians"]);
  assert.deepEqual(es("Tres comuneros fueron asesinados."), ["exact 3 killed peasants"]);
  assert.deepEqual(es("Doce efectivos policiales fueron capturados."), ["exact 12 arrested police"]);
});

test("es casualties: verb first, with the personal 'a'", () => {
  assert.deepEqual(es("Murieron dieciocho personas."), ["exact 18 killed people"]);
  assert.deepEqual(es("Fueron detenidas 30 personas."), ["exact 30 arrested people"]);
  assert.deepEqual(es("Resultaron heridos más de 40 agentes."), ["over 40 injured police"]);
  assert.deepEqual(es("La policía detuvo a 15 personas."), ["exact 15 arrested people"]);
  assert.deepEqual(es("Los soldados mataron a dos campesinos."), ["exact 2 killed peasants"]);
  assert.deepEqual(es("Fallecieron 21 personas, la mayoría por impactos de bala."), ["exact 21 killed people"]);
});

test("es casualties: the historical present of timelines and headlines", () => {
  assert.deepEqual(es("Mueren dos adolescentes, de 15 y 18 años, en Andahuaylas."), ["exact 2 killed teenagers"]);
  assert.deepEqual(es("Diez personas mueren en Ayacucho."), ["exact 10 killed people"]);
  assert.deepEqual(es("La policía detiene a 193 personas."), ["exact 193 arrested people"]);
  assert.deepEqual(es("Resultan heridos 12 agentes."), ["exact 12 injured police"]);
});

test("es casualties: figure + casualty noun, and nouns of action before the figure", () => {
  assert.deepEqual(es("Los choques dejaron 6 muertos y 40 heridos."), ["exact 6 killed people", "exact 40 injured people"]);
  assert.deepEqual(es("Se registraron 49 víctimas mortales."), ["exact 49 killed people"]);
  assert.deepEqual(es("Hubo más de 60 detenidos."), ["over 60 arrested people"]);
  assert.deepEqual(es("La ONU pidió investigar la muerte de al menos 57 personas."), ["at least 57 killed people"]);
  assert.deepEqual(es("Preocupa la detención de más de 500 personas."), ["over 500 arrested people"]);
  assert.deepEqual(es("La policía informó de la captura de dos docenas de personas."), ["exact 24 arrested people"]);
  assert.deepEqual(es("Detuvieron a un centenar de manifestantes."), ["about 100 arrested protesters"]);
});

test("es casualties: qualifiers al menos, más de, cerca de, unos, alrededor de, casi, hasta", () => {
  assert.deepEqual(es("Al menos 10 personas murieron."), ["at least 10 killed people"]);
  assert.deepEqual(es("Más de 10 personas murieron."), ["over 10 killed people"]);
  assert.deepEqual(es("Cerca de 10 personas murieron."), ["nearly 10 killed people"]);
  assert.deepEqual(es("Unos 10 manifestantes murieron."), ["about 10 killed protesters"]);
  assert.deepEqual(es("Alrededor de 10 personas murieron."), ["about 10 killed people"]);
  assert.deepEqual(es("Casi 10 personas murieron."), ["nearly 10 killed people"]);
  assert.deepEqual(es("Hasta 10 personas murieron."), ["up to 10 killed people"]);
  assert.deepEqual(es("Otras siete personas murieron."), ["exact 7 killed people"]);
});

test("es casualties: running totals, in either order", () => {
  assert.deepEqual(es("La cifra de muertos ascendió a 49."), ["exact 49 killed people total"]);
  assert.deepEqual(es("El saldo de fallecidos se eleva a 66, incluido un policía."), ["exact 66 killed people total"]);
  assert.deepEqual(es("El número de víctimas mortales llegó a 18."), ["exact 18 killed people total"]);
  assert.deepEqual(es("La Defensoría elevó a 49 la cifra de muertos."), ["exact 49 killed people total"]);
  assert.deepEqual(es("Ya son 49 los fallecidos."), ["exact 49 killed people total"]);
  assert.deepEqual(es("La cifra oficial de muertos es de 49."), ["exact 49 killed people total"]);
  assert.deepEqual(es("Las víctimas mortales suben a siete."), ["exact 7 killed people total"]);
  assert.deepEqual(es("Los fallecidos llegan ya a 60."), ["exact 60 killed people total"]);
  noneEs("Las pérdidas, según la cifra oficial, llegan a 600 millones.");
});

test("es casualties: vague figures keep count null and the estimate", () => {
  assert.deepEqual(es("Decenas de manifestantes resultaron heridos."), ["at least ~10 injured protesters"]);
  assert.deepEqual(es("Docenas de personas fueron detenidas."), ["at least ~12 arrested people"]);
  assert.deepEqual(es("Cientos de personas fueron detenidas."), ["at least ~100 arrested people"]);
  assert.deepEqual(es("Centenares de comuneros resultaron heridos."), ["at least ~100 injured peasants"]);
  assert.deepEqual(es("Varios policías resultaron heridos."), ["at least ~null injured police"]);
});

test("es casualties: 'un'/'una' count one only as victims, not as an article", () => {
  assert.deepEqual(es("Un policía murió calcinado."), ["exact 1 killed police"]);
  assert.deepEqual(es("El enfrentamiento dejó un muerto."), ["exact 1 killed people"]);
  assert.deepEqual(es("Un joven de 19 años murió por un disparo."), ["exact 1 killed youths"]);
  assert.deepEqual(es("Un agente de la Policía Nacional murió en Juliaca."), ["exact 1 killed police"]);
  // (one death, and no figure of the injured: the wound is how he died)
  assert.deepEqual(es("Un manifestante herido en Macusani falleció en Arequipa."), ["exact 1 killed protesters"]);
  noneEs("El hombre llegó con una herida de bala en el abdomen.");
});

test("es casualties: who", () => {
  const who = (s: string) => extractCasualties(s, { lang: "es" }).map((c) => c.who);
  assert.deepEqual(who("Dos protestantes murieron."), ["protesters"]);
  assert.deepEqual(who("Dos policías murieron."), ["police"]);
  assert.deepEqual(who("Dos agentes murieron."), ["police"]);
  assert.deepEqual(who("Dos civiles murieron."), ["civilians"]);
  assert.deepEqual(who("Dos soldados murieron."), ["soldiers"]);
  assert.deepEqual(who("Dos militares murieron."), ["soldiers"]);
  assert.deepEqual(who("Dos personas murieron."), ["people"]);
  assert.deepEqual(who("Murieron dos."), ["people"]);
});

test("es casualties: never percentages, money, ages, years, dates, ordinals, marchers, objects", () => {
  noneEs("El 51 % de los heridos eran jóvenes.");
  noneEs("El 20 por ciento de los detenidos son mujeres.");
  noneEs("El Gobierno pagará S/ 40 millones a las familias de los fallecidos.");
  noneEs("Las pérdidas llegan a 40 millones de soles, según los heridos.");
  noneEs("Una joven de 15 años resultó herida.".replace("Una joven", "La joven"));
  noneEs("En 2023 hubo protestas con heridos.");
  noneEs("El 9 de enero murieron manifestantes.");
  noneEs("Es la décima semana de protestas con heridos.");
  noneEs("Unos 1.500 manifestantes atacaron una comisaría con heridos dentro.");
  noneEs("La policía lanzó 300 bombas lacrimógenas contra los heridos.");
  noneEs("A las 17:00 horas murieron manifestantes.");
  noneEs("La Ley 31.012 protege a los policías que hieran a manifestantes.");
  noneEs("Hace 30 días murieron manifestantes.");
});

test("es casualties: subsets and references restate their group; a named group within a figure is a figure", () => {
  assert.deepEqual(es("68 personas resultaron heridas, entre ellas 13 policías."), ["exact 68 injured people", "exact 13 injured police"]);
  assert.deepEqual(es("Al menos 12 personas resultaron heridas, entre ellas un reportero gráfico."), ["at least 12 injured people"]);
  assert.deepEqual(es("Según el reporte, 48 de los fallecidos son civiles."), ["exact 48 killed civilians"]);
  assert.deepEqual(es("Fueron capturados 17 jóvenes, cinco de ellos menores de edad."), ["exact 17 arrested youths", "exact 5 arrested minors"]);
  assert.deepEqual(es("De los 60 fallecidos, 49 murieron en choques."), ["exact 49 killed people"], "the 60 were given before; the 49 are news");
  assert.deepEqual(es("Se reportaron 120 personas heridas: 32 civiles —entre ellos tres menores de edad—, 88 efectivos policiales y una víctima mortal."), ["exact 120 injured people", "exact 32 injured civilians", "exact 3 injured minors", "exact 88 injured police", "exact 1 killed people"]);
  noneEs("Busca a su hijo, uno de los cinco militares desaparecidos.");
  noneEs("No hubo muertos ni heridos.");
});

test("es casualties: the prefilter and the lexicon follow the language", () => {
  assert.equal(mayStateCasualties("Murieron 18 personas.", "es"), true);
  assert.equal(mayStateCasualties("Murieron 18 personas.", "en"), false);
  assert.deepEqual(extractCasualties("Murieron 18 personas.", { lang: "en" }), []);
  assert.deepEqual(extractCasualties("Eighteen people died.", { lang: "es-PE" }).length, 0);
});

// ---- dates ----

const pub = (text: string) => extractPublicationDate(text, { lang: "es", today: "2026-11-22" });
const BODY = "\n\nLos manifestantes bloquearon la carretera, informaron las autoridades. En diciembre de 2022 comenzaron las protestas.";

test("es publication dates: header lines in the formats Spanish pages use", () => {
  for (const line of [
    "9 de enero de 2023",
    "Lunes 9 de enero de 2023",
    "Lima, lunes 9 de enero del 2023",
    "Publicado el 09/01/2023",
    "Actualizado: 09/01/2023 - 10:45 a. m.",
    "9 de enero de 2023 - 10:45",
    "Puno, 9 de enero de 2023 | 07:15 h",
    "9 Ene, 2023",
    "9 enero 2023",
    "Enero 9, 2023",
    "2023-01-09",
    "Publicado el 9 de enero de 2023 - 7:05 am | Actualizado el 10 de enero de 2023 - 11:52 pm",
    "lun, 9 de enero de 2023, 4:37 p. m. · 3 min de lectura",
  ]) {
    const r = pub("Titular de la nota\n\n" + line + BODY);
    assert.equal(r.date, "2023-01-09", line);
    assert.equal(r.source, "text", line);
  }
});

test("es publication dates: wire datelines (Reuters, EFE, AFP, Europa Press, Andina)", () => {
  for (const line of ["LIMA, 9 ene (Reuters) - Al menos", "Lima, 9 ene (EFE).- Al menos", "Lima, 9 de enero de 2023.- Al menos", "Lima, 9 ene 2023 (AFP) - Al menos", "MADRID, 9 Ene. (EUROPA PRESS) -", "Huamanga, ene. 9 (ANDINA). El gobierno"]) {
    const r = pub("Titular\n\n" + line + " murieron." + BODY);
    assert.equal(r.date, "2023-01-09", line);
  }
});

test("es publication dates: 12/01/2023 is day first; a month-less Europa Press dateline", () => {
  assert.equal(pub("Titular\n\nPublicado el 12/01/2023" + BODY).date, "2023-01-12");
  const r = pub("Titular\n\nMADRID, 10 (EUROPA PRESS)\n\nLa Defensoría informó este viernes de una muerte ocurrida el pasado 9 de enero. En diciembre de 2022 comenzaron.");
  assert.equal(r.date, "2023-02-10", "the first 10th after the latest event that is a Friday");
});

test("es publication dates: an announced date is not the story's date", () => {
  const r = pub("Titular\n\nLos manifestantes marcharon el 9 de enero de 2023. El Congreso votará el próximo 27 de enero. Se realizará una marcha el 30 de enero.");
  assert.equal(r.source, "inferred");
  assert.equal(r.date, "2023-01-09");
});

test("es event dates: ayer, anoche, weekdays, el pasado, el próximo, explicit days", () => {
  const ref = "2023-01-14"; // a Saturday
  const ev = (s: string) => eventDateIn(s, ref, { lang: "es" });
  assert.equal(ev("Murieron ayer."), "2023-01-13");
  assert.equal(ev("Murieron anoche."), "2023-01-13");
  assert.equal(ev("Murieron anteayer."), "2023-01-12");
  assert.equal(ev("Murieron hoy."), "2023-01-14");
  assert.equal(ev("Murieron el viernes."), "2023-01-13");
  assert.equal(ev("Murieron este sábado."), "2023-01-14");
  assert.equal(ev("Murieron el pasado lunes."), "2023-01-09");
  assert.equal(ev("Marcharán el próximo lunes."), "2023-01-16");
  assert.equal(ev("Murieron el 9 de enero."), "2023-01-09");
  assert.equal(ev("Murieron el 28 de diciembre."), "2022-12-28");
  assert.equal(ev("Desde el 7 de diciembre han muerto 40."), null, "a period's start is not the event's day");
  assert.equal(ev("Domingo Pérez, el fiscal, lo dijo."), null, "a capitalized weekday mid-sentence is a name");
});

// ---- places ----

const placeNames = (text: string) => extractPlaces(text).map((p) => `${p.name}:${p.spellings.join("/")}`);

test("es places: Spanish names map to the canonical place and keep their spelling", () => {
  assert.deepEqual(placeNames("Viajó a Egipto y luego a El Cairo."), ["Egypt:Egipto", "Cairo:El Cairo"]);
  assert.deepEqual(placeNames("Protestas en Cuzco."), ["Cusco:Cuzco"]);
  assert.deepEqual(placeNames("Estados Unidos y Brasil pidieron calma."), ["United States:Estados Unidos", "Brazil:Brasil"]);
  assert.deepEqual(placeNames("El Departamento de Estado de EE.UU. llamó a la calma."), ["United States:EE.UU."]);
  assert.deepEqual(placeNames("La reunión fue en Ginebra y después en Londres."), ["Genève:Ginebra", "London:Londres"]);
  assert.deepEqual(placeNames("Llegó a Nueva York."), ["New York City:Nueva York"]);
});

test("es places: datelines, lists of districts, provinces and regions", () => {
  assert.deepEqual(placeNames("MADRID, 27 Ene. (EUROPA PRESS) -\n\nLa ONU habló."), ["Madrid:MADRID"]);
  assert.deepEqual(placeNames("Participan personas de los distritos de Pilcuyo y Zepita."), ["Pilcuyo:Pilcuyo", "Zepita:Zepita"]);
  assert.deepEqual(placeNames("En la provincia de El Collao hubo bloqueos."), ["El Collao:El Collao"]);
  assert.deepEqual(placeNames("Ayacucho: declaran duelo. El Gobierno Regional de Ayacucho declaró tres días de duelo."), ["Ayacucho:Ayacucho"]);
});

test("es places: people, organisations, streets and common words are not places", () => {
  assert.deepEqual(placeNames("Victoria Paz, vocera, dijo que no. Esperanza Quispe también habló."), []);
  assert.deepEqual(placeNames("La Paz social es un objetivo. La Unión Europea pidió diálogo."), []);
  assert.deepEqual(placeNames("José Carlos Mariátegui escribió sobre el indio."), []);
  assert.deepEqual(placeNames("La Universidad Nacional Mayor de San Marcos fue intervenida."), []);
  assert.deepEqual(placeNames("Marcharon por la avenida Abancay y el jirón Lampa hasta la plaza San Martín."), []);
  assert.deepEqual(placeNames("La Defensoría del Pueblo informó."), []);
  // a country keeps its name inside its institutions, in Spanish as in English ("US State Department")
  assert.deepEqual(placeNames("La Policía Nacional del Perú informó."), ["Peru:Perú"]);
});

test("es places: 'Hospital de Huanta' is in Huanta, 'Cusco declaró' after 'de' is not a person", () => {
  assert.deepEqual(placeNames("Los heridos llegaron al Hospital de Huanta."), ["Huanta:Huanta"]);
  assert.deepEqual(placeNames("El Gobierno Regional de Cusco declaró la emergencia."), ["Cusco:Cusco"]);
  assert.equal(findPlaceMentions("Romero dijo que no.").length, 0);
});

// ---- layout, title, author, source ----

function fields(text: string) {
  const l = segment(text);
  const t = extractTitle(l.header, l.plain[0] ?? null);
  const author = extractAuthor(l);
  return { layout: l, ...t, author, source: extractSource(l, author).source };
}
const LEAD = "Al menos 17 personas murieron el lunes en enfrentamientos entre manifestantes y la policía en la ciudad de Juliaca, en el sur de Perú, informó la Defensoría del Pueblo.";

test("es layout: Spanish chrome is removed from header and body", () => {
  const f = fields(
    `Menú\n\nBuscar\n\nSuscríbete\n\nPolítica\n\nProtestas dejan 17 muertos en Juliaca\n\nPor Carla Mendoza Quispe\n\nCompartir en Facebook\n\nCompartir\n\n${LEAD}\n\nPublicidad\n\nLee también: Boluarte descarta renunciar\n\nTe puede interesar\n\nCongreso rechaza adelanto de elecciones\n\nEl Gobierno decretó un toque de queda.\n\nSíguenos en Google News\n\nEtiquetas:\nPuno\nProtestas\n\nRelacionadas\n\nOtra nota sobre el paro\n\nFoto: Andina\n\n© 2023 La República. Todos los derechos reservados.`,
  );
  assert.equal(f.title, "Protestas dejan 17 muertos en Juliaca");
  assert.equal(f.author, "Carla Mendoza Quispe");
  assert.equal(f.source, "La República");
  assert.deepEqual(f.layout.plain, [LEAD, "El Gobierno decretó un toque de queda."]);
});

test("es layout: a long standfirst before the byline stays in the header", () => {
  const f = fields(`Paro nacional: bloqueos en diez regiones\n\nLas movilizaciones se concentraron en el sur del país. La Policía reportó enfrentamientos en Puno, Cusco y Apurímac.\n\nPor Carla Mendoza\n\nActualizado el 19/01/2023 21:40 h\n\n${LEAD}`);
  assert.equal(f.author, "Carla Mendoza");
  assert.equal(f.layout.plain[0], LEAD);
});

test("es bylines and datelines: 'Por Nombre' is a byline, 'Por qué…' is a headline", () => {
  assert.equal(isByline("Por Carla Mendoza Quispe"), true);
  assert.equal(isByline("Por: Juan Pérez"), true);
  assert.equal(isByline("Por qué el sur de Perú se levantó contra Lima"), false);
  assert.equal(isDateline("Publicado el 12/01/2023"), true);
  assert.equal(isDateline("12 de enero de 2023 - 10:45"), true);
  assert.equal(isDateline("Lima, 19 de enero de 2023"), true);
  assert.equal(isDateline("Las protestas del 19 de enero de 2023 dejaron muertos"), false);
  const f = fields(`Por qué el sur de Perú se levantó contra Lima\n\n${LEAD}`);
  assert.equal(f.title, "Por qué el sur de Perú se levantó contra Lima");
  assert.equal(f.author, null);
});

test("es authors: desks and agencies are not people; Reuters' sign-off names the reporter", () => {
  assert.equal(fields(`Titular de la nota aquí\n\nRedacción EC\n\n${LEAD}`).author, null);
  assert.equal(fields(`Titular de la nota aquí\n\nPor Agencia Andina\n\n${LEAD}`).author, null);
  assert.equal(fields(`Titular de la nota aquí\n\nPor Juan Pérez / Enviado especial\n\n${LEAD}`).author, "Juan Pérez");
  assert.equal(fields(`Titular de la nota aquí\n\n${LEAD}\n\n(Reporte de Marco Aquino; editado en español por Lucía Fernández)`).author, "Marco Aquino");
});

test("es sources: agency datelines, credits, copyright lines, desks", () => {
  const src = (text: string) => fields(text).source;
  assert.equal(src(`Titular de la nota aquí\n\nLIMA, 9 ene (Reuters) - ${LEAD}`), "Reuters");
  assert.equal(src(`Titular de la nota aquí\n\nLima, 9 ene (EFE).- ${LEAD}`), "EFE");
  assert.equal(src(`Titular de la nota aquí\n\nHuamanga, dic. 16 (ANDINA). ${LEAD}`), "Andina");
  assert.equal(src(`Titular de la nota aquí\n\nMADRID, 10 (EUROPA PRESS)\n\n${LEAD}`), "Europa Press");
  assert.equal(src(`Titular de la nota aquí\n\nFuente: Andina\n\n${LEAD}`), "Andina");
  assert.equal(src(`Titular de la nota aquí\n\n${LEAD}\n\nEFE\n\nja/mr`), "EFE");
  assert.equal(src(`Titular de la nota aquí\n\n${LEAD}\n\nEl Gobierno no respondió. (AFP)`), "AFP");
  assert.equal(src(`Titular de la nota aquí\n\n${LEAD}\n\n© Agencia Peruana de Noticias Andina. Todos los derechos reservados.`), "Andina");
  assert.equal(src(`Titular de la nota aquí\n\nRedacción BBC News Mundo\n\n${LEAD}`), "BBC News Mundo");
  assert.equal(src(`Titular de la nota aquí\n\nLima, 19 de enero de 2023\n\n${LEAD}`), null, "a dateline's city is not a publication");
  assert.equal(src(`Titular de la nota aquí\n\n${LEAD} "No", dijo a EFE un dirigente.`), null, "an agency quoted in the body is not the source");
});

test("es: an agency's name alone mid-article is a photo credit, not the footer", () => {
  const l = segment(`Titular de la nota aquí\n\n${LEAD}\n\nEFE\n\nSegundo párrafo del artículo.\n\nTercer párrafo del artículo.\n\nCuarto párrafo del artículo.\n\nQuinto párrafo del artículo.`);
  assert.ok(l.plain.includes("Quinto párrafo del artículo."));
  assert.deepEqual(l.footer, []);
});

// ---- the record ----

function seed(body: string, frontMatter: Seed["frontMatter"] = {}): Seed {
  return { file: "nota.txt", path: "nota.txt", hash: "x", body, frontMatter, warnings: [], errors: [] };
}

test("es record: the language is detected and every extractor reads Spanish", () => {
  const r = buildRecord(seed(`Protestas en Perú dejan 17 muertos en Juliaca\n\nLIMA, 10 ene (Reuters) - ${LEAD} Otras 68 personas resultaron heridas. En diciembre de 2022 comenzaron las protestas.`));
  assert.equal(r.lang, "es");
  assert.equal(r.date, "2023-01-10");
  assert.equal(r.source, "Reuters");
  assert.deepEqual(r.casualties.map((c) => `${c.count} ${c.kind} ${c.place}`), ["17 killed Juliaca", "68 injured null"]);
  assert.ok(r.places.some((p) => p.name === "Peru" && p.spellings.includes("Perú")));
});

test("es record: front matter lang overrides detection", () => {
  assert.equal(detectLanguage(LEAD), "es");
  const r = buildRecord(seed(`Titular de prueba en la nota\n\n${LEAD}`, { lang: "en" }));
  assert.equal(r.lang, "en");
  assert.deepEqual(r.casualties, [], "English tables find no figure in Spanish words");
});

test("es casualties: 'son al menos 17 las personas muertas', 'medio centenar'", () => {
  const es = (t: string) => extractCasualties(t, { lang: "es" }).map((c) => `${c.qualifier} ${c.count} ${c.kind}`);
  assert.deepEqual(es("Con las víctimas de Ayacucho, son al menos 17 las personas muertas en las protestas."), ["at least 17 killed"]);
  assert.deepEqual(es("Más de medio centenar de personas resultaron heridas."), ["over 50 injured"]);
});

test("es casualties: perfect tenses of active verbs, and a year after a date", () => {
  assert.deepEqual(es("Antes de Juliaca, el Ejército había matado a 10 personas en Ayacucho, y otras seis murieron en Andahuaylas."), ["exact 10 killed people", "exact 6 killed people"]);
  assert.deepEqual(es("La policía ha detenido a 15 personas en Huamanga."), ["exact 15 arrested people"]);
  noneEs("En la madrugada del 10 de enero de 2023 murió además el suboficial José Luis Soncco.");
});

test("Spanish: a share that passed into another state, the group counted, a total since December", () => {
  assert.deepEqual(es("Dos de los 52 heridos murieron en el hospital."), ["exact 2 killed people"]);
  assert.deepEqual(es("Desde diciembre han muerto más de 60 personas."), ["over 60 killed people total"]);
  assert.deepEqual(es("Solo el viernes hubo 58 heridos en todo el país."), ["exact 58 injured people"]);
});

test("Spanish: a figure that shares the verb before it ('y otras nueve en …')", () => {
  assert.deepEqual(es("La Defensoría contabiliza al menos 42 personas fallecidas en enfrentamientos, y otras nueve en hechos vinculados a los bloqueos."), ["at least 42 killed people", "exact 9 killed people"]);
});

test("Spanish: victims with a complement past a longer name ('agentes de la Policía Nacional'), 'internados', a '.—' dateline", () => {
  assert.deepEqual(es("17 agentes de la Policía Nacional permanecen internados en Puno."), ["exact 17 injured police"]);
  assert.deepEqual(es("Dos agentes de la Policía Nacional murieron."), ["exact 2 killed police"]);
  const r = extractCasualties("Lima.— La cifra de fallecidos en Juliaca se elevó a 14 el lunes.", { lang: "es", placesIn: (s) => ["Lima", "Juliaca"].filter((p) => s.includes(p)) });
  assert.equal(r[0]?.place, "Juliaca");
});

test("Spanish: 'se han cobrado la vida de', 'ha costado la vida a'", () => {
  assert.deepEqual(es("Las protestas ya se han cobrado la vida de 42 personas."), ["exact 42 killed people"]);
  assert.deepEqual(es("La represión ha costado la vida a 60 peruanos."), ["exact 60 killed people"]);
});

test("Spanish: a text that names its own day ('este lunes 6 de marzo') names earlier days with the article alone", async () => {
  const { extractPublicationDate } = await import("../src/extract/date.ts");
  const d = (t: string) => extractPublicationDate(t, { lang: "es" }).date;
  assert.equal(d("Este lunes 6 de marzo de 2023 se recuperó el último cuerpo. En Juli, los enfrentamientos del sábado dejaron 18 heridos."), "2023-03-06");
  // a wire lead's "el domingo", with no day of its own named, is the day of the news
  assert.equal(d("CUSCO (AP) — Cientos de turistas fueron evacuados el domingo, mientras seguían las protestas que empezaron el 7 de diciembre de 2022."), "2022-12-11");
});

test("Spanish: 'atendidos en hospitales' is injured, 'seguían sin ser ubicados' is missing", () => {
  assert.deepEqual(es("El Ministerio de Salud reportó 16 civiles atendidos en hospitales de Lima."), ["exact 16 injured civilians"]);
  assert.deepEqual(es("Al menos dos jóvenes que participaron en la marcha seguían sin ser ubicados por sus familias."), ["at least 2 missing youths"]);
});

test("es casualties: an article before a thing counts nobody; 'resultaron con lesiones'; 'superaron los'; a chronicle's 'mataría a'; a riser after another subject", () => {
  assert.deepEqual(es("El ministerio señaló en un comunicado que 75 policías resultaron heridos."), ["exact 75 injured police"]);
  assert.deepEqual(es("Dos agentes resultaron con lesiones leves durante el desalojo."), ["exact 2 injured police"]);
  assert.deepEqual(es("Se reportaron 16 civiles atendidos en hospitales de Lima, dos de ellos con heridas de perdigones."), ["exact 16 injured civilians"]);
  assert.deepEqual(es("Los heridos superaron los 1.300."), ["over 1300 injured people total"]);
  assert.deepEqual(es("Veinticinco días después, en Juliaca, la Policía mataría a 17 civiles más."), ["exact 17 killed civilians"]);
  assert.deepEqual(es("Semanas después falleció en el hospital otro de los heridos y la cifra llegó a 18."), ["exact 18 killed people total"]);
  assert.deepEqual(es("A esa cifra se suman las personas que fallecieron en accidentes de tránsito durante los bloqueos, así como los seis soldados que se ahogaron en el río Ilave."), ["exact 6 killed soldiers"]);
  assert.deepEqual(es("Entre ellos figura un bebé prematuro que murió en una ambulancia."), ["exact 1 killed people"]);
  const old = (s: string) => extractCasualties(s, { lang: "es", year: 2023 }).map((c) => c.count);
  assert.deepEqual(old("El 5 de junio de 2009 murieron 33 personas en Bagua."), []);
});

test("es casualties: police ranks, 'permanecía desaparecido', causes in a toll's breakdown, tolls of other eras by month and year or by an '-azo'", () => {
  assert.deepEqual(es("El Ministerio del Interior confirmó que un suboficial de la PNP murió luego de que su patrullero fuera interceptado."), ["exact 1 killed police"]);
  assert.deepEqual(es("Hasta la noche del domingo, un soldado permanecía desaparecido."), ["exact 1 missing soldiers"]);
  assert.deepEqual(es("La Defensoría elevó a 47 el número de fallecidos: 39 en enfrentamientos y siete por accidentes de tránsito.").filter((c) => !c.startsWith("exact 47")).map((c) => c.replace(" total", "")), ["exact 39 killed people", "exact 7 killed people"]);
  // (a vague share by its cause is no figure)
  assert.deepEqual(es("Hay más de 60 heridos, muchos por perdigones y balas."), ["over 60 injured people"]);
  const old = (s: string) => extractCasualties(s, { lang: "es", year: 2023 }).map((c) => c.count);
  assert.deepEqual(old('En el llamado "Baguazo" de 2009, en la Amazonía peruana, murieron 33 personas.'), []);
  assert.deepEqual(old("Hubo referencias a las jornadas de diciembre de 2001, cuando la represión dejó 39 muertos en Argentina."), []);
  assert.deepEqual(old("La relación está marcada por la crisis boliviana de 2019, cuando las masacres de Sacaba y Senkata dejaron 20 muertos."), []);
  assert.deepEqual(old("El 9 de enero de 2023 murieron 17 personas en Juliaca."), [17]);
});

test("es casualties: a count after a date, 'ninguno de los 49 asesinatos', 'de los cuales N eran', 'reportó a N como desaparecidos'", () => {
  assert.deepEqual(es("La Defensoría registró hasta el 5 de febrero 1 301 heridos, de los cuales 921 eran civiles y 380 eran agentes de la Policía Nacional."), ["exact 1301 injured people", "exact 921 injured civilians", "exact 380 injured police"]);
  assert.deepEqual(es("Un año después, ninguno de los 49 asesinatos de civiles ha llegado a juicio."), ["exact 49 killed people"]);
  noneEs("Ninguno de sus 3.000 trabajadores resultó herido.");
  assert.deepEqual(es("Durante las primeras horas, el Ejército reportó a siete efectivos como desaparecidos."), ["exact 7 missing police"]);
});

test("es casualties: the day between the verb and its object, a list opened by 'entre ellos' going on, 'ha costado ya la vida de'", () => {
  assert.deepEqual(es("La Policía de Perú detuvo este sábado a 193 personas tras ingresar por la fuerza a la universidad."), ["exact 193 arrested people"]);
  assert.deepEqual(es("Esa noche, la Defensoría contabilizó 22 heridos en el centro de la capital, entre ellos 16 policías y seis civiles."), ["exact 22 injured people", "exact 16 injured police", "exact 6 injured civilians"]);
  assert.deepEqual(es("La crisis ha costado ya la vida de 48 civiles en enfrentamientos con las fuerzas de seguridad."), ["exact 48 killed civilians"]);
});

// ---- round AW: regional radio and papers, chat chains ----

test("es: round collectives say about that many ('una veintena', 'medio centenar')", () => {
  assert.deepEqual(es("Una veintena de personas resultaron heridas en la plaza."), ["about 20 injured people"]);
  assert.deepEqual(es("Los choques dejan ocho muertos y medio centenar de heridos."), ["exact 8 killed people", "about 50 injured people"]);
  // a qualifier of its own stays
  assert.deepEqual(es("La Policía detuvo a más de una decena de manifestantes."), ["over 10 arrested protesters"]);
});

test("es: the movement's own words for its people ('compañeros', 'hermanos', 'compatriotas')", () => {
  assert.deepEqual(es("Hay 3 compañeros de Espinar desaparecidos desde la mañana."), ["exact 3 missing people"]);
  assert.deepEqual(es("Mis dos hermanos viven en Lima desde hace años."), []);
});

test("es: a count after a day written before its month ('el 5 de marzo seis soldados')", () => {
  assert.deepEqual(es("El 5 de marzo seis soldados se ahogaron en el río."), ["exact 6 killed soldiers"]);
});

test("es: a toll's own phrase that 'cifra de' opens ('la cifra de víctimas ascendió a 46')", () => {
  assert.deepEqual(es("Con estas muertes, la cifra de víctimas ascendió a 46 a nivel nacional."), ["exact 46 killed people total"]);
});

test("es: 'la detención arbitraria de al menos 14 personas'", () => {
  assert.deepEqual(es("Denunciamos la detención arbitraria de al menos 14 personas en Andahuaylas."), ["at least 14 arrested people"]);
});

test("es publication dates: a yearless date fixed by 'mañana miércoles' or 'ayer jueves' in its story", () => {
  const text = (day: string, phrase: string) => `Ronderos parten a Lima\n\n${day} · 5:20 p. m.\n\nPor: Ana Quispe Rojas\n\nUnos 200 ronderos salieron esta tarde desde Piura rumbo a Lima para la marcha convocada para ${phrase}. En noviembre de 2020 la represión dejó dos muertos en Lima; las protestas iniciadas en diciembre dejaron decenas de fallecidos.`;
  assert.equal(pub(text("18 de julio", "mañana miércoles")).date, "2023-07-18");
  // the same page a day later in the week: another year
  assert.equal(pub(text("18 de julio", "mañana viernes")).date, "2024-07-18");
  assert.equal(pub(`Desbloqueo en la carretera\n\n13 de enero · 9:00 a. m.\n\nTres policías resultaron heridos la tarde de ayer jueves en Colquijirca. En 2021 hubo otra protesta.`).date, "2023-01-13");
  // "esta mañana" is this morning, not tomorrow
  assert.notEqual(pub(text("18 de julio", "esta mañana miércoles")).date, "2023-07-18");
});

test("es pages: buttons in brackets, tickers, weather and counters are furniture; a paper's motto and two sections are no headline", () => {
  for (const line of ["[ Suscríbete ] [ Iniciar sesión ]", "[Escúchanos en vivo ▶]  [Facebook]  [YouTube]", "[f] [t] [WhatsApp] [✉]   Tiempo de lectura: 4 min", "Compartir: [Facebook] [Twitter] [WhatsApp]",
    "ÚLTIMO MINUTO ► Aeropuerto suspende operaciones ► Clases se postergan en Cerro Colorado", "▲ ÚLTIMAS: Municipalidad fumiga Punchana por el dengue · Creciente del río Itaya afecta a familias",
    "Cerro de Pasco: -2 °C / 11 °C  Granizada en la tarde", "👁 1 248 lecturas    💬 0 comentarios"]) assert.equal(isChrome(line), true, line);
  for (const line of ["El ministro dijo que [la policía] actuó conforme a ley.", "Últimas noticias desde Juliaca: la Defensoría eleva a 18 la cifra de muertos."]) assert.equal(isChrome(line), false, line);
  assert.equal(extractTitle(["EL TIEMPO", "El diario de Piura", "RONDEROS BLOQUEAN VÍAS EN SIETE PROVINCIAS DE LA REGIÓN", "Policía detuvo a nueve personas. Transportistas reportan pérdidas.", "Escribe: Mirtha Chunga Ramírez"], null).title, "RONDEROS BLOQUEAN VÍAS EN SIETE PROVINCIAS DE LA REGIÓN");
  assert.equal(extractTitle(["Policiales / Región", "20 enero, 2023", "UN FALLECIDO Y DOCE HERIDOS EN EL PUENTE AÑASHUAYCO"], null).title, "UN FALLECIDO Y DOCE HERIDOS EN EL PUENTE AÑASHUAYCO");
  assert.equal(extractTitle(["Publicado el 13/01/2023 por Redacción Altura — Locales, Minería"], "Tres efectivos policiales resultaron con lesiones en Colquijirca.").titleSource, "derived");
});

test("es sources: a feed's 'apareció primero en', the outlet over its address, a dateline's outlet in brackets; a rights warning names nobody, nor does an outlet's byline name a writer", () => {
  const body = "Un policía resultó herido y tres personas fueron detenidas durante el intento de ingresar al aeropuerto de Tarapoto, en la segunda jornada de protestas en la ciudad.";
  const more = "Al llegar al cerco policial, un grupo lanzó piedras y botellas. Los efectivos respondieron con gases lacrimógenos en la avenida principal.";
  const src = (text: string) => buildRecord(seed(text)).source;
  assert.equal(src(`Protesta en Tarapoto\n\n${body}\n\n${more}\n\nEste artículo apareció primero en Diario Voces.`), "Diario Voces");
  assert.equal(src(`Protesta en Tarapoto\n\n${body}\n\n${more}\n\nEtiquetas: protestas\n\nRadio Amanecer – Jr. Francisco de Orellana 343, Jaén, Cajamarca\nTodos los derechos reservados © 2023`), "Radio Amanecer");
  assert.equal(src(`Protesta en Tarapoto\n\nTARAPOTO / MOYOBAMBA (Prensa Oriental).– ${body}\n\n${more}`), "Prensa Oriental");
  assert.equal(src(`Protesta en Tarapoto\n\n${body}\n\n${more}\n\n© Todos los derechos reservados. Prohibida su reproducción total o parcial.`), null);
  const r = buildRecord(seed(`Protesta en Tarapoto\n\n12 febrero, 2023 | Por Radio Amanecer | 0 comentarios\n\n${body}\n\n${more}`));
  assert.equal(r.author, null);
});

test("es: 'registró a 12 personas como heridas'; 'con 21 fallecidos, seguida de Ayacucho con diez'", () => {
  assert.deepEqual(es("La Defensoría registró a 12 personas como heridas."), ["exact 12 injured people"]);
  assert.deepEqual(es("Puno es la región más afectada, con 21 fallecidos, seguida de Ayacucho con diez y Apurímac con ocho."), ["exact 21 killed people", "exact 10 killed people", "exact 8 killed people"]);
});

test("es: one person killed told by rank and name, by name and age, or as 'otro comunero'; a chronicle's 'perderían la vida'; 'atendidos por hipotermia'", () => {
  assert.deepEqual(es("En enero, el suboficial José Luis Soncco fue quemado vivo dentro de su patrullero en Juliaca."), ["exact 1 killed police"]);
  assert.deepEqual(es("Víctor Santisteban Yacsavilca, de 55 años, murió el sábado en Lima tras recibir un impacto en la cabeza."), ["exact 1 killed people"]);
  assert.deepEqual(es("La víspera, en Macusani, otro comunero había perdido la vida cuando la policía disparó contra la multitud."), ["exact 1 killed peasants"]);
  assert.deepEqual(es("Otro manifestante murió en el hospital."), ["exact 1 killed protesters"]);
  assert.deepEqual(es("Menos de un mes después, en Juliaca, otras 18 personas perderían la vida frente al aeropuerto."), ["exact 18 killed people"]);
  assert.deepEqual(es("Otros ocho soldados fueron atendidos por hipotermia y contusiones en el centro de salud."), ["exact 8 injured soldiers"]);
  // (a name with an age that is not a victim's, and a rank with no death)
  noneEs("Rosa Quispe, de 43 años, contó que su sobrino salió a ver qué pasaba.");
  noneEs("El suboficial José Luis Soncco patrullaba la avenida aquella noche.");
});

test("es: a language switch at the end of the menu's row, a byline 'dd.mm.yy - place - name' with a two-digit year", () => {
  const body = "Con los retratos de sus hijos colgados al pecho, cientos de personas marcharon este viernes por el centro histórico de Huamanga, en Ayacucho.\n\nLa marcha partió desde el cementerio general y llegó hasta la Plaza de Armas.";
  const r = buildRecord(seed(`Agencia Andina de Paz\n\n[Inicio](#) [Paz y Desarme](#) [Derechos Humanos](#) [Feminismos](#) [Opinión](#)   ES ▾\n\nAyacucho, un año después: "Queremos justicia"\n\n15.12.23 - Lima, Perú - Ricardo Abarca Huamán\n\n${body}`));
  assert.equal(r.title, 'Ayacucho, un año después: "Queremos justicia"');
  assert.equal(r.subtitle, null);
  assert.equal(r.date, "2023-12-15");
  assert.equal(r.author, "Ricardo Abarca Huamán");
});

test("es sources: 'Fuente: EFE - Andina - RPP' lists the agencies a story drew on; 'Agencia de Noticias Tierra Nueva ©' is cited 'Agencia Tierra Nueva'", () => {
  const body = "Un policía resultó herido y tres personas fueron detenidas durante el intento de ingresar al aeropuerto de Tarapoto, en la segunda jornada de protestas en la ciudad.";
  const more = "Al llegar al cerco policial, un grupo lanzó piedras y botellas. Los efectivos respondieron con gases lacrimógenos en la avenida principal.";
  const src = (text: string) => buildRecord(seed(text)).source;
  assert.equal(src(`Protesta en Tarapoto\n\n${body}\n\n${more}\n\nFuente: EFE - Andina - RPP\n\nCopyright © 2023 Radio Amanecer. Todos los derechos reservados.`), "Radio Amanecer");
  assert.equal(src(`Protesta en Tarapoto\n\n${body}\n\n${more}\n\nAgencia de Noticias Tierra Nueva © 2023 | Buenos Aires, Argentina`), "Agencia Tierra Nueva");
});

test("es bylines: 'Name / Outlet :: date', a name over the writer's @account under a standfirst", () => {
  const body = "Un policía resultó herido y tres personas fueron detenidas durante el intento de ingresar al aeropuerto de Tarapoto, en la segunda jornada de protestas en la ciudad.";
  const more = "Al llegar al cerco policial, un grupo lanzó piedras y botellas. Los efectivos respondieron con gases lacrimógenos en la avenida principal.";
  assert.equal(buildRecord(seed(`Protesta en Tarapoto\n\nJulia Ccopa / Resumen del Sur :: 30/01/2023\n\n${body}\n\n${more}`)).author, "Julia Ccopa");
  assert.equal(buildRecord(seed(`Protesta en Tarapoto\n\nLas fuerzas policiales dispararon contra miles de manifestantes que se movilizaban hacia el aeropuerto. Durante la noche, un policía murió en medio de los enfrentamientos.\n\nMarcela Quispe Tito\n@marcequispet\n\n${body}\n\n${more}`)).author, "Marcela Quispe Tito");
});

test("es: a count after a month that no day can be ('desde diciembre 48 civiles murieron'); one more ('y una más falleció'); the verb first ('el 11 de enero murió Remo Candia'); a name with 'un trabajador de 55 años'", () => {
  assert.deepEqual(es("Según la Defensoría, desde diciembre 48 civiles murieron en enfrentamientos."), ["exact 48 killed civilians total"]);
  assert.deepEqual(es("El 9 de enero 17 personas murieron en Juliaca."), ["exact 17 killed people"]);
  assert.deepEqual(es("En Juliaca, 17 personas murieron el 9 de enero y una más falleció días después en un hospital de Arequipa."), ["exact 17 killed people", "exact 1 killed people"]);
  assert.deepEqual(es("En la ciudad del Cusco, el 11 de enero murió Remo Candia Guevara, presidente de una comunidad campesina."), ["exact 1 killed people"]);
  assert.deepEqual(es("El 28 de enero, Víctor Santisteban, un trabajador de 55 años, murió de un proyectil en la cabeza."), ["exact 1 killed people"]);
  noneEs("La ministra dijo que una más no cambia nada.");
});

test("es: 'Corporación La Prensa, S.A. © 2023', a byline over 'Ayacucho (Perú) 17 de diciembre de 2022. 21:10h', a text-to-speech widget", () => {
  const body = "Un policía resultó herido y tres personas fueron detenidas durante el intento de ingresar al aeropuerto de Tarapoto, en la segunda jornada de protestas en la ciudad.";
  const more = "Al llegar al cerco policial, un grupo lanzó piedras y botellas. Los efectivos respondieron con gases lacrimógenos en la avenida principal.";
  assert.equal(buildRecord(seed(`Protesta en Tarapoto\n\nAgencia EFE\n\n${body}\n\n${more}\n\nCorporación La Prensa, S.A. © 2023. Todos los derechos reservados.`)).source, "La Prensa");
  assert.equal(isDateline("Ayacucho (Perú) 17 de diciembre de 2022. 21:10h"), true);
  const r = buildRecord(seed(`Ayacucho entierra a sus muertos\n\nLa ciudad andina, que ya sufrió lo peor de la guerra entre Sendero Luminoso y el Estado, vuelve a velar a sus jóvenes tras la jornada más sangrienta desde la caída del presidente.\n\nMarta Ibarguren\n\nAyacucho (Perú) 17 de diciembre de 2022. 21:10h\n\n${body}\n\n${more}`));
  assert.equal(r.author, "Marta Ibarguren");
  assert.equal(r.date, "2022-12-17");
  assert.equal(isChrome("Escuche esta noticia"), true);
  assert.equal(isChrome("Powered by Trinity Audio"), true);
});

test("es: 'rescatados con síntomas de hipotermia' are injured; a rank, a name and an age before 'fue quemado vivo'", () => {
  assert.deepEqual(es("Otros tres soldados fueron rescatados con síntomas de hipotermia y trasladados al hospital."), ["exact 3 injured soldiers"]);
  assert.deepEqual(es("El otro, el suboficial José Luis Soncco, de 29 años, fue quemado vivo dentro de su patrullero."), ["exact 1 killed police"]);
  noneEs("Los bomberos rescataron a dos perros del incendio.");
});
