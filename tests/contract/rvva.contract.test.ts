// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { eventsForBsn, toLdvRecord } from '@mocks/data/verwerkingen/events';
import { ACTIVITIES, ORGANISATIES } from '@mocks/data/verwerkingen/register';
import { ldvHandlers } from '@mocks/handlers/ldv';
import { rvvaHandlers } from '@mocks/handlers/rvva';
import { server } from '../../mocks/node';
import { createValidator, describeErrors } from './support/openapi';

const contract = createValidator('mocks/specs/logging/logius-ldv-rvva-processing-activities-register-v0.1-openapi.json', { openapi30: true });
const activitySchema = contract.response('/processing_activities/{processingActivityId}', 'get', '200');
const versionSchema = contract.response('/processing_activities/{processingActivityId}/versions/{processingActivityVersionNumber}', 'get', '200');
const entitySchema = contract.response('/entities/{entityId}', 'get', '200');

const base = 'http://localhost/api/rvva';

async function signIn(credentials: { bsn: string } | { auditor: string }) {
  const response = await fetch('http://localhost/api/auth/session', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(credentials),
  });
  expect(response.status).toBe(201);
}

describe('RvVA register (GET /api/rvva/…)', () => {
  it('answers every visible activity, and its version 1, with valid bodies', async () => {
    server.use(...rvvaHandlers);
    await signIn({ bsn: '999993653' });
    for (const a of ACTIVITIES.filter((x) => !x.vertrouwelijk)) {
      const response = await fetch(`${base}/processing_activities/${a.id}`);
      expect(response.status, a.key).toBe(200);
      const body = (await response.json()) as Record<string, unknown>;
      expect(activitySchema(body), `${a.key}\n${describeErrors(activitySchema)}`).toBe(true);
      // The latest version's fields are inlined, so they must be a valid version too.
      expect(versionSchema(body), `${a.key}\n${describeErrors(versionSchema)}`).toBe(true);
      expect(body).toMatchObject({ id: a.id, active: true, latestVersion: 1, name: a.naam, grondslag: a.grondslag, vertrouwelijkheid: 'normaal' });
      const version = await fetch(`${base}/processing_activities/${a.id}/versions/1`);
      expect(version.status).toBe(200);
      expect(versionSchema(await version.json()), describeErrors(versionSchema)).toBe(true);
    }
  }, 60_000);

  it('answers every organisation with a valid entity', async () => {
    server.use(...rvvaHandlers);
    await signIn({ bsn: '999993653' });
    for (const o of ORGANISATIES) {
      const response = await fetch(`${base}/entities/${o.id}`);
      expect(response.status, o.key).toBe(200);
      const body: unknown = await response.json();
      expect(entitySchema(body), `${o.key}\n${describeErrors(entitySchema)}`).toBe(true);
      expect(body).toMatchObject({ id: o.id, name: o.naam, type: 'Organisation' });
    }
  });

  it('resolves every activity and organisation a citizen sees in the log', async () => {
    server.use(...ldvHandlers, ...rvvaHandlers);
    await signIn({ bsn: '999993653' });
    const log = eventsForBsn('999993653')!;
    const activityIds = new Set<string>();
    const entityIds = new Set<string>();
    for (let i = 0; i < log.length; i++) {
      const r = toLdvRecord(log, i);
      activityIds.add(r.attributes['dpl.core.processing_activity_id']);
      entityIds.add(r.attributes['mg.organisation_id']);
      if (r.attributes['mg.recipient_id']) entityIds.add(r.attributes['mg.recipient_id']);
    }
    for (const uri of activityIds) {
      const id = uri.split('/').at(-1)!;
      // Confidential ones are not in the citizen's log response; the generator's full log has them.
      const expected = ACTIVITIES.find((a) => a.id === id)?.vertrouwelijk ? 404 : 200;
      expect((await fetch(`${base}/processing_activities/${id}`)).status, uri).toBe(expected);
    }
    for (const id of entityIds) expect((await fetch(`${base}/entities/${id}`)).status, id).toBe(200);
  });

  it('hides confidential activities from citizens (404, like an unknown id) but shows them to auditors', async () => {
    server.use(...rvvaHandlers);
    const confidential = ACTIVITIES.filter((a) => a.vertrouwelijk);
    expect(confidential.length).toBeGreaterThan(0);
    await signIn({ bsn: '999993653' });
    for (const a of confidential) {
      const response = await fetch(`${base}/processing_activities/${a.id}`);
      expect(response.status, a.key).toBe(404);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect((await fetch(`${base}/processing_activities/${a.id}/versions/1`)).status).toBe(404);
    }
    expect((await fetch(`${base}/processing_activities/00000000-0000-4000-8000-000000000000`)).status).toBe(404);
    await signIn({ auditor: 'ap-toezicht' });
    for (const a of confidential) {
      const response = await fetch(`${base}/processing_activities/${a.id}`);
      expect(response.status, a.key).toBe(200);
      const body = (await response.json()) as Record<string, unknown>;
      expect(activitySchema(body), describeErrors(activitySchema)).toBe(true);
      expect(body.vertrouwelijkheid).toBe('vertrouwelijk');
    }
  });

  it('answers 404 for an unknown version or entity and 401 without a session', async () => {
    server.use(...rvvaHandlers);
    const a = ACTIVITIES[0]!;
    expect((await fetch(`${base}/processing_activities/${a.id}`)).status).toBe(401);
    expect((await fetch(`${base}/entities/${ORGANISATIES[0]!.id}`)).status).toBe(401);
    await signIn({ bsn: '999993653' });
    expect((await fetch(`${base}/processing_activities/${a.id}/versions/2`)).status).toBe(404);
    expect((await fetch(`${base}/processing_activities/${a.key}`)).status).toBe(404);
    expect((await fetch(`${base}/entities/00000000-0000-4000-8000-000000000000`)).status).toBe(404);
  });
});
