// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { allTestBsns } from '../brp';
import { MOCK_TODAY, rng } from '../seed';
import { addYears, levensloop } from '../registers/levensloop';
import { kenteken, voertuigenVoor } from './voertuigen';

describe('RDW voertuigen (seeded)', () => {
  const bsns = allTestBsns();

  it('is deterministic', () => {
    for (const bsn of bsns.slice(0, 100)) expect(voertuigenVoor(bsn)).toEqual(voertuigenVoor(bsn));
  });

  it('registers vehicles only to living residents, from 16 (moped) or 18', () => {
    for (const bsn of bsns) {
      const l = levensloop(bsn);
      if (!l) continue;
      const voertuigen = voertuigenVoor(bsn);
      if (!l.woontInNederland) expect(voertuigen, bsn).toEqual([]);
      for (const v of voertuigen) {
        const minimum = v.voertuigsoort === 'Bromfiets' ? 16 : 18;
        expect(v.tenaamstellingSinds >= addYears(l.geboortedatum, minimum), bsn).toBe(true);
        expect(v.datum_tenaamstelling >= v.datum_eerste_toelating, bsn).toBe(true);
        expect(v.datum_eerste_tenaamstelling_in_nederland >= v.datum_eerste_toelating, bsn).toBe(true);
        expect(v.tenaamstellingSinds <= MOCK_TODAY && v.datumLaatsteWijziging <= MOCK_TODAY, bsn).toBe(true);
        expect(v.datumLaatsteWijziging >= v.datum_tenaamstelling, bsn).toBe(true);
        if (v.brandstof_omschrijving === 'Elektriciteit') expect(v.cilinderinhoud).toBeNull();
        if (['Motorfiets', 'Bromfiets', 'Aanhangwagen'].includes(v.voertuigsoort)) expect(v.vervaldatum_apk).toBeNull();
      }
    }
  });

  it('varies: none, one and several vehicles; a few percent in onderzoek; the demo person has one', () => {
    const counts = bsns.map((bsn) => voertuigenVoor(bsn).length);
    expect(counts.filter((n) => n === 0).length).toBeGreaterThan(200);
    expect(counts.filter((n) => n === 1).length).toBeGreaterThan(200);
    expect(counts.filter((n) => n >= 2).length).toBeGreaterThan(50);
    const marked = bsns.filter((bsn) => voertuigenVoor(bsn).some((v) => v.inOnderzoek)).length;
    expect(marked / bsns.length).toBeLessThan(0.08);
    expect(voertuigenVoor('999993653').some((v) => v.inOnderzoek)).toBe(true);
  });

  it.each([
    [1995, /^[B-Z]{2}[B-Z]{2}[1-9][0-9]$/],
    [2005, /^[1-9][0-9][B-Z]{2}[B-Z]{2}$/],
    [2010, /^[1-9][0-9][B-Z]{3}[1-9]$/],
    [2014, /^[1-9][B-Z]{3}[1-9][0-9]$/],
    [2017, /^[B-Z]{2}[1-9][0-9]{2}[B-Z]$/],
    [2021, /^[B-Z][1-9][0-9]{2}[B-Z]{2}$/],
    [2025, /^[B-Z]{3}[1-9][0-9][B-Z]$/],
  ])('makes a passenger-car plate in the sidecode of %i', (jaar, pattern) => {
    const r = rng(`plate:${jaar}`);
    for (let i = 0; i < 20; i++) {
      const plate = kenteken(r, 'Personenauto', jaar);
      expect(plate).toMatch(pattern);
      expect(plate).not.toMatch(/[AEIOUCQ]/);
    }
  });
});
