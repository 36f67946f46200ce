// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { allTestBsns } from '@mocks/data/brp';
import {
  HEAVY_LOG_BSN,
  LOG_FROM,
  LOG_TO,
  eventsForBsn,
  isConfidentialEvent,
  toLdvRecord,
} from '@mocks/data/verwerkingen/events';
import { SUBJECT_ID_TYPE, subjectIdFor } from '@mocks/data/verwerkingen/betrokkene';
import { ACTIVITIES, activityUri } from '@mocks/data/verwerkingen/register';
import { setGatewayModus } from '@mocks/gateway/modus';
import { ldvHandlers } from '@mocks/handlers/ldv';
import { rvvaHandlers } from '@mocks/handlers/rvva';
import { server } from '@mocks/node';
import { createValidator, loadSpec, type JsonObject, expectValid } from './support/openapi';
import { signInAs } from '../utils/session';

const SPEC = 'mocks/specs/logging/logius-ldv-extensie-lezen-api-v1.1.0-openapi.json';
// The spec refers to its two sibling files by relative path ('./attributes.schema.json',
// './ProblemJson.schema.json'); our validator compiles one document, so they are inlined.
const contract = createValidator(SPEC, {
  openapi30: true,
  patch: (spec) => {
    const schemas = (spec.components as { schemas: Record<string, JsonObject> }).schemas;
    schemas.Attributes = loadSpec('mocks/specs/logging/attributes.schema.json');
    schemas.Nlgovproblem = loadSpec('mocks/specs/logging/ProblemJson.schema.json');
  },
});
const list = contract.schema('ListProcessingActivities');
// The 400 and 401 responses are `$ref`s to components/responses, whose schema is Nlgovproblem.
const nlgovProblem = contract.schema('Nlgovproblem');
const requestSchema = contract.schema('ProcessingActivityRequest');

const url = 'http://localhost/api/ldv/processing-activities';

/** A request as the app makes it: by the encrypted code the session gives, never the BSN. */
const body = (bsn: string, extra: Record<string, unknown> = {}) => ({
  'dpl.core.data_subject_id': subjectIdFor(bsn),
  'dpl.core.data_subject_id_type': SUBJECT_ID_TYPE,
  startTime: LOG_FROM,
  endTime: LOG_TO,
  ...extra,
});

const post = (b: unknown) =>
  fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: typeof b === 'string' ? b : JSON.stringify(b),
  });

type Result = {
  processingActivities: Array<{ traceId: string; startTime: number; attributes: Record<string, unknown> }>;
};

