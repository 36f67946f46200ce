/**
 * The in-page audit engine: the universe as typed-array columns (universe.ts), queried by
 * query.ts. The browser-only mode (MSW in the page) and Vitest's in-process gateway use it;
 * it keeps a few million records at most. The Node gateway uses duckdb-engine.ts instead.
 */
import type { AuditConfig } from './config';
import {
  toAuditRecord,
  buildAggregates,
  type AuditEngine,
  type Progress,
  type Query,
  type Sort,
  type SubjectInfo,
  type AuditRecord,
} from './engine';
import { countMatches, groups, rowOf, scan, searchPage } from './query';
import { buildUniverse, type Universe } from './universe';

const EXPORT_CHUNK = 2000;

export type MemoryEngine = AuditEngine & { universe(): Universe | undefined };

export function createMemoryEngine(config: AuditConfig): MemoryEngine {
  const target = config.target;
  let universe: Universe | undefined;
  let running: Promise<void> | undefined;
  let progress: Progress = { status: 'niet-gestart', fase: 'genereren', records: 0, doel: target, voortgang: 0 };
  const ready = (): Universe => {
    if (!universe) throw new Error('audit universe not ready');
    return universe;
  };
  const record = (u: Universe, i: number): AuditRecord => toAuditRecord(rowOf(u, i));

  return {
    kind: 'memory',
    universe: () => universe,
    status: () => progress,
    isReady: () => universe !== undefined,
    ensure() {
      running ??= buildUniverse(target, (fase, records) => {
        const voortgang =
          fase === 'genereren'
            ? Math.min(0.9, (records / Math.max(1, target)) * 0.9)
            : fase === 'analyseren'
              ? 0.9
              : 0.95;
        progress = { status: 'bezig', fase, records, doel: target, voortgang };
      }).then((u) => {
        universe = u;
        progress = {
          status: 'klaar',
          fase: 'klaar',
          records: u.length,
          doel: target,
          voortgang: 1,
          duurMs: u.generationMs,
        };
      });
      return running;
    },
    async subjectByPseudonym(pseudonym: string): Promise<SubjectInfo | undefined> {
      const u = ready();
      const s = u.subjects.bySeudonym.get(pseudonym);
      if (s === undefined) return undefined;
      return {
        subject: s,
        key: u.subjects.keys[s]!,
        idType: u.subjects.idType[s] === 'BSN' ? 'BSN' : 'SYNTHETISCH',
        secret: u.subjects.secret[s] === 1,
        pseudonym,
      };
    },
    async count(q: Query) {
      return countMatches(ready(), q);
    },
    async page(q: Query, sort: Sort, cursor, limit) {
      const u = ready();
      let from = 0;
      if (cursor !== undefined) {
        if (cursor.length !== 1 || !Number.isSafeInteger(cursor[0]) || cursor[0]! < 0) return undefined;
        from = cursor[0]!;
      }
      const page = searchPage(u, q, sort, from, limit);
      return {
        totaal: page.totaal,
        records: page.indices.map((i) => record(u, i)),
        next: page.next === undefined ? undefined : [page.next],
      };
    },
    async aggregate(q: Query) {
      return buildAggregates(groups(ready(), q));
    },
    async *stream(q: Query, sort: Sort, limit: number) {
      const u = ready();
      let sent = 0;
      let chunk: AuditRecord[] = [];
      for (const i of scan(u, q, sort)) {
        if (sent >= limit) break;
        chunk.push(record(u, i));
        sent++;
        if (chunk.length === EXPORT_CHUNK) {
          yield chunk;
          chunk = [];
        }
      }
      if (chunk.length) yield chunk;
    },
    async close() {
      universe = undefined;
      running = undefined;
    },
  };
}
