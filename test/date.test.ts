// Publication and event dates. Every text here is written for the test; none is taken from the seeds.
// `today` is fixed so that years chosen for yearless stories do not drift with the real clock.
import { test } from "node:test";
import assert from "node:assert/strict";
import { commonYear, eventDateIn, extractPublicationDate, type DateOptions } from "../src/extract/date.ts";

const OPT: DateOptions = { today: "2026-11-22" };
const pub = (text: string, opt: DateOptions = OPT) => extractPublicationDate(text, opt);
const BODY =
  "Protesters blocked the main highways of the southern region for a third day as farmers, students and transport workers joined the strike called by local organizations against the government.";

function stated(text: string, date: string): void {
  const r = pub(text);
  assert.equal(r.date, date, text);
  assert.equal(r.source, "text", text);
}
function inferred(text: string, date: string): void {
  const r = pub(text);
  assert.equal(r.date, date, `${text}\n→ ${r.warning}`);
  assert.equal(r.source, "inferred", text);
  assert.match(r.warning ?? "", /^no publication date in the text; inferred \d{4}-\d\d-\d\d from /);
}

// ---- stated publication dates ----

test("a byline or dateline line under the headline is the publication date", () => {
  stated(`Thousands march in the capital\n\nBy Jane Roe\n\nPeoples Weekly, March 3, 2023\n\n${BODY}`, "2023-03-03");
  stated(`Thousands march in the capital\n\nPublished: 12 Jan 2023\n\n${BODY}`, "2023-01-12");
  stated(`Thousands march in the capital\n\nJanuary 23, 2023 | By John Smith\n\n${BODY}`, "2023-01-23");
  stated(`Thousands march in the capital\n\nUpdated Jan. 24, 2023 5:00 PM\n\n${BODY}`, "2023-01-24");
  stated(`Thousands march in the capital\n2023-01-23\n\n${BODY}`, "2023-01-23");
  stated(`Thousands march in the capital\nMon 23 Jan 2023 10.00 GMT\n\n${BODY}`, "2023-01-23");
  stated(`Thousands march in the capital\nPosted on 23/01/2023\n\n${BODY}`, "2023-01-23");
  // day first unless day first is no date
  stated(`Thousands march in the capital\nIssued on: 11/01/2023 - 03:48\n\n${BODY}`, "2023-01-11");
  stated(`Thousands march in the capital\nPosted on 01/23/2023\n\n${BODY}`, "2023-01-23");
  // a scrape that glued the time to the year
  stated(`Thousands march in the capital\n\nJanuary 10, 20237:48 PM UTCUpdated 3 hours ago\n\n${BODY}`, "2023-01-10");
  // … or its reading time
  stated(`Thousands march in the capital\n\nMarch 16, 202311 MIN READ\n\n${BODY}`, "2023-03-16");
  // a statement signed with its place and date, under the text and above its related links
  stated(`Enough deaths: an end to the repression\n\n${BODY}\n\nLima, 13 December 2022\n\nRelated: statement of 25 December 2022\n\nShare: Facebook | Twitter`, "2022-12-13");
  // a breadcrumb that ends in the posted date
  stated(`Peru Support Group\n\nNews > Posted 06/02/2023\n\n${BODY}`, "2023-02-06");
  // a date line in capitals
  stated(`FEBRUARY 10, 2023\n\nThe Andes bleed while the capital looks away\n\n${BODY}`, "2023-02-10");
  // a headline ending in a number over a date line
  stated(`Thousands march as the toll passes 50\n\nJanuary 20, 2023\n\n${BODY}`, "2023-01-20");
});

test("the evidence is the line that states the date", () => {
  const r = pub(`Thousands march in the capital\n\nPeoples Weekly, March 3, 2023\n\n${BODY}`);
  assert.equal(r.evidence, "Peoples Weekly, March 3, 2023");
  assert.equal(r.warning, null);
});

test("a published date wins over an updated one", () => {
  stated(`Thousands march\n\nUpdated Jan. 24, 2023 5:00 PM\nPublished Jan. 22, 2023\n\n${BODY}`, "2023-01-22");
});

