// @vitest-environment node
/**
 * Hostile input over real HTTP (issue 17): every state-changing endpoint, and a sample of the
 * reading ones, against wrong content types, cross-site origins, deep nesting, bad encodings,
 * oversized bodies, unknown methods, malformed and escaping paths, invisible characters and
 * impossible dates. Every answer must be a 4xx problem+json that gives nothing away (no stack,
 * no exception text), nothing may change, and afterwards the gateway still answers correctly.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEngine, configureAudit } from '@mocks/data/audit';
import { pseudonymFor } from '@mocks/data/audit/universe';
import { realHttpGatewayForThisFile } from './support/http-gateway';
import { rawRequest, type RawResponse } from './support/raw-http';
import { signInOverHttp } from '../utils/session';

const gateway = realHttpGatewayForThisFile();
const SUZANNE = '999993653';
const UUID = '00000000-0000-4000-8000-000000000000';
const ZRC = '/api/zaken/api/v1';
const MIB = 1024 * 1024;

// The test persons only (target 0): the audit endpoints are probed, not searched at scale.
configureAudit({ target: 0 });
beforeAll(async () => {
  await auditEngine().ensure();
}, 180_000);

// Every test starts from the seeded state (tests/setup/gateway.ts), sessions included.

type Endpoint = { method: 'POST' | 'PUT' | 'PATCH'; path: string; limit: number; body: string; public?: boolean };

/** Every endpoint that takes a body, with a body it would accept. */
const endpoints: Endpoint[] = [
  { method: 'POST', path: '/api/auth/session', limit: 4 * 1024, body: JSON.stringify({ bsn: SUZANNE }), public: true },
  {
    method: 'POST',
    path: '/api/brp/personen',
    limit: MIB,
    body: JSON.stringify({ type: 'RaadpleegMetBurgerservicenummer', burgerservicenummer: [SUZANNE], fields: ['naam'] }),
  },
  ...[
    '/api/rdw/voertuigen/_zoek',
    '/api/kvk/inschrijvingen/_zoek',
    '/api/bri/inkomens/_zoek',
    '/api/uwv/inkomstenverhoudingen/_zoek',
    '/api/duo/diplomas/_zoek',
    '/api/brk/kadastraalonroerendezaken',
  ].map((path): Endpoint => ({
    method: 'POST',
    path,
    limit: MIB,
    body: JSON.stringify({ burgerservicenummer: SUZANNE }),
  })),
  {
    method: 'POST',
    path: '/api/ldv/processing-activities',
    limit: MIB,
    body: JSON.stringify({ 'dpl.core.data_subject_id': SUZANNE, 'dpl.core.data_subject_id_type': 'BSN' }),
  },
  {
    method: 'PUT',
    path: '/api/meldingen/verwerkingen',
    limit: MIB,
    body: JSON.stringify({ adHocRaadplegingen: true }),
  },
  { method: 'PATCH', path: `/api/berichten/${UUID}`, limit: MIB, body: JSON.stringify({ gelezen: true }) },
  ...[
    '/zaken',
    '/zaken/_zoek',
    '/rollen',
    '/statussen',
    '/zaakobjecten',
    '/zaakinformatieobjecten',
    `/zaken/${UUID}/zaakeigenschappen`,
  ].map((path): Endpoint => ({ method: 'POST', path: `${ZRC}${path}`, limit: MIB, body: '{}' })),
  { method: 'PATCH', path: `${ZRC}/zaken/${UUID}`, limit: MIB, body: '{}' },
  { method: 'POST', path: '/api/documenten/api/v1/enkelvoudiginformatieobjecten', limit: 16 * MIB, body: '{}' },
  {
    method: 'POST',
    path: `/api/audit/subjects/ps-00000000000000000000/reveal`,
    limit: MIB,
    body: JSON.stringify({ reden: 'Onderzoek' }),
  },
  { method: 'PUT', path: '/api/__mock/faults', limit: MIB, body: '{}' },
  { method: 'POST', path: `/api/__mock/zaken/${UUID}/volgende-status`, limit: MIB, body: '{}' },
  { method: 'POST', path: '/api/__mock/verwerkingen/nieuwe-raadpleging', limit: MIB, body: '{}' },
];

type Case = {
  name: string;
  method: string;
  target: string;
  headers?: Record<string, string | number>;
  body?: string | Uint8Array;
  /** The exact status, or any 4xx when undefined. */
  status?: number;
  /** Sent without a session cookie. */
  anonymous?: boolean;
  /** An entry the problem's invalidParams must contain. */
  invalidParam?: { name: string; code: string };
};

