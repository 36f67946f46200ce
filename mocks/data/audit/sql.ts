/**
 * The query SQL of the audit engine (issue 15), as plain text: DuckDB runs it
 * (duckdb-engine.ts), and docs/decisions/030-audit-store-duckdb-clickhouse.md shows how the
 * same statements run on ClickHouse. Pure functions, no database: unit-tested on their own.
 * The SQL that builds the store is in sql-build.ts.
 *
 * Every value put into a statement is a number the gateway computed (indices, bit masks,
 * epoch milliseconds), checked here to be a safe integer; strings (a pseudonym) go in as
 * prepared-statement parameters, never as text.
 */
import { ORGANISATIES } from '../verwerkingen/register';
import { ACTIVITY_ORG, DAY_MS } from './catalog';
import type { CursorState, Query, Sort } from './engine';

const int = (v: number): string => {
  if (!Number.isSafeInteger(v)) throw new Error(`not a safe integer: ${v}`);
  return String(v);
};
const list = (values: number[]) => values.map(int).join(', ');

/**
 * A mask over activities as a predicate on (org, activity): whole organisations become an
 * `org IN` (or `NOT IN`, whichever is shorter) that zone maps can use, and only the activities
 * of partly covered organisations are listed one by one.
 */
export function activityPredicate(activities: Uint8Array): string {
  const orgCount = ORGANISATIES.length;
  const total = new Uint16Array(orgCount);
  const allowed = new Uint16Array(orgCount);
  for (let a = 0; a < activities.length; a++) {
    const o = ACTIVITY_ORG[a]!;
    total[o]!++;
    if (activities[a] === 1) allowed[o]!++;
  }
  const full: number[] = [];
  const other: number[] = [];
  const partialActivities: number[] = [];
  for (let o = 0; o < orgCount; o++) {
    if (total[o] === 0) continue;
    if (allowed[o] === total[o]) full.push(o);
    else other.push(o);
  }
  for (let a = 0; a < activities.length; a++) {
    const o = ACTIVITY_ORG[a]!;
    if (activities[a] === 1 && allowed[o] !== total[o]) partialActivities.push(a);
  }
  const orgPart =
    full.length === 0
      ? ''
      : other.length === 0
        ? 'TRUE'
        : full.length <= other.length
          ? `org IN (${list(full)})`
          : `org NOT IN (${list(other)})`;
  const actPart = partialActivities.length === 0 ? '' : `activity IN (${list(partialActivities)})`;
  if (orgPart === 'TRUE') return 'TRUE';
  if (orgPart && actPart) return `(${orgPart} OR ${actPart})`;
  return orgPart || actPart || 'FALSE';
}

export type Table = 'records' | 'daily';

/** Whether the rollup `daily` can answer this query (no subject, period on whole UTC days). */
export function dailyCanAnswer(q: Query, logFrom: number): boolean {
  const aligned = (t: number | undefined) => t === undefined || (t - logFrom) % DAY_MS === 0;
  return q.subject === undefined && aligned(q.van) && aligned(q.tot);
}

/** The WHERE clause of a query, on the record table or on the daily rollup. */
export function whereClause(q: Query, table: Table, logFrom: number): string {
  const parts = [activityPredicate(q.activities)];
  if (table === 'records') {
    if (q.van !== undefined) parts.push(`start >= ${int(q.van)}`);
    if (q.tot !== undefined) parts.push(`start < ${int(q.tot)}`);
    if (q.uitvoering !== undefined) parts.push(`flags & 1 = ${q.uitvoering === 'mens' ? 1 : 0}`);
    if (q.subject !== undefined) parts.push(`subject = ${int(q.subject)}`);
  } else {
    if (q.van !== undefined) parts.push(`day >= ${int((q.van - logFrom) / DAY_MS)}`);
    if (q.tot !== undefined) parts.push(`day < ${int((q.tot - logFrom) / DAY_MS)}`);
    if (q.uitvoering !== undefined) parts.push(`human = ${q.uitvoering === 'mens' ? 'TRUE' : 'FALSE'}`);
    if (q.subject !== undefined) throw new Error('the daily rollup has no subjects');
  }
  if (q.categorie !== undefined) parts.push(`categories & ${int(2 ** q.categorie)} <> 0`);
  // `anomalies > 0` first: almost every row group has none, and zone maps skip those (they cannot see through `&`).
  if (q.anomalie !== undefined && q.anomalie !== 0) parts.push(`anomalies > 0 AND anomalies & ${int(q.anomalie)} <> 0`);
  return parts.filter((p) => p !== 'TRUE').join(' AND ') || 'TRUE';
}

export function orderBy(sort: Sort): string {
  switch (sort) {
    case 'tijd':
      return 'start, id';
    case '-tijd':
      return 'start DESC, id DESC';
    case 'organisatie':
      return 'org, start, id';
    case '-organisatie':
      return 'org DESC, start DESC, id DESC';
  }
}

/**
 * Keyset pagination: "after the last row of the previous page" in sort order. A simple
 * bound on the leading column comes first, so zone maps can skip whole row groups.
 */
export function afterCursor(sort: Sort, cursor: CursorState): string | undefined {
  const byOrg = sort === 'organisatie' || sort === '-organisatie';
  if (cursor.length !== (byOrg ? 3 : 2) || !cursor.every((v) => Number.isSafeInteger(v) && v >= 0)) return undefined;
  const desc = sort.startsWith('-');
  const gt = desc ? '<' : '>';
  const ge = desc ? '<=' : '>=';
  if (byOrg) {
    const [o, s, i] = cursor as [number, number, number];
    return `org ${ge} ${int(o)} AND (org ${gt} ${int(o)} OR start ${gt} ${int(s)} OR (start = ${int(s)} AND id ${gt} ${int(i)}))`;
  }
  const [s, i] = cursor as [number, number];
  return `start ${ge} ${int(s)} AND (start ${gt} ${int(s)} OR id ${gt} ${int(i)})`;
}

/**
 * A bound that lets a top-N stop early: from the rollup's counts per day (time sorts) or per
 * organisation (organisation sorts), the first stretch in sort order, after the cursor,
 * that is sure to hold `need` matches. The key the cursor sits in counts as partly used
 * (never towards `need`), so the bound can only be too wide, never too narrow: the page is
 * the same with or without it. Undefined when the rest holds fewer than `need`.
 */
export function windowBound(
  sort: Sort,
  counts: ReadonlyMap<number, number>,
  cursor: CursorState | undefined,
  need: number,
  logFrom: number,
): string | undefined {
  const byOrg = sort === 'organisatie' || sort === '-organisatie';
  const desc = sort.startsWith('-');
  const keys = [...counts.keys()].sort((a, b) => (desc ? b - a : a - b));
  let from: number | undefined;
  if (cursor !== undefined) from = byOrg ? cursor[0] : Math.floor((cursor[0]! - logFrom) / DAY_MS);
  let sum = 0;
  for (const k of keys) {
    if (from !== undefined && (desc ? k > from : k < from)) continue;
    if (k !== from) sum += counts.get(k) ?? 0;
    if (sum >= need) {
      if (byOrg) return desc ? `org >= ${int(k)}` : `org <= ${int(k)}`;
      return desc ? `start >= ${int(logFrom + k * DAY_MS)}` : `start < ${int(logFrom + (k + 1) * DAY_MS)}`;
    }
  }
  return undefined;
}
