import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { components as Kvk } from '@/generated/kvk';
import type { components } from '@/generated/kvk-inschrijvingen';
import type { Agrees, ReadsFrom } from '@/lib/contract-agreement';
import { inschrijvingenResultaat, ondernemingenVoor, toBasisprofiel } from '@mocks/data/kvk/inschrijvingen';
import type { basisprofielSchema, inschrijvingenResultaatSchema, inschrijvingSchema } from './api';
import { describeRegistryApi } from '../../../../tests/utils/registry-api';
import { kvkRegistry } from './index';

type S = components['schemas'];
type Parsed<T extends z.ZodType> = z.infer<T>;

describe('KVK contract agreement', () => {
  it('agrees with mocks/contracts/kvk.yaml and reads from Basisprofiel 1.3 (compile time)', () => {
    expectTypeOf<Agrees<Parsed<typeof inschrijvingSchema>, S['Inschrijving']>>().toEqualTypeOf<true>();
    expectTypeOf<
      Agrees<Parsed<typeof inschrijvingenResultaatSchema>, S['InschrijvingenResultaat']>
    >().toEqualTypeOf<true>();
    expectTypeOf<ReadsFrom<Parsed<typeof basisprofielSchema>, Kvk['schemas']['Basisprofiel']>>().toEqualTypeOf<true>();
  });

  it('is served at its Dutch slug, by BSN', () => {
    expect(kvkRegistry).toMatchObject({ id: 'kvk', slug: 'handelsregister', namespace: 'kvk', dependsOn: [] });
  });
});

describeRegistryApi(kvkRegistry, {
  bsns: ['999993653', '999995674', '999998626', '999990317', '999990482', '999992077', '999993483'],
  // The search, then each registration's basisprofiel.
  expected: (bsn) => ({
    inschrijvingen: inschrijvingenResultaat(bsn).inschrijvingen.map((inschrijving, index) => ({
      inschrijving,
      basisprofiel: ondernemingenVoor(bsn).map(toBasisprofiel)[index],
    })),
  }),
  check: (data, view) =>
    expect(view.sections).toHaveLength(data.inschrijvingen.length ? data.inschrijvingen.length + 1 : 0),
});
