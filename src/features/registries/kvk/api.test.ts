import { QueryClient } from '@tanstack/react-query';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { components as Kvk } from '@/generated/kvk';
import type { components } from '@/generated/kvk-inschrijvingen';
import { setupI18nWithAllNamespaces } from '@/lib/i18n';
import { NotSignedInError } from '@/lib/session';
import { inschrijvingenResultaat, ondernemingenVoor, toBasisprofiel } from '@mocks/data/kvk/inschrijvingen';
import type { Basisprofiel, Inschrijving } from './api';
import { kvkRegistry } from './index';

type S = components['schemas'];

async function signIn(bsn: string) {
  const response = await fetch(new URL('/api/auth/session', location.origin), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ bsn }),
  });
  expect(response.status).toBe(201);
}

const fetchOwn = () =>
  new QueryClient({ defaultOptions: { queries: { retry: false } } }).fetchQuery(kvkRegistry.query({}));

describe('KVK over the mock gateway', () => {
  it('validates into types that are valid contract types (compile time)', () => {
    expectTypeOf<Inschrijving>().toExtend<S['Inschrijving']>();
    expectTypeOf<{ inschrijvingen: Inschrijving[] }>().toExtend<S['InschrijvingenResultaat']>();
    expectTypeOf<Basisprofiel>().toExtend<Kvk['schemas']['Basisprofiel']>();
  });

  it.each(['999993653', '999995674', '999998626', '999990317', '999990482', '999992077', '999993483'])(
    'accepts the real answers for %s (search, then each basisprofiel) and maps them',
    async (bsn) => {
      await signIn(bsn);
      const data = await fetchOwn();
      const ondernemingen = ondernemingenVoor(bsn);
      expect(data.inschrijvingen.map(({ inschrijving }) => inschrijving)).toEqual(
        inschrijvingenResultaat(bsn).inschrijvingen,
      );
      expect(data.inschrijvingen.map(({ basisprofiel }) => basisprofiel)).toEqual(ondernemingen.map(toBasisprofiel));
      const i18n = await setupI18nWithAllNamespaces('nl');
      const view = kvkRegistry.toView(data, { t: i18n.getFixedT('nl'), tCommon: i18n.getFixedT('nl'), language: 'nl' });
      expect(view.raw).toBe(data);
      expect(view.sections).toHaveLength(ondernemingen.length ? ondernemingen.length + 1 : 0);
    },
  );

  it('keeps the BSN out of the query key', () => {
    expect(JSON.stringify(kvkRegistry.query({}).queryKey)).toBe('["registries","kvk"]');
    expect(kvkRegistry).toMatchObject({ id: 'kvk', slug: 'handelsregister', namespace: 'kvk', dependsOn: [] });
  });

  it('asks the citizen to sign in when there is no session', async () => {
    await expect(fetchOwn()).rejects.toBeInstanceOf(NotSignedInError);
  });
});
