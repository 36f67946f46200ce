import { queryOptions } from '@tanstack/react-query';
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

export const berichtenQueries = {
  box: () =>
    queryOptions({
      queryKey: ['berichten', 'box'] as const,
      queryFn: ({ signal }) => apiRequest('/berichten', { schema: berichtenboxSchema, signal }),
    }),
};

export const markeerGelezen = (id: string, gelezen: boolean) =>
  apiRequest(`/berichten/${encodeURIComponent(id)}`, { method: 'PATCH', body: { gelezen }, schema: berichtSchema });
