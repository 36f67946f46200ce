import { describe, expect, it } from 'vitest';
import { bsnFault } from './bsn';

describe("the gateway's own BSN check", () => {
  it('accepts official test BSNs and a sum of exactly zero', () => {
    for (const bsn of ['999993653', '999990482', '999970008', '100000009']) expect(bsnFault(bsn), bsn).toBeUndefined();
  });
  it('refuses what is not a BSN, without trimming', () => {
    expect(bsnFault('')).toBe('empty');
    expect(bsnFault(' 999993653')).toBe('notDigits');
    expect(bsnFault('99999365')).toBe('length');
    expect(bsnFault('000000000')).toBe('elfproef');
    expect(bsnFault('999999245')).toBe('elfproef'); // the one official mock person that fails it
    expect(bsnFault('987463264')).toBe('elfproef'); // the Terugmelden example
  });
});
