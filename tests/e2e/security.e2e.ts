/**
 * Issue 7, security: the production build carries a Content-Security-Policy without inline
 * scripts (the mock worker allowed only when mocks are on), nginx (deploy/nginx) sends the security
 * headers, nothing in the app breaks the policy, and no request ever leaves the app's origin.
 */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { registryPath } from '@/config/paths';
import { registryIds } from '@/lib/registries';
import { newPage, type TrackedPage } from './support/browser';
import { baseUrl, mocksBaseUrl, resetMocks } from './support/fixtures';
import { openPersoonsgegevens, signInAsTestPerson } from './support/journeys';

const directivesOf = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => {
        const [name = '', ...values] = d.split(/\s+/);
        return [name, values] as const;
      }),
  );

const metaPolicy = (html: string) =>
  /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1]?.replaceAll('&#39;', "'");

async function fetchPage(url: string) {
  const response = await fetch(url);
  return { status: response.status, headers: response.headers, html: await response.text() };
}

/**
 * Records CSP violations in every document of the context: the `securitypolicyviolation`
 * event (what the browser enforced), reported through a binding so full page loads lose
 * nothing, and console messages about the policy (what a developer would see). The init
 * script runs before any of the app's own scripts.
 */
async function recordCspViolations(t: TrackedPage): Promise<{ events: string[]; console: string[] }> {
  const events: string[] = [];
  const console: string[] = [];
  await t.context.exposeFunction('__reportCspViolation', (line: string) => void events.push(line));
  await t.context.addInitScript(() => {
    const report = (window as Window & { __reportCspViolation?: (line: string) => void }).__reportCspViolation;
    document.addEventListener('securitypolicyviolation', (event) => {
      report?.(
        `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} in ${event.sourceFile}:${event.lineNumber} (${event.disposition})`,
      );
    });
  });
  t.context.on('console', (message) => {
    if (/Content.Security.Policy|Refused to/i.test(message.text()))
      console.push(`${message.type()}: ${message.text()}`);
  });
  return { events, console };
}

async function waitForDetailPage(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.waitForFunction(() => !document.querySelector('main .mg-loading'));
}

describe('Security headers and Content-Security-Policy', () => {
  beforeEach(async () => {
    await resetMocks();
  });

  it.each([
    ['mocks off (the production set-up)', baseUrl, "'none'"],
    ['mocks on (the MSW worker)', mocksBaseUrl, "'self'"],
  ] as const)('serves the policy as a header and as a meta element, %s', async (_name, urlOf, workerSrc) => {
    // The SPA fallback (a deep link) gets the same headers as the root document.
    for (const route of ['/', '/mijn-gegevens/persoonsgegevens']) {
      const { status, headers, html } = await fetchPage(`${urlOf()}${route}`);
      expect(status).toBe(200);
      const header = headers.get('content-security-policy');
      expect(header, `CSP header on ${route}`).toBeTruthy();
      const meta = metaPolicy(html);
      expect(meta, `CSP meta in the HTML of ${route}`).toBeTruthy();

      const fromHeader = directivesOf(header ?? '');
      const fromMeta = directivesOf(meta ?? '');
      // frame-ancestors only works as a header; everything else is identical in both.
      expect(fromHeader.get('frame-ancestors')).toEqual(["'none'"]);
      expect(fromMeta.has('frame-ancestors')).toBe(false);
      fromHeader.delete('frame-ancestors');
      expect(fromMeta).toEqual(fromHeader);

      expect(fromMeta.get('default-src')).toEqual(["'self'"]);
      expect(fromMeta.get('script-src')).toEqual(["'self'"]);
      expect(fromMeta.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
      expect(fromMeta.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
      expect(fromMeta.get('connect-src')).toEqual(["'self'"]);
      expect(fromMeta.get('worker-src')).toEqual([workerSrc]);
      expect(fromMeta.get('object-src')).toEqual(["'none'"]);
      expect(fromMeta.get('base-uri')).toEqual(["'none'"]);
      expect(fromMeta.get('form-action')).toEqual(["'self'"]);
      expect(meta).not.toMatch(/unsafe-eval/);

      // The policy's meta comes before every script and stylesheet (it covers only what follows).
      const metaAt = html.indexOf('http-equiv="Content-Security-Policy"');
      expect(metaAt).toBeGreaterThan(0);
      expect(metaAt).toBeLessThan(html.search(/<script|<link rel="(stylesheet|modulepreload)"/));
      // No inline script at all: every <script> has a src.
      const scripts = html.match(/<script\b[^>]*>/g) ?? [];
      expect(scripts.length).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag, 'inline script in index.html').toMatch(/\bsrc=/);

      expect(headers.get('referrer-policy')).toBe('no-referrer');
      expect(headers.get('x-content-type-options')).toBe('nosniff');
      expect(headers.get('x-frame-options')).toBe('DENY');
    }
  });

  it('blocks an injected inline script, and the violation is seen (the detector works)', async () => {
    const t = await newPage();
    const csp = await recordCspViolations(t);
    await t.page.goto('/inloggen');
    await t.page.getByRole('heading', { level: 1 }).waitFor();
    // What an XSS would try: a <script> element with inline code.
    await t.page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true;';
      document.body.append(script);
    });
    await expect.poll(() => csp.events).toContainEqual(expect.stringMatching(/^script-src-elem blocked inline/));
    expect(await t.page.evaluate(() => 'injected' in window || '__injected' in window)).toBe(false);
    await expect.poll(() => csp.console.length).toBeGreaterThan(0);
  });

  it('reports no CSP violation during sign-in → overview → detail → persoonsgegevens', async () => {
    const t = await newPage();
    const { page } = t;
    const csp = await recordCspViolations(t);
    await signInAsTestPerson(page, 'Suzanne Moulin');
    await page.waitForFunction(
      () => document.querySelectorAll('[data-registry][data-status="success"]').length === 9,
      null,
      { timeout: 20_000 },
    );
    // Client-side navigation to one detail page, then a full load of another.
    await page.locator('[data-registry="woz"] .mg-card__more a').click();
    await page.waitForURL(`**${registryPath('woz')}`);
    await waitForDetailPage(page);
    expect(csp.events).toEqual([]);
    await page.goto(registryPath('rdw'));
    await waitForDetailPage(page);
    await openPersoonsgegevens(page);
    await page.getByText('Boterdiep 31').first().waitFor();
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Personal data' }).waitFor();

    expect(csp.events).toEqual([]);
    expect(csp.console).toEqual([]);
    t.expectNoErrors();
  });

  it('reports no CSP violation with the mock service worker (VITE_MOCKS=on)', async () => {
    const t = await newPage({ baseURL: mocksBaseUrl() });
    const csp = await recordCspViolations(t);
    await signInAsTestPerson(t.page, 'Suzanne Moulin');
    await openPersoonsgegevens(t.page);
    await t.page.getByText('Boterdiep 31').first().waitFor();
    // The worker really is what answers: the policy allowed it.
    expect(await t.page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(
      /mockServiceWorker\.js$/,
    );
    expect(csp.events).toEqual([]);
    expect(csp.console).toEqual([]);
    t.expectNoErrors();
  });
});