describe('LDV lezen 1.1.0 (POST /api/ldv/processing-activities)', () => {
  it('our request body is valid per the spec', () => {
    expectValid(requestSchema, body('999993653'));
  });

  it.each(['999993653', '999992077', '999993483', '999990408', '999970124'])(
    'answers %s with a valid, confidential-free list',
    async (bsn) => {
      server.use(...ldvHandlers, ...rvvaHandlers);
      await signInAs(bsn);
      const response = await post(body(bsn));
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      const result = (await response.json()) as Result;
      expectValid(list, result);
      const log = eventsForBsn(bsn)!;
      let visible = 0;
      for (let i = 0; i < log.length; i++) if (!isConfidentialEvent(log, i)) visible++;
      expect(result.processingActivities).toHaveLength(visible);
      for (const record of result.processingActivities)
        expect(record.attributes['dpl.core.data_subject_id']).toBe(subjectIdFor(bsn));
      expect(JSON.stringify(result)).not.toContain(bsn);
    },
  );

  it('in strict mode serves records with standard attributes only (dpl.core.*), and with extensions only the documented mg.* ones', async () => {
    server.use(...ldvHandlers);
    await signInAs('999993653');
    const extended = (await (await post(body('999993653'))).json()) as Result;
    const keys = new Set(extended.processingActivities.flatMap((r) => Object.keys(r.attributes)));
    expect([...keys].filter((k) => !k.startsWith('dpl.core.')).sort()).toEqual(['mg.data_categories', 'mg.human']);
    setGatewayModus({ ldvExtensies: false });
    const strict = (await (await post(body('999993653'))).json()) as Result;
    expectValid(list, strict);
    expect(strict.processingActivities).toHaveLength(extended.processingActivities.length);
    for (const r of strict.processingActivities) {
      for (const key of Object.keys(r.attributes))
        expect(key).toMatch(
          /^dpl\.core\.(processing_activity_id|data_subject_id|data_subject_id_type|foreign_operation\.(trace_id|span_id|entity))$/,
        );
    }
    // Per-organisation logs: linked records across organisations, never one shared trace.
    const linked = strict.processingActivities.filter((r) => r.attributes['dpl.core.foreign_operation.span_id']);
    expect(linked.length).toBeGreaterThan(0);
    const byTrace = new Map(strict.processingActivities.map((r) => [r.traceId, r]));
    for (const r of linked)
      expect(byTrace.get(String(r.attributes['dpl.core.foreign_operation.trace_id']))?.traceId).not.toBe(r.traceId);
  });

  it('validates the records of a sample of 150 test persons against the schema', () => {
    const bsns = allTestBsns().filter((_, i) => i % 8 === 0);
    for (const bsn of bsns) {
      const log = eventsForBsn(bsn)!;
      const records = Array.from({ length: log.length }, (_, i) => toLdvRecord(log, i));
      expectValid(list, { processingActivities: records }, bsn);
    }
  });

  it(`returns the whole period for ${HEAVY_LOG_BSN} (≥ 10,000 records) in one response`, async () => {
    server.use(...ldvHandlers);
    await signInAs(HEAVY_LOG_BSN);
    const t0 = performance.now();
    const response = await post(body(HEAVY_LOG_BSN));
    const text = await response.text();
    const ms = performance.now() - t0;
    const result = JSON.parse(text) as Result;
    console.log(
      `${HEAVY_LOG_BSN}: ${result.processingActivities.length} records, ${(text.length / 1024).toFixed(0)} KB, ${ms.toFixed(0)} ms`,
    );
    expect(result.processingActivities.length).toBeGreaterThanOrEqual(10_000);
    expectValid(list, result);
  });

  it('filters by period (startTime/endTime, ms since epoch, on the start of each record)', async () => {
    server.use(...ldvHandlers);
    await signInAs('999993653');
    const startTime = Date.parse('2025-01-01T00:00:00Z');
    const endTime = Date.parse('2025-12-31T23:59:59Z');
    const result = (await (await post(body('999993653', { startTime, endTime }))).json()) as Result;
    const all = (await (await post(body('999993653'))).json()) as Result;
    expect(result.processingActivities.length).toBeGreaterThan(0);
    expect(result.processingActivities.length).toBeLessThan(all.processingActivities.length);
    for (const r of result.processingActivities) expect(r.startTime >= startTime && r.startTime <= endTime).toBe(true);
  });

  it('filters by activity and trace; a confidential activity id matches nothing', async () => {
    server.use(...ldvHandlers);
    await signInAs('999993653');
    const all = (await (await post(body('999993653'))).json()) as Result;
    const first = all.processingActivities[0]!;
    const byActivity = (await (
      await post(
        body('999993653', { 'dpl.core.processing_activity_id': first.attributes['dpl.core.processing_activity_id'] }),
      )
    ).json()) as Result;
    expect(byActivity.processingActivities.length).toBeGreaterThan(0);
    expect(
      byActivity.processingActivities.every(
        (r) => r.attributes['dpl.core.processing_activity_id'] === first.attributes['dpl.core.processing_activity_id'],
      ),
    ).toBe(true);
    const byTrace = (await (await post(body('999993653', { traceId: first.traceId }))).json()) as Result;
    expect(byTrace.processingActivities.every((r) => r.traceId === first.traceId)).toBe(true);
    for (const a of ACTIVITIES.filter((x) => x.vertrouwelijk)) {
      const response = await post(body('999993653', { 'dpl.core.processing_activity_id': activityUri(a, 1) }));
      expect(((await response.json()) as Result).processingActivities).toEqual([]);
    }
  });

  it('answers 401 problem+json without a session', async () => {
    server.use(...ldvHandlers);
    const response = await post(body('999993653'));
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expectValid(nlgovProblem, await response.json());
  });

  it('answers 403 problem+json for another BSN', async () => {
    server.use(...ldvHandlers);
    await signInAs('999993653');
    const response = await post(body('999992077'));
    expect(response.status).toBe(403);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expectValid(nlgovProblem, await response.json());
  });

  it.each([
    ['a body that is not JSON', '{niet json', 'json'],
    ['an empty object', {}, 'minProperties'],
    ['an array', [], 'type'],
    ['no data subject', { 'dpl.core.data_subject_id_type': SUBJECT_ID_TYPE, startTime: 0 }, 'required'],
    [
      'a plain BSN (the log keeps subjects encrypted)',
      body('999993653', { 'dpl.core.data_subject_id': '999993653', 'dpl.core.data_subject_id_type': 'BSN' }),
      'enum',
    ],
    ['a malformed subject code', body('999993653', { 'dpl.core.data_subject_id': '12-34' }), 'pattern'],
    ['an ISO date as startTime', body('999993653', { startTime: '2025-01-01' }), 'integer'],
    ['endTime before startTime', body('999993653', { startTime: 2000, endTime: 1000 }), 'range'],
    ['a traceId that is not a uuid', body('999993653', { traceId: 'abc' }), 'format'],
    ['an unknown field', body('999993653', { page: 2 }), 'unknownParam'],
  ])('answers 400 problem+json for %s', async (_name, b, code) => {
    server.use(...ldvHandlers);
    await signInAs('999993653');
    const response = await post(b);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const problem = (await response.json()) as { errors: Array<{ code: string }> };
    expectValid(nlgovProblem, problem);
    expect(problem.errors.map((e) => e.code)).toContain(code);
  });
});
