// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { allTestBsns } from '../brp';
import type { Session } from '../../gateway/session';
import { MOCK_TODAY } from '../seed';
import { addYears, levensloop } from '../registers/levensloop';
import { basisprofielVoor, inschrijvingenResultaat, ondernemingenVoor } from './inschrijvingen';

const session = (bsn: string): Session => ({
  id: 's',
  role: 'burger',
  bsn,
  naam: 'Test',
  expiresAt: '2099-01-01T00:00:00Z',
});

describe('KVK inschrijvingen (seeded)', () => {
  const bsns = allTestBsns();

  it('is deterministic', () => {
    for (const bsn of bsns.slice(0, 100)) expect(ondernemingenVoor(bsn)).toEqual(ondernemingenVoor(bsn));
  });

  it('starts businesses only for adults and ends them at death or emigration', () => {
    for (const bsn of bsns) {
      const l = levensloop(bsn);
      if (!l) continue;
      for (const o of ondernemingenVoor(bsn)) {
        expect(o.kvkNummer).toMatch(/^[0-9]{8}$/);
        expect(o.vestigingsnummer).toMatch(/^[0-9]{12}$/);
        expect(o.datumAanvang >= addYears(l.geboortedatum, 19), bsn).toBe(true);
        expect(o.datumAanvang <= MOCK_TODAY).toBe(true);
        if (!l.woontInNederland) expect(o.datumEinde, bsn).not.toBeNull();
        if (o.datumEinde) expect(o.datumEinde > o.datumAanvang && o.datumEinde <= MOCK_TODAY, bsn).toBe(true);
        expect(o.rsin === undefined).toBe(o.rechtsvorm === 'Eenmanszaak');
      }
    }
  });

  it('gives some persons a business, most none; the demo person always', () => {
    const met = bsns.filter((bsn) => ondernemingenVoor(bsn).length > 0).length;
    expect(met).toBeGreaterThan(40);
    expect(met / bsns.length).toBeLessThan(0.2);
    expect(inschrijvingenResultaat('999993653').inschrijvingen.length).toBeGreaterThan(0);
    expect(bsns.some((bsn) => ondernemingenVoor(bsn).some((o) => o.rol === 'vennoot'))).toBe(true);
    expect(bsns.some((bsn) => ondernemingenVoor(bsn).some((o) => o.inOnderzoek))).toBe(true);
  });

  it('serves the basisprofiel only to the owner', () => {
    const eigen = ondernemingenVoor('999993653')[0];
    expect(eigen).toBeDefined();
    if (!eigen) return;
    const ok = basisprofielVoor(eigen.kvkNummer, session('999993653'), '/x');
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({
      kvkNummer: eigen.kvkNummer,
      _embedded: { eigenaar: { rechtsvorm: 'Eenmanszaak' } },
    });
    expect(basisprofielVoor(eigen.kvkNummer, session('999992077'), '/x').status).toBe(403);
    expect(basisprofielVoor('12345678', session('999993653'), '/x').status).toBe(403);
    expect(basisprofielVoor('1234', session('999993653'), '/x').status).toBe(400);
  });
});
