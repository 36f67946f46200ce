// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { leeftijd, toDatum } from './datum';
import { covers } from './in-onderzoek';
import { adresregel1Binnenland, toPersoon, verblijfplaatsType, voorletters, volledigeNaam } from './convert';
import { applyFields } from './fields';
import { allTestBsns, getGbaPersoon, getPersoonByBsn, listTestPersons } from './index';
import { isValidBsn } from './query';

describe('toDatum (features/bevragen/persoon/datum.feature)', () => {
  it.each([
    ['19350110', { type: 'Datum', datum: '1935-01-10', langFormaat: '10 januari 1935' }],
    ['20200308', { type: 'Datum', datum: '2020-03-08', langFormaat: '8 maart 2020' }],
    ['20200500', { type: 'JaarMaandDatum', jaar: 2020, maand: 5, langFormaat: 'mei 2020' }],
    ['19630000', { type: 'JaarDatum', jaar: 1963, langFormaat: '1963' }],
    ['00000000', { type: 'DatumOnbekend', onbekend: true, langFormaat: 'onbekend' }],
  ])('%s', (gba, expected) => expect(toDatum(gba)).toEqual(expected));
  it('no value → undefined', () => expect(toDatum(undefined)).toBeUndefined());
});

describe('leeftijd', () => {
  const today = new Date(2025, 5, 15); // 15 juni 2025
  it('full date, before and after the birthday', () => {
    expect(leeftijd('19850616', today)).toBe(39);
    expect(leeftijd('19850615', today)).toBe(40);
  });
  it('year+month: unknown in the birth month itself, else from the 1st', () => {
    expect(leeftijd('19850600', today)).toBeUndefined();
    expect(leeftijd('19850500', today)).toBe(40);
    expect(leeftijd('19850700', today)).toBe(39);
  });
  it('only a year → no leeftijd', () => expect(leeftijd('19850000', today)).toBeUndefined());
});

describe('names', () => {
  it('voorletters per the official mapper', () => {
    expect(voorletters('Theodoor-Christiaan R. Philip ')).toBe('T.R.P.');
    expect(voorletters('Pieter J')).toBe('P.J');
  });
  it('volledigeNaam puts predicaat first and titel after the voornamen', () => {
    expect(
      volledigeNaam({
        voornamen: 'Jacoba',
        adellijkeTitelPredicaat: { soort: 'titel', omschrijving: 'gravin' },
        voorvoegsel: 'te',
        geslachtsnaam: 'Schaars',
      }),
    ).toBe('Jacoba gravin te Schaars');
    expect(
      volledigeNaam({
        voornamen: 'Anna',
        adellijkeTitelPredicaat: { soort: 'predicaat', omschrijving: 'jonkvrouw' },
        geslachtsnaam: 'Smit',
      }),
    ).toBe('jonkvrouw Anna Smit');
  });
});

describe('inOnderzoek codes', () => {
  it('category, group and element level', () => {
    expect(covers('080000', ['081120'])).toBe(true);
    expect(covers('081100', ['081120'])).toBe(true);
    expect(covers('081120', ['081120'])).toBe(true);
    expect(covers('081000', ['081120'])).toBe(false);
    expect(covers('010000', ['081120'])).toBe(false);
  });
});

describe('verblijfplaats', () => {
  it('type per the official VerblijfplaatsConverter', () => {
    expect(verblijfplaatsType({ straat: 'Spui', huisnummer: '1' })).toBe('Adres');
    expect(verblijfplaatsType({ land: { code: '5010' }, regel1: 'Rue 1' })).toBe('VerblijfplaatsBuitenland');
    expect(verblijfplaatsType({ land: { code: '0000' } })).toBe('VerblijfplaatsOnbekend');
    expect(verblijfplaatsType({ locatiebeschrijving: 'woonboot' })).toBe('Locatie');
  });
  it('adresregel1 with aanduiding, huisletter and toevoeging', () => {
    expect(
      adresregel1Binnenland({
        straat: 'Spui',
        huisnummer: '9',
        postcode: '1000AA',
        aanduidingBijHuisnummer: { code: 'to' },
      }),
    ).toBe('Spui t/o 9');
    expect(
      adresregel1Binnenland({
        straat: 'Spui',
        huisnummer: '9',
        postcode: '1000AA',
        huisletter: 'A',
        huisnummertoevoeging: '2',
      }),
    ).toBe('Spui 9 A2');
    expect(
      adresregel1Binnenland({ straat: 'Spui', huisnummer: '9', postcode: '1000AA', huisnummertoevoeging: '2' }),
    ).toBe('Spui 9-2');
    expect(
      adresregel1Binnenland({ straat: 'Spui', huisnummer: '9', postcode: '1000AA', huisnummertoevoeging: 'bis' }),
    ).toBe('Spui 9 bis');
  });
});

