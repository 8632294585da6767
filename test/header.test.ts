// Title, subtitle, author and source on short texts written for each rule (not the seeds).
import { test } from "node:test";
import assert from "node:assert/strict";
import * as segmentModule from "../src/extract/layout.ts";
import { segment } from "../src/extract/layout.ts";
import { extractTitle, deriveTitle } from "../src/extract/title.ts";
import { extractAuthor, cleanName } from "../src/extract/author.ts";
import { extractSource } from "../src/extract/source.ts";

function fields(text: string) {
  const l = segment(text);
  const t = extractTitle(l.header, l.plain[0] ?? null);
  const author = extractAuthor(l);
  return { layout: l, ...t, author, source: extractSource(l, author).source };
}

const LEAD = "Police fired tear gas at thousands of marchers in the southern city of Puno on Tuesday, witnesses said, as a general strike entered its second week.";

test("headline past page chrome, with standfirst, byline and dateline", () => {
  const f = fields(`Skip to content\n\nMenu\n\nStrike paralyses southern Peru\n\nRoads blocked across three regions as unions demand elections\n\nBy [Jane Roe](#)\n\nAndes Weekly, March 3, 2023\n\nShare this article\n\n${LEAD}\n\nMore text follows here in the body of the article.`);
  assert.equal(f.title, "Strike paralyses southern Peru");
  assert.equal(f.titleSource, "text");
  assert.equal(f.subtitle, "Roads blocked across three regions as unions demand elections");
  assert.equal(f.author, "Jane Roe");
  assert.equal(f.source, "Andes Weekly");
  assert.ok(f.layout.plain[0].startsWith("Police fired"), "body starts at the lead");
  assert.ok(!f.layout.plain.some((p) => /share this/i.test(p)), "share prompt removed");
});

test("a text that starts with its lead gets a derived title cut at a clause boundary", () => {
  const f = fields(`${LEAD}\n\nSecond paragraph of the story.`);
  assert.equal(f.titleSource, "derived");
  assert.ok(f.title.length <= 90 && f.title.length >= 20, f.title);
  assert.ok(LEAD.startsWith(f.title.replace(/…$/, "")), f.title);
  assert.equal(f.subtitle, null);
});

test("deriveTitle keeps short sentences whole and drops the final period", () => {
  assert.equal(deriveTitle("Protests spread to Lima."), "Protests spread to Lima");
  assert.equal(deriveTitle("Protests in Peru have escalated continuously in tandem with the murderous repression unleashed by the regime."), "Protests in Peru have escalated continuously");
});

test("a lead paragraph right after the headline is not a subtitle", () => {
  const f = fields(`Clashes at the airport\n\n${LEAD}`);
  assert.equal(f.title, "Clashes at the airport");
  assert.equal(f.subtitle, null);
});

test("a photo credit is not the author", () => {
  const f = fields(`Marchers reach the capital\n\n${LEAD}\n\nProtest in Lima, banner reads "Resign" [Photo by Ana Pérez / CC BY-SA 4.0]\n\nMore text.`);
  assert.equal(f.author, null);
});

test("site-builder chrome and footer bylines give the author", () => {
  assert.equal(fields(`top of page\n\n• Writer's pictureMaría Quispe\n\nA headline for the story\n\n${LEAD}`).author, "María Quispe");
  assert.equal(fields(`A headline for the story\n\n${LEAD}\n\nArticles by: [Tom Field](#)`).author, "Tom Field");
});

test("a closing author bio gives the author, a quoted official's profile does not", () => {
  assert.equal(fields(`A headline for the story\n\n${LEAD}\n\nLuis Mamani is a journalist based in Puno.`).author, "Luis Mamani");
  assert.equal(fields(`A headline for the story\n\n${LEAD}\n\nVicente Romero is the interior minister of Peru.`).author, null);
});

test("cleanName strips byline decoration and refuses non-names", () => {
  assert.equal(cleanName("By JOHN SMITH, January 3, 2023"), "John Smith");
  assert.equal(cleanName("Ana Díaz | Lima Post"), "Ana Díaz");
  assert.equal(cleanName("By Ana Roe and Luis Poe Graphics by Tim Doe"), "Ana Roe and Luis Poe");
  assert.equal(cleanName("By Ana Roe. Photographs by Tim Doe"), "Ana Roe");
  assert.equal(cleanName("Staff"), null);
  assert.equal(cleanName("By: RFI"), null);
  assert.equal(cleanName("the 5 best beaches in Peru"), null);
});

test("source from an 'original source' line, a copyright line, a wire dateline", () => {
  assert.equal(fields(`Headline here today\n\n${LEAD}\n\nThe original source of this article is Andes Monitor`).source, "Andes Monitor");
  assert.equal(fields(`Headline here today\n\n${LEAD}\n\nCopyright © Jane Roe, Southern Courier, 2023`).source, "Southern Courier");
  assert.equal(fields(`Headline here today\n\nLIMA, Jan 12 (Reuters) - ${LEAD}`).source, "Reuters");
});

test("site navigation above the headline is not the headline", () => {
  const nav = ["Skip to main content", "Print subscriptions", "Sign in", "International edition", "The Courier - Back to home", "News", "Opinion", "World", "US & Canada", "Americas"].join("\n");
  const f = fields(`${nav}\n\nPeru\n\nThis article is more than 1 year old\n\nGrief and fury in Peru's south as the emergency widens\n\nHelen Ashby in Lima\nSun 15 Jan 2023 14.02 GMT\n\n${LEAD}`);
  assert.equal(f.title, "Grief and fury in Peru's south as the emergency widens");
  assert.equal(f.author, "Helen Ashby", "a name over the date line is a byline");
  const links = fields(`[Andes Monitor](#)\n[About us](#) | [Our work](#) | [Donate](#)\n\n[Press room](#) › [Press releases](#)\n\nPeru: evidence of unlawful killings demands justice\n\n${LEAD}\n\n[Share on Twitter](#) [Email](#)`);
  assert.equal(links.title, "Peru: evidence of unlawful killings demands justice");
  assert.equal(links.layout.plain.length, 1, "the share row is not body text");
  // a widget's words run together by the scrape
  assert.equal(fields(`Exclusive news, data and analytics for professionalsLearn more aboutTerminal\n\nCurfew imposed in Puno after deadly day\n\nBy Ana Ruiz\n\n${LEAD}`).title, "Curfew imposed in Puno after deadly day");
  // a name alone that is not over a date, or does not start with a given name, is no byline
  assert.equal(fields(`Curfew imposed in Puno\n\nPuno Regional Office\nSun 15 Jan 2023\n\n${LEAD}`).author, null);
});

test("a masthead, a one-line menu and the page's title line are not the headline", () => {
  const herald = fields(`Tamarack County Herald\nServing Tamarack County since 1889\nWednesday, January 11, 2023 | 34°F Light Snow\nHome | News | Sports | Obituaries | Opinion | Subscribe\n\nNATION & WORLD\n\nPeru mourns Juliaca dead as police officer is burned alive\n\nBy ROSA TICONA Associated Press\n\n${LEAD}\n\nMore text follows here in the body of the article.`);
  assert.equal(herald.title, "Peru mourns Juliaca dead as police officer is burned alive");
  assert.equal(herald.author, "Rosa Ticona", "the agency after the name is not part of it");
  assert.equal(herald.source, "Tamarack County Herald");
  const spaced = fields(`Agencia Andina\nHOME   POLITICS   ECONOMY   REGIONAL\n\n22/01/2023 19:35\n\nPremier Says Government Will Support The Families Of The Fallen\n\n${LEAD}`);
  assert.equal(spaced.title, "Premier Says Government Will Support The Families Of The Fallen");
  const titled = fields(`Peru protests: Seventeen killed in Juliaca - World News Daily\nSkip to content\nHome | World | Business | Sport\n\nPeru protests: Seventeen killed in Juliaca\n\nPublished\n10 January 2023\n\n${LEAD}`);
  assert.equal(titled.title, "Peru protests: Seventeen killed in Juliaca");
  assert.equal(titled.source, "World News Daily");
  // the headline over its decks, not the second deck nearest the byline
  const decks = fields(`Copper heartland braces for longer unrest as death toll climbs\n\nProtesters storm a mine, forcing a halt\n\nSol slides as the central bank delivers its 18th hike\n\nBy Marcelo Rochabrun\n\n+Follow\n\nand Maria Cervantes\n\nJanuary 12, 2023 at 3:42 PM EST\n\n${LEAD}`);
  assert.equal(decks.title, "Copper heartland braces for longer unrest as death toll climbs");
  assert.equal(decks.author, "Marcelo Rochabrun and Maria Cervantes");
});

test("a masthead the page names again is the site, not the headline", () => {
  const f = fields(`The Washington Courier\nDemocracy Dies in Daylight\n\nWorldView\n\nPeru's bloodshed exposes a democracy running on empty\n\nThe country has had six presidents since 2016. Now its forces are shooting protesters.\n\nAnalysis by Dominic Harcourt\n\nJanuary 26, 2023 at 6:00 a.m. EST\n\n${LEAD}\n\nMore text follows here in the body of the article.\n\nDominic Harcourt writes about foreign affairs for The Washington Courier.`);
  assert.equal(f.title, "Peru's bloodshed exposes a democracy running on empty");
  assert.equal(f.author, "Dominic Harcourt");
  assert.equal(f.source, "The Washington Courier");
  // a short headline the text does not repeat stays the headline
  assert.equal(fields(`Strike Paralyses Southern Peru\n\nBy Jane Roe\n\n${LEAD}`).title, "Strike Paralyses Southern Peru");
});

test("cookie notices, blog bylines, and copyrights at the top or inside a bar of links", () => {
  const blog = fields(`This site uses cookies. We use necessary cookies to make our site work and optional analytics cookies.\nAccept all cookies\nReject optional cookies\n\nFebruary 20th, 2023\n\nThe dead of the south: what the toll reveals\n\nEstimated reading time: 7 minutes\n\nGabriela Vilca Mamani\n\n${LEAD}\n\nMore text follows here in the body of the article.`);
  assert.equal(blog.title, "The dead of the south: what the toll reveals");
  assert.equal(blog.author, "Gabriela Vilca Mamani");
  const blogger = fields(`Cuaderno de la Sierra\napuntes de una caminante andina\n\nInicio | Sobre mí | Contacto\n\nCuatro meses sin justicia\n\n${LEAD}\n\nMore text follows here in the body of the article.\n\nPublicado por Rocío Ttito a las 23:14   5 comentarios\n\nEntradas populares`);
  assert.equal(blogger.author, "Rocío Ttito");
  assert.equal(blogger.source, "Cuaderno de la Sierra");
  assert.equal(blogger.title, "Cuatro meses sin justicia");
  assert.equal(fields(`Headline here today\n\n${LEAD}\n\nMore text.\n\nMore text again.\n\nTérminos y Condiciones | Política de Privacidad | © 2023 Infobae`).source, "Infobae");
  // a report's copyright page sits under its cover; the report goes on after it
  const report = fields(`ANDES RIGHTS OBSERVATORY\n\nLethal force in the south\n\n© 2023 Andes Rights Observatory\nAll rights reserved.\n\n${LEAD}\n\nMore text follows here in the body of the report.\n\nA third paragraph.\n\nA fourth paragraph.\n\nA fifth paragraph.`);
  assert.ok(report.layout.plain.length >= 4, "the report's text is its body, not its footer");
});

test("paywalls, mottos, outlets in the author's slot, dates in capitals or without a year", () => {
  const ft = fields(`Subscribe to unlock this article\nTry unlimited access\nOnly $1 for 4 weeks\nThen $75 per month. Complete digital access on any device.\nExplore more offers.\n\nHelen Lowe in Lima\n\n${LEAD}\n\nMore text follows here in the body of the article.`);
  assert.equal(ft.titleSource, "derived", "a page with no headline gets a derived title, not the paywall's");
  assert.equal(ft.author, "Helen Lowe");
  const merco = fields(`MercoPress. South Atlantic News Agency\n\nSaturday, December 17th 2022 - 08:41 UTC\n\nPeru: two ministers quit as army fire pushes the toll higher\n\n${LEAD}\n\nMore text follows here in the body of the article.`);
  assert.equal(merco.title, "Peru: two ministers quit as army fire pushes the toll higher");
  assert.equal(merco.source, "MercoPress");
  const wix = fields(`top of page\n\n• Writer's pictureKawsachun News\n• Jan 10\n• 3 min read\n\nJuliaca remembers its dead one year on\n\n${LEAD}\n\nMore text follows here in the body of the article.`);
  assert.equal(wix.title, "Juliaca remembers its dead one year on");
  assert.equal(wix.author, null, "an outlet in the author's slot is no author");
  assert.equal(wix.source, "Kawsachun News");
});

