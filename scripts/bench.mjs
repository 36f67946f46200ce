#!/usr/bin/env node
/**
 * `npm run bench`: numbers, not pass/fail. Builds the production bundle (mocks off), serves it
 * the way production does (nginx with deploy/nginx's configuration: gzip/brotli, cache headers;
 * scripts/lib/nginx-server.mjs) in front of the HTTP mock gateway, and measures in headless
 * Chromium. Since 2026-12-03 (afternoon) the gateway runs in its own process at the lowest CPU
 * priority (scripts/lib/gateway-process.mjs): before, its CPU time was charged to the page. Before 2026-12-03 it used `vite preview`, which sends every file uncompressed: the
 * Lighthouse figures of earlier runs (bench/results.md history) paid ~3× the bytes on slow 4G.
 * Prints a table and writes bench/results.json and bench/results.md.
 *
 *   node scripts/bench.mjs [--runs=5] [--lighthouse-runs=3] [--no-lighthouse] [--only=log|audit|audit-scale|mocks-on|lighthouse [--pages=a,b] [--profiles=mobile]]
 *
 * A full run measures, in this order: bundle sizes per route; sign-in → overview; the
 * processing log with the ≥ 10,000-event person (scripts/lib/log-bench.mjs: keystroke → rows,
 * JS heap); the auditor workspace on 1,000,000 records in the browser (scripts/lib/
 * audit-bench.mjs: generation, memory, query and aggregate latency); Lighthouse.
 *
 * --only=log runs just the processing-log part and merges its numbers into the existing
 * results; --only=mocks-on measures only the mocks-on sign-in page (issue 16: what `npm run dev`
 * and a demo deployment serve; scripts/lib/mocks-on-bench.mjs) and merges its lines into the
 * existing results; --only=audit runs only the auditor part and writes bench/audit-results.{json,md}.
 * --only=audit-scale (issue 15) measures the Node gateway's DuckDB audit store at
 * 1,000,000 and 100,000,000 records (scripts/lib/audit-scale-bench.mjs; `--records=a,b`
 * picks the sizes, `--fresh` rebuilds the cached stores, `--passes=3`) and writes
 * bench/audit-scale-results.{json,md}. A first 100,000,000-record run builds its store
 * (tens of minutes on 2 cores); later runs reuse it from node_modules/.cache.
 *
 * Lighthouse (scripts/lib/lighthouse.mjs) is the slow part (pages × 2 profiles × 3 runs);
 * --no-lighthouse skips it.
 */
// Functions passed to page.waitForFunction/evaluate run in the browser, where these exist.
/* global document */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { bundleReport, kb } from './lib/bundle-report.mjs';
import { LIGHTHOUSE_PAGES, lighthouseRow, runLighthouse } from './lib/lighthouse.mjs';
import { benchLog, logRows } from './lib/log-bench.mjs';
import { auditRows, runAuditBench } from './lib/audit-bench.mjs';
import { buildMocksOn, mocksOnRows, runMocksOnBench } from './lib/mocks-on-bench.mjs';
import { auditScaleRows, runAuditScaleBench } from './lib/audit-scale-bench.mjs';
import { median, percentile } from './lib/stats.mjs';
import { chromePath, chromiumArgs } from './lib/chromium.mjs';
import { startNginx } from './lib/nginx-server.mjs';
import { startGatewayProcess } from './lib/gateway-process.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'bench/tmp/dist');
const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.split('=')[1] ?? 5);
const only = process.argv.find((a) => a.startsWith('--only='))?.split('=')[1];
const withLighthouse = !process.argv.includes('--no-lighthouse');
const lighthouseRuns = Number(process.argv.find((a) => a.startsWith('--lighthouse-runs='))?.split('=')[1] ?? 3);

const ms = (value) => Math.round(value);

