// @vitest-environment node
/**
 * The anomaly rules exist twice (issue 15): in JavaScript for the in-page engine
 * (mocks/data/audit/anomalies.ts) and in SQL for DuckDB (mocks/data/audit/sql.ts). The
 * generated universe rarely touches a rule's edges, so here both run on hand-made records
 * aimed at them (the exact night hours, the death grace period to the millisecond, runs of
 * look-ups exactly 24 hours long, days just over and under the spike threshold) plus seeded
 * random ones, and every record must get the same flags.
 */
import duckdbApi from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import {
  ANOMALY_KINDS,
  detectAnomalies,
  kindsFromMask,
  RULE_PARAMS,
  type RuleInput,
} from '@mocks/data/audit/anomalies';
import { buildSteps } from '@mocks/data/audit/sql-build';
import { rng } from '@mocks/data/seed';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const FROM = Date.UTC(2024, 0, 1);
const TO = Date.UTC(2025, 0, 1);

type Row = { s: number; t: number; a: number; c: number; h: boolean };

/** Activities: 0 known (mask 0b0111), 1 unknown to the register, 2 after-death allowed, 3 a private party, 4 a quiet organisation's; organisations 0–3. */
const ACT = {
  known: [1, 0, 1, 1, 1],
  mask: [0b0111, 0xffffffff, 0b0111, 0b0111, 0b0111],
  org: [0, 1, 1, 2, 3],
  afterDeath: [0, 0, 1, 0, 0],
  private: [0, 0, 0, 1, 0],
};
const SUBJECTS = 60;

function fixture(): { rows: Row[]; secret: number[]; death: number[] } {
  const r = rng('audit-sql-rules');
  const rows: Row[] = [];
  const secret = Array.from({ length: SUBJECTS }, (_, s) => (s % 7 === 0 ? 1 : 0));
  const death = Array.from({ length: SUBJECTS }, (_, s) => (s % 5 === 0 ? FROM + (30 + s) * DAY + 12 * HOUR : NaN));
  const add = (row: Partial<Row> & { t: number }) =>
    rows.push({
      s: r.int(0, SUBJECTS - 1),
      a: r.int(0, 3),
      c: r.chance(0.1) ? 0b1000 : 0b0011,
      h: r.chance(0.5),
      ...row,
    });
  // Random background.
  for (let i = 0; i < 6000; i++) add({ t: FROM + Math.floor(r.next() * (TO - FROM)) });
  // Night edges, to the millisecond.
  for (const hour of [4, 5, 19, 20, 21])
    for (const ms of [-1, 0, 1]) add({ t: FROM + r.int(1, 300) * DAY + hour * HOUR + ms, h: true });
  // Death grace edges (subjects with a death date: multiples of 5).
  for (let s = 0; s < SUBJECTS; s += 5)
    for (const ms of [-1, 0, 1]) for (const a of [0, 2]) add({ s, a, t: death[s]! + RULE_PARAMS.deathGraceMs + ms });
  // Runs of look-ups of one person by one organisation: exactly the window, and 1 ms over.
  for (const over of [0, 1, -1]) {
    for (let k = 0; k < 12; k++) {
      const s = r.int(0, SUBJECTS - 1);
      const t0 = FROM + r.int(10, 340) * DAY + 9 * HOUR;
      const n = RULE_PARAMS.repeatCount + (k % 3);
      for (let j = 0; j < n; j++)
        add({ s, a: 0, h: true, t: j === n - 1 ? t0 + RULE_PARAMS.repeatWindowMs + over : t0 + j * 60_000 });
      add({ s, a: 0, h: true, t: t0 + RULE_PARAMS.repeatWindowMs + 2 * HOUR });
    }
  }
  // Busy days per organisation: around the spike threshold (organisation 3 does nothing else, so its counts are exact).
  for (const [org, a] of [
    [0, 0],
    [2, 3],
    [3, 4],
  ] as const) {
    for (const [day, n] of [
      [100, RULE_PARAMS.spikeMinimum],
      [120, RULE_PARAMS.spikeMinimum + 1],
      [140, 80],
      [150, 200],
      [151, 15],
    ] as const) {
      for (let k = 0; k < n; k++)
        add({ a, t: FROM + day * DAY + 10 * HOUR + k * 1000, h: true, s: (k * 7 + org) % SUBJECTS });
    }
  }
  // Private parties looking up people with geheimhouding.
  for (let s = 0; s < SUBJECTS; s += 7) add({ s, a: 3, h: true, t: FROM + r.int(1, 360) * DAY + 10 * HOUR });
  return { rows, secret, death };
}

