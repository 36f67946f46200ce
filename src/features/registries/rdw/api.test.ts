import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { components } from '@/generated/rdw';
import { describeRegistryApi } from '../../../../tests/utils/registry-api';
import {
  type onderzoekVeldSchema,
  type tellerstandoordeelSchema,
  type voertuigSchema,
  type voertuigenResultaatSchema,
  type voertuigsoortSchema,
  type wamVerzekerdSchema,
} from './api';
import { rdwRegistry } from '.';

type S = components['schemas'];
type DeepPartial<T> = T extends readonly (infer U)[]
  ? DeepPartial<U>[]
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;

describe('RDW contract agreement (compile time)', () => {
  it('agrees with mocks/contracts/rdw.yaml both ways', () => {
    // What we validate is valid per the contract …
    expectTypeOf<z.infer<typeof voertuigSchema>>().toExtend<DeepPartial<S['Voertuig']>>();
    expectTypeOf<z.infer<typeof voertuigenResultaatSchema>>().toExtend<DeepPartial<S['VoertuigenResultaat']>>();
    // … and every contract-valid answer passes our schema.
    expectTypeOf<S['VoertuigenResultaat']>().toExtend<z.input<typeof voertuigenResultaatSchema>>();
    expectTypeOf<z.infer<typeof voertuigsoortSchema>>().toEqualTypeOf<S['Voertuig']['voertuigsoort']>();
    expectTypeOf<z.infer<typeof tellerstandoordeelSchema>>().toEqualTypeOf<S['Voertuig']['tellerstandoordeel']>();
    expectTypeOf<z.infer<typeof wamVerzekerdSchema>>().toEqualTypeOf<S['Voertuig']['wam_verzekerd']>();
    expectTypeOf<z.infer<typeof onderzoekVeldSchema>>().toEqualTypeOf<
      NonNullable<S['InOnderzoek']>['gegevens'][number]
    >();
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
