/**
 * Building the DuckDB audit store (issue 15), once per generator version and size: the
 * generator of universe.ts streams into DuckDB, the anomaly rules run as SQL
 * (sql-build.ts), and the records are written clustered by (org, start, id), again by
 * (subject, start, id), with a daily rollup. Node only. Everything here shapes the stored data, so it is part of the cache
 * fingerprint (duckdb-engine.ts `generatorFingerprint`).
 */
import duckdbApi, { type DuckDBConnection, type DuckDBInstance } from '@duckdb/node-api';
import bindings from '@duckdb/node-bindings';
import { LOG_FROM, LOG_TO } from '../verwerkingen/events';
import {
  ACTIVITY_AFTER_DEATH,
  ACTIVITY_KNOWN,
  ACTIVITY_MASK,
  ACTIVITY_ORG,
  ACTIVITY_PRIVATE,
  AUDIT_ACTIVITIES,
} from './catalog';
import type { Progress } from './engine';
import { buildSteps } from './sql-build';
import { generateUniverse, pseudonymFor, type Batch, type SubjectTable } from './universe';

const {
  DuckDBDataChunk,
  DuckDBUIntegerType,
  DuckDBDoubleType,
  DuckDBUSmallIntType,
  DuckDBUTinyIntType,
  DuckDBSmallIntType,
} = duckdbApi;

/** Bump when the schema or the build changes in a way the file hash cannot see. */
export const SCHEMA_VERSION = 'audit-duckdb-5';

/**
 * Generates the universe into an open, empty database: streamed batches into `staging`
 * (one memcpy per column vector), the cross-record anomaly rules as SQL, then the clustered
 * `records` table and its `daily` rollup. `onProgress` gets the API's progress shape.
 */
