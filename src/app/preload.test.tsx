import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it } from 'vitest';
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

  it("starts the auditor workspace's two first questions (the build's status, the remit) with its code", async () => {
    const target = auditConfig().target;
    // The status question starts the build if it has not started: the smallest universe.
    configureAudit({ target: 0 });
    try {
      await signInAs({ auditor: 'fg-rotterdam' });
      const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
      configurePreload({ queryClient, i18n: setupI18n('nl') });
      const requests = watchRequests();
      try {
        await preloadRoute('/auditor');
      } finally {
        requests.stop();
      }
      expect(requests.seen.map((r) => r.path).filter((p) => p.startsWith('GET /api/audit/'))).toEqual(
        expect.arrayContaining(['GET /api/audit/status', 'GET /api/audit/bevoegdheid']),
      );
      // In the cache, so the workspace draws from them instead of asking after its first render.
      expect(queryClient.getQueryData(auditQueries.status().queryKey)?.doel).toBeGreaterThanOrEqual(0);
      expect(queryClient.getQueryData(auditQueries.bevoegdheid().queryKey)?.id).toBe('fg-rotterdam');
    } finally {
      configureAudit({ target });
    }
  });

  it('asks the audit store nothing for a citizen who opens /auditor', async () => {
    await signInAs('999993653');
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    configurePreload({ queryClient, i18n: setupI18n('nl') });
    const requests = watchRequests();
    try {
      await preloadRoute('/auditor');
    } finally {
      requests.stop();
    }
    expect(requests.seen.map((r) => r.path).filter((p) => p.includes('/audit/'))).toEqual([]);
  });
});
