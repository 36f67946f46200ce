/**
 * Issue 16, decision 094: the top of a page is on screen before the page's code. Against the
 * production build, with the page's chunk held back: the overview's, the log's and a registry's
 * title and lead (and the log's notes, the registry's description), and the correction flow's
 * first step with its field box, show at 320 px in both languages, readable and axe clean; when
 * the code arrives the page replaces the frame with the same title, once.
 */
import type { Route } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { newPage } from './support/browser';
import { baseUrl, resetMocks, screenshot } from './support/fixtures';
import { expectNoHorizontalScroll } from './support/journeys';

const PAGES = [
  {
    path: '/mijn-gegevens',
    chunk: /\/assets\/OverviewRoute-[\w-]+\.js$/,
    title: { nl: 'Overzicht van uw gegevens', en: 'Overview of your data' },
    lead: { nl: /Dit zijn de gegevens die de overheid/, en: /This is the data the Dutch government/ },
    page: '.mg-cards',
  },
  {
    path: '/mijn-gegevens/gebruik',
    chunk: /\/assets\/VerwerkingenRoute-[\w-]+\.js$/,
    title: { nl: 'Wie gebruikte mijn gegevens', en: 'Who used my data' },
    lead: { nl: /Niet alles staat in deze lijst/, en: /Not everything is in this list/ },
    page: 'form[role="search"]',
  },
  {
    // A registry's detail page: its names (bundled) and its description (its own namespace).
    path: '/mijn-gegevens/voertuigen',
    chunk: /\/assets\/RegistryDetailRoute-[\w-]+\.js$/,
    title: { nl: 'Voertuigen', en: 'Vehicles' },
    lead: { nl: /De RDW houdt bij welke auto's/, en: /The RDW records which cars/ },
    page: '.mg-source',
  },
  {
    // The correction flow's first step, opened by a typed URL: the field box names the field in
    // words (the link's label is not there); the step must leave the box where the frame drew it.
    path: '/correctie/brp/naam.voornamen/wat',
    chunk: /\/assets\/CorrectieRoute-[\w-]+\.js$/,
    title: { nl: 'Wat klopt er niet?', en: 'What is wrong?' },
    lead: { nl: 'Gegeven: Een gegeven bij Persoonsgegevens', en: 'Item: An item in Personal data' },
    page: 'form.mg-form',
    keep: '.mg-correctie-veld',
  },
] as const;

describe('the shell comes first', () => {
  beforeEach(async () => {
    await resetMocks();
  });

  for (const spec of PAGES) {
    it.each(['nl', 'en'] as const)(`draws the top of ${spec.path} before its code (%s, 320 px)`, async (lang) => {
      const t = await newPage({ viewport: { width: 320, height: 700 }, locale: lang === 'nl' ? 'nl-NL' : 'en-GB' });
      const { page } = t;
      const signIn = await t.context.request.post(`${baseUrl()}/api/auth/session`, { data: { bsn: '999993653' } });
      expect(signIn.status()).toBe(201);
      if (lang === 'en') await page.addInitScript(() => localStorage.setItem('mg.lang', 'en'));
      let release: () => void = () => {};
      const released = new Promise<void>((resolve) => (release = resolve));
      await page.route(spec.chunk, async (route: Route) => {
        await released;
        await route.fallback();
      });
      await page.goto(spec.path);

      const heading = page.getByRole('heading', { level: 1, name: spec.title[lang] });
      await heading.waitFor();
      await page.getByText(spec.lead[lang]).first().waitFor();
      // The frame, not the page: the page's own content is not there, a loading state is.
      expect(await page.locator(spec.page).count()).toBe(0);
      expect(await page.locator('main [role="status"]').count()).toBeGreaterThan(0);
      await expectNoHorizontalScroll(page);
      await expectNoAxeViolations(page);
      await screenshot(page, `shell-frame-${spec.path.replaceAll('/', '_')}-${lang}-320`);
      const kept = 'keep' in spec ? await page.locator(spec.keep).boundingBox() : null;

      release();
      await page.locator(spec.page).first().waitFor({ timeout: 30_000 });
      // Where the frame drew its largest text, the page draws it too: nothing jumps.
      if ('keep' in spec) expect(await page.locator(spec.keep).boundingBox()).toEqual(kept);
      expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
      await heading.waitFor();
      t.expectNoErrors();
    });
  }

  it('opens a linked page at its top, not where the page before it was scrolled to (360 px)', async () => {
    const t = await newPage({ viewport: { width: 360, height: 640 } });
    const { page } = t;
    const signIn = await t.context.request.post(`${baseUrl()}/api/auth/session`, { data: { bsn: '999993653' } });
    expect(signIn.status()).toBe(201);
    await page.goto('/mijn-gegevens');
    const link = page.locator('[data-registry="rdw"] a').first();
    await link.waitFor();
    await link.scrollIntoViewIfNeeded();
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
    // Where the window is when the new page's heading enters the DOM (a mutation observer runs
    // right after React's commit, before the page's focus effect could scroll anything).
    await page.evaluate(() => {
      const w = window as unknown as { scrollAtNewPage?: number };
      new MutationObserver((_, observer) => {
        if (document.querySelector('h1')?.textContent === 'Voertuigen') {
          w.scrollAtNewPage = window.scrollY;
          observer.disconnect();
        }
      }).observe(document.body, { childList: true, subtree: true, characterData: true });
    });
    await link.click();
    await page.getByRole('heading', { level: 1, name: 'Voertuigen' }).waitFor();
    await page.locator('.mg-source').first().waitFor({ timeout: 30_000 });
    // At the top with the page's first paint: before, the page came in scrolled down and only
    // the heading's focus moved it, after the fact (a shift, and the header out of view).
    expect(await page.evaluate(() => (window as unknown as { scrollAtNewPage?: number }).scrollAtNewPage)).toBe(0);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    // Back returns to where the person was (the browser's own restoration is left alone).
    await page.goBack();
    await link.waitFor();
    t.expectNoErrors();
  });
});
