import { z } from 'zod';
import { isIsoDate } from '@/lib/deadlines';
import { hasInvisibleCharacters } from '@/lib/visible-text';
import { watOpties } from './draft';

/**
 * One zod schema per step. Messages are i18n keys of the `correcties` namespace (the
 * component translates them), so the same rules serve Dutch and English.
 *
 * HTML and script tags are allowed: they are text, sent as text and shown as text. What is
 * refused is what makes text lie about itself: invisible, direction-changing and control
 * characters (lib/visible-text.ts; the Zaken API refuses them too), and text over the zaakeigenschap's length.
 */

export const WAARDE_MAX = 1000;
export const TOELICHTING_MAX = 4000;

const length = (text: string) => [...text].length;

function freeText(max: number, requiredKey: string, tooLongKey: string) {
  return z
    .string()
    .refine((v) => v.trim().length > 0, { message: requiredKey })
    .refine((v) => length(v) <= max, { message: tooLongKey })
    .refine((v) => !hasInvisibleCharacters(v), { message: 'fouten.stuurtekens' });
}

export const watSchema = z.object({
  wat: z.enum(watOpties, { message: 'fouten.watVerplicht' }),
});

export const waardeSchema = z.object({
  nieuweWaarde: freeText(WAARDE_MAX, 'fouten.waardeVerplicht', 'fouten.waardeTeLang'),
});

export const datumSchema = z.object({
  nieuweWaarde: z
    .string()
    .refine((v) => v.trim().length > 0, { message: 'fouten.datumVerplicht' })
    .refine((v) => isIsoDate(v), { message: 'fouten.datumOngeldig' }),
});

export const adresZoekSchema = z.object({
  postcode: z
    .string()
    .transform((v) => v.replace(/\s+/g, '').toUpperCase())
    .refine((v) => v.length > 0, { message: 'fouten.postcodeVerplicht' })
    .refine((v) => /^[1-9][0-9]{3}[A-Z]{2}$/.test(v), { message: 'fouten.postcodeOngeldig' }),
  huisnummer: z
    .string()
    .trim()
    .refine((v) => v.length > 0, { message: 'fouten.huisnummerVerplicht' })
    .refine((v) => /^[1-9][0-9]{0,4}$/.test(v), { message: 'fouten.huisnummerOngeldig' }),
});

export const toelichtingSchema = z.object({
  toelichting: freeText(TOELICHTING_MAX, 'fouten.toelichtingVerplicht', 'fouten.toelichtingTeLang'),
});

export const beperkingSchema = z.object({
  beperking: z.enum(['ja', 'nee'], { message: 'fouten.beperkingVerplicht' }),
});

/** The date on a decision, to work out the last day for bezwaar: a real date, not in the future, from 2000 on. */
export function bezwaarDatumSchema(today: string) {
  return z.object({
    datum: z
      .string()
      .refine((v) => v.trim().length > 0, { message: 'route.bezwaar.fout.verplicht' })
      .refine((v) => v === '' || isIsoDate(v), { message: 'route.bezwaar.fout.ongeldig' })
      .refine((v) => !isIsoDate(v) || v >= '2000-01-01', { message: 'route.bezwaar.fout.oud' })
      .refine((v) => !isIsoDate(v) || v <= today, { message: 'route.bezwaar.fout.toekomst' }),
  });
}
