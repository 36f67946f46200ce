/**
 * The audit store at scale (issue 15): the Node gateway (`npm run mock-api`, DuckDB) with
 * 1,000,000 and 100,000,000 records, measured from outside, as an auditor would use it.
 *
 * For each size it starts `scripts/mock-api.mjs` as a child process with AUDIT_RECORDS set;
 * the gateway builds its DuckDB file (or reuses the one in node_modules/.cache, built by an
 * earlier run with the same generator) and this script:
 *  - reads the build time (the gateway's own measurement, stored in the file) and whether it
 *    was built in this run;
 *  - samples the gateway's resident memory (/proc/<pid>/status: VmRSS now, VmHWM peak);
 *  - signs in as the AP auditor (the widest remit) and times the 20-query set
 *    (mocks/data/audit/bench-queries.ts: first page of 100, and the aggregates of the same
 *    filters) over HTTP: one cold pass, then `passes` measured passes; median and p95;
 *  - times a subject timeline and a 100,000-row CSV export.
 * Goals (issue 15, at ≥ 100,000,000 records): query p95 ≤ 500 ms, aggregates ≤ 1 s,
 * resident memory ≤ 2 GB.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { createServer as createVite } from 'vite';
import { median, percentile } from './stats.mjs';

const r1 = (v) => Math.round(v * 10) / 10;
const mb = (kb) => Math.round(kb / 1024);

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

function memoryOf(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name) => Number(status.match(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm'))?.[1] ?? 0);
  return { rssKB: kb('VmRSS'), peakKB: kb('VmHWM') };
}

/** The cache files of one size, so `--fresh` can force a rebuild. */
function cacheFiles(root, records) {
  const dir = path.join(root, 'node_modules/.cache/mijn-gegevens-audit');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(`-${records}.duckdb`))
    .map((f) => path.join(dir, f));
}

