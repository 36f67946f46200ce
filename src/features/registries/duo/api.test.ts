import { describe, expect, expectTypeOf, it } from 'vitest';
import type { components } from '@/generated/duo';
import { diplomasVoor } from '@mocks/data/duo/diplomas';
import { describeRegistryApi } from '../../../../tests/utils/registry-api';
import type { Diploma, DuoGegevens } from './api';
import { duoRegistry } from './index';

type S = components['schemas'];

describe('DUO contract agreement (compile time)', () => {
  it('validates into types that are valid contract types', () => {
    expectTypeOf<DuoGegevens>().toExtend<S['DiplomasResultaat']>();
    expectTypeOf<Diploma>().toExtend<S['Diploma']>();
  });

  it('is served at its Dutch slug, by BSN', () => {
    expect(duoRegistry).toMatchObject({ id: 'duo', slug: 'diplomas', namespace: 'duo', dependsOn: [] });
  });
});

describeRegistryApi(duoRegistry, {
  bsns: ['999993653', '999990482', '999990408', '999992077', '999993483', '000009842'],
  expected: (bsn) => ({ diplomas: diplomasVoor(bsn).diplomas }),
});
