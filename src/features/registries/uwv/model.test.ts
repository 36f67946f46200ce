import { beforeAll, describe, expect, it } from 'vitest';
import type { components } from '@/generated/uwv';
import en from '@/i18n/en/uwv.json';
import nl from '@/i18n/nl/uwv.json';
import { setupI18nWithAllNamespaces, type Language } from '@/lib/i18n';
import type { MapperContext } from '../types';
import { inkomstenverhoudingenResultaatSchema } from './api';
import { toUwvView, UWV_HOLDER } from './model';

type Inkomstenverhouding = components['schemas']['Inkomstenverhouding'];

let context: (language: Language) => MapperContext;
beforeAll(async () => {
  const i18n = await setupI18nWithAllNamespaces('nl');
  // The mapper pins its own namespace, so a `t` bound to any namespace will do.
  context = (language) => ({ t: i18n.getFixedT(language), tCommon: i18n.getFixedT(language, 'common'), language });
});

/** What the queryFn would hand the mapper: the mock's answer, through our schema. */
const gegevensVan = (inkomstenverhoudingen: Inkomstenverhouding[]) =>
  inkomstenverhoudingenResultaatSchema.parse({ inkomstenverhoudingen });
/** Four jobs (one running, one in onderzoek), no benefit: as the contract sends them. */
const werkend: Inkomstenverhouding[] = [
  {
    id: 'ikv-1',
    soort: 'dienstbetrekking',
    werkgever: {
      naam: 'Stichting Kinderopvang Zonnebloem',
      loonheffingennummer: '729933672L01',
    },
    datumAanvang: '2014-03-02',
    datumEinde: '2020-08-02',
    loonLaatsteMaand: 2018,
    aantalUrenPerWeek: 28,
    inOnderzoek: null,
    datumLaatsteWijziging: '2021-08-17',
  },
  {
    id: 'ikv-2',
    soort: 'dienstbetrekking',
    werkgever: {
      naam: 'Stichting Kinderopvang Zonnebloem',
      loonheffingennummer: '729933672L01',
    },
    datumAanvang: '2020-10-08',
    datumEinde: '2024-03-08',
    loonLaatsteMaand: 2728,
    aantalUrenPerWeek: 32,
    inOnderzoek: null,
    datumLaatsteWijziging: '2024-04-30',
  },
  {
    id: 'ikv-3',
    soort: 'dienstbetrekking',
    werkgever: {
      naam: 'Stichting Openbaar Onderwijs Rivierenland',
      loonheffingennummer: '811376618L01',
    },
    datumAanvang: '2024-06-03',
    datumEinde: '2025-12-03',
    loonLaatsteMaand: 2132,
    aantalUrenPerWeek: 24,
    inOnderzoek: {
      datumIngangOnderzoek: '2026-07-31',
      gegevens: ['loonLaatsteMaand'],
    },
    datumLaatsteWijziging: '2026-11-24',
  },
  {
    id: 'ikv-4',
    soort: 'dienstbetrekking',
    werkgever: {
      naam: 'Scholengroep De Brug',
      loonheffingennummer: '333229496L01',
    },
    datumAanvang: '2026-01-25',
    datumEinde: null,
    loonLaatsteMaand: 2221,
    aantalUrenPerWeek: 24,
    inOnderzoek: null,
    datumLaatsteWijziging: '2026-11-06',
  },
];
/** A retired person: the state pension (AOW) and one more benefit or pension. */
const gepensioneerd: Inkomstenverhouding[] = [
  {
    id: 'ikv-1',
    soort: 'dienstbetrekking',
    werkgever: {
      naam: 'Distributiecentrum Waalhaven B.V.',
      loonheffingennummer: '678089103L01',
    },
    datumAanvang: '2004-07-24',
    datumEinde: '2013-09-11',
    loonLaatsteMaand: 2523,
    aantalUrenPerWeek: 40,
    inOnderzoek: null,
    datumLaatsteWijziging: '2014-02-03',
  },
  {
    id: 'ikv-2',
    soort: 'uitkering',
    soortUitkering: 'AOW',
    uitkeringsinstantie: {
      naam: 'Sociale Verzekeringsbank',
      loonheffingennummer: '772398112L01',
    },
    datumAanvang: '2013-09-12',
    datumEinde: null,
    loonLaatsteMaand: 1580,
    aantalUrenPerWeek: null,
    inOnderzoek: null,
    datumLaatsteWijziging: '2026-11-15',
  },
];
/** Jobs that ended before a move abroad. */
const geemigreerd: Inkomstenverhouding[] = [
  {
    id: 'ikv-1',
    soort: 'dienstbetrekking',
    werkgever: {
      naam: 'Uitzendbureau Flexwerk B.V.',
      loonheffingennummer: '931107283L01',
    },
    datumAanvang: '1997-06-07',
    datumEinde: '2009-11-07',
    loonLaatsteMaand: 1483,
    aantalUrenPerWeek: 24,
    inOnderzoek: null,
    datumLaatsteWijziging: '2010-06-08',
  },
  {
    id: 'ikv-2',
    soort: 'dienstbetrekking',
    werkgever: {
      naam: 'Hotel Aan Zee B.V.',
      loonheffingennummer: '935717638L01',
    },
    datumAanvang: '2009-12-21',
    datumEinde: '2014-07-02',
    loonLaatsteMaand: 2797,
    aantalUrenPerWeek: 40,
    inOnderzoek: null,
    datumLaatsteWijziging: '2014-07-24',
  },
];
const viewOf = (verhoudingen: Inkomstenverhouding[], language: Language = 'nl') =>
  toUwvView(gegevensVan(structuredClone(verhoudingen)), context(language));
