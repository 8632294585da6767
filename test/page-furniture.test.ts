// Page furniture of copies made outside a browser's reader view: social posts, chat forwards,
// PDF reports, masthead date bars. Each rule with a page of our own words.
import { test } from "node:test";
import assert from "node:assert/strict";
import { isChrome, isDateline, segment } from "../src/extract/layout.ts";
import { extractTitle } from "../src/extract/title.ts";
import { extractSource } from "../src/extract/source.ts";
import { buildRecord } from "../src/records/build-record.ts";
import { seedFromBytes } from "../src/ingest/read-seeds.ts";

const LEAD = "Police fired tear gas at marchers near the bridge in Juliaca on Monday as they tried to reach the airport, witnesses and the regional health office said.";
const MORE = "The regional government declared three days of mourning and asked the ministry to send doctors to the hospital, which had run short of blood and oxygen.";

test("a social network's login bar and a chat's forward stamp are furniture; a sentence about logging in is not", () => {
  assert.equal(isChrome("Iniciar sesión ¿Olvidaste tu cuenta? Crear cuenta nueva"), true);
  assert.equal(isChrome("Log in Forgot account? Create new account"), true);
  assert.equal(isChrome("[21/1 10:14] +51 9•• ••• 342: ↪️ Reenviado muchas veces"), true);
  assert.equal(isChrome("Forwarded many times"), true);
  assert.equal(isChrome("Log in to the ministry's site was impossible for days, the families said."), false);
  assert.equal(isChrome("Reenviado a la fiscalía, el informe fue archivado."), false);
});

test("a donate button is furniture; a sentence about donations is not", () => {
  for (const line of ["Donate", "DONATE NOW", "[Donate today]", "Please consider donating!"]) assert.equal(isChrome(line), true, line);
  assert.equal(isChrome("Donations to the families reached 40,000 soles in a week."), false);
});

test("a PDF's running header is dropped wherever it repeats, and its name in capitals is the publisher", () => {
  const head = "FRIENDS OF THE ANDES NETWORK Briefing | April 2023";
  const text = [head, "Lethal force against protesters in southern Peru", LEAD, MORE, head, MORE.replace("three", "two"), LEAD.replace("Monday", "Tuesday"), head, "The network thanks the families who spoke to its researchers in Puno."].join("\n\n");
  const l = segment(text);
  assert.ok(!l.plain.concat(l.footer).some((p) => p.includes("Briefing | April")), l.plain.join("\n"));
  assert.deepEqual(l.siteNames, ["Friends of the Andes Network"]);
  // a first line that never comes back is not a running header
  const once = segment([head, "Lethal force against protesters in southern Peru", LEAD, MORE, MORE.replace("three", "two"), LEAD.replace("Monday", "Tuesday")].join("\n\n"));
  assert.ok(!once.siteNames.includes("Friends of the Andes Network"));
});

test("a line in lower case under a logo is a motto, not the headline; a report's numbered section is no standfirst", () => {
  const t = extractTitle(["making space for peace", "Lethal force against protesters in southern Peru", "1. CONTEXT"], LEAD);
  assert.equal(t.title, "Lethal force against protesters in southern Peru");
  assert.equal(t.subtitle, null);
});

test("the platform a post was copied from holds no copyright over the post", () => {
  const l = segment(["Radio Vecinal Chuschi", "Hoy recordamos a nuestros hermanos", LEAD, MORE, "Meta © 2024"].join("\n\n"));
  assert.notEqual(extractSource(l, null).source, "Meta");
  const l2 = segment(["Hoy recordamos a nuestros hermanos", LEAD, MORE, "Privacidad · Condiciones · Publicidad · Meta © 2024"].join("\n\n"));
  assert.notEqual(extractSource(l2, null).source, "Meta");
});

test("a masthead's date bar dates the page only when the text states no date of its own", () => {
  const bar = "Domingo, 22 enero 2023 · Cusco 14 °C";
  const es = (extra: string) => buildRecord(seedFromBytes("bar.txt", Buffer.from([bar, "Cierran el santuario por tiempo indefinido", extra, "El ministerio dispuso ayer el cierre del santuario y de la red de caminos, luego de que las empresas suspendieran el servicio de trenes por los daños en la vía."].join("\n\n"))));
  const only = es("Por Rosa Villafuerte");
  assert.equal(only.date, "2023-01-22");
  assert.equal(only.dateSource, "text");
  assert.ok(only.warnings.some((w) => /date bar/.test(w)), only.warnings.join(" / "));
  // the bar is not the article's text
  assert.ok(!only.excerpt?.includes("14 °C"), only.excerpt ?? "");
  const own = es("Cusco, 20 de enero de 2023");
  assert.equal(own.date, "2023-01-20");
});

test("a number that only looks like a year (an ISSN) does not make a toll of the story's own year history", () => {
  const text = ["Peru: the toll of the crackdown", "In January 2023, at least 18 people were killed in Juliaca when police fired on marchers near the airport, the ombudsman said.", MORE, "Andean Review is published quarterly. ISSN 2053-8626."].join("\n\n");
  const r = buildRecord(seedFromBytes("issn.txt", Buffer.from(text)));
  assert.ok(r.casualties.some((c) => c.kind === "killed" && c.count === 18), JSON.stringify(r.casualties));
});