test("credits under the text, mottos, issue lines and pull quotes", () => {
  const body = `${LEAD}\n\nMore text follows here in the body of the article.\n\nA closing paragraph of the story.`;
  assert.equal(fields(`A headline for the story\n\n${body}\n\nWritten and reported by Ximena Qhispe Larico in Puno. Editing by Daniel Marsh.`).author, "Ximena Qhispe Larico");
  assert.equal(fields(`A headline for the story\n\n${body}\n\nThis update was compiled by Harriet Lowe for the Peru Support Group.`).author, "Harriet Lowe");
  assert.equal(fields(`A headline for the story\n\n${body}\n\nHi, I'm Maren Lindqvist, a former teacher travelling the Andes.`).author, "Maren Lindqvist");
  const ngo = fields(`Peru Support Group\nWorking for human rights, development and social justice in Peru since 1983\n\nHome | About us | News | Donate\n\nNews > Posted 06/02/2023\n\n${body}\n\nThis update was compiled for the Peru Support Group.`);
  assert.equal(ngo.titleSource, "derived", "neither the masthead nor its motto is a headline");
  assert.equal(ngo.source, "Peru Support Group");
  const letter = fields(`Notes from the southern highlands · Issue No. 38\n\n“They are killing us like animals.”\n\n— Rosa Mamani, a delegate from Puno\n\n${body}`);
  assert.equal(letter.titleSource, "derived", "neither an issue line nor a pull quote is a headline");
});

test("a site's name is a proper name: not a button, not a motto", () => {
  const body = `${LEAD}\n\nMore text follows here in the body of the article.`;
  assert.equal(fields(`Skip links\nPlay Live\nLive\nNews\nMiddle East\nAfrica\n\nFirst protester killed in the capital as the toll reaches 57\n\n${body}`).source, null);
  assert.equal(fields(`Academic rigour, journalistic flair\nArts + Culture\nBusiness + Economy\nEducation\n\nThe south's dead are no accident\n\n${body}`).source, null);
  assert.equal(fields(`MercoPress, en Español\nHome\nMercosur\nFalklands\n\nSoldiers drown crossing a river in Puno\n\n${body}`).source, "MercoPress");
});

test("menus without separators, share rows and prices are not the article's text", () => {
  const f = fields(`Skip to main content\nTri-County Ledger\nSubscribe: $1 for 3 months\nLog in\nNews Local Sports Obituaries Opinion Classifieds Weather 28°F\n\nPeru closes Machu Picchu as protests strand tourists\n\nBy Ana Ruiz\n\nPrint Email Facebook Twitter\n\n${LEAD}\n\nMore text follows here in the body of the article.`);
  assert.equal(f.title, "Peru closes Machu Picchu as protests strand tourists");
  assert.ok(!f.layout.header.some((l) => /Obituaries|Subscribe|Facebook/.test(l)), f.layout.header.join(" / "));
  assert.ok(!f.layout.plain.some((l) => /Facebook/.test(l)));
});

test("a forwarded newsletter: the original's subject, sender and date", () => {
  const f = fields(`---------- Forwarded message ---------\nFrom: Julia Brenner <j.brenner@example.org>\nDate: Fri, Jan 20, 2023 at 9:14 AM\nSubject: Fwd: Marchers converge on Lima\n\nFor the Peru file. -- JB\n\n---------- Original message ---------\nSubject: Marchers converge on Lima\nFrom: Latin America Daily Briefing <briefing@example.com>\nDate: Thu, 19 Jan 2023 08:02:11 -0500\n\nView this email in your browser\n\nWritten by Clara Wendt\n\n${LEAD}\n\nMore text follows here in the body of the article.`);
  assert.equal(f.title, "Marchers converge on Lima");
  assert.equal(f.subtitle, null, "the Date: field is no standfirst");
  assert.equal(f.source, "Latin America Daily Briefing");
  assert.equal(f.author, "Clara Wendt");
  assert.ok(!f.layout.plain.some((p) => /Peru file|Julia Brenner/.test(p)), "the forwarder's lines are gone");
});

test("a list of other stories under the article is not read as the article", () => {
  const f = fields(`Headline here today\n\n${LEAD}\n\nMost viewed\n\nPlane crash: at least 68 dead after flight goes down\n\nWhat we learned from the memoir\n\nAnother story about something else entirely\n\nStill another headline of the day\n\nAnd a fifth one for good measure`);
  assert.equal(f.layout.plain.length, 1);
});

test("copyright lines: the page's own, its first phrase, not the author", () => {
  const src = (tail: string) => fields(`Headline here today\n\nBy Mara Whitfield\n\n${LEAD}\n\n${tail}`).source;
  assert.equal(src("© 2023 Andes Monitor. Registered charity no. 1084417."), "Andes Monitor");
  assert.equal(src("© 2023 Hemisphere Report. All rights reserved. | [Privacy](#) | [Contact](#)"), "Hemisphere Report");
  assert.equal(src("© 2023 AFP\n\nDaily newsletter\n\n© 2023 Copyright Channel 24 - All rights reserved. Channel 24 is not responsible for external sites."), "Channel 24");
  assert.equal(src("© 2023 Mara Whitfield"), null);
  assert.equal(src("© The Hemisphere Times Limited 2023. All rights reserved."), "The Hemisphere Times");
  assert.equal(fields(`Headline here today\n\n${LEAD}\n\nSource: Al Jazeera and news agencies`).source, "Al Jazeera");
  const newsletter = fields(`Headline here today\n\n${LEAD}\n\nMore text follows here in the body of the article.\n\nA closing paragraph of the story.\n\nSubscribe to Andes Notebook\n\nBy Mara Whitfield · Launched 2 years ago\n\n© 2023 Mara Whitfield`);
  assert.equal(newsletter.source, "Andes Notebook");
  assert.equal(newsletter.author, "Mara Whitfield");
});

test("a publication quoted in the body is not the source", () => {
  const f = fields(`Headline here today\n\n${LEAD}\n\n"We will not stop," a marcher told Telesur. The Financial Times reported losses.`);
  assert.equal(f.source, null);
});

test("footer boilerplate never reaches the body", () => {
  const f = fields(`Headline here today\n\n${LEAD}\n\nDisclaimer: The contents of this article are of sole responsibility of the author.\n\nMore legal text after the disclaimer.`);
  assert.equal(f.layout.plain.length, 1);
  assert.equal(f.layout.footer.length, 2);
});

test("a credit under the text may sit above widget labels, and an 'Author' label names the writer", () => {
  const body = `${LEAD}\n\nMore text follows here in the body of the article.`;
  assert.equal(fields(`A headline for the story\n\n${body}\n\nSource: Al Jazeera and news agencies\n\nListen to these stories`).source, "Al Jazeera");
  assert.equal(fields(`A headline for the story\n\n${LEAD}\n\nSource: Andina\n\nMore text follows here in the body of the article, which goes on.`).source, null, "a credit with prose after it is mid-article");
  const conv = fields(`The south's dead are no accident\n\nPublished: February 14, 2023 1.21pm GMT\n\nAuthor\n\nRosa Mendívil Torres\n\nLecturer in Latin American Politics, University of Leeds\n\n${body}`);
  assert.equal(conv.author, "Rosa Mendívil Torres");
  assert.equal(fields(`A headline for the story\n\nAuthor\n\nPeru Politics Desk\n\n${body}`).author, null, "a desk under the label is no person");
});

test("a masthead's date is the day the page was viewed when a date line follows the navigation", () => {
  const body = `${LEAD}\n\nMore text follows here in the body of the article.`;
  const f = fields(`MercoPress, en Español\nMontevideo, October 14th 2024 - 21:07 UTC\nHome\nMercosur\nFalklands\nAntarctica\nArgentina\n\nMonday, March 6th 2023 - 09:48 UTC\n\nSoldiers drown crossing a river in Puno\n\n${body}`);
  assert.deepEqual(f.layout.header, ["Monday, March 6th 2023 - 09:48 UTC", "Soldiers drown crossing a river in Puno"]);
  const only = fields(`MercoPress, en Español\nMontevideo, March 6th 2023 - 09:48 UTC\nHome\nMercosur\nFalklands\nAntarctica\n\nSoldiers drown crossing a river in Puno\n\n${body}`);
  assert.ok(only.layout.header.includes("Montevideo, March 6th 2023 - 09:48 UTC"), "the only date line stays");
});

test("a byline below a standfirst and a caption, agency capitals, academic bios, a paywall's price line", () => {
  const body = `${LEAD}\n\nMore text follows here in the body of the article.`;
  const f = fields(`Peru imposes curfew in Puno\n\nPeru's government on Tuesday declared a three-day nighttime curfew in the southern Puno region, a day after the deadliest clashes.\n\nIssued on: 11/01/2023 - 03:48\n\nRelatives wait outside the morgue in Juliaca, Peru, on January 10, 2023. © Juan QUISPE, AFP\n\nby Carlos MANDUJANO\n\n${body}`);
  assert.equal(f.author, "Carlos Mandujano");
  assert.equal(fields(`A headline for the story\n\n${body}\n\nBy December 15 the toll had risen.`).author, null);
  assert.equal(fields(`A headline for the story\n\n${body}\n\nNathaniel Orbe is a doctoral candidate in anthropology who has worked in Puno since 2016.`).author, "Nathaniel Orbe");
  assert.equal(fields(`A headline for the story\n\n${body}\n\nKeiko Fujimori is a three-time presidential candidate.`).author, null);
  const ft = fields(`Subscribe to unlock this article\n\nTry unlimited access\n\nOnly $1 for 4 weeks\n\nThen $75 per month. Complete digital access to quality journalism on any device. Cancel anytime during your trial.\n\nHester Lowe in Lima\n\n${body}`);
  assert.equal(ft.author, "Hester Lowe");
  assert.ok(!ft.layout.plain.some((p) => p.includes("$75")));
});

test("the site's name: repeated at the top and the bottom, a name line under a welcome, a credit under a related list", () => {
  const body = `${LEAD}\n\nMore text follows here in the body of the article.\n\nA closing paragraph of the story.`;
  const letter = fields(`View this email in your browser\n\nPUNA LETTERS\n\nNotes from the southern highlands · Issue No. 38\n\nJuliaca counts its dead\n\n${body}\n\nThanks for reading.\n\nPuna Letters · Jr. Lima 412 · Puno · Peru`);
  assert.equal(letter.source, "Puna Letters");
  assert.equal(letter.title, "Juliaca counts its dead");
  const un = fields(`Skip to main content\n\nWelcome to the United Nations\n\nUN News\n\nGlobal perspective Human stories\n\nEnglish | Français | Español | Kiswahili\n\nTopics | In depth | Media | Audio Hub | Subscribe\n\nPeru: rights office alarmed by killings\n\n${body}`);
  assert.equal(un.source, "UN News");
  assert.equal(fields(`A headline for the story\n\n${body}\n\nRelated:\n\nPeru: 17 Killed in Juliaca as Police Fire on Protesters\n\n#Peru #Cuzco\n\nSource: teleSUR / EFE`).source, "teleSUR");
  // a short line at the top that the end does not repeat is not taken for the site
  assert.equal(fields(`Juliaca Diary\n\n${body}\n\nThanks for reading.`).source, null);
});

test("a closing bio above the page's own links", () => {
  const body = `${LEAD}\n\nMore text follows here in the body of the article.`;
  assert.equal(fields(`A headline for the story\n\n${body}\n\nCamila Reátegui is a journalist based in Lima.\n\nReport an editorial error\n\nReport a technical issue\n\nEditorial code of conduct\n\nRelated stories`).author, "Camila Reátegui");
});

