// @vitest-environment node
/**
 * Issue 15, watching the watchers, over real HTTP: a reveal needs a reason a reader can see
 * (hostile ones refused with a clear message, valid ones stored exactly as shown); it is a
 * processing of the person's data, so it appears in that person's own log (unless the
 * supervision is confidential); a person with geheimhouding needs four eyes; and the access
 * trail can be exported and verified but not changed.
 */
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEngine, configureAudit } from '@mocks/data/audit';
import { revealEvents } from '@mocks/data/audit/reveal-events';
import { verifyTrail, type TrailEntry } from '@mocks/data/audit/trail';
import { pseudonymFor } from '@mocks/data/audit/universe';
import { allTestBsns, getPersoonByBsn } from '@mocks/data/brp';
import { LOG_FROM } from '@mocks/data/verwerkingen/events';
import { ACTIVITIES, activityUri, findActivity, organisatie } from '@mocks/data/verwerkingen/register';
import { visibleRecords } from '@mocks/handlers/ldv';
import { gatewayNow } from '@mocks/gateway/clock';
import { HOSTILE_REASONS, VALID_REASONS } from '../fixtures/reveal-reasons';
import { realHttpGatewayForThisFile } from './support/http-gateway';
import { createValidator, expectValid } from './support/openapi';
import { signInOverHttp } from '../utils/session';

const contract = createValidator('mocks/contracts/audit.yaml');
const gateway = realHttpGatewayForThisFile();
configureAudit({ target: 0 });
beforeAll(async () => {
  await auditEngine().ensure();
}, 180_000);

