import { QueryClient } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { components } from '@/generated/woz';
import type { Agrees, ReadsFrom } from '@/lib/contract-agreement';
import { server } from '@mocks/node';
import { addressDepsOf, dutchMapper } from '../../../../tests/utils/registry-api';
import { type statusBeschikkingSchema, type waardeSchema, type wozCollectieSchema, type wozObjectSchema } from './api';
import { wozRegistry } from '.';
import { signInAs } from '../../../../tests/utils/session';

type S = components['schemas'];
type Parsed<T extends z.ZodType> = z.infer<T>;

describe('WOZ contract agreement (compile time)', () => {
  it('reads from WOZ Bevragen 1.0.0', () => {
    expectTypeOf<ReadsFrom<Parsed<typeof wozObjectSchema>, S['WozObjectHal']>>().toEqualTypeOf<true>();
    expectTypeOf<ReadsFrom<Parsed<typeof waardeSchema>, S['Waarde']>>().toEqualTypeOf<true>();
    expectTypeOf<ReadsFrom<Parsed<typeof wozCollectieSchema>, S['WozObjectHalCollectie']>>().toEqualTypeOf<true>();
    expectTypeOf<Agrees<Parsed<typeof statusBeschikkingSchema>, S['StatusBeschikkingEnum']>>().toEqualTypeOf<true>();
  });
});

const depsOf = addressDepsOf;

const toView = dutchMapper(wozRegistry);

describe('WOZ over the mock gateway', () => {
  it.each(['999993653', '999990482', '999990184', '999970847', '000009921'])(
    'reads and maps the WOZ values at the address of %s',
    async (bsn) => {
      await signInAs(bsn);
      const data = await new QueryClient({ defaultOptions: { queries: { retry: false } } }).fetchQuery(
        wozRegistry.query(depsOf(bsn)),
      );
      expect(data?.wozObjecten).toHaveLength(1);
      const view = toView(data);
      expect(view.holder).toMatch(/^Gemeente /);
      expect(view.keyFacts).toHaveLength(2);
    },
  );

  it('finds the WOZ object by the nummeraanduiding when the object id is missing', async () => {
    await signInAs('999993653');
    const { nummeraanduidingIdentificatie } = depsOf('999993653');
    const data = await new QueryClient().fetchQuery(wozRegistry.query({ nummeraanduidingIdentificatie }));
    expect(data?.wozObjecten[0]?.identificatie).toBe('059949645023');
  });

  it('does not call WOZ at all for a person without a Dutch address', async () => {
    await signInAs('999993483');
    let calls = 0;
    server.use(
      http.get('*/api/woz/*', () => {
        calls++;
        return HttpResponse.json({}, { status: 500 });
      }),
    );
    const data = await new QueryClient().fetchQuery(wozRegistry.query({}));
    expect(data).toBeNull();
    expect(calls).toBe(0);
    expect(toView(data).emptyText).toMatch(/geen adres in Nederland/);
  });
});
