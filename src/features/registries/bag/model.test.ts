import { beforeAll, describe, expect, it } from 'vitest';
import type { i18n as I18n } from 'i18next';
import { setupI18nWithAllNamespaces, type Language } from '@/lib/i18n';
import type { Fact, RegistryView } from '@/lib/registry-view';
import { adresSchema, adresseerbaarObjectSchema, bronhouderSchema, type BagData } from './api';
import { toBagView } from './model';

let i18n: I18n;
beforeAll(async () => {
  i18n = await setupI18nWithAllNamespaces('nl');
});

/*
 * What the query returns (the adresseerbaar object with its hoofdadres and pand, the adres, the
 * bronhouder), as literals taken once from the double and trimmed to what the page reads (no
 * links, geometry or registration stamps): the tests no longer move when the demo data does.
 */
/** Suzanne Moulin's flat: Boterdiep 31, Rotterdam, in a building from 1923. */
const BOTERDIEP = {
  object: {
    verblijfsobject: {
      verblijfsobject: {
        identificatie: '0599010000208579',
        gebruiksdoelen: ['woonfunctie'],
        oppervlakte: 84,
        status: 'Verblijfsobject in gebruik',
        geconstateerd: 'N',
        documentdatum: '2017-12-12',
        voorkomen: { versie: 3, beginGeldigheid: '2018-01-10' },
        maaktDeelUitVan: ['0599109502852186'],
        heeftAlsHoofdAdres: '0599200000219678',
        type: 'Verblijfsobject',
      },
      _embedded: {
        heeftAlsHoofdAdres: {
          nummeraanduiding: {
            identificatie: '0599200000219678',
            huisnummer: 31,
            postcode: '3077AW',
            typeAdresseerbaarObject: 'Verblijfsobject',
            status: 'Naamgeving uitgegeven',
            geconstateerd: 'N',
            documentdatum: '2011-07-28',
            voorkomen: { versie: 3, beginGeldigheid: '2011-08-07' },
            ligtIn: '3086',
            ligtAan: '0599309768583715',
          },
        },
        maaktDeelUitVan: [
          {
            pand: {
              identificatie: '0599109502852186',
              oorspronkelijkBouwjaar: '1923',
              status: 'Pand in gebruik',
              geconstateerd: 'N',
              documentdatum: '2014-12-17',
              voorkomen: { versie: 1, beginGeldigheid: '2015-01-05' },
            },
          },
        ],
      },
    },
  },
  adres: {
    openbareRuimteNaam: 'Boterdiep',
    korteNaam: 'Boterdiep',
    huisnummer: 31,
    postcode: '3077AW',
    woonplaatsNaam: 'Rotterdam',
    nummeraanduidingIdentificatie: '0599200000219678',
    openbareRuimteIdentificatie: '0599309768583715',
    woonplaatsIdentificatie: '3086',
    adresseerbaarObjectIdentificatie: '0599010000208579',
    pandIdentificaties: ['0599109502852186'],
    _embedded: {
      nummeraanduiding: {
        nummeraanduiding: {
          identificatie: '0599200000219678',
          huisnummer: 31,
          postcode: '3077AW',
          typeAdresseerbaarObject: 'Verblijfsobject',
          status: 'Naamgeving uitgegeven',
          geconstateerd: 'N',
          documentdatum: '2011-07-28',
          voorkomen: { versie: 3, beginGeldigheid: '2011-08-07' },
          ligtIn: '3086',
          ligtAan: '0599309768583715',
        },
      },
    },
  },
  bronhouder: { code: '0599', naam: 'Rotterdam' },
};
/** A houseboat mooring (ligplaats) in The Hague: no floor area, no building. */
const LIGPLAATS = {
  object: {
    ligplaats: {
      ligplaats: {
        identificatie: '0518020000897208',
        status: 'Plaats aangewezen',
        geconstateerd: 'N',
        documentdatum: '2015-11-27',
        voorkomen: { versie: 1, beginGeldigheid: '2016-01-06' },
        heeftAlsHoofdAdres: '0518200000897207',
        type: 'Ligplaats',
      },
      _embedded: {
        heeftAlsHoofdAdres: {
          nummeraanduiding: {
            identificatie: '0518200000897207',
            huisnummer: 805,
            postcode: '2574CG',
            typeAdresseerbaarObject: 'Ligplaats',
            status: 'Naamgeving uitgegeven',
            geconstateerd: 'N',
            documentdatum: '2020-06-11',
            voorkomen: { versie: 3, beginGeldigheid: '2020-06-29' },
            ligtIn: '1245',
            ligtAan: '0518309564808858',
          },
        },
      },
    },
  },
  adres: {
    openbareRuimteNaam: 'Soestdijksekade',
    korteNaam: 'Soestdijksekade',
    huisnummer: 805,
    postcode: '2574CG',
    woonplaatsNaam: "'s-Gravenhage",
    nummeraanduidingIdentificatie: '0518200000897207',
    openbareRuimteIdentificatie: '0518309564808858',
    woonplaatsIdentificatie: '1245',
    adresseerbaarObjectIdentificatie: '0518020000897208',
    _embedded: {
      nummeraanduiding: {
        nummeraanduiding: {
          identificatie: '0518200000897207',
          huisnummer: 805,
          postcode: '2574CG',
          typeAdresseerbaarObject: 'Ligplaats',
          status: 'Naamgeving uitgegeven',
          geconstateerd: 'N',
          documentdatum: '2020-06-11',
          voorkomen: { versie: 3, beginGeldigheid: '2020-06-29' },
          ligtIn: '1245',
          ligtAan: '0518309564808858',
        },
      },
    },
  },
  bronhouder: { code: '0518', naam: "'s-Gravenhage" },
};

