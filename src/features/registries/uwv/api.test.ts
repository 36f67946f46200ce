import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { components } from '@/generated/uwv';
import type { Agrees } from '@/lib/contract-agreement';
import { inkomstenverhoudingenVoor } from '@mocks/data/uwv/inkomstenverhoudingen';
import { describeRegistryApi } from '../../../../tests/utils/registry-api';
import type { inkomstenverhoudingSchema, inkomstenverhoudingenResultaatSchema } from './api';
import { uwvRegistry } from './index';

type S = components['schemas'];
type Parsed<T extends z.ZodType> = z.infer<T>;

describe('UWV contract agreement (compile time)', () => {
  it('agrees with mocks/contracts/uwv.yaml', () => {
    expectTypeOf<
      Agrees<Parsed<typeof inkomstenverhoudingenResultaatSchema>, S['InkomstenverhoudingenResultaat']>
    >().toEqualTypeOf<true>();
    expectTypeOf<Agrees<Parsed<typeof inkomstenverhoudingSchema>, S['Inkomstenverhouding']>>().toEqualTypeOf<true>();
  });

  it('is served at its Dutch slug, by BSN', () => {
    expect(uwvRegistry).toMatchObject({ id: 'uwv', slug: 'werk-en-uitkering', namespace: 'uwv', dependsOn: [] });
  });
});

describeRegistryApi(uwvRegistry, {
  bsns: ['999993653', '999990482', '999990408', '999992077', '999993483', '000009866'],
  expected: (bsn) => ({ inkomstenverhoudingen: inkomstenverhoudingenVoor(bsn) }),
});
