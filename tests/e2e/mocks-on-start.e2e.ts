/**
 * Issue 16: with the in-browser mock gateway (mocks on: `npm run dev`, a demo deployment), the
 * sign-in page paints without waiting for it, and lists its test persons without the
 * registries' data (the 2.2 MB BRP test file is in the `full` chunk, loaded on first use).
 * Against the mocks-on production build, with the gateway's chunks held back or failing.
 */
import type { Request, Route } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { newPage } from './support/browser';
import { mocksBaseUrl, resetMocks, screenshot } from './support/fixtures';
import { expectNoHorizontalScroll } from './support/journeys';

/** The mock gateway's start (msw, mocks/browser.ts) and the registries' handlers and data (mocks/handlers/full.ts). */
const GATEWAY_CHUNK = /\/assets\/browser-[\w-]+\.js$/;
const DATA_CHUNK = /\/assets\/full-[\w-]+\.js$/;
/** A record of the BRP test file (mocks/specs/brp/brp-personen-mock-test-data-gba-format.json) as bundled. */
const BRP_RECORD = '"burgerservicenummer":"999993653"';

describe('mocks on: the sign-in page does not wait for the mock gateway', () => {
  beforeEach(async () => {
    await resetMocks();
  });

  it('paints its heading before the gateway has started, lists the test persons without the registries’ data, and signs in', async () => {
    const t = await newPage({ baseURL: mocksBaseUrl() });
    const { page } = t;
    const dataRequests: string[] = [];
    page.on('request', (request: Request) => {
      if (DATA_CHUNK.test(request.url())) dataRequests.push(request.url());
    });
    const hold = async (chunk: RegExp) => {
      let release: () => void = () => {};
      const released = new Promise<void>((resolve) => (release = resolve));
      let asked = false;
      await page.route(chunk, async (route: Route) => {
        asked = true;
        await released;
        await route.fallback();
      });
      return { release, asked: () => asked };
    };
    const gateway = await hold(GATEWAY_CHUNK);
    const data = await hold(DATA_CHUNK);
    const gatewayCode = page.waitForResponse(GATEWAY_CHUNK).then((response) => response.text());
    const dataCode = page.waitForResponse(DATA_CHUNK).then((response) => response.text());
    await page.goto('/inloggen');

    // The gateway is held back, and the page is there: its heading, and the list loading.
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    await expect.poll(gateway.asked).toBe(true);
    expect(await page.locator('main [role="status"]').count()).toBeGreaterThan(0);
    expect(await page.getByRole('button', { name: /^Inloggen als / }).count()).toBe(0);
    expect(await page.getByRole('alert').count()).toBe(0);
    await screenshot(page, 'mocks-on-sign-in-gateway-starting');

    // The gateway starts; the registries' data is still held back, and the list comes anyway.
    gateway.release();
    const suzanne = page.getByRole('button', { name: /^Inloggen als Suzanne Moulin/ });
    await suzanne.waitFor({ timeout: 30_000 });
    expect(await page.getByRole('button', { name: /^Inloggen als / }).count()).toBe(13);
    expect(await page.getByRole('alert').count()).toBe(0);

    data.release();
    await suzanne.click();
    await page.waitForURL('**/mijn-gegevens');
    await page.waitForFunction(
      () => document.querySelectorAll('[data-registry][data-status="success"]').length === 9,
      null,
      { timeout: 30_000 },
    );
    // Fetched once (in idle time after the list, or by the sign-in itself), never twice.
    expect(dataRequests).toHaveLength(1);
    // The BRP test file is in the data chunk, not in the gateway's start (a static import
    // added to mocks/browser.ts or the light handlers would bring it back there).
    expect(await dataCode).toContain(BRP_RECORD);
    expect(await gatewayCode).not.toContain(BRP_RECORD);
    t.expectNoErrors();
  });

  const FAILED = {
    nl: { title: 'Inloggen', text: 'De testomgeving kon niet starten' },
    en: { title: 'Sign in', text: 'The test environment could not start' },
  } as const;

  it.each(['nl', 'en'] as const)(
    'says so when the gateway cannot start, instead of loading for ever (%s, 320 px)',
    async (lang) => {
      const t = await newPage({
        baseURL: mocksBaseUrl(),
        viewport: { width: 320, height: 700 },
        locale: lang === 'nl' ? 'nl-NL' : 'en-GB',
      });
      const { page } = t;
      if (lang === 'en') await page.addInitScript(() => localStorage.setItem('mg.lang', 'en'));
      await page.route(GATEWAY_CHUNK, (route: Route) => route.abort('failed'));
      await page.goto('/inloggen');
      await page.getByRole('heading', { level: 1, name: FAILED[lang].title }).waitFor();
      const alert = page.getByRole('alert').filter({ hasText: FAILED[lang].text });
      await alert.waitFor({ timeout: 30_000 });
      expect(await page.locator('main [role="status"]').count()).toBe(0);
      await expectNoHorizontalScroll(page);
      await expectNoAxeViolations(page);
      await screenshot(page, `mocks-on-sign-in-gateway-failed-${lang}-320`);
      // Expected here: the failed chunk and the gateway's start error, nothing else.
      expect(t.pageErrors).toEqual([]);
      expect(t.consoleErrors.every((line) => /mock gateway did not start|browser-|Failed to load/i.test(line))).toBe(
        true,
      );
    },
  );
});
