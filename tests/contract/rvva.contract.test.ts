// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { eventsForBsn, toLdvRecord } from '@mocks/data/verwerkingen/events';
import {
  ACTIVITIES,
  ORGANISATIES,
  activityUri,
  entityUri,
  organisatie,
  parseActivityUri,
  versionsOf,
} from '@mocks/data/verwerkingen/register';
import { ldvHandlers } from '@mocks/handlers/ldv';
import { rvvaHandlers } from '@mocks/handlers/rvva';
import { server } from '@mocks/node';
import { createValidator, expectValid } from './support/openapi';
import { signInAs } from '../utils/session';

const contract = createValidator(
  'mocks/specs/logging/logius-ldv-rvva-processing-activities-register-v0.1-openapi.json',
  { openapi30: true },
);
const activitySchema = contract.response('/processing_activities/{processingActivityId}', 'get', '200');
const versionSchema = contract.response(
  '/processing_activities/{processingActivityId}/versions/{processingActivityVersionNumber}',
  'get',
  '200',
);
const entitySchema = contract.response('/entities/{entityId}', 'get', '200');

const base = 'http://localhost/api/rvva';
/** The gateway path of a register URI (the app maps them the same way). */
const path = (uri: string) => `${base}${new URL(uri).pathname.replace(/^\/api\/rvva/, '')}`;
const registerOf = (key: string) => organisatie(key)!.id;