test("an agency dateline opening the first paragraph is the publication date", () => {
  const r = pub(`Police fire on marchers\n\nLIMA, Jan 12, 2023 (Reuters) - ${BODY}`);
  assert.deepEqual([r.date, r.source, r.evidence], ["2023-01-12", "text", "LIMA, Jan 12, 2023 (Reuters) -"]);
});

test("a dateline without a year takes the year the rest of the text implies", () => {
  // The body's December 7, 2022 puts the story after it, so January 12 is in 2023.
  const r = pub(`Police fire on marchers\n\nLIMA, Jan 12 (Reuters) - ${BODY} The protests began after the ouster on December 7, 2022.`);
  assert.deepEqual([r.date, r.source], ["2023-01-12", "text"]);
  assert.match(r.warning ?? "", /states no year; read as 2023/);
});

test("a footer saying where the text first appeared dates it", () => {
  stated(`Thousands march\n\n${BODY}\n\nThis article was originally published by Peoples Weekly on January 23, 2023.`, "2023-01-23");
});

test("a single 'Published' line under the article dates it; a list of them does not", () => {
  const long = `${BODY} ${BODY}`;
  stated(`Thousands march\n\n${long}\n\n${long}\n\nPublished: January 23, 2023\n\nShare this article`, "2023-01-23");
  const related = pub(`Thousands march\n\n${long}\n\n${long}\n\nRelated articles\nPosted January 3, 2023\nPosted January 5, 2023`);
  assert.equal(related.source, "inferred");
});

test("a date in a headline, caption or body sentence is an event, not the publication date", () => {
  inferred(`Police kill 18 protesters on January 9, 2023 in the south\n\n${BODY}`, "2023-01-09");
  inferred(`Thousands march\n\n${BODY} On January 9, 2023, police killed 18 people at the airport.`, "2023-01-09");
  inferred(
    `Thousands march\n\nWorkers and farmers rally against the new government in the main square, January 20, 2023 -- Image via social media\n\n${BODY}`,
    "2023-01-20",
  );
});

test("a timeline's date-first lines are entries, not datelines", () => {
  const r = pub("Timeline of the crisis\n\nDecember 7, 2022 – The president is removed\nDecember 11, 2022 – Two killed\nJanuary 9, 2023 – Eighteen killed at the airport");
  assert.equal(r.source, "inferred");
  assert.equal(r.date, "2023-01-09");
});

test("a copyright year alone is not a publication date", () => {
  const r = pub(`Thousands march\n\n${BODY}\n\nCopyright © Peoples Weekly, 2023`);
  assert.deepEqual([r.date, r.source], [null, null]);
  assert.match(r.warning ?? "", /no publication date in the text/);
});

test("a text with no date at all gets none", () => {
  const r = pub(`Thousands march\n\n${BODY}`);
  assert.deepEqual([r.date, r.source, r.evidence], [null, null, null]);
});

// ---- inferred from the latest event ----

test("the latest dated event is the inferred date, and the warning names it", () => {
  const r = pub(`Clashes spread\n\nThe blockade has held since December 27, 2022. ${BODY} Protesters attacked the mine on Thursday, January 12, 2023.`);
  assert.equal(r.date, "2023-01-12");
  assert.equal(r.source, "inferred");
  assert.equal(r.warning, 'no publication date in the text; inferred 2023-01-12 from the latest dated event ("Thursday, January 12, 2023")');
  assert.equal(r.evidence, "Thursday, January 12, 2023");
});

test("December then January spans a new year: December is the earlier year", () => {
  // Read in one year, December 15 would be the latest event; the weekday pins January 9 to 2023.
  inferred("Protests grow\n\nSoldiers fired on the crowd on December 15. On Monday, January 9, police killed 18 in the south.", "2023-01-09");
  // An explicit year on the December date fixes the year boundary too.
  inferred("Protests grow\n\nThe president was removed on December 7, 2022. On January 9 police killed 18 in the south.", "2023-01-09");
  // December, January, February: February is the latest, in the later year.
  inferred("Protests grow\n\nIt began on December 7, 2022. On January 9 police killed 18. An interview published February 2 denied it.", "2023-02-02");
});

