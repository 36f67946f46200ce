import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '@/lib/api-client';
import { ownBsn } from '@/lib/session';

/**
 * Basisregistratie Inkomen (Belastingdienst): `POST /bri/inkomens/_zoek` with the own BSN in
 * the body. Contract: mocks/contracts/bri.yaml. The schema checks what the mapper reads; other
 * fields pass through (`.loose()`). `api.test.ts` proves at compile time that the result is a
 * valid generated `InkomensResultaat`.
 */
const inOnderzoekSchema = z
  .object({
    datumIngangOnderzoek: z.iso.date(),
    gegevens: z.array(z.enum(['verzamelinkomen', 'bron', 'status', 'datumVaststelling'])).min(1),
  })
  .loose()
  .nullable();

export const inkomenSchema = z
  .object({
    belastingjaar: z.number().int(),
    // Whole euros; negative when a business made a loss.
    verzamelinkomen: z.number().int(),
    bron: z.enum(['aangifte', 'aanslag', 'ambtshalve']),
    status: z.enum(['definitief', 'voorlopig']),
    datumVaststelling: z.iso.date(),
    inOnderzoek: inOnderzoekSchema,
    datumLaatsteWijziging: z.iso.date(),
  })
  .loose();
export type Inkomen = z.infer<typeof inkomenSchema>;

export const inkomensResultaatSchema = z.object({ inkomens: z.array(inkomenSchema) }).loose();
export type BriGegevens = z.infer<typeof inkomensResultaatSchema>;

export const briQuery = () =>
  queryOptions({
    // No BSN in the key: it is always the own person, and the cache is cleared at sign-out.
    // Widened to `readonly unknown[]` so the options fit RegistryDefinition's common type.
    queryKey: ['registries', 'bri'] as readonly unknown[],
    queryFn: async ({ client, signal }): Promise<BriGegevens> =>
      apiRequest('/bri/inkomens/_zoek', {
        method: 'POST',
        body: { burgerservicenummer: await ownBsn(client) },
        schema: inkomensResultaatSchema,
        signal,
      }),
    // Income is set once or twice a year; no refetch while the citizen reads the page.
    staleTime: 5 * 60_000,
  });
