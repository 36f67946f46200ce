/**
 * Issue 17: the production web server. Every e2e journey already goes through nginx with the
 * configuration users deploy (deploy/nginx, started by support/global-setup.ts); this file
 * checks what that configuration promises: headers on every kind of answer, caching, the SPA
 * fallback, compression, the gateway's clock, and that nothing escapes /api.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { BROTLI_MODULE } from '../../deploy/nginx/render.mjs';
import { existsSync } from 'node:fs';
import { cookieOf, rawRequest } from '../contract/support/raw-http';
import { baseUrl, mockApiUrl, resetMocks } from './support/fixtures';

const SUZANNE = '999993653';

async function someAsset(extension: string): Promise<string> {
  const files = await readdir(path.resolve('dist-e2e/assets'));
  const file = files.filter((f) => f.endsWith(extension)).sort()[0];
  if (!file) throw new Error(`no ${extension} in dist-e2e/assets`);
  return `/assets/${file}`;
}

async function signIn(): Promise<string> {
  const response = await fetch(`${baseUrl()}/api/auth/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ bsn: SUZANNE }),
  });
  expect(response.status).toBe(201);
  return cookieOf(response.headers.getSetCookie());
}

const sessionStatus = async (cookie: string) =>
  (await fetch(`${baseUrl()}/api/auth/session`, { headers: { Cookie: cookie } })).status;

const COMMON = {
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'permissions-policy': 'camera=(), microphone=(), geolocation=()',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

describe('nginx, as deployed (deploy/nginx)', () => {
  beforeEach(async () => {
    await resetMocks();
  });

  it('sends the security headers on pages, files, errors and API answers, each once', async () => {
    const js = await someAsset('.js');
    const targets: Array<[string, RequestInit, 'page' | 'api']> = [
      ['/', {}, 'page'],
      ['/mijn-gegevens/persoonsgegevens', {}, 'page'],
      [js, {}, 'page'],
      ['/favicon.svg', {}, 'page'],
      ['/assets/bestaat-niet.js', {}, 'page'],
      ['/api/auth/session', {}, 'api'],
      ['/api/brp/personen', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' }, 'api'],
      ['/api/bestaat-niet', {}, 'api'],
    ];
    for (const [target, init, kind] of targets) {
      const response = await fetch(`${baseUrl()}${target}`, init);
      for (const [name, value] of Object.entries(COMMON))
        expect(response.headers.get(name), `${name} on ${target}`).toBe(value);
      const csp = response.headers.get('content-security-policy') ?? '';
      if (kind === 'api') expect(csp, target).toBe("default-src 'none'; frame-ancestors 'none'; sandbox");
      else expect(csp, target).toMatch(/^default-src 'self'; script-src 'self';.*frame-ancestors 'none'$/);
      expect(response.headers.get('server'), target).toBe('nginx');
    }
  });

  it('caches hashed files for a year and revalidates the app shell; deep links get the shell, a missing chunk a 404', async () => {
    const js = await fetch(`${baseUrl()}${await someAsset('.js')}`);
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toMatch(/javascript/);
    expect(js.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const shell = await (await fetch(`${baseUrl()}/`)).text();
    for (const target of ['/', '/index.html', '/mijn-gegevens/persoonsgegevens', '/correctie/brp/naam.voornamen/wat']) {
      const response = await fetch(`${baseUrl()}${target}`);
      expect(response.status, target).toBe(200);
      expect(response.headers.get('cache-control'), target).toBe('no-cache');
      expect(response.headers.get('content-type'), target).toMatch(/^text\/html/);
      expect(await response.text(), target).toBe(shell);
    }
    const missing = await fetch(`${baseUrl()}/assets/OverviewRoute-bestaatniet.js`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).not.toMatch(/javascript/);
    for (const hidden of ['/.e2e-build.json', '/.vite/manifest.json'])
      expect((await fetch(`${baseUrl()}${hidden}`)).status, hidden).toBe(404);
  });

  it("compresses text (gzip, and brotli when Debian's module is there)", async () => {
    const js = await someAsset('.js');
    const gzip = await rawRequest(baseUrl(), { method: 'GET', target: js, headers: { 'Accept-Encoding': 'gzip' } });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.headers.vary).toMatch(/Accept-Encoding/);
    const html = await rawRequest(baseUrl(), { method: 'GET', target: '/', headers: { 'Accept-Encoding': 'gzip' } });
    expect(html.headers['content-type']).toMatch(/^text\/html/);
    const br = await rawRequest(baseUrl(), { method: 'GET', target: js, headers: { 'Accept-Encoding': 'br' } });
    expect(br.headers['content-encoding']).toBe(existsSync(BROTLI_MODULE) ? 'br' : undefined);
  });

  it('passes the gateway\'s Date (the app\'s "today" comes from it)', async () => {
    const viaNginx = Date.parse((await fetch(`${baseUrl()}/api/auth/session`)).headers.get('date') ?? '');
    const direct = Date.parse((await fetch(`${mockApiUrl()}/api/auth/session`)).headers.get('date') ?? '');
    // The gateway's clock starts on 2026-11-28 and runs; the machine's is another day.
    expect(Math.abs(viaNginx - direct)).toBeLessThan(60_000);
    expect(new Date(viaNginx).toISOString().slice(0, 10)).toBe(new Date(direct).toISOString().slice(0, 10));
  });

  it.each([
    '/api/../__mock/reset',
    '/api/%2e%2e/__mock/reset',
    '/api/%2E%2E/__mock/reset',
    '/api/.%2e/__mock/reset',
    '/api/..%2f__mock/reset',
    '/api/%2e%2e%2f__mock/reset',
    '/api/brp/../../__mock/reset',
    '/api\\..\\__mock\\reset',
    '/api/%5c..%5c__mock/reset',
    '//api/../__mock/reset',
  ])('does not let %s out of /api: the gateway is not reset', async (target) => {
    const cookie = await signIn();
    const response = await rawRequest(baseUrl(), {
      method: 'POST',
      target,
      headers: { Cookie: cookie, 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(response.status).not.toBe(204);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(await sessionStatus(cookie)).toBe(200);
  });

  it('refuses TRACE and other methods, and bodies over 16 MB, before the gateway', async () => {
    for (const method of ['TRACE', 'PROPFIND', 'MKCOL']) {
      const response = await rawRequest(baseUrl(), { method, target: '/api/brp/personen' });
      expect([400, 405], method).toContain(response.status);
    }
    const cookie = await signIn();
    const big = await rawRequest(baseUrl(), {
      method: 'POST',
      target: '/api/documenten/api/v1/enkelvoudiginformatieobjecten',
      headers: { Cookie: cookie, 'Content-Type': 'application/json', 'Content-Length': 17 * 1024 * 1024 },
      body: '{}',
    });
    expect(big.status).toBe(413);
  });

  it('tells the gateway the scheme itself: a client cannot claim https to get another cookie', async () => {
    const response = await fetch(`${baseUrl()}/api/auth/session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-Proto': 'https' },
      body: JSON.stringify({ bsn: SUZANNE }),
    });
    expect(response.status).toBe(201);
    expect(response.headers.getSetCookie()[0]).toMatch(/^mg_session=[^;]+; Path=\/; HttpOnly; SameSite=Strict$/);
  });
});
