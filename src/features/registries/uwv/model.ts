import type { ParseKeys } from 'i18next';
import { formatDate, formatEuro, formatList } from '@/lib/format';
import type { Fact, RegistrySection, RegistryTable, RegistryView } from '@/lib/registry-view';
import type { RemedyContext } from '@/lib/remedies';
import { registryFacts } from '@/lib/registries';
import type { MapperContext } from '../types';
import { zoekStatus } from '../zoek-status';
import type { Dienstbetrekking, Inkomstenverhouding, SoortUitkering, Uitkering, UwvGegevens } from './api';

/** Who keeps the data and the law that lets them: data, not view text (LEGAL.md). */
export const UWV_HOLDER = 'UWV';
type Key = ParseKeys<'uwv'>;
type Veld = NonNullable<Inkomstenverhouding['inOnderzoek']>['gegevens'][number];

const soortUitkeringKey = {
  WW: 'soortUitkering.WW',
  ZW: 'soortUitkering.ZW',
  WIA: 'soortUitkering.WIA',
  Participatiewet: 'soortUitkering.Participatiewet',
  AOW: 'soortUitkering.AOW',
  pensioen: 'soortUitkering.pensioen',
} as const satisfies Record<SoortUitkering, Key>;

const veldKey = {
  werkgever: 'fields.werkgever',
  uitkeringsinstantie: 'fields.uitkeringsinstantie',
  datumAanvang: 'fields.datumAanvang',
  datumEinde: 'fields.datumEinde',
  loonLaatsteMaand: 'fields.loonLaatsteMaand',
  aantalUrenPerWeek: 'fields.aantalUrenPerWeek',
} as const satisfies Record<Veld, Key>;
// A benefit has an amount, not a wage: same field, other words.
const uitkeringVeldKey = { ...veldKey, loonLaatsteMaand: 'fields.bedragLaatsteMaand' } as const satisfies Record<
  Veld,
  Key
>;

/**
 * The route when a row is wrong: a job's figures come from the employer's payroll return (the
 * employer corrects it), a pension's from the fund's, a benefit is a decision of its payer
 * (bezwaar). The party is named on the row.
 */
const remedyOf = (v: Inkomstenverhouding): RemedyContext =>
  v.soort === 'dienstbetrekking'
    ? { kind: 'uwv-dienstbetrekking', partij: v.werkgever.naam }
    : { kind: v.soortUitkering === 'pensioen' ? 'uwv-pensioen' : 'uwv-uitkering', partij: v.uitkeringsinstantie.naam };

/** Running ones first (no end date), then the most recent start: what people look for first. */
function nieuwsteEerst<T extends Inkomstenverhouding>(items: readonly T[]): T[] {
  return [...items].sort(
    (a, b) =>
      Number(a.datumEinde !== null) - Number(b.datumEinde !== null) || b.datumAanvang.localeCompare(a.datumAanvang),
  );
}

