/**
 * Tests that talk to the mock gateway in-process (component and contract projects): MSW's
 * interceptor answers `fetch`, and every test starts from the seeded state.
 */
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { setAuditConfig } from '@mocks/data/audit/config';
import { setGatewayNow } from '@mocks/gateway/clock';
import { server } from '@mocks/node';
import { resetMockState } from '@mocks/reset';
import { TEST_NOW } from './common';

// Issue 16: an auditor's sign-in starts building the 1,000,000-record audit universe. Tests sign
// auditors in by the dozen; the audit tests build their own, smaller one when they need it, and
// tests/contract/audit-sign-in.contract.test.ts turns this back on to prove the sign-in starts it.
setAuditConfig({ buildOnSignIn: false });

// Unhandled requests are bugs in the test or the app, not something to ignore.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  resetMockState();
  // resetMockState puts the clock back to its configured start: freeze it again.
  setGatewayNow(TEST_NOW);
});
afterEach(() => server.resetHandlers());
afterAll(() => server.close());