test("page furniture of news sites: newsletter boxes, players, tag links, linked bylines, title-case headlines with a full stop", () => {
  const body = `${LEAD}\n\nMore text follows here in the body of the article.\n\nA closing paragraph of the story.`;
  const intercept = fields(`Skip to main content\n\n[The Intercept](#)\n\nJoin Our Newsletter\n\nBy signing up, I agree to receive emails from The Intercept and to the Privacy Policy.\n\nPolitics\n\nVoices\n\nPodcasts\n\nSoldiers Fired on Protesters in Ayacucho. Washington Is Standing by the New Government.\n\nWitnesses describe troops shooting at unarmed demonstrators days after the administration welcomed the new president.\n\n[Nicolás Rivas Quintanilla](#)\n\nDecember 22 2022, 6:00 a.m.\n\n${body}`);
  assert.equal(intercept.title, "Soldiers Fired on Protesters in Ayacucho. Washington Is Standing by the New Government.");
  assert.equal(intercept.author, "Nicolás Rivas Quintanilla");
  const npr = fields(`In Peru, a city mourns after the deadliest day of protests\n\nJanuary 11, 20235:03 AM ET\n\nHeard on Morning Edition\n\nJulia Restrepo Vance\n\nEnlarge this image\n\n${body}`);
  assert.equal(npr.author, "Julia Restrepo Vance");
  const mongabay = fields(`Mongabay Series: [Indigenous Peoples and Conservation](#), [Mining](#)\n\nIn Peru’s highlands, Indigenous protesters link a crackdown to decades of mining\n\nby [Martina Coaquira](#) on 9 February 2023\n\n${body}`);
  assert.equal(mongabay.title, "In Peru’s highlands, Indigenous protesters link a crackdown to decades of mining");
  assert.equal(mongabay.author, "Martina Coaquira");
  const wsws = fields(`Peru: Peasant leader killed in Cuzco as Puno is put under curfew\n\nCamilo Vera\n\n13 January 2023\n\nAlso available in: [Español](#)\n\nShare this article: [Twitter](#) [Facebook](#)\n\n${body}\n\nMore Must-Reads from TIME\n\n[The Deadly Earthquake in Turkey and Syria: What to Know](#)`);
  assert.equal(wsws.author, "Camilo Vera", "a Spanish given name starts a byline too");
  assert.ok(!wsws.layout.header.some((l) => /available|Share/.test(l)), wsws.layout.header.join(" / "));
  assert.ok(!wsws.layout.plain.some((l) => /Earthquake/.test(l)), "a linked headline under the text is another story");
  // a sentence of running text in the header zone is still no headline, title case or not
  assert.equal(fields(`Police fired tear gas at thousands of marchers in the southern city of Puno on Tuesday, witnesses said.\n\n${body}`).titleSource, "derived");
});

test("the masthead's name over the copyright holder's company, when the page says they are one", () => {
  const body = `${LEAD}\n\nMore text follows here in the body of the article.\n\nA closing paragraph of the story.`;
  const nav = "News\n\nSport\n\nCulture\n\nTravel\n\nClimate";
  assert.equal(fields(`Skip to main content\n\nThe Independent\n\nSubscribe now\n\nSign in\n\n${nav}\n\nPeru declares a national emergency\n\n${body}\n\n© 2022 Independent Digital News & Media Ltd`).source, "The Independent");
  assert.equal(fields(`[Skip to Content](#)\n\nTIME\n\n[Subscribe](#)\n\n${nav}\n\nWhy the protests shaking Peru won't go away\n\n${body}\n\nMore Must-Reads from TIME\n\n© 2023 TIME USA, LLC. All Rights Reserved.`).source, "TIME");
  assert.equal(fields(`[Mongabay](#)\n\nNews & Inspiration from Nature's Frontline\n\n${nav}\n\nIndigenous protesters link a crackdown to mining\n\n${body}\n\nThe barricade still stood when Mongabay visited.\n\n© 2023 Copyright Conservation news`).source, "Mongabay");
  assert.equal(fields(`Sunday, February 5, 2023\n\n[Buenos Aires Times](#)\n\n${nav}\n\nCongress rejects early elections again\n\n03-02-2023 09:46\n\n${body}\n\nBuenos Aires Times | Editorial Perfil S.A.\n\nCopyright 2023 Editorial Perfil S.A. All rights reserved.`).source, "Buenos Aires Times");
  // a section name at the top is no masthead, and a holder the page does not contradict stays
  assert.equal(fields(`World\n\n${nav}\n\nCongress rejects early elections again\n\n${body}\n\nThe World Bank said growth would slow.\n\n© 2023 Andes Monitor`).source, "Andes Monitor");
});

test("a section line in capitals divided by a bar, and a publisher's line, are not the headline", () => {
  const body = `${LEAD}\n\nMore text follows here in the body of the article.`;
  assert.equal(fields(`LATIN AMERICA | PERU'S CRISIS\n\nPeru's Congress rejects early elections again as protests grind on\n\nLawmakers vote down a proposal to hold general elections in December.\n\n03-02-2023 09:46\n\nby AFP\n\n${body}`).title, "Peru's Congress rejects early elections again as protests grind on");
  assert.equal(fields(`Published by the International Committee of the Fourth International (ICFI)\n\nPeru: Peasant leader killed in Cuzco as Puno is put under curfew\n\nCamilo Vera\n\n13 January 2023\n\n${body}`).title, "Peru: Peasant leader killed in Cuzco as Puno is put under curfew");
});

test("mastheads with mottos and link rows, a site line with its description, a date before the byline, an outlet's dateline", () => {
  const body = `${LEAD}\n\nMore text follows here in the body of the article.\n\nA closing paragraph of the story.`;
  const cp = fields(`[CounterPunch](#)\n\nTells the Facts, Names the Names\n\n[Subscribe](#) [Donate](#) [Books](#) [Archives](#)\n\nDECEMBER 8, 2023\n\nPeru, One Year After the Coup: Fujimori Walks Free While the Dead Wait\n\nby [Clara Mendívil Soto](#)\n\n${body}\n\nCounterPunch+ subscribers get exclusive access to new articles every week.`);
  assert.equal(cp.title, "Peru, One Year After the Coup: Fujimori Walks Free While the Dead Wait");
  assert.equal(cp.source, "CounterPunch");
  const ot = fields(`[Skip to content](#)\n\nOrinoco Tribune – News and opinion pieces about Venezuela and beyond\n\n[Home](#) » [Latin America](#) » Peru\n\nPeru: Six Soldiers Drown in Ilave River as Army Is Sent Against a Strike\n\n${body}\n\n© 2023 Orinoco Tribune. All rights reserved.`);
  assert.equal(ot.title, "Peru: Six Soldiers Drown in Ilave River as Army Is Sent Against a Strike");
  assert.equal(ot.source, "Orinoco Tribune");
  assert.equal(fields(`Massacre in Juliaca: police open fire on protesters\n\nJanuary 10, 2023 by Lucía Pari Condori\n\n${body}`).author, "Lucía Pari Condori");
  assert.equal(fields(`Servindi, 9 de enero, 2024.- Con fotografías y flores blancas, cientos de familiares marcharon este martes por las calles de Juliaca.\n\nMás texto del artículo aquí.`).source, "Servindi");
  assert.equal(fields(`Lima, 9 de enero de 2023.- Cientos de familiares marcharon este martes por las calles de la capital.\n\nMás texto del artículo aquí.`).source, null, "a place's dateline names no publication");
});

test("what scraping tools leave: link numbers, converter attributes, logos, a pasted article under a mail, a document's reference line", () => {
  const body = `${LEAD}\n\nMore text follows here in the body of the article.\n\nA closing paragraph of the story.`;
  const lynx = fields(`   #[1]AP News [2]alternate\n\n   [3]Skip to main content\n\n                               [17]WORLD NEWS\n\nPeru protest death toll climbs in Ayacucho\n\n   By MARÍA ELENA QUISPE\n   Published 7:52 PM EST, December 16, 2022\n\n   AYACUCHO, Peru (AP) — Soldiers fired on demonstrators in the city of [24]Ayacucho on Thursday.\n\n${body}`);
  assert.equal(lynx.title, "Peru protest death toll climbs in Ayacucho");
  assert.ok(lynx.layout.plain.some((p) => p.includes("city of Ayacucho")), "link numbers are gone from the text");
  const pandoc = fields(`[![Americas Quarterly](https://example.org/img/aq-logo.svg){.site-logo}](https://example.org/)\n\nANALYSIS{.eyebrow} · Peru\n\n# How the raid on San Marcos changed the protests {#title .entry-title}\n\n${body}\n\n© 2023 Americas Society/Council of the Americas · 680 Park Avenue`);
  assert.equal(pandoc.title, "How the raid on San Marcos changed the protests");
  assert.equal(pandoc.source, "Americas Quarterly");
  const mail = fields(`From: Rosa Mamani Quispe <rosa@example.com>\nSent: Friday, February 3, 2023 9:12 AM\nTo: archive@example.org\nSubject: Fwd: Reuters - Lima death / Congress vote\n\nSaving this for the archive — from Reuters, Jan 2023.\n\nR.\n\n________________________________\n\nPeru protester dies in Lima clashes as Congress rejects early election bill\n\nBy Carla Villanueva\n\n${body}`);
  assert.equal(mail.title, "Peru protester dies in Lima clashes as Congress rejects early election bill");
  assert.ok(!mail.layout.header.some((l) => /Sent:|Subject:/.test(l)), mail.layout.header.join(" / "));
  const pdf = fields(`AMNESTY INTERNATIONAL                                   PRESS RELEASE\n\nAI Index: AMR 46/6502/2023\n16 February 2023\n\nPeru: Authorities must end deadly repression of protests\n\n${body}`);
  assert.equal(pdf.title, "Peru: Authorities must end deadly repression of protests");
  assert.equal(fields(`opendemocracy.net\nWhy Peru’s protesters went for the airports\nRocío Huamán Salas\n9 min read\n\n${body}`).source, "Opendemocracy");
});

test("'This report was written by …' names the author wherever it stands", () => {
  const body = `${LEAD}\n\nMore text follows here in the body of the article.`;
  assert.equal(fields(`Lethal force against protesters in Peru\n\nThis report was written by Inés Cárdenas Luque, senior researcher at the Andean Rights Observatory.\n\n${body}\n\nMore findings follow in the chapters below.\n\nAnother paragraph.\n\nAnd another one.\n\nAnd one more.\n\nThe last one.`).author, "Inés Cárdenas Luque");
});

test("a name beside the publication's, share rows under the headline, captions with credits", () => {
  const body = `${LEAD}\n\nMore text follows here in the body of the article.`;
  const k = fields(`Cusco mourns Quechua leader shot dead as police attack march to airport\n\nInti Mamani | Kawsachun News\n\n${body}`);
  assert.equal(k.author, "Inti Mamani");
  assert.equal(k.source, "Kawsachun News");
  const hrw = fields(`[Skip to main content](#)\n\n[Human Rights Watch](#)\n\n[Donate now](#)\n\nApril 26, 2023 12:00AM EDT\n\nPeru: Lethal Force Against Protesters Demands Investigation\n\nFew Prosecutions Advanced; Families Await Justice\n\n[Share this via Facebook](#)\n\n[Share this via Twitter](#)\n\n[Print](#)\n\n${body}`);
  assert.equal(hrw.title, "Peru: Lethal Force Against Protesters Demands Investigation", "the share row under the headline is not the masthead's navigation");
  assert.equal(fields(`[Home](#) › [World](#) › [Americas](#)\n\nShare this:\n\nRelatives of people killed on December 15 march through Huamanga. Credit: Wari Ayllu Collective\n\n${body}`).titleSource, "derived");
});

test("Spanish newspaper pages: a lower-case logo, an edition's masthead, a byline below a caption, a place in the date line", () => {
  const body = `${LEAD}\n\nMore text follows here in the body of the article.\n\nA closing paragraph of the story.`;
  assert.equal(fields(`[infobae](#)\n\n[Últimas Noticias](#) [Perú](#) [América](#) [Mundo](#)\n\nFiscalía liberó a los detenidos en San Marcos\n\nPor Valeria Huamán Soto\n\n${body}\n\nTérminos y Condiciones de Uso | Política de Privacidad | Infobae Perú`).source, "Infobae");
  const elpais = fields(`[Ir al contenido](#)\n\n[EL PAÍS](#) América\n\n[Suscríbete](#) [Iniciar sesión](#)\n\n[América Latina](#) [México](#) [Colombia](#) [Perú](#)\n\nLa represión en Ayacucho precipita la salida de dos ministros\n\nLos choques entre manifestantes y militares en las inmediaciones del aeropuerto de Huamanga dejan ocho muertos y medio centenar de heridos. El Gobierno decreta el toque de queda en 15 provincias\n\n![Un manifestante herido es trasladado en Ayacucho.](#)\nUn manifestante herido es trasladado en Ayacucho. STRINGER (REUTERS)\n\nMarta Quispe Alarcón\n\nLima - 16 DIC 2022 - 22:15 CET\n\n${body}\n\n© EDICIONES EL PAÍS S.L.`);
  assert.equal(elpais.source, "El País");
  assert.equal(elpais.author, "Marta Quispe Alarcón");
  assert.ok(!elpais.layout.plain.some((p) => p.startsWith("!")), "an image is no text");
});

test("'Share full article' under a newspaper's name is not the article's share row", () => {
  const body = `${LEAD}\n\nMore text follows here in the body of the article.`;
  assert.equal(fields(`Skip to content\n\nSkip to site index\n\nAmericas\n\nToday’s Paper\n\nThe New York Times\n\nShare full article\n\nSupported by\n\nSKIP ADVERTISEMENT\n\nPeru Declares Emergency in Lima as Protest Death Toll Climbs\n\nBy Daniela Roque\n\n${body}`).source, "The New York Times");
});

