import { beforeAll, describe, expect, it } from 'vitest';
import { organisatieIndex } from '../verwerkingen/register';
import { ACTIVITY_ORG, AUDIT_ACTIVITIES } from './catalog';
import { buildAggregates, type Query, type Sort } from './engine';
import { groups, searchPage } from './query';
import { buildUniverse, type Universe } from './universe';

type Filter = Omit<Query, 'activities'> & { organisatie?: number };
const toQuery = ({ organisatie, ...rest }: Filter): Query => ({
  ...rest,
  activities: Uint8Array.from(AUDIT_ACTIVITIES, (a) =>
    organisatie === undefined || a.organisatie === organisatie ? 1 : 0,
  ),
});

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe('search over the universe: the narrowed scan agrees with a plain scan', () => {
  let u: Universe;
  beforeAll(async () => {
    u = await buildUniverse(100_000);
  }, 120_000);

  const rotterdam = organisatieIndex('gemeente-0599');
  const cases: Array<[string, Filter, (i: number) => boolean]> = [
    ['no filter', {}, () => true],
    [
      'a period',
      { van: day('2025-01-01'), tot: day('2025-02-01') },
      (i) => u.start[i]! >= day('2025-01-01') && u.start[i]! < day('2025-02-01'),
    ],
    ['anomalies only (few matches: sorted directly)', { anomalie: 0xff }, (i) => u.anomalies[i] !== 0],
    ['people only (many matches: walked in sort order)', { uitvoering: 'mens' }, (i) => u.human[i] === 1],
    ['an organisation', { organisatie: rotterdam }, (i) => ACTIVITY_ORG[u.activity[i]!] === rotterdam],
    [
      'an organisation, a period and people only',
      { organisatie: rotterdam, van: day('2024-03-01'), tot: day('2024-09-01'), uitvoering: 'mens' },
      (i) =>
        ACTIVITY_ORG[u.activity[i]!] === rotterdam &&
        u.start[i]! >= day('2024-03-01') &&
        u.start[i]! < day('2024-09-01') &&
        u.human[i] === 1,
    ],
  ];

  it.each(cases)('%s: same total and order for every sort, and the aggregates agree', (_name, filter, plain) => {
    let expected = 0;
    for (let i = 0; i < u.length; i++) if (plain(i)) expected++;
    for (const sort of ['tijd', '-tijd', 'organisatie', '-organisatie'] as Sort[]) {
      const page = searchPage(u, toQuery(filter), sort, 0, 50);
      expect(page.totaal, sort).toBe(expected);
      const times = page.indices.map((i) => u.start[i]!);
      if (sort === 'tijd') expect(times).toEqual([...times].sort((a, b) => a - b));
      if (sort === '-tijd') expect(times).toEqual([...times].sort((a, b) => b - a));
      const orgs = page.indices.map((i) => ACTIVITY_ORG[u.activity[i]!]!);
      if (sort === 'organisatie') expect(orgs).toEqual([...orgs].sort((a, b) => a - b));
      if (sort === '-organisatie') expect(orgs).toEqual([...orgs].sort((a, b) => b - a));
      // Paging on: the second page continues where the first ended, without overlap.
      if (page.next !== undefined) {
        const second = searchPage(u, toQuery(filter), sort, page.next, 50);
        expect(second.totaal).toBe(expected);
        expect(new Set([...page.indices, ...second.indices]).size).toBe(page.indices.length + second.indices.length);
      }
    }
    expect(buildAggregates(groups(u, toQuery(filter))).totaal).toBe(expected);
  });
});
