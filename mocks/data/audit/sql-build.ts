/**
 * The SQL that builds the audit store (issue 15): the anomaly rules of anomalies.ts, rule for
 * rule, and the clustered record table. It shapes the stored data, so it is part of the
 * generator's fingerprint (a change rebuilds cached stores); the query SQL (sql.ts) is not.
 */
import { RULE_PARAMS } from './anomalies';
import { DAY_MS, DAYS } from './catalog';

const int = (v: number): string => {
  if (!Number.isSafeInteger(v)) throw new Error(`not a safe integer: ${v}`);
  return String(v);
};

/** Day index of a start time in ms (clamped to the log, as catalog.ts `dayIndex`). */
export const dayExpr = (start: string, logFrom: number): string =>
  `least(${DAYS - 1}, greatest(0, floor((${start} - ${int(logFrom)}) / ${DAY_MS})))::USMALLINT`;

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
  const human =
    '(SELECT s.id, s.subject, s.start, s.flags, a.org FROM staging s JOIN activities a USING (activity) WHERE s.flags & 1 = 1)';
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
