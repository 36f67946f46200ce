/**
 * Cells a spreadsheet would read as a formula (OWASP "CSV injection"): starting with `=`, `+`,
 * `-`, `@`, a tab or a carriage return. Papaparse gets this as `escapeFormulae` and puts a `'`
 * in front. Its own default, `/^[=+\-@\t\r].*$/`, has no `s` flag: `.` stops at a line break
 * and `$` then cannot match, so `=HYPERLINK(…)` followed by a line break went through as a
 * formula (issue 17). Anchored at the start only, the rest of the cell does not matter.
 */
export const CSV_FORMULA_START = /^[=+\-@\t\r]/;