test("a site's tagline in parts ('News | Travel | Real Estate') and a motto over the date bar are no headlines", () => {
  const t = extractTitle(["Andean News | Travel | Real Estate in the Andes", "Tuesday, January 10, 2023", "Latin America", "Seventeen dead in southern Peru as protests turn deadliest yet", "by Marta Quispe", "January 10, 2023"], LEAD);
  assert.equal(t.title, "Seventeen dead in southern Peru as protests turn deadliest yet");
  const m = extractTitle(["The truth of the people, without filters", "La Paz, Monday, January 16, 2023", "INTERNATIONAL", "Desaguadero lives a third week of blockade", "By: Wilson Quispe", "January 16, 2023 - 09:42"], LEAD);
  assert.equal(m.title, "Desaguadero lives a third week of blockade");
  // a headline right over its own date line stays the headline
  const h = extractTitle(["Desaguadero lives a third week of blockade", "January 16, 2023", "The border stays closed as trucks wait on the Bolivian side", "By: Wilson Quispe"], LEAD);
  assert.equal(h.title, "Desaguadero lives a third week of blockade");
});

test("a masthead with what the site is ('Andina - Agencia Peruana de Noticias') names the site", () => {
  const text = ["[Sierra Sur - Agencia Regional de Noticias](#)", "[Home](#) | [Politics](#) | [Regional](#)", "Six soldiers die in the river", LEAD, MORE, "[Sierra Sur](#) | [About us](#)"].join("\n\n");
  assert.deepEqual(segment(text).siteNames, ["Sierra Sur"]);
  // a name and a description in prose needs no media word; one in title case without it is a headline's parts
  const other = ["[Ridge Travel - Best Hotels In The Andes](#)", "Six soldiers die in the river", LEAD, MORE, "[Ridge Travel](#)"].join("\n\n");
  assert.deepEqual(segment(other).siteNames, []);
});

test("readers' comments under the article are not its text; the page's furniture after them is read again", () => {
  const text = ["Repression in Apurímac leaves seven dead", LEAD, MORE, MORE.replace("three", "two"), "Comments (2)", "Julio R. says:", "December 13, 2022 at 6:40 pm", "Our local radio in Abancay says there are already 8 dead and more than 100 injured.", "[Reply](#)", "MORE NEWS", "[Colombia: social leaders murdered](#)", "© 2023 Andes Wire. All rights reserved."].join("\n\n");
  const l = segment(text);
  assert.ok(!l.plain.some((p) => p.includes("Abancay")), l.plain.join("\n"));
  assert.ok(l.footer.some((p) => p.includes("Andes Wire")), l.footer.join("\n"));
  // a commenter's line needs the comment's date under it: "The minister says:" over a quotation is text
  const quoted = segment(["Repression in Apurímac leaves seven dead", LEAD, MORE, MORE.replace("three", "two"), "The minister says:", "We will restore order in the region within days, whatever it takes to do so."].join("\n\n"));
  assert.ok(quoted.plain.some((p) => p.startsWith("We will restore order")));
});

test("a label over other stories ('More News') is no text of the article", () => {
  const l = segment(["Repression in Apurímac leaves seven dead", LEAD, MORE, "More News", "[Chile's copper output falls](#)", "Copyright © 2023 ORE.NEWS. All rights reserved."].join("\n\n"));
  assert.ok(!l.plain.includes("More News"), l.plain.join("\n"));
});

test("a theme's stamps and labels around the date ('Published' / '2 weeks ago on') are no headline or standfirst", () => {
  assert.equal(isChrome("2 weeks ago on"), true);
  assert.equal(isChrome("hace 3 meses"), true);
  const t = extractTitle(["Americas", "Peru's Deadlock: Why Congress Keeps Saying No to Early Elections", "Published", "February 14, 2023", "By", "Andrés Villavicencio Lugo"], LEAD);
  assert.equal(t.title, "Peru's Deadlock: Why Congress Keeps Saying No to Early Elections");
  assert.equal(t.subtitle, null);
  // a line of two words is a label or a date, not a deck; a short sentence may be one
  assert.equal(extractTitle(["Peru One Year On: Protest and Repression", "Dec 2023"], LEAD).subtitle, null);
  assert.equal(extractTitle(["Peru One Year On: Protest and Repression", "Latest developments."], LEAD).subtitle, "Latest developments.");
});

test("a publisher's donation appeal over the article is furniture", () => {
  assert.equal(isChrome("We are an independent non-profit publisher run by an all volunteer team. Your donations allow us to invest in new open access titles and pay our bandwidth bills."), true);
  assert.equal(isChrome("Donations are voluntary and not required to download the e-book - your link to download is below."), true);
  assert.equal(isChrome("We are an independent commission of inquiry, and we heard 40 witnesses in Puno."), false);
});

