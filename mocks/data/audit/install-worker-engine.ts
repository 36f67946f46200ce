/**
 * Imported for its effect by mocks/browser.ts only: in the browser, the auditor universe is
 * built and queried in a Web Worker (worker-engine.ts), not on the page's main thread.
 */
import { installAuditEngine } from './index';
import { createWorkerEngine } from './worker-engine';

installAuditEngine(createWorkerEngine);
