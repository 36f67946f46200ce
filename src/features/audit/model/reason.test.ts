import { describe, expect, it } from 'vitest';
import { HOSTILE_REASONS, VALID_REASONS } from '../../../../tests/fixtures/reveal-reasons';
import { checkReason } from './reason';

describe('the app’s check of a reveal reason agrees with the gateway on every case', () => {
  it.each(HOSTILE_REASONS.filter((r) => r.code !== 'type').map((r) => [r.name, r]))(
    'refuses %s',
    (_name, { reden, code }) => {
      expect(checkReason(reden)).toMatchObject({ ok: false, code });
    },
  );
  it.each(VALID_REASONS.map((r) => [r.name, r]))('accepts %s, as it will be stored', (_name, { reden, stored }) => {
    expect(checkReason(reden)).toMatchObject({ ok: true, text: stored });
  });
  it('counts what a reader sees: twelve letters are twelve, however they were typed', () => {
    expect(checkReason('nieuwsgierig')).toEqual({ ok: false, code: 'tooShort', visible: 12 });
    expect(checkReason('nieuwsgierig'.normalize('NFD'))).toEqual({ ok: false, code: 'tooShort', visible: 12 });
  });
});
