import { getResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { handlers } from '../handlers';

/**
 * Issue 11: under `npm run dev` the browser asks the same origin for source modules whose paths
 * contain `/api/` (every feature has an `api/` folder). The gateway must never answer those:
 * every handler, the fault injector and the 401/404 catch-all are anchored to the API base.
 */
const origins = ['http://localhost:5173', 'http://127.0.0.1:4173', 'http://localhost'];

const notGateway = [
  '/src/features/brp/api/brp.ts',
  '/src/features/correcties/api/zaken.ts',
  '/src/features/registries/bag/api.ts?t=1733150000000',
  '/src/features/audit/api/audit.ts',
  '/src/api/auth/session',
  '/node_modules/.vite/deps/api/brp/personen.js',
  '/assets/api/zaken/api/v1/zaken',
  '/mijn-gegevens/api/brp/personen',
  '/apix/brp/personen',
  '/x/api/__mock/faults',
  '/api.js',
];

describe('mock gateway routes', () => {
  for (const origin of origins) {
    for (const path of notGateway) {
      for (const method of ['GET', 'POST'] as const) {
        it(`leaves ${method} ${origin}${path} to the network`, async () => {
          const request = new Request(`${origin}${path}`, {
            method,
            headers: { 'Content-Type': 'application/json' },
            ...(method === 'POST' ? { body: '{}' } : {}),
          });
          expect(await getResponse(handlers, request)).toBeUndefined();
        });
      }
    }
  }

  it.each(origins)('answers the gateway itself on %s (401 without a session, with a Date header)', async (origin) => {
    const response = await getResponse(
      handlers,
      new Request(`${origin}/api/brp/personen`, { method: 'POST', body: '{}' }),
    );
    expect(response?.status).toBe(401);
    expect(response?.headers.get('date')).toMatch(/GMT$/);
    const fallback = await getResponse(handlers, new Request(`${origin}/api/does/not/exist`));
    expect(fallback?.status).toBe(401);
  });
});
