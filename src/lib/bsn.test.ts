import { describe, expect, it } from 'vitest';
import { checkBsn, isValidBsn } from './bsn';

describe('BSN 11-check', () => {
  it('accepts the worked example from the spec and other official test BSNs', () => {
    expect(isValidBsn('999993653')).toBe(true);
    expect(isValidBsn('999992077')).toBe(true);
    expect(isValidBsn('999990482')).toBe(true);
  });

  it('rejects a number whose weighted sum is not divisible by 11', () => {
    expect(checkBsn('999999999')).toBe('elfproef');
    // the one mock person whose BSN fails the check
    expect(checkBsn('999999245')).toBe('elfproef');
    expect(checkBsn('999993654')).toBe('elfproef');
  });

  it('rejects 000000000 although the arithmetic passes', () => {
    expect(checkBsn('000000000')).toBe('elfproef');
  });

  it('names the problem for letters, wrong length and empty input', () => {
    expect(checkBsn('')).toBe('empty');
    expect(checkBsn('   ')).toBe('empty');
    expect(checkBsn('99999365a')).toBe('notDigits');
    expect(checkBsn('<script>')).toBe('notDigits');
    expect(checkBsn('12345678')).toBe('length');
    expect(checkBsn('9'.repeat(10_000))).toBe('length');
  });
});
