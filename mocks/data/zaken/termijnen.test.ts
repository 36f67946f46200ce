import { describe, expect, it } from 'vitest';
import {
  bezwaarTot,
  datumInWoorden,
  feestdagen,
  isWerkdag,
  opWerkdag,
  paaszondag,
  plusPeriode,
  verleng,
} from './termijnen';

/**
 * The double's own calendar, checked against published dates (not against the app's code:
 * the two must agree because both match the world, not because one copies the other).
 */
describe('paaszondag (epact method)', () => {
  it.each([
    [2000, '2000-04-23'],
    [2008, '2008-03-23'],
    [2011, '2011-04-24'],
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2028, '2028-04-16'],
    [2029, '2029-04-01'],
    [2030, '2030-04-21'],
    [2035, '2035-03-25'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
  ])('%i → %s', (jaar, datum) => expect(paaszondag(jaar)).toBe(datum));
});

describe('feestdagen (Atw art. 3)', () => {
  it('has the eight days of 2027, without Goede Vrijdag', () => {
    expect([...feestdagen(2027)].sort()).toEqual([
      '2027-01-01',
      '2027-03-29',
      '2027-04-27',
      '2027-05-05',
      '2027-05-06',
      '2027-05-17',
      '2027-12-25',
      '2027-12-26',
    ]);
    expect(isWerkdag('2027-03-26')).toBe(true); // Goede Vrijdag
  });
  it('celebrates Koningsdag on Saturday 26 April when the 27th is a Sunday', () => {
    expect(feestdagen(2025).has('2025-04-26')).toBe(true);
    expect(feestdagen(2025).has('2025-04-27')).toBe(false);
  });
});

describe('opWerkdag and bezwaarTot', () => {
  it('moves a last day off weekends and holidays', () => {
    expect(opWerkdag('2026-12-26')).toBe('2026-12-28');
    expect(opWerkdag('2026-04-06')).toBe('2026-04-07');
    expect(opWerkdag('2026-12-10')).toBe('2026-12-10');
  });
  it('gives six weeks from the day after the decision, on a working day', () => {
    expect(bezwaarTot('2026-11-28')).toBe('2027-01-11');
    expect(bezwaarTot('2026-02-23')).toBe('2026-04-07');
    expect(bezwaarTot('2026-03-02')).toBe('2026-04-13');
  });
  it('writes a date as a letter does', () => expect(datumInWoorden('2027-01-11')).toBe('11 januari 2027'));
});

describe('verleng', () => {
  const basis = {
    eersteTermijnTot: '2026-12-26',
    eersteTermijnWettelijk: '2026-12-28',
    besluitOp: '2026-12-01',
    duur: 'P8W',
    reden: 'Akte uit het buitenland',
    verlengingMogelijk: true,
    verlengingstermijn: 'P8W',
    alVerlengd: false,
  };
  it('runs from the nominal end and lands on a working day', () => {
    expect(verleng(basis)).toEqual({ ok: true, tot: '2027-02-22' }); // 20 February 2027 is a Saturday
    expect(plusPeriode('2026-12-26', 'P8W')).toBe('2027-02-20');
  });
  it('may still be told on the legal last day, not after it', () => {
    expect(verleng({ ...basis, besluitOp: '2026-12-28' }).ok).toBe(true);
    expect(verleng({ ...basis, besluitOp: '2026-12-29' })).toEqual({ ok: false, fout: 'te-laat' });
  });
  it('refuses where the zaaktype has none, or longer than allowed', () => {
    expect(verleng({ ...basis, verlengingMogelijk: false, verlengingstermijn: null })).toEqual({
      ok: false,
      fout: 'geen-verlenging',
    });
    expect(verleng({ ...basis, duur: 'P2M' })).toEqual({ ok: false, fout: 'te-lang' });
  });
});
