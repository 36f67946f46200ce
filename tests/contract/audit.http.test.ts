// @vitest-environment node
/**
 * The auditor API over real HTTP (the `npm run mock-api` gateway), against
 * mocks/contracts/audit.yaml: who may call it, what the responses look like, that no BSN
 * leaves the gateway except through a recorded reveal, and the trail.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { allTestBsns } from '@mocks/data/brp';
import { auditEngine, configureAudit } from '@mocks/data/audit';
import { pseudonymFor, SPIKE_DAY } from '@mocks/data/audit/universe';
import { findOrganisatie, organisatie } from '@mocks/data/verwerkingen/register';
import { realHttpGatewayForThisFile } from './support/http-gateway';
import { createValidator, expectValid } from './support/openapi';
import { signInOverHttp } from '../utils/session';

const contract = createValidator('mocks/contracts/audit.yaml');
const gateway = realHttpGatewayForThisFile();
const BSNS = new Set(allTestBsns());

// A small synthetic part keeps this file fast; the test persons' part is always complete.
configureAudit({ target: 150_000 });
beforeAll(async () => {
  await auditEngine().ensure();
}, 120_000);

const get = (path: string, cookie?: string) =>
  fetch(`${gateway()}/api${path}`, { headers: cookie ? { Cookie: cookie } : {} });
const post = (path: string, body: unknown, cookie?: string) =>
  fetch(`${gateway()}/api${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(cookie ? { Cookie: cookie } : {}) },
    body: JSON.stringify(body),
  });

/** No 9-digit number in a body is the BSN of a test person. */
function expectNoBsn(text: string) {
  const found = (text.match(/(?<![0-9])[0-9]{9}(?![0-9])/g) ?? []).filter((n) => BSNS.has(n));
  expect(found, 'a BSN in a response').toEqual([]);
}

const pseudonym = pseudonymFor('999993653');
const ENDPOINTS: Array<[string, (cookie?: string) => Promise<Response>]> = [
  ['GET /audit/status', (c) => get('/audit/status', c)],
  ['GET /audit/catalogus', (c) => get('/audit/catalogus', c)],
  ['GET /audit/records', (c) => get('/audit/records', c)],
  ['GET /audit/aggregates', (c) => get('/audit/aggregates', c)],
  ['GET /audit/export', (c) => get('/audit/export', c)],
  [
    'POST /audit/subjects/{p}/reveal',
    (c) =>
      post(
        `/audit/subjects/${pseudonym}/reveal`,
        { reden: 'Onderzoek naar een klacht over inzage door een medewerker.' },
        c,
      ),
  ],
  ['GET /audit/bevoegdheid', (c) => get('/audit/bevoegdheid', c)],
  ['GET /audit/onthullingen', (c) => get('/audit/onthullingen', c)],
  [
    'POST /audit/onthullingen/{id}/besluit',
    (c) => post('/audit/onthullingen/v00001/besluit', { besluit: 'goedkeuren' }, c),
  ],
  ['POST /audit/onthullingen/{id}/onthullen', (c) => post('/audit/onthullingen/v00001/onthullen', {}, c)],
  ['GET /audit/trail', (c) => get('/audit/trail', c)],
  ['GET /audit/trail/export', (c) => get('/audit/trail/export', c)],
  ['GET /audit/sla', (c) => get('/audit/sla', c)],
];

describe('audit API: who may call it', () => {
  it.each(ENDPOINTS)('%s: 401 without a session, 403 for a citizen', async (_name, call) => {
    const anonymous = await call();
    expect(anonymous.status).toBe(401);
    expectValid(contract.schema('Probleem'), await anonymous.json());
    const citizen = await signInOverHttp(gateway(), { bsn: '999993653' });
    const forbidden = await call(citizen);
    expect(forbidden.status).toBe(403);
    const body = await forbidden.json();
    expectValid(contract.schema('Probleem'), body);
    expect(body.code).toBe('forbidden');
  });

  it('a citizen’s attempt leaves nothing on the trail', async () => {
    const citizen = await signInOverHttp(gateway(), { bsn: '999993653' });
    await get('/audit/records', citizen);
    const auditor = await signInOverHttp(gateway(), { auditor: 'fg-rotterdam' });
    const trail = await (await get('/audit/trail', auditor)).json();
    expect(trail.acties).toEqual([]);
  });
});