export async function buildStore(
  instance: DuckDBInstance,
  target: number,
  onProgress: (p: Progress) => void,
  cancelled: () => boolean,
): Promise<void> {
  const started = performance.now();
  const c = await instance.connect();
  try {
    await c.run(`
      CREATE TABLE activities (activity USMALLINT, org USMALLINT, known BOOLEAN, mask UINTEGER, after_death BOOLEAN, private BOOLEAN);
      CREATE TABLE staging (id UINTEGER, subject UINTEGER, start DOUBLE, activity USMALLINT, categories UINTEGER, flags UTINYINT, seq UINTEGER, trace_seq UINTEGER, recipient SMALLINT);
      CREATE TABLE subjects (subject UINTEGER, key VARCHAR, id_type VARCHAR, hash UINTEGER, secret BOOLEAN, death BIGINT, pseudonym VARCHAR);
      CREATE TABLE meta (key VARCHAR, value VARCHAR);`);
    const acts = await c.createAppender('activities');
    for (let a = 0; a < AUDIT_ACTIVITIES.length; a++) {
      acts.appendUSmallInt(a);
      acts.appendUSmallInt(ACTIVITY_ORG[a]!);
      acts.appendBoolean(ACTIVITY_KNOWN[a] === 1);
      acts.appendUInteger(ACTIVITY_MASK[a]!);
      acts.appendBoolean(ACTIVITY_AFTER_DEATH[a] === 1);
      acts.appendBoolean(ACTIVITY_PRIVATE[a] === 1);
      acts.endRow();
    }
    acts.closeSync();

    // 1. Generate, streaming batches into the staging table (one memcpy per column vector).
    const appender = await c.createAppender('staging');
    const types = [
      DuckDBUIntegerType.instance,
      DuckDBUIntegerType.instance,
      DuckDBDoubleType.instance,
      DuckDBUSmallIntType.instance,
      DuckDBUIntegerType.instance,
      DuckDBUTinyIntType.instance,
      DuckDBUIntegerType.instance,
      DuckDBUIntegerType.instance,
      DuckDBSmallIntType.instance,
    ];
    const chunk = DuckDBDataChunk.create(types);
    const vectorSize = bindings.vector_size();
    const sink = (b: Batch) => {
      if (cancelled()) throw new Error('audit engine closed during generation');
      const ids = new Uint32Array(b.length);
      for (let k = 0; k < b.length; k++) ids[k] = b.first + k;
      const columns = [ids, b.subject, b.start, b.activity, b.categories, b.flags, b.seq, b.traceSeq, b.recipient];
      for (let off = 0; off < b.length; off += vectorSize) {
        const n = Math.min(vectorSize, b.length - off);
        columns.forEach((col, k) => {
          const vector = bindings.data_chunk_get_vector(chunk.chunk, k);
          bindings.copy_data_to_vector(
            vector,
            0,
            col.buffer as ArrayBuffer,
            col.byteOffset + off * col.BYTES_PER_ELEMENT,
            n * col.BYTES_PER_ELEMENT,
          );
        });
        chunk.rowCount = n;
        appender.appendDataChunk(chunk);
      }
    };
    const { subjects, records } = await generateUniverse(target, sink, {
      batchRecords: 1 << 20,
      onProgress: (n) =>
        onProgress({
          status: 'bezig',
          fase: 'genereren',
          records: n,
          doel: target,
          voortgang: Math.min(0.6, (n / Math.max(1, target)) * 0.6),
        }),
    });
    appender.closeSync();
    await appendSubjects(c, subjects);
    const generatorMs = performance.now() - started;

    // 2. The anomaly rules that look across records, as SQL over the human look-ups.
    onProgress({ status: 'bezig', fase: 'analyseren', records, doel: target, voortgang: 0.6 });
    const steps = buildSteps(LOG_FROM, LOG_TO);
    await c.run(steps.spikes);
    await c.run(steps.repeats);

    // 3. The final store, clustered by (org, start, id), with every anomaly bit, and its daily rollup.
    onProgress({ status: 'bezig', fase: 'indexeren', records, doel: target, voortgang: 0.7 });
    await c.run(steps.records);
    await c.run('DROP TABLE staging; DROP TABLE spikes; DROP TABLE repeats;');
    onProgress({ status: 'bezig', fase: 'indexeren', records, doel: target, voortgang: 0.8 });
    // The same rows ordered by subject: a person's timeline, and whether the person is in a
    // remit at all, are then a few row groups instead of a scan of every record.
    await c.run('CREATE TABLE records_by_subject AS SELECT * FROM records ORDER BY subject, start, id');
    onProgress({ status: 'bezig', fase: 'indexeren', records, doel: target, voortgang: 0.9 });
    await c.run(`
      CREATE TABLE daily AS
      SELECT org, day, activity, categories, flags & 1 = 1 AS human, anomalies, count(*) AS n
      FROM records GROUP BY ALL ORDER BY org, day`);
    const meta: Record<string, string> = {
      version: SCHEMA_VERSION,
      target: String(target),
      records: String(records),
      subjects: String(subjects.keys.length),
      generationMs: String(Math.round(performance.now() - started)),
      generatorMs: String(Math.round(generatorMs)),
    };
    await c.run(
      `INSERT INTO meta VALUES ${Object.keys(meta)
        .map((_, k) => `($${2 * k + 1}, $${2 * k + 2})`)
        .join(', ')}`,
      Object.entries(meta).flat(),
    );
    await c.run('CHECKPOINT');
  } finally {
    c.closeSync();
  }
}

async function appendSubjects(c: DuckDBConnection, s: SubjectTable): Promise<void> {
  const a = await c.createAppender('subjects');
  for (let k = 0; k < s.keys.length; k++) {
    a.appendUInteger(k);
    a.appendVarchar(s.keys[k]!);
    a.appendVarchar(s.idType[k]!);
    a.appendUInteger(s.hash[k]!);
    a.appendBoolean(s.secret[k] === 1);
    const d = s.death[k]!;
    if (Number.isNaN(d)) a.appendNull();
    else a.appendBigInt(BigInt(d));
    a.appendVarchar(pseudonymFor(s.keys[k]!));
    a.endRow();
  }
  a.closeSync();
}
