// @vitest-environment node
/**
 * The privacy rules of the gateway, over real HTTP (what `npm run mock-api` serves): real
 * HttpOnly cookies, no msw cookie store in between.
 */
import { describe, expect, it } from 'vitest';
import { realHttpGatewayForThisFile } from './support/http-gateway';

const gateway = realHttpGatewayForThisFile();

async function signIn(bsn: string): Promise<string> {
  const response = await fetch(`${gateway()}/api/auth/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ bsn }),
  });
  expect(response.status).toBe(201);
  const cookie = response.headers.getSetCookie()[0] ?? '';
  expect(cookie).toMatch(/HttpOnly/);
  expect(cookie).toMatch(/SameSite=Strict/);
  return cookie.split(';')[0] ?? '';
}

const brpBody = (bsn: string) =>
  JSON.stringify({ type: 'RaadpleegMetBurgerservicenummer', burgerservicenummer: [bsn], fields: ['naam'] });

const postJson = (path: string, body: string, cookie?: string) =>
  fetch(`${gateway()}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(cookie ? { Cookie: cookie } : {}) },
    body,
  });

/** Every citizen endpoint that takes a BSN in its body. */
const bsnEndpoints: Array<[string, (bsn: string) => string]> = [
  ['/api/brp/personen', brpBody],
  ['/api/brk/kadastraalonroerendezaken', (bsn) => JSON.stringify({ burgerservicenummer: bsn })],
  ['/api/rdw/voertuigen/_zoek', (bsn) => JSON.stringify({ burgerservicenummer: bsn })],
  ['/api/kvk/inschrijvingen/_zoek', (bsn) => JSON.stringify({ burgerservicenummer: bsn })],
  ['/api/bri/inkomens/_zoek', (bsn) => JSON.stringify({ burgerservicenummer: bsn })],
  ['/api/uwv/inkomstenverhoudingen/_zoek', (bsn) => JSON.stringify({ burgerservicenummer: bsn })],
  ['/api/duo/diplomas/_zoek', (bsn) => JSON.stringify({ burgerservicenummer: bsn })],
];

describe('mock gateway over HTTP', () => {
  it('gives citizen A her own BRP data', async () => {
    const cookie = await signIn('999993653');
    const response = await postJson('/api/brp/personen', brpBody('999993653'), cookie);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { personen: Array<{ naam?: { volledigeNaam?: string } }> };
    expect(body.personen[0]?.naam?.volledigeNaam).toBe('Suzanne Moulin');
  });

  it.each(bsnEndpoints)('refuses citizen A asking %s about citizen B (403 problem+json)', async (path, body) => {
    const cookie = await signIn('999993653');
    const response = await postJson(path, body('999992077'), cookie);
    expect(response.status).toBe(403);
    expect(response.headers.get('content-type')).toMatch(/application\/problem\+json/);
    const text = await response.text();
    expect(text).not.toMatch(/Staart|999992077/);
  });

  it.each(bsnEndpoints)('answers %s without a cookie with 401 problem+json', async (path, body) => {
    const response = await postJson(path, body('999993653'));
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toMatch(/application\/problem\+json/);
  });

  it('answers a forged or ended session with 401', async () => {
    const forged = await postJson(
      '/api/brp/personen',
      brpBody('999993653'),
      'mg_session=00000000-0000-0000-0000-000000000000',
    );
    expect(forged.status).toBe(401);

    const cookie = await signIn('999993653');
    const ended = await fetch(`${gateway()}/api/auth/session`, { method: 'DELETE', headers: { Cookie: cookie } });
    expect(ended.status).toBe(204);
    expect((await postJson('/api/brp/personen', brpBody('999993653'), cookie)).status).toBe(401);
  });

  it('does not let an auditor session read citizen data', async () => {
    const response = await fetch(`${gateway()}/api/auth/session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ auditor: 'ap-toezicht' }),
    });
    const cookie = (response.headers.getSetCookie()[0] ?? '').split(';')[0] ?? '';
    expect((await postJson('/api/brp/personen', brpBody('999993653'), cookie)).status).toBe(403);
  });
});