test("a section's or a place's name at the top is no publication, however often the text repeats it", () => {
  const tail = `${LEAD}\n\nThe strike, which has hit Latin America and the Andes, continued on Friday, World News said.\n\nIn Peru the Americas were watching.`;
  for (const top of ["Latin America", "World News", "Peru", "Americas"]) assert.equal(fields(`${top}\n\nPeru protests spread to the north\n\n${tail}`).source, null, top);
});

test("solidarity-press pages: a quoted standfirst over a caption and a byline, reposts, mottos, 'date BY NAME', 'date - place - name'", () => {
  const body = `${LEAD}\n\nMore text follows here in the body of the article.\n\nA closing paragraph of the story.`;
  const cd = fields(`Common Dreams\n\nPeruvian Police Kill Teenagers as Uprising Spreads\n\n"The government has chosen bullets over dialogue," said one human rights defender.\n\nResidents gather near the airport on December 11, 2022. (Photo: @RedAndahuaylas/Twitter)\n\nMara Ellison\n\nDec 12, 2022\n\n${body}`);
  assert.equal(cd.author, "Mara Ellison");
  const mr = fields(`MR Online\n\nSearch\n\nPeru's Aymara hold the line in Puno\n\nOriginally published: Peoples Dispatch on February 8, 2023 by Lucía Ticona (more by Peoples Dispatch)  |  (Posted Feb 10, 2023)\n\nCategories: Movements, Strategy  Places: Americas, Peru\n\n${body}`);
  assert.equal(mr.source, "Peoples Dispatch");
  assert.equal(mr.author, "Lucía Ticona");
  assert.equal(fields(`Liberation News\nThe Newspaper of the Party for Socialism and Liberation\n\nHOME  |  U.S. NEWS  |  INTERNATIONAL  |  ANALYSIS\n\nPeru: First protester killed in Lima as the uprising comes to the capital\n\nJanuary 30, 2023\n\n${body}`).title, "Peru: First protester killed in Lima as the uprising comes to the capital");
  assert.equal(fields(`Peru's coup regime turns on Bolivia\n\nFebruary 16, 2023 3:45 PM CST BY RAFAEL CONDORI\n\n${body}`).author, "Rafael Condori");
  assert.equal(fields(`Soldiers drown in the Ilave River\n\n06.03.23 - Puno, Peru - Claudia Ramos Ccama\n\n${body}`).author, "Claudia Ramos Ccama");
  assert.equal(fields(`Ayacucho, Peru, December 16, 2022 (Kawsachun News) — Peru's army opened fire on protesters in the Andean city of Ayacucho on Thursday, killing at least eight people.\n\nMore text.`).source, "Kawsachun News");
  const fb = fields(`top of page\n\nHOME\n\nABOUT US\n\nALL POSTS\n\nEVENTS\n\nMassacre in Juliaca: police gun down protesters at airport\n\n${body}\n\nOriginally published in Fight Back! News\n\nRecent Posts\n\nPeru: Caravans head to Lima for national strike`);
  assert.equal(fb.source, "Fight Back! News");
  assert.ok(!fb.layout.plain.some((p) => p.includes("Caravans")), "a blog's recent posts are not the article");
});

test("wire copy on local and business sites: trending lists, weather and market tickers, 'Name, Agency' bylines, time stamps, mottos after a full stop", () => {
  const body = `${LEAD}\n\nMore text follows here in the body of the article.\n\nA closing paragraph of the story.`;
  const tv = fields(`Skip to content\n\nKBVX 9 News\n\n41°\n\nTrending:\n\nSchool board recap\n\nRoad work on Route 9\n\nPet of the Week\n\nWorld\n\nPeru police officer burned to death in patrol car as protest toll climbs\n\nby: ROSA HUAMÁN, Associated Press\n\nPosted: Jan 10, 2023 / 02:39 PM CST\n\n${body}`);
  assert.equal(tv.title, "Peru police officer burned to death in patrol car as protest toll climbs");
  assert.equal(tv.author, "Rosa Huamán");
  const bnn = fields(`S&P/TSX 60 1,247.10 +1.02%\n\nCAD/USD 0.7472 +0.29%\n\nU.S. 10 Yr -2/32 Yield 3.970%\n\nCommodities\n\nGlencore Halts Peru Copper Mine After Third Attack by Protesters\n\nLucía Pastor, Bloomberg News\n\nJan 20, 2023\n\n${body}`);
  assert.equal(bnn.title, "Glencore Halts Peru Copper Mine After Third Attack by Protesters");
  assert.equal(bnn.author, "Lucía Pastor");
  assert.equal(fields(`world\n\nJan. 22 06:15 am JST\n\nLIMA\n\n${body}`).titleSource, "derived", "a time stamp is no headline");
  assert.equal(fields(`MercoPress. South Atlantic News Agency\n\nHome\n\nLatin America\n\nArgentina\n\nBrazil\n\nCongress rejects early elections again\n\n${body}`).source, "MercoPress");
});

test("site builders' pages: long mottos, breadcrumbs with the headline, newsletters, 'Follow', reading time after a dash, 'Back to …', an organization's initials", () => {
  const body = `${LEAD}\n\nMore text follows here in the body of the article.\n\nA closing paragraph of the story.`;
  const wp = fields(`Skip to content\n\nThe Andes Observer\nIndependent reporting from Peru, Bolivia and the southern Andes\n\nMenu\nHome\nNews\nAnalysis\nAbout\n\nHome » News » Peru » Juliaca buries its dead as a curfew falls\n\nJuliaca buries its dead as a curfew falls\n\nPosted on January 12, 2023 by Lucía Ferreyra\n\n${body}`);
  assert.equal(wp.title, "Juliaca buries its dead as a curfew falls");
  assert.equal(wp.author, "Lucía Ferreyra");
  const sub = fields(`Letters from the Altiplano\nSubscribe\nSign in\n\nAyacucho, two months on: the families are still waiting\nNo charges, no answers\n\nTomás Herrera\nFeb 15, 2023\n\n${body}\n\nThanks for reading Letters from the Altiplano! Subscribe for free to receive new posts.`);
  assert.equal(sub.source, "Letters from the Altiplano");
  assert.equal(fields(`I Was at San Marcos When the Police Came In\n\nA student's account of the raid\n\nDaniela Ccori\n\nFollow\n\n7 min read\n\n·\n\nJan 25, 2023\n\n${body}`).author, "Daniela Ccori");
  assert.equal(fields(`Two months of roadblocks in Puno\n\nMarisol Apaza\nFeb 9, 2023 — 6 min read\n\n${body}`).author, "Marisol Apaza");
  const sq = fields(`Back to News & Statements\n\n“No more deaths”: report from our vigil\n\nWritten By PSC Toronto\n\n${body}`);
  assert.equal(sq.title, "“No more deaths”: report from our vigil");
  assert.equal(sq.author, null, "a committee's initials are no person");
  assert.equal(fields(`Welcome to the United Nations\n\nPeru: rights office alarmed by killings\n\n${body}\n\nWelcome to the United Nations`).source, null);
});

test("an aggregator's bar of facts and its 'originally published by … and republished' line", () => {
  const body = `${LEAD}\n\nMore text follows here in the body of the article.\n\nA closing paragraph of the story.`;
  const agg = fields(`LatAm Wire\nYour daily digest of Latin American news\n\nHome | Mexico | Andes | Brazil | Opinion\n\nBoluarte calls for a truce as protesters vow to stay\n\n25.01.2023 09:41 · Source: Andean Post · 2,318 views · 5 comments\n\nBy Rodrigo Salas\n\n${body}\n\nThis article was originally published by Andean Post and is republished here with permission. LatAm Wire is not responsible for the content of external sites.`);
  assert.equal(agg.source, "Andean Post");
  assert.ok(agg.layout.header.some((l) => l.startsWith("25.01.2023")), agg.layout.header.join(" / "));
});

test("round V: series labels, a byline with place and date, 'Story by', a long motto under the name, the site's own line under the article", () => {
  const body = `${LEAD}\n\nMore text follows here in the body of the article.\n\nA closing paragraph of the story.`;
  assert.equal(fields(`Equal Times\nNews, opinion and analysis on labour, human rights, culture, development, the environment, trade and economics\nPolitics | Labour & Unions | Human Rights | Development\n\n‘We came so that Lima would listen’: unions march on the capital\n\nBy Rosa Quispe Mamani, Lima, 20 January 2023\n\n${body}`).author, "Rosa Quispe Mamani");
  const eq = fields(`Equal Times\nNews, opinion and analysis on labour, human rights, culture, development, the environment, trade and economics\nPolitics | Labour & Unions | Human Rights | Development\n\n‘We came so that Lima would listen’: unions march on the capital\n\nBy Rosa Quispe Mamani, Lima, 20 January 2023\n\n${body}`);
  assert.equal(eq.title, "‘We came so that Lima would listen’: unions march on the capital");
  assert.equal(fields(`Why the south rose\n\nStory by Hannah Lindqvist\n\n${body}`).author, "Hannah Lindqvist");
  assert.equal(fields(`Mongabay Series: Amazon Conservation, Indigenous Peoples and Conservation\n\nBlockades spread along the mining corridor\n\nby Tomás Achahui on 14 February 2023\n\n${body}`).title, "Blockades spread along the mining corridor");
  assert.equal(fields(`Blockades cut food supplies in the south\n\n${body}\n\nSign up for our newsletter\n\nCaritas Internationalis – News – 23/01/2023`).source, "Caritas Internationalis");
});

test("an outlet whose name carries a number or a sign, and an address that is no outlet", () => {
  const body = `${LEAD}\n\nMore text follows here in the body of the article.`;
  assert.equal(fields(`A headline for the story\n\nBy Jane Roe\n\nInternationalist 360°, January 30, 2023\n\n${body}`).source, "Internationalist 360°");
  assert.equal(fields(`A headline for the story\n\n${body}\n\n© 2023 350 Fifth Avenue Media`).source, null);
});

test("page furniture of international sites: a language menu, a relative time stamp, a section over the headline", () => {
  const f = fields(`VATICAN NEWS\n\nEnglish ▾   Italiano   Français   Deutsch   Español   Português   Polski\n\nPublished 4 hours 21 minutes ago\n\nLatin America & the Caribbean\n\nBishops appeal for an end to the violence in Peru\n\nBy Fiona Kelleher\n\n12 January 2023, 15:47\n\n${LEAD}`);
  assert.equal(f.title, "Bishops appeal for an end to the violence in Peru");
  assert.equal(f.author, "Fiona Kelleher");
  assert.ok(!f.layout.header.some((l) => /Italiano|ago$/.test(l)), f.layout.header.join(" / "));
  // a breadcrumb with slashes is no headline either
  assert.equal(fields(`Wayka\n\nPeriodismo que no se arrodilla\n\nInicio / Derechos Humanos / Ayacucho\n\nLas familias de Ayacucho siguen esperando justicia\n\nPor Lucía Huaraca\n\n${LEAD}`).title, "Las familias de Ayacucho siguen esperando justicia");
});

test("a date line between two menus dates the page; a writer's name over a share row is no menu item", () => {
  const f = fields(`Democracy Now!\n\nDonate\n\n  Daily Digest\n  Podcast\n  Shows\n  Topics\n\nJanuary 20, 2023\n\nWatch Full Show\n\nListen\n\nMedia Options\n\nTens of thousands march on Lima to demand a new government\n\n${LEAD}`);
  assert.ok(f.layout.header.includes("January 20, 2023"), f.layout.header.join(" / "));
  const g = fields(`LINKS\nInternational Journal of Socialist Renewal\n\nHome  Articles  Regions  Topics  About  Donate\n\nLatin America & the Caribbean\n\nPeru: Lima gets its first martyr as Congress slams the door on early elections\n\nGabriela Ccori Mamani\n\n[Facebook](#) [Twitter](#) [Email](#) [Print](#)\n\n${LEAD}`);
  assert.equal(g.title, "Peru: Lima gets its first martyr as Congress slams the door on early elections");
  assert.equal(g.author, "Gabriela Ccori Mamani");
});

test("guests are not writers; a name beside the date is; a person holding the copyright wrote the blog", () => {
  assert.equal(fields(`Tens of thousands march on Lima\n\nGuests\n\nLucía Quispe Mamani\n\n${LEAD}`).author, null);
  assert.equal(fields(`# First death in Lima as the toll climbs\n\n**Diego Rodríguez Arrieta**   |29.01.2023 - Update : 29.01.2023\n\n${LEAD}`).author, "Diego Rodríguez Arrieta");
  const blog = fields(`${LEAD}\n\nI will write more when I can.\n\n— Clara\n\n© 2023 Clara Wendt\n\nPrivacy ∙ Terms ∙ Collection notice`);
  assert.equal(blog.author, "Clara Wendt");
  assert.equal(blog.source, null);
});

