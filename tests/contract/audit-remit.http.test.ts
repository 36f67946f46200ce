// @vitest-environment node
/**
 * Issue 15, remits over real HTTP (the DuckDB gateway): each test auditor gets exactly its
 * remit — totals, aggregates, anomalies, exports, SLA figures, filter lists and subject
 * timelines match a direct count over the universe with the remit's rule restated here in
 * plain code — and every audit endpoint refuses (403 `outsideRemit`) an organisation,
 * activity or person outside it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEngine, configureAudit } from '@mocks/data/audit';
import { AUDIT_ACTIVITIES } from '@mocks/data/audit/catalog';
import { buildUniverse, pseudonymFor, type Universe } from '@mocks/data/audit/universe';
import { ORGANISATIES, organisatie } from '@mocks/data/verwerkingen/register';
import { realHttpGatewayForThisFile } from './support/http-gateway';
import { createValidator, expectValid } from './support/openapi';
import { signInOverHttp } from '../utils/session';

const contract = createValidator('mocks/contracts/audit.yaml');
const gateway = realHttpGatewayForThisFile();
const TARGET = 50_000;
configureAudit({ target: TARGET });

let u: Universe;
beforeAll(async () => {
  // The oracle: the same generator, in memory, counted record by record.
  [u] = await Promise.all([buildUniverse(TARGET), auditEngine().ensure()]);
}, 180_000);

const orgOf = (a: number) => ORGANISATIES[AUDIT_ACTIVITIES[a]!.organisatie]!;
/** Each remit's rule, written out again from the issue (not taken from remits.ts). */
const RULES = {
  'fg-rotterdam': (a: number) => orgOf(a).key === 'gemeente-0599',
  'rvig-audit': (a: number) => {
    const x = AUDIT_ACTIVITIES[a]!;
    const o = orgOf(a);
    const disclosureFromBrp =
      x.inRegister &&
      !x.vertrouwelijk &&
      x.bron === 'brp' &&
      ['spontaan', 'adhoc', 'selectie'].includes(x.verstrekkingswijze ?? '');
    return (
      o.key === 'rvig' || (disclosureFromBrp && !['gemeente', 'inlichtingendienst', 'toezichthouder'].includes(o.soort))
    );
  },
  'ap-toezicht': (a: number) => orgOf(a).soort !== 'inlichtingendienst',
  'ctivd-toezicht': (a: number) => orgOf(a).soort === 'inlichtingendienst',
} as const;
type AuditorId = keyof typeof RULES;
const AUDITORS = Object.keys(RULES) as AuditorId[];
/** A place outside each remit, for the 403s. */
const OUTSIDE: Record<AuditorId, string> = {
  'fg-rotterdam': 'rdw',
  'rvig-audit': 'gemeente-0599',
  'ap-toezicht': 'aivd',
  'ctivd-toezicht': 'gemeente-0599',
};

function oracle(id: AuditorId, extra: (i: number) => boolean = () => true): number {
  const rule = RULES[id];
  const ok = Uint8Array.from(AUDIT_ACTIVITIES, (_, a) => (rule(a) ? 1 : 0));
  let n = 0;
  for (let i = 0; i < u.length; i++) if (ok[u.activity[i]!] && extra(i)) n++;
  return n;
}

