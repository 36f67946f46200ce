import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod-initial/mini';
import type { components, operations } from '@/generated/vertegenwoordiging';
import type { Agrees } from '@/lib/contract-agreement';
import type { machtigingenSchema, Overzicht } from './vertegenwoordiging';

type S = components['schemas'];
type Machtigingen = operations['listMachtigingen']['responses'][200]['content']['application/json'];

describe('vertegenwoordiging contract agreement (compile time)', () => {
  it('validates exactly what mocks/contracts/vertegenwoordiging.yaml describes', () => {
    expectTypeOf<Agrees<Overzicht, S['Overzicht']>>().toEqualTypeOf<true>();
    // Both lists of mandates; every single-mandate answer is parsed with the same item schema.
    expectTypeOf<Agrees<z.infer<typeof machtigingenSchema>, Machtigingen>>().toEqualTypeOf<true>();
  });
});