test("a 'Cite this article' box names the writer and the publication when nothing else does", () => {
  const text = ["Peru One Year On: Protest, Repression and the Politics of Forgetting", LEAD, MORE, "References", 'Butler, Judith. "Frames of War." Verso, 2009.', "Cite this article", "APA: Quispe Flores, M. (2023, December 18). Peru One Year On. Andean Relations Review. https://example.org/x", 'Chicago: Quispe Flores, Mariana. "Peru One Year On: Protest, Repression and the Politics of Forgetting." Andean Relations Review, December 18, 2023.'].join("\n\n");
  const r = buildRecord(seedFromBytes("cite.txt", Buffer.from(text)));
  assert.equal(r.author, "Mariana Quispe Flores");
  assert.equal(r.source, "Andean Relations Review");
  // a reference list alone cites other works: no writer or publication from it
  const refs = buildRecord(seedFromBytes("refs.txt", Buffer.from(["Peru One Year On", LEAD, MORE, "References", 'Butler, Judith. "Frames of War: When Is Life Grievable?" Verso Books, 2009.'].join("\n\n"))));
  assert.equal(refs.author, null);
  assert.notEqual(refs.source, "Verso Books");
});

test("a writer's name over the agency and its date line ('Jan 27 (IPS)') is the byline", () => {
  const r = buildRecord(seedFromBytes("ips.txt", Buffer.from(["Women From the Andes Take Their Grief to Lima", "Rocío Huamán Quispe", "Inter Press Service", "Jan 27 (IPS)", LEAD, MORE].join("\n\n"))));
  assert.equal(r.author, "Rocío Huamán Quispe");
});

test("teasers of other stories on a feed ('… Read more »' under a headline and a date) are not the article", () => {
  const text = ["[Menu] NEWS TRAVEL FOOD LIVING IN PERU EXPAT LIFE", "Train service to the citadel resumes after suspension", "December 19, 2022", "The rail companies restarted operations between the two towns on Monday, a week after tourists were stranded. Read more »", "---", "Death toll in the city climbs to eight as army clashes with protesters", LEAD, MORE, "Lima named among the world's top food destinations", "December 8, 2022", "Read more »"].join("\n\n");
  const l = segment(text);
  const all = [...l.header, ...l.plain].join("\n");
  assert.ok(!/Train service|rail companies|top food|NEWS TRAVEL/.test(all), all);
  assert.equal(extractTitle(l.header, l.plain[0] ?? null).title, "Death toll in the city climbs to eight as army clashes with protesters");
});

test("regional pages: a live label before a headline in capitals, a ticker, an update time after the date", () => {
  const t = extractTitle(["EN VIVO | PARO EN AREQUIPA: ENFRENTAMIENTOS EN LOS EXTERIORES DEL AEROPUERTO", "Sigue minuto a minuto la segunda jornada del paro regional. Manifestantes intentaron ingresar al terminal.", "Por Karina Apaza Mamani", "Jueves 19 de enero de 2023 | Actualizado 21:47"], LEAD);
  assert.equal(t.title, "EN VIVO | PARO EN AREQUIPA: ENFRENTAMIENTOS EN LOS EXTERIORES DEL AEROPUERTO");
  // sections in capitals divided by a bar are still a kicker
  assert.equal(extractTitle(["LATIN AMERICA | PERU'S CRISIS", "Peru's deadlock deepens as Congress votes no"], LEAD).title, "Peru's deadlock deepens as Congress votes no");
  assert.equal(isChrome("ÚLTIMA HORA ▸ Gobierno declara duelo nacional ▸ Fiscalía abre investigación en El Collao"), true);
  // a headline that opens with the same label is a headline
  assert.equal(isChrome("URGENTE: Defensoría confirma 17 muertos en Juliaca"), false);
  // a headline in capitals with a figure after a place and a colon is no document reference
  assert.equal(extractTitle(["ANDAHUAYLAS: SUMAN CUATRO FALLECIDOS Y MÁS DE 70 HERIDOS EN LA PROVINCIA"], LEAD).title, "ANDAHUAYLAS: SUMAN CUATRO FALLECIDOS Y MÁS DE 70 HERIDOS EN LA PROVINCIA");
  // a chat's bold loses its closing mark
  assert.equal(extractTitle(["*POLICÍA INGRESA CON TANQUETA A LA UNIVERSIDAD*"], LEAD).title, "POLICÍA INGRESA CON TANQUETA A LA UNIVERSIDAD");
});

test("regional pages: the masthead's name in capitals, a station's emoji, an edition label, the name in full in the text", () => {
  const page = (top: string[], extra = "", footer = "Todos los derechos reservados.") => buildRecord(seedFromBytes("r.txt", Buffer.from([...top, "Jornada de luto en la ciudad tras los enfrentamientos", LEAD, MORE + extra, footer].join("\n\n"))));
  assert.equal(page(["LA VOZ DE HUAMANGA", "Decano de la prensa ayacuchana", "Edición digital · Viernes 16 de diciembre de 2022"], "", "La Voz de Huamanga · Jr. Asamblea, Huamanga · © Todos los derechos reservados").source, "La Voz de Huamanga");
  assert.equal(page(["📻 LA DECANA | Juliaca - Puno"]).source, "La Decana");
  assert.equal(page(["📻 LA DECANA | Juliaca - Puno"], ` "Nadie está preso", dijo a Radio Juliaca La Decana un dirigente.`).source, "Radio Juliaca La Decana");
});

