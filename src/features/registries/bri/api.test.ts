import { QueryClient } from '@tanstack/react-query';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { components } from '@/generated/bri';
import { setupI18nWithAllNamespaces } from '@/lib/i18n';
import { NotSignedInError } from '@/lib/session';
import { inkomensVoor } from '@mocks/data/bri/inkomens';
import type { BriGegevens, Inkomen } from './api';
import { briRegistry } from './index';

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
  new QueryClient({ defaultOptions: { queries: { retry: false } } }).fetchQuery(briRegistry.query({}));

describe('BRI over the mock gateway', () => {
  it('validates into types that are valid contract types (compile time)', () => {
    expectTypeOf<BriGegevens>().toExtend<S['InkomensResultaat']>();
    expectTypeOf<Inkomen>().toExtend<S['Inkomen']>();
  });

  it.each(['999993653', '999990482', '999990408', '999992077', '999993483', '000009866'])(
    'accepts the real answer for %s and maps it',
    async (bsn) => {
      await signIn(bsn);
      const data = await fetchOwn();
      expect(data).toEqual({ inkomens: inkomensVoor(bsn) });
      const i18n = await setupI18nWithAllNamespaces('nl');
      const view = briRegistry.toView(data, { t: i18n.getFixedT('nl'), tCommon: i18n.getFixedT('nl'), language: 'nl' });
      expect(view.raw).toBe(data);
      expect(view.sections.length > 0 || view.emptyText !== undefined).toBe(true);
    },
  );

  it('keeps the BSN out of the query key', () => {
    expect(JSON.stringify(briRegistry.query({}).queryKey)).toBe('["registries","bri"]');
    expect(briRegistry).toMatchObject({ id: 'bri', slug: 'inkomen', namespace: 'bri', dependsOn: [] });
  });

  it('asks the citizen to sign in when there is no session', async () => {
    await expect(fetchOwn()).rejects.toBeInstanceOf(NotSignedInError);
  });
});
