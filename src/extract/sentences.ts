// Sentence splitting is shared by every extractor that reasons sentence by sentence (casualties,
// dates, places). sbd knows English abbreviations ("Jan.", "p.m."); we add the ones news text
// about the Americas needs so "the U.S. Embassy" stays one sentence. sbd replaces (not extends) its
// list when given one and compares words with dots stripped, so the whole list is given here.
import sbd from "sbd";

const ABBREVIATIONS = [
  // sbd's own English list
  "al", "adj", "assn", "Ave", "BSc", "MSc", "Cell", "Ch", "Co", "cc", "Corp", "Dem", "Dept", "ed", "eg", "Eq", "Eqs", "est", "etc", "Ex", "ext", "Fig", "fig", "Figs", "figs", "ie", "Inc", "inc",
  "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "jr", "mi", "Miss", "Mrs", "Mr", "Ms", "Mol", "mt", "mts", "no", "Nos", "PhD", "MD", "BA", "MA", "MM",
  "pl", "pop", "pp", "Prof", "Dr", "pt", "Ref", "Refs", "Rep", "repr", "rev", "Sec", "Secs", "Sgt", "Col", "Gen", "Sen", "Gov", "Lt", "Maj", "Capt", "St", "Sr", "sr", "Jr", "Rev",
  "Sun", "Mon", "Tu", "Tue", "Tues", "Wed", "Th", "Thu", "Thur", "Thurs", "Fri", "Sat", "trans", "Univ", "Viz", "Vol", "vs", "v",
  // news about Peru: dotted country and agency initials, Spanish honorifics and abbreviations
  "US", "UN", "UK", "EU", "Sra", "Srta", "Av", "Jr", "Ing", "Lic", "Dra", "ene", "abr", "ago", "dic", "approx",
];
const OPTIONS = { preserve_whitespace: false, newline_boundaries: true, abbreviations: ABBREVIATIONS } as const;

/** Splits text into sentences; paragraph breaks always end a sentence. */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  for (const para of text.split(/\n\s*\n/)) {
    const p = para.replace(/\s*\n\s*/g, " ").trim();
    if (!p) continue;
    for (const s of sbd.sentences(p, OPTIONS)) {
      const t = s.trim();
      if (t) out.push(t);
    }
  }
  return out;
}

/** Splits text into paragraphs (blank-line separated, or one line each when the text has no blank lines). */
export function splitParagraphs(text: string): string[] {
  const blocks = /\n\s*\n/.test(text) ? text.split(/\n\s*\n/) : text.split(/\n/);
  return blocks.map((b) => b.replace(/\s*\n\s*/g, " ").trim()).filter(Boolean);
}
