import { beforeAll, describe, expect, it } from 'vitest';
import en from '@/i18n/en/kvk.json';
import nl from '@/i18n/nl/kvk.json';
import { setupI18nWithAllNamespaces, type Language } from '@/lib/i18n';
import type { RegistryView } from '@/lib/registry-view';
import type { MapperContext } from '../types';
import { basisprofielSchema, inschrijvingSchema, type KvkGegevens } from './api';
import { KVK_HOLDER, toKvkView } from './model';

let context: (language: Language) => MapperContext;
beforeAll(async () => {
  const i18n = await setupI18nWithAllNamespaces('nl');
  // The mapper pins its own namespace, so a `t` bound to any namespace will do.
  context = (language) => ({ t: i18n.getFixedT(language), tCommon: i18n.getFixedT(language, 'common'), language });
});

/*
 * What the queryFn hands the mapper (each `_zoek` item with its basisprofiel), as literals taken
 * once from the double for two BRP test persons and read through our schemas: the test no longer
 * moves when the demo data does.
 */
const parse = (items: readonly { inschrijving: unknown; basisprofiel: unknown }[]): KvkGegevens => ({
  inschrijvingen: items.map((item) => ({
    inschrijving: inschrijvingSchema.parse(item.inschrijving),
    basisprofiel: basisprofielSchema.parse(item.basisprofiel),
  })),
});
/** Suzanne Moulin: one eenmanszaak, its activities in onderzoek. */
const eenmanszaak = parse([
  {
    inschrijving: {
      kvkNummer: '67498536',
      naam: 'Moulin Training & Coaching',
      rol: 'eigenaar',
      rechtsvorm: 'Eenmanszaak',
      datumAanvang: '2016-05-29',
      datumEinde: null,
      inOnderzoek: { datumIngangOnderzoek: '2026-07-01', gegevens: ['sbiActiviteiten'] },
      datumLaatsteWijziging: '2026-07-01',
    },
    basisprofiel: {
      kvkNummer: '67498536',
      indNonMailing: 'Ja',
      naam: 'Moulin Training & Coaching',
      formeleRegistratiedatum: '20160605',
      totaalWerkzamePersonen: 1,
      handelsnamen: [
        { naam: 'Moulin Training & Coaching', volgorde: 0 },
        { naam: 'Moulin Training & Coaching Online', volgorde: 1 },
      ],
      sbiActiviteiten: [
        { sbiCode: '85592', sbiOmschrijving: 'Bedrijfsopleiding en -training', indHoofdactiviteit: 'Ja' },
        { sbiCode: '7311', sbiOmschrijving: 'Reclamebureaus', indHoofdactiviteit: 'Nee' },
      ],
      _embedded: {
        hoofdvestiging: {
          vestigingsnummer: '000031085577',
          adressen: [
            {
              type: 'bezoekadres',
              indAfgeschermd: 'Nee',
              volledigAdres: 'Marktstraat 25 3077MT Rotterdam',
              straatHuisnummer: 'Marktstraat 25',
              postcodeWoonplaats: '3077MT Rotterdam',
              postcode: '3077MT',
              plaats: 'Rotterdam',
              land: 'Nederland',
              straatnaam: 'Marktstraat',
              huisnummer: 25,
            },
          ],
          kvkNummer: '67498536',
          indNonMailing: 'Ja',
          formeleRegistratiedatum: '20160605',
          materieleRegistratie: { datumAanvang: '20160529' },
          eersteHandelsnaam: 'Moulin Training & Coaching',
          indHoofdvestiging: 'Ja',
          indCommercieleVestiging: 'Ja',
          voltijdWerkzamePersonen: 1,
          totaalWerkzamePersonen: 1,
          deeltijdWerkzamePersonen: 0,
          sbiActiviteiten: [
            { sbiCode: '85592', sbiOmschrijving: 'Bedrijfsopleiding en -training', indHoofdactiviteit: 'Ja' },
            { sbiCode: '7311', sbiOmschrijving: 'Reclamebureaus', indHoofdactiviteit: 'Nee' },
          ],
        },
        eigenaar: { rechtsvorm: 'Eenmanszaak', uitgebreideRechtsvorm: 'Eenmanszaak' },
      },
      materieleRegistratie: { datumAanvang: '20160529' },
    },
  },
]);
/** Two registrations: a partnership that still exists and one that stopped. */
const tweeInschrijvingen = parse([
  {
    inschrijving: {
      kvkNummer: '55747891',
      naam: 'Riphagen & Smit V.O.F.',
      rol: 'vennoot',
      rechtsvorm: 'VennootschapOnderFirma',
      datumAanvang: '2014-11-12',
      datumEinde: null,
      inOnderzoek: null,
      datumLaatsteWijziging: '2015-08-02',
    },
    basisprofiel: {
      kvkNummer: '55747891',
      indNonMailing: 'Nee',
      naam: 'Riphagen & Smit V.O.F.',
      formeleRegistratiedatum: '20141127',
      totaalWerkzamePersonen: 5,
      handelsnamen: [{ naam: 'Riphagen & Smit V.O.F.', volgorde: 0 }],
      sbiActiviteiten: [{ sbiCode: '43341', sbiOmschrijving: 'Schildersbedrijven', indHoofdactiviteit: 'Ja' }],
      _embedded: {
        hoofdvestiging: {
          vestigingsnummer: '000059629894',
          adressen: [
            {
              type: 'bezoekadres',
              indAfgeschermd: 'Nee',
              volledigAdres: 'Industrieweg 66 3011ZS Rotterdam',
              straatHuisnummer: 'Industrieweg 66',
              postcodeWoonplaats: '3011ZS Rotterdam',
              postcode: '3011ZS',
              plaats: 'Rotterdam',
              land: 'Nederland',
              straatnaam: 'Industrieweg',
              huisnummer: 66,
            },
          ],
          websites: ['www.riphagensmitvof.nl'],
          kvkNummer: '55747891',
          rsin: '891746110',
          indNonMailing: 'Nee',
          formeleRegistratiedatum: '20141127',
          materieleRegistratie: { datumAanvang: '20141112' },
          eersteHandelsnaam: 'Riphagen & Smit V.O.F.',
          indHoofdvestiging: 'Ja',
          indCommercieleVestiging: 'Ja',
          voltijdWerkzamePersonen: 4,
          totaalWerkzamePersonen: 5,
          deeltijdWerkzamePersonen: 1,
          sbiActiviteiten: [{ sbiCode: '43341', sbiOmschrijving: 'Schildersbedrijven', indHoofdactiviteit: 'Ja' }],
        },
        eigenaar: {
          rsin: '891746110',
          rechtsvorm: 'VennootschapOnderFirma',
          uitgebreideRechtsvorm: 'Vennootschap onder firma',
        },
      },
      materieleRegistratie: { datumAanvang: '20141112' },
    },
  },
  {
    inschrijving: {
      kvkNummer: '96887294',
      naam: 'Riphagen Advies',
      rol: 'eigenaar',
      rechtsvorm: 'Eenmanszaak',
      datumAanvang: '2024-08-13',
      datumEinde: '2025-08-15',
      inOnderzoek: null,
      datumLaatsteWijziging: '2026-02-27',
    },
    basisprofiel: {
      kvkNummer: '96887294',
      indNonMailing: 'Nee',
      naam: 'Riphagen Advies',
      formeleRegistratiedatum: '20240818',
      totaalWerkzamePersonen: 1,
      handelsnamen: [{ naam: 'Riphagen Advies', volgorde: 0 }],
      sbiActiviteiten: [
        { sbiCode: '70221', sbiOmschrijving: 'Organisatie-adviesbureaus', indHoofdactiviteit: 'Ja' },
        { sbiCode: '7320', sbiOmschrijving: 'Markt- en opinieonderzoekbureaus', indHoofdactiviteit: 'Nee' },
      ],
      _embedded: {
        hoofdvestiging: {
          vestigingsnummer: '000012817504',
          adressen: [
            {
              type: 'bezoekadres',
              indAfgeschermd: 'Nee',
              volledigAdres: 'Grotemarkt 4 3011PA Rotterdam',
              straatHuisnummer: 'Grotemarkt 4',
              postcodeWoonplaats: '3011PA Rotterdam',
              postcode: '3011PA',
              plaats: 'Rotterdam',
              land: 'Nederland',
              straatnaam: 'Grotemarkt',
              huisnummer: 4,
            },
          ],
          kvkNummer: '96887294',
          indNonMailing: 'Nee',
          formeleRegistratiedatum: '20240818',
          materieleRegistratie: { datumAanvang: '20240813', datumEinde: '20250815' },
          eersteHandelsnaam: 'Riphagen Advies',
          indHoofdvestiging: 'Ja',
          indCommercieleVestiging: 'Ja',
          voltijdWerkzamePersonen: 0,
          totaalWerkzamePersonen: 1,
          deeltijdWerkzamePersonen: 1,
          sbiActiviteiten: [
            { sbiCode: '70221', sbiOmschrijving: 'Organisatie-adviesbureaus', indHoofdactiviteit: 'Ja' },
            { sbiCode: '7320', sbiOmschrijving: 'Markt- en opinieonderzoekbureaus', indHoofdactiviteit: 'Nee' },
          ],
        },
        eigenaar: { rechtsvorm: 'Eenmanszaak', uitgebreideRechtsvorm: 'Eenmanszaak' },
      },
      materieleRegistratie: { datumAanvang: '20240813', datumEinde: '20250815' },
    },
  },
]);
const geen: KvkGegevens = { inschrijvingen: [] };
const gegevensVoor = { eenmanszaak, tweeInschrijvingen, geen };
const viewFor = (which: keyof typeof gegevensVoor, language: Language = 'nl') =>
  toKvkView(gegevensVoor[which], context(language));
