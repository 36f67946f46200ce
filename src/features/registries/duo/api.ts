import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '@/lib/api-client';
import { ownBsn } from '@/lib/session';

/**
 * Diplomaregister (DUO): `POST /duo/diplomas/_zoek` with the own BSN in the body. Contract:
 * mocks/contracts/duo.yaml. The schema checks what the mapper reads; other fields pass
 * through (`.loose()`). `api.test.ts` proves at compile time that the result is a valid
 * generated `DiplomasResultaat`.
 */
export const onderwijsniveaus = [
  'vmbo',
  'havo',
  'vwo',
  'mbo-1',
  'mbo-2',
  'mbo-3',
  'mbo-4',
  'hbo-associate-degree',
  'hbo-bachelor',
  'hbo-master',
  'wo-bachelor',
  'wo-master',
  'staatsexamen-nt2',
] as const;
export type Onderwijsniveau = (typeof onderwijsniveaus)[number];

const inOnderzoekSchema = z
  .object({
    datumIngangOnderzoek: z.iso.date(),
    gegevens: z.array(z.enum(['onderwijsniveau', 'opleidingsnaam', 'onderwijsinstelling', 'datumBehaald'])).min(1),
  })
  .loose()
  .nullable();

export const diplomaSchema = z
  .object({
    id: z.string().min(1),
    onderwijsniveau: z.enum(onderwijsniveaus),
    opleidingsnaam: z.string(),
    onderwijsinstelling: z.string(),
    datumBehaald: z.iso.date(),
    inOnderzoek: inOnderzoekSchema,
    datumLaatsteWijziging: z.iso.date(),
  })
  .loose();
export type Diploma = z.infer<typeof diplomaSchema>;

export const diplomasResultaatSchema = z.object({ diplomas: z.array(diplomaSchema) }).loose();
export type DuoGegevens = z.infer<typeof diplomasResultaatSchema>;

export const duoQuery = () =>
  queryOptions({
    // No BSN in the key: it is always the own person, and the cache is cleared at sign-out.
    // Widened to `readonly unknown[]` so the options fit RegistryDefinition's common type.
    queryKey: ['registries', 'duo'] as readonly unknown[],
    queryFn: async ({ client, signal }): Promise<DuoGegevens> =>
      apiRequest('/duo/diplomas/_zoek', {
        method: 'POST',
        body: { burgerservicenummer: await ownBsn(client) },
        schema: diplomasResultaatSchema,
        signal,
      }),
    // Diplomas hardly ever change; no refetch while the citizen reads the page.
    staleTime: 5 * 60_000,
  });
