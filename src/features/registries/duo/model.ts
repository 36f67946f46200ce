import type { ParseKeys } from 'i18next';
import { formatDate } from '@/lib/format';
import type { Fact, RegistryView } from '@/lib/registry-view';
import { registryFacts } from '@/lib/registries';
import type { MapperContext } from '../types';
import { zoekStatus } from '../zoek-status';
import type { Diploma, DuoGegevens, Onderwijsniveau } from './api';

/** Who keeps the data and the law that lets them: data, not view text (LEGAL.md). */
export const DUO_HOLDER = 'Dienst Uitvoering Onderwijs (DUO)';
type Key = ParseKeys<'duo'>;
type Veld = NonNullable<Diploma['inOnderzoek']>['gegevens'][number];

const niveauKey = {
  vmbo: 'niveau.vmbo',
  havo: 'niveau.havo',
  vwo: 'niveau.vwo',
  'mbo-1': 'niveau.mbo1',
  'mbo-2': 'niveau.mbo2',
  'mbo-3': 'niveau.mbo3',
  'mbo-4': 'niveau.mbo4',
  'hbo-associate-degree': 'niveau.hboAssociateDegree',
  'hbo-bachelor': 'niveau.hboBachelor',
  'hbo-master': 'niveau.hboMaster',
  'wo-bachelor': 'niveau.woBachelor',
  'wo-master': 'niveau.woMaster',
  'staatsexamen-nt2': 'niveau.staatsexamenNt2',
} as const satisfies Record<Onderwijsniveau, Key>;

/**
 * Rank for "highest diploma", after the Dutch qualifications framework (NLQF): masters 7,
 * bachelors 6, associate degree 5, vwo 4+, havo and mbo-4 4, mbo-3 3, vmbo and mbo-2 2,
 * mbo-1 1. The NT2 state exam is a language exam, not a level of education: it only counts
 * when it is the only one.
 */
const niveauRang = {
  'staatsexamen-nt2': 0,
  'mbo-1': 1,
  vmbo: 2,
  'mbo-2': 2,
  'mbo-3': 3,
  havo: 4,
  'mbo-4': 4,
  vwo: 4.5,
  'hbo-associate-degree': 5,
  'hbo-bachelor': 6,
  'wo-bachelor': 6,
  'hbo-master': 7,
  'wo-master': 7,
} as const satisfies Record<Onderwijsniveau, number>;

const veldKey = {
  onderwijsniveau: 'fields.onderwijsniveau',
  opleidingsnaam: 'fields.opleidingsnaam',
  onderwijsinstelling: 'fields.onderwijsinstelling',
  datumBehaald: 'fields.datumBehaald',
} as const satisfies Record<Veld, Key>;

const listFormat = (language: string) =>
  new Intl.ListFormat(language === 'en' ? 'en-GB' : 'nl-NL', { type: 'conjunction' });

/** The highest diploma; of equal levels the most recent one. */
export function hoogsteDiploma(diplomas: readonly Diploma[]): Diploma | undefined {
  return [...diplomas].sort(
    (a, b) =>
      niveauRang[b.onderwijsniveau] - niveauRang[a.onderwijsniveau] || b.datumBehaald.localeCompare(a.datumBehaald),
  )[0];
}

/** The diplomas DUO registers as one RegistryView: the highest on the card, all in a table. */
export function toDuoView(data: DuoGegevens, { t, language }: MapperContext): RegistryView {
  // Pin the namespace on every call, so the mapper does not depend on how `t` was bound.
  const say = (key: Key, options?: Record<string, string | number>): string => t(key, { ...options, ns: 'duo' });
  const date = (iso: string) => formatDate(iso, language);
  // Newest first, as on a CV (the contract sends the oldest first).
  const diplomas = [...data.diplomas].sort((a, b) => b.datumBehaald.localeCompare(a.datumBehaald));

  const base = {
    id: 'duo' as const,
    title: say('title'),
    description: say('description'),
    holder: DUO_HOLDER,
    legalBasis: registryFacts.duo.legalBasis[language],
    ...zoekStatus(diplomas, date),
    raw: data,
  };
  const hoogste = hoogsteDiploma(diplomas);
  if (!hoogste) return { ...base, keyFacts: [], emptyText: say('empty'), sections: [] };

  const sinds = (diploma: Diploma, velden: readonly Veld[]) => {
    const onderzoek = diploma.inOnderzoek;
    return onderzoek && onderzoek.gegevens.some((veld) => velden.includes(veld))
      ? { inOnderzoekSinds: date(onderzoek.datumIngangOnderzoek) }
      : {};
  };
  const keyFacts: Fact[] = [
    {
      id: 'hoogsteDiploma',
      label: say('keyFacts.hoogsteDiploma'),
      value: hoogste.opleidingsnaam,
      explanation: say('keyFacts.hoogsteDiplomaExplanation'),
      ...sinds(hoogste, ['opleidingsnaam']),
    },
    {
      id: 'niveau',
      label: say('keyFacts.niveau'),
      value: say(niveauKey[hoogste.onderwijsniveau]),
      ...sinds(hoogste, ['onderwijsniveau']),
    },
    {
      id: 'behaald',
      label: say('keyFacts.behaald'),
      value: `${date(hoogste.datumBehaald)}, ${hoogste.onderwijsinstelling}`,
      ...sinds(hoogste, ['datumBehaald', 'onderwijsinstelling']),
    },
    { id: 'aantal', label: say('keyFacts.aantal'), value: String(diplomas.length) },
  ];

  const columns = (['opleidingsnaam', 'onderwijsniveau', 'onderwijsinstelling', 'datumBehaald'] as const).map((id) => ({
    id,
    label: say(`columns.${id}`),
  }));
  return {
    ...base,
    keyFacts,
    sections: [
      {
        id: 'diplomas',
        title: say('sections.diplomas'),
        intro: say('diplomas.intro'),
        table: {
          caption: say('diplomas.caption'),
          columns,
          rows: diplomas.map((diploma) => ({
            id: diploma.id,
            cells: {
              opleidingsnaam: diploma.opleidingsnaam,
              onderwijsniveau: say(niveauKey[diploma.onderwijsniveau]),
              onderwijsinstelling: diploma.onderwijsinstelling,
              datumBehaald: date(diploma.datumBehaald),
            },
            ...(diploma.inOnderzoek
              ? {
                  inOnderzoekSinds: date(diploma.inOnderzoek.datumIngangOnderzoek),
                  inOnderzoekWat: listFormat(language).format(
                    diploma.inOnderzoek.gegevens.map((veld) => say(veldKey[veld])),
                  ),
                }
              : {}),
          })),
        },
      },
    ],
  };
}
