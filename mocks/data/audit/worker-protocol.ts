/**
 * The messages between the page's audit engine (worker-engine.ts) and the Web Worker that
 * holds the universe (audit.worker.ts), and the worker's side of them (issue 16).
 *
 * The worker runs the memory engine unchanged; this file only carries its calls across. It is
 * plain code with no Worker in it, so a unit test can run it in-process
 * (worker-engine.test.ts) and prove the engine behind a message port answers as the memory
 * engine does.
 */
import type { AuditConfig } from './config';
import type { AuditEngine, AuditRecord, CursorState, Progress, Query, Sort } from './engine';
import { createMemoryEngine } from './memory-engine';

/** A call from the page; `id` pairs it with its reply. */
export type WorkerCall = { id: number } & (
  | { call: 'init'; config: AuditConfig }
  | { call: 'ensure' }
  | { call: 'subjectByPseudonym'; pseudonym: string }
  | { call: 'count'; query: Query }
  | { call: 'page'; query: Query; sort: Sort; cursor: CursorState | undefined; limit: number }
  | { call: 'aggregate'; query: Query }
  /** Opens an export; the value is the stream's number, read with `next` until it gives null. */
  | { call: 'stream'; query: Query; sort: Sort; limit: number }
  | { call: 'next'; stream: number }
  /** The export was abandoned (the download cancelled): the worker drops its iterator. */
  | { call: 'return'; stream: number }
);

export type WorkerMessage =
  | { type: 'reply'; id: number; ok: true; value: unknown }
  | { type: 'reply'; id: number; ok: false; error: string }
  /** Build progress, pushed while the universe is built (the status endpoint reads it synchronously). */
  | { type: 'progress'; progress: Progress };

/** How often the worker looks at the build's progress (the workspace polls every 400 ms). */
const PROGRESS_EVERY_MS = 50;

/**
 * The worker's side: answers each call with the engine `create` makes on `init`. Returns the
 * function to hand every incoming message to; replies and progress go out through `post`.
 */
export function serveAuditEngine(
  post: (message: WorkerMessage) => void,
  create: (config: AuditConfig) => AuditEngine = createMemoryEngine,
): (call: WorkerCall) => Promise<void> {
  let engine: AuditEngine | undefined;
  const streams = new Map<number, AsyncIterator<AuditRecord[]>>();
  let nextStream = 1;
  let lastProgress = '';
  const ready = (): AuditEngine => {
    if (!engine) throw new Error('audit worker: no init before the first call');
    return engine;
  };
  const sendProgress = () => {
    const progress = ready().status();
    const key = JSON.stringify(progress);
    if (key === lastProgress) return;
    lastProgress = key;
    post({ type: 'progress', progress });
  };

  const answer = async (m: WorkerCall): Promise<unknown> => {
    switch (m.call) {
      case 'init':
        if (engine) await engine.close();
        engine = create(m.config);
        return undefined;
      case 'ensure': {
        const e = ready();
        const timer = setInterval(sendProgress, PROGRESS_EVERY_MS);
        try {
          await e.ensure();
        } finally {
          clearInterval(timer);
          // The final state goes out before the reply, so the page is never ready with old progress.
          sendProgress();
        }
        return undefined;
      }
      case 'subjectByPseudonym':
        return ready().subjectByPseudonym(m.pseudonym);
      case 'count':
        return ready().count(m.query);
      case 'page':
        return ready().page(m.query, m.sort, m.cursor, m.limit);
      case 'aggregate':
        return ready().aggregate(m.query);
      case 'stream': {
        const id = nextStream++;
        streams.set(id, ready().stream(m.query, m.sort, m.limit)[Symbol.asyncIterator]());
        return id;
      }
      case 'next': {
        const it = streams.get(m.stream);
        if (!it) return null;
        const r = await it.next();
        if (!r.done) return r.value;
        streams.delete(m.stream);
        return null;
      }
      case 'return': {
        const it = streams.get(m.stream);
        streams.delete(m.stream);
        await it?.return?.();
        return undefined;
      }
    }
  };

  return async (m) => {
    try {
      post({ type: 'reply', id: m.id, ok: true, value: await answer(m) });
    } catch (error) {
      post({ type: 'reply', id: m.id, ok: false, error: error instanceof Error ? error.message : String(error) });
    }
  };
}