test("a weekday+date pair pins the year of a story that names none", () => {
  inferred("Protests grow\n\nTwo youths were killed on Sunday, December 11, in the highlands.", "2022-12-11");
  // 2022 is the most recent year (before today) in which December 11 was a Sunday; 2016 fits as well.
  inferred("Protests grow\n\nOn Tuesday, January 10, the strike began.", "2023-01-10");
});

test("an undated weekday after the latest dated events reads as the next such day", () => {
  inferred(
    "Protests grow\n\nTwo were killed on Sunday, December 11. On Monday, December 12, two more died. Two ministers resigned on Friday.",
    "2022-12-16",
  );
  // "Sunday morning" is the Sunday already dated, not a later one.
  inferred("Protests grow\n\nTwo were killed on Sunday, December 11. On Monday, December 12, two more died. In the early hours of Sunday morning the airport was blocked.", "2022-12-12");
  // An announced day is not an event that has happened.
  inferred("Protests grow\n\nTwo were killed on Sunday, December 11. Unions call for a national strike starting Thursday.", "2022-12-11");
});

test("historic years are not the story's time frame", () => {
  const text =
    "Protests grow\n\nThe 1993 Constitution was imposed under the dictatorship (July 1990–November 2000). In the year 2000 there were similar marches. On Monday, January 9, police killed 18.";
  // 2006, 2012, 2017 and 2023 all had a Monday January 9: the old years must not pull the story back.
  inferred(text, "2023-01-09");
});

test("explicit years in the text bound the year of yearless dates", () => {
  // "Two years later" than October 2020 is at least October 2022, so January 9 is 2023.
  inferred("Crisis deepens\n\nThe party returned to power in October 2020. Two years later, on January 9, police in the south killed 18.", "2023-01-09");
  // A copyright year pins a story that has nothing else.
  inferred("Crisis deepens\n\nOn January 9 police killed 18.\n\nCopyright © Peoples Weekly, 2021", "2021-01-09");
});

test("a yearless February 29 is read in a leap year", () => {
  inferred("Crisis deepens\n\nOn February 29 police killed 18.", "2024-02-29");
});

test("scheduled events and deadlines are not the latest event", () => {
  inferred("Crisis deepens\n\nOn January 9, 2023, police killed 18. Elections will be held on April 14, 2024.", "2023-01-09");
  inferred("Crisis deepens\n\nOn January 9, 2023, police killed 18. The state of emergency runs until February 14, 2023.", "2023-01-09");
});

test("'one month ago' after a dated start moves the inferred date on", () => {
  inferred("Crisis deepens\n\nPolice killed 18 on January 9, 2023. The protests erupted one month ago in response to the January 2, 2023 decree.", "2023-02-02");
});

test("a story with no clue to its year says so, and takes a default year when given one", () => {
  const text = "Crisis deepens\n\nThe coup came on December 7. On January 9 police killed 18.";
  const guessed = pub(text);
  assert.equal(guessed.date, "2026-01-09"); // the most recent year that keeps both dates in the past
  assert.equal(guessed.yearGuessed, true);
  assert.match(guessed.warning ?? "", /the text gives no year, assumed 2026/);
  const withDefault = pub(text, { ...OPT, defaultYear: 2023 });
  assert.equal(withDefault.date, "2023-01-09");
  // A default never overrides what the text says.
  assert.equal(pub("Crisis\n\nTwo were killed on Sunday, December 11.", { ...OPT, defaultYear: 2019 }).date, "2022-12-11");
});

test("commonYear is the most frequent year the texts themselves fixed", () => {
  const r = (date: string | null, yearGuessed = false) => ({ date, source: "inferred" as const, warning: null, evidence: null, yearGuessed });
  assert.equal(commonYear([r("2023-01-02"), r("2023-05-01"), r("2022-12-12"), r("2026-01-01", true), r(null)]), 2023);
  assert.equal(commonYear([r("2026-01-01", true)]), undefined);
});

// ---- event dates of single sentences ----