describe('toPersoon', () => {
  it('maps geheimhouding "1" to true and keeps the GBA 0000 BAG id out', () => {
    const p = toPersoon({
      burgerservicenummer: '999993483',
      geheimhoudingPersoonsgegevens: '1',
      verblijfplaats: { straat: 'Spui', huisnummer: '1', adresseerbaarObjectIdentificatie: '0000000000000000' },
    });
    expect(p.geheimhoudingPersoonsgegevens).toBe(true);
    expect(p.verblijfplaats).toEqual({ type: 'Adres', verblijfadres: { korteStraatnaam: 'Spui', huisnummer: 1 } });
  });
  it('persoon in onderzoek: 010000 flags bsn, geslacht, leeftijd with datumIngangOnderzoekPersoon', () => {
    const p = toPersoon(
      {
        burgerservicenummer: '999990000',
        geboorte: { datum: '19800101' },
        persoonInOnderzoek: { aanduidingGegevensInOnderzoek: '010000', datumIngangOnderzoek: '20200202' },
      },
      { today: new Date(2025, 0, 1) },
    );
    expect(p.inOnderzoek).toMatchObject({
      burgerservicenummer: true,
      geslacht: true,
      leeftijd: true,
      datumIngangOnderzoekPersoon: { type: 'Datum', datum: '2020-02-02' },
    });
    expect(p.geboorte?.inOnderzoek).toMatchObject({ datum: true, plaats: true, land: true });
  });
  it('converts all 1,176 persons well under a second', () => {
    const gba = allTestBsns().map((b) => getGbaPersoon(b)!);
    const start = performance.now();
    for (const p of gba) toPersoon(p, { resolve: getGbaPersoon });
    expect(performance.now() - start).toBeLessThan(1000);
  });
});

describe('applyFields', () => {
  it('keeps inOnderzoek flags of requested fields only and always sends type', () => {
    const p = getPersoonByBsn('999970008', { today: new Date(2025, 0, 1) })!;
    const out = applyFields(p, ['verblijfplaats.verblijfadres.huisnummer']);
    expect(out.verblijfplaats).toMatchObject({
      type: 'Adres',
      indicatieVastgesteldVerblijftNietOpAdres: true,
      verblijfadres: { huisnummer: 55 },
    });
    expect(
      (out.verblijfplaats as unknown as { verblijfadres: { inOnderzoek: object } }).verblijfadres.inOnderzoek,
    ).toEqual({
      huisnummer: true,
      datumIngangOnderzoek: { type: 'Datum', datum: '2022-08-25', langFormaat: '25 augustus 2022' },
    });
  });
  it('a sub-field of a date delivers the whole date', () => {
    const out = applyFields(getPersoonByBsn('999993653')!, ['geboorte.datum.jaar']);
    expect(out.geboorte).toEqual({ datum: { type: 'Datum', datum: '1985-12-01', langFormaat: '1 december 1985' } });
  });
  it('verblijfplaatsBinnenland is only delivered for a Dutch address', () => {
    expect(applyFields(getPersoonByBsn('999993653')!, ['verblijfplaatsBinnenland.type']).verblijfplaats).toEqual({
      type: 'Adres',
    });
    expect(applyFields(getPersoonByBsn('999993483')!, ['verblijfplaatsBinnenland']).verblijfplaats).toBeUndefined();
  });
  it('rni entries come with fields of their category', () => {
    const bsn = allTestBsns().find((b) =>
      (getPersoonByBsn(b)!.rni ?? []).some((r) => r.categorie === 'Verblijfplaats'),
    )!;
    const withAdres = applyFields(getPersoonByBsn(bsn)!, ['verblijfplaats']);
    expect(withAdres.rni?.every((r) => r.categorie === 'Verblijfplaats')).toBe(true);
    expect(withAdres.rni?.length).toBeGreaterThan(0);
  });
});

describe('BSN 11-check and test person list', () => {
  it('README example and invalid numbers', () => {
    expect(isValidBsn('999993653')).toBe(true);
    expect(isValidBsn('999999999')).toBe(false);
    expect(isValidBsn('999999245')).toBe(false);
    expect(isValidBsn('000000000')).toBe(false);
  });
  it('listTestPersons has everyone with a name and the index kenmerken', () => {
    const list = listTestPersons();
    expect(list).toHaveLength(1176);
    const suzanne = list.find((p) => p.burgerservicenummer === '999993653');
    expect(suzanne?.naam).toBe('Suzanne Moulin');
    expect(suzanne?.kenmerken).toContain('verblijfplaats:Adres');
  });
});
