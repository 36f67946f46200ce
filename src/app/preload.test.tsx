import { QueryClient } from '@tanstack/react-query';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { auditConfig } from '@mocks/data/audit/config';
import { configureAudit } from '@mocks/data/audit';
import { server } from '@mocks/node';
import { auditQueries } from '@/features/audit/api/audit';
import { signInAs } from '../../tests/utils/render';
import { setupI18n } from '@/lib/i18n';
import { configurePreload, preloadRoute } from './preload';

/**
 * Issue 16, counts not times: what the preload on the way to a page asks for, and in how many
 * rounds. The overview's nine cards need two rounds of registry requests (BRP and the BSN-keyed
 * ones together, then the address-keyed BAG and WOZ), not one per step of code → session →
 * texts → data.
 */
function watchRequests() {
  const seen: Array<{ path: string; at: number }> = [];
  const listener = ({ request }: { request: Request }) => {
    const url = new URL(request.url);
    if (url.pathname.startsWith('/api/')) seen.push({ path: `${request.method} ${url.pathname}`, at: seen.length });
  };
  server.events.on('request:start', listener);
  return { seen, stop: () => server.events.removeListener('request:start', listener) };
}

/** Signs in, preloads `to` with a fresh query client, and returns it with the API paths asked. */
async function preloadAs(who: Parameters<typeof signInAs>[0], to: string) {
  await signInAs(who);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  configurePreload({ queryClient, i18n: setupI18n('nl') });
  const requests = watchRequests();
  try {
    await preloadRoute(to);
  } finally {
    requests.stop();
  }
  return { queryClient, paths: requests.seen.map((r) => r.path) };
}

async function waitForAuditReady() {
  for (let i = 0; i < 200; i++) {
    const response = await fetch(new URL('/api/audit/status', location.origin));
    if (((await response.json()) as { status?: string }).status === 'klaar') return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the audit build did not finish');
}

afterEach(() => configurePreload(undefined));

describe('preloading a page', () => {
  it('starts the overview: the session check, then all BSN-keyed registries at once, then BAG and WOZ', async () => {
    await signInAs('999993653');
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    configurePreload({ queryClient, i18n: setupI18n('nl') });
    const requests = watchRequests();
    try {
      await preloadRoute('/mijn-gegevens');
      // Let the address-keyed ones that the BRP answer started finish.
      await Promise.all(
        queryClient
          .getQueryCache()
          .findAll()
          .map((q) => q.promise?.catch(() => undefined)),
      );
    } finally {
      requests.stop();
    }
    const paths = requests.seen.map((r) => r.path);
    expect(paths.filter((p) => p === 'GET /api/auth/session')).toHaveLength(1);
    const registries = paths.filter((p) => !p.includes('/auth/'));
    const first = (prefix: string) => registries.findIndex((p) => p.includes(prefix));
    // Round one: the BRP and the six BSN-keyed registries, before any address-keyed request.
    const round1 = ['/brp/', '/brk/', '/rdw/', '/kvk/', '/bri/', '/uwv/', '/duo/'].map(first);
    const round2 = ['/bag/', '/woz/'].map(first);
    expect(round1.every((i) => i >= 0)).toBe(true);
    expect(round2.every((i) => i >= 0)).toBe(true);
    expect(Math.max(...round1)).toBeLessThan(Math.min(...round2));
    // Every card's answer is in the cache: the page renders from it without asking again.
    expect(
      queryClient
        .getQueryCache()
        .findAll()
        .filter((q) => q.state.status === 'success').length,
    ).toBeGreaterThanOrEqual(10);
  });

  it('asks nothing on behalf of nobody: without a session no registry is asked', async () => {
    await fetch(new URL('/api/auth/session', location.origin), { method: 'DELETE' });
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    configurePreload({ queryClient, i18n: setupI18n('nl') });
    const requests = watchRequests();
    try {
      await preloadRoute('/mijn-gegevens');
    } finally {
      requests.stop();
    }
    expect(requests.seen.map((r) => r.path).filter((p) => !p.includes('/auth/'))).toEqual([]);
  });

  describe('the auditor workspace', () => {
    // The smallest universe (test persons and the minimum synthetic part), built once for these
    // cases; the store's configured size comes back afterwards.
    const target = auditConfig().target;
    beforeAll(() => configureAudit({ target: 0 }));
    afterAll(() => configureAudit({ target }));

    it("starts the auditor workspace's two first questions (the build's status, the remit) with its code", async () => {
      // Signing in starts the build; asked at once, the records are not ready yet.
      const { queryClient, paths } = await preloadAs({ auditor: 'fg-rotterdam' }, '/auditor');
      // Each once: sent early (while the code loads) or by the code's prefetch, never both.
      expect(paths.filter((p) => p === 'GET /api/audit/status')).toHaveLength(1);
      expect(paths.filter((p) => p === 'GET /api/audit/bevoegdheid')).toHaveLength(1);
      // In the cache, so the workspace draws from them instead of asking after its first render.
      expect(queryClient.getQueryData(auditQueries.status().queryKey)?.doel).toBeGreaterThanOrEqual(0);
      expect(queryClient.getQueryData(auditQueries.bevoegdheid().queryKey)?.id).toBe('fg-rotterdam');
      // Not ready: the search page is not shown yet, so nothing of it is asked for.
      if (queryClient.getQueryData(auditQueries.status().queryKey)?.status !== 'klaar') {
        expect(paths.filter((p) => /\/audit\/(records|aggregates|catalogus)/.test(p))).toEqual([]);
      }
    });

    it("starts the search page's own questions with the code once the records are ready, for the filters in the address", async () => {
      await signInAs({ auditor: 'fg-rotterdam' });
      // Let the build finish first, as an auditor who comes back later finds it.
      await waitForAuditReady();
      const { queryClient, paths } = await preloadAs(
        { auditor: 'fg-rotterdam' },
        '/auditor?registratie=brp&sorteer=tijd',
      );
      const filters = { registratie: 'brp' } as const;
      expect(paths).toEqual(
        expect.arrayContaining([
          'GET /api/audit/catalogus',
          'GET /api/audit/onthullingen',
          'GET /api/audit/records',
          'GET /api/audit/aggregates',
        ]),
      );
      // Under the keys the page reads, so it renders from them without asking again.
      expect(queryClient.getQueryData(auditQueries.records(filters, 'tijd').queryKey)?.pages).toHaveLength(1);
      expect(queryClient.getQueryData(auditQueries.aggregates(filters).queryKey)?.totaal).toBeGreaterThanOrEqual(0);
      expect(queryClient.getQueryData(auditQueries.catalogus().queryKey)?.registraties).toContain('brp');
      expect(queryClient.getQueryData(auditQueries.onthullingen().queryKey)).toBeDefined();
    });
  });

  it('asks the audit store nothing for a citizen who opens /auditor', async () => {
    const { paths } = await preloadAs('999993653', '/auditor');
    expect(paths.filter((p) => p.includes('/audit/'))).toEqual([]);
  });
});
