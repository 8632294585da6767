// The one place for the archive's record shape (../shared/CONTRACT.md). Everything that produces or
// consumes records imports from here, and validate.ts checks records against these definitions.

export const PLACE_KINDS = ["country", "region", "province", "city", "site"] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export const QUALIFIERS = ["exact", "at least", "over", "about", "nearly", "up to"] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export const CASUALTY_KINDS = ["killed", "injured", "arrested", "missing"] as const;
export type CasualtyKind = (typeof CASUALTY_KINDS)[number];

export const TITLE_SOURCES = ["front-matter", "text", "derived"] as const;
export type TitleSource = (typeof TITLE_SOURCES)[number];

export const DATE_SOURCES = ["front-matter", "text", "inferred"] as const;
export type DateSource = (typeof DATE_SOURCES)[number];

export interface Place {
  /** canonical, URL-safe id, unique across the gazetteer ("cusco", "san-martin-region") */
  id: string;
  /** canonical display name ("Cusco") */
  name: string;
  kind: PlaceKind;
  /** ISO 3166-1 alpha-2 country code */
  country: string;
  lat: number;
  lon: number;
  /** how many times the text names it, under any spelling */
  mentions: number;
  /** every spelling the text used for it, in order of first appearance */
  spellings: string[];
  /** first-level region (for grouping on the places page), when known */
  region?: string | null;
}

export interface Casualty {
  /** null for a vague figure ("dozens") */
  count: number | null;
  qualifier: Qualifier;
  kind: CasualtyKind;
  who: string;
  place: string | null;
  /** the date of the event the figure reports, YYYY-MM-DD */
  date: string | null;
  /** a running total ("the death toll rose to 47") */
  total: boolean;
  /** a conservative reading of a vague figure (dozens → 12), else null */
  estimate: number | null;
  sentence: string;
}

export interface ArticleRecord {
  id: string;
  file: string;
  title: string;
  titleSource: TitleSource;
  subtitle: string | null;
  date: string | null;
  dateSource: DateSource | null;
  source: string | null;
  author: string | null;
  url: string | null;
  lang: string;
  places: Place[];
  casualties: Casualty[];
  excerpt: string;
  wordCount: number;
  warnings: string[];
  errors: string[];
}

/** A record plus what the site needs to render it; never printed by `extract`. */
export interface Article extends ArticleRecord {
  /** the cleaned body as Markdown paragraphs (chrome removed, real links kept) */
  paragraphs: string[];
  /** sanitized HTML of the body; filled by the build's render step, "" until then */
  html: string;
  /** sha-256 of the seed's bytes, for duplicate detection and caching */
  hash: string;
  /** the date's year was an assumption (the text names no year); see buildRecords */
  yearGuessed?: boolean;
  /** contentKey of the body, which duplicates share; set by the build and cached with the record */
  textKey?: string;
  /**
   * what re-dating a record whose year was guessed needs (see redate): the text the date was read
   * from and the warning it gave; set only while yearGuessed, never cached or printed
   */
  redate?: { text: string; headerLines: number; warning: string };
}
