/**
 * A calendar date `YYYY-MM-DD` as the start of that day in UTC (epoch ms), or undefined when
 * it is not a date that exists. `Date.parse('2026-02-30')` gives 2 March; a search for a day
 * that does not exist is a mistake to report (400), not a different day (issue 17, finding 9).
 */
export function parseCalendarDate(value: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1) return undefined;
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear puts them back.
  if (year < 100) back.setUTCFullYear(year);
  return back.getUTCFullYear() === year && back.getUTCMonth() === month - 1 && back.getUTCDate() === day
    ? back.getTime()
    : undefined;
}
