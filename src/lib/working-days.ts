import { addDays, isIsoDate, type IsoDate } from './deadlines';

/**
 * Saturdays, Sundays and Dutch general holidays, for terms that end on one of them.
 *
 * Algemene termijnenwet (Atw) art. 1(1): a term set by law that ends on a Saturday, Sunday or
 * "algemeen erkende feestdag" runs on to the next day that is none of these. EU Regulation
 * 1182/71 art. 3(4) does the same for EU terms (the GDPR month), with the public holidays of
 * the member state where the act is done.
 *
 * The holidays are the ones Atw art. 3(1) names, computed for any year (not a hand-made list
 * for one year): New Year's Day, Easter Monday and Whit Monday ("tweede Paas- en
 * Pinksterdag"), Ascension Day, the day the King's birthday is celebrated, 5 May (every year:
 * the Atw names the date itself, the "every fifth year" practice belongs to collective labour
 * agreements, not to this law) and both Christmas days. Good Friday is not in the Atw list and
 * is not counted here (docs/legal/termijnen.md says why and what could not be verified).
 *
 * Dates are ISO dates; weekdays are computed on UTC midnights, so no time zone moves a day.
 */

export const holidayIds = [
  'nieuwjaarsdag',
  'tweedePaasdag',
  'koningsdag',
  'bevrijdingsdag',
  'hemelvaartsdag',
  'tweedePinksterdag',
  'eersteKerstdag',
  'tweedeKerstdag',
] as const;
export type HolidayId = (typeof holidayIds)[number];
export type Holiday = { date: IsoDate; id: HolidayId };

/** The first year the royal holiday rule below is known for (Koninginnedag on 30 April). */
export const FIRST_SUPPORTED_YEAR = 1980;

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (year: number, month: number, day: number): IsoDate => `${year}-${pad(month)}-${pad(day)}`;

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: IsoDate): number {
  if (!isIsoDate(date)) throw new RangeError(`Not an ISO date: ${date}`);
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/**
 * Easter Sunday in the Gregorian calendar: the "anonymous Gregorian algorithm" (Meeus, Jones,
 * Butcher). The mock gateway computes it with another method (mocks/data/zaken/termijnen.ts),
 * so one mistake cannot sit in both.
 */
export function easterSunday(year: number): IsoDate {
  if (!Number.isInteger(year) || year < 1583) throw new RangeError(`No Gregorian Easter for ${year}`);
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return iso(year, month, day);
}

/**
 * "De dag waarop de verjaardag van de Koning wordt gevierd": 27 April since 2014 (26 April
 * when the 27th is a Sunday); Koninginnedag on 30 April (29 April when a Sunday) from 1980 to
 * 2013. Earlier years are outside what this module claims to know.
 */
function royalHoliday(year: number): IsoDate {
  if (year < FIRST_SUPPORTED_YEAR) throw new RangeError(`Holidays before ${FIRST_SUPPORTED_YEAR} are not known here`);
  const day = year >= 2014 ? 27 : 30;
  const date = iso(year, 4, day);
  return weekday(date) === 0 ? iso(year, 4, day - 1) : date;
}

const cache = new Map<number, Holiday[]>();

/** The general holidays of the Algemene termijnenwet in one year, in date order. */
export function dutchHolidays(year: number): Holiday[] {
  const cached = cache.get(year);
  if (cached) return cached;
  const easter = easterSunday(year);
  const list: Holiday[] = [
    { date: iso(year, 1, 1), id: 'nieuwjaarsdag' },
    { date: addDays(easter, 1), id: 'tweedePaasdag' },
    { date: royalHoliday(year), id: 'koningsdag' },
    { date: iso(year, 5, 5), id: 'bevrijdingsdag' },
    { date: addDays(easter, 39), id: 'hemelvaartsdag' },
    { date: addDays(easter, 50), id: 'tweedePinksterdag' },
    { date: iso(year, 12, 25), id: 'eersteKerstdag' },
    { date: iso(year, 12, 26), id: 'tweedeKerstdag' },
  ].sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0)) as Holiday[];
  cache.set(year, list);
  return list;
}

export function holidayOn(date: IsoDate): HolidayId | undefined {
  return dutchHolidays(Number(date.slice(0, 4))).find((h) => h.date === date)?.id;
}

/** Not a Saturday, Sunday or general holiday. */
export function isWorkingDay(date: IsoDate): boolean {
  const day = weekday(date);
  return day !== 0 && day !== 6 && holidayOn(date) === undefined;
}

/**
 * The last day of a term that nominally ends on `date` (Atw art. 1; EU 1182/71 art. 3(4)):
 * the date itself when it is a working day, else the next working day.
 */
export function onWorkingDay(date: IsoDate): IsoDate {
  let day = date;
  // At most a long weekend plus two Christmas days: a few steps, never a loop without end.
  for (let i = 0; i < 10 && !isWorkingDay(day); i++) day = addDays(day, 1);
  return day;
}

/** Awb 6:7: the term for bezwaar (objection) and beroep (appeal) is six weeks. */
export const BEZWAAR_TERMIJN_DAGEN = 42;

/**
 * The last day to lodge a bezwaar against a decision made known on `decisionDate` (the date it
 * was sent; for a letter, the date on it). The term starts the day after (Awb 6:8(1)) and
 * lasts six weeks (Awb 6:7): day 1 is the day after, day 42 is the same weekday six weeks
 * later. A last day on a Saturday, Sunday or holiday moves to the next working day (Atw art. 1).
 * The bezwaar is in time when it is received by then (Awb 6:9).
 */
export function bezwaarLastDay(decisionDate: IsoDate): IsoDate {
  return onWorkingDay(addDays(decisionDate, BEZWAAR_TERMIJN_DAGEN));
}
