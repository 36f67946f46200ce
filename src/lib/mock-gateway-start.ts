/**
 * Mocks on (issue 16): the page paints while the in-browser mock gateway (the MSW service
 * worker, mocks/browser.ts) starts, instead of after it. Until it has started, a request would
 * reach the network, where no gateway answers (a demo deployment) or Vite's dev server answers
 * with the app's own HTML: so api-client.ts lets every request wait here first. The session
 * check at start-up therefore gets the gateway's answer, never a "signed out" made up by a
 * gateway that was not there yet.
 *
 * Used only behind `import.meta.env.VITE_MOCKS !== 'off'`, so with mocks off the bundler drops
 * this module (the first download is at its budget).
 */
let started: Promise<void> | undefined;

/** A worker that has not started by then will not: the page says so instead of waiting for ever. */
export const MOCK_GATEWAY_START_TIMEOUT_MS = 60_000;

export class MockGatewayStartError extends Error {
  constructor(cause: unknown) {
    super(`The mock gateway did not start: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'MockGatewayStartError';
  }
}

/** Requests wait for `start` (mocks on, src/app/main.tsx); a failure or a time-out fails them. */
export function holdRequestsUntil(start: Promise<unknown>, timeoutMs = MOCK_GATEWAY_START_TIMEOUT_MS): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer after ${timeoutMs / 1000} s`)), timeoutMs);
  });
  started = Promise.race([start, timeout]).then(
    () => clearTimeout(timer),
    (error: unknown) => {
      clearTimeout(timer);
      const failure = new MockGatewayStartError(error);
      // Once, for whoever looks at the console; each request then fails with a network error.
      console.error(failure);
      throw failure;
    },
  );
  // Nobody may be waiting yet: that is not an unhandled rejection.
  started.catch(() => undefined);
}

/** Resolves once the mock gateway is up (at once when nothing is held); rejects when it failed to start. */
export function mockGatewayStarted(): Promise<void> {
  return started ?? Promise.resolve();
}

/** Tests only: nothing held. */
export function resetMockGatewayStart(): void {
  started = undefined;
}
