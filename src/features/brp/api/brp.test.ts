import { describe, expect, expectTypeOf, it } from 'vitest';
import type { components } from '@/generated/brp';
import { allTestBsns, getPersoonByBsn } from '@mocks/data/brp';
import { applyFields } from '@mocks/data/brp/fields';
import {
  brpFields,
  raadpleegBody,
  brpSchemas,
  type BrpPersoon,
  type Gezag,
  type Nationaliteit,
  type RaadpleegResponse,
  type Verblijfplaats,
} from './brp';

type S = components['schemas'];

describe('BRP contract agreement', () => {
  // Not `ReadsFrom` (decision 081): the generated 2.7 types type polymorphic fields by their
  // abstract base (AbstractDatum, AbstractVerblijfplaats, Gezagsrelatie), so every subtype's
  // field (datum, jaar, verblijfadres, ouders …) looks unknown to it. This checks the other way.
  it('validates into types that are valid 2.7 schema types (compile time)', () => {
    expectTypeOf<BrpPersoon>().toExtend<S['Persoon']>();
    expectTypeOf<RaadpleegResponse>().toExtend<S['RaadpleegMetBurgerservicenummerResponse']>();
    expectTypeOf<Verblijfplaats>().toExtend<
      S['Adres'] | S['VerblijfplaatsBuitenland'] | S['Locatie'] | S['VerblijfplaatsOnbekend']
    >();
    expectTypeOf<Nationaliteit>().toExtend<
      | S['NationaliteitBekend']
      | S['BehandeldAlsNederlander']
      | S['VastgesteldNietNederlander']
      | S['Staatloos']
      | S['NationaliteitOnbekend']
    >();
    expectTypeOf<Gezag>().toExtend<
      | S['GezamenlijkOuderlijkGezag']
      | S['EenhoofdigOuderlijkGezag']
      | S['GezamenlijkGezag']
      | S['Voogdij']
      | S['TijdelijkGeenGezag']
      | S['GezagNietTeBepalen']
    >();
    expectTypeOf(raadpleegBody('999993653')).toExtend<S['RaadpleegMetBurgerservicenummer']>();
  });

  it('asks only for field paths the 2.7 contract knows', async () => {
    const csv = (await import('@mocks/specs/brp/brp-fields-Persoon.csv?raw')).default;
    const known = new Set(
      csv
        .split(/\r?\n/)
        .slice(1)
        .map((line) => line.trim()),
    );
    expect(brpFields.filter((field) => !known.has(field))).toEqual([]);
  });

  it('accepts the answer for every official test person', () => {
    const failures: string[] = [];
    for (const bsn of allTestBsns()) {
      const persoon = getPersoonByBsn(bsn);
      if (!persoon) continue;
      const body = { type: 'RaadpleegMetBurgerservicenummer', personen: [applyFields(persoon, [...brpFields])] };
      const result = brpSchemas().raadpleegResponseSchema.safeParse(body);
      if (!result.success)
        failures.push(`${bsn}: ${result.error.issues[0]?.path.join('.')} ${result.error.issues[0]?.message}`);
    }
    expect(failures).toEqual([]);
  });
});
