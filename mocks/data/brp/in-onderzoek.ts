import type { Datum } from './datum';
import { toDatum } from './datum';
import type { GbaInOnderzoek } from './gba-types';

/**
 * GBA "aanduiding gegevens in onderzoek" (LO3 83.10) is a 6-digit element code CCGGEE.
 * A whole category (CC0000), a whole group (CCGG00) or one element (CCGGEE) can be under
 * investigation. A 2.7 field is in onderzoek when the code covers one of the GBA elements
 * the field is derived from (mapping from the official BrpProxy converters and the
 * `in-onderzoek.feature` files).
 */
export function covers(code: string, elements: readonly string[]): boolean {
  const category = code.slice(0, 2);
  if (code === `${category}0000`) return elements.some((e) => e.startsWith(category));
  return elements.some((e) => e === code || `${e.slice(0, 4)}00` === code);
}

/**
 * Builds an inOnderzoek object: `{ field: true, …, datumIngangOnderzoek }` for every field
 * whose elements the code covers; undefined when nothing is covered (the API never sends
 * an inOnderzoek object without flags).
 */
export function inOnderzoekFor(
  io: GbaInOnderzoek | undefined,
  fieldElements: Record<string, readonly string[]>,
  datumKey = 'datumIngangOnderzoek',
  all = false,
): Record<string, boolean | Datum> | undefined {
  const code = io?.aanduidingGegevensInOnderzoek;
  if (!code) return undefined;
  const out: Record<string, boolean | Datum> = {};
  for (const [field, elements] of Object.entries(fieldElements)) {
    if (all || covers(code, elements)) out[field] = true;
  }
  if (Object.keys(out).length === 0) return undefined;
  const datum = toDatum(io.datumIngangOnderzoek);
  if (datum) out[datumKey] = datum;
  return out;
}

/** Naam elements within a category (02.10 voornamen … 02.40 geslachtsnaam, 61.10 naamgebruik). */
export function naamElements(cat: string): Record<string, string[]> {
  const voornamen = `${cat}0210`;
  const titel = `${cat}0220`;
  const voorvoegsel = `${cat}0230`;
  const geslachtsnaam = `${cat}0240`;
  return {
    voornamen: [voornamen],
    adellijkeTitelPredicaat: [titel],
    voorvoegsel: [voorvoegsel],
    geslachtsnaam: [geslachtsnaam],
    voorletters: [voornamen],
  };
}

export function geboorteElements(cat: string): Record<string, string[]> {
  return { datum: [`${cat}0310`], plaats: [`${cat}0320`], land: [`${cat}0330`] };
}
