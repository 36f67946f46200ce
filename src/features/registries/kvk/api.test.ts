import { describe, expect, expectTypeOf, it } from 'vitest';
import type { components as Kvk } from '@/generated/kvk';
import type { components } from '@/generated/kvk-inschrijvingen';
import { inschrijvingenResultaat, ondernemingenVoor, toBasisprofiel } from '@mocks/data/kvk/inschrijvingen';
import type { Basisprofiel, Inschrijving } from './api';
import { describeRegistryApi } from '../../../../tests/utils/registry-api';
import { kvkRegistry } from './index';

type S = components['schemas'];

describe('KVK contract agreement', () => {
  it('validates into types that are valid contract types (compile time)', () => {
    expectTypeOf<Inschrijving>().toExtend<S['Inschrijving']>();
    expectTypeOf<{ inschrijvingen: Inschrijving[] }>().toExtend<S['InschrijvingenResultaat']>();
    expectTypeOf<Basisprofiel>().toExtend<Kvk['schemas']['Basisprofiel']>();
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
