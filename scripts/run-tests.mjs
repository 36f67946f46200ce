#!/usr/bin/env node
/**
 * `npm test`: every check, as child processes, in two phases (issue 11: fast on 2 cores):
 *
 *   phase 1, side by side (each mostly uses one core; unit uses two):
 *     typecheck  tsc --noEmit -p .                            1 check
 *     lint       eslint . --max-warnings 0                    1 check
 *     format     prettier --check .                           1 check
 *     unit       vitest run (vite.config.ts: logic, component and contract projects)
 *   phase 2:
 *     e2e        vitest run --config vitest.e2e.config.ts     (real Chromium, two files at a time)
 *
 * Within a phase, the unit/e2e step writes straight to this terminal; the others' output is
 * held and printed, whole, when they finish, so nothing interleaves.
 *
 * Vitest steps also write a JSON report to test-results/<step>.json, which is how their
 * tests are counted. A failing step does not stop the run (you see every failure), but the
 * exit code is 1 if anything failed. A step that fails without a report (a crash, a failing
 * globalSetup, a file that does not load) counts as at least 1 failed.
 *
 * The last line printed is always `N passed, N failed` (`, N skipped` when there are any).
 *
 *   node scripts/run-tests.mjs --only=unit,e2e     run some steps (typecheck, lint, format, unit, e2e)
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const resultsDir = path.join(root, 'test-results');

const vitestArgs = (step) => [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${path.join(resultsDir, `${step}.json`)}`,
];

const steps = [
  { id: 'typecheck', phase: 1, kind: 'check', command: bin('tsc'), args: ['--noEmit', '-p', '.'] },
  { id: 'lint', phase: 1, kind: 'check', command: bin('eslint'), args: ['.', '--max-warnings', '0'] },
  { id: 'format', phase: 1, kind: 'check', command: bin('prettier'), args: ['--check', '.', '--log-level', 'warn'] },
  { id: 'unit', phase: 1, stream: true, kind: 'vitest', command: bin('vitest'), args: vitestArgs('unit') },
  {
    id: 'e2e',
    phase: 2,
    stream: true,
    kind: 'vitest',
    command: bin('vitest'),
    args: [...vitestArgs('e2e'), '--config', 'vitest.e2e.config.ts'],
  },
];

function parseArgs(argv) {
  let only;
  for (const arg of argv) {
    if (arg.startsWith('--only='))
      only = arg
        .slice('--only='.length)
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
    else if (arg === '--help' || arg === '-h') {
      process.stdout.write(`usage: node scripts/run-tests.mjs [--only=${steps.map((s) => s.id).join(',')}]\n`);
      process.exit(0);
    } else {
      process.stderr.write(`run-tests: unknown argument ${arg} (try --help)\n`);
      process.exit(2);
    }
  }
  if (only) {
    const unknown = only.filter((id) => !steps.some((s) => s.id === id));
    if (unknown.length || only.length === 0) {
      process.stderr.write(
        `run-tests: unknown step(s) in --only: ${unknown.join(', ') || '(none given)'}; known: ${steps.map((s) => s.id).join(', ')}\n`,
      );
      process.exit(2);
    }
  }
  return { only };
}

let interrupted = false;
const running = new Set();
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    interrupted = true;
    // Children share our process group for SIGINT from a terminal; forward SIGTERM ourselves.
    if (signal === 'SIGTERM') for (const child of running) child.kill('SIGTERM');
  });
}

function run(step) {
  return new Promise((resolve) => {
    if (!existsSync(step.command)) {
      resolve({ code: null, error: `${step.command} not found (run npm ci)` });
      return;
    }
    const child = spawn(step.command, step.args, {
      cwd: root,
      stdio: step.stream ? 'inherit' : ['ignore', 'pipe', 'pipe'],
      env: process.env,
    });
    running.add(child);
    const held = [];
    if (!step.stream) {
      child.stdout.on('data', (chunk) => held.push(chunk));
      child.stderr.on('data', (chunk) => held.push(chunk));
    }
    child.on('error', (error) => resolve({ code: null, error: error.message }));
    child.on('exit', (code, signal) => {
      running.delete(child);
      if (held.length)
        process.stdout.write(`\n━━ ${step.id} (output held while it ran):\n${Buffer.concat(held).toString()}`);
      resolve({ code, error: signal ? `killed by ${signal}` : undefined });
    });
  });
}

/** Counts from Vitest's JSON report; a file that failed without a failing test counts as 1. */
function readVitestReport(file) {
  if (!existsSync(file)) return undefined;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const brokenFiles = (report.testResults ?? []).filter(
    (r) => r.status === 'failed' && !(r.assertionResults ?? []).some((a) => a.status === 'failed'),
  ).length;
  return {
    passed: report.numPassedTests ?? 0,
    failed: (report.numFailedTests ?? 0) + brokenFiles,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
  };
}

