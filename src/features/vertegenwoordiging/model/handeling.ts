import type { Overzicht } from '../api/vertegenwoordiging';

type Handeling = Overzicht['handelingen'][number];

/**
 * What a representative did, as a key into the `vertegenwoordiging` texts: a named action
 * first, then looking at one registry's data, the log, or the requests and messages.
 */
export function handelingKey(
  h: Pick<Handeling, 'dienst' | 'register' | 'handeling'>,
):
  | { key: 'wat.verzoekIngediend' }
  | { key: 'wat.gegevens'; register: NonNullable<Handeling['register']> }
  | { key: 'wat.gegevensAlgemeen' | 'wat.logboek' | 'wat.verzoeken' } {
  if (h.handeling === 'verzoekIngediend') return { key: 'wat.verzoekIngediend' };
  if (h.dienst === 'gegevens')
    return h.register ? { key: 'wat.gegevens', register: h.register } : { key: 'wat.gegevensAlgemeen' };
  return { key: h.dienst === 'logboek' ? 'wat.logboek' : 'wat.verzoeken' };
}

/** YYYY-MM-DD plus whole years (the latest end date of a mandate). */
export const plusJaren = (day: string, years: number): string => `${Number(day.slice(0, 4)) + years}${day.slice(4)}`;
