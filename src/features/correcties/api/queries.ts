import { queryOptions } from '@tanstack/react-query';
import type { RegistryId } from '@/lib/registry-view';
import type { Gegevenssoort } from '@/lib/remedies';
import { ownBsn } from '@/lib/session';
import type { ZakenBundle } from '../model/verzoek';
import { zgw } from './zgw';

/**
 * One query factory for the feature: key = what the queryFn depends on (never a BSN).
 *
 * The request list asks a real Zaken API the way it can answer: the own zaken through `_zoek`
 * on the initiator (every page), then per zaak its statuses, objects and result, and per
 * zaaktype its catalogue entries. No unfiltered list of all statuses or all zaaktypen: on a
 * real server those are every citizen's, or thousands of entries.
 */
export const correctieQueries = {
  all: ['correcties'] as const,
  holder: (registry: RegistryId, gegevenssoort?: Gegevenssoort) =>
    queryOptions({
      queryKey: ['correcties', 'holder', registry, gegevenssoort ?? null] as const,
      queryFn: ({ signal }) => zgw.holder(registry, signal, gegevenssoort),
      staleTime: 5 * 60_000,
    }),
  /** The organisation that did a processing (controller), for a "why" question filed with it. */
  verantwoordelijke: (entityId: string) =>
    queryOptions({
      queryKey: ['correcties', 'verantwoordelijke', entityId] as const,
      queryFn: ({ signal }) => zgw.verantwoordelijke(entityId, signal),
      staleTime: 5 * 60_000,
    }),
  /** A zaaktype with its statustypen and resultaattypen: catalogue data, stable for the session. */
  zaaktype: (url: string) =>
    queryOptions({
      queryKey: ['correcties', 'zaaktype', url] as const,
      queryFn: async ({ signal }) => {
        const [zaaktype, statustypen, resultaattypen] = await Promise.all([
          zgw.zaaktype(url, signal),
          zgw.statustypen(url, signal),
          zgw.resultaattypen(url, signal),
        ]);
        return { zaaktype, statustypen, resultaattypen };
      },
      staleTime: Infinity,
    }),
  /** Every own zaak (corrections and "uitleg" requests alike) with what the list needs. */
  verzoeken: () =>
    queryOptions({
      queryKey: ['correcties', 'verzoeken'] as const,
      queryFn: async ({ client, signal }): Promise<ZakenBundle> => {
        const bsn = await ownBsn(client);
        const zaken = await zgw.zoek({ rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn: bsn }, signal);
        const zaaktypeUrls = [...new Set(zaken.map((z) => z.zaaktype))];
        const [catalogus, perZaak] = await Promise.all([
          Promise.all(zaaktypeUrls.map((url) => client.fetchQuery(correctieQueries.zaaktype(url)))),
          Promise.all(
            zaken.map(async (z) => {
              const [statussen, zaakobjecten, resultaat] = await Promise.all([
                zgw.statussen(z.url, signal),
                zgw.zaakobjecten(z.url, signal),
                z.resultaat ? zgw.resultaat(z.resultaat, signal) : Promise.resolve(undefined),
              ]);
              return { statussen, zaakobjecten, resultaat };
            }),
          ),
        ]);
        return {
          zaken,
          zaaktypen: catalogus.map((c) => c.zaaktype),
          statustypen: catalogus.flatMap((c) => c.statustypen),
          resultaattypen: catalogus.flatMap((c) => c.resultaattypen),
          statussen: perZaak.flatMap((p) => p.statussen),
          zaakobjecten: perZaak.flatMap((p) => p.zaakobjecten),
          resultaten: perZaak.flatMap((p) => (p.resultaat ? [p.resultaat] : [])),
        };
      },
    }),
  /** The documents linked to a zaak (the evidence sent, replies to a question): their titles. */
  documenten: (zaakUrl: string) =>
    queryOptions({
      queryKey: ['correcties', 'documenten', zaakUrl] as const,
      queryFn: () => zgw.zios(zaakUrl),
    }),
  eigenschappen: (uuid: string) =>
    queryOptions({
      queryKey: ['correcties', 'eigenschappen', uuid] as const,
      queryFn: ({ signal }) => zgw.zaakeigenschappen(uuid, signal),
    }),
};
