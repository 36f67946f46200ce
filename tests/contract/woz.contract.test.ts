// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { server } from '@mocks/node';
import { wozHandlers } from '@mocks/handlers/woz';
import { adresVanPersoon, huidigeGemeente } from '@mocks/data/bag';
import { searchWozObjecten } from '@mocks/data/woz';
import { allTestBsns } from '@mocks/data/brp';
import type { Session } from '@mocks/gateway/session';
import { createValidator, describeErrors } from './support/openapi';

// WOZ Bevragen 1.0.0 is OAS 3.0.0.
const contract = createValidator('mocks/specs/woz/woz-bevragen-v1.0.0-openapi.yaml', { openapi30: true });
const HAL = 'application/hal+json';
const zoekOk = contract.response('/wozobjecten', 'get', '200', HAL);
const getOk = contract.response('/wozobjecten/{identificatie}', 'get', '200', HAL);
const get404 = contract.response('/wozobjecten/{identificatie}', 'get', '404', 'application/problem+json');
const ctx = { baseUrl: 'http://localhost/api/woz' };
const base = 'http://localhost/api/woz';
const sessie = (bsn: string): Session => ({ id: 't', role: 'burger', bsn, naam: 't', expiresAt: '' });

function expectValid(validate: ReturnType<typeof contract.schema>, body: unknown, label = '') {
  expect(validate(body), `${label}\n${describeErrors(validate)}`).toBe(true);
}

type Waarde = { vastgesteldeWaarde: number; waardepeildatum: string; ingangsdatum: string };
type WozObject = {
  identificatie: string;
  waarden: Waarde[];
  adresseerbaarObjectIdentificaties: string[];
  verantwoordelijkeGemeente: { code: string; omschrijving?: string };
};

describe('WOZ contract (WOZ Bevragen 1.0.0)', () => {
  it('finds one valid WOZ object with six years of values at every BRP test person address', () => {
    let checked = 0;
    for (const bsn of allTestBsns()) {
      const adres = adresVanPersoon(bsn);
      if (!adres) continue;
      const r = searchWozObjecten(
        new URLSearchParams({ adresseerbaarObjectIdentificatie: adres.adresseerbaarObjectIdentificatie }),
        sessie(bsn),
        ctx,
      );
      expectValid(zoekOk, r.body, bsn);
      const [woz] = (r.body._embedded as { wozObjecten: WozObject[] }).wozObjecten;
      expect(woz?.waarden.map((w) => w.waardepeildatum)).toEqual([
        '2025-01-01',
        '2024-01-01',
        '2023-01-01',
        '2022-01-01',
        '2021-01-01',
        '2020-01-01',
      ]);
      // The municipality responsible today, by its official name: after a merger, the new one.
      const gemeente = huidigeGemeente(adres.gemeentecode);
      expect(gemeente, adres.gemeentecode).toBeDefined();
      expect(gemeente?.eindGeldigheid).toBeUndefined();
      expect(woz?.verantwoordelijkeGemeente).toEqual({ code: gemeente?.code, omschrijving: gemeente?.naam });
      checked++;
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('over HTTP: search by adresseerbaar object and by postcode, then the object itself', async () => {
    server.use(...wozHandlers);
    await fetch('http://localhost/api/auth/session', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ bsn: '999993653' }),
    });
    let r = await fetch(`${base}/wozobjecten?adresseerbaarObjectIdentificatie=0599010000208579`);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/^application\/hal\+json/);
    const zoek = await r.json();
    expectValid(zoekOk, zoek);
    const id = zoek._embedded.wozObjecten[0].identificatie;
    r = await fetch(`${base}/wozobjecten?postcode=3077AW&huisnummer=31`);
    expectValid(zoekOk, await r.json());
    r = await fetch(`${base}/wozobjecten/${id}`);
    const woz = await r.json();
    expectValid(getOk, woz);
    expect(woz.aanduiding).toMatchObject({ postcode: '3077AW', huisnummer: 31 });
    r = await fetch(`${base}/wozobjecten?adresseerbaarObjectIdentificatie=0599010000000001`);
    expect((await r.json())._embedded.wozObjecten).toEqual([]);
  });

  it('answers 401 without a session and 404 for an unknown object', async () => {
    server.use(...wozHandlers);
    expect((await fetch(`${base}/wozobjecten/059900000001`)).status).toBe(401);
    await fetch('http://localhost/api/auth/session', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ bsn: '999993653' }),
    });
    const r = await fetch(`${base}/wozobjecten/000000000000`);
    expect(r.status).toBe(404);
    expectValid(get404, await r.json());
  });
});