/** Jobs and benefits from the polisadministratie as one RegistryView: what runs now on the card. */
export function toUwvView(data: UwvGegevens, { t, language }: MapperContext): RegistryView {
  // Pin the namespace on every call, so the mapper does not depend on how `t` was bound.
  const say = (key: Key, options?: Record<string, string | number>): string => t(key, { ...options, ns: 'uwv' });
  const date = (iso: string) => formatDate(iso, language);
  const euro = (amount: number) => formatEuro(amount, language);
  const list = (items: string[]) => formatList(items, language);
  const verhoudingen = data.inkomstenverhoudingen;
  const banen = nieuwsteEerst(verhoudingen.filter((v): v is Dienstbetrekking => v.soort === 'dienstbetrekking'));
  const uitkeringen = nieuwsteEerst(verhoudingen.filter((v): v is Uitkering => v.soort === 'uitkering'));

  const base = {
    id: 'uwv' as const,
    title: say('title'),
    description: say('description'),
    holder: UWV_HOLDER,
    legalBasis: registryFacts.uwv.legalBasis[language],
    ...zoekStatus(verhoudingen, date),
    raw: data,
  };
  if (verhoudingen.length === 0) return { ...base, keyFacts: [], emptyText: say('empty'), sections: [] };

  const onderzoekRij = (v: Inkomstenverhouding) =>
    v.inOnderzoek
      ? {
          inOnderzoekSinds: date(v.inOnderzoek.datumIngangOnderzoek),
          inOnderzoekWat: list(
            v.inOnderzoek.gegevens.map((veld) => say((v.soort === 'uitkering' ? uitkeringVeldKey : veldKey)[veld])),
          ),
        }
      : {};
  // The oldest start among the running items whose shown field is in onderzoek.
  const onderzoekSinds = (items: readonly Inkomstenverhouding[], veld: Veld) => {
    const sinds = items
      .flatMap((v) => (v.inOnderzoek?.gegevens.includes(veld) ? [v.inOnderzoek.datumIngangOnderzoek] : []))
      .sort()[0];
    return sinds ? { inOnderzoekSinds: date(sinds) } : {};
  };
  const datumEinde = (v: Inkomstenverhouding) => (v.datumEinde === null ? say('looptNog') : date(v.datumEinde));

  const huidigeBanen = banen.filter((v) => v.datumEinde === null);
  const huidigeUitkeringen = uitkeringen.filter((v) => v.datumEinde === null);
  const keyFacts: Fact[] = [
    {
      id: 'huidigeBanen',
      label: say('keyFacts.huidigeBanen'),
      value: huidigeBanen.length ? list(huidigeBanen.map((v) => v.werkgever.naam)) : say('keyFacts.geenBaan'),
      explanation: say('keyFacts.huidigeBanenExplanation'),
      ...onderzoekSinds(huidigeBanen, 'werkgever'),
    },
    {
      id: 'huidigeUitkeringen',
      label: say('keyFacts.huidigeUitkeringen'),
      value: huidigeUitkeringen.length
        ? list(
            huidigeUitkeringen.map((v) =>
              say('keyFacts.uitkeringVan', {
                soort: say(soortUitkeringKey[v.soortUitkering]),
                instantie: v.uitkeringsinstantie.naam,
              }),
            ),
          )
        : say('keyFacts.geenUitkering'),
      explanation: say('keyFacts.huidigeUitkeringenExplanation'),
      ...onderzoekSinds(huidigeUitkeringen, 'uitkeringsinstantie'),
    },
    {
      id: 'totaal',
      label: say('keyFacts.totaal'),
      value: say('keyFacts.totaalWaarde', {
        banen: say('keyFacts.banen', { count: banen.length }),
        uitkeringen: say('keyFacts.uitkeringen', { count: uitkeringen.length }),
      }),
      explanation: say('keyFacts.totaalExplanation'),
    },
  ];

  const banenTable: RegistryTable = {
    caption: say('banen.caption'),
    columns: (
      [
        'werkgever',
        'datumAanvang',
        'datumEinde',
        'aantalUrenPerWeek',
        'loonLaatsteMaand',
        'loonheffingennummer',
      ] as const
    ).map((id) => ({ id, label: say(`banen.columns.${id}`) })),
    rows: banen.map((v) => ({
      id: v.id,
      remedy: remedyOf(v),
      cells: {
        werkgever: v.werkgever.naam,
        datumAanvang: date(v.datumAanvang),
        datumEinde: datumEinde(v),
        aantalUrenPerWeek: String(v.aantalUrenPerWeek),
        loonLaatsteMaand: euro(v.loonLaatsteMaand),
        loonheffingennummer: v.werkgever.loonheffingennummer,
      },
      ...onderzoekRij(v),
    })),
  };
  const uitkeringenTable: RegistryTable = {
    caption: say('uitkeringen.caption'),
    columns: (
      [
        'soortUitkering',
        'uitkeringsinstantie',
        'datumAanvang',
        'datumEinde',
        'bedragLaatsteMaand',
        'loonheffingennummer',
      ] as const
    ).map((id) => ({ id, label: say(`uitkeringen.columns.${id}`) })),
    rows: uitkeringen.map((v) => ({
      id: v.id,
      remedy: remedyOf(v),
      cells: {
        soortUitkering: say(soortUitkeringKey[v.soortUitkering]),
        uitkeringsinstantie: v.uitkeringsinstantie.naam,
        datumAanvang: date(v.datumAanvang),
        datumEinde: datumEinde(v),
        bedragLaatsteMaand: euro(v.loonLaatsteMaand),
        loonheffingennummer: v.uitkeringsinstantie.loonheffingennummer,
      },
      ...onderzoekRij(v),
    })),
  };
  const sections: RegistrySection[] = [
    {
      id: 'banen',
      title: say('sections.banen'),
      intro: say('banen.intro'),
      ...(banen.length ? { table: banenTable } : { empty: say('banen.empty') }),
    },
    {
      id: 'uitkeringen',
      title: say('sections.uitkeringen'),
      intro: say('uitkeringen.intro'),
      ...(uitkeringen.length ? { table: uitkeringenTable } : { empty: say('uitkeringen.empty') }),
    },
  ];
  return { ...base, keyFacts, sections };
}