test("regional pages: a reporter's credit under the text, a caption with its camera, a footer with the name before the sign", () => {
  const text = ["Suman cuatro fallecidos en la provincia", LEAD, "📷 Imagen: Pobladores trasladan a un herido por la avenida Perú.", MORE, "Reportero: Yheny Palomino Ccorahua / Andahuaylas Noticias", "TAMBIÉN TE PUEDE INTERESAR:", "→ Chincheros: velan a los jóvenes fallecidos", "Andahuaylas Noticias © 2022 – Todos los derechos reservados"].join("\n\n");
  const r = buildRecord(seedFromBytes("r.txt", Buffer.from(text)));
  assert.equal(r.author, "Yheny Palomino Ccorahua");
  assert.ok(!r.casualties.some((c) => c.sentence.includes("herido por la avenida")), JSON.stringify(r.casualties));
  const l = segment(text);
  assert.ok(l.footer.some((f) => f.startsWith("Andahuaylas Noticias ©")), l.footer.join("\n"));
  assert.ok(!l.plain.some((p) => p.includes("velan a los jóvenes")), l.plain.join("\n"));
});

test("regional pages: 'en el Cusco' is the place; a figure's place is not one a later running total names", () => {
  const r = buildRecord(seedFromBytes("c.txt", Buffer.from(["Mesa de diálogo", "La Diresa Cusco informó que el gobernador pidió una mesa de diálogo en el Cusco, donde el turismo está paralizado desde hace una semana.", "En la vecina provincia de Chincheros, el hospital local confirmó la muerte de dos manifestantes, con lo que la región Apurímac llega a seis muertos."].join("\n\n"))));
  assert.ok(r.places.some((p) => p.name === "Cusco"), r.places.map((p) => p.name).join(", "));
  const two = r.casualties.find((c) => c.count === 2);
  assert.equal(two?.place, "Chincheros");
});

test("a section's breadcrumb with a slash ('Blog / Land defenders') is a kicker, not the headline", () => {
  assert.equal(extractTitle(["Blog / Land and environmental defenders", "Peru's crackdown puts land defenders in the firing line", "14 February 2023"], LEAD).title, "Peru's crackdown puts land defenders in the firing line");
});

test("a report dated by month in its running header is dated in that month", () => {
  const head = "ANDES WATCH NETWORK Briefing | April 2023";
  const text = [head, "1. CONTEXT", "1.1 On 7 December 2022 the president announced the dissolution of Congress, and protests began in the southern regions within hours of his arrest.", "1.2 Between December 2022 and February 2023, 49 people were killed by the security forces, the ombudsman said.", head, "1.3 The deaths were concentrated in the southern Andes, in regions with a majority Quechua and Aymara population.", "1.4 More than 1,300 people were injured in the first three months of the protests across the country.", head, "2. RECOMMENDATIONS"].join("\n\n");
  const r = buildRecord(seedFromBytes("pbi.txt", Buffer.from(text)));
  assert.equal(r.date, "2023-04-01");
  assert.ok(r.warnings.some((w) => /dated only by its month/.test(w)), r.warnings.join(" / "));
});

test("mainstream pages: a caption over the headline, a browser's title line, a cookie wall with its buttons first", () => {
  const text = ["Peru protests: 17 killed in the south in deadliest day | Peru | The Daily Ledger", "This article is more than 1 year old", "Relatives of people wounded in the clashes wait for news outside the hospital in Juliaca on Monday night, where doctors worked until dawn. Photograph: Stringer/AFP/Getty Images", "Peru", "At least 17 killed in Peru in deadliest day of protests", "Rachel Ardiles in Lima and agencies", "Tue 10 Jan 2023 02.31 GMT", LEAD, MORE, "© 2023 The Daily Ledger Limited. All rights reserved."].join("\n\n");
  const r = buildRecord(seedFromBytes("g.txt", Buffer.from(text)));
  assert.equal(r.title, "At least 17 killed in Peru in deadliest day of protests");
  assert.equal(r.author, "Rachel Ardiles");
  assert.equal(r.source, "The Daily Ledger");
  assert.equal(isChrome('We and our partners process data to provide and improve our services. By clicking "Accept all" you agree to the use of cookies. You can manage your preferences at any time.'), true);
});

test("mainstream pages: a public radio's furniture, its initials in lower case, two writers filing from two cities, a date before its section", () => {
  for (const line of ["News Expand/collapse submenu for News", "Enlarge this image", "toggle caption", "Police officers stand guard at an entrance of the university in Lima on Saturday. Álvaro Núñez/AP hide caption"]) assert.equal(isChrome(line), true, line);
  const r = buildRecord(seedFromBytes("n.txt", Buffer.from(["Peru police storm a Lima university and detain nearly 200 people", "January 21, 2023 5:42 PM ET", "Julia Mercado", LEAD, MORE, "About NPR", "© 2023 npr"].join("\n\n"))));
  assert.equal(r.source, "NPR");
  const ft = buildRecord(seedFromBytes("f.txt", Buffer.from(["Peru's mining south braces for a long blockade", "Lucinda Harker in Lima and Oliver Brandt in London", "February 1 2023", LEAD, MORE].join("\n\n"))));
  assert.equal(ft.author, "Lucinda Harker and Oliver Brandt");
  assert.equal(extractTitle(["Jan 11, 2023 - World", "Peru's president under investigation after deadliest day of protests", "Marisa Delgado"], LEAD).title, "Peru's president under investigation after deadliest day of protests");
});

