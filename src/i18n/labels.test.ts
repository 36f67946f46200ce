import { describe, expect, it } from 'vitest';
import nlBag from './nl/bag.json';
import enBag from './en/bag.json';
import nlBrp from './nl/brp.json';
import enBrp from './en/brp.json';

describe('one label per identifier (issue 19)', () => {
  it('names the BAG numbers on the BRP page as the BAG page does, in both languages', () => {
    for (const [bag, brp] of [
      [nlBag, nlBrp],
      [enBag, enBrp],
    ] as const) {
      expect(brp.verblijfplaats.nummeraanduiding.label).toBe(bag.facts.nummeraanduiding.label);
      // The BRP's adresseerbaar object is the BAG's verblijfsobject: the unit with the address.
      expect(brp.verblijfplaats.adresseerbaarObject.label).toBe(bag.facts.objectIdentificatie.label);
    }
  });
});
