import { QueryClient } from '@tanstack/react-query';
import { beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { components } from '@/generated/rdw';
import { setupI18nWithAllNamespaces } from '@/lib/i18n';
import {
  type onderzoekVeldSchema,
  type tellerstandoordeelSchema,
  type voertuigSchema,
  type voertuigenResultaatSchema,
  type voertuigsoortSchema,
  type wamVerzekerdSchema,
} from './api';
import { rdwRegistry } from '.';
import { signInAs } from '../../../../tests/utils/session';

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

let i18n: Awaited<ReturnType<typeof setupI18nWithAllNamespaces>>;
beforeAll(async () => {
  i18n = await setupI18nWithAllNamespaces('nl');
});

describe('RDW over the mock gateway', () => {
  it.each(['999993653', '999990482', '999990184', '999993483', '000009842', '100602472'])(
    'reads and maps the vehicles of %s',
    async (bsn) => {
      await signInAs(bsn);
      const data = await new QueryClient({ defaultOptions: { queries: { retry: false } } }).fetchQuery(
        rdwRegistry.query({}),
      );
      const view = rdwRegistry.toView(data, {
        t: i18n.getFixedT('nl', 'rdw'),
        tCommon: i18n.getFixedT('nl', 'common'),
        language: 'nl',
      });
      if (data.voertuigen.length === 0) expect(view.emptyText).toBeTruthy();
      else expect(view.sections[0]?.table?.rows).toHaveLength(data.voertuigen.length);
      expect(view.inOnderzoek.count).toBe(
        data.voertuigen.reduce((n, v) => n + (v.inOnderzoek?.gegevens.length ?? 0), 0),
      );
    },
  );

  it('keeps the BSN out of the query key', () => {
    expect(rdwRegistry.query({}).queryKey).toEqual(['registries', 'rdw']);
  });
});