test("eventDateIn resolves a sentence's date against the reference", () => {
  assert.equal(eventDateIn("On January 9, in response to the blockade, the police used live ammunition, killing at least 18.", "2023-01-23"), "2023-01-09");
  assert.equal(eventDateIn("Two were killed in police repression on Sunday, December 11, in the city.", "2023-01-23"), "2022-12-11");
  assert.equal(eventDateIn("Dozens were injured after tensions flared again on Friday (Jan. 20) night.", "2023-01-23"), "2023-01-20");
  assert.equal(eventDateIn("On January 9, 2023, 18 were killed.", null), "2023-01-09");
  assert.equal(eventDateIn("Beginning Dec. 13, unions joined the strike.", "2023-01-05"), "2022-12-13");
});

test("eventDateIn reads a bare weekday as the latest such day on or before the reference", () => {
  assert.equal(eventDateIn("On Thursday, the company said it had evacuated the mine.", "2023-01-16"), "2023-01-12");
  assert.equal(eventDateIn("On Monday, two were killed.", "2023-01-16"), "2023-01-16");
  assert.equal(eventDateIn("Last Friday two were killed.", "2023-01-20"), "2023-01-13");
  assert.equal(eventDateIn("Two were killed yesterday.", "2023-01-23"), "2023-01-22");
});

test("eventDateIn: a weekday+date pair fixes the year even without a reference", () => {
  assert.equal(eventDateIn("On Sunday, December 11, two were killed.", null), "2022-12-11");
});

test("eventDateIn is null when the sentence names no day", () => {
  assert.equal(eventDateIn("Police killed 18 people in the south.", "2023-01-23"), null);
  assert.equal(eventDateIn("The mine was blockaded in September.", "2023-01-23"), null);
  assert.equal(eventDateIn("On Thursday, the company evacuated the mine.", null), null);
  assert.equal(eventDateIn("On January 9, police killed 18.", null), null);
  // "Since December 7" starts a period: the figure is a running total, not an event on that day.
  assert.equal(eventDateIn("Since December 7, at least 50 people have been killed.", "2023-01-23"), null);
});

test("eventDateIn puts an announced date after the reference", () => {
  assert.equal(eventDateIn("Protesters will march on the capital on January 30.", "2023-01-23"), "2023-01-30");
});

// ---- speed ----

test("a 6 kB article takes well under a millisecond", () => {
  const paragraph =
    "On Monday, January 9, police in the southern city killed 18 people, the ombudsman said. Protests that began on December 7 spread to 13 of the 24 regions. The government declared a state of emergency on Dec. 14 and extended it for another month on Tuesday. ";
  const text = "Clashes spread\n\n" + paragraph.repeat(Math.ceil(6000 / paragraph.length));
  // Warm up first: until the JIT has compiled the scanner the first runs are several times slower.
  for (let i = 0; i < 300; i++) pub(text);
  const n = 500;
  const t = performance.now();
  for (let i = 0; i < n; i++) pub(text);
  const ms = (performance.now() - t) / n;
  // The budget is 0.5 ms for every extractor together; the bound is loose for busy test machines.
  assert.ok(ms < 1, `${ms.toFixed(3)} ms per article`);
});

test("an anniversary dates the story a year (or more) after the day it counts from", () => {
  // the year of a year-less date line follows from "one year since … January 9, 2023"
  stated(`• Jan 10\n\nMarchers marked one year since the killings. It was on January 9, 2023 that police opened fire. ${BODY}`, "2024-01-10");
  // without the anniversary the same date line is read in the year of the text's own dates
  stated(`• Jan 10\n\n${BODY} It was on January 9, 2023 that police opened fire.`, "2023-01-10");
  const es = pub(`A un año de la masacre del 9 de enero de 2023, los familiares marcharon en Juliaca. ${BODY}`, { ...OPT, lang: "es" });
  assert.equal(es.date, "2024-01-09");
  assert.equal(es.source, "inferred");
  // "twenty years of prison" is no anniversary
  assert.equal(pub(`El 9 de enero de 2023 murieron 17 personas. Piden 20 años de cárcel para los responsables.`, { ...OPT, lang: "es" }).date, "2023-01-09");
});

