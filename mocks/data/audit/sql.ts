/**
 * The SQL of the audit engine (issue 15), as plain text: DuckDB runs it (duckdb-engine.ts),
 * and docs/decisions/030-audit-store-clickhouse.md shows how the same statements run on
 * ClickHouse. Pure functions, no database: unit-tested on their own.
 *
 * Every value put into a statement is a number the gateway computed (indices, bit masks,
 * epoch milliseconds), checked here to be a safe integer; strings (a pseudonym) go in as
 * prepared-statement parameters, never as text.
 */
import { ORGANISATIES } from '../verwerkingen/register';
import { RULE_PARAMS } from './anomalies';
import { ACTIVITY_ORG, DAY_MS, DAYS } from './catalog';
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
  const orgPart = full.length === 0 ? '' : other.length === 0 ? 'TRUE' : full.length <= other.length ? `org IN (${list(full)})` : `org NOT IN (${list(other)})`;
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
  if (q.anomalie !== undefined && q.anomalie !== 0) parts.push(`anomalies & ${int(q.anomalie)} <> 0`);
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

// ---------------------------------------------------------------------------------------
// Building the store: anomaly rules in SQL, mirroring anomalies.ts rule for rule.

/** Day index of a start time in ms (clamped to the log, as catalog.ts `dayIndex`). */
export const dayExpr = (start: string, logFrom: number): string => `least(${DAYS - 1}, greatest(0, floor((${start} - ${int(logFrom)}) / ${DAY_MS})))::USMALLINT`;

/** The spike rule counts days as anomalies.ts does: whole days from the log's start, clamped. */
const spikeDays = (logFrom: number, logTo: number) => Math.max(1, Math.ceil((logTo - logFrom) / DAY_MS));
export const spikeDayExpr = (start: string, logFrom: number, logTo: number): string =>
  `least(${spikeDays(logFrom, logTo) - 1}, greatest(0, floor((${start} - ${int(logFrom)}) / ${DAY_MS})))::INTEGER`;

/**
 * Human look-ups per organisation per day, against the organisation's own average over the
 * days around it (not the day itself) and its average over the whole period: the
 * `volumeSpikes` rule of anomalies.ts. Returns (org, day) pairs.
 */
export function spikesSql(source: string, logFrom: number, logTo: number): string {
  const days = spikeDays(logFrom, logTo);
  const w = RULE_PARAMS.spikeWindowDays;
  return `
    WITH h AS (SELECT org, ${spikeDayExpr('start', logFrom, logTo)} AS d, count(*) AS c FROM ${source} WHERE flags & 1 = 1 GROUP BY ALL),
    t AS (SELECT org, sum(c) AS total FROM h GROUP BY org),
    w AS (
      SELECT h.org, h.d, h.c, t.total, sum(h.c) OVER (PARTITION BY h.org ORDER BY h.d RANGE BETWEEN ${w} PRECEDING AND ${w} FOLLOWING) AS around
      FROM h JOIN t USING (org)
    )
    SELECT org, d FROM w
    WHERE total > ${RULE_PARAMS.spikeMinimum} AND c > ${RULE_PARAMS.spikeMinimum}
      AND c > ${RULE_PARAMS.spikeFactor} * greatest(
        (around - c)::DOUBLE / greatest(1, least(${days}, d + ${w + 1}) - greatest(0, d - ${w}) - 1),
        total::DOUBLE / ${days})`;
}

/** Records in a run of `repeatCount` human look-ups of one person by one organisation within the window (`repeatedLookups`). */
export function repeatsSql(source: string): string {
  const k = RULE_PARAMS.repeatCount;
  return `
    WITH h AS (SELECT id, subject, org, start FROM ${source} WHERE flags & 1 = 1),
    x AS (
      SELECT id, subject, org, start,
        coalesce(lead(start, ${k - 1}) OVER (PARTITION BY subject, org ORDER BY start, id) - start <= ${RULE_PARAMS.repeatWindowMs}, FALSE) AS opens
      FROM h
    ),
    y AS (SELECT id, bool_or(opens) OVER (PARTITION BY subject, org ORDER BY start, id ROWS BETWEEN ${k - 1} PRECEDING AND CURRENT ROW) AS flagged FROM x)
    SELECT id FROM y WHERE flagged`;
}

/** The per-record rules (`recordRules`): register and categories, night, death, secrecy. Needs `a` (activities) and `j` (subjects) joined; `p` prefixes the record columns. */
export function recordRulesSql(p = ''): string {
  const night = `(((${p}start % ${DAY_MS}) + ${DAY_MS}) % ${DAY_MS}) // 3600000`;
  const human = `${p}flags & 1 = 1`;
  return `(
      CASE WHEN NOT a.known THEN 1 WHEN ${p}categories & xor(a.mask, 4294967295::UINTEGER) <> 0 THEN 2 ELSE 0 END
      | CASE WHEN ${human} AND (${night} >= ${RULE_PARAMS.nightFromUtcHour} OR ${night} < ${RULE_PARAMS.nightToUtcHour}) THEN 8 ELSE 0 END
      | CASE WHEN j.death IS NOT NULL AND ${p}start > j.death + ${RULE_PARAMS.deathGraceMs} AND NOT a.after_death THEN 32 ELSE 0 END
      | CASE WHEN j.secret AND a.private AND ${human} THEN 32 ELSE 0 END
    )`;
}

/**
 * The build, step by step, over tables `staging` (raw records), `activities` and `subjects`:
 * first `spikes` and `repeats` from the human look-ups, then every record with all its
 * anomaly bits, clustered by (org, start, id). The engine runs these; the rule tests run the
 * same statements on hand-made tables.
 */
export function buildSteps(logFrom: number, logTo: number): { spikes: string; repeats: string; records: string } {
  const human = '(SELECT s.id, s.subject, s.start, s.flags, a.org FROM staging s JOIN activities a USING (activity) WHERE s.flags & 1 = 1)';
  return {
    spikes: `CREATE TABLE spikes AS ${spikesSql(human, logFrom, logTo)}`,
    repeats: `CREATE TABLE repeats AS ${repeatsSql(human)}`,
    records: `
      CREATE TABLE records AS
      SELECT s.id, s.subject, s.start::BIGINT AS start, s.activity, a.org, s.categories, s.flags, ${dayExpr('s.start', logFrom)} AS day,
        s.seq, s.trace_seq, s.recipient,
        (${recordRulesSql('s.')}
          | CASE WHEN p.org IS NOT NULL AND s.flags & 1 = 1 THEN 4 ELSE 0 END
          | CASE WHEN rp.id IS NOT NULL THEN 16 ELSE 0 END)::UTINYINT AS anomalies
      FROM staging s
      JOIN activities a ON a.activity = s.activity
      JOIN subjects j ON j.subject = s.subject
      LEFT JOIN spikes p ON p.org = a.org AND p.d = ${spikeDayExpr('s.start', logFrom, logTo)}
      LEFT JOIN repeats rp ON rp.id = s.id
      ORDER BY a.org, s.start, s.id`,
  };
}
