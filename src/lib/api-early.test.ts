import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { apiRequest, ApiError, forgetEarlyRequests, requestEarly } from './api-client';

/**
 * Issue 16: a page's first GETs sent while its code is on its way (src/app/preload.ts). The
 * code's own request takes that answer once, checks it like any other, and asks anew otherwise.
 */
const schema = z.object({ status: z.string() });

function gateway(answers: Array<() => Response>) {
  const asked: string[] = [];
  const fetch = vi.fn(async (url: string) => {
    asked.push(url);
    const next = answers.shift();
    if (!next) throw new Error(`unexpected request ${url}`);
    return next();
  });
  vi.stubGlobal('fetch', fetch);
  return asked;
}
const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

afterEach(() => {
  forgetEarlyRequests();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('answers asked for early', () => {
  it('are taken by the first request for the same path, once, and checked against its schema', async () => {
    const asked = gateway([() => json({ status: 'klaar' }), () => json({ status: 'bezig' })]);
    requestEarly('/audit/status');
    requestEarly('/audit/status'); // asked again while on its way: still one request
    expect(await apiRequest('/audit/status', { schema })).toEqual({ status: 'klaar' });
    // Taken once: the next request asks the gateway.
    expect(await apiRequest('/audit/status', { schema })).toEqual({ status: 'bezig' });
    expect(asked).toEqual(['/api/audit/status', '/api/audit/status']);
  });

  it('are checked like any answer: a body off the contract is an error, not data', async () => {
    gateway([() => json({ status: 42 })]);
    requestEarly('/audit/status');
    await expect(apiRequest('/audit/status', { schema })).rejects.toMatchObject({ kind: 'malformed' });
  });

  it('pass on a refusal as the problem it is', async () => {
    gateway([() => json({ status: 401, code: 'unauthorized' }, 401)]);
    requestEarly('/audit/status');
    const error = await apiRequest('/audit/status', { schema }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ kind: 'http', status: 401, problem: { code: 'unauthorized' } });
  });

  it('are not used for another path, a POST, or after 10 s', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const asked = gateway([
      () => json({ status: 'early' }),
      () => json({ status: 'other path' }),
      () => json({ status: 'posted' }),
      () => json({ status: 'fresh' }),
    ]);
    requestEarly('/audit/status');
    expect(await apiRequest('/audit/bevoegdheid', { schema })).toEqual({ status: 'other path' });
    expect(await apiRequest('/audit/status', { method: 'POST', schema })).toEqual({ status: 'posted' });
    vi.setSystemTime(Date.now() + 10_000);
    expect(await apiRequest('/audit/status', { schema })).toEqual({ status: 'fresh' });
    expect(asked).toHaveLength(4);
  });

  it('are forgotten on sign-out', async () => {
    const asked = gateway([() => json({ status: 'of the one before' }), () => json({ status: 'asked anew' })]);
    requestEarly('/audit/status');
    forgetEarlyRequests();
    expect(await apiRequest('/audit/status', { schema })).toEqual({ status: 'asked anew' });
    expect(asked).toHaveLength(2);
  });

  it('let the caller stop waiting', async () => {
    let answer: (response: Response) => void = () => {};
    vi.stubGlobal(
      'fetch',
      vi.fn(() => new Promise<Response>((resolve) => (answer = resolve))),
    );
    requestEarly('/audit/status');
    const controller = new AbortController();
    const waiting = apiRequest('/audit/status', { schema, signal: controller.signal });
    controller.abort();
    await expect(waiting).rejects.toMatchObject({ name: 'AbortError' });
    answer(json({ status: 'too late' }));
  });
});
