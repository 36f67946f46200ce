import { QueryClient } from '@tanstack/react-query';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { components } from '@/generated/duo';
import { setupI18nWithAllNamespaces } from '@/lib/i18n';
import { NotSignedInError } from '@/lib/session';
import { diplomasVoor } from '@mocks/data/duo/diplomas';
import type { Diploma, DuoGegevens } from './api';
import { duoRegistry } from './index';

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
  new QueryClient({ defaultOptions: { queries: { retry: false } } }).fetchQuery(duoRegistry.query({}));

describe('DUO over the mock gateway', () => {
  it('validates into types that are valid contract types (compile time)', () => {
    expectTypeOf<DuoGegevens>().toExtend<S['DiplomasResultaat']>();
    expectTypeOf<Diploma>().toExtend<S['Diploma']>();
  });

  it.each(['999993653', '999990482', '999990408', '999992077', '999993483', '000009842'])(
    'accepts the real answer for %s and maps it',
    async (bsn) => {
      await signIn(bsn);
      const data = await fetchOwn();
      expect(data).toEqual({ diplomas: diplomasVoor(bsn).diplomas });
      const i18n = await setupI18nWithAllNamespaces('nl');
      const view = duoRegistry.toView(data, { t: i18n.getFixedT('nl'), tCommon: i18n.getFixedT('nl'), language: 'nl' });
      expect(view.raw).toBe(data);
      expect(view.sections.length > 0 || view.emptyText !== undefined).toBe(true);
    },
  );

  it('keeps the BSN out of the query key', () => {
    expect(JSON.stringify(duoRegistry.query({}).queryKey)).toBe('["registries","duo"]');
    expect(duoRegistry).toMatchObject({ id: 'duo', slug: 'diplomas', namespace: 'duo', dependsOn: [] });
  });

  it('asks the citizen to sign in when there is no session', async () => {
    await expect(fetchOwn()).rejects.toBeInstanceOf(NotSignedInError);
  });
});
