// @vitest-environment node
/**
 * Issue 17 over real HTTP (what `npm run mock-api` and the e2e suite serve): one regression
 * test per finding that concerns the gateway. The broad sweep of hostile input is in
 * hostile-input.http.test.ts.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { http } from '@mocks/gateway/http';
import { handlers } from '@mocks/handlers';
import { realHttpGatewayForThisFile } from './support/http-gateway';
import { cookieOf, rawRequest } from './support/raw-http';

const gateway = realHttpGatewayForThisFile();
const SUZANNE = '999993653';
const OTHER = '999990482';

const json = { 'Content-Type': 'application/json' };

async function signIn(body: object, headers: Record<string, string> = {}) {
  return fetch(`${gateway()}/api/auth/session`, {
    method: 'POST',
    headers: { ...json, ...headers },
    body: JSON.stringify(body),
  });
}
async function cookieFor(bsn: string): Promise<string> {
  const response = await signIn({ bsn });
  expect(response.status).toBe(201);
  return cookieOf(response.headers.getSetCookie());
}
const whoAmI = async (cookie: string) => {
  const response = await fetch(`${gateway()}/api/auth/session`, { headers: { Cookie: cookie } });
  return response.status === 200 ? ((await response.json()) as { naam: string }).naam : response.status;
};

describe('finding 2: cross-site request forgery, also from the same site', () => {
  const attacker = 'http://127.0.0.1:5555';

  it('refuses a sign-in sent from another port (login CSRF): no session, no cookie', async () => {
    const forged: Array<Record<string, string>> = [
      { Origin: attacker },
      { 'Sec-Fetch-Site': 'same-site' },
      { Origin: 'null' },
    ];
    for (const headers of forged) {
      const response = await signIn({ bsn: OTHER }, headers);
      expect(response.status, JSON.stringify(headers)).toBe(403);
      expect(response.headers.get('content-type')).toMatch(/problem\+json/);
      expect(response.headers.getSetCookie()).toEqual([]);
    }
  });

  it.each([
    ['text/plain', 'text/plain;charset=UTF-8', JSON.stringify({ bsn: OTHER })],
    ['a form', 'application/x-www-form-urlencoded', `{"bsn":"${OTHER}","x":"=1"}`],
    [
      'multipart',
      'multipart/form-data; boundary=b',
      `--b\r\nContent-Disposition: form-data; name="bsn"\r\n\r\n${OTHER}\r\n--b--\r\n`,
    ],
  ])(
    'refuses a sign-in as %s (what a page on another site can send without asking): 415',
    async (_name, type, body) => {
      const response = await fetch(`${gateway()}/api/auth/session`, {
        method: 'POST',
        headers: { 'Content-Type': type },
        body,
      });
      expect(response.status).toBe(415);
      expect(response.headers.getSetCookie()).toEqual([]);
    },
  );

  it('refuses a state change from another port, and the state stays as it was', async () => {
    const cookie = await cookieFor(SUZANNE);
    const read = async () =>
      (await (
        await fetch(`${gateway()}/api/meldingen/verwerkingen`, { headers: { Cookie: cookie } })
      ).json()) as unknown;
    const before = await read();
    const forged = await fetch(`${gateway()}/api/meldingen/verwerkingen`, {
      method: 'PUT',
      headers: { ...json, Cookie: cookie, Origin: attacker, 'Sec-Fetch-Site': 'same-site' },
      body: JSON.stringify({ adHocRaadplegingen: true }),
    });
    expect(forged.status).toBe(403);
    const simulated = await fetch(`${gateway()}/api/__mock/verwerkingen/nieuwe-raadpleging`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain', Cookie: cookie },
      body: '{}',
    });
    expect(simulated.status).toBe(415);
    expect(await read()).toEqual(before);
  });

  it('accepts the app itself: Origin equal to the host the browser asked (behind the serving layer)', async () => {
    // fetch sets Host itself; a proxy in front passes the browser's (nginx: `Host $http_host`).
    const response = await rawRequest(gateway(), {
      method: 'POST',
      target: '/api/auth/session',
      headers: { ...json, Origin: 'http://127.0.0.1:4173', Host: '127.0.0.1:4173', 'Sec-Fetch-Site': 'same-origin' },
      body: JSON.stringify({ bsn: SUZANNE }),
    });
    expect(response.status).toBe(201);
  });
});

describe('finding 5: bad input is a 4xx, never a 500 with internals', () => {
  it('refuses JSON nested 10,000 deep with 400', async () => {
    const cookie = await cookieFor(SUZANNE);
    const response = await fetch(`${gateway()}/api/zaken/api/v1/zaken`, {
      method: 'POST',
      headers: { ...json, Cookie: cookie, 'Idempotency-Key': 'deep-1' },
      body: `{"a":${'['.repeat(10_000)}${']'.repeat(10_000)}}`,
    });
    expect(response.status).toBe(400);
  });

  it('refuses malformed percent-encoding with 400, without a session too', async () => {
    const response = await rawRequest(gateway(), { method: 'GET', target: '/api/bag/adressen/%E0%A4%A' });
    expect(response.status).toBe(400);
    expect(response.text).not.toMatch(/URI malformed/);
  });

  it('answers TRACE with 405 and the methods it does allow', async () => {
    const response = await rawRequest(gateway(), { method: 'TRACE', target: '/api/brp/personen' });
    expect(response.status).toBe(405);
    expect(response.headers.allow).toMatch(/GET.*POST/);
  });

  it('checks the session before reading a body: 401 for 21 MiB without a session, 413 with one', async () => {
    const big = new Uint8Array(21 * 1024 * 1024).fill(0x20);
    const anonymous = await rawRequest(gateway(), {
      method: 'POST',
      target: '/api/brp/personen',
      headers: { ...json, 'Content-Length': big.length },
      body: big,
    });
    expect(anonymous.status).toBe(401);
    const cookie = await cookieFor(SUZANNE);
    const signedIn = await rawRequest(gateway(), {
      method: 'POST',
      target: '/api/brp/personen',
      headers: { ...json, Cookie: cookie, 'Content-Length': big.length },
      body: big,
    });
    expect(signedIn.status).toBe(413);
    // Counted, not only announced: a chunked body over the limit is cut off as well.
    const chunked = await rawRequest(gateway(), {
      method: 'POST',
      target: '/api/brp/personen',
      headers: { ...json, Cookie: cookie, 'Transfer-Encoding': 'chunked' },
      body: big.subarray(0, 2 * 1024 * 1024),
    });
    expect(chunked.status).toBe(413);
    // And the gateway still answers.
    expect(await whoAmI(cookie)).toBe('Suzanne Moulin');
  });

  describe('an unexpected exception', () => {
    const thrower = http.get('/__test/boom', () => {
      throw new Error('secret internals at /srv/gateway/db.ts:42');
    });
    beforeEach(() => void handlers.unshift(thrower));
    afterEach(() => void handlers.splice(handlers.indexOf(thrower), 1));

    it('gives a generic 500 problem with a reference, not the message', async () => {
      const response = await fetch(`${gateway()}/api/__test/boom`);
      expect(response.status).toBe(500);
      expect(response.headers.get('content-type')).toMatch(/problem\+json/);
      const body = (await response.json()) as { reference?: string; detail?: string };
      expect(body.reference).toMatch(/^MG-/);
      expect(body.detail).toContain(body.reference);
      expect(JSON.stringify(body)).not.toMatch(/secret|internals|db\.ts/);
    });
  });
});

describe('finding 6: a new sign-in ends the session it replaces', () => {
  it('invalidates the old id', async () => {
    const first = await cookieFor(SUZANNE);
    const again = await fetch(`${gateway()}/api/auth/session`, {
      method: 'POST',
      headers: { ...json, Cookie: first },
      body: JSON.stringify({ bsn: OTHER }),
    });
    expect(again.status).toBe(201);
    const second = cookieOf(again.headers.getSetCookie());
    expect(second).not.toBe(first);
    expect(await whoAmI(first)).toBe(401);
    expect(await whoAmI(second)).not.toBe(401);
  });
});

describe('finding 10: headers and cookies as served', () => {
  it('sends the security headers on every API response', async () => {
    for (const path of ['/api/auth/session', '/api/brp/personen', '/api/nergens']) {
      const response = await fetch(`${gateway()}${path}`);
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('cross-origin-resource-policy'), path).toBe('same-origin');
      expect(response.headers.get('content-security-policy'), path).toMatch(
        /default-src 'none'.*frame-ancestors 'none'/,
      );
      expect(response.headers.get('cache-control'), path).toMatch(/no-store/);
    }
  });

  it('over https: a __Host- cookie with Secure, and a plain one is not accepted there', async () => {
    const https = { 'X-Forwarded-Proto': 'https' };
    const response = await signIn({ bsn: SUZANNE }, https);
    const setCookie = response.headers.getSetCookie()[0] ?? '';
    expect(setCookie).toMatch(/^__Host-mg_session=[^;]+; Path=\/; Secure; HttpOnly; SameSite=Strict$/);
    const secure = cookieOf(setCookie);
    const id = secure.split('=')[1];
    const ask = (cookie: string) => fetch(`${gateway()}/api/auth/session`, { headers: { Cookie: cookie, ...https } });
    expect((await ask(secure)).status).toBe(200);
    // The same id under the plain name (as a sibling subdomain or http page could plant it) is
    // not a session there: the gateway answers as to someone without a cookie.
    expect((await ask(`mg_session=${id}`)).status).toBe(204);
    const signOut = await fetch(`${gateway()}/api/auth/session`, {
      method: 'DELETE',
      headers: { Cookie: secure, ...https },
    });
    expect(signOut.headers.getSetCookie()[0]).toMatch(/^__Host-mg_session=; .*Secure.*Max-Age=0/);
  });
});

describe('finding 11 and 1: the test controls', () => {
  it("fault injection needs a session and the app's own origin", async () => {
    const body = JSON.stringify({ rdw: { mode: '500', latencyMs: 0 } });
    expect((await fetch(`${gateway()}/api/__mock/faults`)).status).toBe(401);
    expect((await fetch(`${gateway()}/api/__mock/faults`, { method: 'PUT', headers: json, body })).status).toBe(401);
    const cookie = await cookieFor(SUZANNE);
    const foreign = await fetch(`${gateway()}/api/__mock/faults`, {
      method: 'PUT',
      headers: { ...json, Cookie: cookie, Origin: 'http://127.0.0.1:5555' },
      body,
    });
    expect(foreign.status).toBe(403);
    const own = await fetch(`${gateway()}/api/__mock/faults`, {
      method: 'PUT',
      headers: { ...json, Cookie: cookie },
      body: '{}',
    });
    expect(own.status).toBe(200);
  });

  it.each([
    '/api/../__mock/reset',
    '/api/%2e%2e/__mock/reset',
    '/api/%2E%2E/__mock/reset',
    '/api/.%2e/__mock/reset',
    '/api\\..\\__mock/reset',
  ])('does not resolve %s to the reset (400)', async (target) => {
    const cookie = await cookieFor(SUZANNE);
    const response = await rawRequest(gateway(), { method: 'POST', target, headers: { Cookie: cookie } });
    expect(response.status).toBe(400);
    expect(await whoAmI(cookie)).toBe('Suzanne Moulin');
  });

  it('does not reset from a browser (any page could post there)', async () => {
    const cookie = await cookieFor(SUZANNE);
    const response = await fetch(`${gateway()}/__mock/reset`, {
      method: 'POST',
      headers: { Origin: 'http://127.0.0.1:5555' },
    });
    expect(response.status).toBe(403);
    expect(await whoAmI(cookie)).toBe('Suzanne Moulin');
  });
});
