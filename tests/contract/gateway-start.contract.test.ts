/**
 * Issue 16: the mock gateway starts without the registries' data. What the sign-in page asks
 * before anyone signs in (the test persons, the session check) is answered while the 2.2 MB
 * BRP test file and the registries' handlers (mocks/handlers/full.ts) have not been loaded;
 * the first sign-in loads them. Checked in a module graph of its own (Vite's SSR loader, as
 * `npm run mock-api` loads the gateway), since this test run has long loaded everything.
 */
import { fileURLToPath } from 'node:url';
import type { getResponse as GetResponse } from 'msw';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const BRP_FILE = fileURLToPath(
  new URL('../../mocks/specs/brp/brp-personen-mock-test-data-gba-format.json', import.meta.url),
);
const FULL_HANDLERS = fileURLToPath(new URL('../../mocks/handlers/full.ts', import.meta.url));

type Handlers = Parameters<typeof GetResponse>[0];

let vite: ViteDevServer;
let handlers: Handlers;
let getResponse: typeof GetResponse;

/**
 * Whether the isolated graph has loaded this file. A module the loader has only seen named in
 * an import (a dynamic one, say) has a node but nothing transformed yet.
 */
const loaded = (file: string) =>
  [...(vite.environments.ssr.moduleGraph.getModulesByFile(file) ?? [])].some((m) => m.transformResult !== null);

const ask = (path: string, init?: RequestInit) =>
  getResponse(handlers, new Request(`http://127.0.0.1/api${path}`, init));

beforeAll(async () => {
  vite = await createServer({
    root,
    server: { middlewareMode: true, hmr: false, watch: null },
    appType: 'custom',
    logLevel: 'error',
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  ({ handlers } = await vite.ssrLoadModule('/mocks/handlers/index.ts'));
  ({ getResponse } = await vite.ssrLoadModule('msw'));
}, 60_000);

afterAll(async () => {
  await vite?.close();
});

describe('the mock gateway’s start', () => {
  it('lists the test persons and answers the session check without the BRP data, and loads it on sign-in', async () => {
    expect(loaded(BRP_FILE)).toBe(false);

    const list = await ask('/auth/testpersonen');
    expect(list?.status).toBe(200);
    const body = (await list?.json()) as { personen: { burgerservicenummer: string; naam: string }[] };
    expect(body.personen).toHaveLength(13);
    expect(body.personen[0]).toMatchObject({ burgerservicenummer: '999993653', naam: 'Suzanne Moulin' });

    const session = await ask('/auth/session');
    expect(session?.status).toBe(204);

    expect(loaded(BRP_FILE)).toBe(false);
    expect(loaded(FULL_HANDLERS)).toBe(false);

    // The first sign-in needs the person: now the data comes (so the check above can fail).
    const signIn = await ask('/auth/session', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ bsn: '999993653' }),
    });
    expect(signIn?.status).toBe(201);
    expect(loaded(FULL_HANDLERS)).toBe(true);
    expect(loaded(BRP_FILE)).toBe(true);
  }, 60_000);
});
