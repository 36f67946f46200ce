import { beforeAll, describe, expect, it } from 'vitest';
import type { i18n as I18n } from 'i18next';
import { setupI18nWithAllNamespaces, type Language } from '@/lib/i18n';
import type { Fact, RegistryView } from '@/lib/registry-view';
import { adresVanPersoon, findAdres, findAdresseerbaarObject, findBronhouder } from '@mocks/data/bag';
import { adresSchema, adresseerbaarObjectSchema, bronhouderSchema, type BagData } from './api';
import { toBagView } from './model';

let i18n: I18n;
beforeAll(async () => {
  i18n = await setupI18nWithAllNamespaces('nl');
});

const ctx = { baseUrl: 'http://localhost/api/bag' };

/** What the query returns for a BRP test person, straight from the mock's generators. */
function bagDataFor(bsn: string): BagData {
  const adres = adresVanPersoon(bsn);
  if (!adres) return null;
  return {
    object: adresseerbaarObjectSchema.parse(
      findAdresseerbaarObject(adres.adresseerbaarObjectIdentificatie, new URLSearchParams('expand=true'), ctx).body,
    ),
    adres: adresSchema.parse(
      findAdres(adres.nummeraanduidingIdentificatie, new URLSearchParams('expand=nummeraanduiding'), ctx).body,
    ),
    bronhouder: bronhouderSchema.parse(
      findBronhouder(adres.adresseerbaarObjectIdentificatie.slice(0, 4), new URLSearchParams(), ctx).body,
    ).bronhouder,
  };
}

function view(data: BagData, language: Language = 'nl'): RegistryView {
  return toBagView(data, { t: i18n.getFixedT(language, 'bag'), tCommon: i18n.getFixedT(language, 'common'), language });
}

const allFacts = (v: RegistryView): Fact[] => v.sections.flatMap((s) => s.facts ?? []);
const fact = (v: RegistryView, id: string) => allFacts(v).find((f) => f.id === id);
const marked = (v: RegistryView) => allFacts(v).filter((f) => f.inOnderzoekSinds);