test("a year-less December next to a dated January is the December before it", () => {
  const r = pub(`Police killed a leader on Wednesday, raising to 48 the number of people killed since the coup on December 7. ${BODY}\n\n— Kawsachun News (@KawsachunNews) January 12, 2023\n\n${BODY}`);
  assert.equal(r.source, "inferred");
  assert.ok(r.date! >= "2023-01-12" && r.date! <= "2023-01-31", String(r.date));
});

test("numeric dates with hyphens, day first", () => {
  stated(`Congress rejects early elections again\n\n03-02-2023 09:46\n\nby AFP\n\n${BODY}`, "2023-02-03");
  stated(`Congress rejects early elections again\n\n12-28-2022\n\n${BODY}`, "2022-12-28");
});

test("announced and prepared events are still ahead: they do not date the story", () => {
  const r = pub(`Soldiers killed ten people in Ayacucho on Thursday, December 15. ${BODY} Peasant federations have announced a truce over the holidays and the resumption of the indefinite strike on January 4.`);
  assert.equal(r.source, "inferred");
  assert.ok(r.date!.slice(5) >= "12-15" && r.date!.slice(5) <= "12-31", String(r.date));
  const s = pub(`Relatives marched on December 15, 2023. ${BODY} The families of Juliaca are preparing to commemorate that massacre on January 9.`);
  assert.equal(s.date, "2023-12-15");
});

test("an anniversary dates the page, not the events the story recalls", () => {
  const r = pub(`On Friday, marchers marked one year since the killings of 15 December 2022 in Ayacucho. ${BODY} In Juliaca, 18 people died on 9 January.`);
  assert.equal(r.date, "2023-12-15");
  assert.equal(r.source, "inferred");
  assert.equal(pub(`On Friday morning, a year to the day after soldiers opened fire in Ayacucho on 15 December 2022, relatives walked to the cemetery. ${BODY}`).date, "2023-12-15");
});

test("the page's copyright year is no bound on the story's", () => {
  stated(`LIMA, Jan 10 (Reuters) - Peru's top prosecutor opened an investigation on Tuesday. ${BODY} Unrest began in early December 2022.\n\n© 2024 Reuters. All rights reserved`, "2023-01-10");
});

test("a repost's header: the original's date over the repost's", () => {
  stated(`Peru's Aymara hold the line\n\nOriginally published: Peoples Dispatch on February 8, 2023 by Lucía Ticona  |  (Posted Feb 10, 2023)\n\n${BODY}`, "2023-02-08");
});

test("a text whose own years fix nothing is read nearest the archive's dates", () => {
  const day = (iso: string) => Math.floor(Date.parse(iso) / 86_400_000);
  const text = `Soldiers opened fire near the airport on Thursday, days after Congress removed the president on December 7. ${BODY} He narrowly won the 2021 runoff, and his term was to end in 2026.`;
  // an archive of December 2022 to March 2023: December is the December before most of its dates
  const r = pub(text, { ...OPT, archiveDay: day("2023-01-20") });
  assert.equal(r.date!.slice(0, 7), "2022-12");
  assert.match(r.warning!, /nearest the other articles/);
  // without the archive, a bare year ("the 2021 runoff") bounds the story but the year stays a guess
  assert.equal(pub(text).yearGuessed, true);
});

test("election and term years are targets, not the story's time", () => {
  const r = pub(`Protesters marched on January 19 in Lima. ${BODY} Congress has rejected every proposal to hold elections this year, leaving in place a plan, approved in a first vote in December, to hold them in April 2024.`, { ...OPT, archiveDay: Math.floor(Date.parse("2023-02-01") / 86_400_000) });
  assert.equal(r.date!.slice(0, 4), "2023");
});

test("'yesterday, Monday, January 9': the text was written the day after", () => {
  const r = pub(`Police opened fire on protesters in Juliaca yesterday, Monday, January 9, 2023, killing 17 people. ${BODY}`);
  assert.equal(r.date, "2023-01-10");
  assert.equal(r.source, "inferred");
});

