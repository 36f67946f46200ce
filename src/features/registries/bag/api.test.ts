import { QueryClient } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { components } from '@/generated/bag';
import type { Agrees, ReadsFrom } from '@/lib/contract-agreement';
import { server } from '@mocks/node';
import { addressDepsOf, dutchMapper } from '../../../../tests/utils/registry-api';
import {
  type adresSchema,
  type adresseerbaarObjectSchema,
  type bronhouderSchema,
  type gebruiksdoelSchema,
  type kenmerkNummeraanduiding,
  type kenmerkPand,
  type kenmerkPlaats,
  type kenmerkVerblijfsobject,
  type ligplaatsIOHalSchema,
  type nummeraanduidingIOHalSchema,
  type pandIOHalSchema,
  type standplaatsIOHalSchema,
  type statusNaamgevingSchema,
  type statusPandSchema,
  type statusPlaatsSchema,
  type statusVerblijfsobjectSchema,
  type typeAdresseerbaarObjectSchema,
  type verblijfsobjectIOHalSchema,
} from './api';
import { bagRegistry } from '.';
import { signInAs } from '../../../../tests/utils/session';

type S = components['schemas'];
type Parsed<T extends z.ZodType> = z.infer<T>;

describe('BAG contract agreement (compile time)', () => {
  it('reads from the BAG IB 2.0.0 spec', () => {
    expectTypeOf<ReadsFrom<Parsed<typeof adresSchema>, S['AdresIOHal']>>().toEqualTypeOf<true>();
    expectTypeOf<
      ReadsFrom<Parsed<typeof verblijfsobjectIOHalSchema>, S['VerblijfsobjectIOHal']>
    >().toEqualTypeOf<true>();
    expectTypeOf<ReadsFrom<Parsed<typeof ligplaatsIOHalSchema>, S['LigplaatsIOHal']>>().toEqualTypeOf<true>();
    expectTypeOf<ReadsFrom<Parsed<typeof standplaatsIOHalSchema>, S['StandplaatsIOHal']>>().toEqualTypeOf<true>();
    expectTypeOf<ReadsFrom<Parsed<typeof pandIOHalSchema>, S['PandIOHal']>>().toEqualTypeOf<true>();
    expectTypeOf<
      ReadsFrom<Parsed<typeof nummeraanduidingIOHalSchema>, S['NummeraanduidingIOHal']>
    >().toEqualTypeOf<true>();
    expectTypeOf<
      ReadsFrom<Parsed<typeof adresseerbaarObjectSchema>, S['AdresseerbaarObjectIOHal']>
    >().toEqualTypeOf<true>();
    expectTypeOf<ReadsFrom<Parsed<typeof bronhouderSchema>, S['BronhouderHal']>>().toEqualTypeOf<true>();
  });

  it("takes exactly the spec's closed lists", () => {
    expectTypeOf<Agrees<Parsed<typeof gebruiksdoelSchema>, S['Gebruiksdoel']>>().toEqualTypeOf<true>();
    expectTypeOf<
      Agrees<Parsed<typeof typeAdresseerbaarObjectSchema>, S['TypeAdresseerbaarObject']>
    >().toEqualTypeOf<true>();
    expectTypeOf<Agrees<Parsed<typeof statusNaamgevingSchema>, S['StatusNaamgeving']>>().toEqualTypeOf<true>();
    expectTypeOf<Agrees<Parsed<typeof statusPlaatsSchema>, S['StatusPlaats']>>().toEqualTypeOf<true>();
    expectTypeOf<Agrees<Parsed<typeof statusPandSchema>, S['StatusPand']>>().toEqualTypeOf<true>();
    expectTypeOf<
      Agrees<Parsed<typeof statusVerblijfsobjectSchema>, S['StatusVerblijfsobject']>
    >().toEqualTypeOf<true>();
    expectTypeOf<
      Agrees<Parsed<typeof kenmerkVerblijfsobject>['kenmerk'], S['InOnderzoekVerblijfsobject']>
    >().toEqualTypeOf<true>();
    expectTypeOf<Agrees<Parsed<typeof kenmerkPand>['kenmerk'], S['InOnderzoekPand']>>().toEqualTypeOf<true>();
    expectTypeOf<
      Agrees<Parsed<typeof kenmerkNummeraanduiding>['kenmerk'], S['InOnderzoekNummeraanduiding']>
    >().toEqualTypeOf<true>();
    expectTypeOf<Agrees<Parsed<typeof kenmerkPlaats>['kenmerk'], S['InOnderzoekLigplaats']>>().toEqualTypeOf<true>();
    expectTypeOf<Agrees<Parsed<typeof kenmerkPlaats>['kenmerk'], S['InOnderzoekStandplaats']>>().toEqualTypeOf<true>();
  });
});

