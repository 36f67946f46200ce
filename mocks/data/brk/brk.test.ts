import { describe, expect, it } from 'vitest';
import { brkForBsn, brkIndex, zakenVanBsn } from '.';

describe('BRK generator', () => {
  it('is deterministic', () => {
    const s = { id: 't', role: 'burger' as const, bsn: '999990883', naam: 't', expiresAt: '' };
    const a = JSON.stringify(brkForBsn({ burgerservicenummer: '999990883' }, s, { baseUrl: 'x' }));
    expect(JSON.stringify(brkForBsn({ burgerservicenummer: '999990883' }, s, { baseUrl: 'x' }))).toBe(a);
  });

  it('has unique 14-digit ids, shares that add up to at most 1 per recht, and plausible koopsommen', () => {
    for (const zaak of brkIndex().zaken.values()) {
      expect(zaak.identificatie).toMatch(/^[0-9]{14}$/);
      const eigendom = zaak.gerechtigden
        .filter((g) => g.recht === 'eigenaar')
        .reduce((s, g) => s + g.aandeel.teller / g.aandeel.noemer, 0);
      expect(eigendom).toBeLessThanOrEqual(1);
      if (zaak.koopsom) {
        expect(zaak.koopsom.koopjaar).toBeGreaterThanOrEqual(1985);
        expect(zaak.koopsom.koopsom).toBeGreaterThan(0);
      }
    }
  });

  it('gives partners living together a 1/2 share each in the same zaak', () => {
    const gedeeld = [...brkIndex().zaken.values()].find((z) => z.gerechtigden.some((g) => g.partnerVan));
    expect(gedeeld).toBeDefined();
    for (const g of gedeeld?.gerechtigden ?? []) {
      expect(g.aandeel).toEqual({ teller: 1, noemer: 2 });
      if (g.burgerservicenummer)
        expect(zakenVanBsn(g.burgerservicenummer).map((z) => z.identificatie)).toContain(gedeeld?.identificatie);
    }
  });
});
