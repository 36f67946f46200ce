// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { allTestBsns } from '../brp';
import { MOCK_TODAY } from '../seed';
import { addYears, levensloop } from '../registers/levensloop';
import { AOW_LEEFTIJD, POLIS_VANAF, brutoInJaar, inkomstenverhoudingenVoor } from './inkomstenverhoudingen';

describe('UWV inkomstenverhoudingen (seeded)', () => {
  const bsns = allTestBsns();

  it('is deterministic', () => {
    for (const bsn of bsns.slice(0, 100))
      expect(inkomstenverhoudingenVoor(bsn)).toEqual(inkomstenverhoudingenVoor(bsn));
  });

  it('follows the life course: from age 15, until death, jobs end at emigration, AOW from 67', () => {
    for (const bsn of bsns) {
      const l = levensloop(bsn);
      if (!l) continue;
      for (const v of inkomstenverhoudingenVoor(bsn)) {
        const context = `${bsn} ${v.id}`;
        expect(v.datumAanvang >= addYears(l.geboortedatum, 15), context).toBe(true);
        expect(v.datumAanvang <= MOCK_TODAY, context).toBe(true);
        if (v.datumEinde) {
          expect(v.datumEinde >= POLIS_VANAF && v.datumEinde >= v.datumAanvang, context).toBe(true);
          expect(v.datumEinde <= MOCK_TODAY, context).toBe(true);
        }
        if (l.overlijdensdatum) expect(v.datumEinde, context).not.toBeNull();
        if (l.overlijdensdatum && v.datumEinde) expect(v.datumEinde <= l.overlijdensdatum, context).toBe(true);
        if (v.soort === 'dienstbetrekking') {
          if (!l.woontInNederland) expect(v.datumEinde, context).not.toBeNull();
          expect(v.datumAanvang < addYears(l.geboortedatum, AOW_LEEFTIJD), context).toBe(true);
        } else if (v.soortUitkering === 'AOW') {
          expect(v.datumAanvang).toBe(addYears(l.geboortedatum, AOW_LEEFTIJD));
        }
        expect(v.datumLaatsteWijziging <= MOCK_TODAY, context).toBe(true);
      }
    }
  });

  it('gives nothing to young children and AOW to everyone alive over 67 in the Netherlands', () => {
    for (const bsn of bsns) {
      const l = levensloop(bsn);
      if (!l) continue;
      const lijst = inkomstenverhoudingenVoor(bsn);
      if (addYears(l.geboortedatum, 15) > MOCK_TODAY) expect(lijst, bsn).toEqual([]);
      if (l.woontInNederland && addYears(l.geboortedatum, AOW_LEEFTIJD) <= MOCK_TODAY) {
        expect(
          lijst.some((v) => v.soort === 'uitkering' && v.soortUitkering === 'AOW' && v.datumEinde === null),
          bsn,
        ).toBe(true);
      }
    }
  });

  it('varies: jobs, WW, bijstand, AOW and pensions all occur; a few percent in onderzoek', () => {
    const all = bsns.flatMap((bsn) => inkomstenverhoudingenVoor(bsn));
    for (const soort of ['WW', 'ZW', 'WIA', 'Participatiewet', 'AOW', 'pensioen']) {
      expect(
        all.some((v) => v.soort === 'uitkering' && v.soortUitkering === soort),
        soort,
      ).toBe(true);
    }
    expect(all.filter((v) => v.soort === 'dienstbetrekking' && v.datumEinde === null).length).toBeGreaterThan(200);
    const marked = bsns.filter((bsn) => inkomstenverhoudingenVoor(bsn).some((v) => v.inOnderzoek)).length;
    expect(marked).toBeGreaterThan(10);
    expect(marked / bsns.length).toBeLessThan(0.08);
    expect(inkomstenverhoudingenVoor('999993653').some((v) => v.inOnderzoek)).toBe(true);
  });

  it('computes yearly income that matches the last month', () => {
    const [v] = inkomstenverhoudingenVoor('999993653').filter((x) => x.datumEinde === null);
    expect(v).toBeDefined();
    if (!v) return;
    expect(brutoInJaar(v, 2026)).toBeGreaterThan(0);
    expect(brutoInJaar(v, 1990)).toBe(0);
  });
});
