/** BRP view model: parental authority (gezag). */
import type { Language } from '@/lib/i18n';
import type { Gezag } from '../../api/brp';
import type { BrpKey, GroupVM, Text } from '../types';
import { type Flags, text, key, nonEmpty, textOf, Fields } from './fields';

const GEZAG_TYPE: Record<Gezag['type'], { label: BrpKey; uitleg: BrpKey }> = {
  GezamenlijkOuderlijkGezag: {
    label: 'gezag.type.GezamenlijkOuderlijkGezag.label',
    uitleg: 'gezag.type.GezamenlijkOuderlijkGezag.uitleg',
  },
  EenhoofdigOuderlijkGezag: {
    label: 'gezag.type.EenhoofdigOuderlijkGezag.label',
    uitleg: 'gezag.type.EenhoofdigOuderlijkGezag.uitleg',
  },
  GezamenlijkGezag: { label: 'gezag.type.GezamenlijkGezag.label', uitleg: 'gezag.type.GezamenlijkGezag.uitleg' },
  Voogdij: { label: 'gezag.type.Voogdij.label', uitleg: 'gezag.type.Voogdij.uitleg' },
  TijdelijkGeenGezag: { label: 'gezag.type.TijdelijkGeenGezag.label', uitleg: 'gezag.type.TijdelijkGeenGezag.uitleg' },
  GezagNietTeBepalen: { label: 'gezag.type.GezagNietTeBepalen.label', uitleg: 'gezag.type.GezagNietTeBepalen.uitleg' },
};

/** The people who hold gezag, one per line; unnamed people are still counted. */
function gezaghouders(g: Gezag): Text | undefined {
  const naam = (n: { naam?: { volledigeNaam?: string } } | undefined): string | undefined =>
    n ? (n.naam?.volledigeNaam ?? '') : undefined;
  let names: (string | undefined)[] = [];
  let onbekendeDerde = false;
  switch (g.type) {
    case 'GezamenlijkOuderlijkGezag':
      names = (g.ouders ?? []).map(naam);
      break;
    case 'EenhoofdigOuderlijkGezag':
      names = [naam(g.ouder)];
      break;
    case 'GezamenlijkGezag':
      names = [naam(g.ouder), g.derde?.type === 'BekendeDerde' ? naam(g.derde) : undefined];
      onbekendeDerde = g.derde?.type === 'OnbekendeDerde';
      break;
    case 'Voogdij':
      names = (g.derden ?? []).map(naam);
      break;
    case 'TijdelijkGeenGezag':
    case 'GezagNietTeBepalen':
      return undefined;
  }
  const present = names.filter((n): n is string => n !== undefined);
  if (present.length === 0 && !onbekendeDerde) return undefined;
  const values: Text[] = present.map((n) => (n.trim() ? text(n) : key('gezag.naamOnbekend')));
  if (onbekendeDerde) values.push(key('gezag.onbekendeDerde'));
  return { kind: 'lines', lines: values };
}

export function gezagGroup(g: Gezag, index: number, locale: Language): GroupVM {
  const f = new Fields(locale, `gezag.${index}.`);
  const soort = GEZAG_TYPE[g.type];
  // The relation has only a boolean inOnderzoek without a date.
  const io: Flags = { inOnderzoek: g.inOnderzoek };
  f.add('type', 'gezag.soort.label', key(soort.label), {
    explanationKey: soort.uitleg,
    io: { flags: io, flag: 'inOnderzoek' },
  }).add('gezaghouders', 'gezag.houders.label', gezaghouders(g));
  if (g.type === 'TijdelijkGeenGezag' || g.type === 'GezagNietTeBepalen') {
    f.add('toelichting', 'gezag.toelichting.label', textOf(g.toelichting), {
      explanationKey: 'gezag.toelichting.uitleg',
    });
  }
  const minderjarige = g.minderjarige.naam?.volledigeNaam;
  return {
    id: `gezag-${index}`,
    title: nonEmpty(minderjarige)
      ? key('gezag.titel', { naam: text(minderjarige) })
      : key('gezag.titelZonderNaam', { nummer: text(String(index + 1)) }),
    fields: f.items,
  };
}