describe('audit API: responses follow audit.yaml and never carry a BSN', () => {
  it('status, catalogue, SLA, search pages and aggregates', async () => {
    // The HTTP gateway answers from DuckDB (the in-page engine is for the browser-only mode).
    expect(auditEngine().kind).toBe('duckdb');
    const cookie = await signInOverHttp(gateway(), { auditor: 'ap-toezicht' });
    const status = await get('/audit/status', cookie);
    const statusBody = await status.json();
    expectValid(contract.response('/audit/status', 'get', '200'), statusBody);
    expect(statusBody).toMatchObject({ status: 'klaar', voortgang: 1 });
    expect(statusBody.records).toBeGreaterThanOrEqual(150_000);

    for (const path of ['/audit/catalogus', '/audit/sla']) {
      const response = await get(path, cookie);
      expect(response.status).toBe(200);
      const text = await response.text();
      expectNoBsn(text);
      expectValid(contract.response(path, 'get', '200'), JSON.parse(text));
    }
    const sla = await (await get('/audit/sla', cookie)).json();
    expect(sla.houders.length).toBeGreaterThan(0);

    const amsterdam = organisatie('gemeente-0363')!.id;
    const queries = [
      '?limit=500',
      '?sorteer=-tijd&limit=37',
      `?organisatie=${amsterdam}&van=2026-01-01&tot=2026-01-31&sorteer=organisatie`,
      '?uitvoering=mens&anomalie=alle&limit=200',
      '?grondslag=LegalObligation&categorie=adres&registratie=brp&sorteer=-organisatie',
      `?pseudoniem=${pseudonym}`,
    ];
    for (const query of queries) {
      let cursor: string | null = null;
      let seen = 0;
      let total = 0;
      for (let page = 0; page < 3; page++) {
        const response = await get(
          `/audit/records${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
          cookie,
        );
        expect(response.status, query).toBe(200);
        const text = await response.text();
        expectNoBsn(text);
        const body = JSON.parse(text);
        expectValid(contract.response('/audit/records', 'get', '200'), body);
        total = body.totaal;
        seen += body.records.length;
        cursor = body.volgende;
        if (!cursor) break;
      }
      expect(seen).toBeLessThanOrEqual(total);
      const aggregates = await get(`/audit/aggregates${query.replace(/&?limit=\d+/, '')}`, cookie);
      const aggText = await aggregates.text();
      expectNoBsn(aggText);
      const agg = JSON.parse(aggText);
      expectValid(contract.response('/audit/aggregates', 'get', '200'), agg);
      expect(agg.totaal).toBe(total);
      expect(agg.perMaand.reduce((s: number, m: { aantal: number }) => s + m.aantal, 0)).toBe(total);
    }
  });

  it('filters to one organisation and month: every record matches, sorted by time', async () => {
    const cookie = await signInOverHttp(gateway(), { auditor: 'ap-toezicht' });
    const hellevoetsluis = organisatie('gemeente-0530')!;
    const body = await (
      await get(`/audit/records?organisatie=${hellevoetsluis.id}&van=2026-03-01&tot=2026-03-31&limit=500`, cookie)
    ).json();
    expect(body.totaal).toBeGreaterThanOrEqual(80); // the planted spike of 17 March
    for (const r of body.records) {
      expect(r.organisatie.id).toBe(hellevoetsluis.id);
      expect(r.tijd >= '2026-03-01' && r.tijd < '2026-04-01').toBe(true);
    }
    const times = body.records.map((r: { tijd: string }) => r.tijd);
    expect(times).toEqual([...times].sort());
    const spike = body.records.filter((r: { anomalieen: string[]; tijd: string }) =>
      r.anomalieen.includes('volume-piek'),
    );
    expect(spike.length).toBe(80);
    expect(spike.every((r: { tijd: string }) => r.tijd.startsWith(SPIKE_DAY))).toBe(true);
    expect(findOrganisatie(hellevoetsluis.id)).toBeDefined();
  });

  it('rejects bad filters, a page over 500 and a cursor from another query', async () => {
    const cookie = await signInOverHttp(gateway(), { auditor: 'ap-toezicht' });
    for (const query of [
      '?limit=501',
      '?van=gisteren',
      '?organisatie=nope',
      '?anomalie=x',
      '?sorteer=bsn',
      '?bsn=999993653',
      '?pseudoniem=999993653',
    ]) {
      const response = await get(`/audit/records${query}`, cookie);
      expect(response.status, query).toBe(400);
      const text = await response.text();
      expectNoBsn(text);
      expectValid(contract.schema('Probleem'), JSON.parse(text));
    }
    const first = await (await get('/audit/records?limit=10', cookie)).json();
    const other = await get(
      `/audit/records?limit=10&uitvoering=mens&cursor=${encodeURIComponent(first.volgende)}`,
      cookie,
    );
    expect(other.status).toBe(400);
  });

  it('streams the CSV export with its counts, and it carries no BSN', async () => {
    const cookie = await signInOverHttp(gateway(), { auditor: 'ap-toezicht' });
    const response = await get('/audit/export?uitvoering=mens&van=2026-01-01&tot=2026-03-31', cookie);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    const rows = Number(response.headers.get('x-export-rows'));
    expect(rows).toBeGreaterThan(0);
    const reader = response.body!.getReader();
    let chunks = 0;
    let text = '';
    const decoder = new TextDecoder();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks++;
      text += decoder.decode(value, { stream: true });
    }
    expect(chunks).toBeGreaterThan(1);
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^Tijd;Pseudoniem;Organisatie;/); // TextDecoder drops the BOM
    expect(lines[1]).toMatch(/^\d{2}-\d{2}-\d{4} \d{2}:\d{2}:\d{2};/);
    expect(lines).toHaveLength(rows + 1);
    expectNoBsn(text);
  });
});

describe('audit API: reveal and the access trail', () => {
  it('reveals only with a reason, records it first, and shows every action to every auditor', async () => {
    const a = await signInOverHttp(gateway(), { auditor: 'fg-rotterdam' });
    const b = await signInOverHttp(gateway(), { auditor: 'ap-toezicht' });
    expect((await get('/audit/records?uitvoering=mens', a)).status).toBe(200);
    expect((await get('/audit/export?anomalie=buiten-kantoortijd', a)).status).toBe(200);

    const short = await post(`/audit/subjects/${pseudonym}/reveal`, { reden: 'kijken' }, a);
    expect(short.status).toBe(400);
    expectNoBsn(await short.text());
    expect(
      (
        await post(
          '/audit/subjects/ps-00000000000000000000/reveal',
          { reden: 'Een reden die lang genoeg is om te tellen.' },
          a,
        )
      ).status,
    ).toBe(404);

    const reden = 'Klacht 2026-114: mogelijk onterechte inzage door een medewerker.';
    const reveal = await post(`/audit/subjects/${pseudonym}/reveal`, { reden }, a);
    expect(reveal.status).toBe(200);
    const revealed = await reveal.json();
    expectValid(contract.response('/audit/subjects/{pseudoniem}/reveal', 'post', '200'), revealed);
    expect(revealed).toMatchObject({ pseudoniem: pseudonym, identificatieType: 'BSN', identificatie: '999993653' });

    const trail = await (await get('/audit/trail', b)).json();
    expectValid(contract.response('/audit/trail', 'get', '200'), trail);
    expect(trail.acties.map((e: { actie: string }) => e.actie)).toEqual(['onthullen', 'exporteren', 'zoeken']);
    expect(trail.acties[0]).toMatchObject({ auditor: { id: 'fg-rotterdam' }, pseudoniem: pseudonym, reden });
    expect(trail.acties[1].filters).toMatchObject({ anomalie: 'buiten-kantoortijd' });
    expect(trail.acties[2].filters).toMatchObject({ uitvoering: 'mens' });
    expectNoBsn(JSON.stringify(trail));
  });
});