const JSON_TYPE = { 'Content-Type': 'application/json' };
const attacks: Array<{
  name: string;
  status: number;
  make: (e: Endpoint) => Omit<Case, 'name' | 'method' | 'target' | 'status'>;
  signedIn?: boolean;
}> = [
  {
    name: 'JSON sent as text/plain',
    status: 415,
    make: (e) => ({ headers: { 'Content-Type': 'text/plain;charset=UTF-8' }, body: e.body }),
  },
  {
    name: 'a form post',
    status: 415,
    make: () => ({ headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'bsn=999990482' }),
  },
  {
    name: 'multipart',
    status: 415,
    make: () => ({
      headers: { 'Content-Type': 'multipart/form-data; boundary=b' },
      body: '--b\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--b--\r\n',
    }),
  },
  { name: 'no content type', status: 415, make: (e) => ({ body: e.body }) },
  {
    name: 'JSON in Latin-1',
    status: 415,
    make: (e) => ({ headers: { 'Content-Type': 'application/json; charset=iso-8859-1' }, body: e.body }),
  },
  {
    name: 'an Origin on another port',
    status: 403,
    make: (e) => ({ headers: { ...JSON_TYPE, Origin: 'http://127.0.0.1:5555' }, body: e.body }),
  },
  {
    name: 'Sec-Fetch-Site: same-site',
    status: 403,
    make: (e) => ({ headers: { ...JSON_TYPE, 'Sec-Fetch-Site': 'same-site' }, body: e.body }),
  },
  { name: 'Origin: null', status: 403, make: (e) => ({ headers: { ...JSON_TYPE, Origin: 'null' }, body: e.body }) },
  {
    name: 'JSON nested 10,000 deep',
    status: 400,
    make: () => ({ headers: JSON_TYPE, body: `{"a":${'['.repeat(10_000)}${']'.repeat(10_000)}}` }),
  },
  {
    name: 'bytes that are not UTF-8',
    status: 400,
    make: () => ({
      headers: JSON_TYPE,
      body: Uint8Array.of(0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0x22, 0x7d),
    }),
  },
  {
    name: "a body over the route's limit",
    status: 413,
    make: (e) => ({ headers: JSON_TYPE, body: `"${'x'.repeat(e.limit)}"` }),
  },
  {
    name: 'a body over the limit, announced only',
    status: 413,
    make: (e) => ({ headers: { ...JSON_TYPE, 'Content-Length': e.limit * 64 }, body: '{}' }),
  },
  {
    name: 'a body over the limit without a session',
    status: 401,
    signedIn: false,
    make: (e) => ({ headers: JSON_TYPE, body: `"${'x'.repeat(e.limit)}"` }),
  },
];

const cases: Case[] = [];
for (const endpoint of endpoints) {
  for (const attack of attacks) {
    // Signing in needs no session: without one it is still judged by size.
    if (attack.name.includes('announced') && endpoint.limit > MIB) continue; // 1 GB announced: same path as above
    const request = attack.make(endpoint);
    const size = typeof request.body === 'string' ? Buffer.byteLength(request.body) : (request.body?.length ?? 0);
    // The session comes first, then the size (neither reads the body), then the rest.
    const status = attack.signedIn === false && !endpoint.public ? 401 : size > endpoint.limit ? 413 : attack.status;
    cases.push({
      name: `${endpoint.method} ${endpoint.path}: ${attack.name}`,
      method: endpoint.method,
      target: endpoint.path,
      status,
      ...request,
      ...(attack.signedIn === false ? { anonymous: true } : {}),
    });
  }
}

// Methods a gateway does not serve, on several routes: 405, or 400 for one the HTTP parser
// does not know at all (TRACK, FOO).
for (const method of ['TRACE', 'TRACK', 'PROPFIND', 'MKCOL', 'FOO']) {
  for (const target of ['/api/brp/personen', '/api/auth/session', '/api/__mock/faults', '/__mock/reset']) {
    cases.push({
      name: `${method} ${target}`,
      method,
      target,
      status: method === 'TRACK' || method === 'FOO' ? 400 : 405,
    });
  }
}

// Request targets: bad encodings, escapes, NUL and friends (no session needed to be refused).
const targets = [
  '/api/bag/adressen/%E0%A4%A',
  '/api/bag/adressen/%',
  '/api/bag/adressen/%zz',
  '/api/%C0%AF',
  '/api/brk/kadastraalonroerendezaken/%ED%A0%80',
  '/api/woz/wozobjecten/%FF',
  '/api/bag/adressen?postcode=%E0%A4%A',
  '/api/audit/records?van=%',
  '/api/../__mock/reset',
  '/api/%2e%2e/__mock/reset',
  '/api/%2E%2e/__mock/reset',
  '/api/.%2e/__mock/reset',
  '/api/%2e./__mock/reset',
  '/api/./../__mock/reset',
  '/api/brp/../../__mock/reset',
  '/api\\..\\__mock\\reset',
  '/api/%5c../__mock/reset',
  '/api/%00/brp',
  '/api/brp%00/personen',
  '//api/brp/personen',
  'api/brp/personen',
  '*',
];
for (const target of targets) {
  for (const method of ['GET', 'POST'])
    cases.push({
      name: `${method} ${target}`,
      method,
      target,
      status: 400,
      headers: JSON_TYPE,
      body: method === 'POST' ? '{}' : undefined,
    });
}

// Reading requests from another site (an <img> or a navigation from another port).
for (const target of [
  '/api/audit/records',
  '/api/audit/export',
  '/api/berichten',
  '/api/meldingen/verwerkingen',
  `${ZRC}/rollen`,
  '/api/auth/session',
]) {
  cases.push({
    name: `GET ${target} from another site`,
    method: 'GET',
    target,
    status: 403,
    headers: { 'Sec-Fetch-Site': 'same-site' },
  });
}

