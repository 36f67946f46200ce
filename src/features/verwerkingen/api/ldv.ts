import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '@/lib/api-client';
import { ownLogboekBetrokkene } from '@/lib/session';

/**
 * Logboek Dataverwerkingen, read extension 1.1.0 (mocks/specs/logging/…-lezen-…openapi.json):
 * `POST /ldv/processing-activities` for the citizen and a period, as the gateway's fan-out
 * over the organisations' own Logboeken gives it (mocks/contracts/ldv-gateway.yaml).
 *
 * What the app needs of a record is the standard: ids, time, status, name and the
 * `dpl.core.*` attributes. Organisation, purpose, law, data categories and the kind of
 * provision come from the register version the record points at; who received a disclosure
 * from the `dpl.core.foreign_operation.*` link of the receiving organisation's record. The
 * gateway's `mg.*` extensions are used when present and never needed.
 *
 * The citizen is asked for by the encrypted code the session gives, never by a plain BSN; it
 * goes in the body, never in a key or a URL. The spec has no paging, so the page asks per
 * period (default the last 12 months).
 */

export const provisions = ['spontaan', 'adhoc', 'selectie', 'intern'] as const;
export type Provision = (typeof provisions)[number];

/** An extension that is malformed is dropped, not fatal: the page works without it. */
const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

export const ldvRecordSchema = z
  .object({
    traceId: z.string(),
    spanId: z.string(),
    parentSpanId: z.string().optional(),
    status: z.string(),
    name: z.string(),
    startTime: z.number(),
    endTime: z.number(),
    attributes: z
      .object({
        'dpl.core.processing_activity_id': z.string(),
        'dpl.core.foreign_operation.trace_id': optional(z.string()),
        'dpl.core.foreign_operation.span_id': optional(z.string()),
        'dpl.core.foreign_operation.entity': optional(z.string()),
        // Gateway extensions (mocks/contracts/ldv-gateway.yaml); a standard Logboek sends neither.
        'mg.data_categories': optional(z.array(z.string())),
        'mg.human': optional(z.boolean()),
      })
      .loose(),
  })
  .loose();
export type LdvRecord = z.infer<typeof ldvRecordSchema>;

const ldvResponseSchema = z.object({ processingActivities: z.array(ldvRecordSchema) }).loose();

/**
 * An RvVA `ProcessingActivityVersion`. The spec requires none of its fields; the register's
 * Dutch extensions (law as text, retention in words, source registry, kind of provision, who
 * does it) are optional, with fallbacks in model/log.ts.
 */
export const versionSchema = z
  .object({
    version: z.number().optional(),
    validFrom: z.string().optional(),
    name: z.string().optional(),
    purpose: z.string().optional(),
    legalBasis: optional(z.array(z.string())),
    processingOptions: optional(z.array(z.string())),
    personalData: optional(
      z.object({ categories: optional(z.array(z.string())), retentionPeriod: optional(z.string()) }).loose(),
    ),
    handeling: optional(z.string()),
    grondslag: optional(z.string()),
    bewaartermijn: optional(z.string()),
    bron: optional(z.string()),
    verstrekkingswijze: optional(z.string()),
    uitvoering: optional(z.string()),
  })
  .loose();
export type ActivityVersion = z.infer<typeof versionSchema>;

export const activitySchema = z.object({ id: z.string(), latestVersion: z.number() }).loose();

export const entitySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    address: z.string().optional(),
    postalCode: z.string().optional(),
    city: z.string().optional(),
    phonenumber: z.string().optional(),
    website: optional(z.string()),
  })
  .loose();
export type Entity = z.infer<typeof entitySchema>;

/** Where a record's `dpl.core.processing_activity_id` points: which organisation's register, which activity, which version. */
export type ActivityRef = { registerId: string; activityId: string; version: number | undefined };

const REGISTER_PATH = /\/rvva\/([^/]+)\/processing_activities\/([^/]+?)(?:\/versions\/(\d+))?\/?$/;
const ENTITY_PATH = /\/rvva\/([^/]+)\/entities\/([^/]+?)\/?$/;

function pathOf(uri: string): string {
  try {
    return new URL(uri).pathname;
  } catch {
    return uri;
  }
}