test("the site: an acronym spelled out under it, the masthead among a credit's sources, not a menu section", () => {
  assert.equal(fields(`LAB\nLatin America Bureau\nIndependent news and analysis on Latin America since 1977\n\nHome › Countries › Peru\n\nKillings in Ayacucho could constitute a massacre\n\nHelen Marsh\n4 May 2023\n\n${LEAD}\n\nHelen Marsh is a regular contributor to LAB.`).source, "Latin America Bureau");
  assert.equal(fields(`teleSUR\n\nEN VIVO | Noticias | Opinión | Programas\n\nMasacre en Juliaca\n\n${LEAD}\n\nTe puede interesar\n\nFuente: Defensoría del Pueblo / EFE / teleSUR\n\nCopyright ©2023 teleSUR.`).source, "teleSUR");
  const cnn = fields(`CNN\n\nLive TV\n\nUS\n\nWorld\n\nPolitics\n\nStyle\n\nTravel\n\nDeadliest day yet in Peru’s protests\n\nBy Camila Ortega, CNN\n\n${LEAD}\n\nSearch CNN...\n\nWorld\n\nStyle\n\nTravel\n\n© 2023 Cable News Network. A Warner Bros. Discovery Company. All Rights Reserved.`);
  assert.notEqual(cnn.source, "Style");
});

test("a site's address with its motto, a section of two words, a writer's name beside the date", () => {
  const f = fields(`SpaceWar.com - Your World At War\n\nConflicts & War\n\nFour Peru soldiers drown trying to flee protesters\n\n${LEAD}`);
  assert.equal(f.title, "Four Peru soldiers drown trying to flee protesters");
  assert.equal(f.source, "SpaceWar.com");
  const g = fields(`Peru: Police evict protesters from San Marcos University\n\nVictor Castellanos - January 22, 2023\n\n${LEAD}`);
  assert.equal(g.author, "Victor Castellanos");
  assert.equal(g.source, null);
});

test("a derived title starts after the lead's dateline", () => {
  assert.equal(deriveTitle("Lima.— La cifra de fallecidos en los enfrentamientos se elevó a 14 el lunes."), "La cifra de fallecidos en los enfrentamientos se elevó a 14 el lunes");
  assert.equal(deriveTitle("Ayacucho, Peru, December 16, 2022 (Kawsachun News) — Peru's army opened fire on protesters."), "Peru's army opened fire on protesters");
});

