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

/** A date as typed in the day, month and year boxes (components/DateParts.tsx). */
export type DatumDelen = { dag: string; maand: string; jaar: string };
type Deel = keyof DatumDelen;

/**
 * The ISO date the three boxes say, or the one thing to fix and in which box: an empty box, a
 * box with more than digits, a month past 12, a year not in four digits, or a day the calendar
 * does not have (31 April, 29 February 2026). `leeg`: all three boxes empty.
 */
export function datumUitDelen(delen: DatumDelen): { iso: string } | { deel: Deel; fout: string } {
  const dag = delen.dag.trim();
  const maand = delen.maand.trim();
  const jaar = delen.jaar.trim();
  if (!dag && !maand && !jaar) return { deel: 'dag', fout: 'leeg' };
  if (!dag) return { deel: 'dag', fout: 'fouten.dagVerplicht' };
  if (!maand) return { deel: 'maand', fout: 'fouten.maandVerplicht' };
  if (!jaar) return { deel: 'jaar', fout: 'fouten.jaarVerplicht' };
  if (!/^\d{1,2}$/.test(dag)) return { deel: 'dag', fout: 'fouten.dagOngeldig' };
  if (!/^\d{1,2}$/.test(maand) || Number(maand) < 1 || Number(maand) > 12)
    return { deel: 'maand', fout: 'fouten.maandOngeldig' };
  if (!/^\d{4}$/.test(jaar)) return { deel: 'jaar', fout: 'fouten.jaarOngeldig' };
  const iso = `${jaar}-${maand.padStart(2, '0')}-${dag.padStart(2, '0')}`;
  if (!isIsoDate(iso)) return { deel: 'dag', fout: 'fouten.datumBestaatNiet' };
  return { iso };
}

/** The box a message is about ("Vul een maand in"), or undefined when it is about the whole date. */
export function foutDeel(message: string | undefined): Deel | undefined {
  const deel = /^fouten\.(dag|maand|jaar)(Verplicht|Ongeldig)$/.exec(message ?? '')?.[1];
  return deel === 'dag' || deel === 'maand' || deel === 'jaar' ? deel : undefined;
}

/** An ISO date back into its boxes (a step opened again shows the earlier answer); anything else: empty boxes. */
export function delenVanDatum(iso: string | undefined): DatumDelen {
  if (!iso || !isIsoDate(iso)) return { dag: '', maand: '', jaar: '' };
  const [jaar = '', maand = '', dag = ''] = iso.split('-');
  return { dag: String(Number(dag)), maand: String(Number(maand)), jaar };
}

/** The three boxes to an ISO date, each problem at its box; `leeg` is the message when all are empty. */
function datumDelen(leeg: string) {
  return z
    .object({ dag: z.string(), maand: z.string(), jaar: z.string() })
    .check((ctx) => {
      const result = datumUitDelen(ctx.value);
      if ('fout' in result)
        ctx.issues.push({
          code: 'custom',
          path: [result.deel],
          message: result.fout === 'leeg' ? leeg : result.fout,
          input: ctx.value,
        });
    })
    .transform((delen) => {
      const result = datumUitDelen(delen);
      return 'iso' in result ? result.iso : '';
    });
}

/** The correct value of a date field, typed as day, month and year; sent as ISO yyyy-mm-dd. */
export const datumSchema = datumDelen('fouten.datumVerplicht').transform((iso) => ({ nieuweWaarde: iso }));

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

/**
 * An address typed in by hand, for when the BAG does not know it (a new build, 33A that is not
 * there yet): the very case a citizen most needs to report (issue 19). The parts follow the BAG's
 * own rules: huisnummer 1–99999, huisletter one letter, toevoeging up to four letters or digits.
 */
export const handmatigAdresSchema = z.object({
  straat: freeText(80, 'fouten.straatVerplicht', 'fouten.straatTeLang'),
  huisnummer: adresZoekSchema.shape.huisnummer,
  huisletter: z
    .string()
    .trim()
    .refine((v) => v === '' || /^[A-Za-z]$/.test(v), { message: 'fouten.huisletterOngeldig' }),
  toevoeging: z
    .string()
    .trim()
    .refine((v) => v === '' || /^[0-9A-Za-z]{1,4}$/.test(v), { message: 'fouten.toevoegingOngeldig' }),
  postcode: adresZoekSchema.shape.postcode,
  woonplaats: freeText(80, 'fouten.woonplaatsVerplicht', 'fouten.woonplaatsTeLang'),
});
export type HandmatigAdres = z.output<typeof handmatigAdresSchema>;

/** "Boterdiep 33A-2, 3077 AW Rotterdam": the BAG's way of writing an address. */
export function handmatigAdresTekst(a: HandmatigAdres): string {
  const nummer = `${a.huisnummer}${a.huisletter.toUpperCase()}${a.toevoeging ? `-${a.toevoeging.toUpperCase()}` : ''}`;
  return `${a.straat.trim()} ${nummer}, ${a.postcode.slice(0, 4)} ${a.postcode.slice(4)} ${a.woonplaats.trim()}`;
}

export const toelichtingSchema = z.object({
  toelichting: freeText(TOELICHTING_MAX, 'fouten.toelichtingVerplicht', 'fouten.toelichtingTeLang'),
});

export const beperkingSchema = z.object({
  beperking: z.enum(['ja', 'nee'], { message: 'fouten.beperkingVerplicht' }),
});

/** The date on a decision, to work out the last day for bezwaar: a real date, not in the future, from 2000 on. */
export function bezwaarDatumSchema(today: string) {
  return datumDelen('route.bezwaar.fout.verplicht')
    .refine((iso) => iso >= '2000-01-01', { message: 'route.bezwaar.fout.oud', path: ['dag'] })
    .refine((iso) => iso <= today, { message: 'route.bezwaar.fout.toekomst', path: ['dag'] })
    .transform((iso) => ({ datum: iso }));
}