async function measureOne({ root, records, passes, fresh, memoryLimit, log, queries, subjectQuery }) {
  if (fresh) for (const f of cacheFiles(root, records)) rmSync(f, { force: true });
  const port = await freePort();
  const child = spawn(process.execPath, ['scripts/mock-api.mjs'], {
    cwd: root,
    env: {
      ...process.env,
      AUDIT_RECORDS: String(records),
      MOCK_API_PORT: String(port),
      AUDIT_CACHE: 'on',
      ...(memoryLimit ? { AUDIT_DUCKDB_MEMORY: memoryLimit } : {}),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const base = `http://127.0.0.1:${port}/api`;
  const started = performance.now();
  try {
    // Wait for the gateway, then for its audit store (it starts building at start-up).
    let cookie = '';
    for (;;) {
      if (child.exitCode !== null) throw new Error(`gateway exited: ${output}`);
      try {
        const r = await fetch(`${base}/auth/session`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ auditor: 'ap-toezicht' }),
        });
        if (r.status === 201) {
          cookie = r.headers.getSetCookie()[0].split(';')[0];
          break;
        }
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 500));
    }
    const get = (p) => fetch(`${base}${p}`, { headers: { Cookie: cookie } });
    let status;
    let built = false;
    let lastLog = 0;
    const memorySamples = [];
    for (;;) {
      status = await (await get('/audit/status')).json();
      memorySamples.push(memoryOf(child.pid).rssKB);
      // A store reused from the cache is ready at once; one being built reports its phases.
      if (status.status === 'bezig' && status.records > 0) built = true;
      if (status.status === 'klaar') break;
      if (performance.now() - lastLog > 30_000) {
        lastLog = performance.now();
        log(
          `  ${records.toLocaleString('en')}: ${status.fase} ${status.records.toLocaleString('en')} records (${Math.round((performance.now() - started) / 1000)} s, RSS ${mb(memoryOf(child.pid).rssKB)} MB)`,
        );
      }
      await new Promise((r) => setTimeout(r, 1000));
    }
    const readyMs = performance.now() - started;
    const afterBuild = memoryOf(child.pid);

    const time = async (endpoint, q) => {
      const t0 = performance.now();
      const response = await get(`/audit/${endpoint}?${q}${endpoint === 'records' ? `${q ? '&' : ''}limit=100` : ''}`);
      const body = await response.json();
      if (response.status !== 200) throw new Error(`${endpoint}?${q}: ${response.status} ${JSON.stringify(body)}`);
      return { q, ms: performance.now() - t0, totaal: body.totaal };
    };
    const pass = async (endpoint) => {
      const out = [];
      for (const q of queries) out.push(await time(endpoint, q));
      return out;
    };
    const coldSearch = await pass('records');
    const coldAggregates = await pass('aggregates');
    const search = [];
    const aggregates = [];
    for (let p = 0; p < passes; p++) {
      search.push(...(await pass('records')));
      aggregates.push(...(await pass('aggregates')));
    }
    const summary = (samples) => ({
      medianMs: r1(median(samples.map((s) => s.ms))),
      p95Ms: r1(
        percentile(
          samples.map((s) => s.ms),
          95,
        ),
      ),
      maxMs: r1(Math.max(...samples.map((s) => s.ms))),
    });
    // A subject timeline (a test person) and a capped CSV export.
    const timeline = await time('records', subjectQuery);
    const t0 = performance.now();
    const exported = await get('/audit/export?uitvoering=systeem');
    const csv = await exported.text();
    const exportMs = performance.now() - t0;
    const serving = memoryOf(child.pid);
    const perQuery = queries.map((q) => {
      const s = search.filter((x) => x.q === q).map((x) => x.ms);
      const a = aggregates.filter((x) => x.q === q).map((x) => x.ms);
      return { q, searchMs: r1(median(s)), aggregatesMs: r1(median(a)), totaal: search.find((x) => x.q === q).totaal };
    });
    return {
      records: status.records,
      target: records,
      builtInThisRun: built,
      buildMs: status.duurMs,
      readyMs: Math.round(readyMs),
      memory: {
        peakDuringRunMB: mb(Math.max(afterBuild.peakKB, serving.peakKB)),
        afterBuildMB: mb(afterBuild.rssKB),
        servingMB: mb(serving.rssKB),
        maxSampledWhileBuildingMB: mb(Math.max(...memorySamples)),
        duckdbMemoryLimit: memoryLimit ?? '1GB',
        duckdbBuildMemoryLimit: process.env.AUDIT_DUCKDB_BUILD_MEMORY ?? '512MB',
      },
      query: { ...summary(search), cold: summary(coldSearch) },
      aggregates: { ...summary(aggregates), cold: summary(coldAggregates) },
      timelineMs: r1(timeline.ms),
      timelineRecords: timeline.totaal,
      export: {
        rows: Number(exported.headers.get('x-export-rows')),
        lines: csv.split('\n').length - 2,
        ms: Math.round(exportMs),
      },
      perQuery,
      goals: { queryP95Ms: 500, aggregatesMaxMs: 1000, memoryMB: 2048 },
    };
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

export async function runAuditScaleBench({
  root,
  sizes,
  passes = 3,
  fresh = false,
  memoryLimit,
  log = () => undefined,
}) {
  // The query set and a test person's pseudonym come from the mocks (TypeScript, via Vite).
  const vite = await createVite({
    root,
    server: { middlewareMode: true, hmr: false, watch: null },
    appType: 'custom',
    logLevel: 'error',
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  let queries;
  let subjectQuery;
  try {
    queries = (await vite.ssrLoadModule('/mocks/data/audit/bench-queries.ts')).benchQueries();
    subjectQuery = `pseudoniem=${(await vite.ssrLoadModule('/mocks/data/audit/universe.ts')).pseudonymFor('999994669')}`;
  } finally {
    await vite.close();
  }
  const results = [];
  for (const records of sizes) {
    log(`audit-scale: ${records.toLocaleString('en')} records${fresh ? ' (fresh build)' : ''}`);
    results.push(await measureOne({ root, records, passes, fresh, memoryLimit, log, queries, subjectQuery }));
  }
  return results;
}

export function auditScaleRows(r) {
  const n = r.records.toLocaleString('en');
  const aggMax = Math.max(...r.perQuery.map((q) => q.aggregatesMs));
  return [
    [
      `${n}: store`,
      `${r.builtInThisRun ? 'built in this run' : 'reused from node_modules/.cache'}; build ${(r.buildMs / 1000).toFixed(0)} s (generate, anomaly rules in SQL, sort, rollup)`,
    ],
    [
      `${n}: gateway resident memory`,
      `peak ${r.memory.peakDuringRunMB} MB${r.builtInThisRun ? ' (while building)' : ''}, serving ${r.memory.servingMB} MB (DuckDB memory_limit ${r.memory.duckdbBuildMemoryLimit} building, ${r.memory.duckdbMemoryLimit} serving; goal ≤ 2048 MB)`,
    ],
    [
      `${n}: 20 searches (first page of 100)`,
      `median ${r.query.medianMs} ms, p95 ${r.query.p95Ms} ms, max ${r.query.maxMs} ms (cold pass p95 ${r.query.cold.p95Ms} ms; goal p95 ≤ 500 ms)`,
    ],
    [
      `${n}: aggregates, same 20 filters`,
      `median ${r.aggregates.medianMs} ms, p95 ${r.aggregates.p95Ms} ms, slowest query's median ${aggMax} ms (goal ≤ 1000 ms)`,
    ],
    [`${n}: subject timeline`, `${r.timelineMs} ms (${r.timelineRecords} records)`],
    [`${n}: CSV export`, `${r.export.rows.toLocaleString('en')} rows streamed in ${(r.export.ms / 1000).toFixed(1)} s`],
  ];
}
