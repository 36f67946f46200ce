// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createValidator, expectValid } from './support/openapi';

const contract = createValidator('mocks/contracts/session.yaml');
const base = 'http://localhost/api';

async function post(body: unknown) {
  return fetch(`${base}/auth/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

describe('session contract (mocks/contracts/session.yaml)', () => {
  it('signs a test person in with an HttpOnly, SameSite=Strict cookie and a valid Sessie body', async () => {
    const response = await post({ bsn: '999993653' });
    expect(response.status).toBe(201);
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^mg_session=[0-9a-f-]{36};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const body = await response.json();
    expectValid(contract.response('/auth/session', 'post', '201'), body);
    expect(body).toMatchObject({ role: 'burger', naam: 'Suzanne Moulin', bsn: '999993653' });
  });

  it('signs an auditor in with role auditor and no BSN', async () => {
    const response = await post({ auditor: 'ap-toezicht' });
    expect(response.status).toBe(201);
    const body = await response.json();
    expectValid(contract.schema('Sessie'), body);
    expect(body.role).toBe('auditor');
    expect(body).not.toHaveProperty('bsn');
  });

  it.each([
    ['letters', { bsn: 'abcdefghi' }, 400, 'pattern'],
    ['8 digits', { bsn: '12345678' }, 400, 'pattern'],
    ['failing 11-check', { bsn: '999993654' }, 400, 'elfproef'],
    ['10,000 characters', { bsn: '9'.repeat(10_000) }, 400, 'pattern'],
    ['script tag', { bsn: '<script>alert(1)</script>' }, 400, 'pattern'],
    ['valid but unknown BSN', { bsn: '123456782' }, 404, 'unknown'],
    ['unknown auditor', { auditor: 'nobody' }, 404, 'unknown'],
    ['no body fields', {}, 400, 'required'],
  ])('rejects %s with a problem+json that names the field', async (_name, body, status, code) => {
    const response = await post(body);
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const problem = await response.json();
    expectValid(contract.schema('Probleem'), problem);
    expect(problem.invalidParams?.[0]?.code).toBe(code);
    expect(problem.title.length).toBeGreaterThan(0);
  });

  it('rejects a body that is not JSON', async () => {
    const response = await post('{not json');
    expect(response.status).toBe(400);
    expectValid(contract.schema('Probleem'), await response.json());
  });

  it('GET answers the Sessie with a session; DELETE ends it; then 204 without a cookie and 401 for a stale one', async () => {
    await post({ bsn: '999992077' });
    let response = await fetch(`${base}/auth/session`);
    expect(response.status).toBe(200);
    expectValid(contract.response('/auth/session', 'get', '200'), await response.json());

    response = await fetch(`${base}/auth/session`, { method: 'DELETE' });
    expect(response.status).toBe(204);
    expect(response.headers.get('set-cookie')).toMatch(/Max-Age=0/);

    // The cookie is gone: an anonymous visitor, not an error.
    response = await fetch(`${base}/auth/session`);
    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');

    // A cookie whose session no longer exists: the page must learn the session ended.
    response = await fetch(`${base}/auth/session`, { headers: { Cookie: 'mg_session=ended-elsewhere' } });
    expect(response.status).toBe(401);
    expectValid(contract.response('/auth/session', 'get', '401', 'application/problem+json'), await response.json());
  });

  it('answers 401 problem+json for any other /api call without a session', async () => {
    for (const [method, path] of [
      ['POST', '/brp/personen'],
      ['GET', '/registries/overview'],
      ['DELETE', '/anything/at/all'],
    ] as const) {
      const response = await fetch(`${base}${path}`, { method });
      expect(response.status, `${method} ${path}`).toBe(401);
      expect(response.headers.get('content-type')).toMatch(/problem\+json/);
    }
  });

  it('lists the test persons and auditors for the sign-in page', async () => {
    const response = await fetch(`${base}/auth/testpersonen`);
    const body = await response.json();
    expectValid(contract.response('/auth/testpersonen', 'get', '200'), body);
    expect(body.personen.length).toBeGreaterThanOrEqual(12);
    expect(body.personen.every((p: { naam: string }) => p.naam.length > 0)).toBe(true);
  });
});
