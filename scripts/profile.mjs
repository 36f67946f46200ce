#!/usr/bin/env node
/**
 * Where a page's main-thread time goes (issue 16): `node scripts/profile.mjs [--no-build]
 * [--throttle=4] [--pages=overview,log,log-heavy,auditor]`. Builds like `npm run bench` (mocks
 * off) unless --no-build, serves it against the HTTP mock gateway, loads each page with a CPU
 * profile (CDP Profiler, Lighthouse's mobile CPU slow-down by default) and prints: time to the
 * page's ready selector, total long-task time over 50 ms (≈ TBT), and the functions with the
 * most self time, grouped by chunk. Numbers to find the hot path, not a pass/fail gate.
 */
/* global document, window */
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build, createServer, preview } from 'vite';
import { chromePath, chromiumArgs } from './lib/chromium.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'bench/tmp/dist');
const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const throttle = Number(arg('throttle') ?? 4);

const PAGES = {
  overview: {
    path: '/mijn-gegevens',
    signIn: { bsn: '999993653' },
    ready: () => document.querySelectorAll('[data-registry][data-status="success"]').length === 9,
  },
  // Usable: the first rows with their links (the newest month) and the filters.
  log: {
    path: '/mijn-gegevens/gebruik',
    signIn: { bsn: '999993653' },
    ready: () => Boolean(document.querySelector('.mg-log__table tbody tr[data-index] a, [data-count]')),
  },
  'log-heavy': {
    path: '/mijn-gegevens/gebruik?periode=alles',
    signIn: { bsn: '999994669' },
    ready: () => Boolean(document.querySelector('.mg-log__table tbody tr[data-index] a, [data-count]')),
  },
  auditor: {
    path: '/auditor',
    signIn: { auditor: 'fg-rotterdam' },
    ready: () => Boolean(document.querySelector('main h1')) && !document.querySelector('[aria-busy="true"]'),
  },
};

function summarise(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const dt = profile.timeDeltas;
  for (let i = 0; i < profile.samples.length; i++) {
    const node = byId.get(profile.samples[i]);
    const f = node.callFrame;
    if (f.functionName === '(idle)' || f.functionName === '(program)') continue;
    const file = f.url
      ? f.url
          .split('/')
          .pop()
          .replace(/-[\w-]{8}\.js$/, '.js')
      : '';
    const key = `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (dt[i + 1] ?? 0) / 1000);
  }
  const byFile = new Map();
  for (const [key, ms] of self) {
    const file = key.split(' ').pop().split(':')[0] || '(native)';
    byFile.set(file, (byFile.get(file) ?? 0) + ms);
  }
  const top = (m, n) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `${v.toFixed(0).padStart(6)} ms  ${k}`);
  return { functions: top(self, 18), files: top(byFile, 8) };
}

async function main() {
  if (!process.argv.includes('--no-build')) {
    process.env.NODE_ENV = 'production';
    process.env.VITE_MOCKS = 'off';
    await build({
      root,
      mode: 'production',
      logLevel: 'error',
      build: { outDir, emptyOutDir: true, sourcemap: false, minify: false },
    });
  }
  const vite = await createServer({
    // Not node_modules/.vite, which `npm run dev` uses (scripts/mock-api.mjs says why).
    cacheDir: 'node_modules/.vite-mock-api',
    root,
    server: { middlewareMode: true, hmr: false, watch: null },
    appType: 'custom',
    logLevel: 'error',
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  const { startMockApi } = await vite.ssrLoadModule('/mocks/server.ts');
  const gateway = await startMockApi(0);
  const gatewayUrl = `http://127.0.0.1:${gateway.address().port}`;
  const server = await preview({
    root,
    logLevel: 'error',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1', proxy: { '/api': { target: gatewayUrl } } },
  });
  const appUrl = server.resolvedUrls.local[0].replace(/\/$/, '');
  const browser = await chromium.launch({ executablePath: chromePath, headless: true, args: chromiumArgs });
  try {
    for (const name of (arg('pages') ?? 'overview,log,log-heavy,auditor').split(',')) {
      const spec = PAGES[name];
      await fetch(`${gatewayUrl}/__mock/reset`, { method: 'POST' });
      const context = await browser.newContext({
        baseURL: appUrl,
        locale: 'nl-NL',
        viewport: { width: 412, height: 823 },
      });
      const signIn = await context.request.post(`${appUrl}/api/auth/session`, {
        data: spec.signIn,
        headers: { origin: appUrl },
      });
      if (!signIn.ok()) throw new Error(`${name}: sign-in answered ${signIn.status()}`);
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await page.addInitScript(() => {
        window.__longTasks = [];
        new PerformanceObserver((list) =>
          list.getEntries().forEach((e) => window.__longTasks.push(e.duration)),
        ).observe({ type: 'longtask', buffered: true });
        // Layout shifts and what moved (element, class), for CLS.
        window.__shifts = [];
        const name = (n) =>
          n && n.nodeType === 1
            ? `${n.tagName.toLowerCase()}${n.id ? `#${n.id}` : ''}${n.className && typeof n.className === 'string' ? `.${n.className.trim().split(/\s+/).slice(0, 2).join('.')}` : ''}`
            : String(n?.nodeName);
        new PerformanceObserver((list) =>
          list.getEntries().forEach(
            (e) =>
              !e.hadRecentInput &&
              window.__shifts.push({
                value: e.value,
                at: Math.round(e.startTime),
                sources: (e.sources ?? []).map((s) => name(s.node)),
              }),
          ),
        ).observe({ type: 'layout-shift', buffered: true });
      });
      await cdp.send('Profiler.start');
      const started = Date.now();
      await page.goto(spec.path);
      await page.waitForFunction(spec.ready, null, { timeout: 120_000, polling: 50 });
      const readyMs = Date.now() - started;
      await page.waitForTimeout(1500);
      const { profile } = await cdp.send('Profiler.stop');
      const tasks = await page.evaluate(() => window.__longTasks);
      const shifts = await page.evaluate(() => window.__shifts);
      const blocking = tasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0);
      const { functions, files } = summarise(profile);
      console.log(
        `\n## ${name} (${spec.path}), CPU ×${throttle}, load ${os
          .loadavg()
          .map((l) => l.toFixed(2))
          .join(' ')}`,
      );
      console.log(
        `ready after ${readyMs} ms; long tasks: ${tasks.length}, longest ${Math.round(Math.max(0, ...tasks))} ms, blocking (Σ over 50 ms) ${Math.round(blocking)} ms`,
      );
      console.log(`layout shift: ${shifts.reduce((a, x) => a + x.value, 0).toFixed(3)} in all (sum, not windowed)`);
      for (const x of shifts.filter((x) => x.value >= 0.005))
        console.log(`  ${x.value.toFixed(3)} at ${x.at} ms: ${x.sources.join(', ')}`);
      console.log('self time by chunk:\n' + files.join('\n'));
      console.log('self time by function:\n' + functions.join('\n'));
      await context.close();
    }
  } finally {
    await browser.close();
    await new Promise((resolve) => server.httpServer.close(resolve));
    gateway.close();
    await vite.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
