import { describe, expect, it } from 'vitest';
import { allTestBsns, getPersoonByBsn } from '@mocks/data/brp';
import type { BrpPersoon } from '../api/brp';
import { LAND_EN, NATIONALITEIT_EN } from './tabellen-en';
import { toViewModel } from './to-view-model';
import type { Text } from './types';

/** Every {code, omschrijving} found under a property called `name`, anywhere in the persons. */
function codesUnder(names: readonly string[]): Map<string, string> {
  const found = new Map<string, string>();
  const walk = (value: unknown, name: string) => {
    if (Array.isArray(value)) return value.forEach((v) => walk(v, name));
    if (!value || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    // Codes the test data sends without a description (0088, 5112, 5113) are shown as the bare code in
    // both languages: no table in specs/ names them, so we do not guess.
    if (names.includes(name) && typeof record.code === 'string' && typeof record.omschrijving === 'string')
      found.set(record.code, record.omschrijving);
    for (const [k, v] of Object.entries(record)) walk(v, k);
  };
  for (const bsn of allTestBsns()) walk(getPersoonByBsn(bsn), '');
  return found;
}

const texts = (value: Text | undefined): string[] =>
  !value
    ? []
    : value.kind === 'text'
      ? [value.text]
      : value.kind === 'lines'
        ? value.lines.flatMap(texts)
        : Object.values(value.values ?? {}).flatMap(texts);

describe('countries and nationalities in English, by code (issue 19)', () => {
  it('knows every nationality code in the official test data', () => {
    const missing = [...codesUnder(['nationaliteit'])].filter(([code]) => !Object.hasOwn(NATIONALITEIT_EN, code));
    expect(missing).toEqual([]);
  });

  it('knows every country code in the official test data', () => {
    const missing = [...codesUnder(['land', 'landVanwaarIngeschreven'])].filter(
      ([code]) => !Object.hasOwn(LAND_EN, code),
    );
    expect(missing).toEqual([]);
  });

  it('shows the English name in English and the registry’s Dutch name in Dutch', () => {
    const bsn = allTestBsns().find((b) => JSON.stringify(getPersoonByBsn(b)).includes('"omschrijving":"Franse"'));
    expect(bsn).toBeDefined();
    const persoon = getPersoonByBsn(bsn!) as unknown as BrpPersoon;
    const all = (locale: 'nl' | 'en') =>
      toViewModel(persoon, locale).sections.flatMap((s) =>
        s.groups.flatMap((g) => [...texts(g.title), ...g.fields.flatMap((f) => texts(f.value))]),
      );
    expect(all('en')).toContain('French');
    expect(all('en')).not.toContain('Franse');
    expect(all('nl')).toContain('Franse');
  });
});
