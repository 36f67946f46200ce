import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './reason';

describe('the return address after a time-out (issue 19)', () => {
  it.each([
    '/mijn-gegevens/persoonsgegevens',
    '/mijn-verzoeken/8d5e0a4c-2f57-4f0e-9d51-0c6a1b9e6e3a',
    '/correctie/brp/naam.voornamen/toelichting',
  ])('keeps the app path %s', (path) => {
    expect(safeReturnPath(path, '/inloggen')).toBe(path);
  });

  it.each([
    undefined,
    '',
    'https://evil.example/',
    '//evil.example/x',
    '/\\evil.example',
    'javascript:alert(1)',
    '/inloggen',
    '/inloggen?x',
    '/a b',
    `/${'x'.repeat(600)}`,
  ])('refuses %j', (path) => {
    expect(safeReturnPath(path, '/inloggen')).toBeUndefined();
  });
});
