import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { components, operations } from '@/generated/audit';
import type { components as Session } from '@/generated/session';
import type { Agrees } from '@/lib/contract-agreement';
import type {
  auditorsSchema,
  bevoegdheidSchema,
  catalogusSchema,
  onthullingSchema,
  tellingenSchema,
  termijnenSchema,
  trailSchema,
  verzoekenSchema,
  verzoekSchema,
  voortgangSchema,
  zoekresultaatSchema,
} from './audit';

type S = components['schemas'];
type Json<O extends keyof operations> = operations[O]['responses'] extends { 200: { content: infer C } }
  ? C[keyof C]
  : never;
type Parsed<T extends z.ZodType> = z.infer<T>;

describe('audit contract agreement (compile time)', () => {
  it('validates exactly what mocks/contracts/audit.yaml describes', () => {
    expectTypeOf<Agrees<Parsed<typeof voortgangSchema>, S['Voortgang']>>().toEqualTypeOf<true>();
    expectTypeOf<Agrees<Parsed<typeof catalogusSchema>, S['Catalogus']>>().toEqualTypeOf<true>();
    expectTypeOf<Agrees<Parsed<typeof zoekresultaatSchema>, S['Zoekresultaat']>>().toEqualTypeOf<true>();
    expectTypeOf<Agrees<Parsed<typeof tellingenSchema>, S['Tellingen']>>().toEqualTypeOf<true>();
    expectTypeOf<Agrees<Parsed<typeof onthullingSchema>, S['Onthulling']>>().toEqualTypeOf<true>();
    expectTypeOf<Agrees<Parsed<typeof verzoekSchema>, S['Onthullingsverzoek']>>().toEqualTypeOf<true>();
    expectTypeOf<Agrees<Parsed<typeof verzoekenSchema>, Json<'getAuditOnthullingen'>>>().toEqualTypeOf<true>();
    expectTypeOf<Agrees<Parsed<typeof trailSchema>, S['Toegangslogboek']>>().toEqualTypeOf<true>();
    expectTypeOf<Agrees<Parsed<typeof bevoegdheidSchema>, S['Bevoegdheid']>>().toEqualTypeOf<true>();
    expectTypeOf<Agrees<Parsed<typeof termijnenSchema>, S['Termijnen']>>().toEqualTypeOf<true>();
    // The auditor sign-in page reads only the auditors of session.yaml's test persons.
    expectTypeOf<
      Agrees<Parsed<typeof auditorsSchema>, Pick<Session['schemas']['Testpersonen'], 'auditors'>>
    >().toEqualTypeOf<true>();
  });
});
