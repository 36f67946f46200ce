import { beforeAll, describe, expect, it } from 'vitest';
import {
  ANOMALY_BIT,
  ANOMALY_EXPLANATION,
  ANOMALY_KINDS,
  detectAnomalies,
  kindsFromMask,
  ruleScore,
  type RuleInput,
} from './anomalies';
import { PLANTED_COUNTS, buildUniverse, type Universe } from './universe';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const FROM = Date.UTC(2024, 0, 1);
const TO = Date.UTC(2025, 0, 1);

/** A tiny hand-made log: two activities (0 = registered, mask 0b11; 1 = unknown to the register), two organisations. */
function input(
  records: Array<{ s?: number; t: number; a?: number; c?: number; h?: boolean }>,
  subjects: { secret?: number[]; death?: number[] } = {},
): RuleInput {
  const n = records.length;
  return {
    length: n,
    subject: Uint32Array.from(records, (r) => r.s ?? 0),
    start: Float64Array.from(records, (r) => r.t),
    activity: Uint16Array.from(records, (r) => r.a ?? 0),
    categories: Uint32Array.from(records, (r) => r.c ?? 0b01),
    human: Uint8Array.from(records, (r) => (r.h ? 1 : 0)),
    activityKnown: Uint8Array.from([1, 0, 1, 1]),
    activityMask: Uint32Array.from([0b11, 0xffffffff, 0b11, 0b11]),
    activityOrg: Uint16Array.from([0, 1, 1, 1]),
    activityAfterDeath: Uint8Array.from([0, 0, 1, 0]),
    activityPrivate: Uint8Array.from([0, 0, 0, 1]),
    organisationCount: 2,
    subjectSecret: Uint8Array.from(subjects.secret ?? [0, 0, 0]),
    subjectDeath: Float64Array.from(subjects.death ?? [NaN, NaN, NaN]),
    from: FROM,
    to: TO,
  };
}
const office = (day: number) => FROM + day * DAY + 10 * HOUR;
const flagsOf = (x: RuleInput) => Array.from(detectAnomalies(x), kindsFromMask);

describe('anomaly rules on hand-made records', () => {
  it('leaves an ordinary record alone', () => {
    expect(
      flagsOf(
        input([
          { t: office(10), h: true },
          { t: office(11), h: false },
        ]),
      ),
    ).toEqual([[], []]);
  });

  it('flags processing unknown to the register, and data outside the activity', () => {
    expect(
      flagsOf(
        input([
          { t: office(3), a: 1 },
          { t: office(4), c: 0b100 },
        ]),
      ),
    ).toEqual([['geen-grondslag'], ['categorie-buiten-doel']]);
  });

  it('flags a person at night, not a machine at night', () => {
    const night = FROM + 40 * DAY + 23 * HOUR;
    expect(
      flagsOf(
        input([
          { t: night, h: true },
          { t: night, h: false },
        ]),
      ),
    ).toEqual([['buiten-kantoortijd'], []]);
  });

  it('flags four look-ups of one person in a day, but not three, and not four spread over a week', () => {
    const four = [0, 1, 2, 3].map((k) => ({ t: office(20) + k * HOUR, h: true }));
    expect(flagsOf(input(four)).every((f) => f.includes('herhaald-opgevraagd'))).toBe(true);
    expect(flagsOf(input(four.slice(0, 3))).flat()).toEqual([]);
    expect(flagsOf(input([0, 2, 4, 6].map((d) => ({ t: office(30 + d), h: true })))).flat()).toEqual([]);
  });

  it('flags a day far above the organisation’s own average', () => {
    const ordinary = Array.from({ length: 300 }, (_, k) => ({ s: k % 3, t: office(k), h: true }));
    const spike = Array.from({ length: 40 }, (_, k) => ({ s: k % 3, t: office(200) + k * 60_000 + 1, h: true }));
    const flags = flagsOf(input([...ordinary, ...spike]));
    expect(flags.slice(300).every((f) => f.includes('volume-piek'))).toBe(true);
    expect(flags.slice(0, 200).some((f) => f.includes('volume-piek'))).toBe(false);
  });

  it('flags look-ups after death (except death handling) and private look-ups of secret persons', () => {
    const died = FROM + 10 * DAY;
    const x = input(
      [
        { s: 1, t: office(100) },
        { s: 1, t: office(100), a: 2 },
        { s: 1, t: office(20) },
        { s: 2, t: office(5), a: 3, h: true },
        { s: 2, t: office(5), a: 2, h: true },
      ],
      { death: [NaN, died, NaN], secret: [0, 0, 1] },
    );
    expect(flagsOf(x)).toEqual([['geheim-of-overleden'], [], [], ['geheim-of-overleden'], []]);
  });

  it('explains every rule in Dutch and English', () => {
    for (const kind of ANOMALY_KINDS) {
      expect(ANOMALY_EXPLANATION[kind].nl.length).toBeGreaterThan(40);
      expect(ANOMALY_EXPLANATION[kind].en.length).toBeGreaterThan(40);
      expect(ANOMALY_BIT[kind]).toBeGreaterThan(0);
    }
  });
});

describe('anomaly rules on the seeded universe (planted anomalies)', () => {
  let u: Universe;
  beforeAll(async () => {
    u = await buildUniverse(150_000);
  }, 120_000);

  it.each(ANOMALY_KINDS)('%s: finds every planted anomaly', (kind) => {
    const score = ruleScore(u.anomalies, u.planted, kind);
    expect(score.planted).toBe(PLANTED_COUNTS[kind]);
    expect(score.found).toBe(score.planted);
    // Precision on the planted data, reported (organic records may be flagged too).
    process.stdout.write(
      `[anomaly] ${kind}: planted ${score.planted}, flagged ${score.flagged}, found ${score.found}, precision ${score.precision.toFixed(3)}\n`,
    );
  });

  it('flags no planted record for a rule it was not planted for, and leaves most records alone', () => {
    let crossed = 0;
    let flagged = 0;
    for (let i = 0; i < u.length; i++) {
      if (u.planted[i] && (u.anomalies[i]! & ~u.planted[i]!) !== 0) crossed++;
      if (u.anomalies[i]) flagged++;
    }
    expect(crossed).toBe(0);
    expect(flagged / u.length).toBeLessThan(0.01);
  });

  it('leaves a test person’s unaltered records unplanted and the heavy log mostly unflagged', () => {
    let planted = 0;
    for (let i = 0; i < u.length; i++) if (u.subject[i]! < u.subjects.testPersons && u.planted[i]) planted++;
    expect(planted).toBe(0);
    // An unaltered ordinary record (the first machine record of the first test person) is not flagged.
    const i = u.human.findIndex((h, k) => h === 0 && u.subject[k] === 0);
    expect(u.anomalies[i]).toBe(0);
  });
});
