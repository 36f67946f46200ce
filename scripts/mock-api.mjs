#!/usr/bin/env node
/**
 * `npm run mock-api`: serves the mock gateway (mocks/server.ts) over HTTP. It is loaded through
 * Vite's SSR module loader so the mocks can import data the way the browser build does
 * (JSON, `?raw` CSV) without a separate build step.
 */
import process from 'node:process';
import { createServer } from 'vite';

const port = Number(process.env.MOCK_API_PORT ?? 9090);
const vite = await createServer({
  // Its own cache: in node_modules/.vite it wrote a dependency list of its own (React's plugin adds
  // react and its JSX runtime even with discovery off), and a `npm run dev` running in the same
  // checkout then answered its pages' imports with "504 Outdated Optimize Dep": they showed "could
  // not be loaded" (3 December). The e2e suite and the bench start this script too.
  cacheDir: 'node_modules/.vite-mock-api',
  server: { middlewareMode: true, hmr: false, ws: false, watch: null },
  appType: 'custom',
  optimizeDeps: { noDiscovery: true, include: [] },
  logLevel: 'warn',
});
const { startMockApi } = await vite.ssrLoadModule('/mocks/server.ts');
const server = await startMockApi(port);
// The port actually bound (MOCK_API_PORT=0 picks a free one; the e2e setup reads this line).
const bound = server.address().port;
process.stdout.write(`Mock gateway on http://127.0.0.1:${bound}/api (Ctrl+C stops it)\n`);

// The auditor universe (issue 15: DuckDB, cached under node_modules/.cache) is built now, in
// the background, so the first auditor does not wait; AUDIT_RECORDS sets its size.
const { auditEngine } = await vite.ssrLoadModule('/mocks/data/audit/index.ts');
const engine = auditEngine();
engine
  .ensure()
  .then(() => {
    const s = engine.status();
    process.stdout.write(
      `Audit store ready (${engine.kind}): ${s.records.toLocaleString('en')} records, built in ${((s.duurMs ?? 0) / 1000).toFixed(1)} s\n`,
    );
  })
  .catch((error) =>
    process.stderr.write(`Audit store failed: ${error instanceof Error ? error.message : String(error)}\n`),
  );

const stop = async () => {
  server.close();
  await vite.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
