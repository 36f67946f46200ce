import type { Language } from '@/lib/i18n';
import type { Datum } from '../api/brp';
import type { Text } from './types';

const intlLocale: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

// Dates are calendar dates without a time: format in UTC so no time zone can shift the day.
function utc(jaar: number, maand: number, dag = 1): Date {
  return new Date(Date.UTC(jaar, maand - 1, dag));
}

/**
 * A 2.7 date for people. Dutch uses the registry's own `langFormaat` ("1 juli 2002"); other
 * languages are formatted from the parts. Unknown parts are said out loud instead of hidden,
 * because "1999" alone reads like an error.
 */
export function formatDatum(datum: Datum | undefined, locale: Language): Text | undefined {
  if (!datum) return undefined;
  const dutch = locale === 'nl' && datum.langFormaat.trim() !== '';
  switch (datum.type) {
    case 'Datum': {
      if (dutch) return { kind: 'text', text: datum.langFormaat };
      const [jaar, maand, dag] = datum.datum.split('-').map(Number) as [number, number, number];
      const text = new Intl.DateTimeFormat(intlLocale[locale], {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      }).format(utc(jaar, maand, dag));
      return { kind: 'text', text };
    }
    case 'JaarMaandDatum': {
      const text = dutch
        ? datum.langFormaat
        : new Intl.DateTimeFormat(intlLocale[locale], { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
            utc(datum.jaar, datum.maand),
          );
      return { kind: 'key', key: 'datum.dagOnbekend', values: { datum: { kind: 'text', text } } };
    }
    case 'JaarDatum':
      return { kind: 'key', key: 'datum.alleenJaar', values: { jaar: { kind: 'text', text: String(datum.jaar) } } };
    case 'DatumOnbekend':
      return { kind: 'key', key: 'datum.onbekend' };
  }
}
