import { queryOptions } from '@tanstack/react-query';
import type { RegistryId } from '@/lib/registry-view';
import type { ZakenBundle } from '../model/verzoek';
import { zgw } from './zgw';

/** One query factory for the feature: key = what the queryFn depends on (never a BSN). */
export const correctieQueries = {
  all: ['correcties'] as const,
  bronhouder: (registry: RegistryId) =>
    queryOptions({
      queryKey: ['correcties', 'bronhouder', registry] as const,
      queryFn: ({ signal }) => zgw.bronhouder(registry, signal),
      staleTime: 5 * 60_000,
    }),
  /** Every own zaak (corrections and "uitleg" requests alike) with what the list needs. */
  verzoeken: () =>
    queryOptions({
      queryKey: ['correcties', 'verzoeken'] as const,
      queryFn: async ({ signal }): Promise<ZakenBundle> => {
        const [zaken, zaaktypen, statustypen, statussen, resultaten, resultaattypen, zaakobjecten] = await Promise.all([
          zgw.zoek(signal),
          zgw.zaaktypen(signal),
          zgw.statustypen(undefined, signal),
          zgw.statussen(undefined, signal),
          zgw.resultaten(signal),
          zgw.resultaattypen(signal),
          zgw.zaakobjecten(signal),
        ]);
        return {
          zaken: zaken.results,
          zaaktypen: zaaktypen.results,
          statustypen: statustypen.results,
          statussen: statussen.results,
          resultaten: resultaten.results,
          resultaattypen: resultaattypen.results,
          zaakobjecten: zaakobjecten.results,
        };
      },
    }),
  eigenschappen: (uuid: string) =>
    queryOptions({
      queryKey: ['correcties', 'eigenschappen', uuid] as const,
      queryFn: ({ signal }) => zgw.zaakeigenschappen(uuid, signal),
    }),
};
