/**
 * The Web Worker that holds the browser's auditor universe (issue 16): the memory engine,
 * answering the calls of worker-engine.ts (protocol in worker-protocol.ts). Building 1,000,000
 * records and scanning them happens here, off the page's main thread.
 */
import './worker-globals';
import { serveAuditEngine, type WorkerCall, type WorkerMessage } from './worker-protocol';

const scope = self as unknown as {
  postMessage(message: WorkerMessage): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerCall>) => void): void;
};
const serve = serveAuditEngine((message) => scope.postMessage(message));
scope.addEventListener('message', (event) => void serve(event.data));
