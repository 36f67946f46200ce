import { describe, expect, it } from 'vitest';
import { allTestBsns, getGbaPersoon } from '../brp/index';
import { persoonMetLopendeCorrecties } from './brp-overlay';
import { getPersoonByBsn } from '../brp/index';
import { holderFor, stableRsin, stableUuid } from './catalogus';

describe('holderFor', () => {
  it('routes each registry to its holder', () => {
    expect(holderFor('brp', '999993653')?.naam).toBe('Gemeente Rotterdam');
    expect(holderFor('bag', '999993653')?.gemeentecode).toBe('0599');
    expect(holderFor('woz', '999990482')?.naam).toBe('Gemeente Borger-Odoorn');
    expect(holderFor('brp', '999993483')?.id).toBe('rvig-rni');
    expect(holderFor('bag', '999993483')).toBeUndefined();
    expect(holderFor('woz', '999993483', { gemeente: { code: '0363', naam: 'Amsterdam' } })?.naam).toBe(
      'Gemeente Amsterdam',
    );
    expect(holderFor('brk', '999993653')?.naam).toBe('Kadaster');
    expect(holderFor('bri', '999993653')?.naam).toBe('Belastingdienst');
  });

  it('derives stable UUIDs and 11-check RSINs', () => {
    expect(stableUuid('x')).toBe(stableUuid('x'));
    expect(stableUuid('x')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const rsin = stableRsin('kadaster');
    const sum = [...rsin.slice(0, 8)].reduce((a, d, i) => a + Number(d) * (9 - i), 0) - Number(rsin[8]);
    expect(sum % 11).toBe(0);
  });
});

describe('BRP overlay', () => {
  it('marks the corrected group in onderzoek for every test person, from the zaak date', () => {
    const corrections = ['verblijfplaats', 'naam.geslachtsnaam', 'geboorte.datum', 'nationaliteiten'].map((veld) => ({
      zaakUuid: 'z',
      registratie: 'brp' as const,
      veld,
      onderzoekSinds: '2026-11-28',
    }));
    let checked = 0;
    for (const bsn of allTestBsns().slice(0, 300)) {
      const persoon = persoonMetLopendeCorrecties(bsn, corrections, { today: new Date('2026-11-28T12:00:00Z') });
      expect(persoon).toBeDefined();
      if (getGbaPersoon(bsn)?.naam && persoon?.naam) {
        expect(persoon.naam.inOnderzoek, bsn).toBeDefined();
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});

describe('BRP overlay never erases a finding', () => {
  it('keeps "vastgesteld verblijft niet op adres" (089999) of 999970008 when an address is investigated', () => {
    const before = getPersoonByBsn('999970008', { today: new Date('2026-11-28T12:00:00Z') });
    expect(before?.verblijfplaats).toMatchObject({ indicatieVastgesteldVerblijftNietOpAdres: true });
    for (const veld of ['verblijfplaats.adres', 'verblijfplaats.datumVan', 'gemeenteVanInschrijving']) {
      const after = persoonMetLopendeCorrecties(
        '999970008',
        [{ zaakUuid: 'z', registratie: 'brp', veld, onderzoekSinds: '2026-11-28' }],
        {
          today: new Date('2026-11-28T12:00:00Z'),
        },
      );
      expect(after?.verblijfplaats, veld).toMatchObject({ indicatieVastgesteldVerblijftNietOpAdres: true });
      // The municipality's own start date of the finding stays, not the request's.
      expect(JSON.stringify(after?.verblijfplaats)).toContain('2022-08-25');
    }
  });
});
