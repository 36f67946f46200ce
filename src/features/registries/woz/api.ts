import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import type { AddressDeps } from '../types';

/**
 * WOZ Bevragen 1.0.0 (Kadaster's landelijke voorziening; the municipality is the holder).
 * Contract: mocks/specs/woz/woz-bevragen-v1.0.0-openapi.yaml, types in src/generated/woz.ts.
 * WOZ is found by address: the BAG ids from the BRP verblijfplaats (AddressDeps). The schema
 * checks what the page reads; everything else passes (`.loose()`).
 */

export const statusBeschikkingSchema = z.enum([
  'beschikking_genomen',
  'beschikking_vernietigd',
  'beschikking_herzien',
  'bezwaar_ingediend',
  'bezwaar_gehandhaafd',
  'bezwaar_veranderd',
  'waarde_ambtshalve_verminderd',
  'beroep_aangetekend',
  'beroep_gehandhaafd',
  'beroep_veranderd',
  'hoger_beroep_aangetekend',
  'hoger_beroep_gehandhaafd',
  'hoger_beroep_veranderd',
  'cassatie_ingesteld',
  'hoge_raad_gehandhaafd',
  'hoge_raad_veranderd',
  'hoge_raad_geding_verwezen',
  'voorlopige_aanslag',
]);
export type StatusBeschikking = z.infer<typeof statusBeschikkingSchema>;

// Object schemas are z.lazy: built at the first answer, not while the page's code loads
// (one task for all of it; issue 16, decision 095). Same checks, same types.
export const waardeSchema = z.lazy(() =>
  z
    .object({
      vastgesteldeWaarde: z.number().optional(),
      waardepeildatum: z.iso.date().optional(),
      ingangsdatum: z.iso.date().optional(),
      beschikkingsStatussen: z.array(statusBeschikkingSchema).optional(),
      indicatieBezwaarBeroep: z.boolean().optional(),
    })
    .loose(),
);
export type WozWaarde = z.infer<typeof waardeSchema>;

const belanghebbende = z
  .object({ type: z.enum(['natuurlijk_persoon', 'niet_natuurlijk_persoon', 'vestiging']).optional() })
  .loose();

export const wozObjectSchema = z.lazy(() =>
  z
    .object({
      identificatie: z.string().optional(),
      aanduiding: z
        .object({
          straat: z.string().optional(),
          huisnummer: z.number().int().optional(),
          huisletter: z.string().optional(),
          huisnummertoevoeging: z.string().optional(),
          postcode: z.string().optional(),
          woonplaats: z.string().optional(),
          locatieomschrijving: z.string().optional(),
        })
        .loose()
        .optional(),
      belanghebbendeEigenaar: belanghebbende.optional(),
      belanghebbendeGebruiker: belanghebbende.optional(),
      grondoppervlakte: z.number().optional(),
      kadastraalOnroerendeZaken: z
        .array(z.object({ aanduidingMetGemeentenaam: z.string().optional() }).loose())
        .optional(),
      verantwoordelijkeGemeente: z
        .object({ code: z.string().optional(), omschrijving: z.string().optional() })
        .loose()
        .optional(),
      waarden: z.array(waardeSchema).optional(),
    })
    .loose(),
);
export type WozObject = z.infer<typeof wozObjectSchema>;

export const wozCollectieSchema = z.lazy(() =>
  z
    .object({
      _embedded: z
        .object({ wozObjecten: z.array(wozObjectSchema).optional() })
        .loose()
        .optional(),
    })
    .loose(),
);

/** The WOZ objects at the person's address; `null` when the BRP has no Dutch address. */
export type WozData = { wozObjecten: WozObject[] } | null;

export async function fetchWoz(deps: AddressDeps, signal: AbortSignal): Promise<WozData> {
  // The adresseerbaar object is WOZ's own link to BAG; the nummeraanduiding is the fallback.
  const params = deps.adresseerbaarObjectIdentificatie
    ? new URLSearchParams({ adresseerbaarObjectIdentificatie: deps.adresseerbaarObjectIdentificatie })
    : deps.nummeraanduidingIdentificatie
      ? new URLSearchParams({ nummeraanduidingIdentificatie: deps.nummeraanduidingIdentificatie })
      : undefined;
  if (!params) return null;
  const collectie = await apiRequest(`/woz/wozobjecten?${params.toString()}`, { schema: wozCollectieSchema, signal });
  return { wozObjecten: collectie._embedded?.wozObjecten ?? [] };
}

export const wozQuery = ({ adresseerbaarObjectIdentificatie, nummeraanduidingIdentificatie }: AddressDeps) =>
  queryOptions({
    // BAG ids identify a building, not a person; the BSN is never part of this key.
    queryKey: queryKeys.registry(
      'woz',
      adresseerbaarObjectIdentificatie ?? null,
      nummeraanduidingIdentificatie ?? null,
    ),
    queryFn: ({ signal }): Promise<WozData> =>
      fetchWoz({ adresseerbaarObjectIdentificatie, nummeraanduidingIdentificatie }, signal),
    staleTime: 5 * 60_000,
  });
