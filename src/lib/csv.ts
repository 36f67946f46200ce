import Papa from 'papaparse';

/**
 * Cells a spreadsheet would read as a formula (OWASP "CSV injection"): starting with `=`, `+`,
 * `-`, `@`, a tab or a carriage return. Papaparse gets this as `escapeFormulae` and puts a `'`
 * in front. Its own default, `/^[=+\-@\t\r].*$/`, has no `s` flag: `.` stops at a line break
 * and `$` then cannot match, so `=HYPERLINK(…)` followed by a line break went through as a
 * formula (issue 17). Anchored at the start only, the rest of the cell does not matter.
 */
export const CSV_FORMULA_START = /^[=+\-@\t\r]/;

export type CsvColumn<K extends string> = { key: K; header: string };

/**
 * A CSV a citizen can open by double-clicking (issue 19): Excel with Dutch regional settings splits
 * on semicolons, not commas (the list separator of nl-NL), so a comma file opens as one column.
 * Headers are the words the page uses, in the page's language; the BOM makes Excel read the
 * diacritics as UTF-8; formula-like cells are escaped.
 */
export function spreadsheetCsv<K extends string>(
  columns: ReadonlyArray<CsvColumn<K>>,
  rows: ReadonlyArray<Record<K, string>>,
): string {
  const csv = Papa.unparse(
    { fields: columns.map((c) => c.header), data: rows.map((row) => columns.map((c) => row[c.key])) },
    { delimiter: ';', escapeFormulae: CSV_FORMULA_START },
  );
  return `\uFEFF${csv}`;
}

const cellDateTimes = new Map<string, Intl.DateTimeFormat>();
/**
 * Date and time in a cell, in Dutch time (Europe/Amsterdam) whatever the computer's zone:
 * "28-11-2026 10:00" (nl), "28/11/2026 10:00" (en) — the forms Excel reads as a date in that locale.
 */
export function cellDateTime(ms: number, language: string): string {
  const locale = language.startsWith('en') ? 'en-GB' : 'nl-NL';
  let format = cellDateTimes.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone: 'Europe/Amsterdam',
    });
    cellDateTimes.set(locale, format);
  }
  return format.format(ms).replace(',', '');
}
