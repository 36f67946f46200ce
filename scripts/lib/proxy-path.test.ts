import { describe, expect, it } from 'vitest';
import { escapesPrefix } from './proxy-path.mjs';

describe('proxy targets that would leave /api (issue 17, finding 1)', () => {
  it.each([
    '/api/../__mock/reset',
    '/api/%2e%2e/__mock/reset',
    '/api/%2E%2E/__mock/reset',
    '/api/.%2e/x',
    '/api/%2e./x',
    '/api/./../x',
    '/api/..',
    '/api/..%2f__mock/reset',
    '/api/%2e%2e%2f__mock/reset',
    '/api\\..\\x',
    '/api/%5c../x',
    '/api/%00',
    '/api/%E0%A4%A',
    '//evil.example/api',
    'api/x',
  ])('refuses %s', (target) => {
    expect(escapesPrefix(target)).toBe(true);
  });

  it.each([
    '/api/brp/personen',
    '/api/bag/adressen?postcode=3077AW&huisnummer=33',
    '/api/x/...',
    '/api/a.b/c',
    '/api/zaken/api/v1/zaken/_zoek',
    '/api/x?q=..',
  ])('lets through %s', (target) => {
    expect(escapesPrefix(target)).toBe(false);
  });
});
