/**
 * Real-browser access for the e2e suite: one headless Debian Chromium per test file, and a
 * fresh BrowserContext per test (no cookies, storage or service workers leak between tests).
 *
 * Every page records what a person would never want to see happen: console errors, uncaught
 * page errors, and requests to any origin other than the app's own (those are also blocked, so
 * nothing leaves the machine). `expectNoErrors()` turns all of that into one readable failure.
 */
import { existsSync } from 'node:fs';
import { onTestFinished } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { chromePath, chromiumArgs } from '../../../scripts/lib/chromium.mjs';
import { baseUrl, screenshot } from './fixtures';

/** Debian's Chromium (or CHROME_PATH), with the flags the bench and screenshot scripts use. */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = chromePath;
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium not found at ${executablePath}. Install it with: apt-get install -y chromium (or set CHROME_PATH)`,
    );
  }
  return chromium.launch({ executablePath, headless: true, args: chromiumArgs });
}

let shared: Promise<Browser> | undefined;

/** The browser shared by the tests of one file (launched on first use). */
export function getBrowser(): Promise<Browser> {
  shared ??= launchBrowser().catch((error: unknown) => {
    shared = undefined;
    throw error;
  });
  return shared;
}

/** Closes the shared browser; `support/setup.ts` calls it after each test file. */
export async function closeBrowser(): Promise<void> {
  const pending = shared;
  shared = undefined;
  if (pending) await (await pending.catch(() => undefined))?.close();
}

export type NewPageOptions = {
  /** BCP 47 locale for `navigator.language` and Accept-Language; default 'nl-NL'. */
  locale?: string;
  /** Default 1280×800. */
  viewport?: { width: number; height: number };
  /** The app's origin; default `baseUrl()` (this worker's app). Only this origin may be requested. */
  baseURL?: string;
  /** More origins the page may talk to (e.g. the mocks-on preview). */
  allowedOrigins?: string[];
  /** Default true: close the context when the test ends, with a screenshot if it failed. */
  autoClose?: boolean;
  /** `prefers-reduced-motion` as the operating system would report it; default: not set. */
  reducedMotion?: 'reduce' | 'no-preference';
};

export type TrackedPage = {
  page: Page;
  context: BrowserContext;
  baseURL: string;
  /** `console.error(...)` and other error-level console messages (not HTTP status lines). */
  consoleErrors: string[];
  /** Uncaught exceptions and unhandled rejections in the page (`pageerror`). */
  pageErrors: string[];
  /** `METHOD url` of every request to another origin; each was blocked. */
  foreignRequests: string[];
  /**
   * Chromium's own "Failed to load resource: … status of 401" lines. Not errors by themselves
   * (a 401 from the session check is normal); kept apart so tests can look at them.
   */
  httpStatusLogs: string[];
  /** Throws one readable error when any console error, page error or foreign request happened. */
  expectNoErrors(): void;
  close(): Promise<void>;
};

const HTTP_STATUS_LOG = /^Failed to load resource: the server responded with a status of \d+/;

function originOf(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' || parsed.protocol.startsWith('ws')
      ? parsed.origin.replace(/^ws/, 'http')
      : undefined; // data:, blob:, about:, chrome-extension: stay inside the page
  } catch {
    return undefined;
  }
}

/**
 * A fresh context and page. Call it inside a test: the context is closed when the test ends.
 */
export async function newPage(options: NewPageOptions = {}): Promise<TrackedPage> {
  const baseURL = options.baseURL ?? baseUrl();
  const allowed = new Set([new URL(baseURL).origin, ...(options.allowedOrigins ?? []).map((o) => new URL(o).origin)]);
  const browser = await getBrowser();
  const context = await browser.newContext({
    baseURL,
    locale: options.locale ?? 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    viewport: options.viewport ?? { width: 1280, height: 800 },
    ...(options.reducedMotion ? { reducedMotion: options.reducedMotion } : {}),
  });

  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  const foreignRequests: string[] = [];
  const httpStatusLogs: string[] = [];

  const recordForeign = (method: string, url: string) => {
    const origin = originOf(url);
    if (origin === undefined || allowed.has(origin)) return false;
    const line = `${method} ${url}`;
    if (!foreignRequests.includes(line)) foreignRequests.push(line);
    return true;
  };

  // Block (and record) anything that would leave the app's origin, including service-worker
  // fetches and popups: the whole context goes through this route.
  await context.route('**/*', async (route) => {
    const request = route.request();
    if (recordForeign(request.method(), request.url())) await route.abort('blockedbyclient');
    else await route.continue();
  });
  // Requests the router does not see (e.g. WebSockets) are still recorded.
  context.on('request', (request) => void recordForeign(request.method(), request.url()));

  const watch = (page: Page) => {
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const text = message.text();
      const where = message.location().url;
      if (HTTP_STATUS_LOG.test(text)) httpStatusLogs.push(`${text} (${where})`);
      else consoleErrors.push(where ? `${text} (${where})` : text);
    });
    page.on('pageerror', (error) => {
      pageErrors.push(error.stack ?? `${error.name}: ${error.message}`);
    });
    page.on('websocket', (ws) => void recordForeign('WEBSOCKET', ws.url()));
  };
  context.on('page', watch);
  const page = await context.newPage();

  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await context.close();
  };

  const tracked: TrackedPage = {
    page,
    context,
    baseURL,
    consoleErrors,
    pageErrors,
    foreignRequests,
    httpStatusLogs,
    expectNoErrors() {
      const sections: string[] = [];
      const list = (title: string, items: string[]) => {
        if (items.length) sections.push(`${title} (${items.length}):\n${items.map((i) => `  - ${i}`).join('\n')}`);
      };
      list('Console errors', consoleErrors);
      list('Uncaught page errors', pageErrors);
      list(`Requests to other origins than ${[...allowed].join(', ')} (blocked)`, foreignRequests);
      if (sections.length) throw new Error(`The page was not clean:\n${sections.join('\n')}`);
    },
    close,
  };

  if (options.autoClose ?? true) {
    try {
      onTestFinished(async ({ task }) => {
        try {
          if (task.result?.state === 'fail' && !page.isClosed()) {
            const file = await screenshot(page, `FAILED ${task.name}`).catch(() => undefined);
            if (file) process.stderr.write(`[e2e] screenshot of the failed test: ${file}\n`);
          }
        } finally {
          await close();
        }
      });
    } catch (error) {
      await close();
      throw new Error(
        'newPage() must be called inside a test (its context is closed when the test ends); ' +
          'pass { autoClose: false } and call close() yourself elsewhere.',
        { cause: error },
      );
    }
  }
  return tracked;
}