describe('BAG view', () => {
  it('shows the address, the home and the building of 999993653', () => {
    const v = view(bagDataFor('999993653'));
    expect(v.holder).toBe('Gemeente Rotterdam, via het Kadaster (Landelijke Voorziening BAG)');
    expect(v.legalBasis).toMatch(/Wet basisregistratie adressen en gebouwen/);
    expect(fact(v, 'straat')?.value).toBe('Boterdiep');
    expect(fact(v, 'huisnummer')?.value).toBe('31');
    expect(fact(v, 'postcode')?.value).toBe('3077 AW');
    expect(fact(v, 'woonplaats')?.value).toBe('Rotterdam');
    expect(fact(v, 'soortAdres')?.value).toBe('Hoofdadres');
    expect(fact(v, 'gebruiksdoel')?.value).toBe('Wonen');
    // The BAG's own term, which the law uses, stays at hand in the explanation.
    expect(fact(v, 'gebruiksdoel')?.explanation).toBe(
      'Waarvoor de ruimte volgens de gemeente gebruikt mag worden. In de BAG heet dit het gebruiksdoel. Daar staat: woonfunctie.',
    );
    expect(fact(v, 'oppervlakte')?.value).toBe('84 m²');
    expect(fact(v, 'bouwjaar')?.value).toBe('1923');
    expect(fact(v, 'objectIdentificatie')?.value).toBe('0599010000208579');
    expect(allFacts(v).every((f) => f.label && f.explanation)).toBe(true);
    expect(v.keyFacts.map((f) => f.value)).toEqual(['Boterdiep 31, 3077 AW Rotterdam', 'Wonen', '1923']);
    // Newest of the object (2018-01-10), its nummeraanduiding (2011) and its pand (2015).
    expect(v.lastChanged).toBe('2018-01-10');
    expect(v.inOnderzoek).toEqual({ count: 0 });
    expect(v.emptyText).toBeUndefined();
  });

  it('names the municipality by code when the bronhouder read failed or answered for another code', () => {
    const data = bagDataFor('999993653');
    if (!data) throw new Error('fixture');
    expect(view({ ...data, bronhouder: null }).holder).toBe(
      'Gemeente (code 0599), via het Kadaster (Landelijke Voorziening BAG)',
    );
    expect(view({ ...data, bronhouder: { code: '0363', naam: 'Amsterdam' } }).holder).toBe(
      'Gemeente (code 0599), via het Kadaster (Landelijke Voorziening BAG)',
    );
    expect(view({ ...data, bronhouder: null }, 'en').holder).toBe(
      'Municipality (code 0599), via Kadaster (national BAG service)',
    );
  });

  it('does not name a municipality that has merged as the holder of today', () => {
    const data = bagDataFor('999993653');
    if (!data) throw new Error('fixture');
    const opgeheven = { code: '0599', naam: 'Dongeradeel', eindGeldigheid: '2019-01-01' };
    expect(view({ ...data, bronhouder: opgeheven }).holder).toBe(
      'Uw gemeente (voorheen gemeente Dongeradeel), via het Kadaster (Landelijke Voorziening BAG)',
    );
    // An end date still to come: it is the holder until then.
    expect(view({ ...data, bronhouder: { ...opgeheven, eindGeldigheid: '2099-01-01' } }).holder).toMatch(
      /^Gemeente Dongeradeel,/,
    );
  });

  it.each([
    ['verblijfsobject', '999990184'],
    ['pand', '999970446'],
    ['nummeraanduiding', '999970586'],
  ])('marks the fact the %s marker names, with its start date (%s)', (_soort, bsn) => {
    const data = bagDataFor(bsn);
    const v = view(data);
    const markers = [
      ...(data?.object.verblijfsobject?.inonderzoek ?? []),
      ...(data?.object.verblijfsobject?._embedded?.heeftAlsHoofdAdres?.inonderzoek ?? []),
      ...(data?.object.verblijfsobject?._embedded?.maaktDeelUitVan?.flatMap((p) => p.inonderzoek ?? []) ?? []),
    ];
    expect(markers).toHaveLength(1);
    const [marker] = markers;
    const sinds = new Intl.DateTimeFormat('nl-NL', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(`${marker?.historie.beginGeldigheid}T00:00:00Z`));
    expect(marked(v).length).toBeGreaterThanOrEqual(1);
    expect(marked(v).every((f) => f.inOnderzoekSinds === sinds)).toBe(true);
    expect(v.inOnderzoek).toEqual({ count: marked(v).length, sinds });
    const expected: Record<string, string> = {
      gebruiksdoel: 'gebruiksdoel',
      oppervlakte: 'oppervlakte',
      status: 'status',
      geometrie: 'ligging',
      'oorspronkelijk bouwjaar': 'bouwjaar',
      huisnummer: 'huisnummer',
      huisletter: 'huisnummer',
      postcode: 'postcode',
    };
    const kenmerk = marker?.kenmerk ?? '';
    if (kenmerk === 'status' && marker && 'identificatieVanPand' in marker)
      expect(fact(v, 'pandStatus')?.inOnderzoekSinds).toBe(sinds);
    else if (kenmerk === 'geometrie' && marker && 'identificatieVanPand' in marker)
      expect(fact(v, 'pandLigging')?.inOnderzoekSinds).toBe(sinds);
    else expect(fact(v, expected[kenmerk] ?? kenmerk)?.inOnderzoekSinds).toBe(sinds);
    // Starting the investigation is a change too.
    expect(v.lastChanged && v.lastChanged >= (marker?.historie.beginGeldigheid ?? '')).toBe(true);
  });

  it('ignores a marker that says "N" (not in onderzoek)', () => {
    const data = bagDataFor('999993653');
    const vbo = data?.object.verblijfsobject;
    if (!data || !vbo) throw new Error('fixture');
    vbo.inonderzoek = [
      { kenmerk: 'oppervlakte', inOnderzoek: 'N', historie: { beginGeldigheid: '2020-01-01' } },
      { kenmerk: 'gebruiksdoel', inOnderzoek: 'J', historie: { beginGeldigheid: '2026-03-01' } },
    ];
    const v = view(data);
    expect(fact(v, 'oppervlakte')?.inOnderzoekSinds).toBeUndefined();
    expect(fact(v, 'gebruiksdoel')?.inOnderzoekSinds).toBe('1 maart 2026');
    expect(v.inOnderzoek).toEqual({ count: 1, sinds: '1 maart 2026' });
  });

  it('shows a houseboat mooring (ligplaats) without floor area or building', () => {
    const v = view(bagDataFor('000009921'));
    expect(fact(v, 'soortObject')?.value).toMatch(/^Ligplaats/);
    expect(fact(v, 'oppervlakte')).toBeUndefined();
    expect(v.sections.some((s) => s.id.startsWith('pand-'))).toBe(false);
    expect(v.keyFacts).toHaveLength(1);
  });

  it('says plainly that there is no Dutch address (999993483 lives abroad)', () => {
    expect(bagDataFor('999993483')).toBeNull();
    const nl = view(null, 'nl');
    expect(nl.emptyText).toMatch(/geen adres in Nederland in de BRP/);
    expect(nl.sections).toEqual([]);
    expect(nl.keyFacts).toEqual([]);
    expect(view(null, 'en').emptyText).toMatch(/no address in the Netherlands in the BRP/);
  });

  it('speaks English with English dates', () => {
    const data = bagDataFor('999990184');
    const v = view(data, 'en');
    expect(v.title).toBe('Address and building (BAG)');
    expect(v.holder).toBe("Municipality of 's-Gravenhage, via Kadaster (national BAG service)");
    expect(fact(v, 'straat')?.label).toBe('Street');
    expect(v.inOnderzoek.sinds).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
    // Registry values stay as the BAG gives them.
    expect(fact(v, 'gebruiksdoel')?.value).toBe('Residential'); // by code, not the BAG's Dutch word (issue 19)
    expect(fact(v, 'gebruiksdoel')?.explanation).toMatch(/It says: woonfunctie\.$/);
  });
});
