/**
 * Every unit, component and contract test (all three Vitest projects, vite.config.ts).
 * Cheap on purpose: the pure-logic project loads nothing else.
 */
import { beforeEach, vi } from 'vitest';
import { setGatewayNow } from '@mocks/gateway/clock';
import { resetClock } from '../../src/lib/clock';

/** One fixed instant for gateway and page: no test depends on the day it runs (issue 11). */
export const TEST_NOW = '2026-11-28T10:00:00+01:00';

// A test that makes React (or our code) warn or error has a problem, even if it passes.
const failOn = (kind: 'error' | 'warn') =>
  vi.spyOn(console, kind).mockImplementation((...args: unknown[]) => {
    throw new Error(`console.${kind} during a test: ${args.map(String).join(' ')}`);
  });

beforeEach(() => {
  setGatewayNow(TEST_NOW);
  resetClock();
  failOn('error');
  failOn('warn');
});
