// Line splitting and chrome tests in layout.ts take shortcuts (a line scan instead of a regex split, a
// cheap test before each regex); these pin the cases where a shortcut could read a line differently.
import { test } from "node:test";
import assert from "node:assert/strict";
import { paragraphs, isChrome, isDateline, segment } from "../src/extract/layout.ts";
import { extractTitle } from "../src/extract/title.ts";

test("blank lines of spaces and tabs end a paragraph; other blank-looking lines do not", () => {
  assert.deepEqual(paragraphs("Line one\n \t \nline two"), ["Line one", "line two"]);
  assert.deepEqual(paragraphs("Line one\n\n\n\nLine two"), ["Line one", "Line two"]);
  // "\r" and a no-break space are trimmed away but were never a block separator
  assert.deepEqual(paragraphs("A line\r\n\r\ncontinued?"), ["A line continued?"]);
  assert.deepEqual(paragraphs("A line\n\u00a0\ncontinued after a no-break space line"), ["A line continued after a no-break space line"]);
  assert.deepEqual(paragraphs(""), []);
  assert.deepEqual(paragraphs("\n\n"), []);
});

test("hard-wrapped lines are re-joined, runs of blanks collapsed", () => {
  assert.deepEqual(paragraphs("A line without end\ncontinued in lower case\nNext Para."), ["A line without end continued in lower case", "Next Para."]);
  assert.deepEqual(paragraphs("Tabs\tand   spaces  \t collapse\n\t  indented line\n"), ["Tabs and spaces collapse indented line"]);
  assert.deepEqual(paragraphs("Ends with colon:\n(parenthesis starts)\nàccent start"), ["Ends with colon:", "(parenthesis starts)", "àccent start"]);
});

test("chrome anywhere in a line, and chrome that must be the whole line", () => {
  const cases: [string, boolean][] = [
    ["Follow us on Twitter for updates", true],
    ["FOLLOW US ON FACEBOOK", true],
    ["We reúnete a nuestro canal", true],
    ["Únete a nuestro canal", true],
    ["The newsletters arrived", false],
    ["Read the newsletter.", true],
    ["click HERE to read", true],
    ["• Share", true],
    ["- Menu", true],
    ["•Share", false],
    ["Home", true],
    ["Tags: Peru", true],
    ["rsr/ll/dga", true],
    ["Protesters marched on Lima.", false],
  ];
  for (const [line, chrome] of cases) assert.equal(isChrome(line), chrome, line);
});

test("datelines need a digit", () => {
  assert.equal(isDateline("Lima, 12 de enero de 2023"), true);
  assert.equal(isDateline("  Published: 2023-01-02  "), true);
  assert.equal(isDateline("Updated January 9, 2023 10:00 am EST"), true);
  assert.equal(isDateline("No digits here at all"), false);
});

test("links are reduced in plain text and kept in the body only when real", () => {
  const l = segment("Headline\n\nThe [ombudsman](https://example.org/x) said on [Tuesday](#) that the toll rose, in a report published after the strike began last week across the region.");
  assert.equal(l.plain[0], "The ombudsman said on Tuesday that the toll rose, in a report published after the strike began last week across the region.");
  assert.equal(l.body[0], "The [ombudsman](https://example.org/x) said on Tuesday that the toll rose, in a report published after the strike began last week across the region.");
});

test("a donation appeal over the headline is page furniture", async () => {
  const { isChrome } = await import("../src/extract/layout.ts");
  assert.equal(isChrome("We’re not backed by corporate money or advertisers. Help us keep it that way: Make a tax-deductible donation."), true);
});

