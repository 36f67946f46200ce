// @vitest-environment node
/**
 * Issue 16, the Node gateway (`npm run mock-api`, e2e): an auditor's sign-in starts the DuckDB
 * engine's build too, before any audit request. (`npm run mock-api` starts it at launch already;
 * a gateway started without that, as here, must not wait for the workspace to ask.)
 */
import { afterAll, describe, expect, it, vi } from 'vitest';
import { auditEngine, configureAudit } from '@mocks/data/audit';
import { realHttpGatewayForThisFile } from './support/http-gateway';
import { signInOverHttp } from '../utils/session';

const gateway = realHttpGatewayForThisFile();
configureAudit({ target: 0, buildOnSignIn: true });
afterAll(() => configureAudit({ buildOnSignIn: false }));

describe('an auditor sign-in at the Node gateway', () => {
  it('starts the DuckDB build before any audit request', async () => {
    expect(auditEngine().kind).toBe('duckdb');
    expect(auditEngine().status().status).toBe('niet-gestart');
    await signInOverHttp(gateway(), { auditor: 'ap-toezicht' });
    await vi.waitFor(() => expect(auditEngine().status().status).not.toBe('niet-gestart'), { timeout: 60_000 });
    await auditEngine().ensure();
    expect(auditEngine().status().status).toBe('klaar');
  }, 120_000);
});
