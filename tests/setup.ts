import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { server } from '../mocks/node';
import { setGatewayNow } from '../mocks/gateway/clock';
import { resetMockState } from '../mocks/reset';
import { resetClock } from '../src/lib/clock';

// jsdom has <dialog> but not its modal API; the browser e2e tests cover the real one.
if (typeof HTMLDialogElement !== 'undefined' && !HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
}

// Pages load lazy chunks and mock data; on a busy 2-core CI machine that can take longer than
// Testing Library's 1 s default for findBy*/waitFor. A wait that succeeds is still immediate.
configure({ asyncUtilTimeout: 5000 });

// Unhandled requests are bugs in the test or the app, not something to ignore.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
// One fixed instant for gateway and page: no test depends on the day it runs (issue 11).
export const TEST_NOW = '2026-11-28T10:00:00+01:00';
beforeEach(() => {
  resetMockState();
  setGatewayNow(TEST_NOW);
  resetClock();
});
afterEach(() => {
  cleanup();
  server.resetHandlers();
});
afterAll(() => server.close());

// A test that makes React (or our code) warn or error has a problem, even if it passes.
const failOn = (kind: 'error' | 'warn') =>
  vi.spyOn(console, kind).mockImplementation((...args: unknown[]) => {
    throw new Error(`console.${kind} during a test: ${args.map(String).join(' ')}`);
  });
beforeEach(() => {
  failOn('error');
  failOn('warn');
});
