import { describe, expectTypeOf, it } from 'vitest';
import type { components } from '@/generated/session';
import type { Agrees } from '@/lib/contract-agreement';
import type { SessionInfo, Testpersonen } from './session';

type S = components['schemas'];

describe('session contract agreement (compile time)', () => {
  it('validates exactly what mocks/contracts/session.yaml describes', () => {
    expectTypeOf<Agrees<SessionInfo, S['Sessie']>>().toEqualTypeOf<true>();
    expectTypeOf<Agrees<Testpersonen, S['Testpersonen']>>().toEqualTypeOf<true>();
  });
});
