/**
 * The auditor's filters live in the URL (shareable, back button works). They never contain
 * a BSN: subjects are only ever a pseudonym.
 */
export const FILTER_KEYS = [
  'van',
  'tot',
  'organisatie',
  'registratie',
  'activiteit',
  'grondslag',
  'categorie',
  'uitvoering',
  'anomalie',
  'pseudoniem',
] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type Filters = Partial<Record<FilterKey, string>>;
export const SORTS = ['tijd', '-tijd', 'organisatie', '-organisatie'] as const;
export type Sort = (typeof SORTS)[number];

export function filtersFromParams(params: URLSearchParams): Filters {
  const out: Filters = {};
  for (const key of FILTER_KEYS) {
    const v = params.get(key);
    if (v) out[key] = v.slice(0, 100);
  }
  return out;
}

/** Newest first unless asked otherwise: an auditor looks at what happened lately first (issue 19). */
export const DEFAULT_SORT: Sort = '-tijd';

export function sortFromParams(params: URLSearchParams): Sort {
  const s = params.get('sorteer');
  return (SORTS as readonly string[]).includes(s ?? '') ? (s as Sort) : DEFAULT_SORT;
}

/** The gateway's query string for filters (+ sort), in a stable key order. */
export function toQuery(filters: Filters, extra: Record<string, string | undefined> = {}): string {
  const q = new URLSearchParams();
  for (const key of FILTER_KEYS) if (filters[key]) q.set(key, filters[key]);
  for (const [k, v] of Object.entries(extra)) if (v) q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** The first and last day of a month `YYYY-MM`. */
export function monthRange(month: string): { van: string; tot: string } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { van: `${month}-01`, tot: `${month}-${String(last).padStart(2, '0')}` };
}
