import { describe, expect, expectTypeOf, it } from 'vitest';
import type { components } from '@/generated/uwv';
import { inkomstenverhoudingenVoor } from '@mocks/data/uwv/inkomstenverhoudingen';
import { describeRegistryApi } from '../../../../tests/utils/registry-api';
import type { Inkomstenverhouding, UwvGegevens } from './api';
import { uwvRegistry } from './index';

type S = components['schemas'];

describe('UWV contract agreement (compile time)', () => {
  it('validates into types that are valid contract types', () => {
    expectTypeOf<UwvGegevens>().toExtend<S['InkomstenverhoudingenResultaat']>();
    expectTypeOf<Inkomstenverhouding>().toExtend<S['Inkomstenverhouding']>();
  });

  it('is served at its Dutch slug, by BSN', () => {
    expect(uwvRegistry).toMatchObject({ id: 'uwv', slug: 'werk-en-uitkering', namespace: 'uwv', dependsOn: [] });
  });
});

describeRegistryApi(uwvRegistry, {
  bsns: ['999993653', '999990482', '999990408', '999992077', '999993483', '000009866'],
  expected: (bsn) => ({ inkomstenverhoudingen: inkomstenverhoudingenVoor(bsn) }),
});
