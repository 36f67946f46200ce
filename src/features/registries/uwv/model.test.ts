import { beforeAll, describe, expect, it } from 'vitest';
import type { components } from '@/generated/uwv';
import en from '@/i18n/en/uwv.json';
import nl from '@/i18n/nl/uwv.json';
import { setupI18nWithAllNamespaces, type Language } from '@/lib/i18n';
import { inkomstenverhoudingenVoor } from '@mocks/data/uwv/inkomstenverhoudingen';
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
const viewFor = (bsn: string, language: Language = 'nl') =>
  toUwvView(gegevensVan(inkomstenverhoudingenVoor(bsn)), context(language));
const spaces = (text: string | undefined) => text?.replace(/\s/g, ' ');

describe('UWV mapper: jobs and benefits', () => {
  it('shows what runs now on the card', () => {
    const view = viewFor('999993653');
    expect(view).toMatchObject({
      id: 'uwv',
      holder: UWV_HOLDER,
      legalBasis: 'Wet structuur uitvoeringsorganisatie werk en inkomen (Wet SUWI)',
      title: 'Werk en uitkeringen (polisadministratie)',
    });
    expect(view.keyFacts.map((f) => [f.label, f.value])).toEqual([
      ['Werk nu', 'Scholengroep De Brug'],
      ['Uitkering of pensioen nu', 'Geen uitkering of pensioen'],
      ['Vastgelegd sinds 2006', '4 banen en 0 uitkeringen'],
    ]);
  });

  it('lists the jobs, running ones first, with dates, hours and last wage', () => {
    const view = viewFor('999993653');
    const banen = view.sections.find((section) => section.id === 'banen');
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
    const view = viewFor('999993653');
    const rows = view.sections[0]?.table?.rows ?? [];
    expect(
      rows.filter((row) => row.inOnderzoekSinds).map((row) => [row.id, row.inOnderzoekSinds, row.inOnderzoekWat]),
    ).toEqual([['ikv-3', '31 juli 2026', 'het loon van de laatste maand']]);
    expect(view.inOnderzoek).toEqual({ count: 1, sinds: '31 juli 2026' });
    expect(view.lastChanged).toBe('2026-11-24');
  });

  it('shows a state pension and pension as benefits that run now', () => {
    const data = inkomstenverhoudingenVoor('000009866');
    const view = viewFor('000009866');
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
    const banen = viewFor('999993653').sections.find((section) => section.id === 'banen')?.table?.rows ?? [];
    expect(banen.length).toBeGreaterThan(0);
    for (const row of banen) expect(row.remedy).toEqual({ kind: 'uwv-dienstbetrekking', partij: row.cells.werkgever });
    const rows = viewFor('000009866').sections.find((section) => section.id === 'uitkeringen')?.table?.rows ?? [];
    const data = inkomstenverhoudingenVoor('000009866');
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
    const view = viewFor('999993483');
    expect(view.keyFacts[0]?.value).toBe('Geen baan');
    expect(view.sections[0]?.table?.rows.map((row) => row.cells.datumEinde)).toEqual([
      '2 juli 2014',
      '7 november 2009',
    ]);
  });

  it.each(['999990408', '999992077'])('says plainly when there is no job or benefit (%s)', (bsn) => {
    const view = viewFor(bsn);
    expect(view.sections).toEqual([]);
    expect(view.keyFacts).toEqual([]);
    expect(view.emptyText).toMatch(/geen baan of uitkering/);
    expect(view.inOnderzoek).toEqual({ count: 0 });
  });

  it('speaks English when the reader chose English', () => {
    const view = viewFor('999993653', 'en');
    expect(view.title).toBe('Jobs and benefits (UWV employment records)');
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
