import { HttpResponse } from 'msw';
import { http } from '../gateway/http';
import { problem } from '../gateway/problem';
import { requireCitizen } from '../gateway/citizen';
import { gatewayModus } from '../gateway/modus';
import { SUBJECT_ID_TYPE, subjectIdFor } from '../data/verwerkingen/betrokkene';
import {
  eventsForBsn,
  extraToLdvRecord,
  isConfidentialEvent,
  toLdvRecord,
  type LdvRecord,
} from '../data/verwerkingen/events';
import { extraEventsFor } from '../data/verwerkingen/extra';
import { findActivity, isConfidential, parseActivityUri } from '../data/verwerkingen/register';

/**
 * `POST /api/ldv/processing-activities` — Logboek Dataverwerkingen, extensie lezen 1.1.0
 * (mocks/specs/logging/logius-ldv-extensie-lezen-api-v1.1.0-openapi.json): the processing
 * log of the signed-in citizen, as the gateway's fan-out over the organisations' own
 * Logboeken gives it (mocks/contracts/ldv-gateway.yaml): every organisation's records, each
 * in that organisation's own traces, linked across organisations by
 * `dpl.core.foreign_operation.*`. The subject is asked for by the encrypted code the session
 * gives (`dpl.core.data_subject_id`), never by a plain BSN.
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
  return problem(400, 'Request validation failed', 'Het verzoek klopt niet; zie errors.', {
    code: 'paramsValidation',
    errors,
  });
}

const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

type Query = {
  subjectId: string;
  startTime: number;
  endTime: number;
  activityId: string | undefined;
  traceId: string | undefined;
};

/** Validates the body (400 per the spec) and returns the query, or a 400 Response. */
export function parseLdvRequest(body: unknown): Query | Response {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return badRequest([{ in: 'body', location: '#', code: 'type', detail: 'De inhoud moet een JSON-object zijn.' }]);
  }
  const b = body as Record<string, unknown>;
  const errors: ErrorItem[] = [];
  if (Object.keys(b).length === 0)
    errors.push({ in: 'body', location: '#', code: 'minProperties', detail: 'Geef minimaal één zoekveld op.' });
  for (const key of Object.keys(b)) {
    if (!KNOWN_KEYS.has(key))
      errors.push({
        in: 'body',
        location: `#/${key.slice(0, 60)}`,
        code: 'unknownParam',
        detail: 'Dit veld bestaat niet in het verzoek.',
      });
  }
  const subject = b['dpl.core.data_subject_id'];
  const subjectType = b['dpl.core.data_subject_id_type'];
  // A citizen may only read their own log, so the subject is required here (the spec
  // itself allows any field alone, for organisations reading their own logbook). The log keeps
  // subjects encrypted: a plain BSN is refused, the code from the session is asked for.
  if (subject === undefined)
    errors.push({
      in: 'body',
      location: '#/dpl.core.data_subject_id',
      code: 'required',
      detail: 'Geef het versleutelde kenmerk van de betrokkene op (uit de sessie).',
    });
  else if (typeof subject !== 'string' || !/^[0-9a-f]{32}$/.test(subject))
    errors.push({
      in: 'body',
      location: '#/dpl.core.data_subject_id',
      code: 'pattern',
      detail: 'Het versleutelde kenmerk uit de sessie: 32 hexadecimale tekens.',
    });
  if (subjectType !== SUBJECT_ID_TYPE) {
    errors.push({
      in: 'body',
      location: '#/dpl.core.data_subject_id_type',
      code: subjectType === undefined ? 'required' : 'enum',
      detail: `Het type moet "${SUBJECT_ID_TYPE}" zijn; het logboek kent geen onversleuteld BSN.`,
    });
  }
  const { startTime, endTime, traceId } = b;
  if (startTime !== undefined && !isTime(startTime))
    errors.push({
      in: 'body',
      location: '#/startTime',
      code: 'integer',
      detail: 'startTime is een geheel aantal milliseconden sinds 1970 (epoch).',
    });
  if (endTime !== undefined && !isTime(endTime))
    errors.push({
      in: 'body',
      location: '#/endTime',
      code: 'integer',
      detail: 'endTime is een geheel aantal milliseconden sinds 1970 (epoch).',
    });
  if (isTime(startTime) && isTime(endTime) && startTime > endTime)
    errors.push({ in: 'body', location: '#/endTime', code: 'range', detail: 'endTime ligt voor startTime.' });
  if (traceId !== undefined && (typeof traceId !== 'string' || !UUID.test(traceId)))
    errors.push({ in: 'body', location: '#/traceId', code: 'format', detail: 'traceId is een uuid.' });
  const activity = b['dpl.core.processing_activity_id'];
  if (activity !== undefined && typeof activity !== 'string')
    errors.push({
      in: 'body',
      location: '#/dpl.core.processing_activity_id',
      code: 'type',
      detail: 'Verwijzing naar het register (uri).',
    });
  const processor = b['dpl.core.foreign_operation.processor'];
  if (processor !== undefined && typeof processor !== 'string')
    errors.push({
      in: 'body',
      location: '#/dpl.core.foreign_operation.processor',
      code: 'type',
      detail: 'Verwijzing naar een applicatie (uri).',
    });
  if (errors.length) return badRequest(errors);
  return {
    subjectId: subject as string,
    startTime: isTime(startTime) ? startTime : 0,
    endTime: isTime(endTime) ? endTime : Number.MAX_SAFE_INTEGER,
    activityId: typeof activity === 'string' ? activity : undefined,
    traceId: typeof traceId === 'string' ? traceId.toLowerCase() : undefined,
  };
}

