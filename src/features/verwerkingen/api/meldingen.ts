import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '@/lib/api-client';

/**
 * Our contract mocks/contracts/meldingen.yaml: whether the signed-in citizen wants a message
 * in the berichtenbox for every new ad-hoc look-up of their data. The gateway knows whose
 * subscription it is from the session; no BSN travels.
 */
export const meldingenSchema = z.object({ adHocRaadplegingen: z.boolean() });
export type Meldingen = z.infer<typeof meldingenSchema>;

export const meldingenQueries = {
  current: () =>
    queryOptions({
      queryKey: ['verwerkingen', 'meldingen'] as const,
      queryFn: ({ signal }) => apiRequest('/meldingen/verwerkingen', { schema: meldingenSchema, signal }),
    }),
};

export const saveMeldingen = (body: Meldingen) =>
  apiRequest('/meldingen/verwerkingen', { method: 'PUT', body, schema: meldingenSchema });
