import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { components } from '@/generated/duo';
import type { Agrees } from '@/lib/contract-agreement';
import { diplomasVoor } from '@mocks/data/duo/diplomas';
import { describeRegistryApi } from '../../../../tests/utils/registry-api';
import type { diplomaSchema, diplomasResultaatSchema } from './api';
import { duoRegistry } from './index';

type S = components['schemas'];
type Parsed<T extends z.ZodType> = z.infer<T>;

describe('DUO contract agreement (compile time)', () => {
  it('agrees with mocks/contracts/duo.yaml', () => {
    expectTypeOf<Agrees<Parsed<typeof diplomasResultaatSchema>, S['DiplomasResultaat']>>().toEqualTypeOf<true>();
    expectTypeOf<Agrees<Parsed<typeof diplomaSchema>, S['Diploma']>>().toEqualTypeOf<true>();
  });

  it('is served at its Dutch slug, by BSN', () => {
    expect(duoRegistry).toMatchObject({ id: 'duo', slug: 'diplomas', namespace: 'duo', dependsOn: [] });
  });
});

describeRegistryApi(duoRegistry, {
  bsns: ['999993653', '999990482', '999990408', '999992077', '999993483', '000009842'],
  expected: (bsn) => ({ diplomas: diplomasVoor(bsn).diplomas }),
});