/** A Logboek compares the stored URI as it is: a filter on a version's URI finds that version's records. */
const isAbout = (record: LdvRecord, uri: string) => record.attributes['dpl.core.processing_activity_id'] === uri;

/**
 * The citizen's visible records for a query: the generated log minus every confidential
 * event, then the extra per-subject events (./data/verwerkingen/extra.ts) under the same rule.
 * Events are selected by their start time in [startTime, endTime]. `bsn` is the session's.
 */
export function visibleRecords(
  query: Omit<Query, 'subjectId'> & { bsn: string },
  options = { extensions: gatewayModus().ldvExtensies },
): LdvRecord[] {
  const log = eventsForBsn(query.bsn);
  if (!log) return [];
  // Filtering by activity: only a register URI of a known, non-confidential activity can
  // match; a confidential one matches nothing, exactly like an unknown one.
  const activity = query.activityId === undefined ? undefined : findActivity(query.activityId);
  if (query.activityId !== undefined && (!activity || activity.vertrouwelijk || !parseActivityUri(query.activityId)))
    return [];
  const uri = query.activityId;
  const out: LdvRecord[] = [];
  for (let i = 0; i < log.length; i++) {
    const t = log.start[i] ?? 0;
    if (t < query.startTime) continue;
    if (t > query.endTime) break; // sorted by start
    if (isConfidentialEvent(log, i)) continue;
    const record = toLdvRecord(log, i, options);
    if (uri && !isAbout(record, uri)) continue;
    if (query.traceId && record.traceId !== query.traceId) continue;
    out.push(record);
  }
  for (const event of extraEventsFor(query.bsn)) {
    if (event.start < query.startTime || event.start > query.endTime || isConfidential(event.activity)) continue;
    const record = extraToLdvRecord(query.bsn, event, options);
    if (uri && !isAbout(record, uri)) continue;
    if (query.traceId && record.traceId !== query.traceId) continue;
    out.push(record);
  }
  return out;
}

export const ldvHandlers = [
  http.post('/ldv/processing-activities', async ({ request, cookies }) => {
    const session = requireCitizen(cookies, { dienst: 'logboek' });
    if (session instanceof Response) return session;
    let body: unknown;
    try {
      body = await request.json();
    } catch {
      return badRequest([{ in: 'body', location: '#', code: 'json', detail: 'De inhoud is geen geldige JSON.' }]);
    }
    const query = parseLdvRequest(body);
    if (query instanceof Response) return query;
    const bsn = session.bsn ?? '';
    if (query.subjectId !== subjectIdFor(bsn)) {
      return problem(403, 'Geen toegang', 'U kunt alleen uw eigen verwerkingen opvragen.', { code: 'forbidden' });
    }
    const { subjectId: _subject, ...rest } = query;
    return HttpResponse.json(
      { processingActivities: visibleRecords({ ...rest, bsn }) },
      { headers: { 'API-Version': '1.1.0', 'Cache-Control': 'no-store' } },
    );
  }),
];