test("a wire's name opening the lead is the source; a derived title never stops inside a quotation", () => {
  const f = fields(`(Bloomberg) -- Peruvian security forces used "brutal, indiscriminate and disproportionate" force to quash protests that left almost 70 people dead, according to a report.\n\nSecond paragraph.`);
  assert.equal(f.source, "Bloomberg");
  assert.ok(!f.title.startsWith("("), f.title);
  assert.equal((f.title.match(/"/g) ?? []).length % 2, 0, f.title);
});

test("a freelance's 'Special to' byline, menu buttons, an outlet in its own byline, a repost's origin, a photo taken for the paper", () => {
  const f = fields(`Skip to main content\n\nOpen main menu\n\nThe Globe and Mail\n\nWorld\n\nPeru closes Machu Picchu as police raid Lima university\n\nIsabel Mendoza Clarke\nSpecial to The Globe and Mail\nLima\nPublished January 21, 2023\n\nOpen this photo in gallery:\n\n${LEAD}`);
  assert.equal(f.title, "Peru closes Machu Picchu as police raid Lima university");
  assert.equal(f.author, "Isabel Mendoza Clarke");
  assert.equal(fields(`Updated: 12/01/2023 - 14:32\nBy Euronews with AFP, AP\n\n${LEAD}`).source, "Euronews");
  assert.equal(fields(`Quipu Notes\n\nA year on\n\nI'm reposting a commentary everyone should read. Republished from WOLA (Washington Office on Latin America) with permission.\n\n${LEAD}`).source, "WOLA");
  assert.equal(fields(`Peru's crisis reaches the capital\n\nBy Lucía Ferrand\n\n${LEAD}\n\nDemonstrators in central Lima on Saturday.Credit...Ana Lucía Paz for The New York Times\n\nMore text.`).source, "The New York Times");
});

test("a signature under the text is the writer; a pull quote's attribution is not", () => {
  assert.equal(fields(`Canada must speak up on Peru\n\n${LEAD}\n\nThe people of southern Peru want to protest without being shot.\n\n— Lise Ferland-Ouimet, Latin America Program, MiningWatch Canada\n\nSubscribe to our newsletter`).author, "Lise Ferland-Ouimet");
  assert.equal(fields(`Deadly Decline in Peru\n\n${LEAD}\n\n“My husband loved life. He did not deserve to die.”\n\n– Ruth Bárcena Loayza\n\nAt 2:50 p.m. on December 15, 2022, she saw that her husband had been shot.`).author, null);
});

test("an outlet describing itself under the text; a writer named in the standfirst or beside the date under it", () => {
  assert.equal(fields(`Peru: teenagers among the dead\n\n${LEAD}\n\nMore of the story.\n\nPeoples Dispatch is an international media project bringing voices from people’s movements across the world.`).source, "Peoples Dispatch");
  assert.equal(fields(`Peru: the taking of Lima\n\nHUGH MARSDEN reports on the ‘Taking of Lima’, as marchers from the southern Andes arrive in the capital\n\n${LEAD}`).author, "Hugh Marsden");
  assert.equal(fields(`Peru: repression over elections\n\nThe bloodiest day since Castillo’s removal shows the government has chosen repression, writes Hannah Corrigan\n\n${LEAD}`).author, "Hannah Corrigan");
  assert.equal(fields(`Peru: teenagers among the dead as police open fire on protesters in Apurímac\n\nThe killings in Andahuaylas and Chincheros are the bloodiest since Pedro Castillo’s removal, as the government of Dina Boluarte sends troops to the southern highlands\n\nDecember 13, 2022 by Raquel Huamaní Soto\n\n${LEAD}`).author, "Raquel Huamaní Soto");
  // an organization described in the body is no outlet
  assert.equal(fields(`Peru: a report\n\nHuman Rights Watch is an international organization that documented the killings.\n\n${LEAD}`).source, null);
});

test("a reader service's metadata: the title line, the address and the label; editions and rights lines", () => {
  const f = fields(`Title: La represión en Ayacucho convierte a la ciudad en el epicentro del duelo | Internacional | EL PAÍS América\n\nURL Source: https://elpais.com/america/2022-12-16/la-represion.html\n\nPublished Time: 2022-12-16T22:05:14+01:00\n\nMarkdown Content:\n# La represión en Ayacucho convierte a la ciudad en el epicentro del duelo\n\n${LEAD}`);
  assert.equal(f.title, "La represión en Ayacucho convierte a la ciudad en el epicentro del duelo");
  assert.equal(f.source, "El País");
  assert.ok(!f.layout.header.some((l) => l.startsWith("URL Source")));
  assert.equal(fields(`Regresan los detenidos\n\n${LEAD}\n\nNoticias relacionadas\n- Juliaca: docentes se suman a la huelga\n\nDiario Los Andes | Jr. Ilave, Puno | Todos los derechos reservados`).source, "Los Andes");
  assert.equal(fields(`${LEAD}\n\nMás texto.\n\nWayka es un medio independiente y sin fines de lucro. Si valoras nuestro trabajo, apóyanos.`).source, "Wayka");
});

test("France 24's 'Issued on … Modified …' line is a date line; a photo caption with its agency is no headline; a self-description after the copyright", () => {
  const f = fields(`[FRANCE 24](#)\n\nPeru imposes curfew in Puno after police officer burned alive\n\nPeru's government on Tuesday declared a three-day nighttime curfew in the southern Puno region.\n\nIssued on: 11/01/2023 - 03:48 Modified: 11/01/2023 - 03:46\n\nText by: NEWS WIRES\n\n${LEAD}`);
  assert.equal(f.title, "Peru imposes curfew in Puno after police officer burned alive");
  assert.equal(fields(`Mourners accompany the coffins of people killed in Juliaca, Peru (ANSA)\n\nBy Fiona Kelleher\n\n12 January 2023, 15:47\n\n${LEAD}`).titleSource, "derived");
  assert.equal(fields(`${LEAD}\n\nMore text.\n\n© 2023 Copyright Conservation news. Mongabay is a U.S.-based non-profit conservation and environmental science news platform.`).source, "Mongabay");
});

test("mainstream pages: long menus, a paywall notice, 'Freelance journalist' under a name, a writer's bio over the headline, a rubric after a section, a company's copyright under a masthead", () => {
  assert.equal(fields(`Skip to content\nSky News - back to home\nWatch Live\nHome UK World Politics US Climate Science & Tech Business Ents & Arts Travel Offbeat Analysis Data & Forensics Videos Weather\n\nWorld\n\nPeru protests live: Deadliest day of unrest as clashes erupt near Juliaca airport\n\nMonday 9 January 2023 20:14, UK\n\n${LEAD}\n\n© 2023 Sky UK`).title, "Peru protests live: Deadliest day of unrest as clashes erupt near Juliaca airport");
  const wsj = fields(`This copy is for your personal, non-commercial use only. Distribution and use of this material are governed by our Subscriber Agreement.\n\nThe Wall Street Journal\nEnglish Edition\nSubscribe\nSign In\n\nLatest | World | Business | U.S. | Politics | Economy | Tech | Markets & Finance | Opinion | Arts | Lifestyle | Real Estate | Personal Finance | Health | Style | Sports\n\nPeru’s Deadly Unrest Reaches Copper Mines\n\nBy Tomás Ellery and Miriam Halvorsen\nJan. 13, 2023 5:32 pm ET\n\n${LEAD}\n\nCopyright ©2023 Dow Jones & Company, Inc. All Rights Reserved`);
  assert.equal(wsj.title, "Peru’s Deadly Unrest Reaches Copper Mines");
  assert.equal(wsj.source, "The Wall Street Journal");
  const tnh = fields(`Interview\n\n‘We ran out of blood’: A Juliaca nurse on the day Peru’s protests turned deadliest\n\nSebastián Ortuño\nFreelance journalist based in Lima\n\n7 February 2023\n\n${LEAD}`);
  assert.equal(tnh.author, "Sebastián Ortuño");
  const od = fields(`openDemocracy\nMenu\nSearch\nDonate\nSubscribe\n\nMariela Huamán Taype\nMariela Huamán Taype is a Peruvian anthropologist from Huancavelica. She teaches at a public university in Lima.\n\nLima’s contempt for the Andes is fuelling Peru’s crisis\n\n${LEAD}`);
  assert.equal(od.title, "Lima’s contempt for the Andes is fuelling Peru’s crisis");
  assert.equal(od.author, "Mariela Huamán Taype");
  assert.equal(fields(`The Americas | Peru’s stalemate\n\nDina Boluarte has outlasted the protests. That is not the same as winning\n\nPeruvians are still angry about the deaths of dozens of demonstrators\n\nJul 20th 2023 | LIMA\n\n${LEAD}`).title, "Dina Boluarte has outlasted the protests. That is not the same as winning");
  assert.equal(fields(`Peru’s strike\n\nBy **Ivonne Mamani Choque**\n\n${LEAD}`).author, "Ivonne Mamani Choque");
});

test("a byline's honorific and affiliation are not the name; a site's Creative Commons line names it", () => {
  assert.equal(cleanName("By Nadia Kowalczyk, Socialist Alternative Philadelphia"), "Nadia Kowalczyk");
  assert.equal(cleanName("Fr. Tom Kavanagh"), "Tom Kavanagh");
  assert.equal(fields(`${LEAD}\n\nMore text.\n\nRepublish our stories! MintPress News is licensed under a Creative Commons Attribution-NonCommercial-ShareAlike 4.0 International License.`).source, "MintPress News");
});

test("a station's name and its town on the first line is the masthead", () => {
  assert.equal(fields(`RADIO ONDA AZUL – PUNO\n\nNoticiero de la mañana\n\n${LEAD}`).source, "Radio Onda Azul");
});

test("an article extractor's fields, a logo's label, print options, an 'Updated' after a slash, a company suffix", () => {
  const x = fields(`URL: https://english.news.cn/20230306/c.html\nTitle: Peruvian soldiers drown in river amid clashes with protesters in Puno\nAuthors: []\nPublish Date: 2023-03-06 00:00:00\nKeywords: ['puno', 'soldiers']\nText:\n\n${LEAD}`);
  assert.equal(x.title, "Peruvian soldiers drown in river amid clashes with protesters in Puno");
  const nbc = fields(`Skip to Content\nNBC News Logo\nSponsored By\nPolitics\nU.S. News\nWorld\n\nPeru's Congress ousts President Pedro Castillo\n\nDec. 7, 2022, 7:41 PM EST / Updated Dec. 8, 2022, 9:05 AM EST\n\nBy Elena Ruiz and Reuters\n\n${LEAD}`);
  assert.equal(nbc.title, "Peru's Congress ousts President Pedro Castillo");
  assert.equal(nbc.source, "NBC News");
  assert.equal(fields(`Peru's president faces an inquiry\n\n${LEAD}\n\n© 2023 The Irish Times DAC`).source, "The Irish Times");
});

test("a blog theme's 'Headline by Name / Date' line; a committee is no author", () => {
  const f = fields(`Dissident Voice\n\nThe Marchers Came Back: Lima, Again, in March by Tomás Achahui Ccama / March 3rd, 2023\n\n${LEAD}`);
  assert.equal(f.title, "The Marchers Came Back: Lima, Again, in March");
  assert.equal(f.author, "Tomás Achahui Ccama");
  assert.equal(cleanName("Comité de Comunicaciones"), null);
});

test("'Special to <paper>' names the paper and is no headline; mottos with stars, 'Share this:', '« Back to News', fund drives are furniture", () => {
  const f = fields(`Special to Consortium News\n\nThe South Comes to Lima\n\nBy Rosa Quispe\n\n${LEAD}`);
  assert.equal(f.title, "The South Comes to Lima");
  assert.equal(f.source, "Consortium News");
  assert.equal(fields(`CLOSE THE SCHOOL OF THE AMERICAS ★ DEMILITARIZATION ★ JUSTICE\n\nPeru's massacre in Juliaca\n\nBy Hilario Condori Apaza\n\n${LEAD}`).title, "Peru's massacre in Juliaca");
  const { isChrome } = segmentModule;
  assert.ok(isChrome("Share this: f t in ✉") && isChrome("« Back to News") && isChrome("Support Our Winter Fund Drive!"));
});

test("an icon's description is furniture; a plain name over a row of links is the masthead; two writers over the date are a byline", () => {
  const f = fields(`[Close icon](#) Two crossed lines that form an 'X'. It indicates a way to close an interaction, or dismiss a notification.\n\nInsider\n[Subscribe](#) [Newsletters](#) [Log in](#)\n[Business](#) [Strategy](#) [Economy](#) [Travel](#)\n\nTourists are stuck at the foot of Machu Picchu after protests shut down trains\n\nTalia Brennan and Joaquín Ledesma\n\nDec 16, 2022, 6:12 AM\n\n${LEAD}\n\n${LEAD}`);
  assert.equal(f.title, "Tourists are stuck at the foot of Machu Picchu after protests shut down trains");
  assert.equal(f.subtitle, null);
  assert.equal(f.author, "Talia Brennan and Joaquín Ledesma");
  assert.equal(f.source, "Insider");
  const { isChrome } = segmentModule;
  assert.ok(isChrome("Share icon An curved arrow pointing right."));
  assert.ok(!isChrome("The icon of the Andes, Machu Picchu, reopens to visitors"));
});

test("a linked writer under the headline over tag links; a role after the name; an address in capitals is the brand", () => {
  const f = fields(`MINING.COM\n\n[News](#) [Commodities](#) [Markets](#) [Events](#)\n\nGlencore halts Antapaccay copper mine in Peru after third attack\n\n[Jonas Whitfield](#)\n[Latin America](#) [Copper](#)\n\n${LEAD}\n\n${LEAD}`);
  assert.equal(f.author, "Jonas Whitfield");
  assert.equal(f.source, "MINING.COM");
  assert.equal(cleanName("Maren Aldecoa Special contributor"), "Maren Aldecoa");
});

test("copyright holders: a bulleted footer line, 'Publishers Ltd', text after 'L.P.', an acronym run into a word; a newsroom asking for comment", () => {
  const tail = `${LEAD}\n\n${LEAD}\n\n${LEAD}`;
  assert.equal(fields(`Peru's toll rises\n\n${tail}\n\n* Copyright © 2022 Andes Insider Inc. All rights reserved. Registration on or use of this site constitutes acceptance of our Terms.`).source, "Andes Insider");
  assert.equal(fields(`Peru's toll rises\n\n${tail}\n\nCopyright © 2023 South China Morning Post Publishers Ltd. All rights reserved.`).source, "South China Morning Post");
  assert.equal(fields(`Peru's toll rises\n\n${tail}\n\nCopyright 2022 © U.S. News & World Report L.P. Terms and Conditions/Privacy Policy/California Privacy Notice`).source, "U.S. News & World Report L.P.".replace(" L.P.", "") );
  assert.equal(fields(`Peru's toll rises\n\n${tail}\n\nSource: TRTWorld and agencies`).source, "TRT World");
  assert.equal(fields(`Peru's toll rises\n\n${LEAD}\n\nAndes Weekly has reached out to Peru's Ministry of the Interior for comment.\n\n${tail}`).source, "Andes Weekly");
  // a person or an official asking is no newsroom
  assert.equal(fields(`Peru's toll rises\n\n${LEAD}\n\nRosa Quispe contacted the ministry for comment on Friday.\n\n${tail}`).source, null);
});

test("Spanish pages: the name before ©, a row of quotes, a date's label, the logo among account buttons or first among sections, 'Diario' before a paper's name", () => {
  const LEAD_ES = "La Policía disparó gases lacrimógenos contra miles de manifestantes en la ciudad de Puno este martes, según testigos, mientras el paro regional entraba en su segunda semana.";
  const body = `${LEAD_ES}\n\n${LEAD_ES}\n\n${LEAD_ES}`;
  assert.equal(fields(`Muere un manifestante en Lima\n\n${body}\n\nPerú21 © 2023 Todos los derechos reservados. Empresa Editora El Comercio S.A.`).source, "Perú21");
  const g = fields(`Dólar: S/ 3.85 ▲0.21% | Euro: S/ 4.18 | Cobre: US$ 4.23/lb | Oro: US$ 1,931.40/oz\n\n[Gestión](#)   [Suscríbete al Plan Digital](#)   [Iniciar sesión](#)\n\nProtestas en el sur: pérdidas por bloqueos superan los S/ 1,500 millones\n\n${body}`);
  assert.equal(g.title, "Protestas en el sur: pérdidas por bloqueos superan los S/ 1,500 millones");
  assert.equal(g.source, "Gestión");
  const m = fields(`[Menú](#)   [EL MUNDO](#)   [Suscríbete](#)   [Iniciar sesión](#)\n\nUn año después, las víctimas siguen esperando justicia\n\nAna Belén Torres   Corresponsal   Lima\nActualizado Jueves, 7 diciembre 2023 - 01:40\n\n${body}\n\n© 2023 Unidad Editorial Información General S.L.U.`);
  assert.equal(m.source, "El Mundo");
  assert.equal(m.author, "Ana Belén Torres");
  const cnn = fields(`[CNN en Español](#)   [EN VIVO](#)   [Últimas noticias](#)   [Mundo](#)   [Economía](#)   [Salud](#)   [Deportes](#)\n\nSube a ocho el número de muertos en Ayacucho\n\n(CNN Español) -- ${LEAD_ES}\n\n${body}`);
  assert.equal(cnn.source, "CNN en Español");
  // ('Diario' goes before a paper named with its article; a one-word name keeps it: "Jornada" alone is a word)
  assert.equal(fields(`Muere un manifestante en Lima\n\n${body}\n\n© 2023 Diario El Pueblo`).source, "El Pueblo");
  assert.equal(fields(`Muere un manifestante en Lima\n\n${body}\n\n© 2023 Diario Jornada`).source, "Diario Jornada");
  assert.equal(fields(`Peru's toll rises\n\nPress Release | January 31, 2023\n\n${LEAD}\n\n${LEAD}`).source, null);
});

test("a logo's alt text names the site and its motto is no headline; a section's label before the date; two writers with a comma; a date and byline on one line", () => {
  const f = fields(`![Survival International logo](#)\nSurvival International – The global movement for Indigenous peoples\n\n[Donate](#)  [Take action](#)  [Shop](#)\n\nNews · 19 December 2022\n\nPeru: soldiers kill Quechua protesters in Ayacucho\n\n${LEAD}\n\n${LEAD}`);
  assert.equal(f.title, "Peru: soldiers kill Quechua protesters in Ayacucho");
  assert.equal(f.source, "Survival International");
  const iv = fields(`Peru: the third Taking of Lima\n\nMonday 24 July 2023, by Lucía Mamani, Andrés Villca\n\n${LEAD}\n\n${LEAD}`);
  assert.equal(iv.subtitle, null);
  assert.equal(cleanName("by Lucía Mamani, Andrés Villca"), "Lucía Mamani, Andrés Villca");
  // a writer and her group stay apart
  assert.equal(cleanName("Nadia Kowalczyk, Socialist Alternative Philadelphia"), "Nadia Kowalczyk");
});

test("a writer's name with a slash and the place, a date between slashes; a credit under the text; the name before © with more after it", () => {
  const LEAD_ES = "La Policía disparó gases lacrimógenos contra miles de manifestantes en la ciudad de Puno este martes, según testigos, mientras el paro regional entraba en su segunda semana.";
  const body = `${LEAD_ES}\n\n${LEAD_ES}\n\n${LEAD_ES}`;
  assert.equal(fields(`Bloqueos en el sur dejan cientos de camiones varados\n\nMicaela Villca Choque / La Paz\n/ 11 de enero de 2023 / 06:25\n\n${body}`).author, "Micaela Villca Choque");
  assert.equal(fields(`Los muertos de Huamanga\n\n${body}\n\nInvestigación: Sofía Miranda Choque\n\nIDL-Reporteros © 2023 · Una publicación del Instituto de Defensa Legal · Todos los derechos reservados`).author, "Sofía Miranda Choque");
  assert.equal(fields(`Los muertos de Huamanga\n\n${body}\n\nIDL-Reporteros © 2023 · Una publicación del Instituto de Defensa Legal · Todos los derechos reservados`).source, "IDL-Reporteros");
  assert.equal(fields(`Police raid San Marcos\n\n${LEAD}\n\n${LEAD}\n\nReddit Inc © 2023. All rights reserved.`).source, "Reddit");
  const { isChrome } = segmentModule;
  assert.ok(isChrome("Cookies Settings"));
});

test("a page asking support for its own work names it", () => {
  const tail = `${LEAD}\n\n${LEAD}\n\n${LEAD}`;
  assert.equal(fields(`The Juliaca massacre\n\n${tail}\n\nPlease support ScheerPost's independent journalism by making a donation today.`).source, "ScheerPost");
  assert.equal(fields(`The Juliaca massacre\n\n${tail}\n\nSign our petition, and join CODEPINK's Peru solidarity call next Thursday.`).source, "CODEPINK");
  // (a person's work is no publication's)
  assert.equal(fields(`The Juliaca massacre\n\n${tail}\n\nPlease support Rosa Quispe's work in Puno.`).source, null);
});

test("Spanish page furniture: weather and exchange rate, 'Escribe:' and 'Redactado por:', a date before its section and comments, a push prompt, a brand ending in its number", () => {
  const LEAD_ES = "La Policía disparó gases lacrimógenos contra miles de manifestantes en la ciudad de Puno este martes, según testigos, mientras el paro regional entraba en su segunda semana.";
  const body = `${LEAD_ES}\n\n${LEAD_ES}\n\n${LEAD_ES}`;
  const a = fields(`Tacna 27°C | Tipo de cambio: Compra S/ 3.82 - Venta S/ 3.85\n\nDelegación tacneña llega a Lima para la toma\n\nEscribe: Juan Carlos Mamani Choque\n\n${body}\n\n© 2023 Diario Sin Fronteras. Todos los derechos reservados.`);
  assert.equal(a.title, "Delegación tacneña llega a Lima para la toma");
  assert.equal(a.author, "Juan Carlos Mamani Choque");
  assert.equal(a.source, "Diario Sin Fronteras");
  const b = fields(`¿Quieres recibir las noticias más importantes? [Activar notificaciones](#)  [Ahora no](#)\n\nProtestas en Puno: minuto a minuto\n\nRedactado por: Lucía Fernández Rojas\n\n${body}`);
  assert.equal(b.title, "Protestas en Puno: minuto a minuto");
  assert.equal(b.author, "Lucía Fernández Rojas");
  assert.ok(segmentModule.isDateline("10 enero, 2023 | Regional | 0 comentarios"));
  assert.ok(!segmentModule.isDateline("Wednesday, January 11, 2023 | 34°F Light Snow"));
  assert.equal(fields(`Página12\n\n[Secciones](#)   [Buscar](#)   [Suscribite](#)\n\nLa comunidad peruana salió a la calle\n\n${body}\n\nRecibí las noticias de Página/12 en tu correo.`).source, "Página/12");
});

test("international mastheads: 'Le Monde with AFP', an edition in English, a gallery's headline, a stale-story banner, a name over a bare copyright, a writer over an agency line, a byline run into its outlet", () => {
  const tail = `${LEAD}\n\n${LEAD}\n\n${LEAD}`;
  assert.equal(fields(`Peru: Deadliest day leaves Juliaca in mourning\n\nThe bloodiest day since the start of the crisis came as demonstrators tried to take the airport.\n\nLe Monde with AFP\n\n${tail}`).source, "Le Monde");
  assert.equal(fields(`Peru's president faces an inquiry\n\n${LEAD}\n\nIn an interview with Reuters, the minister said order would return.\n\n${tail}`).source, null);
  const g = fields(`[World](#) / [The Americas](#)\n\nIn pictures: Peru's protests reach the streets of Lima\n\nDemonstrators from the Andes are demanding new elections\n\n${tail}`);
  assert.equal(g.title, "In pictures: Peru's protests reach the streets of Lima");
  const smh = fields(`This was published 1 year ago\n\nMachu Picchu shut indefinitely as Peru unrest strands tourists\n\nBy Bianca Hartley\n\n${tail}\n\nThe Sydney Morning Herald\n\nCopyright © 2023`);
  assert.equal(smh.title, "Machu Picchu shut indefinitely as Peru unrest strands tourists");
  assert.equal(smh.source, "The Sydney Morning Herald");
  assert.equal(fields(`'Nobody has paid': families still wait for justice\n\nFranco Huillca\nThe Associated Press\n\nPublished Thursday, December 7, 2023 5:14PM EST\n\n${tail}`).author, "Franco Huillca");
  const gn = fields(`Canadians stranded in Peru plead for help\n\nBy Priya Raman  Global News\nPosted December 16, 2022 3:41 pm\n\n${LEAD}\n\nJulie Tremblay told Global News by phone on Friday that they were safe.\n\n${tail}\n\n© 2022 Global News, a division of Corus Entertainment Inc.`);
  assert.equal(gn.author, "Priya Raman");
  assert.equal(gn.source, "Global News");
  assert.equal(fields(`[Listen live](#) [Schedule](#) [Sign in](#)\n\n[World](#)\n\n5:12 am on 4 May 2023\n\n${tail}`).source, null);
});

test("a masthead's edition words: 'EL PAÍS English' is El País", () => {
  assert.equal(fields(`[Skip to content](#)\n\n[EL PAÍS](#) English\n\n[Subscribe](#) [Log in](#)\n[Americas](#) [Spain](#) [Economy](#) [Opinion](#)\n\nPeru's army fired on protesters\n\n${LEAD}\n\n${LEAD}\n\n${LEAD}\n\n© EDICIONES EL PAÍS S.L.`).source, "El País");
});

test("seed-like pages: a bio's trade, WordPress's like button, a support line, a reader-funded outlet, a one-word name with its article, a name over the caption, social-post furniture", () => {
  const tail = `${LEAD}\n\n${LEAD}\n\n${LEAD}`;
  assert.equal(fields(`Peru: the silence has gone on long enough\n\n${tail}\n\nDaniel Ferreyra is a Peruvian-born trade unionist and a member of his local party.\n\nShare this:\n\nTwitter\n\nFacebook\n\nLike this:\n\nLike Loading...`).author, "Daniel Ferreyra");
  assert.equal(fields(`Peru: jailed for protesting\n\n${tail}\n\nSupport People's World\n\nDONATE NOW\n\nMORE FROM LATIN AMERICA`).source, "People's World");
  assert.equal(fields(`One year on\n\n${tail}\n\nEnjoyed this article? Alborada is independent and reader-funded. Support our journalism.\n\nRelated\n\nAnother story`).source, "Alborada");
  assert.equal(fields(`Peru: The River at Ilave\n\n${tail}\n\nThe Bullet is an e-bulletin of the Socialist Project, a non-profit organization based in Toronto.`).source, "The Bullet");
  assert.equal(fields(`Peru: jailed for protesting\n\n${tail}\n\n© 2023 rabble.ca. All rights reserved.`).source, "rabble.ca");
  const f = fields(`One year on, Peru's dead are still waiting for justice\n\nTwelve months after Pedro Castillo's removal, not a single member of the security forces has been convicted for the killings, and the government looks more secure than ever\n\nJack Holloway\n\nA mural in Juliaca remembering those killed. Photo: Jack Holloway\n\n${tail}`);
  assert.equal(f.author, "Jack Holloway");
  const { isChrome } = segmentModule;
  assert.ok(isChrome("• 2nd") && isChrome("11mo • Edited •") && isChrome("Feed post") && isChrome("Like Loading..."));
});

test("a section's label over the date with a slash; a writer's name at the top and in the bio is no masthead; 'Words:' and 'Graphics:' credits; a site's address as its company", () => {
  const tail = `${LEAD}\n\n${LEAD}\n\n${LEAD}`;
  const n = fields(`[Subscribe](#)   [Donate](#)   [Log In](#)\n\n[Politics](#)   [World](#)   [Society](#)   [Culture](#)\n\nWorld / December 14, 2023\n\nA Year After the Massacres, Peru’s Dead Are Still Waiting\n\nLucía Carrasco Palomino\n\n${tail}\n\nLucía Carrasco Palomino\n\nLucía Carrasco Palomino is a journalist based in Lima.\n\nCopyright © 2023 The Nation. All Rights Reserved.`);
  assert.equal(n.title, "A Year After the Massacres, Peru’s Dead Are Still Waiting");
  assert.equal(n.source, "The Nation");
  const q = fields(`EXPLAINERS\n\nPeru’s Uprising Against the Coup: An Explainer\n\nWords: Mei Ling Soto\nGraphics: Kai Tan\n\n${tail}`);
  assert.equal(q.title, "Peru’s Uprising Against the Coup: An Explainer");
  assert.equal(q.author, "Mei Ling Soto");
  assert.equal(fields(`Biden's team embraced Peru's new president\n\n${tail}\n\nCopyright © 2023 Salon.com, LLC. Reproduction of material from any Salon pages without written permission is strictly prohibited.`).source, "Salon");
});

test("capture tools: an extractor's site name and authors, an archive's banner, a read-later app's line, footnote markers, a press statement, a wire in brackets", () => {
  const tail = `${LEAD}\n\n${LEAD}\n\n${LEAD}`;
  const n3k = fields(`Title: Peru's protest crackdown turns deadliest yet in Juliaca\nAuthors: ['Daniela Quiroga', 'Axios Latino']\nPublish Date: 2023-01-10 00:00:00\nSource URL: https://www.axios.com/2023/01/10/peru\nMeta Site Name: Axios\nMeta Lang: en\n\nText:\n${tail}`);
  assert.equal(n3k.title, "Peru's protest crackdown turns deadliest yet in Juliaca");
  assert.equal(n3k.author, "Daniela Quiroga");
  assert.equal(n3k.source, "Axios");
  const arch = fields(`archive.today\nwebpage capture\n\tSaved from\t\nhttps://restofworld.org/2023/peru-protests/\nsearch\n14 Feb 2023 16:02:11 UTC\n\nRest of World\nReporting Global Tech Stories\nTopics\nRegions\n\nIn Peru, protesters livestream the crackdown\n\nBy Renzo Aguirre Castañeda\n13 February 2023 • Lima, Peru\n\n${tail}`);
  assert.equal(arch.title, "In Peru, protesters livestream the crackdown");
  const { isChrome } = segmentModule;
  assert.ok(isChrome("Saved May 19, 2023 · 7 min") && isChrome("https://restofworld.org/2023/peru-protests/") && isChrome("Estás en: Noticias / Regionales") && isChrome("¿No ves bien este correo? Ábrelo en tu navegador") && isChrome("● EN VIVO Mira la transmisión de la marcha"));
  const fn = segment(`Peru's dead\n\n${LEAD}\n\nHer son was one of the 17 civilians killed[1] by security forces in Juliaca, and ten people were detained.[c]\n\n${LEAD}`);
  assert.ok(fn.plain.some((p) => p.includes("17 civilians killed by security forces") && p.endsWith("detained.")));
  assert.equal(fields(`Peru's toll rises\n\nPress Statement | December 16, 2022\n\n${tail}`).source, null);
  assert.equal(fields(`Aymara women lead a third march on Lima\n\nBy Elena Huamán Torres\n\nLIMA, Jul 20 2023 (IPS) - Dressed in the wide pleated skirts of the highlands, hundreds of Aymara women walked at the head of the march.\n\n${tail}`).source, "Inter Press Service");
});

test("Spanish independents: a logo linking home, a topic in capitals over the headline, the day's date and weather, the lead after a caption", () => {
  const LEAD_ES = "La Policía disparó gases lacrimógenos contra miles de manifestantes en la ciudad de Puno este martes, según testigos, mientras el paro regional entraba en su segunda semana.";
  const body = `${LEAD_ES}\n\n${LEAD_ES}\n\n${LEAD_ES}`;
  const s = fields(`Usamos cookies para analizar el tráfico de este sitio. [Entendido](#)\n\n[![Salud con Lupa](#)](#)\n[Temas](#) [Investigaciones](#) [Podcast](#) [Donar](#)\n\nPROTESTAS EN EL PERÚ\n\nHospitales de Juliaca al límite: médicos atendieron a más de 80 heridos en una sola tarde\n\nGabriela Mamani Apaza\n12/01/2023\n\n${body}`);
  assert.equal(s.source, "Salud con Lupa");
  assert.equal(s.title, "Hospitales de Juliaca al límite: médicos atendieron a más de 80 heridos en una sola tarde");
  assert.ok(segmentModule.isChrome("Sábado, 16 de diciembre de 2023 | Huamanga 11°C"));
  assert.equal(fields(`Organizaciones indígenas exigen el cese de la represión\n\nLas organizaciones responsabilizan a la presidenta y al Congreso por la violencia desatada en el sur del país durante la última semana de protestas.\n\nFamiliares velan a una de las víctimas. Foto: Difusión\n\nServindi, 16 de diciembre, 2022.- ${LEAD_ES}\n\n${body}`).source, "Servindi");
});

test("weekly and regional papers: an issue line with the date, a newsweekly describing itself, an author field after the text, an agency without a dash, an avatar's name, bullet menus, a logo image first, offer banners, site-wide alerts, a byline's agency", () => {
  const tail = `${LEAD}\n\n${LEAD}\n\n${LEAD}`;
  const m = fields(`[Home](#)  |  [Subscribe](#)  |  [Archives](#)\n\nVol. 87/No. 3      January 23, 2023\n\nPeru: Workers, farmers in south defy gov’t after Juliaca killings\n\nBY ROSA VILLANUEVA\n\n${tail}\n\nSubscribe to the Militant — $5 for 12 weeks. The Militant is a socialist newsweekly published in the interests of working people.`);
  assert.equal(m.title, "Peru: Workers, farmers in south defy gov’t after Juliaca killings");
  assert.equal(m.source, "The Militant");
  assert.equal(fields(`Peru's crisis deepens\n\n${tail}\n\nJournal issue: Solidarity 661\nAuthor: Daniel Reyes-Holt`).author, "Daniel Reyes-Holt");
  assert.equal(fields(`Death toll in Ayacucho rises to eight\n\nLima, Dec 16 (Prensa Latina) The number of people killed in Ayacucho rose to eight today, the regional health directorate said.\n\n${tail}`).source, "Prensa Latina");
  const acr = fields(`Skip to content\n[Anti*Capitalist Resistance](#)\n  • Home  • About us  • Join  • Donate\n  • [Avatar photo](#)Tom Whitcombe\n\nPeru: stop the killings, free the prisoners!\n\n${tail}\n\n© 2022 Anti*Capitalist Resistance`);
  assert.equal(acr.author, "Tom Whitcombe");
  assert.equal(acr.source, "Anti-Capitalist Resistance");
  const hc = fields(`[Skip to main content](#)\n\n![Houston Chronicle Logo](#)\n\n[Sign In](#)  [Subscribe](#)\n\nGet unlimited access for just 99¢ a month. [SUBSCRIBE NOW](#)\n\nPeru's deadliest day: 17 killed in Juliaca\n\nBy Sandra Quiroz\n\n${tail}\n\n©2023 Hearst Newspapers, LLC`);
  assert.equal(hc.title, "Peru's deadliest day: 17 killed in Juliaca");
  assert.equal(hc.source, "Houston Chronicle");
  const { isChrome } = segmentModule;
  assert.ok(isChrome("LIMITED-TIME OFFER: Unlimited digital access for $1 for 6 months. Subscribe Now") && isChrome("BREAKING: Winter storm warning for Chicago area Tuesday"));
  assert.equal(fields(`Chicago Tribune\n\nA year after the Juliaca killings, families still wait\n\nBy Carla Mamani Condori | Associated Press\n\n${tail}\n\nCopyright © 2024 Chicago Tribune`).source, "Chicago Tribune");
  assert.equal(fields(`Peru police storm university\n\n${LEAD}\n\nBy\n\nDaniela Quispe Tello and Mauricio Salas\n\nThe Associated Press\n\n${tail}`).author, "Daniela Quispe Tello and Mauricio Salas");
});

test("Spanish-language papers abroad: a holder after the rights and its country, a writer who filed from a city, a signature in capitals over the desk", () => {
  const LEAD_ES = "La Policía disparó gases lacrimógenos contra miles de manifestantes en la ciudad de Puno este martes, según testigos, mientras el paro regional entraba en su segunda semana.";
  const body = `${LEAD_ES}\n\n${LEAD_ES}\n\n${LEAD_ES}`;
  assert.equal(fields(`Juliaca entierra a sus muertos\n\n${body}\n\n© Todos los derechos reservados. Grupo EL COMERCIO Ecuador 2023.`).source, "El Comercio");
  assert.equal(fields(`Racismo letal en Perú\n\nSara Villaverde Ruiz\nMadrid\nActualizado: 16/02/2023 19:02\n\n${body}`).author, "Sara Villaverde Ruiz");
  assert.equal(fields(`Un año sin justicia en Juliaca\n\nLas familias de los civiles muertos marchan en el aniversario de la masacre mientras la investigación contra la presidenta sigue estancada en la fiscalía.\n\nPaula Torres Huamán — Juliaca (Perú)\n\n${body}`).author, "Paula Torres Huamán");
  assert.equal(fields(`Ayacucho llora a sus muertos\n\n${body}\n\nDANIELA CORTÉS ARANGO\nREDACCIÓN INTERNACIONAL\nCon información de AFP, EFE y Reuters\n\nTemas relacionados`).author, "Daniela Cortés Arango");
});

test("a wire-assisted byline, a writer's account under her name, a name beside an 'Update' stamp, a brand in lower case", () => {
  const body = `${LEAD}\n\nMore text follows here in the body of the article.`;
  const wire = fields(`Police storm a Lima university and detain nearly 200\n\nBy [Oana Dumitrescu](#)  with AP\n\nUpdated: 22/01/2023 - 13:47\n\n${body}\n\nCopyright © euronews 2023`);
  assert.equal(wire.author, "Oana Dumitrescu");
  assert.equal(wire.source, "Euronews");
  const handle = fields(`Peru's protests are now hitting copper supply\n\nPublished Wed, Feb 1 2023 11:22 AM EST\n\n[Clara Whitfield](#)\n\n@CLARAWHITFIELD\n\n${body}`);
  assert.equal(handle.author, "Clara Whitfield");
  const stamp = fields(`Families mark a year since the Juliaca killings\n\n18 people were killed when security forces opened fire on protesters near the city's airport on Jan. 9, 2023, and a police officer was burned to death the following night\n\nJorge Antonio Rocha   |09.01.2024 - Update : 09.01.2024\n\n${body}`);
  assert.equal(stamp.author, "Jorge Antonio Rocha");
  assert.ok(stamp.layout.plain[0].startsWith("Police fired"));
});

test("a web clipper's page: its title line with ' : <site>', its clipping stamp, a date glued to its time, two writers' names stacked", () => {
  const body = `${LEAD}\n\nMore text follows here in the body of the article.`;
  const f = fields(`Police storm a Lima university and detain nearly 200 : NPR\nSunday, January 22, 2023\n9:41 AM\n\nClipped from: https://www.example.org/2023/01/21/police-storm\n\nLATIN AMERICA\n\nPolice storm a Lima university and detain nearly 200\n\nJanuary 21, 20236:48 PM ET\n\nMarisa Quiroga\nDaniel Kessler\n\nEnlarge this image\n\n${body}`);
  assert.equal(f.title, "Police storm a Lima university and detain nearly 200");
  assert.equal(f.source, "NPR");
  assert.equal(f.author, "Marisa Quiroga and Daniel Kessler");
  assert.deepEqual(f.layout.header.filter((l) => /\d{4}/.test(l)), ["January 21, 2023 6:48 PM ET"], "the clipping's own date is dropped, the page's kept");
  // a guest's name under a menu's label is still no writer
  assert.equal(fields(`Thousands march on Lima\n\nJanuary 20, 2023\n\nTopics\nPeru\nHuman Rights\n\nGuests\nRocío Apaza Condori\nAymara journalist and reporter for a community station in Puno.\n\n${body}`).author, null);
});

test("a writer's name alone under the headline is no standfirst, and a post's button no text", () => {
  const f = fields(`Peru, one year on: what the protest cycle means for investors\n\nReport this article\nMartín Oyague Bellido\nManaging Partner at an advisory firm\nPublished Dec 7, 2023\n\n${LEAD}`);
  assert.equal(f.subtitle, null);
  assert.ok(!f.layout.header.includes("Report this article"));
});

test("a note's properties over a clipped page are the note's, and a headline given twice is one headline, no running header", () => {
  const body = `${LEAD}\n\nMore text follows here in the body of the article.\n\nAnd a third paragraph.`;
  const f = fields(`# Six soldiers drown in a river while fleeing protesters\n\n| Property | Value |\n| --- | --- |\n| Created | March 7, 2023 9:12 AM |\n| Tags | Peru, protests, Puno |\n| Status | To read |\n\n---\n\n[Skip to content](#) [Skip to main menu](#)\n\n[Latin America](#)\n\n# Six soldiers drown in a river while fleeing protesters\n\n03/06/2023\n\n${body}`);
  assert.equal(f.title, "Six soldiers drown in a river while fleeing protesters");
  assert.equal(f.subtitle, null);
  assert.ok(!f.layout.header.some((l) => /Created|Status|Property/.test(l)), f.layout.header.join(" / "));
});

test("a press clipping converted by pandoc: the office's heading, its fields, a table's rules, a hard line break in the credits", () => {
  const body = "Con fotografías de sus hijos, cerca de 2 mil personas marcharon ayer por las calles de Huamanga para recordar a las diez personas que perdieron la vida.\n\nLa movilización partió a las 9 de la mañana desde la plaza principal de la ciudad.";
  const text = `**OFICINA GENERAL DE COMUNICACIONES -- MONITOREO DE PRENSA ESCRITA**\n\n  ----------------------------------------------------------------------\n  **Medio:**          Diario Sur Andino -- Edición Ayacucho\n  ------------------- --------------------------------------------------\n  **Fecha:**          Sábado, 16 de diciembre de 2023\n\n  **Página:**         4\n\n  **Tendencia:**      Negativa\n\n  **Cm/col:**         312\n  ----------------------------------------------------------------------\n\n![](media/image1.jpeg){width="6.26in"\nheight="3.41in"}\n\n**A un año de la masacre, deudos marchan en Huamanga**\n\n**Texto: Rosa Huamán Quispe\\\nFotos: Luis Gutiérrez Palomino**\n\n${body}`;
  const f = fields(text);
  assert.equal(f.title, "A un año de la masacre, deudos marchan en Huamanga");
  assert.equal(f.source, "Diario Sur Andino");
  assert.equal(f.author, "Rosa Huamán Quispe");
  assert.ok(!f.layout.header.some((l) => /Página|Tendencia|Cm\/col|width=|height=|---/.test(l)), f.layout.header.join(" / "));
});

test("a reader view's reading time under the writer's name is furniture, and the name is the byline", () => {
  const f = fields(`example.org\nPeru's protest dead came overwhelmingly from the Indigenous south\nLucía Mendoza Arce\n9–11 minutes\n\n${LEAD}\n\nMore text follows here in the body of the article.`);
  assert.equal(f.author, "Lucía Mendoza Arce");
  assert.ok(segmentModule.isChrome("9–11 minutes") && segmentModule.isChrome("4 minutos"));
});

test("a slogan under the site's name, 'By <name> posted on <date>', a writer's role under the name after a standfirst", () => {
  const body = `${LEAD}\n\nMore text follows here in the body of the article.`;
  const ww = fields(`Skip to content\nWorkers Weekly\nWorkers and oppressed peoples of the world unite!\n\nMenu\nHome\nAbout Us\nSubscribe\nDonate\nContact\n\nPolice kill a protester in Lima as the march on the capital continues\n\nBy Julia Ramírez posted on February 1, 2023\n\n${body}`);
  assert.equal(ww.title, "Police kill a protester in Lima as the march on the capital continues");
  assert.equal(ww.author, "Julia Ramírez");
  const gj = fields(`Blog\n\nMachu Picchu reopens, but Peru’s real crisis is still buried\n\nTourists are back at the Inca citadel. The families of the dead are still waiting for justice – and ministers are still looking the other way.\n\nHannah Corrigan\nTrade and corporate power campaigner\n\n${body}`);
  assert.equal(gj.author, "Hannah Corrigan");
});

test("a publication's self-description with 'of' in its name, as a forum; a building's name over its address is no publication", () => {
  const body = `${LEAD}\n\nMore text follows here in the body of the article.`;
  assert.equal(fields(`LINKS\n\nThe south rises\n\n${body}\n\nTags: Peru\n\nLINKS International Journal of Socialist Renewal is an open forum for discussion among the left. Views expressed in articles are those of the authors.`).source, "LINKS International Journal of Socialist Renewal");
  assert.equal(fields(`The south rises\n\n${body}\n\nWilliam Rust House, 52 Beachy Road, London E3 2NS`).source, null);
});

test("a page that names itself over a piece from elsewhere is its own publication; the original's name is where it came from", () => {
  const body = `${LEAD}\n\nMore text follows here in the body of the article.`;
  assert.equal(fields(`Six soldiers drown in Puno\n\nBy Andrés Villca\n\nAndes Research, March 08, 2023\n\n${body}\n\nThe original source of this article is [Orinoco Weekly](#)\n\nCopyright © [Andrés Villca](#), [Orinoco Weekly](#), 2023`).source, "Andes Research");
  // (a page that does not name itself is credited to the original)
  assert.equal(fields(`Six soldiers drown in Puno\n\nBy Andrés Villca\n\n${body}\n\nThe original source of this article is Orinoco Weekly`).source, "Orinoco Weekly");
});

test("a repost on a site that names itself is the site's, unless the site says its articles are their publishers'; a masthead's short name gives way to the holder's full one; a collective describes itself", () => {
  const body = `${LEAD}\n\nMore text follows here in the body of the article.`;
  assert.equal(fields(`WORKERS DAILY\n\nJuliaca marks one year since the massacre\n\n${body}\n\nThis article was originally published by Andes Wire English.\n\nSupport labour journalism. Workers Daily is reader-funded.\n\n© Workers Daily. All rights reserved.`).source, "Workers Daily");
  assert.equal(fields(`LatAm Digest\n\nJuliaca marks one year since the massacre\n\n${body}\n\nThis article was originally published by Andean Post and is republished here with permission.\n\nAbout LatAm Digest · Contact\n\n© 2023 LatAm Digest. All articles remain the property of their respective publishers.`).source, "Andean Post");
  assert.equal(fields(`[Socialist Party](#)\n\n[Home](#) [News](#) [Join](#)\n\nSolidarity with Peru's protesters\n\n${body}\n\n© 2023 Socialist Party of Wales. Printed and promoted by the Socialist Party of Wales.`).source, "Socialist Party of Wales");
  assert.equal(fields(`Solidarity with Peru's protesters\n\n${body}\n\nAndes Kollective is a volunteer collective that translates independent journalism from Latin America into English.`).source, "Andes Kollective");
});

test("agencies credited under the headline ('AFP | Reuters') are no menu, and a caption ending in its agency ('— Reuters') is no headline", () => {
  const body = `${LEAD}\n\nMore text follows here in the body of the article.`;
  const dawn = fields(`World\n\nProtester killed in Lima as Peru's unrest reaches the capital\n\nAFP | Reuters\nPublished January 29, 2023   Updated January 30, 2023 07:12am\n\n${body}`);
  assert.equal(dawn.title, "Protester killed in Lima as Peru's unrest reaches the capital");
  const kt = fields(`Americas\n\nBy Reuters\n\nPublished: Mon 6 Mar 2023, 6:41 AM\n\nFile photo of soldiers guarding a bridge in Puno, Peru. — Reuters\n\n${body}`);
  assert.equal(kt.titleSource, "derived");
});
