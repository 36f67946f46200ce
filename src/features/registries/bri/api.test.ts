import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { components } from '@/generated/bri';
import type { Agrees } from '@/lib/contract-agreement';
import { inkomensVoor } from '@mocks/data/bri/inkomens';
import { describeRegistryApi } from '../../../../tests/utils/registry-api';
import type { inkomenSchema, inkomensResultaatSchema } from './api';
import { briRegistry } from './index';

type S = components['schemas'];
type Parsed<T extends z.ZodType> = z.infer<T>;

describe('BRI contract agreement (compile time)', () => {
  it('agrees with mocks/contracts/bri.yaml', () => {
    expectTypeOf<Agrees<Parsed<typeof inkomensResultaatSchema>, S['InkomensResultaat']>>().toEqualTypeOf<true>();
    expectTypeOf<Agrees<Parsed<typeof inkomenSchema>, S['Inkomen']>>().toEqualTypeOf<true>();
  });

  it('is served at its Dutch slug, by BSN', () => {
    expect(briRegistry).toMatchObject({ id: 'bri', slug: 'inkomen', namespace: 'bri', dependsOn: [] });
  });
});

describeRegistryApi(briRegistry, {
  bsns: ['999993653', '999990482', '999990408', '999992077', '999993483', '000009866'],
  expected: (bsn) => ({ inkomens: inkomensVoor(bsn) }),
});