async function sqlFlags(rows: Row[], secret: number[], death: number[]): Promise<number[]> {
  const instance = await duckdbApi.DuckDBInstance.create(':memory:');
  const c = await instance.connect();
  try {
    await c.run(`
      CREATE TABLE activities (activity USMALLINT, org USMALLINT, known BOOLEAN, mask UINTEGER, after_death BOOLEAN, private BOOLEAN);
      CREATE TABLE staging (id UINTEGER, subject UINTEGER, start DOUBLE, activity USMALLINT, categories UINTEGER, flags UTINYINT, seq UINTEGER, trace_seq UINTEGER, recipient SMALLINT);
      CREATE TABLE subjects (subject UINTEGER, key VARCHAR, id_type VARCHAR, hash UINTEGER, secret BOOLEAN, death BIGINT, pseudonym VARCHAR);`);
    const acts = await c.createAppender('activities');
    for (let a = 0; a < ACT.known.length; a++) {
      acts.appendUSmallInt(a);
      acts.appendUSmallInt(ACT.org[a]!);
      acts.appendBoolean(ACT.known[a] === 1);
      acts.appendUInteger(ACT.mask[a]!);
      acts.appendBoolean(ACT.afterDeath[a] === 1);
      acts.appendBoolean(ACT.private[a] === 1);
      acts.endRow();
    }
    acts.closeSync();
    const subj = await c.createAppender('subjects');
    for (let s = 0; s < SUBJECTS; s++) {
      subj.appendUInteger(s);
      subj.appendVarchar(`S${s}`);
      subj.appendVarchar('TEST');
      subj.appendUInteger(s);
      subj.appendBoolean(secret[s] === 1);
      if (Number.isNaN(death[s]!)) subj.appendNull();
      else subj.appendBigInt(BigInt(death[s]!));
      subj.appendVarchar(`p${s}`);
      subj.endRow();
    }
    subj.closeSync();
    const st = await c.createAppender('staging');
    rows.forEach((row, i) => {
      st.appendUInteger(i);
      st.appendUInteger(row.s);
      st.appendDouble(row.t);
      st.appendUSmallInt(row.a);
      st.appendUInteger(row.c >>> 0);
      st.appendUTinyInt(row.h ? 1 : 0);
      st.appendUInteger(i);
      st.appendUInteger(i);
      st.appendSmallInt(-1);
      st.endRow();
    });
    st.closeSync();
    const steps = buildSteps(FROM, TO);
    await c.run(steps.spikes);
    await c.run(steps.repeats);
    await c.run(steps.records);
    const out = (await c.runAndReadAll('SELECT anomalies FROM records ORDER BY id')).getRows();
    return out.map((r) => Number(r[0]));
  } finally {
    c.closeSync();
    instance.closeSync();
  }
}

describe('anomaly rules: SQL gives the same flags as JavaScript, record by record', () => {
  it('on records aimed at every rule’s edges', { timeout: 60_000 }, async () => {
    const { rows, secret, death } = fixture();
    const input: RuleInput = {
      length: rows.length,
      subject: Uint32Array.from(rows, (r) => r.s),
      start: Float64Array.from(rows, (r) => r.t),
      activity: Uint16Array.from(rows, (r) => r.a),
      categories: Uint32Array.from(rows, (r) => r.c),
      human: Uint8Array.from(rows, (r) => (r.h ? 1 : 0)),
      activityKnown: Uint8Array.from(ACT.known),
      activityMask: Uint32Array.from(ACT.mask),
      activityOrg: Uint16Array.from(ACT.org),
      activityAfterDeath: Uint8Array.from(ACT.afterDeath),
      activityPrivate: Uint8Array.from(ACT.private),
      organisationCount: 4,
      subjectSecret: Uint8Array.from(secret),
      subjectDeath: Float64Array.from(death),
      from: FROM,
      to: TO,
    };
    const js = Array.from(detectAnomalies(input));
    const sql = await sqlFlags(rows, secret, death);
    // Every rule fires somewhere and stays silent somewhere, so the comparison means something.
    for (const kind of ANOMALY_KINDS) {
      const flagged = js.filter((m) => kindsFromMask(m).includes(kind)).length;
      expect(flagged, kind).toBeGreaterThan(0);
      expect(flagged, kind).toBeLessThan(rows.length);
    }
    const diff = js.flatMap((m, i) =>
      m === sql[i] ? [] : [`#${i} ${JSON.stringify(rows[i])}: js ${kindsFromMask(m)} sql ${kindsFromMask(sql[i]!)}`],
    );
    expect(diff.slice(0, 10)).toEqual([]);
  });
});
