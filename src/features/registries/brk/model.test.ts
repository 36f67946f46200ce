import { beforeAll, describe, expect, it } from 'vitest';
import type { i18n as I18n } from 'i18next';
import { formatEuro } from '@/lib/format';
import { setupI18nWithAllNamespaces, type Language } from '@/lib/i18n';
import type { RegistryView } from '@/lib/registry-view';
import { kadastraalOnroerendeZaakSchema, type BrkData } from './api';
import { toBrkView } from './model';

let i18n: I18n;
beforeAll(async () => {
  i18n = await setupI18nWithAllNamespaces('nl');
});

/*
 * What the query returns (each zaak with its zakelijk gerechtigden), as literals trimmed to what
 * the page reads, taken once from the double for three BRP test persons: the test no longer moves
 * when the demo data does.
 */
/** Suzanne Moulin: her flat and its share of the ground (two zaken). */
const moulinZaken: BrkData = {
  zaken: [
    {
      identificatie: '11360723810001',
      koopsom: { koopsom: 418000, koopjaar: 2008 },
      type: 'appartementsrecht',
      aardCultuurBebouwd: { code: '11', waarde: 'Wonen' },
      kadastraleAanduiding: 'Rotterdam N 7238 A1',
      adressen: [
        {
          straat: 'Boterdiep',
          huisnummer: 31,
          postcode: '3077AW',
          woonplaats: 'Rotterdam',
          nummeraanduidingIdentificatie: '0599200000219678',
          adresseerbaarObjectIdentificatie: '0599010000208579',
        },
      ],
      _embedded: {
        zakelijkGerechtigden: [
          {
            identificatie: '21994478',
            type: 'eigenaar',
            aanvangsdatum: '2008-09-23',
            tenaamstelling: { aandeel: { teller: 1, noemer: 1 } },
            persoon: {
              identificatie: '273790958',
              omschrijving: 'Suzanne Moulin',
              type: 'ingeschreven_natuurlijk_persoon',
            },
          },
        ],
      },
    },
    {
      identificatie: '23280647970000',
      koopsom: { koopsom: 189000, koopjaar: 2009 },
      type: 'perceel',
      aardCultuurBebouwd: { code: '11', waarde: 'Wonen' },
      kadastraleAanduiding: 'Loosduinen H 6479',
      kadastraleGrootte: { waarde: 886, soortGrootte: { code: '1', waarde: 'Vastgesteld' } },
      adressen: [
        { huisnummer: 31, postcode: '2551XS', nummeraanduidingIdentificatie: '0518200000781378' },
        { huisnummer: 45, postcode: '2551XN' },
        { huisnummer: 47, postcode: '2551XN' },
        { huisnummer: 49, postcode: '2551XN' },
        { huisnummer: 51, postcode: '2551XN' },
      ],
      _embedded: {
        zakelijkGerechtigden: [
          {
            identificatie: '79783495',
            type: 'eigenaar',
            aanvangsdatum: '2009-11-03',
            tenaamstelling: { aandeel: { teller: 1, noemer: 1 } },
            persoon: {
              identificatie: '273790958',
              omschrijving: 'Suzanne Moulin',
              type: 'ingeschreven_natuurlijk_persoon',
            },
          },
        ],
      },
    },
  ].map((z) => kadastraalOnroerendeZaakSchema.parse(z)),
};

/** A house owned half and half by two partners. */
const samenZaken: BrkData = {
  zaken: [
    {
      identificatie: '11360351070000',
      koopsom: { koopsom: 149000, koopjaar: 1997 },
      type: 'perceel',
      aardCultuurBebouwd: { code: '11', waarde: 'Wonen' },
      kadastraleAanduiding: 'Rotterdam C 3510',
      kadastraleGrootte: { waarde: 116, soortGrootte: { code: '1', waarde: 'Vastgesteld' } },
      adressen: [
        {
          straat: 'Burgemeester Oudlaan',
          huisnummer: 394,
          postcode: '3062PA',
          woonplaats: 'Rotterdam',
          nummeraanduidingIdentificatie: '0599200100007945',
          adresseerbaarObjectIdentificatie: '0599010400007683',
        },
      ],
      _embedded: {
        zakelijkGerechtigden: [
          {
            identificatie: '25026075',
            type: 'eigenaar',
            aanvangsdatum: '1997-02-21',
            tenaamstelling: {
              aandeel: { teller: 1, noemer: 2 },
              betrokkenPartner: {
                identificatie: '226571053',
                omschrijving: 'Eunice Kargbo',
                type: 'ingeschreven_natuurlijk_persoon',
              },
            },
            persoon: {
              identificatie: '750451059',
              omschrijving: 'Ishmael Bangura',
              type: 'ingeschreven_natuurlijk_persoon',
            },
          },
          {
            identificatie: '72963751',
            type: 'eigenaar',
            aanvangsdatum: '1997-02-21',
            tenaamstelling: {
              aandeel: { teller: 1, noemer: 2 },
              betrokkenPartner: {
                identificatie: '750451059',
                omschrijving: 'Ishmael Bangura',
                type: 'ingeschreven_natuurlijk_persoon',
              },
            },
            persoon: {
              identificatie: '226571053',
              omschrijving: 'Eunice Kargbo',
              type: 'ingeschreven_natuurlijk_persoon',
            },
          },
        ],
      },
    },
  ].map((z) => kadastraalOnroerendeZaakSchema.parse(z)),
};

