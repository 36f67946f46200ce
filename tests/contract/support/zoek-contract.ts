import type { RequestHandler } from 'msw';
import { describe, expect, it } from 'vitest';
import { allTestBsns } from '@mocks/data/brp';
import type { Session } from '@mocks/gateway/session';
import { server } from '@mocks/node';
import { zoekOf, type RegistryId } from '@/lib/registries';
import { createValidator, describeErrors } from './openapi';

type CoreResult = { status: number; body: unknown };

/**
 * The shared contract checks of our own "_zoek by BSN" registries (RDW, BRI, UWV, DUO): every
 * BRP test person through the pure core, a sample over HTTP, and the 401/403/400 problems.
 */
export function describeZoekContract(options: {
  registry: RegistryId;
  handlers: RequestHandler[];
  core: (body: unknown, session: Session) => CoreResult;
}) {
  const { registry, handlers, core } = options;
  // The path and list property the app asks and the double serves (src/lib/registries.ts).
  const { path, listKey } = zoekOf(registry);
  const contract = createValidator(`mocks/contracts/${registry}.yaml`);
  const url = `http://localhost/api${path}`;
  const ok = contract.response(path, 'post', '200');
  const probleem = contract.schema('Probleem');
  const session = (bsn: string): Session => ({
    id: 's',
    role: 'burger',
    bsn,
    naam: 'Test',
    expiresAt: '2099-01-01T00:00:00Z',
  });

  async function signIn(bsn: string) {
    const response = await fetch('http://localhost/api/auth/session', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ bsn }),
    });
    expect(response.status).toBe(201);
  }

  const zoek = (body: unknown) =>
    fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });

  describe(`${registry} contract (mocks/contracts/${registry}.yaml)`, () => {
    it('answers every BRP test person with a valid body (pure core)', () => {
      let met = 0;
      for (const bsn of allTestBsns()) {
        const result = core({ burgerservicenummer: bsn }, session(bsn));
        expect(result.status, bsn).toBe(200);
        expect(ok(result.body), `${bsn}\n${describeErrors(ok)}`).toBe(true);
        if (((result.body as Record<string, unknown[]>)[listKey] ?? []).length) met++;
      }
      expect(met).toBeGreaterThan(50);
    });

    it.each(['999993653', '999992077', '999993483', '999990408', '999970124'])(
      'answers %s over HTTP with a valid body',
      async (bsn) => {
        server.use(...handlers);
        await signIn(bsn);
        const response = await zoek({ burgerservicenummer: bsn });
        expect(response.status).toBe(200);
        expect(response.headers.get('content-type')).toMatch(/^application\/json/);
        const body: unknown = await response.json();
        expect(ok(body), describeErrors(ok)).toBe(true);
        expect(body).toEqual(core({ burgerservicenummer: bsn }, session(bsn)).body);
      },
    );

    it('answers 401 problem+json without a session', async () => {
      server.use(...handlers);
      const response = await zoek({ burgerservicenummer: '999993653' });
      expect(response.status).toBe(401);
      const validate = contract.response(path, 'post', '401', 'application/problem+json');
      expect(validate(await response.json()), describeErrors(validate)).toBe(true);
    });

    it('answers 403 problem+json for another BSN', async () => {
      server.use(...handlers);
      await signIn('999993653');
      const response = await zoek({ burgerservicenummer: '999992077' });
      expect(response.status).toBe(403);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      const validate = contract.response(path, 'post', '403', 'application/problem+json');
      expect(validate(await response.json()), describeErrors(validate)).toBe(true);
    });

    it.each([
      ['a body that is not JSON', '{niet json', 'json'],
      ['a malformed BSN', { burgerservicenummer: '12-34' }, 'pattern'],
      ['an unknown parameter', { burgerservicenummer: '999993653', extra: true }, 'unknownParam'],
    ])('answers 400 problem+json with invalidParams for %s', async (_name, body, code) => {
      server.use(...handlers);
      await signIn('999993653');
      const response = await zoek(body);
      expect(response.status).toBe(400);
      const problem = (await response.json()) as { invalidParams?: { code: string }[] };
      expect(probleem(problem), describeErrors(probleem)).toBe(true);
      expect(problem.invalidParams?.[0]?.code).toBe(code);
    });
  });
}
