/**
 * Which audit engine the gateway's handlers use. The default is the in-page engine; the Node
 * gateway (mocks/server.ts) installs the DuckDB engine, which the browser build never
 * imports (DuckDB is a native Node module).
 */
import { auditConfig, setAuditConfig, type AuditConfig } from './config';
import type { AuditEngine } from './engine';
import { createMemoryEngine } from './memory-engine';

type Factory = (config: AuditConfig) => AuditEngine;

let factory: Factory = createMemoryEngine;
let current: AuditEngine | undefined;

function drop(): void {
  const old = current;
  current = undefined;
  if (old) void old.close();
}

/** The engine for the current configuration, created on first use. */
export function auditEngine(): AuditEngine {
  current ??= factory(auditConfig());
  return current;
}

/** Installs another engine kind (the Node gateway: DuckDB); the next request creates it. */
export function installAuditEngine(next: Factory): void {
  if (next === factory) return;
  factory = next;
  drop();
}

/** Tests: a smaller universe (the test persons are always complete). Drops the current engine. */
export function configureAudit(next: Partial<AuditConfig>): void {
  setAuditConfig(next);
  drop();
}

/**
 * An auditor signed in: start building the universe now, without waiting for it (issue 16).
 * The workspace's first status poll used to start it, 0.2–0.4 s later, after the app had
 * loaded the workspace's code. Whatever goes wrong here is not the sign-in's problem: the
 * status endpoint starts the build again and the workspace shows its error.
 */
export function startAuditBuildForSignIn(): void {
  if (auditConfig().buildOnSignIn === false) return;
  try {
    const engine = auditEngine();
    if (!engine.isReady()) void engine.ensure().catch(() => undefined);
  } catch {
    // An engine that cannot even be created fails again, visibly, on the workspace's first request.
  }
}
