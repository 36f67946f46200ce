import { describe, expect, it } from 'vitest';
import { zoekStatus } from './zoek-status';

const date = (iso: string) => `d:${iso}`;

describe('zoekStatus', () => {
  it('takes the newest change, counts every field in onderzoek and dates it from the oldest start', () => {
    const status = zoekStatus(
      [
        { datumLaatsteWijziging: '2024-03-01', inOnderzoek: { datumIngangOnderzoek: '2025-02-01', gegevens: ['a'] } },
        { datumLaatsteWijziging: '2025-06-30', inOnderzoek: null },
        {
          datumLaatsteWijziging: '2023-01-15',
          inOnderzoek: { datumIngangOnderzoek: '2024-11-20', gegevens: ['b', 'c'] },
        },
      ],
      date,
    );
    expect(status).toEqual({ lastChanged: '2025-06-30', inOnderzoek: { count: 3, sinds: 'd:2024-11-20' } });
  });

  it('has no date and no "since" when there are no records or nothing is in onderzoek', () => {
    expect(zoekStatus([], date)).toEqual({ lastChanged: undefined, inOnderzoek: { count: 0 } });
    expect(zoekStatus([{ datumLaatsteWijziging: '2025-01-01' }], date)).toEqual({
      lastChanged: '2025-01-01',
      inOnderzoek: { count: 0 },
    });
  });
});
