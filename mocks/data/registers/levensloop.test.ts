// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { allTestBsns } from '../brp';
import type { Session } from '../../gateway/session';
import { MOCK_TODAY } from '../seed';
import { addMonths, jarenTussen, levensloop } from './levensloop';
import { elfproefNummer, zoekOpBsn } from './zoek';
import { rng } from '../seed';

const session = (bsn: string): Session => ({
  id: 's',
  role: 'burger',
  bsn,
  naam: 'Test',
  expiresAt: '2099-01-01T00:00:00Z',
});

describe('levensloop (shared by the seeded registries)', () => {
  it('derives plausible life facts for every BRP test person', () => {
    for (const bsn of allTestBsns()) {
      const l = levensloop(bsn);
      expect(l, bsn).toBeDefined();
      if (!l) continue;
      expect(l.geboortedatum <= MOCK_TODAY).toBe(true);
      expect(l.einde <= MOCK_TODAY).toBe(true);
      if (l.overlijdensdatum) expect(l.einde).toBe(l.overlijdensdatum > MOCK_TODAY ? MOCK_TODAY : l.overlijdensdatum);
      expect(l.woontInNederland).toBe(l.einde === MOCK_TODAY && l.leeft && !l.vertrokkenOp);
    }
  });

  it('knows that 999992077 died and 999993483 lives abroad', () => {
    expect(levensloop('999992077')?.leeft).toBe(false);
    expect(levensloop('999993483')?.woontInNederland).toBe(false);
  });

  it('does calendar arithmetic without the real clock', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(jarenTussen('2000-11-29', '2026-11-28')).toBe(25);
    expect(jarenTussen('2000-11-28', '2026-11-28')).toBe(26);
  });

  it('makes 9-digit numbers that pass the 11-check', () => {
    const r = rng('test');
    for (let i = 0; i < 50; i++) {
      const n = elfproefNummer(r);
      const digits = [...n].map(Number);
      const sum = digits.slice(0, 8).reduce((s, d, j) => s + d * (9 - j), 0) - (digits[8] ?? 0);
      expect(n).toMatch(/^[1-9][0-9]{8}$/);
      expect(sum % 11).toBe(0);
    }
  });
});

describe('zoekOpBsn (the _zoek request checks)', () => {
  const build = (bsn: string) => ({ bsn });
  it('answers 200 for the own BSN', () => {
    expect(zoekOpBsn({ burgerservicenummer: '999993653' }, session('999993653'), '/x', build)).toEqual({
      status: 200,
      body: { bsn: '999993653' },
    });
  });
  it('answers 403 for another BSN and for a non-citizen session', () => {
    expect(zoekOpBsn({ burgerservicenummer: '999992077' }, session('999993653'), '/x', build).status).toBe(403);
    expect(
      zoekOpBsn({ burgerservicenummer: '999993653' }, { ...session('999993653'), role: 'auditor' }, '/x', build).status,
    ).toBe(403);
  });
  it.each([
    ['no body', null, 'required'],
    ['an array', [], 'required'],
    ['a missing BSN', {}, 'required'],
    ['a BSN as number', { burgerservicenummer: 999993653 }, 'pattern'],
    ['a short BSN', { burgerservicenummer: '12345' }, 'pattern'],
    ['an unknown parameter', { burgerservicenummer: '999993653', fields: ['x'] }, 'unknownParam'],
  ])('answers 400 with invalidParams for %s', (_name, body, code) => {
    const result = zoekOpBsn(body, session('999993653'), '/x', build);
    expect(result.status).toBe(400);
    expect((result.body as { invalidParams: { code: string }[] }).invalidParams[0]?.code).toBe(code);
  });
});
