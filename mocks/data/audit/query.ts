/**
 * Filtering, paging and aggregating the auditor universe. A filter first becomes a lookup
 * table over activities (organisation, registry, activity and legal basis are all properties
 * of the activity), so the per-record test is a few typed-array reads.
 */
import { LOG_FROM, LOG_TO } from '../verwerkingen/events';
import { CATEGORIEEN, ORGANISATIES } from '../verwerkingen/register';
import { ANOMALY_BIT, ANOMALY_KINDS, kindsFromMask, type AnomalyKind } from './anomalies';
import {
  ACTIVITY_BRON, ACTIVITY_LEGAL, ACTIVITY_ORG, AUDIT_ACTIVITIES, BRONNEN, LEGAL_BASES, isConfidentialRecord, isErrorRecord,
  spanIdOf, traceIdOf, type Universe,
} from './universe';

export type Filter = {
  van?: number;
  tot?: number;
  organisatie?: number;
  registratie?: number;
  activiteit?: number;
  grondslag?: number;
  categorie?: number;
  uitvoering?: 'mens' | 'systeem';
  anomalie?: AnomalyKind | 'alle';
  subject?: number;
};
export const SORTS = ['tijd', '-tijd', 'organisatie', '-organisatie'] as const;
export type Sort = (typeof SORTS)[number];

type Matcher = (i: number) => boolean;

function matcher(u: Universe, f: Filter): Matcher {
  const acts = new Uint8Array(AUDIT_ACTIVITIES.length);
  for (let a = 0; a < acts.length; a++) {
    let ok = true;
    if (f.organisatie !== undefined && ACTIVITY_ORG[a] !== f.organisatie) ok = false;
    if (f.registratie !== undefined && ACTIVITY_BRON[a] !== f.registratie) ok = false;
    if (f.activiteit !== undefined && a !== f.activiteit) ok = false;
    if (f.grondslag !== undefined && (ACTIVITY_LEGAL[a]! & (1 << f.grondslag)) === 0) ok = false;
    acts[a] = ok ? 1 : 0;
  }
  const van = f.van ?? -Infinity;
  const tot = f.tot ?? Infinity;
  const cat = f.categorie === undefined ? 0 : 1 << f.categorie;
  const human = f.uitvoering === undefined ? -1 : f.uitvoering === 'mens' ? 1 : 0;
  const anomaly = f.anomalie === undefined ? 0 : f.anomalie === 'alle' ? 0xff : ANOMALY_BIT[f.anomalie];
  const subject = f.subject ?? -1;
  const { activity, start, categories, anomalies } = u;
  const humanCol = u.human;
  const subjectCol = u.subject;
  return (i) => {
    if (acts[activity[i]!] === 0) return false;
    const t = start[i]!;
    if (t < van || t >= tot) return false;
    if (cat !== 0 && (categories[i]! & cat) === 0) return false;
    if (human >= 0 && humanCol[i] !== human) return false;
    if (anomaly !== 0 && (anomalies[i]! & anomaly) === 0) return false;
    if (subject >= 0 && subjectCol[i] !== subject) return false;
    return true;
  };
}

export type AuditRecord = {
  id: string;
  spanId: string;
  traceId: string;
  tijd: string;
  pseudoniem: string;
  activiteit: { id: string; naam: string; inRegister: boolean };
  organisatie: { id: string; naam: string };
  ontvanger?: { id: string; naam: string };
  registratie: string;
  grondslagen: string[];
  categorieen: string[];
  uitvoering: 'mens' | 'systeem';
  vertrouwelijk: boolean;
  status: 'Ok' | 'Error';
  anomalieen: AnomalyKind[];
};

const categoryCache = new Map<number, string[]>();
function categoryNames(mask: number): string[] {
  let list = categoryCache.get(mask);
  if (!list) {
    list = CATEGORIEEN.filter((_, b) => (mask & (1 << b)) !== 0);
    categoryCache.set(mask, list);
  }
  return list;
}

export function toAuditRecord(u: Universe, i: number): AuditRecord {
  const a = AUDIT_ACTIVITIES[u.activity[i]!]!;
  const org = ORGANISATIES[a.organisatie]!;
  const recipient = u.recipient[i]!;
  const record: AuditRecord = {
    id: String(i),
    spanId: spanIdOf(u, i),
    traceId: traceIdOf(u, i),
    tijd: new Date(u.start[i]!).toISOString(),
    pseudoniem: u.subjects.pseudonym[u.subject[i]!]!,
    activiteit: { id: a.id, naam: a.naam, inRegister: a.inRegister },
    organisatie: { id: org.id, naam: org.naam },
    registratie: a.bron,
    grondslagen: a.legalBasis,
    categorieen: categoryNames(u.categories[i]!),
    uitvoering: u.human[i] ? 'mens' : 'systeem',
    vertrouwelijk: isConfidentialRecord(u, i),
    status: isErrorRecord(u, i) ? 'Error' : 'Ok',
    anomalieen: kindsFromMask(u.anomalies[i]!),
  };
  if (recipient >= 0) record.ontvanger = { id: ORGANISATIES[recipient]!.id, naam: ORGANISATIES[recipient]!.naam };
  return record;
}

