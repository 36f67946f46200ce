/**
 * The browser's audit engine (issue 16): the memory engine, run in a Web Worker. Building the
 * 1,000,000-record universe took ~2 s of the page's main thread, and every search, aggregate
 * and export chunk after it ran there too; the page could not even paint its own progress bar.
 * Here the page keeps only a message port: each call is posted to audit.worker.ts, which runs
 * the memory engine unchanged (same generator, same queries, same answers; the protocol is in
 * worker-protocol.ts). The handlers (mocks/handlers/audit.ts) still run in the page, with MSW;
 * they see the same AuditEngine interface.
 *
 * `status()` must answer synchronously while a build runs, so the worker pushes its progress
 * and the page keeps the latest copy.
 *
 * Only mocks/browser.ts installs it. Vitest and the Node gateway never do: they have no
 * Worker, and keep the memory and DuckDB engines in-process. Should the worker not start (a
 * browser without module workers, a policy that forbids it), the engine falls back to the
 * memory engine in the page, as before, and says so in the console. (So the memory engine's
 * code stays in the page's mock bundle, as index.ts's default does too; its work and its
 * 50 MB of columns move.)
 */
import type { AuditConfig } from './config';
import type {
  Aggregates,
  AuditEngine,
  AuditRecord,
  CursorState,
  PageResult,
  Progress,
  Query,
  Sort,
  SubjectInfo,
} from './engine';
import { createMemoryEngine } from './memory-engine';
import type { WorkerCall, WorkerMessage } from './worker-protocol';

/** What the engine needs of a Worker (a test passes an in-process one). */
export interface AuditPort {
  postMessage(message: WorkerCall): void;
  /** 'error': the worker could not load or stopped (the event itself is not read). */
  addEventListener(type: 'message' | 'error', listener: (event: { data: WorkerMessage }) => void): void;
  terminate(): void;
}

export const startAuditWorker = (): AuditPort =>
  new Worker(new URL('./audit.worker.ts', import.meta.url), { type: 'module', name: 'mg-audit' });

/** Distributes Omit over the call union, so each call keeps its own fields. */
type CallBody = WorkerCall extends infer C ? (C extends WorkerCall ? Omit<C, 'id'> : never) : never;

class WorkerFailed extends Error {}

export function createWorkerEngine(config: AuditConfig, connect: () => AuditPort = startAuditWorker): AuditEngine {
  let port: AuditPort | undefined;
  let nextId = 1;
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  const notStarted: Progress = {
    status: 'niet-gestart',
    fase: 'genereren',
    records: 0,
    doel: config.target,
    voortgang: 0,
  };
  let progress = notStarted;
  let ready = false;
  let running: Promise<void> | undefined;
  let fallback: AuditEngine | undefined;

  const fail = (error: Error) => {
    for (const p of pending.values()) p.reject(error);
    pending.clear();
    port?.terminate();
    port = undefined;
  };

  const open = (): AuditPort => {
    if (port) return port;
    const p = connect();
    p.addEventListener('message', ({ data }) => {
      if (data.type === 'progress') {
        progress = data.progress;
        return;
      }
      const waiting = pending.get(data.id);
      if (!waiting) return;
      pending.delete(data.id);
      if (data.ok) waiting.resolve(data.value);
      else waiting.reject(new Error(data.error));
    });
    // A worker that cannot load (or dies) rejects everything that waits on it. One that dies
    // after its build took the universe with it: the next request starts a new worker and
    // builds again (503 meanwhile), instead of asking a worker that has nothing.
    p.addEventListener('error', () => {
      const hadUniverse = ready;
      fail(new WorkerFailed('the audit worker did not start or stopped'));
      if (!hadUniverse) return;
      ready = false;
      running = undefined;
      progress = notStarted;
    });
    port = p;
    post({ call: 'init', config }).catch(() => undefined);
    return p;
  };

  function post(body: CallBody): Promise<unknown> {
    const target = open();
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      target.postMessage({ ...body, id } as WorkerCall);
    });
  }

  const inPage = async (): Promise<AuditEngine> => {
    console.warn(
      'Mock gateway: the audit worker did not start or stopped during its build; building in the page instead.',
    );
    fallback = createMemoryEngine(config);
    await fallback.ensure();
    return fallback;
  };

  return {
    kind: 'memory',
    status: () => fallback?.status() ?? progress,
    isReady: () => fallback?.isReady() ?? ready,
    ensure() {
      if (!running) {
        progress = { ...progress, status: 'bezig', fase: 'genereren' };
        running = post({ call: 'ensure' }).then(
          () => {
            ready = true;
          },
          async (error: unknown) => {
            if (!(error instanceof WorkerFailed)) throw error;
            await inPage();
          },
        );
      }
      return running;
    },
    async subjectByPseudonym(pseudonym: string) {
      if (fallback) return fallback.subjectByPseudonym(pseudonym);
      return (await post({ call: 'subjectByPseudonym', pseudonym })) as SubjectInfo | undefined;
    },
    async count(query: Query) {
      if (fallback) return fallback.count(query);
      return (await post({ call: 'count', query })) as number;
    },
    async page(query: Query, sort: Sort, cursor: CursorState | undefined, limit: number) {
      if (fallback) return fallback.page(query, sort, cursor, limit);
      return (await post({ call: 'page', query, sort, cursor, limit })) as PageResult | undefined;
    },
    async aggregate(query: Query) {
      if (fallback) return fallback.aggregate(query);
      return (await post({ call: 'aggregate', query })) as Aggregates;
    },
    async *stream(query: Query, sort: Sort, limit: number) {
      if (fallback) {
        yield* fallback.stream(query, sort, limit);
        return;
      }
      const stream = (await post({ call: 'stream', query, sort, limit })) as number;
      let done = false;
      try {
        for (;;) {
          const chunk = (await post({ call: 'next', stream })) as AuditRecord[] | null;
          if (!chunk) {
            done = true;
            return;
          }
          yield chunk;
        }
      } finally {
        // Cancelled before the end (the download was stopped): let the worker drop its iterator.
        if (!done && port) void post({ call: 'return', stream }).catch(() => undefined);
      }
    },
    async close() {
      fail(new Error('audit engine closed'));
      ready = false;
      running = undefined;
      const f = fallback;
      fallback = undefined;
      await f?.close();
    },
  };
}
