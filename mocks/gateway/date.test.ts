import { describe, expect, it } from 'vitest';
import { parseCalendarDate } from './date';

describe('calendar dates (issue 17, finding 9)', () => {
  it.each(['2026-02-28', '2024-02-29', '2026-12-31', '2000-02-29', '0001-01-01'])('accepts %s', (value) => {
    const ms = parseCalendarDate(value);
    expect(ms).toBeDefined();
    expect(new Date(ms!).toISOString().slice(0, 10)).toBe(value);
  });

  it.each([
    '2026-02-30',
    '2026-02-29',
    '1900-02-29',
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-01-00',
    '2026-1-5',
    '26-01-05',
    '2026-01-05T00:00',
    ' 2026-01-05',
    '2026-01-05\n',
    '２０２６-01-05',
    '',
  ])('refuses %j', (value) => {
    expect(parseCalendarDate(value)).toBeUndefined();
  });
});
