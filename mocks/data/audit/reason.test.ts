import { describe, expect, it } from 'vitest';
import { HOSTILE_REASONS, VALID_REASONS } from '../../../tests/fixtures/reveal-reasons';
import { checkReason } from './reason';

describe('the gateway’s check of a reveal reason', () => {
  it.each(HOSTILE_REASONS.map((r) => [r.name, r]))('refuses %s', (_name, { reden, code }) => {
    expect(checkReason(reden)).toMatchObject({ ok: false, code });
  });
  it.each(VALID_REASONS.map((r) => [r.name, r]))('accepts %s, as shown', (_name, { reden, stored }) => {
    expect(checkReason(reden)).toMatchObject({ ok: true, text: stored });
  });
  it('counts visible characters, not code units: 20 emoji-free accented letters pass, 19 do not', () => {
    expect(checkReason('éééééééééééééééééééé')).toMatchObject({ ok: true, visible: 20 });
    expect(checkReason('ééééééééééééééééééé')).toMatchObject({ ok: false, code: 'tooShort', visible: 19 });
  });
});
