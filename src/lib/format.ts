/** Formatting for people, in their language. Dates are calendar dates (no time zone shift). */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(language: string): Intl.DateTimeFormat {
  const locale = language.startsWith('en') ? 'en-GB' : 'nl-NL';
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    dateFormats.set(locale, format);
  }
  return format;
}

/** "2015-08-08" → "8 augustus 2015" / "8 August 2015". Invalid input is returned as it is. */
export function formatDate(isoDate: string, language: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) return isoDate;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return Number.isNaN(date.getTime()) ? isoDate : dateFormat(language).format(date);
}

const euroFormats = new Map<string, Intl.NumberFormat>();
/** Whole euros: "€ 45.300" / "€45,300". */
export function formatEuro(amount: number, language: string): string {
  const locale = language.startsWith('en') ? 'en-GB' : 'nl-NL';
  let format = euroFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
    euroFormats.set(locale, format);
  }
  return format.format(amount);
}

/**
 * One way to write a Dutch postcode wherever a citizen reads one: "3077aw", "3077AW" and
 * "3077 aw" all become "3077 AW" (four digits, a space, two capitals, as PostNL writes it).
 * Anything that is not a Dutch postcode is returned trimmed, unchanged; empty gives undefined.
 */
export function formatPostcode(postcode: string | undefined): string | undefined {
  const trimmed = postcode?.trim();
  if (!trimmed) return undefined;
  const match = /^([1-9]\d{3})\s*([A-Za-z]{2})$/.exec(trimmed);
  return match ? `${match[1]} ${match[2]?.toUpperCase()}` : trimmed;
}

const listFormats = new Map<string, Intl.ListFormat>();
/** "het merk en de kleur" / "the make and the colour": a list as a sentence says it. */
export function formatList(items: readonly string[], language: string): string {
  const locale = language.startsWith('en') ? 'en-GB' : 'nl-NL';
  let format = listFormats.get(locale);
  if (!format) {
    format = new Intl.ListFormat(locale, { type: 'conjunction' });
    listFormats.set(locale, format);
  }
  return format.format(items);
}

/**
 * A name used inside a sentence ("Bekijk alle gegevens over woz-waarde" was wrong): the first
 * letter goes to lower case unless the first word is an abbreviation (WOZ, BRP, RDW …).
 */
export function midSentence(name: string): string {
  const [first = '', second = ''] = name;
  return second === second.toLowerCase() ? first.toLowerCase() + name.slice(1) : name;
}