test("a link to another story ('Also read: …', 'Watch: …') is page furniture, wherever it sits", () => {
  const lead = "Police fired on marchers in Juliaca on Monday as they tried to reach the airport, witnesses and the regional health office said, and the ombudsman called for calm.";
  const text = "Peru toll rises\n\n" + lead + "\n\n" + lead + "\n\nAlso read: Nine killed in mass shooting in Los Angeles area, police say\n\nWatch: Thousands march in Lima (2:41)\n\nThe curfew starts at 8 p.m. and lasts until dawn in the whole of the Puno region, the government said.";
  const body = segment(text).plain.join("\n");
  assert.ok(!body.includes("Los Angeles") && !body.includes("Thousands march"), body);
  assert.ok(body.includes("The curfew starts"));
  // a sentence that only starts like one is text
  assert.ok(!isChrome("Watch the video of the march, the ombudsman said."));
});

test("a reader-funded site's appeal over the headline is no headline, and a sentence about support is text", () => {
  const lead = "Police fired on marchers in Juliaca on Monday as they tried to reach the airport, witnesses and the regional health office said, and the ombudsman called for calm.";
  for (const appeal of ["¿Te gusta lo que hacemos? Apoya el periodismo independiente. [Únete a la comunidad](#)", "La Voz del Sur se sostiene con tu apoyo. Hazte socia o socio. [Colabora](#)", "Like what we do? Support independent journalism."]) {
    const l = segment(`${appeal}\n\nPeru toll rises in the south\n\n${lead}`);
    assert.deepEqual(l.header, ["Peru toll rises in the south"], appeal);
  }
  const l = segment(`Peru toll rises in the south\n\n${lead}\n\nThis story was produced with the support of a grant for independent journalism in the Andes.\n\nLos gremios anunciaron que apoyan el paro regional convocado para el lunes en Puno.`);
  assert.equal(l.plain.length, 3);
});

test("a text hard-wrapped at a terminal's width is joined into its paragraphs, whatever letter a line starts with", () => {
  // (each line as wide as the words allow, up to 70 characters)
  const wrap = (s: string) => s.replace(/(.{1,70})(?:\s+|$)/g, "   $1\n").trimEnd();
  const paras = [
    "At least two people were killed on Sunday in the southern Andean province of Andahuaylas, in Peru's Apurímac region, during clashes between police and demonstrators demanding the release of Pedro Castillo and the closure of Congress, the Ombudsman's Office (Defensoría del Pueblo) reported.",
    "According to the regional health directorate, 16 people were admitted to the hospital in Andahuaylas, five of them with gunshot wounds, and four were flown to Lima in serious condition overnight, officials said.",
    "The Interior Ministry said that 20 police officers had been injured. Some 2,000 protesters had marched on the airfield earlier in the day, setting fire to part of the terminal building at Huancabamba.",
    "In a televised message shortly after midnight, President Dina Boluarte said she would send a bill to Congress to bring forward general elections from 2026 to April 2024, a proposal that protest leaders in Apurímac rejected.",
  ];
  // (lines that start with a capital: "Pueblo) reported.", "Andahuaylas, five …")
  assert.ok(/[^\n]\n {3}\p{Lu}/u.test(paras.map(wrap).join("\n\n")));
  const l = segment(["   Two dead in Peru protests", "", ...paras.map(wrap).join("\n\n").split("\n"), "", "   References", "", "   1. https://example.org/a", "   2. https://example.org/b"].join("\n"));
  assert.deepEqual(l.plain.slice(0, 4), paras);
  // a scrape's one-line paragraphs, with a short line under a longer one, stay as they are
  const lines = segment("Peru toll rises\n\n" + paras[0] + "\nPhoto: Reuters\n\n" + paras[1]).plain;
  assert.ok(!lines.some((p) => p.includes("reported on Monday morning. Photo")), lines.join("\n"));
});

test("a text browser's form field is page furniture, and a link to the site's edition in another language no headline", () => {
  assert.equal(isChrome("Search: ______________________________ [Search]"), true);
  const lead = "Police fired on marchers in Juliaca on Monday as they tried to reach the airport, witnesses and the regional health office said, and the ombudsman called for calm.";
  assert.equal(extractTitle(segment(`MercoPress, en Español\n\nMonday, December 12th 2022 - 09:58 UTC\n\nTwo dead in Peru protests as Boluarte proposes early elections\n\n${lead}`).header, lead).title, "Two dead in Peru protests as Boluarte proposes early elections");
});

