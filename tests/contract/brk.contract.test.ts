// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { server } from '@mocks/node';
import { brkHandlers } from '@mocks/handlers/brk';
import { brkForBsn, brkIndex, brkZaak, zakenVanBsn } from '@mocks/data/brk';
import { allTestBsns } from '@mocks/data/brp';
import type { Session } from '@mocks/gateway/session';
import { createValidator, describeErrors } from './support/openapi';
import { signInAs } from '../utils/session';

// BRK Bevragen 2.0.0 is OAS 3.0.0.
const contract = createValidator('mocks/specs/brk/brk-bevragen-v2.0.0-openapi.yaml', { openapi30: true });
const HAL = 'application/hal+json';
const PROBLEM = 'application/problem+json';
const postOk = contract.response('/kadastraalonroerendezaken', 'post', '200', HAL);
const post403 = contract.response('/kadastraalonroerendezaken', 'post', '403', PROBLEM);
const getOk = contract.response(
  '/kadastraalonroerendezaken/{kadastraalOnroerendeZaakIdentificatie}',
  'get',
  '200',
  HAL,
);
const get404 = contract.response(
  '/kadastraalonroerendezaken/{kadastraalOnroerendeZaakIdentificatie}',
  'get',
  '404',
  PROBLEM,
);
const zgOk = contract.response(
  '/kadastraalonroerendezaken/{kadastraalOnroerendeZaakIdentificatie}/zakelijkgerechtigden',
  'get',
  '200',
  HAL,
);
const ctx = { baseUrl: 'http://localhost/api/brk' };
const base = 'http://localhost/api/brk';
const sessie = (bsn: string): Session => ({ id: 't', role: 'burger', bsn, naam: 't', expiresAt: '' });

function expectValid(validate: ReturnType<typeof contract.schema>, body: unknown, label = '') {
  expect(validate(body), `${label}\n${describeErrors(validate)}`).toBe(true);
}

const post = (body: unknown) =>
  fetch(`${base}/kadastraalonroerendezaken`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('BRK contract (Haal Centraal BRK Bevragen 2.0.0)', () => {
  // Bulk through the pure core for all 1,176 persons; HTTP for samples below.
  it('answers the POST with a valid collection for every BRP test person; a share own something', () => {
    let owners = 0;
    for (const bsn of allTestBsns()) {
      const r = brkForBsn({ burgerservicenummer: bsn }, sessie(bsn), ctx);
      expect(r.status).toBe(200);
      expectValid(postOk, r.body, bsn);
      const zaken = (r.body._embedded as { kadastraalOnroerendeZaken: unknown[] }).kadastraalOnroerendeZaken;
      if (zaken.length) owners++;
      for (const z of zakenVanBsn(bsn))
        expectValid(
          getOk,
          brkZaak(z.identificatie, new URLSearchParams('expand=zakelijkGerechtigden'), sessie(bsn), ctx).body,
          z.identificatie,
        );
    }
    expect(owners).toBeGreaterThan(100);
    expect(owners).toBeLessThan(allTestBsns().length);
  });

  it('links the official BRK test objects to the BRK test persons by address', () => {
    expect(zakenVanBsn('999990482').map((z) => z.identificatie)).toContain('56020234070000');
    expect(zakenVanBsn('999990883').map((z) => z.identificatie)).toContain('17550448670000');
    expect(
      brkIndex()
        .zaken.get('22590043870000')
        ?.gerechtigden.find((g) => g.burgerservicenummer === '999995017')?.recht,
    ).toBe('erfpachter');
  });

  it('over HTTP: own BSN gives the zaken (without gerechtigden, as the spec says); GET and gerechtigden validate', async () => {
    server.use(...brkHandlers);
    await signInAs('999990883');
    let r = await post({ burgerservicenummer: '999990883' });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/^application\/hal\+json/);
    const body = await r.json();
    expectValid(postOk, body);
    const zaak = body._embedded.kadastraalOnroerendeZaken[0];
    expect(zaak.zakelijkGerechtigdeIdentificaties).toBeUndefined();
    r = await fetch(`${base}/kadastraalonroerendezaken/${zaak.identificatie}?expand=zakelijkGerechtigden`);
    const detail = await r.json();
    expectValid(getOk, detail);
    expect(detail._embedded.zakelijkGerechtigden.length).toBeGreaterThan(0);
    r = await fetch(`${base}/kadastraalonroerendezaken/${zaak.identificatie}/zakelijkgerechtigden`);
    expectValid(zgOk, await r.json());
    r = await post({ burgerservicenummer: '999990883', fields: 'identificatie,kadastraleAanduiding' });
    const smal = await r.json();
    expect(Object.keys(smal._embedded.kadastraalOnroerendeZaken[0]).sort()).toEqual([
      '_links',
      'identificatie',
      'kadastraleAanduiding',
    ]);
  });

  it('gives an empty collection to a person who owns nothing', async () => {
    server.use(...brkHandlers);
    const bsn = allTestBsns().find((b) => zakenVanBsn(b).length === 0) ?? '';
    await signInAs(bsn);
    const body = await (await post({ burgerservicenummer: bsn })).json();
    expectValid(postOk, body);
    expect(body._embedded.kadastraalOnroerendeZaken).toEqual([]);
  });

  it('answers 401 without a session, 403 for another BSN or zaak, 404 for an unknown zaak, 400 for a bad body', async () => {
    server.use(...brkHandlers);
    expect((await post({ burgerservicenummer: '999993653' })).status).toBe(401);
    await signInAs('999993653');
    let r = await post({ burgerservicenummer: '999990883' });
    expect(r.status).toBe(403);
    expect(r.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expectValid(post403, await r.json());
    r = await fetch(`${base}/kadastraalonroerendezaken/17550448670000`);
    expect(r.status).toBe(403);
    r = await fetch(`${base}/kadastraalonroerendezaken/12345678901234`);
    expect(r.status).toBe(404);
    expectValid(get404, await r.json());
    expect((await post({ burgerservicenummer: '12' })).status).toBe(400);
    expect((await post({ burgerservicenummer: '999993653', fields: 'bestaatNiet' })).status).toBe(400);
  });
});
