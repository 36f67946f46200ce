import { describe, expect, it } from 'vitest';
import {
  addDuration,
  addMonths,
  daysLeft,
  extendTerm,
  parseDuration,
  stricterDueDate,
  type TermRules,
} from './deadlines';

const gdpr: TermRules = { doorlooptijd: 'P1M', verlengingMogelijk: true, verlengingstermijn: 'P2M' };
const brp: TermRules = { doorlooptijd: 'P4W', verlengingMogelijk: true, verlengingstermijn: 'P2M' };

describe('parseDuration', () => {
  it.each([
    ['P4W', { years: 0, months: 0, weeks: 4, days: 0 }],
    ['P1M', { years: 0, months: 1, weeks: 0, days: 0 }],
    ['P2M', { years: 0, months: 2, weeks: 0, days: 0 }],
    ['P10D', { years: 0, months: 0, weeks: 0, days: 10 }],
    ['P1Y2M3D', { years: 1, months: 2, weeks: 0, days: 3 }],
  ])('reads %s', (iso, expected) => expect(parseDuration(iso)).toEqual(expected));

  it.each(['', 'P', '4W', 'PT1H', 'P1H', 'P-1D', 'P1.5M', 'P1D2M'])('rejects %j', (iso) => {
    expect(parseDuration(iso)).toBeUndefined();
  });
});

describe('calendar months (GDPR art. 12(3))', () => {
  it.each([
    ['2026-03-15', 'P1M', '2026-04-15'],
    ['2026-01-31', 'P1M', '2026-02-28'], // the 31st does not exist in February
    ['2028-01-31', 'P1M', '2028-02-29'], // leap year
    ['2026-03-31', 'P1M', '2026-04-30'],
    ['2026-12-15', 'P1M', '2027-01-15'], // over the year end
    ['2026-12-31', 'P2M', '2027-02-28'],
    ['2028-02-29', 'P1Y', '2029-02-28'],
    ['2026-01-30', 'P1M', '2026-02-28'],
  ])('%s + %s = %s', (start, term, due) => expect(addDuration(start, term)).toBe(due));

  it('counts weeks and days as 7 and 1 calendar days', () => {
    expect(addDuration('2026-11-28', 'P4W')).toBe('2026-12-26');
    expect(addDuration('2026-02-20', 'P10D')).toBe('2026-03-02');
    expect(addDuration('2028-02-20', 'P10D')).toBe('2028-03-01');
  });

  it('does not accumulate month-end clamping', () => {
    expect(addMonths('2026-01-31', 2)).toBe('2026-03-31');
    expect(addMonths(addMonths('2026-01-31', 1), 1)).toBe('2026-03-28');
  });

  it('rejects impossible dates', () => {
    expect(() => addDuration('2026-02-30', 'P1M')).toThrow(RangeError);
    expect(() => addDuration('2026-11-28', 'PT1H')).toThrow(RangeError);
  });
});

describe('the stricter term wins', () => {
  it('takes P4W (BRP) over P1M (GDPR) in a 31-day month', () => {
    expect(stricterDueDate('2026-11-28', ['P1M', 'P4W'])).toBe('2026-12-26');
  });
  it('P4W and P1M coincide from 1 February in a common year', () => {
    expect(stricterDueDate('2026-02-01', ['P1M', 'P4W'])).toBe('2026-03-01');
  });
  it('takes P1M when it is shorter than a long term', () => {
    expect(stricterDueDate('2026-01-31', ['P1M', 'P6W'])).toBe('2026-02-28');
  });
  it('needs at least one term', () => expect(() => stricterDueDate('2026-01-01', [])).toThrow(RangeError));
});

describe('daysLeft', () => {
  it('counts calendar days, 0 on the due date and negative when overdue', () => {
    expect(daysLeft('2026-12-26', '2026-11-28')).toBe(28);
    expect(daysLeft('2026-11-28', '2026-11-28')).toBe(0);
    expect(daysLeft('2026-11-20', '2026-11-28')).toBe(-8);
  });
  it('is not disturbed by daylight saving time (UTC arithmetic)', () => {
    expect(daysLeft('2026-03-30', '2026-03-28')).toBe(2);
    expect(daysLeft('2026-10-26', '2026-10-24')).toBe(2);
  });
  it('spans a leap day', () => expect(daysLeft('2028-03-01', '2028-02-28')).toBe(2));
});

describe('extendTerm', () => {
  const request = { start: '2026-01-31', duur: 'P2M', decidedOn: '2026-02-20', reden: 'Complex verzoek' };

  it('extends by up to two further months from the original due date', () => {
    expect(extendTerm(gdpr, request)).toEqual({ ok: true, originalDueDate: '2026-02-28', dueDate: '2026-04-28' });
    expect(extendTerm(gdpr, { ...request, duur: 'P1M' })).toMatchObject({ ok: true, dueDate: '2026-03-28' });
    expect(extendTerm(gdpr, { ...request, duur: 'P30D' })).toMatchObject({ ok: true, dueDate: '2026-03-30' });
  });

  it('allows telling the citizen on the last day of the first term', () => {
    expect(extendTerm(gdpr, { ...request, decidedOn: '2026-02-28' }).ok).toBe(true);
  });

  it('refuses an extension decided after the first term', () => {
    expect(extendTerm(gdpr, { ...request, decidedOn: '2026-03-01' })).toEqual({
      ok: false,
      error: 'too-late',
      originalDueDate: '2026-02-28',
    });
  });

  it('refuses an extension decided before receipt', () => {
    expect(extendTerm(gdpr, { ...request, decidedOn: '2026-01-30' })).toMatchObject({ ok: false, error: 'too-late' });
  });

  it('refuses an extension longer than verlengingstermijn', () => {
    expect(extendTerm(gdpr, { ...request, duur: 'P3M' })).toMatchObject({ ok: false, error: 'too-long' });
    expect(extendTerm(gdpr, { ...request, duur: 'P9W' })).toMatchObject({ ok: false, error: 'too-long' });
    expect(extendTerm(gdpr, { ...request, duur: 'P2M1D' })).toMatchObject({ ok: false, error: 'too-long' });
  });

  it('refuses when the zaaktype has no extension, without a reason, or with a bad duration', () => {
    expect(extendTerm({ ...gdpr, verlengingMogelijk: false }, request)).toMatchObject({
      ok: false,
      error: 'not-allowed',
    });
    expect(extendTerm({ ...gdpr, verlengingstermijn: null }, request)).toMatchObject({
      ok: false,
      error: 'not-allowed',
    });
    expect(extendTerm(gdpr, { ...request, reden: '  ' })).toMatchObject({ ok: false, error: 'no-reason' });
    expect(extendTerm(gdpr, { ...request, duur: 'twee maanden' })).toMatchObject({
      ok: false,
      error: 'invalid-duration',
    });
    expect(extendTerm(gdpr, { ...request, duur: 'P0D' })).toMatchObject({ ok: false, error: 'invalid-duration' });
  });

  it('runs a BRP extension from the four-week due date', () => {
    expect(
      extendTerm(brp, { start: '2026-11-28', duur: 'P2M', decidedOn: '2026-12-10', reden: 'Onderzoek buitenland' }),
    ).toEqual({ ok: true, originalDueDate: '2026-12-26', dueDate: '2027-02-26' });
  });
});
