/**
 * Filtering, paging and aggregating the in-page universe (the memory engine). A query's
 * activity mask is the per-record test's first lookup, so the test is a few typed-array
 * reads; a query on one organisation scans only that organisation's stretch of `byOrg`.
 */
import { ACTIVITY_ORG, DAYS, dayIndex } from './catalog';
import { type Groups, type Query, type RecordRow, type Sort, organisationsOf } from './engine';
import { type Universe } from './universe';

type Matcher = (i: number) => boolean;

function matcher(u: Universe, q: Query): Matcher {
  const acts = q.activities;
  const van = q.van ?? -Infinity;
  const tot = q.tot ?? Infinity;
  const cat = q.categorie === undefined ? 0 : 1 << q.categorie;
  const human = q.uitvoering === undefined ? -1 : q.uitvoering === 'mens' ? 1 : 0;
  const anomaly = q.anomalie ?? 0;
  const subject = q.subject ?? -1;
  const { activity, start, categories, anomalies } = u;
  const humanCol = u.human;
  const subjectCol = u.subject;
  return (i) => {
    if (acts[activity[i]!] !== 1) return false;
    const t = start[i]!;
    if (t < van || t >= tot) return false;
    if (cat !== 0 && (categories[i]! & cat) === 0) return false;
    if (human >= 0 && humanCol[i] !== human) return false;
    if (anomaly !== 0 && (anomalies[i]! & anomaly) === 0) return false;
    if (subject >= 0 && subjectCol[i] !== subject) return false;
    return true;
  };
}

export function rowOf(u: Universe, i: number): RecordRow {
  const s = u.subject[i]!;
  return {
    id: i,
    subjectHash: u.subjects.hash[s]!,
    pseudonym: u.subjects.pseudonym[s]!,
    start: u.start[i]!,
    activity: u.activity[i]!,
    categories: u.categories[i]!,
    flags: u.flags[i]!,
    seq: u.seq[i]!,
    traceSeq: u.traceSeq[i]!,
    recipient: u.recipient[i]!,
    anomalies: u.anomalies[i]!,
  };
}

export type Page = { totaal: number; indices: number[]; next: number | undefined };

/** Per universe: where each organisation's segment starts in `byOrg` (it is sorted by organisation, then time). */
const orgOffsets = new WeakMap<Universe, Uint32Array>();
function orgStarts(u: Universe): Uint32Array {
  let starts = orgOffsets.get(u);
  if (!starts) {
    const orgs = ACTIVITY_ORG.reduce((m, o) => Math.max(m, o), 0) + 1;
    starts = new Uint32Array(orgs + 1);
    for (let p = 0; p < u.byOrg.length; p++) starts[ACTIVITY_ORG[u.activity[u.byOrg[p]!]!]! + 1]!++;
    for (let o = 0; o < orgs; o++) starts[o + 1]! += starts[o]!;
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
 * Which stretch of which sort order to scan. A query on one organisation narrows to that
 * organisation's segment of `byOrg` (time-ordered inside, so right for every sort); a period
 * narrows a time-ordered range by binary search. Everything else is checked per record.
 */
function plan(u: Universe, q: Query, sort: Sort): Plan {
  const desc = sort.startsWith('-');
  let order: Uint32Array;
  let lo = 0;
  let hi: number;
  const orgs = organisationsOf(q.activities);
  if (orgs.length === 0) return { order: u.byTime, lo: 0, hi: 0, desc };
  if (orgs.length === 1) {
    const starts = orgStarts(u);
    order = u.byOrg;
    lo = starts[orgs[0]!] ?? 0;
    hi = starts[orgs[0]! + 1] ?? lo;
  } else if (sort === 'tijd' || sort === '-tijd') {
    order = u.byTime;
    hi = order.length;
  } else {
    return { order: u.byOrg, lo: 0, hi: u.byOrg.length, desc };
  }
  if (q.van !== undefined) lo = lowerBound(u, order, lo, hi, q.van);
  if (q.tot !== undefined) hi = lowerBound(u, order, lo, hi, q.tot);
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
export function searchPage(u: Universe, q: Query, sort: Sort, from: number, limit: number): Page {
  const { order, lo, hi, desc } = plan(u, q, sort);
  const match = matcher(u, q);
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
      few.sort(
        (a, b) =>
          (byOrg ? ACTIVITY_ORG[u.activity[a]!]! - ACTIVITY_ORG[u.activity[b]!]! : 0) || start[a]! - start[b]! || a - b,
      );
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
export function* scan(u: Universe, q: Query, sort: Sort): Generator<number> {
  const { order, lo, hi, desc } = plan(u, q, sort);
  const match = matcher(u, q);
  const n = hi - lo;
  for (let p = 0; p < n; p++) {
    const i = order[desc ? hi - 1 - p : lo + p]!;
    if (match(i)) yield i;
  }
}

export function countMatches(u: Universe, q: Query): number {
  const { order, lo, hi } = plan(u, q, 'tijd');
  const match = matcher(u, q);
  let c = 0;
  if (hi - lo === u.length) {
    for (let i = 0; i < u.length; i++) if (match(i)) c++;
    return c;
  }
  for (let p = lo; p < hi; p++) if (match(order[p]!)) c++;
  return c;
}

/** Raw group counts of the matches (engine.ts turns them into the API's aggregates). */
export function groups(u: Universe, q: Query): Groups {
  const match = matcher(u, q);
  const perActivity = new Uint32Array(q.activities.length);
  const perDay = new Uint32Array(DAYS);
  const perAnomaly = new Uint32Array(256);
  const categories = new Map<number, number>();
  // Consecutive records often share a category mask: count runs, touch the Map once per run.
  let runMask = -1;
  let run = 0;
  const { order, lo, hi } = plan(u, q, 'tijd');
  const full = hi - lo === u.length;
  for (let p = lo; p < hi; p++) {
    const i = full ? p : order[p]!;
    if (!match(i)) continue;
    perActivity[u.activity[i]!]!++;
    perDay[dayIndex(u.start[i]!)]!++;
    perAnomaly[u.anomalies[i]!]!++;
    const c = u.categories[i]!;
    if (c === runMask) run++;
    else {
      if (run) categories.set(runMask, (categories.get(runMask) ?? 0) + run);
      runMask = c;
      run = 1;
    }
  }
  if (run) categories.set(runMask, (categories.get(runMask) ?? 0) + run);
  const toMap = (a: Uint32Array) => {
    const m = new Map<number, number>();
    for (let k = 0; k < a.length; k++) if (a[k]) m.set(k, a[k]!);
    return m;
  };
  return { activity: toMap(perActivity), day: toMap(perDay), categories, anomalies: toMap(perAnomaly) };
}
