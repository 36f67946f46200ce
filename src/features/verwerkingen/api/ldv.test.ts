import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { components } from '@/generated/ldv-gateway';
import type { ReadsFrom } from '@/lib/contract-agreement';
import type { activitySchema, entitySchema, ldvRecordSchema, versionSchema } from './ldv';

type S = components['schemas'];
type Parsed<T extends z.ZodType> = z.infer<T>;

/*
 * The log reads standard LDV records and RvVA register entries (official specs) as the gateway
 * passes them on, described with its extensions in mocks/contracts/ldv-gateway.yaml. The LDV
 * read extension's own spec cannot be generated offline (its $refs point at the web), so the
 * gateway contract is what these schemas are checked against.
 */
describe('LDV contract agreement (compile time)', () => {
  it('reads only what mocks/contracts/ldv-gateway.yaml describes', () => {
    expectTypeOf<ReadsFrom<Parsed<typeof ldvRecordSchema>, S['Verwerking']>>().toEqualTypeOf<true>();
    expectTypeOf<ReadsFrom<Parsed<typeof activitySchema>, S['RegisterActiviteit']>>().toEqualTypeOf<true>();
    expectTypeOf<ReadsFrom<Parsed<typeof versionSchema>, S['RegisterVersie']>>().toEqualTypeOf<true>();
    expectTypeOf<ReadsFrom<Parsed<typeof entitySchema>, S['Organisatie']>>().toEqualTypeOf<true>();
  });
});
