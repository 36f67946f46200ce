import { z } from 'zod';
import { zoekQuery } from '../zoek';

/**
 * UWV polisadministratie: `POST /uwv/inkomstenverhoudingen/_zoek` with the own BSN in the
 * body. Contract: mocks/contracts/uwv.yaml. The schema checks what the mapper reads; other
 * fields pass through (`.loose()`). `api.test.ts` proves at compile time that the result is a
 * valid generated `InkomstenverhoudingenResultaat`.
 */
const inOnderzoekSchema = z
  .object({
    datumIngangOnderzoek: z.iso.date(),
    gegevens: z
      .array(
        z.enum([
          'werkgever',
          'uitkeringsinstantie',
          'datumAanvang',
          'datumEinde',
          'loonLaatsteMaand',
          'aantalUrenPerWeek',
        ]),
      )
      .min(1),
  })
  .loose()
  .nullable();

const inhoudingsplichtigeSchema = z.object({ naam: z.string(), loonheffingennummer: z.string() }).loose();

const gedeeld = {
  id: z.string().min(1),
  datumAanvang: z.iso.date(),
  datumEinde: z.iso.date().nullable(),
  // Whole euros, gross, over the last month reported.
  loonLaatsteMaand: z.number().int(),
  inOnderzoek: inOnderzoekSchema,
  datumLaatsteWijziging: z.iso.date(),
};

export const dienstbetrekkingSchema = z
  .object({
    ...gedeeld,
    soort: z.literal('dienstbetrekking'),
    werkgever: inhoudingsplichtigeSchema,
    aantalUrenPerWeek: z.number().int(),
  })
  .loose();
export type Dienstbetrekking = z.infer<typeof dienstbetrekkingSchema>;

export const soortenUitkering = ['WW', 'ZW', 'WIA', 'Participatiewet', 'AOW', 'pensioen'] as const;
export type SoortUitkering = (typeof soortenUitkering)[number];

export const uitkeringSchema = z
  .object({
    ...gedeeld,
    soort: z.literal('uitkering'),
    soortUitkering: z.enum(soortenUitkering),
    uitkeringsinstantie: inhoudingsplichtigeSchema,
    aantalUrenPerWeek: z.null(),
  })
  .loose();
export type Uitkering = z.infer<typeof uitkeringSchema>;

export const inkomstenverhoudingSchema = z.discriminatedUnion('soort', [dienstbetrekkingSchema, uitkeringSchema]);
export type Inkomstenverhouding = z.infer<typeof inkomstenverhoudingSchema>;

// Object schemas are z.lazy: built at the first answer, not while the page's code loads
// (one task for all of it; issue 16, decision 095). Same checks, same types.
export const inkomstenverhoudingenResultaatSchema = z.lazy(() =>
  z.object({ inkomstenverhoudingen: z.array(inkomstenverhoudingSchema) }).loose(),
);
export type UwvGegevens = z.infer<typeof inkomstenverhoudingenResultaatSchema>;

export const uwvQuery = () => zoekQuery('uwv', inkomstenverhoudingenResultaatSchema);
