import { describe, expect, it } from 'vitest';
import { checkBody, checkContentType, checkOrigin, jsonTooDeep, MAX_JSON_DEPTH, ownOrigins } from './guard';

const APP = 'http://127.0.0.1:4173';
const req = (method: string, headers: Record<string, string> = {}, body?: string) =>
  new Request(`http://127.0.0.1:9090/api/brp/personen`, {
    method,
    headers: { host: '127.0.0.1:4173', ...headers },
    body,
  });

describe('cross-site requests (issue 17, finding 2)', () => {
  it('knows the origin the browser used, behind the serving layer too', () => {
    expect([...ownOrigins(req('GET'))]).toEqual(['http://127.0.0.1:9090', APP]);
    expect(
      ownOrigins(req('GET', { 'x-forwarded-proto': 'https', host: 'mijn.example' })).has('https://mijn.example'),
    ).toBe(true);
    // A Host that is not a host name adds nothing.
    expect(ownOrigins(req('GET', { host: 'evil/x@y' })).size).toBe(1);
  });

  it.each([
    ['POST from another port', 'POST', { origin: 'http://127.0.0.1:5555', 'sec-fetch-site': 'same-site' }],
    ['POST from a sibling subdomain', 'POST', { origin: 'http://evil.127.0.0.1:4173' }],
    ['POST from an opaque origin (sandboxed frame, data: URL)', 'POST', { origin: 'null' }],
    ['DELETE marked same-site', 'DELETE', { 'sec-fetch-site': 'same-site' }],
    ['PUT marked cross-site', 'PUT', { 'sec-fetch-site': 'cross-site' }],
    ['a same-site GET (an image tag on another port)', 'GET', { 'sec-fetch-site': 'same-site' }],
    ['a cross-site GET', 'GET', { 'sec-fetch-site': 'cross-site' }],
    ['a POST typed into the address bar (none)', 'POST', { 'sec-fetch-site': 'none' }],
  ])('refuses %s (403)', (_name, method, headers) => {
    expect(checkOrigin(req(method, headers))?.status).toBe(403);
  });

  it.each([
    ['POST from the app', 'POST', { origin: APP, 'sec-fetch-site': 'same-origin' }],
    ['POST with only Origin', 'POST', { origin: APP }],
    ['a client without Origin or Sec-Fetch-Site (curl, a server, tests)', 'POST', {}],
    ['a GET from the app', 'GET', { 'sec-fetch-site': 'same-origin' }],
    ['a GET typed into the address bar', 'GET', { 'sec-fetch-site': 'none' }],
  ])('lets through %s', (_name, method, headers) => {
    expect(checkOrigin(req(method, headers))).toBeUndefined();
  });
});

describe('JSON only (issue 17, finding 2)', () => {
  it.each([
    ['text/plain', 'POST', 'text/plain'],
    ['a form', 'POST', 'application/x-www-form-urlencoded'],
    ['multipart', 'POST', 'multipart/form-data; boundary=x'],
    ['no content type', 'POST', undefined],
    ['JSON in Latin-1', 'POST', 'application/json; charset=iso-8859-1'],
    ['text/json', 'PUT', 'text/json'],
    ['application/jsonx', 'PATCH', 'application/jsonx'],
  ])('refuses %s (415)', (_name, method, type) => {
    const r = new Request('http://x/api/a', { method, body: '{}', headers: type ? { 'content-type': type } : {} });
    if (!type) r.headers.delete('content-type');
    expect(checkContentType(r)?.status).toBe(415);
  });

  it.each([
    ['application/json', 'POST', 'application/json', '{}'],
    ['with charset', 'POST', 'application/json; charset=UTF-8', '{}'],
    ['merge patch', 'PATCH', 'application/merge-patch+json', '{}'],
    ['a DELETE without body', 'DELETE', undefined, undefined],
  ])('accepts %s', (_name, method, type, body) => {
    expect(
      checkContentType(new Request('http://x/api/a', { method, body, headers: type ? { 'content-type': type } : {} })),
    ).toBeUndefined();
  });
});

describe('a DELETE from the service worker (issue 19)', () => {
  it('accepts a bodyless DELETE whose body is an empty stream, as MSW in the browser hands it over', () => {
    const r = new Request('http://x/api/auth/session', {
      method: 'DELETE',
      body: new ReadableStream(),
      duplex: 'half',
    } as RequestInit);
    expect(r.body).not.toBeNull();
    expect(r.headers.get('content-length')).toBeNull();
    expect(checkContentType(r)).toBeUndefined();
  });

  it('still refuses a DELETE that says it carries a body without saying it is JSON', () => {
    const r = new Request('http://x/api/a', { method: 'DELETE', body: 'x=1', headers: { 'content-length': '3' } });
    r.headers.delete('content-type');
    expect(checkContentType(r)?.status).toBe(415);
  });
});

describe('body shape (issue 17, finding 5)', () => {
  it('measures nesting without recursion, ignoring brackets in strings', () => {
    expect(jsonTooDeep('['.repeat(MAX_JSON_DEPTH) + ']'.repeat(MAX_JSON_DEPTH))).toBe(false);
    expect(jsonTooDeep('['.repeat(MAX_JSON_DEPTH + 1))).toBe(true);
    expect(jsonTooDeep(`{"a":"${'['.repeat(1000)}\\"["}`)).toBe(false);
    expect(jsonTooDeep('{"a":'.repeat(100_000))).toBe(true);
  });

  it('refuses 10,000 levels and bytes that are not UTF-8', async () => {
    const deep = new Request('http://x/api/a', { method: 'POST', body: '['.repeat(10_000) + ']'.repeat(10_000) });
    expect((await checkBody(deep))?.status).toBe(400);
    const latin1 = new Request('http://x/api/a', {
      method: 'POST',
      body: Uint8Array.of(0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xe9, 0x22, 0x7d),
    });
    expect((await checkBody(latin1))?.status).toBe(400);
    expect(await checkBody(new Request('http://x/api/a', { method: 'POST', body: '{"naam":"Zoë"}' }))).toBeUndefined();
  });
});
