import { describe, expect, it } from 'vitest';
import { bagIndex, findAdresseerbaarObject, pandFeiten, verblijfsobjectFeiten } from '.';

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