/** Erfpacht: an erfpachter and the owner of the ground. */
const erfpachtZaken: BrkData = {
  zaken: [
    {
      identificatie: '22590043870000',
      koopsom: { koopsom: 327000, koopjaar: 2019 },
      type: 'perceel',
      aardCultuurBebouwd: { code: '11', waarde: 'Wonen' },
      kadastraleAanduiding: "'s-Gravenhage AW 438",
      kadastraleGrootte: { waarde: 835, soortGrootte: { code: '1', waarde: 'Vastgesteld' } },
      adressen: [
        {
          straat: 'Fluitenbergstraat',
          huisnummer: 182,
          postcode: '2545NN',
          woonplaats: "'s-Gravenhage",
          nummeraanduidingIdentificatie: '0518200000670296',
          adresseerbaarObjectIdentificatie: '0518010000670297',
        },
        { huisnummer: 180, postcode: '2545NN', nummeraanduidingIdentificatie: '0518200000603608' },
        { huisnummer: 182, postcode: '2545NN', nummeraanduidingIdentificatie: '0518200000737306' },
      ],
      _embedded: {
        zakelijkGerechtigden: [
          {
            identificatie: '94411418',
            type: 'erfpachter',
            aanvangsdatum: '2019-04-15',
            tenaamstelling: { aandeel: { teller: 1, noemer: 1 } },
            persoon: {
              identificatie: '501769442',
              omschrijving: 'Wladyslaw Kwasniewski',
              type: 'ingeschreven_natuurlijk_persoon',
            },
          },
          {
            identificatie: '75791953',
            type: 'eigenaar',
            aanvangsdatum: '2019-04-15',
            tenaamstelling: { aandeel: { teller: 1, noemer: 1 } },
            persoon: {
              identificatie: '71291441',
              omschrijving: 'Gemeente Den Testland',
              type: 'kadaster_niet_natuurlijk_persoon',
            },
          },
        ],
      },
    },
  ].map((z) => kadastraalOnroerendeZaakSchema.parse(z)),
};

const view = (data: BrkData, language: Language = 'nl'): RegistryView =>
  toBrkView(data, { t: i18n.getFixedT(language, 'brk'), tCommon: i18n.getFixedT(language, 'common'), language });

describe('BRK view', () => {
  it('lists the property of 999993653 with size, purchase price and right holders', () => {
    const v = view(moulinZaken);
    expect(v.holder).toBe('Kadaster');
    expect(v.legalBasis).toBe('Kadasterwet');
    const rows = v.sections[0]?.table?.rows ?? [];
    expect(rows.map((r) => r.cells.aanduiding)).toEqual(['Rotterdam N 7238 A1', 'Loosduinen H 6479']);
    expect(rows[0]?.cells).toMatchObject({
      soort: 'Appartementsrecht',
      adres: 'Boterdiep 31, 3077 AW Rotterdam',
      grootte: '',
      koopsom: `${formatEuro(418000, 'nl')} (2008)`,
    });
    expect(rows[1]?.cells).toMatchObject({
      soort: 'Perceel (grond, eventueel met gebouw)',
      grootte: '886 m²',
      koopsom: `${formatEuro(189000, 'nl')} (2009)`,
    });
    expect(rows[1]?.cells.adres).toContain('31, 2551 XS');
    const eerste = v.sections.find((s) => s.id === 'gerechtigden-11360723810001');
    expect(eerste?.title).toBe('Wie rechten heeft op Rotterdam N 7238 A1');
    expect(eerste?.table?.rows.map((r) => r.cells)).toEqual([
      { naam: 'Suzanne Moulin', recht: 'Eigenaar', aandeel: '1/1', sinds: '23 september 2008' },
    ]);
    expect(v.keyFacts.map((f) => f.value)).toEqual(['2', 'Rotterdam N 7238 A1']);
    expect(v.lastChanged && v.lastChanged >= '2008-09-23').toBe(true);
    // BRK has no "in onderzoek".
    expect(v.inOnderzoek).toEqual({ count: 0 });
  });

  it('shows shared ownership with each share, and erfpacht by its code', () => {
    const samen = view(samenZaken);
    const gedeeld = samen.sections.flatMap((s) => s.table?.rows ?? []).filter((r) => r.cells.aandeel === '1/2');
    expect(gedeeld.length).toBeGreaterThanOrEqual(2);
    const erfpacht = view(erfpachtZaken);
    const rechten = erfpacht.sections.flatMap((s) => s.table?.rows ?? []).map((r) => r.cells.recht);
    expect(rechten).toContain('Erfpachter');
    expect(rechten).toContain('Eigenaar');
  });

  it('shows a rare right by its code rather than guessing a name', () => {
    const v = view({
      zaken: [
        {
          identificatie: '1',
          kadastraleAanduiding: 'X A 1',
          _embedded: { zakelijkGerechtigden: [{ type: 'nutsvoorzieningen_gedeelte' }] },
        },
      ],
    });
    expect(v.sections[1]?.table?.rows[0]?.cells.recht).toBe('nutsvoorzieningen gedeelte');
    expect(v.lastChanged).toBeUndefined();
  });

  it('says plainly that nothing is registered', () => {
    const v = view({ zaken: [] });
    expect(v.emptyText).toBe('Er staat in het Kadaster geen huis, appartement of grond op uw naam.');
    expect(v.sections).toEqual([]);
    expect(v.keyFacts).toEqual([]);
    expect(view({ zaken: [] }, 'en').emptyText).toBe(
      'No house, flat or land is registered in your name at the Kadaster.',
    );
  });

  it('speaks English with English numbers and dates', () => {
    const v = view(moulinZaken, 'en');
    expect(v.title).toBe('Property (Kadaster)');
    expect(v.legalBasis).toBe('Cadastre Act (Kadasterwet)');
    expect(v.sections[0]?.table?.rows[0]?.cells.koopsom).toBe('€418,000 (2008)');
    expect(v.sections[1]?.table?.rows[0]?.cells).toMatchObject({ recht: 'Owner', sinds: '23 September 2008' });
  });
});