test("a footer's own menu ('Our Network') over the copyright is no masthead", () => {
  const r = buildRecord(seedFromBytes("aj.txt", Buffer.from(["Death toll climbs in Peru as troops fire on protesters", LEAD, MORE, "About", "Connect", "Our Channels", "Our Network", "© 2022 Andes Wire Media Network"].join("\n\n"))));
  assert.equal(r.source, "Andes Wire");
});

test("seed-like pages: a logo's label that reads like a section, 'Copyright c 2023', a share row is no masthead", () => {
  const nation = buildRecord(seedFromBytes("n.txt", Buffer.from(["[Subscribe](#) [Donate](#) [Log In](#)", "![The Ledger logo](#)", "  * [Politics](#)\n  * [World](#)\n  * [Economy](#)", "Why Washington stands by Peru's deadly government", LEAD, MORE].join("\n\n"))));
  assert.equal(nation.source, "The Ledger");
  const td = buildRecord(seedFromBytes("t.txt", Buffer.from(["[Facebook](#) [Twitter](#) [Email](#) [Print](#)", "The march on the capital", LEAD, MORE, "© 2023 Andesdig, LLC. All rights reserved."].join("\n\n"))));
  assert.equal(td.source, "Andesdig");
  const c = buildRecord(seedFromBytes("c.txt", Buffer.from(["The march on the capital", LEAD, MORE, "Copyright c 2023 The Ledger. All Rights Reserved."].join("\n\n"))));
  assert.equal(c.source, "The Ledger");
});

test("seed-like pages: a caption credited to the outlet's initials and the photographer is no headline; two writers' names under the standfirst", () => {
  assert.equal(extractTitle(["Relatives of those killed hold a candlelight vigil in the city's Plaza de Armas. (WNV/Isabel Yupanqui)", "One year after Peru's coup, the families of the dead lead the resistance", "by Isabel Yupanqui", "December 7, 2023"], LEAD).title, "One year after Peru's coup, the families of the dead lead the resistance");
  const r = buildRecord(seedFromBytes("w.txt", Buffer.from(["Why Washington stands by Peru's deadly government", "Nearly 50 people have been killed by security forces since December. The administration has barely blinked at any of it.", "Lucía Mamani Condori and Daniel Kessler", "[Share](#) [Tweet](#)", LEAD, MORE].join("\n\n"))));
  assert.equal(r.author, "Lucía Mamani Condori and Daniel Kessler");
});

test("Spanish national pages: a site's address before its copyright, 'publicado originalmente en', a town and its outlet opening the lead", () => {
  const conv = buildRecord(seedFromBytes("c.txt", Buffer.from(["Detenidos sin abogado", LEAD, MORE, "Te puede interesar", "[Las armas que compró la Policía](#)", "Andesdatos.pe © 2023 · Periodismo de investigación y datos · Política de privacidad"].join("\n\n"))));
  assert.equal(conv.source, "Andesdatos");
  const lupa = buildRecord(seedFromBytes("l.txt", Buffer.from(["Heridos sin atención", LEAD, MORE, "Este reportaje fue publicado originalmente en Lupa con Datos y se reproduce con autorización bajo una licencia Creative Commons."].join("\n\n"))));
  assert.equal(lupa.source, "Lupa con Datos");
  const lead = "ANDAHUAYLAS (SIERRANOTICIAS). La región Apurímac vive las horas más tensas desde el inicio de las movilizaciones, y dos jóvenes murieron el domingo en el aeródromo.";
  assert.equal(buildRecord(seedFromBytes("i.txt", Buffer.from(["Apurímac: suben a cuatro los fallecidos", lead, MORE].join("\n\n")))).source, "Sierranoticias");
  // a wire agency's dateline leaves the carrying site's own name first
  const ap = buildRecord(seedFromBytes("a.txt", Buffer.from(["Sube a siete la cifra de muertos", "LIMA (AP) — La cifra de muertos en las protestas subió el martes a siete, informó la Defensoría del Pueblo, mientras manifestantes bloqueaban carreteras.", MORE, "© 2022 El Diario Andino"].join("\n\n"))));
  assert.equal(ap.source, "El Diario Andino");
});

test("Spanish national pages: a writer over the edition and the date, an author box at the end, an image's caption is no headline", () => {
  const bbc = buildRecord(seedFromBytes("b.txt", Buffer.from(["Perú: qué se sabe de la muerte de 6 soldados en un río de Puno", "Lucas Ferreyra", "Andes News Mundo", "6 marzo 2023", LEAD, MORE, "© 2023 Andes. Todos los derechos reservados."].join("\n\n"))));
  assert.equal(bbc.author, "Lucas Ferreyra");
  assert.equal(bbc.source, "Andes News Mundo");
  const box = buildRecord(seedFromBytes("s.txt", Buffer.from(["La Policía irrumpió en la universidad con una tanqueta", LEAD, MORE, "Sobre la firma", "Carolina Ferrando", "Corresponsal en Lima. Periodista."].join("\n\n"))));
  assert.equal(box.author, "Carolina Ferrando");
  assert.notEqual(extractTitle(["Imagen: Manifestantes se enfrentan a la Policía en la avenida Abancay, en el centro de Lima. Renzo Salazar / EFE"], LEAD).title, "Imagen: Manifestantes se enfrentan a la Policía en la avenida Abancay, en el centro de Lima. Renzo Salazar / EFE");
});