const depsOf = addressDepsOf;

const toView = dutchMapper(bagRegistry);

describe('BAG over the mock gateway', () => {
  it.each(['999993653', '999990482', '999990184', '999970446', '999970586', '000009921'])(
    'reads and maps the BAG data of %s',
    async (bsn) => {
      await signInAs(bsn);
      const data = await new QueryClient({ defaultOptions: { queries: { retry: false } } }).fetchQuery(
        bagRegistry.query(depsOf(bsn)),
      );
      expect(data).not.toBeNull();
      const view = toView(data);
      expect(view.sections.length).toBeGreaterThanOrEqual(2);
      expect(view.keyFacts[0]?.value).toContain(data?.adres.woonplaatsNaam);
      // Every test person's municipality has a name in the LV BAG: no "Gemeente (code …)".
      expect(data?.bronhouder?.naam).toBeTruthy();
      expect(view.holder).not.toMatch(/code/);
    },
  );

  it('names the municipality that keeps the data: Gemeente Rotterdam for 999993653', async () => {
    await signInAs('999993653');
    const data = await new QueryClient({ defaultOptions: { queries: { retry: false } } }).fetchQuery(
      bagRegistry.query(depsOf('999993653')),
    );
    expect(data?.bronhouder).toEqual({ code: '0599', naam: 'Rotterdam' });
    expect(toView(data).holder).toBe('Gemeente Rotterdam, via het Kadaster (Landelijke Voorziening BAG)');
  });

  it('still shows everything when the bronhouder read fails, and names the municipality by code', async () => {
    await signInAs('999993653');
    server.use(http.get('*/api/bag/bronhouders/:id', () => HttpResponse.json({}, { status: 503 })));
    const data = await new QueryClient({ defaultOptions: { queries: { retry: false } } }).fetchQuery(
      bagRegistry.query(depsOf('999993653')),
    );
    expect(data?.bronhouder).toBeNull();
    const view = toView(data);
    expect(view.sections.length).toBeGreaterThanOrEqual(2);
    expect(view.holder).toBe('Gemeente (code 0599), via het Kadaster (Landelijke Voorziening BAG)');
  });

  it('finds the object from the nummeraanduiding alone, and the address from the object alone', async () => {
    await signInAs('999993653');
    const { adresseerbaarObjectIdentificatie, nummeraanduidingIdentificatie } = depsOf('999993653');
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const viaNa = await client.fetchQuery(bagRegistry.query({ nummeraanduidingIdentificatie }));
    const viaAo = await client.fetchQuery(bagRegistry.query({ adresseerbaarObjectIdentificatie }));
    expect(viaNa?.object.verblijfsobject?.verblijfsobject.identificatie).toBe(adresseerbaarObjectIdentificatie);
    expect(viaAo?.adres.nummeraanduidingIdentificatie).toBe(nummeraanduidingIdentificatie);
  });

  it('does not call BAG at all for a person without a Dutch address', async () => {
    await signInAs('999993483');
    let calls = 0;
    server.use(
      http.get('*/api/bag/*', () => {
        calls++;
        return HttpResponse.json({}, { status: 500 });
      }),
    );
    const data = await new QueryClient().fetchQuery(bagRegistry.query({}));
    expect(data).toBeNull();
    expect(calls).toBe(0);
    expect(toView(data).emptyText).toMatch(/geen adres in Nederland/);
  });

  it('puts no BSN in the query key', () => {
    expect(JSON.stringify(bagRegistry.query(depsOf('999993653')).queryKey)).not.toContain('999993653');
  });
});