test("buildRecords reads a year-less text nearest the dates the rest of the archive states", async () => {
  const { seedFromBytes } = await import("../src/ingest/read-seeds.ts");
  const { buildRecords, archiveDay } = await import("../src/records/build-record.ts");
  const dated = (n: number, iso: string) => seedFromBytes(`dated-${n}.txt`, Buffer.from(`Headline number ${n} for the story\n\nPublished ${iso}\n\n${BODY}`));
  const yearless = seedFromBytes("yearless.txt", Buffer.from(`Soldiers opened fire near the airport on Thursday, days after Congress removed the president on December 7.\n\n${BODY}`));
  const records = buildRecords([dated(1, "January 10, 2023"), dated(2, "January 25, 2023"), dated(3, "February 12, 2023"), yearless]);
  assert.equal(archiveDay(records.slice(0, 3).map((r) => ({ ...r, yearGuessed: false })).concat([{ ...records[3], yearGuessed: true }])), Math.floor(Date.parse("2023-01-15") / 86_400_000));
  assert.equal(records[3].date!.slice(0, 7), "2022-12");
});

test("a bar of facts under the headline: each part on its own", () => {
  stated(`Boluarte calls for a truce\n\n25.01.2023 09:41 · Source: Andean Post · 2,318 views · 5 comments\n\nBy Rodrigo Salas\n\n${BODY}`, "2023-01-25");
});

test("re-dating a guessed year reads only the dates again, and gives what a second extraction would", async () => {
  const { seedFromBytes } = await import("../src/ingest/read-seeds.ts");
  const { buildRecord, redate, publicRecord } = await import("../src/records/build-record.ts");
  const seed = seedFromBytes("yearless.txt", Buffer.from(`Soldiers opened fire near the airport on December 15, killing eight people, days after Congress removed the president on December 7.\n\n${BODY}`));
  const first = buildRecord(seed);
  assert.equal(first.yearGuessed, true);
  const day = Math.floor(Date.parse("2023-01-15") / 86_400_000);
  assert.deepEqual(publicRecord(redate(first, day)), publicRecord(buildRecord(seed, { archiveDay: day })));
  assert.equal(redate(first, day).casualties[0].date, "2022-12-15");
});

test("round V: a byline's date, the site's own dated line under the article, a weekday that fits the date in several years", () => {
  stated(`Blockades spread along the mining corridor\n\nby Tomás Achahui on 14 February 2023\n\n${BODY}`, "2023-02-14");
  stated(`Blockades cut food supplies in the south\n\n${BODY}\n\n${BODY}\n\nCaritas Internationalis – News – 23/01/2023`, "2023-01-23");
  // "Sunday, March 5" fits 2017 and 2023: the archive settles it
  const text = `Six soldiers drowned on Sunday, March 5, in the Ilave river. ${BODY} I taught in Ilave from 2014 to 2016.`;
  assert.equal(pub(text).yearGuessed, true);
  assert.equal(pub(text, { ...OPT, archiveDay: Math.floor(Date.parse("2023-02-15") / 86_400_000) }).date!.slice(0, 4), "2023");
});

test("a weekday whose clause announces what will happen is no past event", async () => {
  const { extractPublicationDate } = await import("../src/extract/date.ts");
  const d = (t: string) => extractPublicationDate(t).date;
  assert.equal(d("On Saturday, March 4, 2023, the patrol left the barracks. On Tuesday, hundreds of people are expected to fill the square for the funeral."), "2023-03-04");
  assert.equal(d("On Saturday, March 4, 2023, the patrol left the barracks. On Tuesday, the minister said the army will stay in Puno."), "2023-03-07");
});

test("an agency's dateline closed the Spanish way in English copy: 'Lima, Mar 6 (EFE).-'", () => {
  stated(`Six soldiers drown in the Ilave river\n\nLima, Mar 6, 2023 (EFE).- Six soldiers have died while trying to cross the river, officials said Monday.\n\n${BODY}`, "2023-03-06");
});

test("a numeric date that reads either way is read month first only when that puts it just after the story's events", () => {
  stated(`Peru's rulers are betting on exhaustion\n\nBy Julián Paredes\n03.09.2023\n\nAymara women protest in Puno on March 1, 2023. Six conscripts drowned on Sunday, March 5.\n\n${BODY}`, "2023-03-09");
  stated(`Peru's rulers are betting on exhaustion\n\nBy Julián Paredes\n03.02.2023\n\nAymara women protest in Puno on January 31, 2023.\n\n${BODY}`, "2023-02-03");
});

