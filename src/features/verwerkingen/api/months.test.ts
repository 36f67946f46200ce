import { QueryClient } from '@tanstack/react-query';
import { waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { signInAs } from '../../../../tests/utils/render';
import { server } from '@mocks/node';
import { now as clockNow } from '@/lib/clock';
import { MonthsLoader, refsOf } from './months';
import { logNow, logStartOf, monthWindows, periodRange } from '../model/log';

/**
 * Issue 16: the log's ~40 answers (13 months and their register look-ups) go through the query
 * client but not through React: the page hears of them only when what it can show changes.
 */
const BSN = '999993653';

type Asked = { months: number[]; lookups: number };
let asked: Asked;

beforeEach(() => {
  asked = { months: [], lookups: 0 };
  // Records what is asked; returning nothing hands the request on to the gateway's own handler.
  server.use(
    http.post('*/api/ldv/processing-activities', async ({ request }) => {
      const body = (await request.clone().json()) as { endTime?: number };
      if (body.endTime !== undefined) asked.months.push(body.endTime);
    }),
    http.get('*/api/rvva/*', () => {
      asked.lookups += 1;
    }),
  );
});

function year() {
  const now = logNow(clockNow());
  return monthWindows(periodRange('12m', now, logStartOf(now)));
}

const client = () => new QueryClient({ defaultOptions: { queries: { retry: false } } });

describe('MonthsLoader', () => {
  it('asks the newest month alone, the older ones once it is ready, and tells its listener only of changes', async () => {
    await signInAs(BSN);
    const windows = year();
    const loader = new MonthsLoader(client(), windows);
    let heard = 0;
    const stop = loader.subscribe(() => (heard += 1));
    // Only the newest month is on its way until it and its look-ups are in.
    await waitFor(() => expect(loader.getSnapshot().ready).toBeGreaterThanOrEqual(1));
    expect(asked.months[0]).toBe(windows[0]!.to);
    await waitFor(() => expect(loader.getSnapshot()).toMatchObject({ ready: windows.length, fetching: false }));
    expect([...asked.months].sort((a, b) => b - a)).toEqual(windows.map((w) => w.to));
    // ~40 answers; the listener hears of each month that becomes ready and of the fetching flag
    // (the old hook's host was drawn once per answer).
    expect(asked.lookups).toBeGreaterThan(windows.length);
    expect(heard).toBeLessThanOrEqual(windows.length + 2);
    const snapshot = loader.getSnapshot();
    expect(snapshot.error).toBeNull();
    expect(snapshot.answers.every(Boolean)).toBe(true);
    stop();
  });

  it('asks nothing while nobody listens, and shows what the cache holds at once', async () => {
    await signInAs(BSN);
    const queryClient = client();
    const windows = year();
    const first = new MonthsLoader(queryClient, windows);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(asked.months).toEqual([]);
    const stop = first.subscribe(() => undefined);
    await waitFor(() => expect(first.getSnapshot()).toMatchObject({ ready: windows.length, fetching: false }));
    stop();
    // The page again (same cache): every month is there before anything is asked.
    const again = new MonthsLoader(queryClient, windows);
    expect(again.getSnapshot().ready).toBe(windows.length);
  });

  it('stops asking for look-ups when its listener has gone', async () => {
    await signInAs(BSN);
    const windows = year();
    const loader = new MonthsLoader(client(), windows);
    // The listener goes the moment the newest month is ready (the older ones have just been asked for).
    let lookups = -1;
    const stop = loader.subscribe(() => {
      if (lookups < 0 && loader.getSnapshot().ready >= 1) {
        lookups = asked.lookups;
        stop();
      }
    });
    await waitFor(() => expect(lookups).toBeGreaterThanOrEqual(0));
    // The older months that were on their way arrive, but nobody reads them: no look-ups for them.
    await waitFor(() => expect(asked.months).toHaveLength(windows.length));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(asked.lookups).toBe(lookups);
    // …while the older months do point at register entries that were never looked up.
    const { answers, versions, entities } = loader.getSnapshot();
    const refs = answers.flatMap((answer) => (answer ? [refsOf(answer)] : []));
    const missing = [
      ...refs.flatMap((r) => r.keys).filter((key) => !versions.has(key)),
      ...refs.flatMap((r) => r.parties).filter((p) => !entities.has(p.entityId)),
    ];
    expect(missing.length).toBeGreaterThan(0);
  });

  it('asks again only for the month that failed', async () => {
    await signInAs(BSN);
    const windows = year();
    const failing = windows[2]!.to;
    let failures = 0;
    server.use(
      http.post('*/api/ldv/processing-activities', async ({ request }) => {
        const body = (await request.clone().json()) as { endTime?: number };
        if (body.endTime === failing && failures === 0) {
          failures += 1;
          asked.months.push(failing);
          return HttpResponse.json({ title: 'Storing', status: 503 }, { status: 503 });
        }
        return undefined;
      }),
    );
    const loader = new MonthsLoader(client(), windows);
    const stop = loader.subscribe(() => undefined);
    await waitFor(() => expect(loader.getSnapshot().error).not.toBeNull());
    await waitFor(() => expect(loader.getSnapshot().fetching).toBe(false));
    // The two newest months are shown; the third is missing, so nothing older counts as ready.
    expect(loader.getSnapshot().ready).toBe(2);
    loader.retry();
    await waitFor(() => expect(loader.getSnapshot()).toMatchObject({ ready: windows.length, error: null }));
    expect(asked.months.filter((end) => end === failing)).toHaveLength(2);
    expect(asked.months).toHaveLength(windows.length + 1);
    stop();
  });
});