describe('RvVA registers, one per organisation (GET /api/rvva/{register}/…)', () => {
  it("answers every visible activity and each of its versions with valid bodies, in its own organisation's register", async () => {
    server.use(...rvvaHandlers);
    await signInAs({ bsn: '999993653' });
    for (const a of ACTIVITIES.filter((x) => !x.vertrouwelijk)) {
      const response = await fetch(path(activityUri(a)));
      expect(response.status, a.key).toBe(200);
      const body = (await response.json()) as Record<string, unknown>;
      expectValid(activitySchema, body, a.key);
      const versions = versionsOf(a);
      expect(body).toMatchObject({
        id: a.id,
        active: true,
        latestVersion: versions.length,
        name: a.naam,
        grondslag: a.grondslag,
        vertrouwelijkheid: 'normaal',
      });
      for (const v of versions) {
        const version = await fetch(path(activityUri(a, v.version)));
        expect(version.status).toBe(200);
        const vb = (await version.json()) as Record<string, unknown>;
        expectValid(versionSchema, vb);
        expect(vb).toMatchObject({
          version: v.version,
          validFrom: v.validFrom,
          grondslag: v.grondslag,
          purpose: v.doel,
        });
      }
      expect((await fetch(path(activityUri(a, versions.length + 1)))).status).toBe(404);
    }
  }, 120_000);

  it('keeps real version history: kvk-verstrekking changed its legal basis on 1 January 2025', async () => {
    server.use(...rvvaHandlers);
    await signInAs({ bsn: '999993653' });
    const a = ACTIVITIES.find((x) => x.key === 'kvk-verstrekking')!;
    const v1 = await (await fetch(path(activityUri(a, 1)))).json();
    const v2 = await (await fetch(path(activityUri(a, 2)))).json();
    expect(v1).toMatchObject({
      validFrom: '2020-01-01T00:00:00Z',
      grondslag: 'Handelsregisterwet 2007 art. 21',
      legalBasis: ['PublicInterest'],
    });
    expect(v2).toMatchObject({
      validFrom: '2025-01-01T00:00:00Z',
      grondslag: 'Handelsregisterwet 2007 art. 21 en 22',
      legalBasis: ['LegalObligation', 'PublicInterest'],
    });
    expect(ACTIVITIES.filter((x) => versionsOf(x).length > 1).length).toBeGreaterThanOrEqual(3);
  });

  it("answers an activity asked for in another organisation's register with 404", async () => {
    server.use(...rvvaHandlers);
    await signInAs({ bsn: '999993653' });
    const a = ACTIVITIES.find((x) => x.key === 'svb-aow')!;
    expect((await fetch(`${base}/${registerOf('kadaster')}/processing_activities/${a.id}`)).status).toBe(404);
    expect((await fetch(`${base}/${registerOf('svb')}/processing_activities/${a.id}`)).status).toBe(200);
  });

  it('answers every organisation with a valid entity, in its own register', async () => {
    server.use(...rvvaHandlers);
    await signInAs({ bsn: '999993653' });
    for (const o of ORGANISATIES) {
      const response = await fetch(path(entityUri(o.id)));
      expect(response.status, o.key).toBe(200);
      const body: unknown = await response.json();
      expectValid(entitySchema, body, o.key);
      expect(body).toMatchObject({ id: o.id, name: o.naam, type: 'Organisation' });
    }
  });

  it('resolves every register version and organisation a citizen sees in the log', async () => {
    server.use(...ldvHandlers, ...rvvaHandlers);
    await signInAs({ bsn: '999993653' });
    const log = eventsForBsn('999993653')!;
    const uris = new Set<string>();
    const entities = new Set<string>();
    for (let i = 0; i < log.length; i++) {
      const r = toLdvRecord(log, i);
      uris.add(r.attributes['dpl.core.processing_activity_id']);
      entities.add(entityUri(parseActivityUri(r.attributes['dpl.core.processing_activity_id'])!.registerId));
      const foreign = r.attributes['dpl.core.foreign_operation.entity'];
      if (foreign) entities.add(foreign);
    }
    for (const uri of uris) {
      const id = parseActivityUri(uri)!.activityId;
      // Confidential ones are not in the citizen's log response; the generator's full log has them.
      const expected = ACTIVITIES.find((a) => a.id === id)?.vertrouwelijk ? 404 : 200;
      expect((await fetch(path(uri))).status, uri).toBe(expected);
    }
    for (const uri of entities) expect((await fetch(path(uri))).status, uri).toBe(200);
  });

  it('hides confidential activities from citizens (404, like an unknown id) but shows them to auditors', async () => {
    server.use(...rvvaHandlers);
    const confidential = ACTIVITIES.filter((a) => a.vertrouwelijk);
    expect(confidential.length).toBeGreaterThan(0);
    await signInAs({ bsn: '999993653' });
    for (const a of confidential) {
      const response = await fetch(path(activityUri(a)));
      expect(response.status, a.key).toBe(404);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect((await fetch(path(activityUri(a, 1)))).status).toBe(404);
    }
    expect(
      (await fetch(`${base}/${registerOf('rvig')}/processing_activities/00000000-0000-4000-8000-000000000000`)).status,
    ).toBe(404);
    await signInAs({ auditor: 'ap-toezicht' });
    for (const a of confidential) {
      const response = await fetch(path(activityUri(a)));
      expect(response.status, a.key).toBe(200);
      const body = (await response.json()) as Record<string, unknown>;
      expectValid(activitySchema, body);
      expect(body.vertrouwelijkheid).toBe('vertrouwelijk');
    }
  });

  it('answers 404 for an unknown version, register or entity and 401 without a session', async () => {
    server.use(...rvvaHandlers);
    const a = ACTIVITIES[0]!;
    expect((await fetch(path(activityUri(a)))).status).toBe(401);
    expect((await fetch(path(entityUri(ORGANISATIES[0]!.id)))).status).toBe(401);
    await signInAs({ bsn: '999993653' });
    expect((await fetch(path(activityUri(a, 99)))).status).toBe(404);
    expect((await fetch(`${base}/${registerOf(a.organisatie)}/processing_activities/${a.key}`)).status).toBe(404);
    expect((await fetch(`${base}/00000000-0000-4000-8000-000000000000/entities/${ORGANISATIES[0]!.id}`)).status).toBe(
      404,
    );
    expect((await fetch(`${base}/${ORGANISATIES[0]!.id}/entities/00000000-0000-4000-8000-000000000000`)).status).toBe(
      404,
    );
  });
});