const get = (path: string, cookie: string) => fetch(`${gateway()}/api${path}`, { headers: { Cookie: cookie } });
const post = (path: string, body: unknown, cookie: string) =>
  fetch(`${gateway()}/api${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Cookie: cookie },
    body: JSON.stringify(body),
  });

describe.each(AUDITORS.map((a) => [a]))('%s sees exactly its remit', (auditor) => {
  it('says which remit applies', async () => {
    const cookie = await signInOverHttp(gateway(), { auditor });
    const body = await (await get('/audit/bevoegdheid', cookie)).json();
    const validate = contract.response('/audit/bevoegdheid', 'get', '200');
    expectValid(validate, body);
    expect(body.auditor.id).toBe(auditor);
    // The organisations supervised as a whole (RvIG's BRP disclosures come on top, per activity).
    const whole: Record<AuditorId, (o: (typeof ORGANISATIES)[number]) => boolean> = {
      'fg-rotterdam': (o) => o.key === 'gemeente-0599',
      'rvig-audit': (o) => o.key === 'rvig',
      'ap-toezicht': (o) => o.soort !== 'inlichtingendienst',
      'ctivd-toezicht': (o) => o.soort === 'inlichtingendienst',
    };
    expect(body.organisaties.map((o: { id: string }) => o.id)).toEqual(
      ORGANISATIES.filter(whole[auditor]).map((o) => o.id),
    );
    expect(body.verstrekkingenUit !== undefined).toBe(auditor === 'rvig-audit');
    expect(body.uitleg.nl.length).toBeGreaterThan(40);
  });

  it('counts, aggregates, anomalies and the export match a direct count', { timeout: 60_000 }, async () => {
    const cookie = await signInOverHttp(gateway(), { auditor });
    const expected = oracle(auditor);
    expect(expected).toBeGreaterThan(0);
    const page = await (await get('/audit/records?limit=500&sorteer=-organisatie', cookie)).json();
    expect(page.totaal).toBe(expected);
    for (const r of page.records)
      expect(RULES[auditor](AUDIT_ACTIVITIES.findIndex((a) => a.id === r.activiteit.id)), r.activiteit.naam).toBe(true);
    const agg = await (await get('/audit/aggregates', cookie)).json();
    expect(agg.totaal).toBe(expected);
    for (const o of agg.perOrganisatie)
      expect(
        AUDIT_ACTIVITIES.some((a, i) => RULES[auditor](i) && ORGANISATIES[a.organisatie]!.id === o.id),
        o.naam,
      ).toBe(true);
    const anomalies = await (await get('/audit/aggregates?anomalie=alle', cookie)).json();
    expect(anomalies.totaal).toBe(oracle(auditor, (i) => u.anomalies[i] !== 0));
    const mens = await (await get('/audit/records?uitvoering=mens&limit=1', cookie)).json();
    expect(mens.totaal).toBe(oracle(auditor, (i) => u.human[i] === 1));
    const exported = await get('/audit/export?uitvoering=mens', cookie);
    expect(exported.status).toBe(200);
    expect(Number(exported.headers.get('x-total-count'))).toBe(mens.totaal);
    const lines = (await exported.text()).trimEnd().split('\n');
    expect(lines.length - 1).toBe(Math.min(mens.totaal, 100_000));
  });

  it('lists only filter choices and SLA holders inside the remit', async () => {
    const cookie = await signInOverHttp(gateway(), { auditor });
    const catalogus = await (await get('/audit/catalogus', cookie)).json();
    const anyIn = new Set(
      AUDIT_ACTIVITIES.flatMap((a, i) => (RULES[auditor](i) ? [ORGANISATIES[a.organisatie]!.id] : [])),
    );
    expect(new Set(catalogus.organisaties.map((o: { id: string }) => o.id))).toEqual(anyIn);
    for (const a of catalogus.activiteiten)
      expect(RULES[auditor](AUDIT_ACTIVITIES.findIndex((x) => x.id === a.id))).toBe(true);
    const sla = await (await get('/audit/sla', cookie)).json();
    const validate = contract.response('/audit/sla', 'get', '200');
    expectValid(validate, sla);
    const allowed: Record<AuditorId, (id: string) => boolean> = {
      'fg-rotterdam': (id) => id === 'gemeente-0599',
      'rvig-audit': (id) => id === 'rvig-rni',
      'ap-toezicht': () => true,
      'ctivd-toezicht': () => false,
    };
    for (const h of sla.houders) expect(allowed[auditor](h.id), h.id).toBe(true);
    if (auditor === 'ap-toezicht' || auditor === 'fg-rotterdam') expect(sla.houders.length).toBeGreaterThan(0);
  });

  it(
    'refuses an organisation, an activity and a person outside the remit on every endpoint',
    { timeout: 60_000 },
    async () => {
      const cookie = await signInOverHttp(gateway(), { auditor });
      const org = organisatie(OUTSIDE[auditor])!;
      const activity = AUDIT_ACTIVITIES.find((a, i) => a.inRegister && !RULES[auditor](i))!;
      // A test person with no processing in the remit (the universe holds the oracle's answer).
      const inRemit = new Uint8Array(u.subjects.keys.length);
      for (let i = 0; i < u.length; i++) if (RULES[auditor](u.activity[i]!)) inRemit[u.subject[i]!] = 1;
      const stranger = u.subjects.keys.findIndex((k, s) => u.subjects.idType[s] === 'BSN' && !inRemit[s] && k !== '');
      expect(stranger).toBeGreaterThanOrEqual(0);
      const outside = [
        `organisatie=${org.id}`,
        `activiteit=${activity.id}`,
        `pseudoniem=${pseudonymFor(u.subjects.keys[stranger]!)}`,
      ];
      for (const q of outside) {
        for (const path of ['/audit/records', '/audit/aggregates', '/audit/export']) {
          const response = await get(`${path}?${q}`, cookie);
          expect(response.status, `${path}?${q}`).toBe(403);
          const body = await response.json();
          expect(body.code).toBe('outsideRemit');
          expect(contract.schema('Probleem')(body)).toBe(true);
        }
      }
      const reveal = await post(
        `/audit/subjects/${pseudonymFor(u.subjects.keys[stranger]!)}/reveal`,
        { reden: 'Onderzoek naar een klacht, dossier 2026-0042.' },
        cookie,
      );
      expect(reveal.status).toBe(403);
      expect((await reveal.json()).code).toBe('outsideRemit');
      // Nothing refused reached the trail.
      const trail = await (await get('/audit/trail', cookie)).json();
      expect(trail.acties).toEqual([]);
    },
  );
});

describe('subject timelines are cut to the remit', () => {
  it('the FG of Rotterdam sees only Rotterdam’s processing of a Rotterdam resident; the AP sees more', async () => {
    const s = u.subjects.keys.indexOf('999993653');
    const fg = await signInOverHttp(gateway(), { auditor: 'fg-rotterdam' });
    const ap = await signInOverHttp(gateway(), { auditor: 'ap-toezicht' });
    const p = pseudonymFor('999993653');
    const fgPage = await (await get(`/audit/records?pseudoniem=${p}&limit=500`, fg)).json();
    expect(fgPage.totaal).toBe(oracle('fg-rotterdam', (i) => u.subject[i] === s));
    expect(fgPage.totaal).toBeGreaterThan(0);
    expect(new Set(fgPage.records.map((r: { organisatie: { naam: string } }) => r.organisatie.naam))).toEqual(
      new Set(['Gemeente Rotterdam']),
    );
    const apPage = await (await get(`/audit/records?pseudoniem=${p}&limit=1`, ap)).json();
    expect(apPage.totaal).toBe(oracle('ap-toezicht', (i) => u.subject[i] === s));
    expect(apPage.totaal).toBeGreaterThan(fgPage.totaal);
  });
});

describe('the access trail follows supervision', () => {
  it('the AP reads the trail of the FG and RvIG; they do not read the AP’s, and nobody but the CTIVD reads the CTIVD’s', async () => {
    const cookies = Object.fromEntries(
      await Promise.all(AUDITORS.map(async (a) => [a, await signInOverHttp(gateway(), { auditor: a })] as const)),
    ) as Record<AuditorId, string>;
    for (const a of AUDITORS) expect((await get('/audit/records?limit=1', cookies[a])).status).toBe(200);
    const seenBy = async (a: AuditorId) =>
      new Set(
        (await (await get('/audit/trail', cookies[a])).json()).acties.map(
          (e: { auditor: { id: string } }) => e.auditor.id,
        ),
      );
    expect(await seenBy('ap-toezicht')).toEqual(new Set(['ap-toezicht', 'fg-rotterdam', 'rvig-audit']));
    expect(await seenBy('fg-rotterdam')).toEqual(new Set(['fg-rotterdam']));
    expect(await seenBy('rvig-audit')).toEqual(new Set(['rvig-audit']));
    expect(await seenBy('ctivd-toezicht')).toEqual(new Set(['ctivd-toezicht']));
  });
});