test("printed and exported pages: words broken at a column's edge, a release's label, a channel's stamps, a platform's logo past its buttons", () => {
  const l = segment(["Seventeen killed as protests turn deadliest", "The police said 75 offi-\ncers had been hurt, and that one\nofficer was missing after a patrol\nwas attacked near the airport.", MORE].join("\n\n"));
  assert.ok(l.plain.some((p) => p.includes("75 officers had been hurt")), l.plain.join("\n"));
  assert.equal(extractTitle(["Nota de prensa", "Fiscalía amplía investigación contra 13 policías por las muertes en Juliaca", "[Foto: Fiscales durante una diligencia en Juliaca.]"], LEAD).title, "Fiscalía amplía investigación contra 13 policías por las muertes en Juliaca");
  assert.equal(extractTitle(["Nota de prensa", "Fiscalía amplía investigación contra 13 policías por las muertes en Juliaca", "[Foto: Fiscales durante una diligencia en Juliaca.]"], LEAD).subtitle, null);
  for (const line of ["Radio Onda Azul, [09.01.23 08:02]", "Mensajes fijados: 1", "canal · 24 563 suscriptores"]) assert.equal(isChrome(line), true, line);
  const med = buildRecord(seedFromBytes("m.txt", Buffer.from(["Open in app", "Sign up", "Sign in", "Write", "Sign up", "Sign in", "[Image: Andean Posts logo]", "The mothers of Juliaca are still waiting", LEAD, MORE].join("\n\n"))));
  assert.equal(med.source, "Andean Posts");
});

test("wire and regional pages: a copyright's range of years, a time after the date, a menu's 'U.S. News', an item of key points, an archive photo's caption", () => {
  const pl = buildRecord(seedFromBytes("p.txt", Buffer.from(["Lima, Jan 10 (Andes Wire) The number of dead in the protests in the south rose to 17, health officials said, as marchers tried to take the airport.", MORE, "© 2016-2023 Andes Wire. All rights reserved."].join("\n\n"))));
  assert.equal(pl.date, "2023-01-10");
  assert.equal(isDateline("01/22/23 AT 12:41 PM"), true);
  assert.equal(isDateline("19.07.2023, 23:41 (actualizado: 20.07.2023, 02:05)"), true);
  const upi = buildRecord(seedFromBytes("u.txt", Buffer.from(["[UPI](#)", "[Top News](#) [U.S. News](#) [World News](#) [Featured](#) [Odd News](#)", "Peruvians mark a year since Castillo's ouster", "Dec. 7 (UPI) -- Thousands of Peruvians marched in Lima on Thursday to mark one year since the ouster, demanding justice for the people killed.", MORE].join("\n\n"))));
  assert.equal(upi.source, "UPI");
  assert.notEqual(extractTitle(["- Machu Picchu was closed on Saturday amid the wave of protests"], LEAD).titleSource, "text");
  const ep = buildRecord(seedFromBytes("e.txt", Buffer.from(["Internacional", "Archivo - Manifestantes marchan en Lima contra el Gobierno - Europa Press/Contacto/Renzo Salazar - Archivo", "Perú decreta el estado de emergencia en Lima y otras tres regiones", "MADRID, 15 Ene. (EUROPA PRESS) -", LEAD, MORE].join("\n\n"))));
  assert.equal(ep.title, "Perú decreta el estado de emergencia en Lima y otras tres regiones");
});

test("seed-like pages again: a site builder's 'Submitted by … on', an 'Author:' field, an address under the organization's name, an issue's number, initials spelled out, a name and its group's initials", () => {
  const wl = buildRecord(seedFromBytes("w.txt", Buffer.from(["Massacre in Juliaca deepens Peru's crisis", "Submitted by AWL on 18 January, 2023 - 12:20", "Author: Mira Hollis", LEAD, MORE, "Andean Solidarity, 20E Tower Workshops, 58 Riley Road, London, SE1 3DG."].join("\n\n"))));
  assert.equal(wl.date, "2023-01-18");
  assert.equal(wl.dateSource, "text");
  assert.equal(wl.author, "Mira Hollis");
  assert.equal(wl.source, "Andean Solidarity");
  const pn = buildRecord(seedFromBytes("p.txt", Buffer.from(["The families who will not forget", LEAD, MORE, "This article first appeared in Quiet Peace issue 2662–2663, June–July 2023. Reposted with thanks."].join("\n\n"))));
  assert.equal(pn.source, "Quiet Peace");
  const ot = buildRecord(seedFromBytes("o.txt", Buffer.from(["Caracas, December 13, 2022 (AT) — The number of people killed by security forces since Sunday has risen to seven, according to the ombudsman.", MORE, "© 2022 Andean Tribune. All rights reserved."].join("\n\n"))));
  assert.equal(ot.source, "Andean Tribune");
  const ts = buildRecord(seedFromBytes("s.txt", Buffer.from(["Peru: massacre in Juliaca", "From The Worker newspaper, 18 January 2023", LEAD, MORE, "Marisol Condori, CWI"].join("\n\n"))));
  assert.equal(ts.source, "The Worker");
  assert.equal(ts.author, "Marisol Condori");
});

