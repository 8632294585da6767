// CSV as RFC 4180 writes it, made safe to open in a spreadsheet: a cell that starts with a character
// a spreadsheet reads as a formula (= + - @, or a tab or carriage return that some strip first) is
// prefixed with an apostrophe, so scraped text like "=HYPERLINK(…)" stays text.

export type CsvValue = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  let s = typeof value === "boolean" ? String(value) : value;
  if (FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One record, CRLF-terminated. */
export function csvRow(values: CsvValue[]): string {
  return values.map(csvCell).join(",") + "\r\n";
}
