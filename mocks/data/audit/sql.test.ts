import { describe, expect, it } from 'vitest';
import { organisatieIndex } from '../verwerkingen/register';
import { ACTIVITY_ORG, AUDIT_ACTIVITIES, DAY_MS } from './catalog';
import { activityPredicate, afterCursor, whereClause, windowBound } from './sql';

const FROM = Date.UTC(2023, 10, 28);
const counts = new Map([
  [0, 10],
  [1, 5],
  [2, 50],
  [3, 5],
  [7, 100],
]);

describe('the top-N window from the rollup', () => {
  it('takes the first days in sort order that hold the page', () => {
    expect(windowBound('tijd', counts, undefined, 15, FROM)).toBe(`start < ${FROM + 2 * DAY_MS}`);
    expect(windowBound('tijd', counts, undefined, 16, FROM)).toBe(`start < ${FROM + 3 * DAY_MS}`);
    expect(windowBound('-tijd', counts, undefined, 100, FROM)).toBe(`start >= ${FROM + 7 * DAY_MS}`);
    expect(windowBound('-tijd', counts, undefined, 101, FROM)).toBe(`start >= ${FROM + 3 * DAY_MS}`);
  });

  it('never counts the day the cursor is in: its matches may lie before the cursor', () => {
    // Cursor on day 2 (50 matches there, perhaps all already shown): days 3 and 7 must hold the page.
    const cursor = [FROM + 2 * DAY_MS + 3_600_000, 42];
    expect(windowBound('tijd', counts, cursor, 5, FROM)).toBe(`start < ${FROM + 4 * DAY_MS}`);
    expect(windowBound('tijd', counts, cursor, 6, FROM)).toBe(`start < ${FROM + 8 * DAY_MS}`);
    expect(windowBound('tijd', counts, cursor, 106, FROM)).toBeUndefined();
    expect(windowBound('-tijd', counts, cursor, 15, FROM)).toBe(`start >= ${FROM}`);
  });

  it('works on organisations for the organisation sorts', () => {
    expect(windowBound('organisatie', counts, [2, 0, 0], 5, FROM)).toBe('org <= 3');
    expect(windowBound('-organisatie', counts, undefined, 101, FROM)).toBe('org >= 3');
  });
});

describe('SQL text of a query', () => {
  const all = () => new Uint8Array(AUDIT_ACTIVITIES.length).fill(1);
  it('folds whole organisations into org IN / NOT IN, and lists only partly covered ones by activity', () => {
    expect(activityPredicate(all())).toBe('TRUE');
    expect(activityPredicate(new Uint8Array(AUDIT_ACTIVITIES.length))).toBe('FALSE');
    const rotterdam = organisatieIndex('gemeente-0599');
    expect(
      activityPredicate(Uint8Array.from(AUDIT_ACTIVITIES, (_, a) => (ACTIVITY_ORG[a] === rotterdam ? 1 : 0))),
    ).toBe(`org IN (${rotterdam})`);
    const aivd = organisatieIndex('aivd');
    expect(activityPredicate(Uint8Array.from(AUDIT_ACTIVITIES, (_, a) => (ACTIVITY_ORG[a] === aivd ? 0 : 1)))).toBe(
      `org NOT IN (${aivd})`,
    );
    const one = new Uint8Array(AUDIT_ACTIVITIES.length);
    one[0] = 1;
    expect(activityPredicate(one)).toBe('activity IN (0)');
  });

  it('puts only numbers into the text, and refuses anything else', () => {
    expect(
      whereClause(
        { activities: all(), van: FROM, tot: FROM + DAY_MS, categorie: 4, uitvoering: 'mens', anomalie: 8, subject: 7 },
        'records',
        FROM,
      ),
    ).toBe(
      `start >= ${FROM} AND start < ${FROM + DAY_MS} AND flags & 1 = 1 AND subject = 7 AND categories & 16 <> 0 AND anomalies > 0 AND anomalies & 8 <> 0`,
    );
    expect(whereClause({ activities: all(), van: FROM + DAY_MS }, 'daily', FROM)).toBe('day >= 1');
    expect(() => whereClause({ activities: all(), subject: 1.5 }, 'records', FROM)).toThrow(/safe integer/);
    expect(afterCursor('tijd', [1, 2, 3])).toBeUndefined();
    expect(afterCursor('organisatie', [1, 2, -3])).toBeUndefined();
    expect(afterCursor('-tijd', [100, 7])).toBe('start <= 100 AND (start < 100 OR id < 7)');
  });
});
