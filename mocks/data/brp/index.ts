import rawData from '../../specs/brp/brp-personen-mock-test-data-gba-format.json';
import indexCsv from '../../specs/brp/brp-mock-persona-index-derived.csv?raw';
import { toPersoon, volledigeNaam, type ConvertOptions, type Persoon } from './convert';
import type { GbaPersoon } from './gba-types';

export { toPersoon, type Persoon } from './convert';
export type { GbaPersoon } from './gba-types';

// The vendored file is an array of persoonslijsten in the GBA format; the converter reads
// every property defensively (all optional), and the contract test converts all of them.
const data = rawData as unknown as GbaPersoon[];

let byBsn: Map<string, GbaPersoon> | undefined;
function gbaIndex(): Map<string, GbaPersoon> {
  if (!byBsn) byBsn = new Map(data.map((p) => [p.burgerservicenummer ?? '', p]));
  return byBsn;
}

export function getGbaPersoon(bsn: string): GbaPersoon | undefined {
  return gbaIndex().get(bsn);
}

export function allTestBsns(): string[] {
  return data.map((p) => p.burgerservicenummer ?? '').filter(Boolean);
}

/**
 * The 2.7 Persoon for a test BSN, or undefined. Converted on demand (cheap, < 1 ms) rather
 * than cached, because `leeftijd` depends on "today".
 */
export function getPersoonByBsn(bsn: string, options: Omit<ConvertOptions, 'resolve'> = {}): Persoon | undefined {
  const gba = getGbaPersoon(bsn);
  return gba ? toPersoon(gba, { ...options, resolve: getGbaPersoon }) : undefined;
}

export type TestPerson = { burgerservicenummer: string; naam: string; kenmerken?: string[] };

/** Features per BSN from the derived persona index (last CSV column, `; `-separated). */
function kenmerkenIndex(): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const line of indexCsv.split(/\r?\n/).slice(1)) {
    const bsn = line.slice(0, 9);
    if (!/^[0-9]{9}$/.test(bsn)) continue;
    // The last column may be quoted (it contains commas); it follows the 7th comma.
    let commas = 0;
    let i = 0;
    let inQuotes = false;
    for (; i < line.length && commas < 7; i++) {
      const c = line[i];
      if (c === '"') inQuotes = !inQuotes;
      else if (c === ',' && !inQuotes) commas++;
    }
    const last = line.slice(i).replace(/^"|"$/g, '');
    map.set(
      bsn,
      last
        ? last
            .split(';')
            .map((k) => k.trim())
            .filter(Boolean)
        : [],
    );
  }
  return map;
}

/** Test persons for the mock sign-in page, in data order. */
export function listTestPersons(): TestPerson[] {
  const kenmerken = kenmerkenIndex();
  return data.map((p) => {
    const bsn = p.burgerservicenummer ?? '';
    const k = kenmerken.get(bsn);
    return { burgerservicenummer: bsn, naam: volledigeNaam(p.naam) ?? '', ...(k?.length ? { kenmerken: k } : {}) };
  });
}
