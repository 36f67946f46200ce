import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { components } from '@/generated/rdw';
import type { ReadsFrom } from '@/lib/contract-agreement';
import { describeRegistryApi } from '../../../../tests/utils/registry-api';
import type { voertuigSchema, voertuigenResultaatSchema } from './api';
import { rdwRegistry } from '.';

type S = components['schemas'];
type Parsed<T extends z.ZodType> = z.infer<T>;

describe('RDW contract agreement (compile time)', () => {
  it('agrees with mocks/contracts/rdw.yaml', () => {
    expectTypeOf<ReadsFrom<Parsed<typeof voertuigSchema>, S['Voertuig']>>().toEqualTypeOf<true>();
    expectTypeOf<ReadsFrom<Parsed<typeof voertuigenResultaatSchema>, S['VoertuigenResultaat']>>().toEqualTypeOf<true>();
  });
});

describeRegistryApi(rdwRegistry, {
  bsns: ['999993653', '999990482', '999990184', '999993483', '000009842', '100602472'],
  check: (data, view) => {
    if (data.voertuigen.length === 0) expect(view.emptyText).toBeTruthy();
    else expect(view.sections[0]?.table?.rows).toHaveLength(data.voertuigen.length);
    expect(view.inOnderzoek.count).toBe(data.voertuigen.reduce((n, v) => n + (v.inOnderzoek?.gegevens.length ?? 0), 0));
  },
});