/** Opaque cursor: the position in the sort order to continue from, tied to the query it came from. */
export function encodeCursor(position: number, fingerprint: string): string {
  return btoa(JSON.stringify([position, fingerprint])).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
}
export function decodeCursor(cursor: string, fingerprint: string): number | undefined {
  try {
    const parsed: unknown = JSON.parse(atob(cursor.replace(/-/g, '+').replace(/_/g, '/')));
    if (!Array.isArray(parsed) || typeof parsed[0] !== 'number' || parsed[1] !== fingerprint || !Number.isSafeInteger(parsed[0]) || parsed[0] < 0) return undefined;
    return parsed[0];
  } catch {
    return undefined;
  }
}

export type Page = { totaal: number; indices: number[]; next: number | undefined };

/** Per universe: where each organisation's segment starts in `byOrg` (it is sorted by organisation, then time). */
const orgOffsets = new WeakMap<Universe, Uint32Array>();
function orgStarts(u: Universe): Uint32Array {
  let starts = orgOffsets.get(u);
  if (!starts) {
    starts = new Uint32Array(ORGANISATIES.length + 1);
    for (let p = 0; p < u.byOrg.length; p++) starts[ACTIVITY_ORG[u.activity[u.byOrg[p]!]!]! + 1]!++;
    for (let o = 0; o < ORGANISATIES.length; o++) starts[o + 1]! += starts[o]!;
    orgOffsets.set(u, starts);
  }
  return starts;
}