/**
 * Every request the browser makes during the three journeys. The harness blocks requests to
 * other origins (so nothing leaves the machine) and lists them in `foreignRequests`; this also
 * lists the origins that were seen, so a failure says where the app tried to go.
 */
async function recordOrigins(t: TrackedPage): Promise<{ origins: Set<string>; urls: string[] }> {
  const origins = new Set<string>();
  const urls: string[] = [];
  t.context.on('request', (request) => {
    const url = new URL(request.url());
    urls.push(request.url());
    origins.add(url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : url.protocol);
  });
  return { origins, urls };
}

describe('No third parties', () => {
  beforeEach(async () => {
    await resetMocks();
  });

  const expectOnlyOwnOrigin = (t: TrackedPage, seen: { origins: Set<string>; urls: string[] }) => {
    const own = new URL(t.baseURL).origin;
    console.log(`[no third parties] ${seen.urls.length} requests, origins: ${[...seen.origins].join(', ')}`);
    expect(seen.urls.length).toBeGreaterThan(0);
    expect(t.foreignRequests).toEqual([]);
    expect([...seen.origins]).toEqual([own]);
  };

  it('journey 1: the sign-in page talks only to its own origin', async () => {
    const t = await newPage();
    const seen = await recordOrigins(t);
    await t.page.goto('/inloggen');
    await t.page.getByRole('button', { name: /Inloggen als Suzanne Moulin/ }).waitFor();
    await t.page.waitForLoadState('networkidle');
    expectOnlyOwnOrigin(t, seen);
    t.expectNoErrors();
  });

  it('journey 2: the overview and every registry detail page talk only to their own origin', async () => {
    const t = await newPage();
    const { page } = t;
    const seen = await recordOrigins(t);
    await signInAsTestPerson(page, 'Suzanne Moulin');
    await page.waitForFunction(
      () => document.querySelectorAll('[data-registry][data-status="success"]').length === 9,
      null,
      { timeout: 20_000 },
    );
    for (const id of registryIds) {
      await page.goto(registryPath(id));
      await waitForDetailPage(page);
    }
    await page.waitForLoadState('networkidle');
    expectOnlyOwnOrigin(t, seen);
    // The registries were really asked (the journey did what it says).
    expect(seen.urls.filter((u) => new URL(u).pathname.startsWith('/api/')).length).toBeGreaterThanOrEqual(
      registryIds.length,
    );
    t.expectNoErrors();
  });

  it('journey 3: persoonsgegevens, language switch and sign-out talk only to their own origin', async () => {
    const t = await newPage();
    const { page } = t;
    const seen = await recordOrigins(t);
    await signInAsTestPerson(page, 'Suzanne Moulin');
    await openPersoonsgegevens(page);
    await page.getByText('Boterdiep 31').first().waitFor();
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Personal data' }).waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL('**/inloggen');
    await page.getByText('You have signed out').waitFor();
    await page.waitForLoadState('networkidle');
    expectOnlyOwnOrigin(t, seen);
    t.expectNoErrors();
  });
});
