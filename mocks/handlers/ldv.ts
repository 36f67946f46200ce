import { HttpResponse } from 'msw';
import { http } from '../gateway/http';
import { problem } from '../gateway/problem';
import { requireCitizen } from '../gateway/session';
import { eventsForBsn, isConfidentialEvent, toLdvRecord, type LdvRecord } from '../data/verwerkingen/events';
import { findActivity, isConfidential, REGISTER_BASE } from '../data/verwerkingen/register';
import { simulatedRecords } from '../data/verwerkingen/meldingen';
import { revealRecords } from '../data/audit/reveal-events';

/**
 * `POST /api/ldv/processing-activities` — Logboek Dataverwerkingen, extensie lezen 1.1.0
 * (mocks/specs/logging/logius-ldv-extensie-lezen-api-v1.1.0-openapi.json): the processing
 * log of the signed-in citizen.
 *
 * Confidential processing (criminal investigation, intelligence services: GDPR art. 23,
 * Wet BRP art. 3.22) is removed HERE, in the gateway, so it never reaches the browser; the
 * auditor view (issue 6) reads the unfiltered generator instead. The spec has no paging:
 * the whole requested period comes back in one response.
 */

type ErrorItem = { in: 'body' | 'query'; location: string; code: string; detail: string };

const KNOWN_KEYS = new Set([
  'dpl.core.processing_activity_id',
  'dpl.core.data_subject_id',
  'dpl.core.data_subject_id_type',
  'dpl.core.foreign_operation.processor',
  'traceId',
  'startTime',
  'endTime',
]);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A 400 in the spec's problem shape (`ProblemJson.schema.json`: status, title, errors[]). */
function badRequest(errors: ErrorItem[]): Response {
  return problem(400, 'Request validation failed', 'Het verzoek klopt niet; zie errors.', { code: 'paramsValidation', errors });
}

const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

type Query = { bsn: string; startTime: number; endTime: number; activityId: string | undefined; traceId: string | undefined };

/** Validates the body (400 per the spec) and returns the query, or a 400 Response. */
export function parseLdvRequest(body: unknown): Query | Response {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return badRequest([{ in: 'body', location: '#', code: 'type', detail: 'De inhoud moet een JSON-object zijn.' }]);
  }
  const b = body as Record<string, unknown>;
  const errors: ErrorItem[] = [];
  if (Object.keys(b).length === 0) errors.push({ in: 'body', location: '#', code: 'minProperties', detail: 'Geef minimaal één zoekveld op.' });
  for (const key of Object.keys(b)) {
    if (!KNOWN_KEYS.has(key)) errors.push({ in: 'body', location: `#/${key.slice(0, 60)}`, code: 'unknownParam', detail: 'Dit veld bestaat niet in het verzoek.' });
  }
  const subject = b['dpl.core.data_subject_id'];
  const subjectType = b['dpl.core.data_subject_id_type'];
  // A citizen may only read their own log, so the subject is required here (the spec
  // itself allows any field alone, for organisations reading their own logbook).
  if (subject === undefined) errors.push({ in: 'body', location: '#/dpl.core.data_subject_id', code: 'required', detail: 'Geef het burgerservicenummer op.' });
  else if (typeof subject !== 'string' || !/^[0-9]{9}$/.test(subject)) errors.push({ in: 'body', location: '#/dpl.core.data_subject_id', code: 'pattern', detail: 'Een burgerservicenummer heeft 9 cijfers.' });
  if (subjectType !== 'BSN') errors.push({ in: 'body', location: '#/dpl.core.data_subject_id_type', code: subjectType === undefined ? 'required' : 'enum', detail: 'Het type moet "BSN" zijn.' });
  const { startTime, endTime, traceId } = b;
  if (startTime !== undefined && !isTime(startTime)) errors.push({ in: 'body', location: '#/startTime', code: 'integer', detail: 'startTime is een geheel aantal milliseconden sinds 1970 (epoch).' });
  if (endTime !== undefined && !isTime(endTime)) errors.push({ in: 'body', location: '#/endTime', code: 'integer', detail: 'endTime is een geheel aantal milliseconden sinds 1970 (epoch).' });
  if (isTime(startTime) && isTime(endTime) && startTime > endTime) errors.push({ in: 'body', location: '#/endTime', code: 'range', detail: 'endTime ligt voor startTime.' });
  if (traceId !== undefined && (typeof traceId !== 'string' || !UUID.test(traceId))) errors.push({ in: 'body', location: '#/traceId', code: 'format', detail: 'traceId is een uuid.' });
  const activity = b['dpl.core.processing_activity_id'];
  if (activity !== undefined && typeof activity !== 'string') errors.push({ in: 'body', location: '#/dpl.core.processing_activity_id', code: 'type', detail: 'Verwijzing naar het register (uri).' });
  const processor = b['dpl.core.foreign_operation.processor'];
  if (processor !== undefined && typeof processor !== 'string') errors.push({ in: 'body', location: '#/dpl.core.foreign_operation.processor', code: 'type', detail: 'Verwijzing naar een applicatie (uri).' });
  if (errors.length) return badRequest(errors);
  return {
    bsn: subject as string,
    startTime: isTime(startTime) ? startTime : 0,
    endTime: isTime(endTime) ? endTime : Number.MAX_SAFE_INTEGER,
    activityId: typeof activity === 'string' ? (activity.startsWith(REGISTER_BASE) ? activity.slice(REGISTER_BASE.length) : activity) : undefined,
    traceId: typeof traceId === 'string' ? traceId.toLowerCase() : undefined,
  };
}