test("the Wayback Machine's toolbar over a captured page is none of the page's", () => {
  const lead = "Police fired on marchers in Juliaca on Monday as they tried to reach the airport, witnesses and the regional health office said, and the ombudsman called for calm.";
  const toolbar = "The Wayback Machine - https://web.archive.org/web/20230130021844/https://www.example.org/a/protester-dies\n\t\nGo\t\nDEC\tJAN\tFEB\n30\t\n2022\t2023\t2024\nsuccess\nfail\n\t\nAbout this capture\nCOLLECTED BY\nOrganization: Archive Team\nFormed in 2009, the Archive Team is a rogue archivist collective dedicated to saving copies of rapidly dying or deleted websites for the sake of history and digital heritage.\nCollection: Archive Team: URLs\nTIMESTAMPS\nloading\nThe Wayback Machine - https://web.archive.org/web/20230130021844/https://www.example.org/a/protester-dies\n37 captures\n29 Jan 2023 - 14 Mar 2024\n\n";
  const l = segment(`${toolbar}Protester dies in Lima as Congress fails to agree on elections\n\nJanuary 29, 2023\n\n${lead}`);
  assert.equal(l.header[0], "Protester dies in Lima as Congress fails to agree on elections");
  assert.ok(![...l.header, ...l.plain].some((p) => /Archive Team|captures|Wayback/.test(p)));
});

test("a search engine's cached copy: its banner and the banner's links are none of the page's", () => {
  assert.equal(isChrome("Esta es la versión en caché de https://example.pe/politica/nota/ de Google. Se trata de una captura de pantalla de la página tal como esta se mostraba el 4 may 2023 06:12:45 GMT. Puede que la página haya cambiado en ese tiempo. Más información."), true);
  assert.equal(isChrome("This is Google's cache of https://example.org/a. It is a snapshot of the page as it appeared on 4 May 2023 06:12:45 GMT."), true);
  assert.equal(isChrome("Versión de solo texto"), true);
  assert.equal(isChrome("Sugerencia: Para encontrar rápidamente tu término de búsqueda en esta página, pulsa Ctrl+F o ⌘-F (Mac) y utiliza la barra de búsqueda."), true);
});

test("a date bar whose weather came on its own line is the day the page was seen, not a dateline", () => {
  const lead = "Police fired on marchers in Juliaca on Monday as they tried to reach the airport, witnesses and the regional health office said, and the ombudsman called for calm.";
  const l = segment(`jueves, 12 de enero de 2023\nPuno 11°C  |  Juliaca 13°C\nDólar: S/ 3.83\n\nDiario del Altiplano\n\nJuliaca: velan a las víctimas\n\nPor Edwin Ccama Apaza\nenero 11, 2023\n\n${lead}`);
  assert.ok(l.pageDay?.startsWith("jueves, 12 de enero de 2023"), l.pageDay);
  assert.ok(!l.header.some((h) => h.startsWith("jueves")), l.header.join(" / "));
});

test("a row of topic links under a label without a colon is page furniture", () => {
  const lead = "Police fired on marchers in Juliaca on Monday as they tried to reach the airport, witnesses and the regional health office said, and the ombudsman called for calm.";
  const l = segment(`Topics [Politics](#) [World](#)\n\nPeru's elites are waging war on democracy\n\n${lead}`);
  assert.deepEqual(l.header, ["Peru's elites are waging war on democracy"]);
});

test("an audio player's controls are page furniture", () => {
  for (const line of ["00:00 / 14:27", "▶ Escuchar", "Listen", "Descargar audio (MP3, 13.2 MB)", "1:02:10 / 1:15:00"]) assert.equal(isChrome(line), true, line);
  assert.equal(isChrome("Escuchar a las víctimas es lo primero, dijo la presidenta de la asociación."), false);
});