const RESIDENT = '999993653'; // lives in Rotterdam
const get = (path: string, cookie: string) => fetch(`${gateway()}/api${path}`, { headers: { Cookie: cookie } });
const send = (method: string, path: string, body: unknown, cookie: string) =>
  fetch(`${gateway()}/api${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', Cookie: cookie },
    body: JSON.stringify(body),
  });
const post = (path: string, body: unknown, cookie: string) => send('POST', path, body, cookie);
const trailOf = async (cookie: string): Promise<TrailEntry[]> =>
  (await (await get('/audit/trail', cookie)).json()).acties;
const citizenLog = (bsn: string) =>
  visibleRecords({ bsn, startTime: 0, endTime: Number.MAX_SAFE_INTEGER, activityId: undefined, traceId: undefined });

describe('a reveal needs a reason a reader can see', () => {
  it.each(HOSTILE_REASONS.map((r) => [r.name, r]))(
    'refuses %s, with a clear message, and logs nothing',
    async (_name, { reden, code }) => {
      const cookie = await signInOverHttp(gateway(), { auditor: 'fg-rotterdam' });
      const response = await post(`/audit/subjects/${pseudonymFor(RESIDENT)}/reveal`, { reden }, cookie);
      expect(response.status).toBe(400);
      const body = await response.json();
      expect(contract.schema('Probleem')(body)).toBe(true);
      expect(body.invalidParams).toEqual([expect.objectContaining({ name: 'reden', code })]);
      expect(body.invalidParams[0].reason).toMatch(/^[A-Z].{15,}\.$/);
      expect(await trailOf(cookie)).toEqual([]);
      expect(revealEvents(RESIDENT)).toEqual([]);
    },
  );

  it('refuses a reason that is not text, and unknown fields', async () => {
    const cookie = await signInOverHttp(gateway(), { auditor: 'fg-rotterdam' });
    for (const body of [
      { reden: 1234567890123456 },
      { reden: ['Onderzoek naar klacht 2026-114 over inzage'] },
      { reden: 'Onderzoek naar klacht 2026-114 over inzage', extra: 1 },
      {},
    ]) {
      expect(
        (await post(`/audit/subjects/${pseudonymFor(RESIDENT)}/reveal`, body, cookie)).status,
        JSON.stringify(body),
      ).toBe(400);
    }
  });

  it.each(VALID_REASONS.map((r) => [r.name, r]))(
    'stores %s exactly as it was shown',
    async (_name, { reden, stored }) => {
      const cookie = await signInOverHttp(gateway(), { auditor: 'fg-rotterdam' });
      const response = await post(`/audit/subjects/${pseudonymFor(RESIDENT)}/reveal`, { reden }, cookie);
      expect(response.status, await response.clone().text()).toBe(200);
      const [entry] = await trailOf(cookie);
      expect(entry).toMatchObject({ actie: 'onthullen', reden: stored, pseudoniem: pseudonymFor(RESIDENT) });
    },
  );
});

describe('a reveal is a processing of the person’s data', () => {
  it('is written into the person’s own processing log, as the supervisor’s toezicht/audit activity', async () => {
    const cookie = await signInOverHttp(gateway(), { auditor: 'fg-rotterdam' });
    const before = citizenLog(RESIDENT).length;
    const response = await post(
      `/audit/subjects/${pseudonymFor(RESIDENT)}/reveal`,
      { reden: 'Klacht 2026-114: mogelijk onterechte inzage.' },
      cookie,
    );
    expect(response.status).toBe(200);
    const revealed = await response.json();
    const validate = contract.response('/audit/subjects/{pseudoniem}/reveal', 'post', '200');
    expectValid(validate, revealed);
    expect(revealed).toMatchObject({
      identificatieType: 'BSN',
      identificatie: RESIDENT,
      naam: getPersoonByBsn(RESIDENT)?.naam?.volledigeNaam,
    });

    // Through the citizen's own endpoint, signed in as that citizen, by the session's subject code.
    const citizen = await signInOverHttp(gateway(), { bsn: RESIDENT });
    const session = await (await get('/auth/session', citizen)).json();
    const ldv = await post(
      '/ldv/processing-activities',
      {
        'dpl.core.data_subject_id': session.logboekBetrokkene.id,
        'dpl.core.data_subject_id_type': session.logboekBetrokkene.type,
        startTime: LOG_FROM,
      },
      citizen,
    );
    expect(ldv.status).toBe(200);
    const records = (await ldv.json()).processingActivities as Array<{
      name: string;
      startTime: number;
      attributes: Record<string, unknown>;
    }>;
    expect(records).toHaveLength(before + 1);
    const event = records.at(-1)!;
    const activity = findActivity('gemeente-0599:fg-controle')!;
    // A standard record: the register entry (of the version in force) says whose processing it is.
    expect(findActivity(String(event.attributes['dpl.core.processing_activity_id']))).toBe(activity);
    expect(String(event.attributes['dpl.core.processing_activity_id']).startsWith(activityUri(activity))).toBe(true);
    expect(activity.organisatie).toBe(organisatie('gemeente-0599')!.key);
    expect(event.name).toBe('Identiteit bekeken voor toezicht');
    expect(Math.abs(event.startTime - gatewayNow())).toBeLessThan(60_000);
    expect(activity.legalBasis.length).toBeGreaterThan(0);
    expect(activity.naam).toMatch(/toezicht\/audit/);
  });

  it('a CTIVD reveal is logged, but withheld from the citizen like the processing it supervises', async () => {
    const ctivd = await signInOverHttp(gateway(), { auditor: 'ctivd-toezicht' });
    const page = await (await get('/audit/records?limit=500', ctivd)).json();
    const byPseudonym = new Map(allTestBsns().map((b) => [pseudonymFor(b), b]));
    const bsn = page.records.map((r: { pseudoniem: string }) => byPseudonym.get(r.pseudoniem)).find(Boolean) as string;
    expect(bsn).toBeDefined();
    const before = citizenLog(bsn).length;
    const response = await post(
      `/audit/subjects/${pseudonymFor(bsn)}/reveal`,
      { reden: 'Toezichtsonderzoek 2026/3 naar bevragingen van de BRP.' },
      ctivd,
    );
    expect(response.status).toBe(200);
    expect(revealEvents(bsn)).toHaveLength(1);
    expect(ACTIVITIES[revealEvents(bsn)[0]!.activity]?.vertrouwelijk).toBe(true);
    expect(citizenLog(bsn)).toHaveLength(before);
    expect((await trailOf(ctivd))[0]).toMatchObject({ actie: 'onthullen', bevoegdheid: 'ctivd' });
  });
});

describe('four eyes for a person with geheimhouding', () => {
  const secret = allTestBsns().find((b) => getPersoonByBsn(b)?.geheimhoudingPersoonsgegevens)!;

  it('shows nothing until a second auditor of the same body approves; then only the requester sees it, logged', async () => {
    expect(secret).toBeDefined();
    const p = pseudonymFor(secret);
    const first = await signInOverHttp(gateway(), { auditor: 'ap-toezicht' });
    const second = await signInOverHttp(gateway(), { auditor: 'ap-toezicht-2' });
    const other = await signInOverHttp(gateway(), { auditor: 'fg-rotterdam' });
    const reden = 'Klacht 2026-201 van betrokkene over een notaris.';

    const asked = await post(`/audit/subjects/${p}/reveal`, { reden }, first);
    expect(asked.status).toBe(202);
    const request = await asked.json();
    const validate = contract.response('/audit/subjects/{pseudoniem}/reveal', 'post', '202');
    expectValid(validate, request);
    expect(JSON.stringify(request)).not.toContain(secret);
    expect(request).toMatchObject({ status: 'wacht', pseudoniem: p, reden, aangevraagdDoor: { id: 'ap-toezicht' } });
    // Asking again is the same request, not a second one.
    expect((await (await post(`/audit/subjects/${p}/reveal`, { reden }, first)).json()).id).toBe(request.id);
    expect(revealEvents(secret)).toEqual([]);

    // Not before approval, not by yourself, not by another body.
    expect((await post(`/audit/onthullingen/${request.id}/onthullen`, {}, first)).status).toBe(409);
    const self = await post(`/audit/onthullingen/${request.id}/besluit`, { besluit: 'goedkeuren' }, first);
    expect(self.status).toBe(403);
    expect((await self.json()).code).toBe('fourEyes');
    expect((await post(`/audit/onthullingen/${request.id}/besluit`, { besluit: 'goedkeuren' }, other)).status).toBe(
      404,
    );
    expect((await (await get('/audit/onthullingen', other)).json()).verzoeken).toEqual([]);
    expect((await post(`/audit/onthullingen/${request.id}/besluit`, { besluit: 'misschien' }, second)).status).toBe(
      400,
    );

    const listed = await (await get('/audit/onthullingen', second)).json();
    expect(contract.response('/audit/onthullingen', 'get', '200')(listed)).toBe(true);
    expect(listed.verzoeken.map((v: { id: string }) => v.id)).toEqual([request.id]);
    const approved = await post(`/audit/onthullingen/${request.id}/besluit`, { besluit: 'goedkeuren' }, second);
    expect(approved.status).toBe(200);
    expect(await approved.json()).toMatchObject({ status: 'goedgekeurd', beoordeeldDoor: { id: 'ap-toezicht-2' } });
    expect((await post(`/audit/onthullingen/${request.id}/besluit`, { besluit: 'afwijzen' }, second)).status).toBe(409);
    expect(revealEvents(secret)).toEqual([]);

    // Only the requester can have it shown, and that is the reveal.
    expect((await post(`/audit/onthullingen/${request.id}/onthullen`, {}, second)).status).toBe(403);
    const shown = await post(`/audit/onthullingen/${request.id}/onthullen`, {}, first);
    expect(shown.status).toBe(200);
    expect(await shown.json()).toMatchObject({ identificatieType: 'BSN', identificatie: secret });
    expect(revealEvents(secret)).toHaveLength(1);
    const actions = (await trailOf(second)).map((e) => [e.actie, e.auditor.id, e.verzoek]);
    expect(actions).toEqual([
      ['onthullen', 'ap-toezicht', request.id],
      ['onthulling-goedgekeurd', 'ap-toezicht-2', request.id],
      ['onthulling-aangevraagd', 'ap-toezicht', request.id],
    ]);
  });

  it('a rejected request never shows the identity', async () => {
    const first = await signInOverHttp(gateway(), { auditor: 'ap-toezicht' });
    const second = await signInOverHttp(gateway(), { auditor: 'ap-toezicht-2' });
    const request = await (
      await post(
        `/audit/subjects/${pseudonymFor(secret)}/reveal`,
        { reden: 'Klacht 2026-202 van betrokkene over inzage.' },
        first,
      )
    ).json();
    expect((await post(`/audit/onthullingen/${request.id}/besluit`, { besluit: 'afwijzen' }, second)).status).toBe(200);
    const shown = await post(`/audit/onthullingen/${request.id}/onthullen`, {}, first);
    expect(shown.status).toBe(409);
    expect((await shown.json()).code).toBe('rejected');
    expect(revealEvents(secret)).toEqual([]);
  });
});

describe('the access trail: exported, verifiable, unchangeable', () => {
  it('has no way to change it, and its export verifies (and shows tampering)', async () => {
    const fg = await signInOverHttp(gateway(), { auditor: 'fg-rotterdam' });
    await get('/audit/records?uitvoering=mens', fg);
    await post(
      `/audit/subjects/${pseudonymFor(RESIDENT)}/reveal`,
      { reden: '=SUM(A1:A2) is geen formule, dossier 2026-0099' },
      fg,
    );
    const before = await trailOf(fg);
    expect(before).toHaveLength(2);
    expect(contract.response('/audit/trail', 'get', '200')({ acties: before })).toBe(true);
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      for (const path of ['/audit/trail', `/audit/trail/${before[0]!.id}`]) {
        const response = await send(method, path, { reden: 'veranderd', acties: [] }, fg);
        expect(response.status, `${method} ${path}`).toBe(405);
        expect(response.headers.get('allow')).toBe('GET');
      }
    }
    expect(await trailOf(fg)).toEqual(before);

    const exported = await get('/audit/trail/export', fg);
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-type')).toMatch(/^text\/csv/);
    const parsed = Papa.parse<Record<string, string>>(await exported.text(), {
      header: true,
      skipEmptyLines: true,
      delimiter: ';',
    });
    expect(parsed.errors).toEqual([]);
    // Labels in words for a spreadsheet (issue 19), not the API's codes.
    expect(parsed.data.map((r) => r.Actie)).toEqual(['Toegangslogboek geëxporteerd', 'Identiteit getoond', 'Zoeken']);
    // A cell that looks like a formula is neutralised for spreadsheets; the stored reason is not.
    expect(parsed.data[1]!.Reden).toBe("'=SUM(A1:A2) is geen formule, dossier 2026-0099");
    expect((await trailOf(fg))[1]!.reden).toBe('=SUM(A1:A2) is geen formule, dossier 2026-0099');

    const entries = await trailOf(fg);
    expect(await verifyTrail(entries)).toBe(true);
    const tampered = entries.map((e) =>
      e.actie === 'onthullen' ? { ...e, reden: 'Iets anders dat onschuldig lijkt, dossier 1.' } : e,
    );
    expect(await verifyTrail(tampered)).toBe(false);
    const dropped = entries.filter((e) => e.actie !== 'zoeken');
    expect(await verifyTrail(dropped)).toBe(false);
  });
});
