import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import { zoekOf } from '@/lib/registries';
import { ownBsn } from '@/lib/session';

/**
 * Handelsregister (KVK), in two steps. `POST /kvk/inschrijvingen/_zoek` (our contract,
 * mocks/contracts/kvk.yaml) finds the citizen's own registrations by the BSN in the body; then
 * `GET /kvk/basisprofielen/{kvkNummer}` gives each one's details in the official KVK API
 * Basisprofiel 1.3 shape (mocks/specs/kvk/kvk-basisprofiel-v1.3-openapi.yaml). "In onderzoek"
 * and "laatst gewijzigd" exist only in the `_zoek` items, since the official shape has neither.
 * The schemas check what the mapper reads; `api.test.ts` proves at compile time that they
 * agree with the generated types.
 */
const inOnderzoekSchema = z
  .object({
    datumIngangOnderzoek: z.iso.date(),
    gegevens: z
      .array(
        z.enum([
          'naam',
          'rol',
          'rechtsvorm',
          'datumAanvang',
          'datumEinde',
          'handelsnamen',
          'sbiActiviteiten',
          'adressen',
          'totaalWerkzamePersonen',
        ]),
      )
      .min(1),
  })
  .loose()
  .nullable();

// Object schemas are z.lazy: built at the first answer, not while the page's code loads
// (one task for all of it; issue 16, decision 095). Same checks, same types.
export const inschrijvingSchema = z.lazy(() =>
  z
    .object({
      // Strict: the number goes into the next request's path.
      kvkNummer: z.string().regex(/^[0-9]{8}$/),
      naam: z.string(),
      rol: z.enum(['eigenaar', 'vennoot']),
      rechtsvorm: z.enum(['Eenmanszaak', 'VennootschapOnderFirma']),
      datumAanvang: z.iso.date(),
      datumEinde: z.iso.date().nullable(),
      inOnderzoek: inOnderzoekSchema,
      datumLaatsteWijziging: z.iso.date(),
    })
    .loose(),
);
export type Inschrijving = z.infer<typeof inschrijvingSchema>;

export const inschrijvingenResultaatSchema = z.lazy(() =>
  z.object({ inschrijvingen: z.array(inschrijvingSchema) }).loose(),
);

// Basisprofiel 1.3: every field is optional in the official spec, and dates are "JJJJMMDD".
const sbiActiviteitSchema = z
  .object({
    sbiCode: z.string().optional(),
    sbiOmschrijving: z.string().optional(),
    indHoofdactiviteit: z.string().optional(),
  })
  .loose();
const adresSchema = z
  .object({
    type: z.string().optional(),
    indAfgeschermd: z.string().optional(),
    volledigAdres: z.string().optional(),
    straatHuisnummer: z.string().optional(),
    postcodeWoonplaats: z.string().optional(),
    postcode: z.string().optional(),
    plaats: z.string().optional(),
    land: z.string().optional(),
  })
  .loose();

export const basisprofielSchema = z.lazy(() =>
  z
    .object({
      kvkNummer: z.string().optional(),
      indNonMailing: z.string().optional(),
      naam: z.string().optional(),
      formeleRegistratiedatum: z.string().optional(),
      totaalWerkzamePersonen: z.number().int().optional(),
      handelsnamen: z
        .array(z.object({ naam: z.string().optional(), volgorde: z.number().int().optional() }).loose())
        .optional(),
      sbiActiviteiten: z.array(sbiActiviteitSchema).optional(),
      _embedded: z
        .object({
          hoofdvestiging: z
            .object({
              vestigingsnummer: z.string().optional(),
              adressen: z.array(adresSchema).optional(),
              websites: z.array(z.string()).optional(),
            })
            .loose()
            .optional(),
        })
        .loose()
        .optional(),
    })
    .loose(),
);
export type Basisprofiel = z.infer<typeof basisprofielSchema>;
export type KvkAdres = z.infer<typeof adresSchema>;

/** One own registration: the `_zoek` item with its basisprofiel. */
export type KvkInschrijving = { inschrijving: Inschrijving; basisprofiel: Basisprofiel };
export type KvkGegevens = { inschrijvingen: KvkInschrijving[] };

export const kvkQuery = () =>
  queryOptions({
    // No BSN in the key: it is always the own person, and the cache is cleared at sign-out.
    queryKey: queryKeys.registry('kvk'),
    queryFn: async ({ client, signal }): Promise<KvkGegevens> => {
      const { inschrijvingen } = await apiRequest(zoekOf('kvk').path, {
        method: 'POST',
        body: { burgerservicenummer: await ownBsn(client) },
        schema: inschrijvingenResultaatSchema,
        signal,
      });
      // In parallel; most people have none or one. If one fails, the query fails and can be
      // retried as a whole, rather than showing a registration without its details.
      return {
        inschrijvingen: await Promise.all(
          inschrijvingen.map(async (inschrijving) => ({
            inschrijving,
            basisprofiel: await apiRequest(`/kvk/basisprofielen/${inschrijving.kvkNummer}`, {
              schema: basisprofielSchema,
              signal,
            }),
          })),
        ),
      };
    },
    // The Handelsregister changes rarely; no refetch while the citizen reads the page.
    staleTime: 5 * 60_000,
  });
