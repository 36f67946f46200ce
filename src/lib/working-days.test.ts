import { describe, expect, it } from 'vitest';
import {
  bezwaarLastDay,
  dutchHolidays,
  easterSunday,
  holidayOn,
  isWorkingDay,
  onWorkingDay,
  weekday,
} from './working-days';

describe('easterSunday', () => {
  // Published Easter dates (incl. the earliest and latest possible: 22 March, 25 April).
  it.each([
    [2000, '2000-04-23'],
    [2008, '2008-03-23'],
    [2011, '2011-04-24'],
    [2019, '2019-04-21'],
    [2020, '2020-04-12'],
    [2021, '2021-04-04'],
    [2022, '2022-04-17'],
    [2023, '2023-04-09'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2028, '2028-04-16'],
    [2029, '2029-04-01'],
    [2030, '2030-04-21'],
    [2031, '2031-04-13'],
    [2032, '2032-03-28'],
    [2033, '2033-04-17'],
    [2034, '2034-04-09'],
    [2035, '2035-03-25'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
  ])('%i: %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
    expect(weekday(date)).toBe(0);
  });

  it('refuses a year before the Gregorian calendar', () => expect(() => easterSunday(1500)).toThrow(RangeError));
});

describe('dutchHolidays (Algemene termijnenwet art. 3)', () => {
  it('lists the eight days of 2026, in order', () => {
    expect(dutchHolidays(2026)).toEqual([
      { date: '2026-01-01', id: 'nieuwjaarsdag' },
      { date: '2026-04-06', id: 'tweedePaasdag' },
      { date: '2026-04-27', id: 'koningsdag' },
      { date: '2026-05-05', id: 'bevrijdingsdag' },
      { date: '2026-05-14', id: 'hemelvaartsdag' },
      { date: '2026-05-25', id: 'tweedePinksterdag' },
      { date: '2026-12-25', id: 'eersteKerstdag' },
      { date: '2026-12-26', id: 'tweedeKerstdag' },
    ]);
  });

  // Easter-dependent days over several years: Easter Monday, Ascension (+39), Whit Monday (+50).
  it.each([
    [2024, '2024-04-01', '2024-05-09', '2024-05-20'],
    [2025, '2025-04-21', '2025-05-29', '2025-06-09'],
    [2027, '2027-03-29', '2027-05-06', '2027-05-17'],
    [2028, '2028-04-17', '2028-05-25', '2028-06-05'],
    [2029, '2029-04-02', '2029-05-10', '2029-05-21'],
    [2030, '2030-04-22', '2030-05-30', '2030-06-10'],
    [2038, '2038-04-26', '2038-06-03', '2038-06-14'],
  ])('%i: Easter Monday %s, Ascension %s, Whit Monday %s', (year, paas, hemelvaart, pinkster) => {
    expect(holidayOn(paas)).toBe('tweedePaasdag');
    expect(holidayOn(hemelvaart)).toBe('hemelvaartsdag');
    expect(holidayOn(pinkster)).toBe('tweedePinksterdag');
    expect(weekday(paas)).toBe(1);
    expect(weekday(hemelvaart)).toBe(4);
    expect(weekday(pinkster)).toBe(1);
    expect(dutchHolidays(year)).toHaveLength(8);
  });

  it('moves Koningsdag to Saturday 26 April when 27 April is a Sunday (2025, 2031), and knows Koninginnedag before 2014', () => {
    expect(holidayOn('2025-04-26')).toBe('koningsdag');
    expect(holidayOn('2025-04-27')).toBeUndefined();
    expect(holidayOn('2031-04-26')).toBe('koningsdag');
    expect(holidayOn('2024-04-27')).toBe('koningsdag');
    expect(holidayOn('2013-04-30')).toBe('koningsdag');
    expect(holidayOn('2006-04-29')).toBe('koningsdag'); // 30 April 2006 was a Sunday
    expect(() => dutchHolidays(1970)).toThrow(RangeError);
  });

  it('counts 5 May every year, not only every fifth year', () => {
    for (const year of [2024, 2025, 2026, 2027, 2030]) expect(holidayOn(`${year}-05-05`)).toBe('bevrijdingsdag');
  });

  it('does not count Good Friday, Easter Sunday or Whit Sunday as holidays of the Atw', () => {
    expect(holidayOn('2026-04-03')).toBeUndefined(); // Good Friday
    expect(isWorkingDay('2026-04-03')).toBe(true);
    expect(holidayOn('2026-04-05')).toBeUndefined(); // a Sunday anyway
  });
});

describe('onWorkingDay (Atw art. 1; EU 1182/71 art. 3(4))', () => {
  it.each([
    ['2026-12-10', '2026-12-10'], // a Thursday stays
    ['2026-12-12', '2026-12-14'], // Saturday → Monday
    ['2026-12-13', '2026-12-14'], // Sunday → Monday
    ['2026-12-25', '2026-12-28'], // Christmas Friday, then the weekend (Saturday is also 2nd Christmas day)
    ['2026-12-26', '2026-12-28'], // the BRP four weeks from 28 November 2026
    ['2027-01-01', '2027-01-04'], // New Year's Day on a Friday
    ['2026-04-04', '2026-04-07'], // Saturday before Easter → over Easter Monday
    ['2026-05-14', '2026-05-15'], // Ascension Thursday → Friday
    ['2026-05-05', '2026-05-06'], // Liberation Day
    ['2027-04-27', '2027-04-28'], // Koningsdag on a Tuesday
    ['2028-06-03', '2028-06-06'], // Saturday before Whit Monday 2028
  ])('%s → %s', (date, expected) => {
    expect(onWorkingDay(date)).toBe(expected);
    expect(isWorkingDay(expected)).toBe(true);
  });
});

describe('bezwaarLastDay (Awb 6:7, 6:8; Atw)', () => {
  it('is six weeks after the day after the decision: the same weekday, 42 days on', () => {
    expect(bezwaarLastDay('2026-03-02')).toBe('2026-04-13');
    expect(bezwaarLastDay('2026-11-27')).toBe('2027-01-08');
  });
  it('moves to the next working day over weekends and holidays', () => {
    expect(bezwaarLastDay('2026-11-28')).toBe('2027-01-11'); // a Saturday decision: 9 January is a Saturday
    expect(bezwaarLastDay('2026-02-23')).toBe('2026-04-07'); // would be Easter Monday 2026
    expect(bezwaarLastDay('2027-04-01')).toBe('2027-05-13'); // Thursday 13 May 2027 is no holiday
    expect(bezwaarLastDay('2027-03-25')).toBe('2027-05-07'); // Ascension 6 May 2027 → Friday 7 May
    expect(bezwaarLastDay('2026-11-14')).toBe('2026-12-28'); // Saturday 26 December → Monday 28
  });
});
