import { QueryClient } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { components } from '@/generated/bag';
import { setupI18nWithAllNamespaces } from '@/lib/i18n';
import { server } from '@mocks/node';
import { adresVanPersoon } from '@mocks/data/bag';
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
  type BagData,
} from './api';
import { bagRegistry } from '.';
import { signInAs } from '../../../../tests/utils/session';

type S = components['schemas'];
/** Every field we validate exists in the spec with a compatible type (fields we skip may be required there). */
type DeepPartial<T> = T extends readonly (infer U)[]
  ? DeepPartial<U>[]
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;

describe('BAG contract agreement (compile time)', () => {
  it('validates into types that agree with the 2.0.0 spec', () => {
    expectTypeOf<z.infer<typeof adresSchema>>().toExtend<DeepPartial<S['AdresIOHal']>>();
    expectTypeOf<z.infer<typeof verblijfsobjectIOHalSchema>>().toExtend<DeepPartial<S['VerblijfsobjectIOHal']>>();
    expectTypeOf<z.infer<typeof ligplaatsIOHalSchema>>().toExtend<DeepPartial<S['LigplaatsIOHal']>>();
    expectTypeOf<z.infer<typeof standplaatsIOHalSchema>>().toExtend<DeepPartial<S['StandplaatsIOHal']>>();
    expectTypeOf<z.infer<typeof pandIOHalSchema>>().toExtend<DeepPartial<S['PandIOHal']>>();
    expectTypeOf<z.infer<typeof nummeraanduidingIOHalSchema>>().toExtend<DeepPartial<S['NummeraanduidingIOHal']>>();
    expectTypeOf<z.infer<typeof adresseerbaarObjectSchema>>().toExtend<DeepPartial<S['AdresseerbaarObjectIOHal']>>();
    expectTypeOf<z.infer<typeof bronhouderSchema>>().toExtend<DeepPartial<S['BronhouderHal']>>();
    // The closed lists are exactly the spec's enumerations.
    expectTypeOf<z.infer<typeof gebruiksdoelSchema>>().toEqualTypeOf<S['Gebruiksdoel']>();
    expectTypeOf<z.infer<typeof typeAdresseerbaarObjectSchema>>().toEqualTypeOf<S['TypeAdresseerbaarObject']>();
    expectTypeOf<z.infer<typeof statusNaamgevingSchema>>().toEqualTypeOf<S['StatusNaamgeving']>();
    expectTypeOf<z.infer<typeof statusPlaatsSchema>>().toEqualTypeOf<S['StatusPlaats']>();
    expectTypeOf<z.infer<typeof statusPandSchema>>().toEqualTypeOf<S['StatusPand']>();
    expectTypeOf<z.infer<typeof statusVerblijfsobjectSchema>>().toEqualTypeOf<S['StatusVerblijfsobject']>();
    expectTypeOf<z.infer<typeof kenmerkVerblijfsobject>['kenmerk']>().toEqualTypeOf<S['InOnderzoekVerblijfsobject']>();
    expectTypeOf<z.infer<typeof kenmerkPand>['kenmerk']>().toEqualTypeOf<S['InOnderzoekPand']>();
    expectTypeOf<z.infer<typeof kenmerkNummeraanduiding>['kenmerk']>().toEqualTypeOf<
      S['InOnderzoekNummeraanduiding']
    >();
    expectTypeOf<z.infer<typeof kenmerkPlaats>['kenmerk']>().toEqualTypeOf<S['InOnderzoekLigplaats']>();
    expectTypeOf<z.infer<typeof kenmerkPlaats>['kenmerk']>().toEqualTypeOf<S['InOnderzoekStandplaats']>();
  });
});

const depsOf = (bsn: string) => {
  const adres = adresVanPersoon(bsn);
  return adres
    ? {
        adresseerbaarObjectIdentificatie: adres.adresseerbaarObjectIdentificatie,
        nummeraanduidingIdentificatie: adres.nummeraanduidingIdentificatie,
      }
    : {};
};

let i18n: Awaited<ReturnType<typeof setupI18nWithAllNamespaces>>;
beforeAll(async () => {
  i18n = await setupI18nWithAllNamespaces('nl');
});

const toView = (data: BagData) =>
  bagRegistry.toView(data, { t: i18n.getFixedT('nl', 'bag'), tCommon: i18n.getFixedT('nl', 'common'), language: 'nl' });

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