/**
 * Parsed once per distinct URI: a log of 12,000 records points at a few dozen register entries,
 * and parsing each record's URI anew (`new URL`) was a fifth of the log's main-thread time
 * (profile in docs/performance/016-profile.md). Register URIs are public, not personal data.
 */
function memoByUri<T>(parse: (uri: string) => T): (uri: string) => T {
  const cache = new Map<string, T>();
  return (uri) => {
    if (cache.has(uri)) return cache.get(uri) as T;
    const value = parse(uri);
    if (cache.size >= 5_000) cache.clear();
    cache.set(uri, value);
    return value;
  };
}

export const activityRefOf: (uri: string) => ActivityRef | undefined = memoByUri((uri) => {
  const m = REGISTER_PATH.exec(pathOf(uri));
  return m
    ? {
        registerId: decodeURIComponent(m[1]!),
        activityId: decodeURIComponent(m[2]!),
        version: m[3] ? Number(m[3]) : undefined,
      }
    : undefined;
});

/** The entity a `dpl.core.foreign_operation.entity` URI names: `{ registerId, entityId }`. */
export const entityRefOf: (uri: string) => { registerId: string; entityId: string } | undefined = memoByUri((uri) => {
  const m = ENTITY_PATH.exec(pathOf(uri));
  return m ? { registerId: decodeURIComponent(m[1]!), entityId: decodeURIComponent(m[2]!) } : undefined;
});

export const refKey = (ref: ActivityRef) => `${ref.registerId}/${ref.activityId}/${ref.version ?? 'laatste'}`;

export type Period = { from: number; to: number };

const enc = encodeURIComponent;

async function logRequest(
  client: Parameters<typeof ownLogboekBetrokkene>[0],
  extra: Record<string, unknown>,
  signal: AbortSignal,
) {
  const subject = await ownLogboekBetrokkene(client);
  const body = { 'dpl.core.data_subject_id': subject.id, 'dpl.core.data_subject_id_type': subject.type, ...extra };
  return (await apiRequest('/ldv/processing-activities', { method: 'POST', body, schema: ldvResponseSchema, signal }))
    .processingActivities;
}

export const verwerkingenQueries = {
  all: () => ['verwerkingen'] as const,
  /** The own log in [from, to] (ms). No subject in the key: always the own person; cleared at sign-out. */
  log: ({ from, to }: Period) =>
    queryOptions({
      queryKey: [...verwerkingenQueries.all(), 'log', from, to] as const,
      queryFn: ({ client, signal }) => logRequest(client, { startTime: from, endTime: to }, signal),
      staleTime: 60_000,
    }),
  /** The spans of one trace: one organisation's chain (the detail page finds its event here). */
  trace: (traceId: string) =>
    queryOptions({
      queryKey: [...verwerkingenQueries.all(), 'trace', traceId] as const,
      queryFn: ({ client, signal }) => logRequest(client, { traceId }, signal),
      staleTime: 60_000,
    }),
  /**
   * A register version (public, stable text: cached for the session). A URI without a version
   * gets the activity's latest one: the RvVA activity says which that is.
   */
  version: (ref: ActivityRef) =>
    queryOptions({
      queryKey: [
        ...verwerkingenQueries.all(),
        'register',
        ref.registerId,
        ref.activityId,
        ref.version ?? 'laatste',
      ] as const,
      queryFn: async ({ signal }) => {
        const base = `/rvva/${enc(ref.registerId)}/processing_activities/${enc(ref.activityId)}`;
        const version = ref.version ?? (await apiRequest(base, { schema: activitySchema, signal })).latestVersion;
        return apiRequest(`${base}/versions/${version}`, { schema: versionSchema, signal });
      },
      staleTime: Infinity,
    }),
  entity: (registerId: string, entityId: string) =>
    queryOptions({
      queryKey: [...verwerkingenQueries.all(), 'entity', registerId, entityId] as const,
      queryFn: ({ signal }) =>
        apiRequest(`/rvva/${enc(registerId)}/entities/${enc(entityId)}`, { schema: entitySchema, signal }),
      staleTime: Infinity,
    }),
};
