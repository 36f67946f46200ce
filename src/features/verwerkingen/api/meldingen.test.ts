import { describe, expectTypeOf, it } from 'vitest';
import type { components } from '@/generated/meldingen';
import type { Agrees } from '@/lib/contract-agreement';
import type { Meldingen } from './meldingen';

describe('meldingen contract agreement (compile time)', () => {
  it('reads and sends exactly what mocks/contracts/meldingen.yaml describes', () => {
    expectTypeOf<Agrees<Meldingen, components['schemas']['Meldingen']>>().toEqualTypeOf<true>();
  });
});
