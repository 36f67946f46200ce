import { afterEach, describe, expect, it, vi } from 'vitest';
import { now, observeServerDate, resetClock, todayIso } from './clock';

describe('the app clock follows the gateway', () => {
  afterEach(() => {
    vi.useRealTimers();
    resetClock();
  });

  it('takes "today" from the Date header, whatever the device clock says', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2031-07-04T12:00:00Z'));
    expect(todayIso()).toBe('2031-07-04');
    observeServerDate('Sat, 28 Nov 2026 09:00:00 GMT');
    expect(todayIso()).toBe('2026-11-28');
    vi.setSystemTime(new Date('2031-07-05T12:00:00Z')); // a day passes on the device …
    expect(todayIso()).toBe('2026-11-29'); // … and on the gateway's clock too
  });

  it('counts the day in the Netherlands, not in the device time zone or UTC', () => {
    observeServerDate('Sat, 28 Nov 2026 23:30:00 GMT'); // 00:30 on 29 November in Amsterdam
    expect(todayIso()).toBe('2026-11-29');
  });

  it('ignores a missing or broken header and sub-second jitter', () => {
    observeServerDate(null);
    observeServerDate('yesterday');
    expect(Math.abs(now() - Date.now())).toBeLessThan(50);
    observeServerDate(new Date(Date.now() + 700).toUTCString());
    expect(Math.abs(now() - Date.now())).toBeLessThan(50);
  });
});
