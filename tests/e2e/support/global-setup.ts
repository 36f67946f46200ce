/**
 * Vitest globalSetup for the e2e suite (runs once, in the main Vitest process):
 *
 *  1. builds the production bundle twice: `dist-e2e/` with VITE_MOCKS=off (the browser talks
 *     to a real HTTP gateway) and `dist-e2e-mocks/` with VITE_MOCKS=on (the in-browser MSW
 *     worker). A build is skipped when its inputs hash the same as last time
 *     (E2E_FORCE_BUILD=1 forces it; E2E_SKIP_BUILD=1 reuses any existing output);
 *  2. per e2e worker (E2E_WORKERS, support/workers.ts), starts its own mock gateway
 *     (`mocks/server.ts`) on a free loopback port, and serves the mocks-off build through
 *     **nginx** with the production configuration (deploy/nginx, issue 17), one server block
 *     per worker proxying `/api` to that worker's gateway: two test files run side by side
 *     without resetting each other's gateway state, and the configuration users deploy is
 *     the one every journey goes through;
 *  3. serves the mocks-on build from one more server block of the same nginx (its gateway
 *     lives in each browser context). nginx runs unprivileged (as `nobody` when the tests run
 *     as root), with its pid, temp files and config in a temp folder, errors to our stderr;
 *  4. provides the URLs to the tests (support/fixtures.ts picks the worker's own), and closes
 *     every server on teardown (also when setup itself fails half-way).
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { startGatewayProcess } from '../../../scripts/lib/gateway-process.mjs';
import { startNginx } from '../../../scripts/lib/nginx-server.mjs';
import type { TestProject } from 'vitest/node';
import type {} from './provided';
import { E2E_WORKERS } from './workers';

const ROOT = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
const STAMP = '.e2e-build.json';

type Variant = { outDir: string; mocks: 'on' | 'off' };
const APP: Variant = { outDir: 'dist-e2e', mocks: 'off' };
const APP_WITH_MOCKS: Variant = { outDir: 'dist-e2e-mocks', mocks: 'on' };

const log = (message: string) => process.stdout.write(`[e2e] ${message}\n`);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Runs `fn` with some process.env entries set (undefined = removed), then puts them back. */
async function withEnv<T>(vars: Record<string, string | undefined>, fn: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  const apply = (values: Record<string, string | undefined>) => {
    for (const [key, value] of Object.entries(values)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  };
  apply(vars);
  try {
    return await fn();
  } finally {
    apply(saved);
  }
}

async function listFiles(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/** Everything a build reads: sources, mocks, public files, configs, lockfile and the env. */
async function inputsHash(variant: Variant): Promise<string> {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ variant, node: process.version }));
  const files = [
    ...(await Promise.all(['src', 'mocks', 'public'].map((d) => listFiles(path.join(ROOT, d))))).flat(),
    ...[
      'index.html',
      'vite.config.ts',
      'tsconfig.json',
      'package-lock.json',
      '.env',
      '.env.local',
      '.env.production',
      '.env.production.local',
    ]
      .map((f) => path.join(ROOT, f))
      .filter((f) => existsSync(f)),
  ];
  for (const file of files) {
    hash.update(path.relative(ROOT, file));
    hash.update(await readFile(file));
  }
  const viteEnv = Object.entries(process.env)
    .filter(([key]) => key.startsWith('VITE_') && key !== 'VITE_MOCKS')
    .sort(([a], [b]) => a.localeCompare(b));
  hash.update(JSON.stringify(viteEnv));
  return hash.digest('hex');
}