test("a weekday named as a habit ('Every Saturday', 'cada domingo') is no event", () => {
  inferred(`Every Saturday for most of this year, families have walked to the cemetery. On January 9, 2023, seventeen people were shot dead in Juliaca. ${BODY}`, "2023-01-09");
  const es = extractPublicationDate("Cada domingo, las familias visitan el cementerio. El 9 de enero de 2023 murieron 17 personas en Juliaca.", { ...OPT, lang: "es" });
  assert.equal(es.date, "2023-01-09");
});

test("an 'Updated on' line with a year, and a time stamp before 'on', date the page", () => {
  stated(`Six soldiers drown in Peru river\n\nBy Ritika Deshmukh\n\nUpdated on Mar 06, 2023 08:41 PM IST\n\n${BODY}`, "2023-03-06");
  stated(`5:12 am on 4 May 2023\n\nThe commission said on Wednesday that the forces may have carried out executions. ${BODY}`, "2023-05-04");
});

test("a part of a month bounds the date from below; a prospect does not; 'Published …' alone between text and tags; 'yesterday, DATE' fixes the day", () => {
  inferred(`On January 9, 17 people were killed in Juliaca. As of mid-February, the ombudsman reported 48 civilians killed. ${BODY} Protests began on December 7, 2022.`, "2023-02-15");
  inferred(`On January 27, 2023, Congress voted again. The mine could be forced to halt production in early February. ${BODY}`, "2023-01-27");
  assert.equal(pub(`One year on, Peru's dead still wait\n\nJack Holloway\n\n${BODY}\n\nIn Juliaca they plan to walk to the airport on 9 January.\n\nPublished 7 December 2023\n\nTags: Peru, human rights\n\nShare: Facebook Twitter\n\nRelated\n\nAnother story\n\nYet another story\n\nA third story\n\nA fourth story\n\nA fifth story\n\nA sixth story\n\nA seventh story\n\nAn eighth story\n\nA ninth story`).date, "2023-12-07");
  inferred(`Yesterday, 15 December 2022, soldiers opened fire in Ayacucho. In Andahuaylas, police killed protesters on Sunday. ${BODY}`, "2022-12-16");
});

test("the window of a story's months stretches when only a longer one fits its weekdays and years", () => {
  // (July 19, 2023 was a Wednesday; "9 de enero" between "diciembre de 2022" and "febrero de 2023" is January 2023)
  const es = extractPublicationDate("El miércoles 19 de julio, la tercera Toma de Lima reunió a miles. Entre diciembre de 2022 y febrero de 2023, 49 personas fueron asesinadas; dieciocho murieron en Juliaca, la mayoría el 9 de enero, y diez en Ayacucho, el 15 de diciembre. El jueves, las delegaciones de Puno regresaron.", { ...OPT, lang: "es" });
  assert.equal(es.date, "2023-07-20");
  // (the shortest window stays when it explains everything: a bound after it dates the writing, not
  // the events, and December stays the one before January)
  const r = pub(`On Saturday, January 21, police raided San Marcos. On Monday, January 9, 17 people died in Juliaca. Protests began on December 7. Between December 2022 and March 2023, 49 people were killed. ${BODY}`);
  assert.equal(r.date, "2023-01-21");
});

test("a yearless day named as the first anniversary of an event is a year after it", () => {
  inferred("Seventeen civilians were killed in Juliaca on January 9, 2023. On January 9, the first anniversary of the massacre, several thousand people walked to the airport.", "2024-01-09");
  assert.equal(pub("Diecisiete civiles murieron el 9 de enero de 2023. El 9 de enero, primer aniversario de la masacre, miles marcharon en Juliaca.", { ...OPT, lang: "es" }).date, "2024-01-09");
  // a day with its year beside the phrase is the anniversary itself
  inferred("Ten people were killed in Ayacucho on 15 December 2022. On the first anniversary, on 15 December 2023, hundreds marched through Huamanga.", "2023-12-15");
});
