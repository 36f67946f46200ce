import { describe, expect, it } from 'vitest';
import { allTestBsns, getPersoonByBsn } from '../brp';
import {
  bagIndex,
  findAdresseerbaarObject,
  findBronhouder,
  findGemeente,
  huidigeGemeente,
  pandFeiten,
  verblijfsobjectFeiten,
} from '.';

const ctx = { baseUrl: 'http://x/api/bag' };

describe('BAG generator', () => {
  it('gives the same body for the same id (deterministic)', () => {
    const a = JSON.stringify(findAdresseerbaarObject('0599010000208579', new URLSearchParams('expand=true'), ctx));
    expect(JSON.stringify(findAdresseerbaarObject('0599010000208579', new URLSearchParams('expand=true'), ctx))).toBe(
      a,
    );
  });

  it('has unique, well-formed identificaties and plausible facts', () => {
    const { adressen, objecten, panden } = bagIndex();
    for (const o of objecten.values()) {
      expect(o.identificatie).toMatch(/^[0-9]{4}0[123][0-9]{10}$/);
      const f = verblijfsobjectFeiten(o, o.identificatie.slice(0, 4));
      expect(f.oppervlakte).toBeGreaterThanOrEqual(35);
      expect(f.oppervlakte).toBeLessThan(260);
      expect(f.gebruiksdoelen).toContain('woonfunctie');
    }
    for (const p of panden.values()) {
      const { bouwjaar } = pandFeiten(p);
      expect(bouwjaar).toBeGreaterThanOrEqual(1890);
      expect(bouwjaar).toBeLessThanOrEqual(2026);
    }
    expect(new Set([...adressen.values()].map((a) => a.adresseerbaarObjectIdentificatie)).size).toBe(objecten.size);
    // Neighbours exist, so postcode searches find more than test persons' own homes.
    expect([...adressen.values()].filter((a) => a.herkomst === 'buren').length).toBeGreaterThan(100);
  });
});

describe('BAG bronhouders (municipalities by gemeentecode)', () => {
  it('knows every municipality code in the BAG ids and in the BRP registrations, and who holds it today', () => {
    const { adressen, panden } = bagIndex();
    const codes = new Set<string>();
    for (const a of adressen.values()) {
      codes.add(a.gemeentecode);
      codes.add(a.nummeraanduidingIdentificatie.slice(0, 4));
      codes.add(a.adresseerbaarObjectIdentificatie.slice(0, 4));
    }
    for (const p of panden.values()) codes.add(p.identificatie.slice(0, 4));
    for (const bsn of allTestBsns()) {
      const code = getPersoonByBsn(bsn)?.gemeenteVanInschrijving?.code;
      // 1999 is the RNI (non-residents): in Tabel 33, but no municipality and no bronhouder.
      if (code && code !== '1999') codes.add(code);
    }
    expect(codes.size).toBeGreaterThan(30);
    for (const code of codes) {
      expect(findGemeente(code), code).toBeDefined();
      expect(huidigeGemeente(code)?.eindGeldigheid, code).toBeUndefined();
    }
  });

  it('uses the official names, and follows mergers to the municipality of today', () => {
    expect(findGemeente('0599')?.naam).toBe('Rotterdam');
    expect(findGemeente('0518')?.naam).toBe("'s-Gravenhage");
    expect(findGemeente('1970')?.naam).toBe('Noardeast-Fryslân');
    expect(huidigeGemeente('0058')?.naam).toBe('Noardeast-Fryslân');
    expect(huidigeGemeente('0653')?.naam).toBe('De Fryske Marren');
    expect(huidigeGemeente('0530')?.naam).toBe('Voorne aan Zee');
    expect(findGemeente('1999')).toBeUndefined();
  });

  it('answers a bronhouder by code, 404 for an unknown or (on geldigOp) dissolved one, 400 for a bad code', () => {
    const ok = findBronhouder('0599', new URLSearchParams(), ctx);
    expect(ok).toEqual({
      status: 200,
      body: {
        bronhouder: { code: '0599', naam: 'Rotterdam' },
        _links: { self: { href: 'http://x/api/bag/bronhouders/0599' } },
      },
    });
    expect(findBronhouder('0058', new URLSearchParams(), ctx).body).toMatchObject({
      bronhouder: { code: '0058', naam: 'Dongeradeel', eindGeldigheid: '2019-01-01' },
    });
    expect(findBronhouder('0058', new URLSearchParams('geldigOp=2018-12-31'), ctx).status).toBe(200);
    expect(findBronhouder('0058', new URLSearchParams('geldigOp=2019-01-01'), ctx).status).toBe(404);
    expect(findBronhouder('9998', new URLSearchParams(), ctx).status).toBe(404);
    expect(findBronhouder('1999', new URLSearchParams(), ctx).status).toBe(404);
    expect(findBronhouder('599', new URLSearchParams(), ctx).status).toBe(400);
    expect(findBronhouder('0599', new URLSearchParams('geldigOp=gisteren'), ctx).status).toBe(400);
  });
});