async function main() {
  const { only } = parseArgs(process.argv.slice(2));
  const selected = only ? steps.filter((s) => only.includes(s.id)) : steps;
  mkdirSync(resultsDir, { recursive: true });

  const results = [];
  const runStep = async (step) => {
    if (interrupted)
      return { id: step.id, passed: 0, failed: 1, skipped: 0, seconds: 0, note: 'not run (interrupted)' };
    process.stdout.write(`\n━━ ${step.id}: ${path.relative(root, step.command)} ${step.args.join(' ')}\n`);
    const reportFile = path.join(resultsDir, `${step.id}.json`);
    if (step.kind === 'vitest') rmSync(reportFile, { force: true });
    const started = performance.now();
    const { code, error } = await run(step);
    const seconds = (performance.now() - started) / 1000;
    const ok = code === 0 && !error;
    let counts;
    let note = error ?? (ok ? '' : `exit code ${code}`);
    if (step.kind === 'check') {
      counts = { passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 };
    } else {
      let report;
      try {
        report = readVitestReport(reportFile);
      } catch (e) {
        note = `${note ? `${note}; ` : ''}unreadable report: ${e instanceof Error ? e.message : String(e)}`;
      }
      if (!report) {
        counts = { passed: 0, failed: 1, skipped: 0 };
        note = `${note ? `${note}; ` : ''}no JSON report`;
      } else {
        counts = { ...report };
        // Non-zero exit with no failing test: globalSetup, an unhandled error, no tests found…
        if (!ok && counts.failed === 0) {
          counts.failed = 1;
          note = `${note}; failed outside any test`;
        }
        if (ok && counts.passed + counts.failed === 0) {
          counts.failed = 1;
          note = 'ran no test';
        }
      }
    }
    return { id: step.id, ...counts, seconds, note };
  };
  const runStarted = performance.now();
  for (const phase of [...new Set(selected.map((s) => s.phase))].sort()) {
    const inPhase = selected.filter((s) => s.phase === phase);
    results.push(...(await Promise.all(inPhase.map(runStep))));
  }
  const wall = (performance.now() - runStarted) / 1000;

  const total = results.reduce(
    (sum, r) => ({ passed: sum.passed + r.passed, failed: sum.failed + r.failed, skipped: sum.skipped + r.skipped }),
    { passed: 0, failed: 0, skipped: 0 },
  );

  const rows = [
    ['step', 'result', 'passed', 'failed', 'skipped', 'time', ''],
    ...results.map((r) => [
      r.id,
      r.failed ? 'FAILED' : 'ok',
      String(r.passed),
      String(r.failed),
      String(r.skipped),
      `${r.seconds.toFixed(1)} s`,
      r.note,
    ]),
  ];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  const table = rows.map((row) =>
    row
      .map((cell, i) => (i >= 2 && i <= 5 ? cell.padStart(widths[i]) : cell.padEnd(widths[i])))
      .join('  ')
      .trimEnd(),
  );
  const summary = `${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`;
  process.stdout.write(
    `\n━━ summary (${(wall / 60).toFixed(1)} min in all; phase 1 steps ran side by side)\n${table.join('\n')}\n\n${summary}\n`,
  );
  process.exitCode = total.failed > 0 || interrupted ? 1 : 0;
}

main().catch((error) => {
  process.stderr.write(`run-tests crashed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.stdout.write('0 passed, 1 failed\n');
  process.exitCode = 1;
});
