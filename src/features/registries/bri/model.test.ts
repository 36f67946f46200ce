import { beforeAll, describe, expect, it } from 'vitest';
import type { components } from '@/generated/bri';
import en from '@/i18n/en/bri.json';
import nl from '@/i18n/nl/bri.json';
import { setupI18nWithAllNamespaces, type Language } from '@/lib/i18n';
import type { RegistryView } from '@/lib/registry-view';
import type { MapperContext } from '../types';
import { inkomensResultaatSchema } from './api';
import { BRI_HOLDER, toBriView } from './model';

type Inkomen = components['schemas']['Inkomen'];

let context: (language: Language) => MapperContext;
beforeAll(async () => {
  const i18n = await setupI18nWithAllNamespaces('nl');
  // The mapper pins its own namespace, so a `t` bound to any namespace will do.
  context = (language) => ({ t: i18n.getFixedT(language), tCommon: i18n.getFixedT(language, 'common'), language });
});

/** What the queryFn would hand the mapper: the mock's answer, through our schema. */
const gegevensVan = (inkomens: Inkomen[]) => inkomensResultaatSchema.parse({ inkomens });
/** Seven years, 2020 in onderzoek, the latest from the own return: as the contract sends them (oldest first). */
const sevenYears: Inkomen[] = [
  {
    belastingjaar: 2019,
    verzamelinkomen: 56605,
    bron: 'aanslag',
    status: 'definitief',
    datumVaststelling: '2020-10-12',
    inOnderzoek: null,
    datumLaatsteWijziging: '2020-11-10',
  },
  {
    belastingjaar: 2020,
    verzamelinkomen: 55977,
    bron: 'aanslag',
    status: 'definitief',
    datumVaststelling: '2022-05-21',
    inOnderzoek: {
      datumIngangOnderzoek: '2026-02-04',
      gegevens: ['verzamelinkomen'],
    },
    datumLaatsteWijziging: '2026-02-04',
  },
  {
    belastingjaar: 2021,
    verzamelinkomen: 58356,
    bron: 'aanslag',
    status: 'definitief',
    datumVaststelling: '2024-04-02',
    inOnderzoek: null,
    datumLaatsteWijziging: '2025-02-18',
  },
  {
    belastingjaar: 2022,
    verzamelinkomen: 62734,
    bron: 'aanslag',
    status: 'definitief',
    datumVaststelling: '2024-03-04',
    inOnderzoek: null,
    datumLaatsteWijziging: '2024-07-22',
  },
  {
    belastingjaar: 2023,
    verzamelinkomen: 62873,
    bron: 'aanslag',
    status: 'definitief',
    datumVaststelling: '2025-06-17',
    inOnderzoek: null,
    datumLaatsteWijziging: '2025-09-01',
  },
  {
    belastingjaar: 2024,
    verzamelinkomen: 50889,
    bron: 'aanslag',
    status: 'definitief',
    datumVaststelling: '2026-04-18',
    inOnderzoek: null,
    datumLaatsteWijziging: '2026-06-07',
  },
  {
    belastingjaar: 2025,
    verzamelinkomen: 47859,
    bron: 'aangifte',
    status: 'voorlopig',
    datumVaststelling: '2026-06-26',
    inOnderzoek: null,
    datumLaatsteWijziging: '2026-08-27',
  },
];
/** Three years, 2023 in onderzoek. */
const threeYears: Inkomen[] = [
  {
    belastingjaar: 2023,
    verzamelinkomen: 21624,
    bron: 'aanslag',
    status: 'definitief',
    datumVaststelling: '2026-01-03',
    inOnderzoek: {
      datumIngangOnderzoek: '2026-02-26',
      gegevens: ['verzamelinkomen'],
    },
    datumLaatsteWijziging: '2026-09-07',
  },
  {
    belastingjaar: 2024,
    verzamelinkomen: 41646,
    bron: 'aangifte',
    status: 'voorlopig',
    datumVaststelling: '2025-04-12',
    inOnderzoek: null,
    datumLaatsteWijziging: '2025-10-21',
  },
  {
    belastingjaar: 2025,
    verzamelinkomen: 43088,
    bron: 'aangifte',
    status: 'voorlopig',
    datumVaststelling: '2026-07-16',
    inOnderzoek: null,
    datumLaatsteWijziging: '2026-08-23',
  },
];
const viewOf = (inkomens: Inkomen[], language: Language = 'nl') =>
  toBriView(gegevensVan(structuredClone(inkomens)), context(language));
// Intl puts a (narrow) no-break space in euro amounts; compare what a reader sees.
const spaces = (text: string | undefined) => text?.replace(/\s/g, ' ');
const fact = (view: RegistryView, sectionId: string, factId: string) =>
  view.sections.find((section) => section.id === sectionId)?.facts?.find((f) => f.id === factId);