async function buildVariant(variant: Variant): Promise<void> {
  const outDir = path.join(ROOT, variant.outDir);
  const stampFile = path.join(outDir, STAMP);
  if (process.env.E2E_SKIP_BUILD === '1' && existsSync(path.join(outDir, 'index.html'))) {
    log(`E2E_SKIP_BUILD=1: reusing ${variant.outDir}/ as it is (VITE_MOCKS=${variant.mocks})`);
    return;
  }
  const hash = await inputsHash(variant);
  if (process.env.E2E_FORCE_BUILD !== '1' && existsSync(stampFile)) {
    const stamp = JSON.parse(await readFile(stampFile, 'utf8')) as { hash?: string };
    if (stamp.hash === hash && existsSync(path.join(outDir, 'index.html'))) {
      log(`${variant.outDir}/ is up to date (VITE_MOCKS=${variant.mocks}), not rebuilt`);
      return;
    }
  }
  const started = performance.now();
  // NODE_ENV: Vitest sets it to "test", and Vite would inline that into the bundle (React's
  // development build). VITE_MOCKS from process.env wins over .env in loadEnv.
  // A registry that never answers is reported after 8 s instead of 15 s, so the fault
  // matrix's time-out cases do not take minutes; everything else is the production setting.
  // (8 s, not less: on a busy 2-core machine a real answer can take a few seconds.)
  await withEnv(
    {
      NODE_ENV: 'production',
      VITE_MOCKS: variant.mocks,
      VITE_API_TIMEOUT_MS: process.env.VITE_API_TIMEOUT_MS ?? '8000',
    },
    () =>
      build({
        root: ROOT,
        mode: 'production',
        logLevel: 'warn',
        clearScreen: false,
        build: { outDir: variant.outDir, emptyOutDir: true },
      }),
  ).catch((error: unknown) => {
    throw new Error(
      `e2e: the app does not build (vite build → ${variant.outDir}/, VITE_MOCKS=${variant.mocks}); ` +
        `no browser test can run until \`npm run build\` works. Cause: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  });
  await writeFile(stampFile, JSON.stringify({ hash, mocks: variant.mocks, builtAt: new Date().toISOString() }));
  log(`built ${variant.outDir}/ (VITE_MOCKS=${variant.mocks}) in ${seconds(performance.now() - started)}`);
}

/**
 * One mock gateway in its own process (`npm run mock-api`'s script on a free port,
 * scripts/lib/gateway-process.mjs): a worker's heavy request (the auditor universe, a
 * 12,000-event log) never stalls another worker's gateway, as it would if both shared this
 * process's event loop. At this process's own priority; what it prints later (warnings,
 * crashes) still reaches the test log.
 */
function startGateway(n: number): Promise<{ url: string; stop: () => Promise<void> }> {
  return startGatewayProcess({
    root: ROOT,
    nice: os.getPriority(),
    until: 'serving',
    env: { NODE_ENV: 'production', NO_COLOR: '1' },
    stderr: (chunk) => process.stderr.write(`[gateway ${n}] ${chunk}`),
    timeoutMs: 60_000,
  });
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const cleanups: Array<{ name: string; run: () => Promise<void> }> = [];
  const teardown = async () => {
    const failures: string[] = [];
    for (const { name, run } of cleanups.reverse()) {
      await run().catch((error: unknown) => failures.push(`${name}: ${String(error)}`));
    }
    cleanups.length = 0;
    if (failures.length) throw new Error(`e2e teardown failed:\n${failures.join('\n')}`);
  };

  try {
    const started = performance.now();
    await buildVariant(APP);
    await buildVariant(APP_WITH_MOCKS);
    const built = performance.now();

    const gateways: string[] = [];
    for (let worker = 0; worker < E2E_WORKERS; worker++) {
      const gateway = await startGateway(worker + 1);
      cleanups.push({ name: `mock gateway ${worker + 1}`, run: gateway.stop });
      gateways.push(gateway.url);
    }
    const nginx = await startNginx([
      ...gateways.map((gateway) => ({ dist: path.join(ROOT, APP.outDir), gateway })),
      { dist: path.join(ROOT, APP_WITH_MOCKS.outDir) },
    ]);
    cleanups.push({ name: 'nginx', run: nginx.stop });
    const apps = nginx.urls.slice(0, gateways.length);
    const appWithMocks = nginx.urls[gateways.length] ?? '';

    project.provide('E2E_BASE_URLS', apps);
    project.provide('E2E_MOCK_API_URLS', gateways);
    project.provide('E2E_MOCKS_BASE_URL', appWithMocks);
    log(
      `builds ${seconds(built - started)}, servers ${seconds(performance.now() - built)}: nginx, ` +
        apps.map((app, i) => `worker ${i + 1}: app ${app} (api → ${gateways[i]})`).join('; ') +
        `; app with MSW ${appWithMocks}`,
    );
  } catch (error) {
    await teardown().catch((e: unknown) => log(String(e)));
    throw error;
  }
  return teardown;
}
