import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '@/lib/api-client';
import { registryIds } from '@/lib/registry-view';
import { ownBsn } from '@/lib/session';

/**
 * Logboek Dataverwerkingen, read extension 1.1.0 (mocks/specs/logging/…-lezen-…openapi.json):
 * `POST /ldv/processing-activities` for the own BSN and a period. The BSN goes in the body,
 * never in a key or a URL. Confidential processing never reaches us: the gateway removes it.
 * The spec has no paging, so the page asks per period (default the last 12 months).
 */

export const provisions = ['spontaan', 'adhoc', 'selectie', 'intern'] as const;
export type Provision = (typeof provisions)[number];

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
        'mg.organisation_id': z.string(),
        'mg.recipient_id': z.string().optional(),
        'mg.source': z.enum(registryIds),
        'mg.data_categories': z.array(z.string()),
        'mg.human': z.boolean(),
        'mg.provision': z.enum(provisions),
      })
      .loose(),
  })
  .loose();
export type LdvRecord = z.infer<typeof ldvRecordSchema>;

const ldvResponseSchema = z.object({ processingActivities: z.array(ldvRecordSchema) }).loose();

/** RvVA ProcessingActivity (with the latest version's fields and our Dutch extensions). */
export const activitySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    purpose: z.string(),
    legalBasis: z.array(z.string()),
    personalData: z.object({ categories: z.array(z.string()), retentionPeriod: z.string() }).loose(),
    handeling: z.string().optional(),
    grondslag: z.string(),
    bewaartermijn: z.string(),
    bron: z.string().optional(),
    verstrekkingswijze: z.string().optional(),
    uitvoering: z.string().optional(),
    verwerkingsverantwoordelijke: z.string().optional(),
    ontvangers: z.array(z.string()).optional(),
  })
  .loose();
export type Activity = z.infer<typeof activitySchema>;

export const entitySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    address: z.string().optional(),
    postalCode: z.string().optional(),
    city: z.string().optional(),
    phonenumber: z.string().optional(),
    website: z.string().optional(),
    soort: z.string().optional(),
  })
  .loose();
export type Entity = z.infer<typeof entitySchema>;

/** The uuid at the end of a `dpl.core.processing_activity_id` URI. */
export const activityIdOf = (uri: string): string => uri.slice(uri.lastIndexOf('/') + 1);

export type Period = { from: number; to: number };

export const verwerkingenQueries = {
  all: () => ['verwerkingen'] as const,
  /** The own log in [from, to] (ms). No BSN in the key: always the own person; cleared at sign-out. */
  log: ({ from, to }: Period) =>
    queryOptions({
      queryKey: [...verwerkingenQueries.all(), 'log', from, to] as const,
      queryFn: async ({ client, signal }) =>
        (
          await apiRequest('/ldv/processing-activities', {
            method: 'POST',
            body: {
              'dpl.core.data_subject_id': await ownBsn(client),
              'dpl.core.data_subject_id_type': 'BSN',
              startTime: from,
              endTime: to,
            },
            schema: ldvResponseSchema,
            signal,
          })
        ).processingActivities,
      staleTime: 60_000,
    }),
  /** All spans of one trace (the detail page's event and the chain it belongs to). */
  trace: (traceId: string) =>
    queryOptions({
      queryKey: [...verwerkingenQueries.all(), 'trace', traceId] as const,
      queryFn: async ({ client, signal }) =>
        (
          await apiRequest('/ldv/processing-activities', {
            method: 'POST',
            body: { 'dpl.core.data_subject_id': await ownBsn(client), 'dpl.core.data_subject_id_type': 'BSN', traceId },
            schema: ldvResponseSchema,
            signal,
          })
        ).processingActivities,
      staleTime: 60_000,
    }),
  /** Register entries are public, stable texts: cached for the session. */
  activity: (id: string) =>
    queryOptions({
      queryKey: [...verwerkingenQueries.all(), 'activity', id] as const,
      queryFn: ({ signal }) => apiRequest(`/rvva/processing_activities/${encodeURIComponent(id)}`, { schema: activitySchema, signal }),
      staleTime: Infinity,
    }),
  entity: (id: string) =>
    queryOptions({
      queryKey: [...verwerkingenQueries.all(), 'entity', id] as const,
      queryFn: ({ signal }) => apiRequest(`/rvva/entities/${encodeURIComponent(id)}`, { schema: entitySchema, signal }),
      staleTime: Infinity,
    }),
};
