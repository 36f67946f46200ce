// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { allTestBsns } from '../brp';
import { MOCK_TODAY } from '../seed';
import { jaarVan, jarenTussen, levensloop } from '../registers/levensloop';
import { inkomstenverhoudingenVoor } from '../uwv/inkomstenverhoudingen';
import { ondernemingenVoor } from '../kvk/inschrijvingen';
import { EERSTE_JAAR, LAATSTE_JAAR, inkomensVoor } from './inkomens';

describe('BRI inkomens (seeded)', () => {
  const bsns = allTestBsns();

  it('is deterministic', () => {
    for (const bsn of bsns.slice(0, 100)) expect(inkomensVoor(bsn)).toEqual(inkomensVoor(bsn));
  });

  it('has no years after death or emigration and none for children without income', () => {
    for (const bsn of bsns) {
      const l = levensloop(bsn);
      if (!l) continue;
      const inkomens = inkomensVoor(bsn);
      for (const i of inkomens) {
        expect(i.belastingjaar >= EERSTE_JAAR && i.belastingjaar <= LAATSTE_JAAR).toBe(true);
        expect(i.belastingjaar <= jaarVan(l.einde), bsn).toBe(true);
        expect(i.datumVaststelling > `${i.belastingjaar}-12-31` && i.datumVaststelling <= MOCK_TODAY, bsn).toBe(true);
        expect(i.datumLaatsteWijziging >= i.datumVaststelling && i.datumLaatsteWijziging <= MOCK_TODAY, bsn).toBe(true);
        if (jarenTussen(l.geboortedatum, `${i.belastingjaar}-12-31`) < 18) expect(i.bron).toBe('ambtshalve');
      }
      const heeftInkomen = inkomstenverhoudingenVoor(bsn).length > 0 || ondernemingenVoor(bsn).length > 0;
      if (!heeftInkomen) expect(inkomens, bsn).toEqual([]);
    }
  });

  it('keeps the latest year provisional', () => {
    for (const bsn of bsns) {
      for (const i of inkomensVoor(bsn)) if (i.belastingjaar === LAATSTE_JAAR) expect(i.status).toBe('voorlopig');
    }
  });

  it('varies and marks a few percent in onderzoek, always for the demo person', () => {
    const lengths = bsns.map((bsn) => inkomensVoor(bsn).length);
    expect(lengths.filter((n) => n === 0).length).toBeGreaterThan(50);
    expect(lengths.filter((n) => n === 7).length).toBeGreaterThan(300);
    const marked = bsns.filter((bsn) => inkomensVoor(bsn).some((i) => i.inOnderzoek)).length;
    expect(marked / bsns.length).toBeLessThan(0.08);
    expect(inkomensVoor('999993653').some((i) => i.inOnderzoek)).toBe(true);
  });
});
