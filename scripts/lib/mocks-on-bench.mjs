/**
 * Mocks on (issue 16): what `npm run dev` and a demo deployment serve. The MSW worker runs the
 * registries in the browser, so the page also downloads and starts the mock gateway. Measured
 * on a production build with VITE_MOCKS=on, served by nginx like the rest of the bench, in a
 * fresh browser context per run (no service worker registered yet: a first visit):
 *  - sign-in page: first contentful paint (Paint Timing API) and the h1 on screen;
 *  - the test-person list usable (the first person's sign-in button enabled);
 *  - sign-in click → the nine overview cards rendered (clicked the moment the list is usable,
 *    and, on the mobile profile, once more 3 s later: a person reads the list first).
 * Each without throttling, with the CPU slowed ×4 (CDP Emulation.setCPUThrottlingRate), and with
 * Lighthouse's whole mobile profile (CPU ×4 and its simulated slow 4G: 150 ms RTT, 1.6 Mbit/s
 * down, applied by CDP Network.emulateNetworkConditions); median of `runs`.
 */
/* global document, window */
import path from 'node:path';
import { performance as nodePerformance } from 'node:perf_hooks';
import process from 'node:process';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { startNginx } from './nginx-server.mjs';
import { median } from './stats.mjs';

const ms = (v) => Math.round(v);

/** One mocks-on production build, shared with the auditor bench (scripts/lib/audit-bench.mjs). */
export async function buildMocksOn(root) {
  const outDir = path.join(root, 'bench/tmp/dist-mocks');
  const savedEnv = { NODE_ENV: process.env.NODE_ENV, VITE_MOCKS: process.env.VITE_MOCKS };
  process.env.NODE_ENV = 'production';
  process.env.VITE_MOCKS = 'on';
  try {
    await build({ root, mode: 'production', logLevel: 'error', build: { outDir, emptyOutDir: true } });
  } finally {
    for (const [k, v] of Object.entries(savedEnv)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
  return outDir;
}

const PERSON = /^Inloggen als Suzanne Moulin/;

/** Lighthouse's mobile network (its `mobileSlow4G` throttling settings). */
const SLOW_4G = {
  offline: false,
  latency: 150,
  downloadThroughput: (1638.4 * 1024) / 8,
  uploadThroughput: (675 * 1024) / 8,
};

const PROFILES = [
  { name: 'desktop', label: 'no throttling', cpu: 1 },
  { name: 'cpu4', label: 'CPU ×4', cpu: 4 },
  { name: 'mobile', label: 'CPU ×4 + slow 4G', cpu: 4, network: SLOW_4G },
  // A person reads the list before choosing: the click 3 s after it is usable.
  { name: 'mobileRead', label: 'CPU ×4 + slow 4G, click 3 s after the list', cpu: 4, network: SLOW_4G, readMs: 3000 },
];

async function oneRun(browser, appUrl, { cpu: cpuRate, network, readMs = 0 }) {
  const context = await browser.newContext({ baseURL: appUrl, locale: 'nl-NL' });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    if (cpuRate > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
    if (network) {
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', network);
    }
    await page.goto('/inloggen', { waitUntil: 'commit' });
    // Times in the page's clock, from navigation start; polled every animation frame.
    const h1Ms = await (
      await page.waitForFunction(
        () => {
          const h1 = document.querySelector('h1');
          if (!h1 || !h1.textContent?.trim() || !h1.checkVisibility()) return false;
          return window.performance.now();
        },
        null,
        { polling: 'raf', timeout: 120_000 },
      )
    ).jsonValue();
    const listMs = await (
      await page.waitForFunction(
        (source) => {
          const re = new RegExp(source);
          const button = [...document.querySelectorAll('button')].find((b) => re.test(b.textContent?.trim() ?? ''));
          return button && !button.disabled ? window.performance.now() : false;
        },
        PERSON.source,
        { polling: 'raf', timeout: 120_000 },
      )
    ).jsonValue();
    const fcpMs = await page.evaluate(
      () => window.performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    );
    const button = page.getByRole('button', { name: PERSON });
    if (readMs) await page.waitForTimeout(readMs);
    const started = nodePerformance.now();
    await button.click();
    await page.waitForFunction(
      () => document.querySelectorAll('[data-registry][data-status="success"]').length === 9,
      null,
      { timeout: 120_000 },
    );
    const cardsMs = nodePerformance.now() - started;
    return { fcpMs, h1Ms, listMs, cardsMs };
  } finally {
    await context.close();
  }
}

function summary(samples) {
  const pick = (key) => {
    const values = samples.map((s) => s[key]).filter((v) => typeof v === 'number');
    return { median: ms(median(values)), samples: values.map(ms) };
  };
  return { fcpMs: pick('fcpMs'), h1Ms: pick('h1Ms'), listMs: pick('listMs'), cardsMs: pick('cardsMs') };
}

/**
 * @param {{ root: string, outDir: string, chromePath: string, chromiumArgs: string[], runs?: number, log?: (line: string) => void }} options
 */
export async function runMocksOnBench({ outDir, chromePath, chromiumArgs, runs = 5, log = () => {} }) {
  const server = await startNginx([{ dist: outDir }]);
  const appUrl = server.urls[0];
  const browser = await chromium.launch({ executablePath: chromePath, headless: true, args: chromiumArgs });
  const result = { runs };
  try {
    for (const profile of PROFILES) {
      const { name } = profile;
      const samples = [];
      // One extra run first: it warms nginx's and the OS's file caches, not the browser's.
      for (let i = 0; i < runs + 1; i++) {
        const sample = await oneRun(browser, appUrl, profile);
        log(
          `mocks on (${name}) run ${i}: ${JSON.stringify(Object.fromEntries(Object.entries(sample).map(([k, v]) => [k, v === null ? v : ms(v)])))}`,
        );
        if (i > 0) samples.push(sample);
      }
      result[name] = summary(samples);
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  return result;
}

/** Rows for the results table ("Mocks on: …"). */
export function mocksOnRows(m) {
  const line = (s) =>
    `FCP ${s.fcpMs.median} ms · h1 ${s.h1Ms.median} ms · test persons usable ${s.listMs.median} ms · sign-in → 9 cards ${s.cardsMs.median} ms`;
  return PROFILES.filter((p) => m[p.name]).map((p) => [
    `Mocks on: sign-in page, ${p.label}`,
    `${line(m[p.name])} (median of ${m.runs}, first visit)`,
  ]);
}
