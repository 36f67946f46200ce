/** Dates and numbers in the auditor workspace, in the UI language and Dutch time. */
export function formatDateTime(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Amsterdam' }).format(new Date(iso));
}
export function formatMonth(month: string, language: string): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));
}
export const formatNumber = (n: number, language: string): string => new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'nl-NL').format(n);
