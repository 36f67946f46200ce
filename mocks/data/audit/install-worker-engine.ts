/**
 * In the browser, the auditor universe is built and queried in a Web Worker (worker-engine.ts,
 * decision 096), not on the page's main thread. Called by mocks/browser.ts only, when the full
 * gateway (handlers/full.ts, which re-exports this) has loaded and before any of its handlers
 * runs; Vitest and the Node gateway keep their in-process engines.
 */
import { installAuditEngine } from './index';
import { createWorkerEngine } from './worker-engine';

export function installWorkerAuditEngine(): void {
  installAuditEngine(createWorkerEngine);
}
