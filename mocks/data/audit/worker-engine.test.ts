/**
 * The browser's worker engine (issue 16) answers exactly as the memory engine does. No real
 * Worker here: the worker's message handler (worker-protocol.ts) runs in-process behind a port
 * that copies every message with structuredClone and delivers it on a later task, as
 * postMessage does, so whatever does not survive the trip (a Map, a class, a function) fails here.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { benchQueries } from './bench-queries';
import type { AuditEngine, AuditRecord, CursorState, Progress, Query, Sort } from './engine';
import { createMemoryEngine } from './memory-engine';
import { remit } from './remits';
import { parseSearch } from './request';
import { pseudonymFor } from './universe';
import { createWorkerEngine, type AuditPort } from './worker-engine';
import { serveAuditEngine, type WorkerCall, type WorkerMessage } from './worker-protocol';

const TARGET = 30_000;

function inProcessWorker() {
  const listeners: Record<'message' | 'error', Array<(event: { data: WorkerMessage }) => void>> = {
    message: [],
    error: [],
  };
  const calls: WorkerCall[] = [];
  const progress: Progress[] = [];
  let terminated = false;
  /** As a worker that dies: its 'error' event, and nothing answers any more. */
  const crash = () => {
    terminated = true;
    for (const l of listeners.error) l({ data: { type: 'progress', progress: memory.status() } });
  };
  const serve = serveAuditEngine((message) => {
    const data = structuredClone(message);
    if (data.type === 'progress') progress.push(data.progress);
    setTimeout(() => {
      if (!terminated) for (const l of listeners.message) l({ data });
    }, 0);
  });
  const port: AuditPort = {
    postMessage(message) {
      const copy = structuredClone(message);
      calls.push(copy);
      setTimeout(() => void serve(copy), 0);
    },
    addEventListener(type, listener) {
      listeners[type].push(listener);
    },
    terminate() {
      terminated = true;
    },
  };
  return { port, calls, progress, crash };
}

async function all(engine: AuditEngine, q: Query, sort: Sort, limit: number): Promise<AuditRecord[]> {
  const out: AuditRecord[] = [];
  for await (const chunk of engine.stream(q, sort, limit)) out.push(...chunk);
  return out;
}

async function walk(engine: AuditEngine, q: Query, sort: Sort) {
  const pages: unknown[] = [];
  let cursor: CursorState | undefined;
  for (let p = 0; p < 3; p++) {
    const page = await engine.page(q, sort, cursor, 41);
    pages.push(page);
    cursor = page?.next;
    if (!cursor) break;
  }
  return pages;
}

const memory = createMemoryEngine({ target: TARGET });
const worker = inProcessWorker();
const viaWorker = createWorkerEngine({ target: TARGET }, () => worker.port);

describe('the audit engine behind a worker port', () => {
  beforeAll(async () => {
    expect(viaWorker.status().status).toBe('niet-gestart');
    expect(viaWorker.isReady()).toBe(false);
    await Promise.all([memory.ensure(), viaWorker.ensure()]);
  }, 120_000);
  afterAll(async () => {
    await Promise.all([memory.close(), viaWorker.close()]);
  });

  it('reports the build progress pushed from the worker, ending where the memory engine ends', () => {
    expect(viaWorker.isReady()).toBe(true);
    expect(worker.progress.some((p) => p.status === 'bezig')).toBe(true);
    const { duurMs: _a, ...fromWorker } = viaWorker.status();
    const { duurMs: _b, ...inProcess } = memory.status();
    expect(fromWorker).toEqual(inProcess);
    expect(fromWorker.status).toBe('klaar');
  });

  const r = remit('ap');
  it.each(benchQueries().slice(0, 12))('gives the same count, aggregates and pages for %s', async (qs) => {
    const parsed = await parseSearch(new URLSearchParams(qs), r, memory, false);
    if ('error' in parsed) throw new Error(`unexpected: ${qs}`);
    const q = parsed.query;
    expect(await viaWorker.count(q)).toBe(await memory.count(q));
    expect(await viaWorker.aggregate(q)).toEqual(await memory.aggregate(q));
    expect(await walk(viaWorker, q, parsed.sort)).toEqual(await walk(memory, q, parsed.sort));
  });

  it('resolves pseudonyms and refuses foreign cursors as the memory engine does', async () => {
    for (const key of ['999993653', 'SYN0000001', 'nobody'])
      expect(await viaWorker.subjectByPseudonym(pseudonymFor(key))).toEqual(
        await memory.subjectByPseudonym(pseudonymFor(key)),
      );
    const everything = (await parseSearch(new URLSearchParams(''), r, memory, false)) as { query: Query };
    expect(await viaWorker.page(everything.query, 'tijd', [1, 2], 10)).toBeUndefined();
  });

  it('streams the export in the same chunks, and lets the worker drop an export cut short', async () => {
    const parsed = await parseSearch(new URLSearchParams('sorteer=-organisatie'), r, memory, false);
    if ('error' in parsed) throw new Error('parse');
    const [a, b] = await Promise.all([
      all(viaWorker, parsed.query, parsed.sort, 4500),
      all(memory, parsed.query, parsed.sort, 4500),
    ]);
    expect(a).toHaveLength(4500);
    expect(a).toEqual(b);

    for await (const chunk of viaWorker.stream(parsed.query, parsed.sort, 10_000)) {
      expect(chunk.length).toBeGreaterThan(0);
      break;
    }
    await vi.waitFor(() => expect(worker.calls.at(-1)?.call).toBe('return'));
  });
});

describe('a worker that dies after its build', () => {
  it('is replaced by a new worker that builds again', { timeout: 120_000 }, async () => {
    const started: Array<ReturnType<typeof inProcessWorker>> = [];
    const engine = createWorkerEngine({ target: 5_000 }, () => {
      started.push(inProcessWorker());
      return started.at(-1)!.port;
    });
    try {
      await engine.ensure();
      const q = ((await parseSearch(new URLSearchParams(''), remit('ap'), engine, false)) as { query: Query }).query;
      const total = await engine.count(q);
      started[0]!.crash();
      expect(engine.isReady()).toBe(false);
      expect(engine.status().status).toBe('niet-gestart');
      await engine.ensure();
      expect(started).toHaveLength(2);
      expect(await engine.count(q)).toBe(total);
    } finally {
      await engine.close();
    }
  });
});

describe('a worker that does not start', () => {
  it('falls back to building in the page, with a warning, and still answers', { timeout: 120_000 }, async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    let onError: (() => void) | undefined;
    const broken: AuditPort = {
      postMessage: () => setTimeout(() => onError?.(), 0),
      addEventListener: (type, listener) => {
        if (type === 'error') onError = () => listener({ data: { type: 'progress', progress: memory.status() } });
      },
      terminate: () => undefined,
    };
    const engine = createWorkerEngine({ target: 5_000 }, () => broken);
    const small = createMemoryEngine({ target: 5_000 });
    try {
      await Promise.all([engine.ensure(), small.ensure()]);
      expect(engine.isReady()).toBe(true);
      expect(warn).toHaveBeenCalledOnce();
      const q = (
        (await parseSearch(new URLSearchParams('uitvoering=mens'), remit('ap'), small, false)) as { query: Query }
      ).query;
      expect(await engine.count(q)).toBe(await small.count(q));
    } finally {
      warn.mockRestore();
      await Promise.all([engine.close(), small.close()]);
    }
  });
});
