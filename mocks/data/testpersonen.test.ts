import { describe, expect, it } from 'vitest';
import { getPersoonByBsn } from './brp';
import { testpersonen } from './testpersonen';

describe('the sign-in page’s test persons', () => {
  // Their names are written out so the list answers without the 2.2 MB BRP file (issue 16):
  // each must be the name the BRP double gives that person, or the list and the app disagree.
  it.each(testpersonen.map((p) => [p.burgerservicenummer, p.naam] as const))(
    '%s is called “%s” in the BRP test data',
    (bsn, naam) => {
      expect(getPersoonByBsn(bsn)?.naam?.volledigeNaam).toBe(naam);
    },
  );

  it('are thirteen different people', () => {
    expect(new Set(testpersonen.map((p) => p.burgerservicenummer)).size).toBe(testpersonen.length);
    expect(testpersonen).toHaveLength(13);
  });
});
