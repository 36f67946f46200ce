/**
 * Tests that talk to the mock gateway in-process (component and contract projects): MSW's
 * interceptor answers `fetch`, and every test starts from the seeded state.
 */
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { setGatewayNow } from '@mocks/gateway/clock';
import { server } from '@mocks/node';
import { resetMockState } from '@mocks/reset';
import { TEST_NOW } from './common';

// Unhandled requests are bugs in the test or the app, not something to ignore.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  resetMockState();
  // resetMockState puts the clock back to its configured start: freeze it again.
  setGatewayNow(TEST_NOW);
});
afterEach(() => server.resetHandlers());
afterAll(() => server.close());