const spaces = (text: string | undefined) => text?.replace(/\s/g, ' ');

describe('UWV mapper: jobs and benefits', () => {
  it('shows what runs now on the card', () => {
    const view = viewOf(werkend);
    expect(view).toMatchObject({
      id: 'uwv',
      holder: UWV_HOLDER,
      legalBasis: 'Wet structuur uitvoeringsorganisatie werk en inkomen (Wet SUWI)',
      title: 'Werk en uitkeringen',
    });
    // The register's name explained, not used as the title (issue 19).
    expect(view.description).toMatch(
      /Dat staat in de polisadministratie: de lijst van alle lonen, uitkeringen en pensioenen/,
    );
    expect(view.keyFacts.map((f) => [f.label, f.value])).toEqual([
      ['Werk nu', 'Scholengroep De Brug'],
      ['Uitkering of pensioen nu', 'Geen uitkering of pensioen'],
      ['Vastgelegd sinds 2006', '4 banen en 0 uitkeringen'],
    ]);
  });

  it('lists the jobs, running ones first, with dates, hours and last wage', () => {
    const view = viewOf(werkend);
    const banen = view.sections.find((section) => section.id === 'banen');
    // The column says "Loonheffingennummer werkgever"; the intro says what that number is.
    expect(banen?.intro).toMatch(/Het loonheffingennummer is het nummer van uw werkgever bij de Belastingdienst\./);
    expect(view.sections.find((section) => section.id === 'uitkeringen')?.intro).toMatch(/Het loonheffingennummer is/);
    expect(banen?.table?.columns.map((c) => c.label)).toEqual([
      'Werkgever',
      'Begonnen op',
      'Gestopt op',
      'Uren per week',
      'Brutoloon laatste maand',
      'Loonheffingennummer werkgever',
    ]);
    expect(banen?.table?.rows.map((row) => row.id)).toEqual(['ikv-4', 'ikv-3', 'ikv-2', 'ikv-1']);
    const [lopend, gestopt] = banen?.table?.rows ?? [];
    expect(lopend?.cells).toMatchObject({
      werkgever: 'Scholengroep De Brug',
      datumAanvang: '25 januari 2026',
      datumEinde: 'Loopt nog',
      aantalUrenPerWeek: '24',
    });
    expect(spaces(lopend?.cells.loonLaatsteMaand)).toBe('€ 2.221');
    expect(gestopt?.cells).toMatchObject({ datumEinde: '3 december 2025', loonheffingennummer: '811376618L01' });
    // No benefits: the section says so instead of showing an empty table.
    expect(view.sections.find((section) => section.id === 'uitkeringen')).toMatchObject({
      empty: 'UWV heeft geen uitkering of pensioen van u vastgelegd.',
    });
    expect(view.sections.find((section) => section.id === 'uitkeringen')?.table).toBeUndefined();
  });

  it('marks the job UWV is checking, says what and since when', () => {
    const view = viewOf(werkend);
    const rows = view.sections[0]?.table?.rows ?? [];
    expect(
      rows.filter((row) => row.inOnderzoekSinds).map((row) => [row.id, row.inOnderzoekSinds, row.inOnderzoekWat]),
    ).toEqual([['ikv-3', '31 juli 2026', 'het loon van de laatste maand']]);
    expect(view.inOnderzoek).toEqual({ count: 1, sinds: '31 juli 2026' });
    expect(view.lastChanged).toBe('2026-11-24');
  });

  it('shows a state pension and pension as benefits that run now', () => {
    const data = gepensioneerd;
    const view = viewOf(gepensioneerd);
    const aow = data.find((v) => v.soort === 'uitkering' && v.soortUitkering === 'AOW' && v.datumEinde === null);
    expect(aow).toBeDefined();
    expect(view.keyFacts[1]?.value).toContain('AOW (ouderdomspensioen van de overheid) van Sociale Verzekeringsbank');
    const rows = view.sections.find((section) => section.id === 'uitkeringen')?.table?.rows ?? [];
    expect(rows.find((row) => row.id === aow?.id)?.cells).toMatchObject({
      uitkeringsinstantie: 'Sociale Verzekeringsbank',
      datumEinde: 'Loopt nog',
    });
  });

  it('gives each row its route: a job via the employer, a pension via the fund, a benefit by bezwaar at its payer', () => {
    const banen = viewOf(werkend).sections.find((section) => section.id === 'banen')?.table?.rows ?? [];
    expect(banen.length).toBeGreaterThan(0);
    for (const row of banen) expect(row.remedy).toEqual({ kind: 'uwv-dienstbetrekking', partij: row.cells.werkgever });
    const rows = viewOf(gepensioneerd).sections.find((section) => section.id === 'uitkeringen')?.table?.rows ?? [];
    const data = gepensioneerd;
    for (const row of rows) {
      const v = data.find((x) => x.id === row.id);
      expect(row.remedy?.kind).toBe(
        v?.soort === 'uitkering' && v.soortUitkering === 'pensioen' ? 'uwv-pensioen' : 'uwv-uitkering',
      );
      expect(row.remedy?.partij).toBe(row.cells.uitkeringsinstantie);
    }
    expect(rows.some((row) => row.remedy?.kind === 'uwv-uitkering')).toBe(true);
  });

  it('names the amount of a benefit being checked as an amount, not a wage', () => {
    const uitkering: Inkomstenverhouding = {
      id: 'ikv-1',
      soort: 'uitkering',
      soortUitkering: 'WW',
      uitkeringsinstantie: { naam: 'UWV', loonheffingennummer: '123456782L01' },
      datumAanvang: '2026-01-01',
      datumEinde: null,
      loonLaatsteMaand: 1800,
      aantalUrenPerWeek: null,
      inOnderzoek: { datumIngangOnderzoek: '2026-05-01', gegevens: ['loonLaatsteMaand', 'uitkeringsinstantie'] },
      datumLaatsteWijziging: '2026-05-01',
    };
    const view = toUwvView(gegevensVan([uitkering]), context('nl'));
    expect(view.sections[1]?.table?.rows[0]?.inOnderzoekWat).toBe(
      'het bedrag van de laatste maand en wie de uitkering betaalt',
    );
    expect(view.keyFacts[1]).toMatchObject({
      value: 'WW-uitkering (werkloosheid) van UWV',
      inOnderzoekSinds: '1 mei 2026',
    });
    expect(view.keyFacts[0]?.value).toBe('Geen baan');
    expect(view.sections[0]?.empty).toBe('UWV heeft geen baan van u vastgelegd.');
  });

  it('shows ended jobs of a person who moved abroad, with nothing running now', () => {
    const view = viewOf(geemigreerd);
    expect(view.keyFacts[0]?.value).toBe('Geen baan');
    expect(view.sections[0]?.table?.rows.map((row) => row.cells.datumEinde)).toEqual([
      '2 juli 2014',
      '7 november 2009',
    ]);
  });

  it('says plainly when there is no job or benefit (a child, someone deceased)', () => {
    const view = viewOf([]);
    expect(view.sections).toEqual([]);
    expect(view.keyFacts).toEqual([]);
    expect(view.emptyText).toMatch(/geen baan of uitkering/);
    expect(view.inOnderzoek).toEqual({ count: 0 });
  });

  it('speaks English when the reader chose English', () => {
    const view = viewOf(werkend, 'en');
    expect(view.title).toBe('Work and benefits');
    expect(view.description).toMatch(/polisadministratie \(employment records\): the list of all wages/);
    expect(view.sections[0]?.intro).toMatch(/payroll tax number \(loonheffingennummer\) is your employer's number/);
    expect(view.keyFacts.map((f) => f.value)).toEqual([
      'Scholengroep De Brug',
      'No benefit or pension',
      '4 jobs and 0 benefits',
    ]);
    expect(view.sections[0]?.table?.rows[0]?.cells.datumEinde).toBe('Still running');
    expect(view.sections[0]?.table?.rows[1]).toMatchObject({
      inOnderzoekSinds: '31 July 2026',
      inOnderzoekWat: 'the wage for the last month',
    });
  });

  it('has the same text keys in Dutch and English', () => {
    const keys = (value: object, prefix = ''): string[] =>
      Object.entries(value).flatMap(([key, child]) =>
        typeof child === 'object' && child !== null ? keys(child as object, `${prefix}${key}.`) : [`${prefix}${key}`],
      );
    expect(keys(en).sort()).toEqual(keys(nl).sort());
  });
});
