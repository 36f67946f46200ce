import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiRequest, ApiError } from './api-client';
import { holdRequestsUntil, resetMockGatewayStart } from './mock-gateway-start';

/** Issue 16: mocks on, the page paints before the in-browser gateway has started; requests wait for it. */
describe('requests while the mock gateway starts', () => {
  const fetchSpy = vi.fn(async () => new Response(null, { status: 204 }));

  afterEach(() => {
    resetMockGatewayStart();
    vi.unstubAllGlobals();
    fetchSpy.mockClear();
  });

  it('sends nothing until the gateway has started, then sends', async () => {
    vi.stubGlobal('fetch', fetchSpy);
    let started: () => void = () => {};
    holdRequestsUntil(new Promise<void>((resolve) => (started = resolve)));
    const request = apiRequest('/auth/session');
    // Several turns of the event loop: still held.
    for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
    expect(fetchSpy).toHaveBeenCalledTimes(0);
    started();
    await request;
    expect(fetchSpy).toHaveBeenCalledTimes(1);
  });

  it('fails every request as a network error when the gateway did not start, and sends none', async () => {
    vi.stubGlobal('fetch', fetchSpy);
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    holdRequestsUntil(Promise.reject(new Error('service workers are not available')));
    const failure = await apiRequest('/auth/testpersonen').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect((failure as ApiError).kind).toBe('network');
    expect(fetchSpy).toHaveBeenCalledTimes(0);
    expect(consoleError).toHaveBeenCalledTimes(1);
    consoleError.mockRestore();
  });

  it('gives up on a gateway that never answers', async () => {
    vi.useFakeTimers();
    try {
      vi.stubGlobal('fetch', fetchSpy);
      const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
      holdRequestsUntil(new Promise<void>(() => {}), 1000);
      const failure = apiRequest('/auth/session').catch((error: unknown) => error);
      await vi.advanceTimersByTimeAsync(1000);
      expect(await failure).toBeInstanceOf(ApiError);
      expect(fetchSpy).toHaveBeenCalledTimes(0);
      consoleError.mockRestore();
    } finally {
      vi.useRealTimers();
    }
  });

  it('holds nothing when no gateway is starting (mocks off, tests)', async () => {
    vi.stubGlobal('fetch', fetchSpy);
    await apiRequest('/auth/session');
    expect(fetchSpy).toHaveBeenCalledTimes(1);
  });
});