test("TV pages: a menu's button with its items, a video's play button, a row of programmes are no headlines", () => {
  assert.equal(isChrome("☰ MENÚ Noticias Política Locales Internacionales Deportes"), true);
  assert.equal(isChrome("▶ Ver video (02:48)"), true);
  assert.equal(isChrome("Ver video del momento en que la policía ingresó, según los testigos."), false);
  assert.equal(extractTitle(["24 Horas · Buenos Días Perú · Panorama · Al Estilo Juliana", "LOCALES", "Policía interviene San Marcos con tanqueta y detiene a 193 personas"], LEAD).title, "Policía interviene San Marcos con tanqueta y detiene a 193 personas");
});

test("US local and think-tank pages: a paper's label for its writers, 'Modified' dates, a note's label is no name, section words in a menu, a breadcrumb before the date", () => {
  const cr = buildRecord(seedFromBytes("c.txt", Buffer.from(["Peruvian students hold vigil for protesters killed in Juliaca", "By Camila A. Quispe and Daniel J. Hoffman, Crimson Staff Writers", "January 12, 2023", LEAD, MORE].join("\n\n"))));
  assert.equal(cr.author, "Camila A. Quispe and Daniel J. Hoffman");
  assert.equal(isDateline("Modified Dec 17, 2022"), true);
  assert.equal(isDateline("Q&A / Latin America & Caribbean 20 January 2023"), true);
  const up = buildRecord(seedFromBytes("u.txt", Buffer.from(["Peru's crisis deepens", "Published 11 January 2023", LEAD, MORE, "Update, 12 January 2023: This article was updated to note the death of a protest leader in Cusco, bringing the national toll to 48."].join("\n\n"))));
  assert.notEqual(up.source, "Update");
  const ac = buildRecord(seedFromBytes("a.txt", Buffer.from(["[ANDES DATA](#)", "[Data](#)   [Dashboards](#)   [Analysis](#)   [Resources](#)   [About](#)", "Peru's protest wave in numbers", LEAD, MORE, "Cite: ANDES DATA brief on Peru."].join("\n\n"))));
  assert.notEqual(ac.source, "Dashboards");
});

test("a dateline's own date right before 'One year after' is the day the text was written, not an event a year earlier", () => {
  const r = buildRecord(seedFromBytes("o.txt", Buffer.from(["Still no justice in Peru", "Lima, Peru – 11 December 2023 – One year after security forces opened fire on protesters in Andahuaylas, not a single officer has been convicted, Oxfam said today.", MORE].join("\n\n"))));
  assert.equal(r.date, "2023-12-11");
});

test("platform captures: an encyclopedia's own line, a document's window title, a thread's first post, its counts, a table of contents, a platform is no publication", () => {
  const w = buildRecord(seedFromBytes("w.txt", Buffer.from(["Search Andepedia", "2022–2023 Peruvian protests", "From Andepedia, the free encyclopedia", LEAD, MORE].join("\n\n"))));
  assert.equal(w.source, "Andepedia");
  for (const line of ["Toggle Timeline subsection", "Create new account", "Peru briefing Feb 2023 - PUBLIC v3 - Google Docs", "Request edit access", "41 boosts · 27 favourites", "Allow the use of cookies from Facebook on this browser?"]) assert.equal(isChrome(line), true, line);
  assert.notEqual(extractTitle(["🧵 What we know so far about today's deaths near Ilave. We'll update this thread. (1/7)"], LEAD).titleSource, "text");
  assert.notEqual(extractTitle(["2.1 December 2022"], LEAD).titleSource, "text");
  const ig = buildRecord(seedFromBytes("i.txt", Buffer.from(["A year of mourning in Juliaca", LEAD, MORE, "© 2024 Instagram from Meta"].join("\n\n"))));
  assert.equal(ig.source, null);
});

test("a breadcrumb from the site's home ('Inicio / Pronunciamientos') is no headline", () => {
  assert.notEqual(extractTitle(["Inicio / Pronunciamientos"], "Desde la organización denunciamos ante la opinión pública regional los hechos ocurridos en Cusco el miércoles.").titleSource, "text");
});

test("a 'support us' button in the top row is no masthead", () => {
  const r = buildRecord(seedFromBytes("a.txt", Buffer.from(["[Apóyanos](#) [Suscríbete](#) [Buscar](#)", "Marco Antonio, el médico que murió atendiendo a los heridos", LEAD, MORE].join("\n\n"))));
  assert.notEqual(r.source, "Apóyanos");
});

test("a date then the writer's name is a dateline and a byline; a German cookie banner, a skip link and a row of account buttons are furniture", () => {
  assert.equal(isDateline("January 31, 2023 / Ana Lucía Rojas"), true);
  assert.equal(isDateline("Monday January 23 2023, 5.00pm, The Times"), true);
  const r = buildRecord(seedFromBytes("d.txt", Buffer.from(["Mourning in the south", "January 31, 2023 / Ana Lucía Rojas", LEAD, MORE].join("\n\n"))));
  assert.equal(r.author, "Ana Lucía Rojas");
  assert.equal(r.date, "2023-01-31");
  for (const line of ["Wir nutzen Cookies auf unserer Website.", "Zum Inhalt springen", "Aller au contenu", "Subscribe | Log in", "Suscríbete · Iniciar sesión"]) assert.equal(isChrome(line), true, line);
  assert.equal(isChrome("Subscribers in Lima could not log in for a week, the company said."), false);
});

