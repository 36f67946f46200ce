import type { ParseKeys } from 'i18next';
import { formatDate, formatEuro } from '@/lib/format';
import type { Fact, RegistrySection, RegistryView } from '@/lib/registry-view';
import type { FieldKind } from '@/lib/remedies';
import { registryFacts } from '@/lib/registries';
import type { MapperContext } from '../types';
import { zoekStatus } from '../zoek-status';
import type { BriGegevens, Inkomen } from './api';

/** Who keeps the data and the law that lets them: data, not view text (LEGAL.md). */
export const BRI_HOLDER = 'Belastingdienst';
type Key = ParseKeys<'bri'>;
type Veld = NonNullable<Inkomen['inOnderzoek']>['gegevens'][number];

// Branch on the contract's codes only; every code has its text (the Records are exhaustive).
const statusKey = { definitief: 'status.definitief', voorlopig: 'status.voorlopig' } as const satisfies Record<
  Inkomen['status'],
  Key
>;
const statusUitlegKey = {
  definitief: 'statusExplanation.definitief',
  voorlopig: 'statusExplanation.voorlopig',
} as const satisfies Record<Inkomen['status'], Key>;
const bronKey = {
  aangifte: 'bron.aangifte',
  aanslag: 'bron.aanslag',
  ambtshalve: 'bron.ambtshalve',
} as const satisfies Record<Inkomen['bron'], Key>;
const bronUitlegKey = {
  aangifte: 'bronExplanation.aangifte',
  aanslag: 'bronExplanation.aanslag',
  ambtshalve: 'bronExplanation.ambtshalve',
} as const satisfies Record<Inkomen['bron'], Key>;
const veldKey = {
  verzamelinkomen: 'fields.verzamelinkomen',
  bron: 'fields.bron',
  status: 'fields.status',
  datumVaststelling: 'fields.datumVaststelling',
} as const satisfies Record<Veld, Key>;

/**
 * The route when the income is wrong follows where it comes from: an assessment (bezwaar), the
 * payroll returns of employers and benefit payers (they correct them), or the own tax return.
 */
const remedyKind = {
  aanslag: 'bri-aanslag',
  ambtshalve: 'bri-loongegevens',
  aangifte: 'bri-aangifte',
} as const satisfies Record<Inkomen['bron'], FieldKind>;

const listFormat = (language: string) =>
  new Intl.ListFormat(language === 'en' ? 'en-GB' : 'nl-NL', { type: 'conjunction' });

/**
 * The registered income as one RegistryView: the latest year in detail (what most people
 * look for), then every year in a table. Pure; texts come from the 'bri' namespace.
 */
export function toBriView(data: BriGegevens, { t, language }: MapperContext): RegistryView {
  // Pin the namespace on every call, so the mapper does not depend on how `t` was bound.
  const say = (key: Key, options?: Record<string, string | number>): string => t(key, { ...options, ns: 'bri' });
  const date = (iso: string) => formatDate(iso, language);
  // Newest year first: that is the one people look for (the contract sends the oldest first).
  const inkomens = [...data.inkomens].sort((a, b) => b.belastingjaar - a.belastingjaar);
  const laatste = inkomens[0];

  const base = {
    id: 'bri' as const,
    title: say('title'),
    description: say('description'),
    holder: BRI_HOLDER,
    legalBasis: registryFacts.bri.legalBasis[language],
    ...zoekStatus(inkomens, date),
    raw: data,
  };
  if (!laatste) return { ...base, keyFacts: [], emptyText: say('empty'), sections: [] };

  const sinds = (inkomen: Inkomen, veld: Veld) => ({
    ...(inkomen.inOnderzoek?.gegevens.includes(veld)
      ? { inOnderzoekSinds: date(inkomen.inOnderzoek.datumIngangOnderzoek) }
      : {}),
    remedy: { kind: remedyKind[inkomen.bron] },
  });

  const verzamelinkomen: Fact = {
    id: 'verzamelinkomen',
    label: say('facts.verzamelinkomen.label'),
    value: formatEuro(laatste.verzamelinkomen, language),
    explanation: say('facts.verzamelinkomen.explanation'),
    ...sinds(laatste, 'verzamelinkomen'),
  };
  const status: Fact = {
    id: 'status',
    label: say('facts.status.label'),
    value: say(statusKey[laatste.status]),
    explanation: say(statusUitlegKey[laatste.status]),
    ...sinds(laatste, 'status'),
  };
  const bron: Fact = {
    id: 'bron',
    label: say('facts.bron.label'),
    value: say(bronKey[laatste.bron]),
    explanation: say(bronUitlegKey[laatste.bron]),
    ...sinds(laatste, 'bron'),
  };
  const laatsteJaar: RegistrySection = {
    id: 'laatste-jaar',
    title: say('sections.laatsteJaar', { jaar: laatste.belastingjaar }),
    facts: [
      {
        id: 'belastingjaar',
        label: say('facts.belastingjaar.label'),
        value: String(laatste.belastingjaar),
        explanation: say('facts.belastingjaar.explanation'),
        remedy: { kind: remedyKind[laatste.bron] },
      },
      verzamelinkomen,
      status,
      bron,
      {
        id: 'datumVaststelling',
        label: say('facts.datumVaststelling.label'),
        value: date(laatste.datumVaststelling),
        explanation: say('facts.datumVaststelling.explanation'),
        ...sinds(laatste, 'datumVaststelling'),
      },
    ],
  };

  const perJaar: RegistrySection = {
    id: 'per-jaar',
    title: say('sections.perJaar'),
    intro: say('perJaar.intro'),
    table: {
      caption: say('perJaar.caption'),
      columns: (['belastingjaar', 'verzamelinkomen', 'status', 'bron', 'datumVaststelling'] as const).map((id) => ({
        id,
        label: say(`columns.${id}`),
      })),
      rows: inkomens.map((inkomen) => ({
        id: String(inkomen.belastingjaar),
        remedy: { kind: remedyKind[inkomen.bron] },
        cells: {
          belastingjaar: String(inkomen.belastingjaar),
          verzamelinkomen: formatEuro(inkomen.verzamelinkomen, language),
          status: say(statusKey[inkomen.status]),
          bron: say(bronKey[inkomen.bron]),
          datumVaststelling: date(inkomen.datumVaststelling),
        },
        ...(inkomen.inOnderzoek
          ? {
              inOnderzoekSinds: date(inkomen.inOnderzoek.datumIngangOnderzoek),
              inOnderzoekWat: listFormat(language).format(
                inkomen.inOnderzoek.gegevens.map((veld) => say(veldKey[veld])),
              ),
            }
          : {}),
      })),
    },
  };

  return {
    ...base,
    keyFacts: [
      { ...verzamelinkomen, label: say('keyFacts.verzamelinkomen', { jaar: laatste.belastingjaar }) },
      status,
      bron,
    ],
    sections: [laatsteJaar, perJaar],
  };
}
