// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { allTestBsns } from '@mocks/data/brp';
import { basisprofielVoor, zoekInschrijvingen } from '@mocks/data/kvk/inschrijvingen';
import type { Session } from '@mocks/gateway/session';
import { kvkHandlers } from '@mocks/handlers/kvk';
import { server } from '@mocks/node';
import { createValidator, describeErrors, type JsonObject } from './support/openapi';
import { signInAs } from '../utils/session';

const contract = createValidator('mocks/contracts/kvk.yaml');
/**
 * The official spec allows any extra property; the mock promises EXACTLY the official
 * shape, so every object schema is closed here to catch invented fields.
 */
function closeObjects(node: unknown): void {
  if (Array.isArray(node)) node.forEach(closeObjects);
  else if (node && typeof node === 'object') {
    const o = node as JsonObject;
    if (o.type === 'object' && o.properties && o.additionalProperties === undefined) o.additionalProperties = false;
    Object.values(o).forEach(closeObjects);
  }
}
const official = createValidator('mocks/specs/kvk/kvk-basisprofiel-v1.3-openapi.yaml', {
  openapi30: true,
  patch: (spec) => closeObjects((spec.components as JsonObject).schemas),
});
const basisprofiel = official.schema('Basisprofiel');
const zoekOk = contract.response('/kvk/inschrijvingen/_zoek', 'post', '200');
const probleem = contract.schema('Probleem');

const session = (bsn: string): Session => ({
  id: 's',
  role: 'burger',
  bsn,
  naam: 'Test',
  expiresAt: '2099-01-01T00:00:00Z',
});

const zoek = (body: unknown) =>
  fetch('http://localhost/api/kvk/inschrijvingen/_zoek', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

type Resultaat = { inschrijvingen: { kvkNummer: string }[] };

describe('kvk contract (mocks/contracts/kvk.yaml + official Basisprofiel 1.3)', () => {
  it('answers every BRP test person with a valid _zoek body and official basisprofielen (pure core)', () => {
    let profielen = 0;
    for (const bsn of allTestBsns()) {
      const result = zoekInschrijvingen({ burgerservicenummer: bsn }, session(bsn));
      expect(result.status, bsn).toBe(200);
      expect(zoekOk(result.body), `${bsn}\n${describeErrors(zoekOk)}`).toBe(true);
      for (const { kvkNummer } of (result.body as Resultaat).inschrijvingen) {
        const profiel = basisprofielVoor(kvkNummer, session(bsn), '/x');
        expect(profiel.status).toBe(200);
        expect(basisprofiel(profiel.body), `${bsn} ${kvkNummer}\n${describeErrors(basisprofiel)}`).toBe(true);
        profielen++;
      }
    }
    expect(profielen).toBeGreaterThan(40);
  });

  it('finds the own registrations and serves their basisprofiel over HTTP', async () => {
    server.use(...kvkHandlers);
    await signInAs('999993653');
    const response = await zoek({ burgerservicenummer: '999993653' });
    expect(response.status).toBe(200);
    const body = (await response.json()) as Resultaat;
    expect(zoekOk(body), describeErrors(zoekOk)).toBe(true);
    const kvkNummer = body.inschrijvingen[0]?.kvkNummer ?? '';
    const profiel = await fetch(`http://localhost/api/kvk/basisprofielen/${kvkNummer}`);
    expect(profiel.status).toBe(200);
    expect(profiel.headers.get('content-type')).toMatch(/^application\/hal\+json/);
    const json: unknown = await profiel.json();
    expect(basisprofiel(json), describeErrors(basisprofiel)).toBe(true);
    expect(json).toMatchObject({ kvkNummer });
  });

  it("answers 403 for a basisprofiel that is not the citizen's own, 400 for a malformed number", async () => {
    server.use(...kvkHandlers);
    const eigen = (zoekInschrijvingen({ burgerservicenummer: '999993653' }, session('999993653')).body as Resultaat)
      .inschrijvingen[0]?.kvkNummer;
    await signInAs('999992077');
    let response = await fetch(`http://localhost/api/kvk/basisprofielen/${eigen ?? ''}`);
    expect(response.status).toBe(403);
    let validate = contract.response('/kvk/basisprofielen/{kvkNummer}', 'get', '403', 'application/problem+json');
    expect(validate(await response.json()), describeErrors(validate)).toBe(true);
    response = await fetch('http://localhost/api/kvk/basisprofielen/123');
    expect(response.status).toBe(400);
    validate = contract.response('/kvk/basisprofielen/{kvkNummer}', 'get', '400', 'application/problem+json');
    expect(validate(await response.json()), describeErrors(validate)).toBe(true);
  });

  it('answers 401 without a session on both endpoints', async () => {
    server.use(...kvkHandlers);
    expect((await zoek({ burgerservicenummer: '999993653' })).status).toBe(401);
    expect((await fetch('http://localhost/api/kvk/basisprofielen/12345678')).status).toBe(401);
  });

  it('answers 403 for another BSN and 400 for a malformed body', async () => {
    server.use(...kvkHandlers);
    await signInAs('999993653');
    let response = await zoek({ burgerservicenummer: '999992077' });
    expect(response.status).toBe(403);
    expect(probleem(await response.json()), describeErrors(probleem)).toBe(true);
    response = await zoek({ bsn: '999993653' });
    expect(response.status).toBe(400);
    const problem = (await response.json()) as { invalidParams?: { name: string }[] };
    expect(probleem(problem), describeErrors(probleem)).toBe(true);
    expect(problem.invalidParams?.map((p) => p.name)).toEqual(['burgerservicenummer', 'bsn']);
  });
});
