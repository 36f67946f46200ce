#!/usr/bin/env node
/**
 * Screenshots of pages of the production build, to look at (not a test):
 *
 *   node scripts/screenshots.mjs /mijn-gegevens/gebruik --bsn=999993653 --widths=360,1280 --langs=nl,en
 *   node scripts/screenshots.mjs /auditor --auditor=fg-rotterdam
 *
 * --wait=<css> waits for an element first. Builds dist-shots/ (VITE_MOCKS=off) when missing or --build is given, starts the mock gateway
 * (mocks/server.ts) and `vite preview` proxying /api to it, signs in through the API, and writes
 * full-page PNGs to .e2e-artifacts/shots/<path>-<lang>-<width>.png. Several paths may be given.
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { build, createServer, preview } from 'vite';
import { chromium } from 'playwright-core';
import { chromePath, chromiumArgs } from './lib/chromium.mjs';

const args = process.argv.slice(2);
const flag = (name, fallback) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const paths = args.filter((a) => !a.startsWith('--'));
if (paths.length === 0) {
  process.stderr.write(
    'usage: node scripts/screenshots.mjs <path> [...] [--bsn=…|--auditor=…] [--widths=360,1280] [--langs=nl,en] [--build]\n',
  );
  process.exit(2);
}
const widths = flag('widths', '360,1280').split(',').map(Number);
const langs = flag('langs', 'nl,en').split(',');
const bsn = flag('bsn', undefined);
const auditor = flag('auditor', undefined);
/** A CSS selector to wait for before the shot (e.g. --wait=.mg-audit-chart). */
const waitFor = flag('wait', undefined);
const outDir = 'dist-shots';
const shotsDir = path.resolve('.e2e-artifacts/shots');
mkdirSync(shotsDir, { recursive: true });

if (args.includes('--build') || !existsSync(path.join(outDir, 'index.html'))) {
  process.env.VITE_MOCKS = 'off';
  await build({ mode: 'production', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
}

const vite = await createServer({
  // Not node_modules/.vite, which `npm run dev` uses (scripts/mock-api.mjs says why).
  cacheDir: 'node_modules/.vite-mock-api',
  server: { middlewareMode: true, hmr: false, ws: false, watch: null },
  appType: 'custom',
  optimizeDeps: { noDiscovery: true, include: [] },
  logLevel: 'warn',
});
const { startMockApi } = await vite.ssrLoadModule('/mocks/server.ts');
const gateway = await startMockApi(0);
const gatewayUrl = `http://127.0.0.1:${gateway.address().port}`;
const server = await preview({
  logLevel: 'warn',
  build: { outDir },
  preview: { host: '127.0.0.1', port: 0, proxy: { '/api': { target: gatewayUrl } } },
});
const base = `http://127.0.0.1:${server.httpServer.address().port}`;

const browser = await chromium.launch({
  executablePath: chromePath,
  args: chromiumArgs,
});
try {
  for (const lang of langs) {
    for (const width of widths) {
      const context = await browser.newContext({
        baseURL: base,
        viewport: { width, height: 900 },
        locale: lang === 'en' ? 'en-GB' : 'nl-NL',
        timezoneId: 'Europe/Amsterdam',
      });
      if (bsn || auditor) {
        const response = await context.request.post(`${base}/api/auth/session`, { data: bsn ? { bsn } : { auditor } });
        if (response.status() !== 201) throw new Error(`sign-in failed: ${response.status()}`);
      }
      const page = await context.newPage();
      await page.addInitScript((l) => localStorage.setItem('mg.lang', l), lang);
      for (const p of paths) {
        await page.goto(p);
        await page.getByRole('heading', { level: 1 }).waitFor({ timeout: 60_000 });
        if (waitFor) await page.locator(waitFor).first().waitFor({ timeout: 120_000 });
        // Runs in the page (globalThis: lint knows no `document` in a Node script; no string: CSP).
        await page.waitForFunction(
          () => !globalThis.document.querySelector('main .mg-loading, main [aria-busy="true"]'),
          null,
          { timeout: 60_000 },
        );
        // Charts are drawn when they come near the screen (issue 16): a full-page shot scrolls
        // through the page first, then waits again for what that started.
        await page.mouse.wheel(0, 100_000);
        await page.waitForFunction(
          () => !globalThis.document.querySelector('main .mg-loading, main [aria-busy="true"], main .mg-charts-later'),
          null,
          { timeout: 60_000 },
        );
        await page.evaluate(() => globalThis.scrollTo(0, 0));
        const file = path.join(
          shotsDir,
          `${p.replace(/[^\w]+/g, '_').replace(/^_|_$/g, '') || 'root'}-${lang}-${width}.png`,
        );
        await page.screenshot({ path: file, fullPage: true });
        process.stdout.write(`${file}\n`);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
  gateway.close();
  await vite.close();
}
