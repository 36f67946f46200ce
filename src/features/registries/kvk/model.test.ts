import { beforeAll, describe, expect, it } from 'vitest';
import en from '@/i18n/en/kvk.json';
import nl from '@/i18n/nl/kvk.json';
import { setupI18nWithAllNamespaces, type Language } from '@/lib/i18n';
import type { RegistryView } from '@/lib/registry-view';
import { inschrijvingenResultaat, ondernemingenVoor, toBasisprofiel } from '@mocks/data/kvk/inschrijvingen';
import type { MapperContext } from '../types';
import { basisprofielSchema, inschrijvingSchema, type KvkGegevens } from './api';
import { KVK_HOLDER, toKvkView } from './model';

let context: (language: Language) => MapperContext;
beforeAll(async () => {
  const i18n = await setupI18nWithAllNamespaces('nl');
  // The mapper pins its own namespace, so a `t` bound to any namespace will do.
  context = (language) => ({ t: i18n.getFixedT(language), tCommon: i18n.getFixedT(language, 'common'), language });
});

/** What the queryFn would hand the mapper: each `_zoek` item with its basisprofiel, through our schemas. */
function gegevensVoor(bsn: string): KvkGegevens {
  const ondernemingen = ondernemingenVoor(bsn);
  return {
    inschrijvingen: inschrijvingenResultaat(bsn).inschrijvingen.map((inschrijving, index) => {
      const onderneming = ondernemingen[index];
      if (onderneming?.kvkNummer !== inschrijving.kvkNummer) throw new Error('mock order changed');
      return {
        inschrijving: inschrijvingSchema.parse(inschrijving),
        basisprofiel: basisprofielSchema.parse(toBasisprofiel(onderneming)),
      };
    }),
  };
}
const viewFor = (bsn: string, language: Language = 'nl') => toKvkView(gegevensVoor(bsn), context(language));
const facts = (view: RegistryView, sectionId: string) =>
  Object.fromEntries((view.sections.find((section) => section.id === sectionId)?.facts ?? []).map((f) => [f.id, f]));

describe('KVK mapper: own businesses', () => {
  it('shows the number of registrations and the business on the card', () => {
    const view = viewFor('999993653');
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
    const table = viewFor('999993653').sections[0]?.table;
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
    const view = viewFor('999993653');
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
    const view = viewFor('999993653');
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
    const data = gegevensVoor('999995674');
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
    const data = gegevensVoor('999993653');
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

  it.each(['999990482', '999990408', '999992077', '999993483'])(
    'says plainly when there is no business (%s)',
    (bsn) => {
      const view = viewFor(bsn);
      expect(view.sections).toEqual([]);
      expect(view.keyFacts).toEqual([]);
      expect(view.emptyText).toMatch(/niet als eigenaar of vennoot/);
      expect(view.inOnderzoek).toEqual({ count: 0 });
    },
  );

  it('speaks English when the reader chose English', () => {
    const view = viewFor('999993653', 'en');
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