async function main() {
  if (!existsSync(chromePath)) {
    throw new Error(
      `Chromium not found at ${chromePath}. Install it with: apt-get install -y chromium (or set CHROME_PATH)`,
    );
  }
  if (process.argv.includes('--only=audit')) {
    await auditOnly();
    return;
  }
  if (process.argv.includes('--only=audit-scale')) {
    await auditScaleOnly();
    return;
  }
  if (only === 'mocks-on') {
    await mocksOnOnly();
    return;
  }
  const results = {
    date: new Date().toISOString(),
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    node: process.version,
    runs,
  };

  // 1. Production build, mocks off: what a real deployment ships.
  process.env.NODE_ENV = 'production';
  process.env.VITE_MOCKS = 'off';
  const buildStart = performance.now();
  await build({ root, mode: 'production', logLevel: 'error', build: { outDir, emptyOutDir: true } });
  results.buildMs = ms(performance.now() - buildStart);
  const report = bundleReport(outDir);
  results.bundle = {
    initial: {
      jsGzipKB: kb(report.initial.js.gzip),
      jsBrotliKB: kb(report.initial.js.brotli),
      cssGzipKB: kb(report.initial.css.gzip),
      cssBrotliKB: kb(report.initial.css.brotli),
    },
    routes: Object.fromEntries(
      report.routes.map((route) => [
        route.route,
        { jsGzipKB: kb(route.js.gzip), jsBrotliKB: kb(route.js.brotli), cssGzipKB: kb(route.css.gzip) },
      ]),
    ),
  };

  // 2. The HTTP mock gateway (same handlers as everywhere) in a process of its own at the lowest
  // CPU priority (scripts/lib/gateway-process.mjs says why), and nginx in front of it.
  const gateway = await startGatewayProcess({ root, log: (line) => process.stderr.write(`${line}\n`) });
  const gatewayUrl = gateway.url;
  const server = await startNginx([{ dist: outDir, gateway: gatewayUrl }]);
  const appUrl = server.urls[0];
  const browser = await chromium.launch({ executablePath: chromePath, headless: true, args: chromiumArgs });

  try {
    if (only === 'lighthouse') {
      // `--only=lighthouse [--pages=overview,processing log]`: Lighthouse alone on some pages
      // (issue 16: re-measure what a change touched without the 15-minute full run). Prints only.
      const names = process.argv
        .find((a) => a.startsWith('--pages='))
        ?.slice('--pages='.length)
        .split(',');
      // `--profiles=mobile`: one profile only.
      const profiles = process.argv
        .find((a) => a.startsWith('--profiles='))
        ?.slice('--profiles='.length)
        .split(',');
      await browser.close();
      const lighthouse = await runLighthouse({
        appUrl,
        chromePath,
        chromeFlags: chromiumArgs,
        runs: lighthouseRuns,
        bsn: '999993653',
        pages: names ? LIGHTHOUSE_PAGES.filter((p) => names.includes(p.name)) : LIGHTHOUSE_PAGES,
        ...(profiles ? { profiles } : {}),
        log: (line) => process.stderr.write(`${line}\n`),
      });
      const load = os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ');
      for (const [k, v] of lighthouse.results.map(lighthouseRow)) console.log(`| ${k} | ${v} |`);
      console.log(`(load average at the end: ${load})`);
      return;
    }
    if (only === 'log') {
      results.log = await benchLog({ browser, appUrl, gatewayUrl, log: (line) => process.stderr.write(`${line}\n`) });
      await browser.close();
      return writeLogOnly(results);
    }
    // 3. Sign-in → all nine overview cards rendered, 0 ms mock latency, fresh context per run.
    const signInToCards = [];
    for (let i = 0; i < runs + 1; i++) {
      await fetch(`${gatewayUrl}/__mock/reset`, { method: 'POST' });
      const context = await browser.newContext({ baseURL: appUrl, locale: 'nl-NL' });
      const page = await context.newPage();
      await page.goto('/inloggen');
      const button = page.getByRole('button', { name: /^Inloggen als Suzanne Moulin/ });
      await button.waitFor();
      const started = performance.now();
      await button.click();
      await page.waitForFunction(
        () => document.querySelectorAll('[data-registry][data-status="success"]').length === 9,
        null,
        { timeout: 30_000 },
      );
      const elapsed = performance.now() - started;
      if (i > 0) signInToCards.push(elapsed); // the first run warms the server's caches
      const heap = await page.evaluate(() => (performance.memory ? performance.memory.usedJSHeapSize : null));
      if (i === runs) results.overviewHeapMB = heap ? Math.round((heap / 1024 / 1024) * 10) / 10 : null;
      await context.close();
    }
    results.signInToNineCardsMs = {
      median: ms(median(signInToCards)),
      p95: ms(percentile(signInToCards, 95)),
      samples: signInToCards.map(ms),
    };

    // 4. The processing log at scale (issue 4), same browser and build.
    await fetch(`${gatewayUrl}/__mock/reset`, { method: 'POST' });
    results.log = await benchLog({ browser, appUrl, gatewayUrl, log: (line) => process.stderr.write(`${line}\n`) });
    await browser.close();

    // 5. Mocks on (issue 16): one mocks-on build for the sign-in page's first paint and for the
    // auditor workspace on 1,000,000 records (issue 6), whose handlers run in the page.
    const mocksOnDir = await buildMocksOn(root);
    results.mocksOn = await runMocksOnBench({
      outDir: mocksOnDir,
      chromePath,
      chromiumArgs,
      runs,
      log: (line) => process.stderr.write(`${line}\n`),
    });
    results.audit = await runAuditBench({ root, chromePath, chromiumArgs: chromiumArgs, outDir: mocksOnDir });

    // 6. Lighthouse, in its own Chromium (chrome-launcher), against the same nginx.
    if (withLighthouse) {
      await fetch(`${gatewayUrl}/__mock/reset`, { method: 'POST' });
      results.lighthouse = await runLighthouse({
        appUrl,
        chromePath,
        chromeFlags: chromiumArgs,
        runs: lighthouseRuns,
        bsn: '999993653',
        log: (line) => process.stderr.write(`${line}\n`),
      });
    } else {
      results.lighthouse = null;
    }
  } finally {
    await browser.close();
    await server.stop();
    await gateway.stop();
  }

  // 7. Report.
  const rows = [
    ['Machine', `${results.cpus} CPUs (${results.cpuModel}), Node ${results.node}`],
    ['Date', results.date],
    [
      'Initial JS (sign-in route)',
      `${results.bundle.initial.jsGzipKB} KB gzip / ${results.bundle.initial.jsBrotliKB} KB brotli`,
    ],
    ['Initial CSS', `${results.bundle.initial.cssGzipKB} KB gzip / ${results.bundle.initial.cssBrotliKB} KB brotli`],
    ...Object.entries(results.bundle.routes).map(([name, size]) => [
      `Route ${name} (lazy JS)`,
      `${size.jsGzipKB} KB gzip / ${size.jsBrotliKB} KB brotli`,
    ]),
    [
      'Sign-in → 9 cards rendered',
      `median ${results.signInToNineCardsMs.median} ms, p95 ${results.signInToNineCardsMs.p95} ms (${runs} runs)`,
    ],
    ['JS heap after overview', results.overviewHeapMB === null ? 'n/a' : `${results.overviewHeapMB} MB`],
    ...logRows(results.log),
    ...mocksOnRows(results.mocksOn),
    ...auditRows(results.audit),
    ...(results.lighthouse
      ? [
          ...results.lighthouse.results.map(lighthouseRow),
          [
            'Lighthouse run time',
            `${(results.lighthouse.runMs / 1000).toFixed(0)} s (Lighthouse ${results.lighthouse.lighthouseVersion}, ${lighthouseRuns} runs per page and profile)`,
          ],
        ]
      : [['Lighthouse', 'skipped (--no-lighthouse)']]),
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  console.log('\nMijn Gegevens benchmark');
  for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
  const failures = lighthouseFailures(results.lighthouse);
  if (failures) console.log(failures);
  mkdirSync(path.join(root, 'bench'), { recursive: true });
  writeFileSync(path.join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(
    path.join(root, 'bench/results.md'),
    `# Benchmark results\n\nProduced by \`npm run bench\`.\n\n| Measure | Result |\n|---|---|\n${rows.map(([k, v]) => `| ${k} | ${v} |`).join('\n')}\n${lighthouseFailures(results.lighthouse)}`,
  );
}

/**
 * `--only=log`: print the log numbers and merge them into bench/results.{json,md}, keeping
 * the other measurements of the last full run.
 */
function writeLogOnly(results) {
  const rows = logRows(results.log);
  const width = Math.max(...rows.map(([k]) => k.length));
  console.log('\nMijn Gegevens benchmark: processing log');
  for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
  mkdirSync(path.join(root, 'bench'), { recursive: true });
  const jsonPath = path.join(root, 'bench/results.json');
  const previous = existsSync(jsonPath) ? JSON.parse(readFileSync(jsonPath, 'utf8')) : {};
  writeFileSync(
    jsonPath,
    `${JSON.stringify({ ...previous, log: { ...results.log, date: results.date, cpus: results.cpus, cpuModel: results.cpuModel } }, null, 2)}\n`,
  );
  const mdPath = path.join(root, 'bench/results.md');
  const md = existsSync(mdPath) ? readFileSync(mdPath, 'utf8') : '# Benchmark results\n';
  const section = `## Processing log (\`node scripts/bench.mjs --only=log\`, ${results.date}, ${results.cpus} CPUs)\n\n| Measure | Result |\n|---|---|\n${rows.map(([k, v]) => `| ${k} | ${v} |`).join('\n')}\n`;
  const start = md.indexOf('## Processing log');
  const next = start < 0 ? -1 : md.indexOf('\n## ', start + 1);
  const merged =
    start < 0
      ? `${md.trimEnd()}\n\n${section}`
      : `${md.slice(0, start)}${section}${next < 0 ? '' : md.slice(next + 1)}`;
  writeFileSync(mdPath, merged);
}

/**
 * `--only=mocks-on`: the mocks-on sign-in page alone (issue 16); merges its lines into
 * bench/results.{json,md} in place, keeping the other measurements of the last full run.
 */
async function mocksOnOnly() {
  const mocksOn = {
    date: new Date().toISOString(),
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    ...(await runMocksOnBench({
      outDir: await buildMocksOn(root),
      chromePath,
      chromiumArgs,
      runs,
      log: (line) => process.stderr.write(`${line}\n`),
    })),
  };
  const rows = mocksOnRows(mocksOn);
  const width = Math.max(...rows.map(([k]) => k.length));
  console.log(`\nMijn Gegevens benchmark: mocks on (${mocksOn.date}, ${mocksOn.cpus} CPUs)`);
  for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
  mkdirSync(path.join(root, 'bench'), { recursive: true });
  const jsonPath = path.join(root, 'bench/results.json');
  const previous = existsSync(jsonPath) ? JSON.parse(readFileSync(jsonPath, 'utf8')) : {};
  writeFileSync(jsonPath, `${JSON.stringify({ ...previous, mocksOn }, null, 2)}\n`);
  const mdPath = path.join(root, 'bench/results.md');
  let md = existsSync(mdPath)
    ? readFileSync(mdPath, 'utf8')
    : '# Benchmark results\n\n| Measure | Result |\n|---|---|\n';
  for (const [k, v] of rows) {
    const line = `| ${k} | ${v} |`;
    const at = md.indexOf(`| ${k} |`);
    if (at >= 0) {
      const end = md.indexOf('\n', at);
      md = `${md.slice(0, at)}${line}${end < 0 ? '' : md.slice(end)}`;
    } else {
      // After the last "Log:" line of the main table (where a full run puts them), else at its end.
      const lines = md.split('\n');
      const lastLog = lines.findLastIndex((l) => l.startsWith('| Log:') || l.startsWith('| Mocks on:'));
      const lastRow = lines.findLastIndex((l) => l.startsWith('| '));
      lines.splice((lastLog >= 0 ? lastLog : lastRow) + 1, 0, line);
      md = lines.join('\n');
    }
  }
  writeFileSync(mdPath, md);
}

/** Which Lighthouse audits cost accessibility or best-practices points, per page and profile. */
/** `--only=audit`: the auditor workspace benchmark alone (issue 6). */
async function auditOnly() {
  const audit = {
    date: new Date().toISOString(),
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    node: process.version,
    ...(await runAuditBench({ root, chromePath, chromiumArgs: chromiumArgs })),
  };
  const rows = [
    ['Machine', `${audit.cpus} CPUs (${audit.cpuModel}), Node ${audit.node}`],
    ['Date', audit.date],
    ...auditRows(audit),
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  process.stdout.write(`${rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join('\n')}\n`);
  mkdirSync(path.join(root, 'bench'), { recursive: true });
  writeFileSync(path.join(root, 'bench/audit-results.json'), `${JSON.stringify(audit, null, 2)}\n`);
  writeFileSync(
    path.join(root, 'bench/audit-results.md'),
    `# Auditor workspace benchmark\n\nProduced by \`node scripts/bench.mjs --only=audit\`.\n\n| Measure | Result |\n|---|---|\n${rows.map(([k, v]) => `| ${k} | ${v} |`).join('\n')}\n\n## Queries\n\n| Query | ms | matches |\n|---|---|---|\n${audit.query.samples.map((s) => `| \`${s.q.replace(/[0-9a-f-]{36}/g, '…')}\` | ${s.ms} | ${s.totaal} |`).join('\n')}\n`,
  );
}

/** `--only=audit-scale`: the DuckDB audit store of the Node gateway at 1M and 100M records (issue 15). */
async function auditScaleOnly() {
  const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const sizes = (arg('records') ?? '1000000,100000000').split(',').map(Number);
  const load = os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
  const runs = await runAuditScaleBench({
    root,
    sizes,
    passes: Number(arg('passes') ?? 3),
    fresh: process.argv.includes('--fresh'),
    memoryLimit: arg('duckdb-memory'),
    log: (line) => process.stderr.write(`${line}\n`),
  });
  const result = {
    date: new Date().toISOString(),
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    node: process.version,
    loadAverageAtStart: load,
    loadAverageAtEnd: os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' '),
    runs,
  };
  const rows = [
    [
      'Machine',
      `${result.cpus} CPUs (${result.cpuModel}), Node ${result.node}; load average ${result.loadAverageAtStart} at start, ${result.loadAverageAtEnd} at end (other work shares these cores)`,
    ],
    ['Date', result.date],
    ...runs.flatMap(auditScaleRows),
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  process.stdout.write(`${rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join('\n')}\n`);
  mkdirSync(path.join(root, 'bench'), { recursive: true });
  writeFileSync(path.join(root, 'bench/audit-scale-results.json'), `${JSON.stringify(result, null, 2)}\n`);
  const perQuery = runs
    .map(
      (r) =>
        `### ${r.records.toLocaleString('en')} records (median of ${r.query.cold ? 'the measured passes' : ''})\n\n| Query | search ms | aggregates ms | matches |\n|---|---|---|---|\n${r.perQuery.map((q) => `| \`${q.q.replace(/[0-9a-f-]{36}/g, '…') || '(none)'}\` | ${q.searchMs} | ${q.aggregatesMs} | ${q.totaal.toLocaleString('en')} |`).join('\n')}\n`,
    )
    .join('\n');
  writeFileSync(
    path.join(root, 'bench/audit-scale-results.md'),
    `# Audit store at scale (DuckDB, Node gateway)\n\nProduced by \`npm run bench -- --only=audit-scale\`. Times are over HTTP against \`scripts/mock-api.mjs\` as the AP auditor (the widest remit); memory is the gateway process's resident set.\n\n| Measure | Result |\n|---|---|\n${rows.map(([k, v]) => `| ${k} | ${v} |`).join('\n')}\n\n## Per query\n\n${perQuery}`,
  );
}

function lighthouseFailures(lighthouse) {
  const lines = (lighthouse?.results ?? [])
    .filter((r) => r.failedAudits.accessibility.length || r.failedAudits.bestPractices.length)
    .map(
      (r) =>
        `| ${r.profile} ${r.page} | ${r.failedAudits.accessibility.join(', ') || '–'} | ${r.failedAudits.bestPractices.join(', ') || '–'} |`,
    );
  if (lines.length === 0) return '';
  return `\n## Lighthouse audits that lost points (in any run)\n\n| Page | Accessibility | Best practices |\n|---|---|---|\n${lines.join('\n')}\n`;
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
