// The date scanner looks for mentions only where a name or a digit starts (see mentionStarts) and
// finds sentence ends with indexOf; these pin what the full-text regexes gave on the cases that could
// trip that: any mix of case in Spanish, a letter whose lower case is longer (the regex fallback),
// abbreviation dots, closing quotes, a no-break space after "!".
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractPublicationDate, eventDateIn } from "../src/extract/date.ts";

const PUBLICATION: { lang: string; text: string; today: string; want: ReturnType<typeof extractPublicationDate> }[] = [
  {
    "lang": "es",
    "text": "LIMA, 12 ENE (EFE).- La protesta creció este jueves en el sur.",
    "today": "2024-06-01",
    "want": {
      "date": "2023-01-12",
      "source": "text",
      "warning": "the publication date \"12 ENE\" states no year; read as 2023, which nothing in the text confirms",
      "evidence": "LIMA, 12 ENE (EFE).-",
      "yearGuessed": true
    }
  },
  {
    "lang": "es",
    "text": "Lima, 12 eNe. 2023 (EFE).- La marcha siguió.",
    "today": "2024-06-01",
    "want": {
      "date": "2023-01-12",
      "source": "text",
      "warning": null,
      "evidence": "Lima, 12 eNe. 2023 (EFE).-",
      "yearGuessed": false
    }
  },
  {
    "lang": "es",
    "text": "İstanbul, 3 de febrero de 2023.- La protesta siguió el 1 de febrero.",
    "today": "2024-06-01",
    "want": {
      "date": "2023-02-03",
      "source": "text",
      "warning": null,
      "evidence": "İstanbul, 3 de febrero de 2023.- La protesta siguió el 1 de febrero.",
      "yearGuessed": false
    }
  },
  {
    "lang": "es",
    "text": "MADRID, 10 (EUROPA PRESS)\n\nLa Defensoría informó el 8 de marzo que hubo protestas desde el lunes.",
    "today": "2024-06-01",
    "want": {
      "date": "2024-03-10",
      "source": "text",
      "warning": "the dateline \"MADRID, 10 (EUROPA PRESS)\" gives only the day; read as 2024-03-10, the first such day from the latest dated event (\"8 de marzo\")",
      "evidence": "MADRID, 10 (EUROPA PRESS)",
      "yearGuessed": true
    }
  },
  {
    "lang": "en",
    "text": "Protesters marched on Dec. 13. They returned on Jan. 9, the U.S. embassy said. \"It was calm.\" Later, on Monday, more came.",
    "today": "2023-03-01",
    "want": {
      "date": "2023-01-09",
      "source": "inferred",
      "warning": "no publication date in the text; inferred 2023-01-09 from the latest dated event (\"Jan. 9\"); the text gives no year, assumed 2023",
      "evidence": "Jan. 9",
      "yearGuessed": true
    }
  },
  {
    "lang": "en",
    "text": "Updated: 2023-02-14\n\nThe strike began on February 10 and two years later it ended.",
    "today": "2024-06-01",
    "want": {
      "date": "2023-02-14",
      "source": "text",
      "warning": null,
      "evidence": "Updated: 2023-02-14",
      "yearGuessed": false
    }
  },
  {
    "lang": "en",
    "text": "LIMA, Jan 12 (Reuters) - Police cleared roads on Wednesday! Officials said (on Tuesday) that 3 died.",
    "today": "2024-06-01",
    "want": {
      "date": "2024-01-12",
      "source": "text",
      "warning": "the publication date \"Jan 12\" states no year; read as 2024, which nothing in the text confirms",
      "evidence": "LIMA, Jan 12 (Reuters) -",
      "yearGuessed": true
    }
  }
];

test("publication dates read from mentions found at their first letters", () => {
  for (const { lang, text, today, want } of PUBLICATION) assert.deepEqual(extractPublicationDate(text, { lang, today }), want, text);
});

const EVENTS: { lang: string; s: string; ref: string | null; want: string | null }[] = [
  {
    "lang": "en",
    "s": "Two people died on Tuesday, officials said.",
    "ref": "2023-01-12",
    "want": "2023-01-10"
  },
  {
    "lang": "es",
    "s": "El 9 de ENERO murieron 17 personas en Juliaca.",
    "ref": "2023-01-20",
    "want": "2023-01-09"
  },
  {
    "lang": "es",
    "s": "Desde el 7 de diciembre han muerto 60 personas; ayer murió otra.",
    "ref": "2023-01-20",
    "want": "2023-01-19"
  },
  {
    "lang": "en",
    "s": "Police killed 17 people in Juliaca on January 9, 2023.",
    "ref": null,
    "want": "2023-01-09"
  }
];

test("event dates of single sentences", () => {
  for (const { lang, s, ref, want } of EVENTS) assert.equal(eventDateIn(s, ref, { lang, today: "2024-06-01" }), want, s);
});