test("a journal's issue line is no headline, and a signature under the headline is no standfirst", () => {
  assert.notEqual(extractTitle(["Against the Current, No. 223, March/April 2023"], LEAD).titleSource, "text");
  const t = extractTitle(["The massacre at the bridge", "— Hernán Solís", LEAD], MORE);
  assert.equal(t.title, "The massacre at the bridge");
  assert.equal(t.subtitle, null);
});

test("bylines: two writers and a date after a hyphen, a German 'Von', a name over 'Contributor' and a line of bio", () => {
  const a = buildRecord(seedFromBytes("a.txt", Buffer.from(["By [Tomás Arriaga](#) and [Helen Whitford](#) - June 2, 2023 0", "Washington's boots in a country burying its dead", LEAD, MORE].join("\n\n"))));
  assert.equal(a.author, "Tomás Arriaga and Helen Whitford");
  const v = buildRecord(seedFromBytes("v.txt", Buffer.from(["Solidarität mit Peru", "Von [Jonas Wendt](#)", LEAD, MORE].join("\n\n"))));
  assert.equal(v.author, "Jonas Wendt");
  const f = buildRecord(seedFromBytes("f.txt", Buffer.from(["Peru's Protests Have Become A Copper Story", "Daniel Whitcombe", "Contributor", "I cover commodities, mining and emerging-market risk.", "Jan 17, 2023,06:45am EST", LEAD, MORE].join("\n\n"))));
  assert.equal(f.author, "Daniel Whitcombe");
  // a headline over a role word is no writer
  const h = buildRecord(seedFromBytes("h.txt", Buffer.from(["Mourning in Juliaca", "Opinion", LEAD, MORE].join("\n\n"))));
  assert.equal(h.author, null);
});

test("fields under a headline ('Source: …', 'Editor: …') are no menu, and an agency named so gives way to the carrying paper", () => {
  const x = buildRecord(seedFromBytes("x.txt", Buffer.from(["URGENT", "At least 17 killed in clashes in southern Peru", "Source: Xinhua", "Editor: huaxia", "2023-01-10 09:31:16", LEAD, MORE, "Copyright © 2000 - 2023 XINHUANET.com All rights reserved."].join("\n\n"))));
  assert.equal(x.title, "At least 17 killed in clashes in southern Peru");
  assert.equal(x.source, "Xinhua");
  const p = buildRecord(seedFromBytes("p.txt", Buffer.from(["Los Andes del Sur", "Perú: Defensoría eleva a 60 los fallecidos", "Fuente: EFE", LEAD, MORE, "Los Andes del Sur © 2023 | Todos los derechos reservados"].join("\n\n"))));
  assert.equal(p.source, "Los Andes del Sur");
  const n = buildRecord(seedFromBytes("n.txt", Buffer.from(["Perú: Defensoría eleva a 60 los fallecidos", "Fuente: Andes Watch", LEAD, MORE].join("\n\n"))));
  assert.equal(n.source, "Andes Watch");
});

test("a newsletter by email: its name for itself is no publication, its subscription line names it, its sign-off names the writer", () => {
  const body = ["¿No puedes ver bien este correo? [Ábrelo en tu navegador](#)", "BOLETÍN SEMANAL · Viernes 17 de febrero de 2023", "Hola:", LEAD, MORE, "Un abrazo,", "Ana Lucía Sifuentes", "Editora general", "Recibes este correo porque te suscribiste al boletín de Andes Abierto.", "[Darse de baja](#)"];
  const r = buildRecord(seedFromBytes("b.txt", Buffer.from(body.join("\n\n"))));
  assert.equal(r.source, "Andes Abierto");
  assert.equal(r.author, "Ana Lucía Sifuentes");
  const en = buildRecord(seedFromBytes("e.txt", Buffer.from(["Weekly newsletter · February 17, 2023", LEAD, MORE, "In solidarity,", "Mara Whitfield", "You are receiving this email because you subscribed to Andes Post."].join("\n\n"))));
  assert.equal(en.source, "Andes Post");
  assert.equal(en.author, "Mara Whitfield");
  // a closing word over a place or an organization is no signature
  const n = buildRecord(seedFromBytes("n.txt", Buffer.from(["Mourning in Juliaca", LEAD, MORE, "Gracias,", "Comité de Solidaridad"].join("\n\n"))));
  assert.equal(n.author, null);
});

test("'Published by <a known name>, <date>' under the headline is the writer's byline; a publisher's name there is not", () => {
  const r = buildRecord(seedFromBytes("s.txt", Buffer.from(["Number of deaths in Peru's protests by region", "Published by Rafael Quintana Brito, Feb 14, 2023", LEAD, MORE].join("\n\n"))));
  assert.equal(r.author, "Rafael Quintana Brito");
  const o = buildRecord(seedFromBytes("o.txt", Buffer.from(["Number of deaths in Peru's protests by region", "Published by Andes Data Lab, Feb 14, 2023", LEAD, MORE].join("\n\n"))));
  assert.equal(o.author, null);
});