const facts = (view: RegistryView, sectionId: string) =>
  Object.fromEntries((view.sections.find((section) => section.id === sectionId)?.facts ?? []).map((f) => [f.id, f]));

describe('KVK mapper: own businesses', () => {
  it('shows the number of registrations and the business on the card', () => {
    const view = viewFor('eenmanszaak');
    expect(view).toMatchObject({
      id: 'kvk',
      holder: KVK_HOLDER,
      legalBasis: 'Handelsregisterwet 2007',
      title: 'Bedrijven (Handelsregister)',
    });
    expect(view.keyFacts.map((f) => [f.label, f.value])).toEqual([
      ['Aantal inschrijvingen', '1'],
      ['Bedrijf', 'Moulin Training & Coaching'],
      ['Status', 'Bestaat sinds 29 mei 2016'],
    ]);
  });

  it('lists the registrations in a table with a caption and column names', () => {
    const table = viewFor('eenmanszaak').sections[0]?.table;
    expect(table?.caption).toBe('Inschrijvingen in het Handelsregister, de bestaande eerst');
    expect(table?.columns.map((c) => c.label)).toEqual([
      'Naam',
      'KVK-nummer',
      'Uw rol',
      'Soort bedrijf',
      'Begonnen op',
      'Gestopt op',
    ]);
    expect(table?.rows[0]?.cells).toEqual({
      naam: 'Moulin Training & Coaching',
      kvkNummer: '67498536',
      rol: 'Eigenaar',
      rechtsvorm: 'Eenmanszaak',
      datumAanvang: '29 mei 2016',
      datumEinde: 'Bestaat nog',
    });
  });

  it('shows the details from the basisprofiel, each with a plain explanation', () => {
    const view = viewFor('eenmanszaak');
    const details = facts(view, 'inschrijving-67498536');
    expect(view.sections[1]?.title).toBe('Moulin Training & Coaching');
    expect(details.handelsnamen?.value).toBe('Moulin Training & Coaching, Moulin Training & Coaching Online');
    expect(details.activiteiten?.value).toBe(
      '85592 Bedrijfsopleiding en -training (hoofdactiviteit); 7311 Reclamebureaus',
    );
    expect(details.adres?.value).toBe('Marktstraat 25, 3077 MT Rotterdam');
    // The number before each activity is explained, not left as "SBI code".
    expect(details.activiteiten?.explanation).toMatch(
      /^Elke activiteit van het bedrijf volgens de Standaard Bedrijfsindeling \(SBI\)\./,
    );
    expect(details.registratiedatum?.value).toBe('5 juni 2016');
    expect(details.werkzamePersonen?.value).toBe('1');
    expect(details.geenReclame?.value).toBe('Ja');
    expect(details.rechtsvorm?.explanation).toMatch(/één eigenaar/);
    expect(Object.values(details).every((f) => f.label && f.explanation)).toBe(true);
  });

  it('marks what KVK is checking, in the table and on the fact, with the start date', () => {
    const view = viewFor('eenmanszaak');
    expect(view.sections[0]?.table?.rows[0]).toMatchObject({
      inOnderzoekSinds: '1 juli 2026',
      inOnderzoekWat: 'wat het bedrijf doet',
    });
    const details = facts(view, 'inschrijving-67498536');
    expect(details.activiteiten?.inOnderzoekSinds).toBe('1 juli 2026');
    expect(
      Object.values(details)
        .filter((f) => f.inOnderzoekSinds)
        .map((f) => f.id),
    ).toEqual(['activiteiten']);
    expect(view.inOnderzoek).toEqual({ count: 1, sinds: '1 juli 2026' });
    expect(view.lastChanged).toBe('2026-07-01');
  });

  it('puts a business that still exists before one that stopped', () => {
    const data = gegevensVoor.tweeInschrijvingen;
    expect(data.inschrijvingen).toHaveLength(2);
    const view = toKvkView(data, context('nl'));
    const rows = view.sections[0]?.table?.rows ?? [];
    const lopend = data.inschrijvingen.filter(({ inschrijving }) => inschrijving.datumEinde === null).length;
    expect(rows.slice(0, lopend).every((row) => row.cells.datumEinde === 'Bestaat nog')).toBe(true);
    expect(rows.slice(lopend).every((row) => row.cells.datumEinde !== 'Bestaat nog')).toBe(true);
    expect(rows.map((row) => row.cells.rol)).toContain('Vennoot');
    expect(view.sections).toHaveLength(3);
    expect(view.keyFacts[0]?.value).toBe('2');
  });

  it('does not show a shielded address', () => {
    const data = gegevensVoor.eenmanszaak;
    const [eerste] = data.inschrijvingen;
    if (!eerste) throw new Error('fixture');
    const adressen = eerste.basisprofiel._embedded?.hoofdvestiging?.adressen?.map((adres) => ({
      ...adres,
      indAfgeschermd: 'Ja',
    }));
    const afgeschermd: KvkGegevens = {
      inschrijvingen: [
        { ...eerste, basisprofiel: { ...eerste.basisprofiel, _embedded: { hoofdvestiging: { adressen } } } },
      ],
    };
    const details = facts(toKvkView(afgeschermd, context('nl')), 'inschrijving-67498536');
    expect(details.adres?.value).toBe('Afgeschermd: dit adres is niet openbaar');
    expect(details.adres?.value).not.toContain('Marktstraat');
  });

  it('says plainly when there is no business', () => {
    const view = viewFor('geen');
    expect(view.sections).toEqual([]);
    expect(view.keyFacts).toEqual([]);
    expect(view.emptyText).toMatch(/niet als eigenaar of vennoot/);
    expect(view.inOnderzoek).toEqual({ count: 0 });
  });

  it('speaks English when the reader chose English', () => {
    const view = viewFor('eenmanszaak', 'en');
    expect(view.title).toBe('Businesses (Business Register)');
    expect(view.keyFacts.map((f) => f.value)).toEqual(['1', 'Moulin Training & Coaching', 'Active since 29 May 2016']);
    expect(view.sections[0]?.table?.rows[0]).toMatchObject({
      inOnderzoekSinds: '1 July 2026',
      inOnderzoekWat: 'what the business does',
    });
    expect(facts(view, 'inschrijving-67498536').geenReclame?.value).toBe('Yes');
    expect(facts(view, 'inschrijving-67498536').activiteiten?.explanation).toMatch(
      /Standard Industrial Classification/,
    );
  });

  it('has the same text keys in Dutch and English', () => {
    const keys = (value: object, prefix = ''): string[] =>
      Object.entries(value).flatMap(([key, child]) =>
        typeof child === 'object' && child !== null ? keys(child as object, `${prefix}${key}.`) : [`${prefix}${key}`],
      );
    expect(keys(en).sort()).toEqual(keys(nl).sort());
  });
});
