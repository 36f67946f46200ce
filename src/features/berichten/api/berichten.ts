import { queryOptions } from '@tanstack/react-query';
import { queryKeys } from '@/lib/query-keys';
import { z } from 'zod';
import { apiRequest } from '@/lib/api-client';

/** Berichtenbox (our contract: mocks/contracts/berichten.yaml). */

export const berichtSoorten = [
  'ontvangen',
  'status',
  'verlenging',
  'besluit',
  'ingetrokken',
  'verwerking',
  'beperking',
] as const;

export const berichtSchema = z
  .object({
    id: z.string(),
    soort: z.enum(berichtSoorten),
    onderwerp: z.string(),
    inhoud: z.string(),
    afzender: z.string(),
    verzonden: z.string(),
    gelezen: z.boolean(),
    status: z.string().nullable().optional(),
    // A message about a new look-up (soort `verwerking`, opt-in alerts) belongs to no zaak.
    zaak: z.object({ uuid: z.string(), url: z.string(), identificatie: z.string() }).loose().nullable(),
    verwerking: z.object({ traceId: z.string(), spanId: z.string() }).optional(),
  })
  .loose();
export type Bericht = z.infer<typeof berichtSchema>;

export const berichtenboxSchema = z
  .object({ ongelezen: z.number().int().min(0), berichten: z.array(berichtSchema) })
  .loose();
export type Berichtenbox = z.infer<typeof berichtenboxSchema>;

/**
 * What a message's request is about (issue 19): the field and its object as the citizen saw them
 * when asking, from the zaak's zaakobject (ZGW Zaken API), so Berichten names a request as Mijn
 * verzoeken does. Requests filed before the zaakobject carried them give nothing.
 */
export const zaakobjectenSchema = z
  .object({
    results: z.array(
      z
        .object({
          objectIdentificatie: z
            .object({ overigeData: z.record(z.string(), z.unknown()) })
            .loose()
            .optional(),
        })
        .loose(),
    ),
  })
  .loose();
export type VerzoekOnderwerp = { gegeven: string; taal: 'nl' | 'en' } | null;

function onderwerpOf(data: z.infer<typeof zaakobjectenSchema>): VerzoekOnderwerp {
  const overige = data.results[0]?.objectIdentificatie?.overigeData;
  const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
  const gegeven = text(overige?.gegeven);
  if (!gegeven) return null;
  const onderwerp = text(overige?.onderwerp);
  return { gegeven: onderwerp ? `${onderwerp}: ${gegeven}` : gegeven, taal: overige?.taal === 'en' ? 'en' : 'nl' };
}

export const berichtenQueries = {
  onderwerp: (zaakUrl: string) =>
    queryOptions({
      queryKey: ['berichten', 'onderwerp', zaakUrl] as const,
      queryFn: async ({ signal }) =>
        onderwerpOf(
          await apiRequest(`/zaken/api/v1/zaakobjecten?zaak=${encodeURIComponent(zaakUrl)}`, {
            schema: zaakobjectenSchema,
            signal,
          }),
        ),
      // A zaak's object does not change.
      staleTime: Infinity,
    }),
  box: () =>
    queryOptions({
      queryKey: queryKeys.berichtenbox(),
      queryFn: ({ signal }) => apiRequest('/berichten', { schema: berichtenboxSchema, signal }),
    }),
};

export const markeerGelezen = (id: string, gelezen: boolean) =>
  apiRequest(`/berichten/${encodeURIComponent(id)}`, { method: 'PATCH', body: { gelezen }, schema: berichtSchema });
