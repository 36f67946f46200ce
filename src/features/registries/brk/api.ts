import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import { ownBsn } from '@/lib/session';

/**
 * Haal Centraal BRK Bevragen 2.0.0 (Kadaster). Contract: mocks/specs/brk/brk-bevragen-v2.0.0-openapi.yaml,
 * types in src/generated/brk.ts. `POST /kadastraalonroerendezaken` with the own BSN in the body
 * finds the zaken on which the person holds a zakelijk recht, but without the gerechtigden
 * (per the spec); one `GET /{id}?expand=zakelijkGerechtigden` per zaak adds who holds which
 * share. The schemas check what the page reads; everything else passes (`.loose()`).
 */

const waardelijst = z.object({ code: z.string().optional(), waarde: z.string().optional() }).loose();

export const typeGerechtigdeSchema = z.enum([
  'beklemrechthouder',
  'eigenaar',
  'erfpachter',
  'gebruik_bewoning',
  'grondrente',
  'opstalhouder',
  'vaderlandsrecht',
  'artikel5_3b_geheel',
  'stadsmeierrecht',
  'vruchtgebruiker',
  'erfpachter_opstalhouder',
  'nutsvoorzieningen',
  'brondocument',
  'twee_belastingen',
  'belasting_derde',
  'bp_recht',
  'nutsvoorzieningen_gedeelte',
  'artikel5_3b',
]);
export type TypeGerechtigde = z.infer<typeof typeGerechtigdeSchema>;

// Object schemas are z.lazy: built at the first answer, not while the page's code loads
// (one task for all of it; issue 16, decision 095). Same checks, same types.
export const zakelijkGerechtigdeSchema = z.lazy(() =>
  z
    .object({
      identificatie: z.string().optional(),
      type: typeGerechtigdeSchema.optional(),
      aanvangsdatum: z.iso.date().optional(),
      tenaamstelling: z
        .object({
          aandeel: z
            .object({ teller: z.number().int().optional(), noemer: z.number().int().optional() })
            .loose()
            .optional(),
        })
        .loose()
        .optional(),
      persoon: z
        .object({
          identificatie: z.string().optional(),
          omschrijving: z.string().optional(),
          type: z
            .enum([
              'ingeschreven_natuurlijk_persoon',
              'kadaster_natuurlijk_persoon',
              'ingeschreven_niet_natuurlijk_persoon',
              'kadaster_niet_natuurlijk_persoon',
            ])
            .optional(),
        })
        .loose()
        .optional(),
    })
    .loose(),
);
export type ZakelijkGerechtigde = z.infer<typeof zakelijkGerechtigdeSchema>;

export const kadastraalOnroerendeZaakSchema = z.lazy(() =>
  z
    .object({
      identificatie: z.string().optional(),
      type: z.enum(['appartementsrecht', 'perceel']).optional(),
      kadastraleAanduiding: z.string().optional(),
      kadastraleGrootte: z
        .object({ waarde: z.number().optional(), soortGrootte: waardelijst.optional() })
        .loose()
        .optional(),
      koopsom: z.object({ koopsom: z.number().optional(), koopjaar: z.number().int().optional() }).loose().optional(),
      aardCultuurBebouwd: waardelijst.optional(),
      aardCultuurOnbebouwd: waardelijst.optional(),
      adressen: z
        .array(
          z
            .object({
              straat: z.string().optional(),
              huisnummer: z.number().int().optional(),
              huisletter: z.string().optional(),
              huisnummertoevoeging: z.string().optional(),
              postcode: z.string().optional(),
              woonplaats: z.string().optional(),
              adresregel1: z.string().optional(),
              adresregel2: z.string().optional(),
            })
            .loose(),
        )
        .optional(),
      _embedded: z
        .object({ zakelijkGerechtigden: z.array(zakelijkGerechtigdeSchema).optional() })
        .loose()
        .optional(),
    })
    .loose(),
);
export type KadastraalOnroerendeZaak = z.infer<typeof kadastraalOnroerendeZaakSchema>;

export const zakenCollectieSchema = z.lazy(() =>
  z
    .object({
      _embedded: z
        .object({ kadastraalOnroerendeZaken: z.array(kadastraalOnroerendeZaakSchema).optional() })
        .loose()
        .optional(),
    })
    .loose(),
);

/** The zaken with their gerechtigden; an empty list when the person owns nothing. */
export type BrkData = { zaken: KadastraalOnroerendeZaak[] };

export const brkQuery = () =>
  queryOptions({
    // The own zaken; no BSN in the key (it comes from the session inside the queryFn).
    queryKey: queryKeys.registry('brk'),
    queryFn: async ({ client, signal }): Promise<BrkData> => {
      const collectie = await apiRequest('/brk/kadastraalonroerendezaken', {
        method: 'POST',
        body: { burgerservicenummer: await ownBsn(client) },
        schema: zakenCollectieSchema,
        signal,
      });
      const ids = (collectie._embedded?.kadastraalOnroerendeZaken ?? []).flatMap((zaak) =>
        zaak.identificatie ? [zaak.identificatie] : [],
      );
      // Zaak ids are Kadaster object numbers, not personal data, so they may be in a URL.
      const zaken = await Promise.all(
        ids.map((id) =>
          apiRequest(`/brk/kadastraalonroerendezaken/${encodeURIComponent(id)}?expand=zakelijkGerechtigden`, {
            schema: kadastraalOnroerendeZaakSchema,
            signal,
          }),
        ),
      );
      return { zaken };
    },
    staleTime: 5 * 60_000,
  });
