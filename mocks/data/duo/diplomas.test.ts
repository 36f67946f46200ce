// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { allTestBsns } from '../brp';
import { MOCK_TODAY } from '../seed';
import { addYears, levensloop } from '../registers/levensloop';
import { DIPLOMAREGISTER_VANAF, diplomasVoor } from './diplomas';

describe('DUO diplomas (seeded)', () => {
  const bsns = allTestBsns();

  it('is deterministic', () => {
    for (const bsn of bsns.slice(0, 100)) expect(diplomasVoor(bsn)).toEqual(diplomasVoor(bsn));
  });

  it('gives only diplomas the person could have obtained here, in the register, by today', () => {
    for (const bsn of bsns) {
      const l = levensloop(bsn);
      if (!l) continue;
      for (const d of diplomasVoor(bsn).diplomas) {
        expect(d.datumBehaald >= DIPLOMAREGISTER_VANAF, bsn).toBe(true);
        expect(d.datumBehaald <= l.einde, bsn).toBe(true);
        expect(d.datumBehaald >= addYears(l.geboortedatum, 15), bsn).toBe(true);
        if (l.inNederlandSinds) expect(d.datumBehaald > l.inNederlandSinds, bsn).toBe(true);
        expect(d.datumLaatsteWijziging >= d.datumBehaald && d.datumLaatsteWijziging <= MOCK_TODAY, bsn).toBe(true);
        if (d.inOnderzoek) expect(d.inOnderzoek.datumIngangOnderzoek <= d.datumLaatsteWijziging).toBe(true);
      }
    }
  });

  it('varies: many persons have none, some one, some several', () => {
    const counts = bsns.map((bsn) => diplomasVoor(bsn).diplomas.length);
    expect(counts.filter((n) => n === 0).length).toBeGreaterThan(100);
    expect(counts.filter((n) => n === 1).length).toBeGreaterThan(50);
    expect(counts.filter((n) => n >= 2).length).toBeGreaterThan(100);
  });

  it('marks a few percent in onderzoek', () => {
    const marked = bsns.filter((bsn) => diplomasVoor(bsn).diplomas.some((d) => d.inOnderzoek)).length;
    expect(marked).toBeGreaterThan(5);
    expect(marked / bsns.length).toBeLessThan(0.08);
  });
});
