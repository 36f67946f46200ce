// @vitest-environment node
/**
 * Issue 16: an auditor's sign-in starts building the audit universe (mocks/handlers/session.ts),
 * so it is under way before the workspace's code has even loaded. The in-process gateway (msw,
 * the memory engine that the browser's worker runs too); audit-sign-in.http.test.ts checks the
 * Node gateway's DuckDB engine. States and counts, never times.
 */
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { auditEngine, configureAudit, installAuditEngine } from '@mocks/data/audit';
import type { AuditConfig } from '@mocks/data/audit/config';
import type { AuditEngine } from '@mocks/data/audit/engine';
import { createMemoryEngine } from '@mocks/data/audit/memory-engine';
import { signInAs } from '../utils/session';

/** The memory engine, counting the builds asked of it. */
let ensureCalls = 0;
const counting = (config: AuditConfig): AuditEngine => {
  const engine = createMemoryEngine(config);
  const ensure = engine.ensure.bind(engine);
  return Object.assign(engine, {
    ensure: () => {
      ensureCalls++;
      return ensure();
    },
  });
};

beforeEach(() => {
  ensureCalls = 0;
  installAuditEngine(counting);
  // A fresh engine of the test persons and the minimum synthetic part; tests/setup/gateway.ts
  // turns the build at sign-in off for every other file.
  configureAudit({ target: 0, buildOnSignIn: true });
});
afterAll(() => {
  configureAudit({ buildOnSignIn: false });
  installAuditEngine(createMemoryEngine);
});

describe('an auditor sign-in starts the audit build', () => {
  it('starts it at the auditor sign-in, before any audit request', async () => {
    expect(auditEngine().status().status).toBe('niet-gestart');
    await signInAs({ auditor: 'ap-toezicht' });
    await vi.waitFor(() => expect(auditEngine().status().status).not.toBe('niet-gestart'));
    await auditEngine().ensure();
    expect(auditEngine().status().status).toBe('klaar');
    expect(ensureCalls).toBe(2); // the sign-in's, and this test's own wait
  });

  it('leaves it to the first audit request where the configuration says so (the other unit tests)', async () => {
    configureAudit({ buildOnSignIn: false });
    await signInAs({ auditor: 'ap-toezicht' });
    await import('@mocks/data/audit');
    await Promise.resolve();
    expect(ensureCalls).toBe(0);
  });

  it('does not start it for a citizen', async () => {
    await signInAs('999993653');
    // The handler's import of the audit module was asked before this one, so it has settled.
    await import('@mocks/data/audit');
    await Promise.resolve();
    expect(ensureCalls).toBe(0);
    expect(auditEngine().status().status).toBe('niet-gestart');
  });

  it('signs the auditor in even when the engine cannot be created or fails to build', async () => {
    let created = 0;
    let builds = 0;
    installAuditEngine((): AuditEngine => {
      created++;
      throw new Error('no engine');
    });
    expect((await signInAs({ auditor: 'ap-toezicht' })).role).toBe('auditor');
    await vi.waitFor(() => expect(created).toBe(1));
    installAuditEngine((config): AuditEngine => ({
      ...createMemoryEngine(config),
      ensure: () => {
        builds++;
        return Promise.reject(new Error('build failed'));
      },
    }));
    expect((await signInAs({ auditor: 'ap-toezicht' })).role).toBe('auditor');
    await vi.waitFor(() => expect(builds).toBe(1));
  });
});
