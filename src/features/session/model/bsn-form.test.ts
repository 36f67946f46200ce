import { describe, expect, it } from 'vitest';
import { bsnErrorKey } from './bsn-form';

describe('BSN form validation', () => {
  it.each([
    ['', 'empty'],
    ['abcdefghi', 'notDigits'],
    ['<script>alert(1)</script>', 'tooLong'],
    ['<b>1</b>', 'notDigits'],
    ['12345678', 'length'],
    ['9'.repeat(10_000), 'tooLong'],
    ['999993654', 'elfproef'],
  ])('names the problem with %j', (input, key) => {
    expect(bsnErrorKey(input)).toBe(key);
  });

  it('accepts a valid BSN with surrounding spaces', () => {
    expect(bsnErrorKey(' 999993653 ')).toBeNull();
    expect(bsnErrorKey('999993653')).toBeNull();
  });
});
