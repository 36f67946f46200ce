import { toPersoon, verblijfplaatsType, type ConvertOptions, type Persoon } from '../brp/convert';
import { getGbaPersoon, getPersoonByBsn } from '../brp/index';
import type { GbaInOnderzoek, GbaPersoon } from '../brp/gba-types';
import { covers } from '../brp/in-onderzoek';
import type { OpenCorrection } from './store';

/**
 * When the municipality starts investigating a field a citizen asked to correct (the zaak
 * reaches "In behandeling"), the registry itself shows that field "in onderzoek" from the date
 * the municipality started (LEGAL.md: holders record an investigation marker with its start
 * date). Filing a request does not by itself mark anything. The marker is put on a copy of the
 * GBA persoonslijst as an LO3 "aanduiding gegevens in onderzoek", so the official conversion
 * produces every flag and date exactly as for data that was in onderzoek already, and the 2.7
 * output stays schema-valid.
 */

type Slot = { category: 'persoon' | 'verblijfplaats' | 'overlijden' | 'nationaliteiten'; code: string };

/** The LO3 code for a 2.7 field path (first segment decides), or undefined when not overlaid. */
export function slotFor(veld: string, gba: GbaPersoon): Slot | undefined {
  const top = veld.split(/[.[]/)[0];
  switch (top) {
    case 'naam':
      return { category: 'persoon', code: '010200' };
    case 'geboorte':
    case 'leeftijd':
      return { category: 'persoon', code: '010300' };
    case 'geslacht':
      return { category: 'persoon', code: '010400' };
    case 'burgerservicenummer':
      return { category: 'persoon', code: '010120' };
    case 'nationaliteiten':
      return { category: 'nationaliteiten', code: '040000' };
    case 'overlijden':
      return gba.overlijden ? { category: 'overlijden', code: '060000' } : undefined;
    case 'gemeenteVanInschrijving':
    case 'datumInschrijvingInGemeente':
      return { category: 'verblijfplaats', code: '080900' };
    case 'verblijfplaats':
    case 'adressering': {
      if (!gba.verblijfplaats) return undefined;
      // The group of the address kind: 11 adres, 12 locatie, 13 buitenland/onbekend.
      const kind = verblijfplaatsType(gba.verblijfplaats);
      return {
        category: 'verblijfplaats',
        code: kind === 'Adres' ? '081100' : kind === 'Locatie' ? '081200' : '081300',
      };
    }
    default:
      return undefined;
  }
}

/**
 * A finding, not an investigation: `089999` "vastgesteld verblijft niet op adres" (and any
 * other `CC9999` code) is the municipality's established conclusion. It sits in the same LO3
 * slot, and nothing a citizen files may overwrite or widen it away.
 */
export const isFinding = (code: string | undefined): boolean => code !== undefined && /^\d{2}9999$/.test(code);

/**
 * GBA keeps one marker per category. When one exists that does not cover the new code, the
 * marker widens to the whole category with the earliest start date: it over-marks rather
 * than hiding either investigation. An existing finding stays exactly as it is.
 */
function merge(existing: GbaInOnderzoek | undefined, code: string, datum: string): GbaInOnderzoek {
  const current = existing?.aanduidingGegevensInOnderzoek;
  if (!current) return { aanduidingGegevensInOnderzoek: code, datumIngangOnderzoek: datum };
  if (isFinding(current) || current === code || covers(current, [code])) return existing;
  const earliest =
    existing.datumIngangOnderzoek && existing.datumIngangOnderzoek < datum ? existing.datumIngangOnderzoek : datum;
  return { aanduidingGegevensInOnderzoek: `${code.slice(0, 2)}0000`, datumIngangOnderzoek: earliest };
}

export function withCorrections(gba: GbaPersoon, corrections: readonly OpenCorrection[]): GbaPersoon {
  const copy = structuredClone(gba);
  // Earliest first, so the oldest investigation gives the start date.
  for (const c of [...corrections].sort((a, b) => (a.onderzoekSinds < b.onderzoekSinds ? -1 : 1))) {
    const slot = slotFor(c.veld, copy);
    if (!slot) continue;
    const datum = c.onderzoekSinds.replace(/-/g, '');
    if (slot.category === 'persoon') copy.persoonInOnderzoek = merge(copy.persoonInOnderzoek, slot.code, datum);
    if (slot.category === 'verblijfplaats' && copy.verblijfplaats)
      copy.verblijfplaats.inOnderzoek = merge(copy.verblijfplaats.inOnderzoek, slot.code, datum);
    if (slot.category === 'overlijden' && copy.overlijden)
      copy.overlijden.inOnderzoek = merge(copy.overlijden.inOnderzoek, slot.code, datum);
    if (slot.category === 'nationaliteiten') {
      for (const n of copy.nationaliteiten ?? []) n.inOnderzoek = merge(n.inOnderzoek, slot.code, datum);
    }
  }
  return copy;
}

/** `getPersoonByBsn` plus the fields its municipality is investigating after a request. */
export function persoonMetLopendeCorrecties(
  bsn: string,
  corrections: readonly OpenCorrection[],
  options: Omit<ConvertOptions, 'resolve'> = {},
): Persoon | undefined {
  const brp = corrections.filter((c) => c.registratie === 'brp');
  if (brp.length === 0) return getPersoonByBsn(bsn, options);
  const gba = getGbaPersoon(bsn);
  return gba ? toPersoon(withCorrections(gba, brp), { ...options, resolve: getGbaPersoon }) : undefined;
}
