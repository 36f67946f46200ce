/**
 * Issue 16: a registry card that is still loading holds the height its card has once loaded, so
 * the cards below it stay where they are when it fills in. The BRP answer is held back until
 * the other cards are drawn (what a slow BRP looks like); its arrival may not move the page.
 * With one loading height for every card (20rem) its card grew 182 px at 412 px wide, and
 * Lighthouse counted CLS 0.056 on the overview.
 */
import { describe, expect, it } from 'vitest';
import { newPage } from '../support/browser';
import { resetMocks, screenshot } from '../support/fixtures';
import { card, signInByApi, waitForSettledCards } from './helpers';

const cases = [
  { width: 360, lang: 'nl' },
  { width: 412, lang: 'en' },
] as const;

describe('the overview while a registry loads', () => {
  it.each(cases)('does not move when the BRP card fills in ($width px, $lang)', async ({ width, lang }) => {
    await resetMocks();
    const t = await newPage({ viewport: { width, height: 823 } });
    const { page } = t;
    await signInByApi(t.context, '999993653');
    if (lang === 'en') await page.addInitScript(() => localStorage.setItem('mg.lang', 'en'));
    await page.addInitScript(() => {
      const shifts: Array<{ at: number; value: number }> = [];
      (window as unknown as { __shifts: typeof shifts }).__shifts = shifts;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as Array<PerformanceEntry & { value: number }>)
          shifts.push({ at: e.startTime, value: e.value });
      }).observe({ type: 'layout-shift', buffered: true });
    });
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/brp/personen', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/mijn-gegevens');
    // Every card that does not wait for the BRP has its answer; the BRP card still loads.
    await page.waitForFunction(
      () =>
        ['brk', 'rdw', 'kvk', 'bri', 'uwv', 'duo'].every(
          (id) => document.querySelector(`[data-registry="${id}"]`)?.getAttribute('data-status') === 'success',
        ),
      null,
      { timeout: 20_000 },
    );
    expect(await card(page, 'brp').getAttribute('data-status')).toBe('pending');
    // Only the screen: a full-page shot resizes the page just before the watched time (fixtures.ts).
    await screenshot(page, `overview-brp-loading-${width}-${lang}`, { fullPage: false });
    const releasedAt = await page.evaluate(() => performance.now());
    release();
    await waitForSettledCards(page);
    await page.waitForTimeout(300);
    const shifts = await page.evaluate(
      (after) =>
        (window as unknown as { __shifts: Array<{ at: number; value: number }> }).__shifts.filter((s) => s.at >= after),
      releasedAt,
    );
    const moved = shifts.reduce((sum, s) => sum + s.value, 0);
    expect(moved, JSON.stringify(shifts)).toBeLessThan(0.02);
    t.expectNoErrors();
  });
});