/**
 * The citizen's visible records for a query: the generator's log minus every confidential
 * event. Events are selected by their start time in [startTime, endTime].
 */
export function visibleRecords(query: Query): LdvRecord[] {
  const log = eventsForBsn(query.bsn);
  if (!log) return [];
  // Filtering by activity: only a known, non-confidential activity can match (findActivity
  // accepts ids and keys); a confidential id matches nothing, exactly like an unknown one.
  const activity = query.activityId === undefined ? undefined : findActivity(query.activityId);
  if (query.activityId !== undefined && (!activity || activity.vertrouwelijk)) return [];
  const out: LdvRecord[] = [];
  for (let i = 0; i < log.length; i++) {
    const t = log.start[i] ?? 0;
    if (t < query.startTime) continue;
    if (t > query.endTime) break; // sorted by start
    if (isConfidentialEvent(log, i)) continue;
    const record = toLdvRecord(log, i);
    if (activity && record.attributes['dpl.core.processing_activity_id'] !== `${REGISTER_BASE}${activity.id}`) continue;
    if (query.traceId && record.traceId !== query.traceId) continue;
    out.push(record);
  }
  // Look-ups simulated by the dev control, and auditors' reveals of this person (issue 15),
  // after the generated log; confidential ones (CTIVD supervision) are withheld like any other.
  for (const record of [...simulatedRecords(query.bsn), ...revealRecords(query.bsn)]) {
    if (isConfidential(record.attributes['dpl.core.processing_activity_id'])) continue;
    if (record.startTime < query.startTime || record.startTime > query.endTime) continue;
    if (activity && record.attributes['dpl.core.processing_activity_id'] !== `${REGISTER_BASE}${activity.id}`) continue;
    if (query.traceId && record.traceId !== query.traceId) continue;
    out.push(record);
  }
  return out;
}

export const ldvHandlers = [
  http.post('/ldv/processing-activities', async ({ request, cookies }) => {
    const session = requireCitizen(cookies);
    if (session instanceof Response) return session;
    let body: unknown;
    try {
      body = await request.json();
    } catch {
      return badRequest([{ in: 'body', location: '#', code: 'json', detail: 'De inhoud is geen geldige JSON.' }]);
    }
    const query = parseLdvRequest(body);
    if (query instanceof Response) return query;
    if (query.bsn !== session.bsn) {
      return problem(403, 'Geen toegang', 'U kunt alleen uw eigen verwerkingen opvragen.', { code: 'forbidden' });
    }
    return HttpResponse.json(
      { processingActivities: visibleRecords(query) },
      { headers: { 'API-Version': '1.1.0', 'Cache-Control': 'no-store' } },
    );
  }),
];