// Invisible and format characters in ZGW free text (the value must show what it says).
const invisible = [
  '\u200B',
  '\u200C',
  '\u200D',
  '\uFEFF',
  '\u2028',
  '\u2029',
  '\u00AD',
  '\u202E',
  '\u2066',
  '\u200E',
  '\u2060',
  '\u3164',
  '\u0000',
  '\u001B',
  '\uDB80',
];
for (const char of invisible) {
  const code = `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  cases.push({
    name: `a zaak with ${code} in its toelichting`,
    method: 'POST',
    target: `${ZRC}/zaken`,
    // The CRS headers Open Zaak requires on /zaken (else 412 before the body is read).
    headers: { ...JSON_TYPE, 'Accept-Crs': 'EPSG:4326', 'Content-Crs': 'EPSG:4326' },
    body: JSON.stringify({ toelichting: `Mijn adres${char}klopt niet`, omschrijving: 'Correctie' }),
    status: 400,
    invalidParam: { name: 'toelichting', code: 'invalid_characters' },
  });
}

// Impossible or malformed dates in the auditor search.
for (const date of [
  '2026-02-30',
  '2026-02-29',
  '2026-04-31',
  '2026-13-01',
  '2026-00-01',
  '2026-01-32',
  '2026-1-1',
  '20260101',
  '2026-01-01T00:00',
  'morgen',
]) {
  for (const param of ['van', 'tot']) {
    cases.push({
      name: `auditor search ${param}=${date}`,
      method: 'GET',
      target: `/api/audit/records?${param}=${encodeURIComponent(date)}`,
      status: 400,
    });
  }
}

/** The state a forged or broken request must not have changed (read as the citizen). */
async function snapshot(citizen: string) {
  const get = async (path: string) => (await fetch(`${gateway()}${path}`, { headers: { Cookie: citizen } })).text();
  const zaken = await fetch(`${gateway()}${ZRC}/zaken/_zoek`, {
    method: 'POST',
    headers: { ...JSON_TYPE, Cookie: citizen },
    body: '{}',
  });
  return {
    zaken: ((await zaken.json()) as { count: number }).count,
    meldingen: await get('/api/meldingen/verwerkingen'),
    faults: await get('/api/__mock/faults'),
    berichten: await get('/api/berichten'),
  };
}

describe(`hostile input over HTTP (${cases.length} cases)`, () => {
  it('has at least 200 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(200);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s → 4xx problem+json', async (_name, c) => {
    const citizen = await signInOverHttp(gateway(), { bsn: SUZANNE });
    const before = await snapshot(citizen);
    const cookie = c.anonymous
      ? undefined
      : c.target.startsWith('/api/audit')
        ? await signInOverHttp(gateway(), { auditor: 'ap-toezicht' })
        : citizen;
    const headers: Record<string, string | number> = { ...(c.headers ?? {}), ...(cookie ? { Cookie: cookie } : {}) };
    const response: RawResponse = await rawRequest(gateway(), {
      method: c.method,
      target: c.target,
      headers,
      body: c.body,
    });
    if (c.status !== undefined) expect(response.status, response.text.slice(0, 300)).toBe(c.status);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    if (c.method !== 'HEAD') {
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      const problem = JSON.parse(response.text) as { status: number; title: string };
      expect(problem.status).toBe(response.status);
      expect(problem.title).toBeTruthy();
    }
    expect(response.text).not.toMatch(
      /\bat [\w.<>]+ \(|Error:|TypeError|RangeError|URI malformed|Maximum call stack|unsupported\./,
    );
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    if (c.invalidParam)
      expect((JSON.parse(response.text) as { invalidParams: unknown[] }).invalidParams).toContainEqual(
        expect.objectContaining(c.invalidParam),
      );
    // Nothing changed, and the session still works.
    expect(await snapshot(citizen)).toEqual(before);
  });
});

afterAll(async () => {
  // After all of that, the gateway still answers correctly.
  const citizen = await signInOverHttp(gateway(), { bsn: SUZANNE });
  const auditor = await signInOverHttp(gateway(), { auditor: 'ap-toezicht' });
  const brp = await fetch(`${gateway()}/api/brp/personen`, {
    method: 'POST',
    headers: { ...JSON_TYPE, Cookie: citizen },
    body: JSON.stringify({ type: 'RaadpleegMetBurgerservicenummer', burgerservicenummer: [SUZANNE], fields: ['naam'] }),
  });
  expect(brp.status).toBe(200);
  expect(
    ((await brp.json()) as { personen: Array<{ naam: { volledigeNaam: string } }> }).personen[0]?.naam.volledigeNaam,
  ).toBe('Suzanne Moulin');
  const records = await fetch(
    `${gateway()}/api/audit/records?van=2026-02-28&tot=2026-03-01&pseudoniem=${pseudonymFor(SUZANNE)}`,
    { headers: { Cookie: auditor } },
  );
  expect(records.status).toBe(200);
});
