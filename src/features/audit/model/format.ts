/**
 * Dates and numbers in the auditor workspace, in the UI language and Dutch time. Formatters are
 * made once per language: building an Intl formatter costs far more than using one, and the
 * workspace formats hundreds of cells per screen (issue 16 profile).
 */
const locale = (language: string) => (language === 'en' ? 'en-GB' : 'nl-NL');
function cached<T>(make: (locale: string) => T): (language: string) => T {
  const byLocale = new Map<string, T>();
  return (language) => {
    const key = locale(language);
    let value = byLocale.get(key);
    if (!value) byLocale.set(key, (value = make(key)));
    return value;
  };
}
const dateTime = cached(
  (l) => new Intl.DateTimeFormat(l, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Amsterdam' }),
);
const month = cached((l) => new Intl.DateTimeFormat(l, { month: 'short', year: 'numeric', timeZone: 'UTC' }));
const number = cached((l) => new Intl.NumberFormat(l));

export function formatDateTime(iso: string, language: string): string {
  return dateTime(language).format(new Date(iso));
}
export function formatMonth(value: string, language: string): string {
  return month(language).format(new Date(`${value}-01T00:00:00Z`));
}
export const formatNumber = (n: number, language: string): string => number(language).format(n);
