import { z } from 'zod';
import { zoekQuery } from '../zoek';

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

// Object schemas are z.lazy: built at the first answer, not while the page's code loads
// (one task for all of it; issue 16, decision 095). Same checks, same types.
export const diplomaSchema = z.lazy(() =>
  z
    .object({
      id: z.string().min(1),
      onderwijsniveau: z.enum(onderwijsniveaus),
      opleidingsnaam: z.string(),
      onderwijsinstelling: z.string(),
      datumBehaald: z.iso.date(),
      inOnderzoek: inOnderzoekSchema,
      datumLaatsteWijziging: z.iso.date(),
    })
    .loose(),
);
export type Diploma = z.infer<typeof diplomaSchema>;

export const diplomasResultaatSchema = z.lazy(() => z.object({ diplomas: z.array(diplomaSchema) }).loose());
export type DuoGegevens = z.infer<typeof diplomasResultaatSchema>;

export const duoQuery = () => zoekQuery('duo', diplomasResultaatSchema);
