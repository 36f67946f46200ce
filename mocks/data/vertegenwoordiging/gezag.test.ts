import { describe, expect, it } from 'vitest';
import { getGbaPersoon } from '../brp';
import { gezagsrelatie, gezagsrelaties, hoogsteLeeftijd, laatsteDagMinderjarig } from './gezag';
import { relatiesVan } from './relaties';

const TODAY = '2026-11-28';

describe('age and the last day of gezag', () => {
  it('counts the 18th birthday itself as adult (BW 1:233)', () => {
    expect(hoogsteLeeftijd('20081128', TODAY)).toBe(18);
    expect(hoogsteLeeftijd('20081129', TODAY)).toBe(17);
    expect(laatsteDagMinderjarig('20081129')).toBe('2026-11-28');
  });
  it('takes unknown parts at their earliest, refusing when the child may already be 18', () => {
    expect(hoogsteLeeftijd('20080000', TODAY)).toBe(18);
    expect(hoogsteLeeftijd('00000000', TODAY)).toBeUndefined();
    expect(laatsteDagMinderjarig('20080000')).toBeUndefined();
  });
});

describe('who may act for a minor, from the BRP 2.7 gezag of the test persons', () => {
  it('999970057 has gezag over 999970070 and 999970082 until the day before they turn 18', () => {
    const r = gezagsrelaties('999970057', TODAY);
    expect(r.map((x) => [x.subjectBsn, x.rol, x.toegestaan, x.tot]).sort()).toEqual([
      ['999970070', 'ouderMetGezag', true, '2037-12-31'],
      ['999970082', 'ouderMetGezag', true, '2036-12-31'],
    ]);
  });
  it('refuses from the day the child turns 18', () => {
    const kind = getGbaPersoon('999970082')!;
    expect(gezagsrelatie('999970057', kind, '2036-12-31').toegestaan).toBe(true);
    expect(gezagsrelatie('999970057', kind, '2037-01-01')).toMatchObject({ toegestaan: false, reden: 'meerderjarig' });
  });
  it('gives the BRP reason: deceased, gezag in onderzoek, not determinable, temporarily nobody, someone else', () => {
    const reden = (actor: string) =>
      Object.fromEntries(gezagsrelaties(actor, TODAY).map((r) => [r.subjectBsn, r.reden]));
    expect(reden('999970008')).toEqual({
      '999970422': 'overleden',
      '999970331': 'gezagInOnderzoek',
      '999970288': 'gezagNietTeBepalen',
    });
    expect(reden('999970197')).toEqual({ '999970215': 'anderHeeftGezag', '999970227': 'tijdelijkGeenGezag' });
  });
  it('a guardian (Voogdij) acts as voogd', () => {
    expect(gezagsrelaties('999970203', TODAY).find((r) => r.subjectBsn === '999970215')).toMatchObject({
      rol: 'voogd',
      toegestaan: true,
    });
  });
});

describe('all sources together', () => {
  it('adds up two court orders for one person and keeps a lifted one refused', () => {
    const koos = Object.fromEntries(relatiesVan('999993525', TODAY).map((r) => [r.subjectBsn, r]));
    expect(koos['999997622']).toMatchObject({ rol: 'curator', toegestaan: true });
    expect(koos['999990482']).toMatchObject({ rol: 'mentor', toegestaan: false, reden: 'beeindigd' });
    expect(koos['999971074']).toMatchObject({ rol: 'bewindvoerder', toegestaan: true, tot: '2026-12-31' });
    expect(relatiesVan('999993525', '2027-01-01').find((r) => r.subjectBsn === '999971074')).toMatchObject({
      toegestaan: false,
      reden: 'beeindigd',
    });
  });
});