/** First position in order[lo, hi) whose start time is ≥ t (the range is sorted by time). */
function lowerBound(u: Universe, order: Uint32Array, lo: number, hi: number, t: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (u.start[order[mid]!]! < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

type Plan = { order: Uint32Array; lo: number; hi: number; desc: boolean };

/**
 * Which stretch of which sort order to scan. An organisation filter narrows to that
 * organisation's segment of `byOrg` (time-ordered inside, so right for every sort); a period
 * narrows a time-ordered range by binary search. Everything else is checked per record.
 */
function plan(u: Universe, f: Filter, sort: Sort): Plan {
  const desc = sort.startsWith('-');
  let order: Uint32Array;
  let lo = 0;
  let hi: number;
  if (f.organisatie !== undefined) {
    const starts = orgStarts(u);
    order = u.byOrg;
    lo = starts[f.organisatie]!;
    hi = starts[f.organisatie + 1]!;
  } else if (sort === 'tijd' || sort === '-tijd') {
    order = u.byTime;
    hi = order.length;
  } else {
    return { order: u.byOrg, lo: 0, hi: u.byOrg.length, desc };
  }
  if (f.van !== undefined) lo = lowerBound(u, order, lo, hi, f.van);
  if (f.tot !== undefined) hi = lowerBound(u, order, lo, hi, f.tot);
  return { order, lo, hi, desc };
}

let hitBuffer = new Uint8Array(0);
/** Up to this many matches are sorted directly rather than found by walking the sort order. */
const FEW = 50_000;

/**
 * One page. The total comes from one pass in storage order (sequential reads, cache friendly)
 * that also marks the matches; the page then walks the sort order from the cursor and stops
 * as soon as it has `limit` matches and knows where the next page starts. A narrowed range
 * (organisation, period) is small and is scanned directly.
 */
export function searchPage(u: Universe, f: Filter, sort: Sort, from: number, limit: number): Page {
  const { order, lo, hi, desc } = plan(u, f, sort);
  const match = matcher(u, f);
  const n = hi - lo;
  const indices: number[] = [];
  let totaal = 0;
  let next: number | undefined;
  if (n === u.length) {
    if (hitBuffer.length < u.length) hitBuffer = new Uint8Array(u.length);
    const hit = hitBuffer;
    const few: number[] = [];
    for (let i = 0; i < u.length; i++) {
      const m = match(i) ? 1 : 0;
      hit[i] = m;
      totaal += m;
      if (m && few.length <= FEW) few.push(i);
    }
    if (totaal <= FEW) {
      // Few matches: sort them directly (same order as the index: by time, or by
      // organisation then time; ties by storage index) instead of walking 1M positions.
      const byOrg = sort === 'organisatie' || sort === '-organisatie';
      const { start } = u;
      few.sort((a, b) => (byOrg ? ACTIVITY_ORG[u.activity[a]!]! - ACTIVITY_ORG[u.activity[b]!]! : 0) || start[a]! - start[b]! || a - b);
      if (desc) few.reverse();
      const page = few.slice(from, from + limit);
      return { totaal, indices: page, next: from + limit < totaal ? from + limit : undefined };
    }
    for (let p = from; p < n; p++) {
      const i = order[desc ? n - 1 - p : p]!;
      if (hit[i] === 0) continue;
      if (indices.length < limit) indices.push(i);
      else {
        next = p;
        break;
      }
    }
    return { totaal, indices, next };
  }
  for (let p = 0; p < n; p++) {
    const i = order[desc ? hi - 1 - p : lo + p]!;
    if (!match(i)) continue;
    totaal++;
    if (p < from) continue;
    if (indices.length < limit) indices.push(i);
    else if (next === undefined) next = p;
  }
  return { totaal, indices, next };
}

/** Yields matching record indices in sort order, for the streamed export. */
export function* scan(u: Universe, f: Filter, sort: Sort): Generator<number> {
  const { order, lo, hi, desc } = plan(u, f, sort);
  const match = matcher(u, f);
  const n = hi - lo;
  for (let p = 0; p < n; p++) {
    const i = order[desc ? hi - 1 - p : lo + p]!;
    if (match(i)) yield i;
  }
}

export function countMatches(u: Universe, f: Filter): number {
  const { order, lo, hi } = plan(u, f, 'tijd');
  const match = matcher(u, f);
  let c = 0;
  if (hi - lo === u.length) {
    for (let i = 0; i < u.length; i++) if (match(i)) c++;
    return c;
  }
  for (let p = lo; p < hi; p++) if (match(order[p]!)) c++;
  return c;
}

const DAY = 86_400_000;
const firstMonth = new Date(LOG_FROM);
const MONTHS: string[] = [];
for (let t = Date.UTC(firstMonth.getUTCFullYear(), firstMonth.getUTCMonth(), 1); t < LOG_TO; t = Date.UTC(new Date(t).getUTCFullYear(), new Date(t).getUTCMonth() + 1, 1)) MONTHS.push(new Date(t).toISOString().slice(0, 7));
const DAYS = Math.ceil((LOG_TO - LOG_FROM) / DAY) + 1;
const MONTH_OF_DAY = new Uint8Array(DAYS);
for (let d = 0; d < DAYS; d++) MONTH_OF_DAY[d] = Math.max(0, MONTHS.indexOf(new Date(LOG_FROM + d * DAY).toISOString().slice(0, 7)));

export type Aggregates = {
  totaal: number;
  perOrganisatie: Array<{ id: string; naam: string; aantal: number }>;
  perMaand: Array<{ maand: string; aantal: number }>;
  perGrondslag: Array<{ grondslag: string; aantal: number }>;
  perRegistratie: Array<{ registratie: string; aantal: number }>;
  perCategorie: Array<{ categorie: string; aantal: number }>;
  perAnomalie: Array<{ soort: AnomalyKind; aantal: number }>;
};

export function aggregate(u: Universe, f: Filter): Aggregates {
  const match = matcher(u, f);
  const orgs = new Uint32Array(ORGANISATIES.length);
  const months = new Uint32Array(MONTHS.length);
  const legal = new Uint32Array(LEGAL_BASES.length + 1);
  const bron = new Uint32Array(BRONNEN.length);
  const cats = new Uint32Array(CATEGORIEEN.length);
  const anomalies = new Uint32Array(8);
  let totaal = 0;
  const { order, lo, hi } = plan(u, f, 'tijd');
  const full = hi - lo === u.length;
  for (let p = lo; p < hi; p++) {
    const i = full ? p : order[p]!;
    if (!match(i)) continue;
    totaal++;
    const a = u.activity[i]!;
    orgs[ACTIVITY_ORG[a]!]!++;
    const day = Math.min(DAYS - 1, Math.max(0, Math.floor((u.start[i]! - LOG_FROM) / DAY)));
    months[MONTH_OF_DAY[day]!]!++;
    let l = ACTIVITY_LEGAL[a]!;
    if (l === 0) legal[LEGAL_BASES.length]!++;
    while (l) {
      const b = 31 - Math.clz32(l & -l);
      legal[b]!++;
      l &= l - 1;
    }
    bron[ACTIVITY_BRON[a]!]!++;
    let c = u.categories[i]!;
    while (c) {
      const b = 31 - Math.clz32(c & -c);
      cats[b]!++;
      c = (c & (c - 1)) >>> 0;
    }
    let m = u.anomalies[i]!;
    while (m) {
      const b = 31 - Math.clz32(m & -m);
      anomalies[b]!++;
      m &= m - 1;
    }
  }
  const byCount = <T extends { aantal: number }>(rows: T[]) => rows.filter((r) => r.aantal > 0).sort((a, b) => b.aantal - a.aantal);
  return {
    totaal,
    perOrganisatie: byCount(ORGANISATIES.map((o, k) => ({ id: o.id, naam: o.naam, aantal: orgs[k]! }))),
    perMaand: MONTHS.map((maand, k) => ({ maand, aantal: months[k]! })),
    perGrondslag: byCount([...LEGAL_BASES, 'Geen'].map((grondslag, k) => ({ grondslag, aantal: legal[k]! }))),
    perRegistratie: byCount(BRONNEN.map((registratie, k) => ({ registratie, aantal: bron[k]! }))),
    perCategorie: byCount(CATEGORIEEN.map((categorie, k) => ({ categorie, aantal: cats[k]! }))),
    perAnomalie: ANOMALY_KINDS.map((soort) => ({ soort, aantal: anomalies[31 - Math.clz32(ANOMALY_BIT[soort])]! })),
  };
}