/** A fresh, parsed copy (tests change it): through the app's own schemas, as the query does. */
function parsed(raw: typeof BOTERDIEP | typeof LIGPLAATS): NonNullable<BagData> {
  const copy = structuredClone(raw);
  return {
    object: adresseerbaarObjectSchema.parse(copy.object),
    adres: adresSchema.parse(copy.adres),
    bronhouder: bronhouderSchema.parse({ bronhouder: copy.bronhouder }).bronhouder,
  };
}
const boterdiep = () => parsed(BOTERDIEP);

/** A marker as the BAG sends it (Kenmerk…InOnderzoek), started on 18 August 2026. */
const marker = <K extends string>(kenmerk: K) => ({
  kenmerk,
  inOnderzoek: 'J' as const,
  historie: { beginGeldigheid: '2026-08-18' },
});

function view(data: BagData, language: Language = 'nl'): RegistryView {
  return toBagView(data, { t: i18n.getFixedT(language, 'bag'), tCommon: i18n.getFixedT(language, 'common'), language });
}

const allFacts = (v: RegistryView): Fact[] => v.sections.flatMap((s) => s.facts ?? []);
const fact = (v: RegistryView, id: string) => allFacts(v).find((f) => f.id === id);
const marked = (v: RegistryView) => allFacts(v).filter((f) => f.inOnderzoekSinds);

describe('BAG view', () => {
  it('shows the address, the home and the building of 999993653', () => {
    const v = view(boterdiep());
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
    const data = boterdiep();
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
    const data = boterdiep();
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
    ['verblijfsobject', 'oppervlakte', 'oppervlakte'],
    ['verblijfsobject', 'gebruiksdoel', 'gebruiksdoel'],
    ['pand', 'oorspronkelijk bouwjaar', 'bouwjaar'],
    ['pand', 'geometrie', 'pandLigging'],
    ['nummeraanduiding', 'postcode', 'postcode'],
    ['nummeraanduiding', 'huisletter', 'huisnummer'],
  ] as const)('marks the fact a %s marker on "%s" names (%s), with its start date', (soort, kenmerk, factId) => {
    const data = boterdiep();
    const vbo = data.object.verblijfsobject;
    const pand = vbo?._embedded?.maaktDeelUitVan?.[0];
    const hoofdadres = vbo?._embedded?.heeftAlsHoofdAdres;
    if (!vbo || !pand || !hoofdadres) throw new Error('fixture');
    if (soort === 'verblijfsobject') vbo.inonderzoek = [marker(kenmerk as 'oppervlakte' | 'gebruiksdoel')];
    if (soort === 'pand')
      pand.inonderzoek = [
        {
          ...marker(kenmerk as 'oorspronkelijk bouwjaar' | 'geometrie'),
          identificatieVanPand: pand.pand.identificatie,
        },
      ];
    if (soort === 'nummeraanduiding') hoofdadres.inonderzoek = [marker(kenmerk as 'postcode' | 'huisletter')];
    const v = view(data);
    expect(fact(v, factId)?.inOnderzoekSinds).toBe('18 augustus 2026');
    expect(marked(v).every((f) => f.inOnderzoekSinds === '18 augustus 2026')).toBe(true);
    expect(v.inOnderzoek).toEqual({ count: marked(v).length, sinds: '18 augustus 2026' });
    // Starting the investigation is a change too.
    expect(v.lastChanged).toBe('2026-08-18');
  });

  it('ignores a marker that says "N" (not in onderzoek)', () => {
    const data = boterdiep();
    const vbo = data.object.verblijfsobject;
    if (!vbo) throw new Error('fixture');
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
    const v = view(parsed(LIGPLAATS));
    expect(fact(v, 'soortObject')?.value).toMatch(/^Ligplaats/);
    expect(fact(v, 'oppervlakte')).toBeUndefined();
    expect(v.sections.some((s) => s.id.startsWith('pand-'))).toBe(false);
    expect(v.keyFacts).toHaveLength(1);
  });

  it('says plainly that there is no Dutch address (no BRP address: no query)', () => {
    const nl = view(null, 'nl');
    expect(nl.emptyText).toMatch(/geen adres in Nederland in de BRP/);
    expect(nl.sections).toEqual([]);
    expect(nl.keyFacts).toEqual([]);
    expect(view(null, 'en').emptyText).toMatch(/no address in the Netherlands in the BRP/);
  });

  it('speaks English with English dates', () => {
    const data = boterdiep();
    const vbo = data.object.verblijfsobject;
    if (!vbo) throw new Error('fixture');
    vbo.inonderzoek = [marker('oppervlakte')];
    const v = view(data, 'en');
    expect(v.title).toBe('Address and building (BAG)');
    expect(v.holder).toBe('Municipality of Rotterdam, via Kadaster (national BAG service)');
    expect(fact(v, 'straat')?.label).toBe('Street');
    expect(v.inOnderzoek.sinds).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
    // Registry values stay as the BAG gives them.
    expect(fact(v, 'gebruiksdoel')?.value).toBe('Residential'); // by code, not the BAG's Dutch word (issue 19)
    expect(fact(v, 'gebruiksdoel')?.explanation).toMatch(/It says: woonfunctie\.$/);
  });
});
