import { z } from 'zod';
import { zoekQuery } from '../zoek';

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

// Object schemas are z.lazy: built at the first answer, not while the page's code loads
// (one task for all of it; issue 16, decision 095). Same checks, same types.
export const inkomenSchema = z.lazy(() =>
  z
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
    .loose(),
);
export type Inkomen = z.infer<typeof inkomenSchema>;

export const inkomensResultaatSchema = z.lazy(() => z.object({ inkomens: z.array(inkomenSchema) }).loose());
export type BriGegevens = z.infer<typeof inkomensResultaatSchema>;

export const briQuery = () => zoekQuery('bri', inkomensResultaatSchema);