describe('BRI mapper: income per year', () => {
  it('shows the latest year first, with its total taxable income, status and source', () => {
    const view = viewOf(sevenYears);
    expect(view).toMatchObject({
      id: 'bri',
      holder: BRI_HOLDER,
      legalBasis: 'Algemene wet inzake rijksbelastingen (basisregistratie inkomen)',
      title: 'Inkomen (Basisregistratie Inkomen)',
    });
    expect(view.keyFacts.map((f) => [f.label, spaces(f.value)])).toEqual([
      ['Verzamelinkomen 2025', '€ 47.859'],
      ['Status', 'Voorlopig'],
      ['Gebaseerd op', 'Uw aangifte inkomstenbelasting'],
    ]);
    expect(view.keyFacts[1]?.explanation).toMatch(/kan nog veranderen/);
    expect(view.sections.map((section) => section.title)).toEqual(['Uw inkomen over 2025', 'Uw inkomen per jaar']);
    expect(fact(view, 'laatste-jaar', 'datumVaststelling')?.value).toBe('26 juni 2026');
  });

  it('gives each year the route that fits its source: the assessment, the payroll returns or the own tax return', () => {
    const view = viewOf(sevenYears);
    const byBron = {
      'Uw aanslag inkomstenbelasting': 'bri-aanslag',
      'Uw aangifte inkomstenbelasting': 'bri-aangifte',
      'Gegevens van uw werkgever of uitkeringsinstantie': 'bri-loongegevens',
    } as Record<string, string>;
    const rows = view.sections[1]?.table?.rows ?? [];
    expect(new Set(rows.map((row) => row.remedy?.kind)).size).toBeGreaterThan(1);
    for (const row of rows) expect(row.remedy?.kind).toBe(byBron[row.cells.bron ?? '']);
    // The facts of the latest year (2025: the own return) carry the same route.
    expect(fact(view, 'laatste-jaar', 'verzamelinkomen')?.remedy).toEqual({ kind: 'bri-aangifte' });
  });

  it('lists every year, newest first, in a table with a caption and column names', () => {
    const table = viewOf(sevenYears).sections[1]?.table;
    expect(table?.caption).toBe('Verzamelinkomen per jaar, het nieuwste jaar eerst');
    expect(table?.columns.map((c) => c.label)).toEqual([
      'Jaar',
      'Verzamelinkomen',
      'Status',
      'Gebaseerd op',
      'Vastgesteld op',
    ]);
    expect(table?.rows.map((row) => row.id)).toEqual(['2025', '2024', '2023', '2022', '2021', '2020', '2019']);
    expect(table?.rows[6]?.cells).toMatchObject({
      status: 'Definitief',
      bron: 'Uw aanslag inkomstenbelasting',
      datumVaststelling: '12 oktober 2020',
    });
  });

  it('marks the year the Belastingdienst is checking, says what and since when', () => {
    const view = viewOf(sevenYears);
    const rows = view.sections[1]?.table?.rows ?? [];
    const marked = rows.filter((row) => row.inOnderzoekSinds);
    expect(marked).toHaveLength(1);
    expect(marked[0]).toMatchObject({
      id: '2020',
      inOnderzoekSinds: '4 februari 2026',
      inOnderzoekWat: 'het verzamelinkomen',
    });
    expect(view.inOnderzoek).toEqual({ count: 1, sinds: '4 februari 2026' });
    // 2020 is not the latest year, so the facts about 2025 are not marked.
    expect(view.sections[0]?.facts?.some((f) => f.inOnderzoekSinds)).toBe(false);
    expect(view.lastChanged).toBe('2026-08-27');
  });

  it('marks the facts of the latest year when that year is being checked', () => {
    const inkomens: Inkomen[] = [
      {
        belastingjaar: 2024,
        verzamelinkomen: -4200,
        bron: 'aanslag',
        status: 'definitief',
        datumVaststelling: '2025-05-01',
        inOnderzoek: { datumIngangOnderzoek: '2026-03-01', gegevens: ['verzamelinkomen', 'bron'] },
        datumLaatsteWijziging: '2026-03-01',
      },
    ];
    const view = toBriView(gegevensVan(inkomens), context('nl'));
    expect(fact(view, 'laatste-jaar', 'verzamelinkomen')).toMatchObject({ inOnderzoekSinds: '1 maart 2026' });
    expect(fact(view, 'laatste-jaar', 'bron')).toMatchObject({ inOnderzoekSinds: '1 maart 2026' });
    expect(fact(view, 'laatste-jaar', 'status')?.inOnderzoekSinds).toBeUndefined();
    expect(view.keyFacts[0]?.inOnderzoekSinds).toBe('1 maart 2026');
    expect(view.sections[1]?.table?.rows[0]?.inOnderzoekWat).toBe(
      'het verzamelinkomen en waarop het inkomen is gebaseerd',
    );
    expect(view.inOnderzoek.count).toBe(2);
    // A loss makes the total negative; it is shown as it is.
    expect(spaces(view.keyFacts[0]?.value)).toBe('€ -4.200');
  });

  it('says plainly when there is no income (a child, someone deceased or living abroad)', () => {
    const view = viewOf([]);
    expect(view.sections).toEqual([]);
    expect(view.keyFacts).toEqual([]);
    expect(view.emptyText).toMatch(/geen inkomen/);
    expect(view.lastChanged).toBeUndefined();
    expect(view.inOnderzoek).toEqual({ count: 0 });
  });

  it('speaks English when the reader chose English', () => {
    const view = viewOf(threeYears, 'en');
    expect(view.title).toBe('Income (Basic Income Register)');
    expect(view.keyFacts.map((f) => [f.label, f.value])).toEqual([
      ['Total taxable income 2025', '€43,088'],
      ['Status', 'Provisional'],
      ['Based on', 'Your income tax return'],
    ]);
    expect(view.sections[1]?.table?.rows.find((row) => row.id === '2023')).toMatchObject({
      inOnderzoekSinds: '26 February 2026',
      inOnderzoekWat: 'the total taxable income',
    });
    expect(viewOf([], 'en').emptyText).toMatch(/has not recorded any income/);
  });

  it('has the same text keys in Dutch and English', () => {
    const keys = (value: object, prefix = ''): string[] =>
      Object.entries(value).flatMap(([key, child]) =>
        typeof child === 'object' && child !== null ? keys(child as object, `${prefix}${key}.`) : [`${prefix}${key}`],
      );
    expect(keys(en).sort()).toEqual(keys(nl).sort());
  });
});
