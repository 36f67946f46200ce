import { z } from 'zod';
import { apiRequest, ApiError } from '@/lib/api-client';

/** "Find your address": BAG Individuele Bevragingen 2.0 `GET /adressen?postcode&huisnummer`. */

export const adresSchema = z
  .object({
    openbareRuimteNaam: z.string(),
    huisnummer: z.number(),
    huisletter: z.string().optional(),
    huisnummertoevoeging: z.string().optional(),
    postcode: z.string().optional(),
    woonplaatsNaam: z.string(),
    nummeraanduidingIdentificatie: z.string(),
  })
  .loose();

const resultSchema = z
  .object({
    _embedded: z
      .object({ adressen: z.array(adresSchema) })
      .loose()
      .optional(),
  })
  .loose();

export type BagAdres = { id: string; weergave: string; postcode: string; huisnummer: string };

export function formatAdres(a: z.infer<typeof adresSchema>): string {
  const nummer = `${a.huisnummer}${a.huisletter ?? ''}${a.huisnummertoevoeging ? `-${a.huisnummertoevoeging}` : ''}`;
  const postcode = a.postcode ? `${a.postcode.slice(0, 4)} ${a.postcode.slice(4)}` : '';
  return `${a.openbareRuimteNaam} ${nummer}, ${postcode} ${a.woonplaatsNaam}`.replace(/\s+/g, ' ').trim();
}

export async function zoekAdressen(postcode: string, huisnummer: string, signal?: AbortSignal): Promise<BagAdres[]> {
  const query = new URLSearchParams({ postcode, huisnummer });
  try {
    const result = await apiRequest(`/bag/adressen?${query.toString()}`, {
      schema: resultSchema,
      ...(signal ? { signal } : {}),
    });
    return (result._embedded?.adressen ?? []).map((a) => ({
      id: a.nummeraanduidingIdentificatie,
      weergave: formatAdres(a),
      postcode: a.postcode ?? postcode,
      huisnummer: String(a.huisnummer),
    }));
  } catch (error) {
    // The BAG says "nothing here" with a 404 on some paths; for a search that is an empty list.
    if (error instanceof ApiError && error.status === 404) return [];
    throw error;
  }
}
