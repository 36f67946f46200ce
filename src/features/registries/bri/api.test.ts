import { describe, expect, expectTypeOf, it } from 'vitest';
import type { components } from '@/generated/bri';
import { inkomensVoor } from '@mocks/data/bri/inkomens';
import { describeRegistryApi } from '../../../../tests/utils/registry-api';
import type { BriGegevens, Inkomen } from './api';
import { briRegistry } from './index';

type S = components['schemas'];

describe('BRI contract agreement (compile time)', () => {
  it('validates into types that are valid contract types', () => {
    expectTypeOf<BriGegevens>().toExtend<S['InkomensResultaat']>();
    expectTypeOf<Inkomen>().toExtend<S['Inkomen']>();
  });

  it('is served at its Dutch slug, by BSN', () => {
    expect(briRegistry).toMatchObject({ id: 'bri', slug: 'inkomen', namespace: 'bri', dependsOn: [] });
  });
});

describeRegistryApi(briRegistry, {
  bsns: ['999993653', '999990482', '999990408', '999992077', '999993483', '000009866'],
  expected: (bsn) => ({ inkomens: inkomensVoor(bsn) }),
});
