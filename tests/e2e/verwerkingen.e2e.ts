/**
 * Issue 4, "Wie gebruikte mijn gegevens": the processing log in real Chromium against the
 * HTTP mock gateway (production build, mocks off).
 */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { newPage } from './support/browser';
import { resetMocks, screenshot } from './support/fixtures';
import { expectNoHorizontalScroll, signInAsTestPerson } from './support/journeys';

async function openLog(page: Page, lang: 'nl' | 'en' = 'nl') {
  await page
    .getByRole('navigation')
    .getByRole('link', { name: lang === 'nl' ? 'Wie gebruikte mijn gegevens' : 'Who used my data' })
    .click();
  await page.waitForURL('**/mijn-gegevens/gebruik');
  await page.locator('[data-count]').waitFor({ timeout: 30_000 });
}

const POLL = { timeout: 20_000, interval: 100 };
/** The charts are drawn when they come near the screen (issue 16): scroll there, then wait. */
async function chartsSettled(page: Page) {
  const section = page.locator('section[aria-labelledby="log-charts-title"]');
  await section.scrollIntoViewIfNeeded();
  await expect.poll(() => section.locator('.mg-charts-later, .mg-loading').count(), POLL).toBe(0);
  await expect.poll(() => section.getAttribute('aria-busy'), POLL).toBe('false');
}
const count = (page: Page) => page.locator('[data-count]').getAttribute('data-count').then(Number);

describe('Wie gebruikte mijn gegevens', () => {
  beforeEach(async () => {
    await resetMocks();
  });

  it('filters by organisation and period: table, ranked bars and count agree; the bars and the twin work by keyboard', async () => {
    const t = await newPage();
    const { page } = t;
    await signInAsTestPerson(page, 'Suzanne Moulin');
    await openLog(page);
    const all = await count(page);
    expect(all).toBeGreaterThan(20);
    await expectNoAxeViolations(page);
    await screenshot(page, 'verwerkingen-log-nl');

    // Period: three months, a new query to the gateway.
    await page.getByLabel('Periode').selectOption('3m');
    await expect.poll(() => page.url(), POLL).toMatch(/periode=3m/);
    await expect.poll(() => count(page), POLL).toBeLessThan(all);
    const inPeriod = await count(page);
    // The charts follow the list after a pause: read them once they show the same period.
    await chartsSettled(page);

    // The monthly chart's table twin opens by keyboard and keeps focus on its toggle.
    const toggle = page.getByRole('button', { name: 'Toon als tabel: Verwerkingen per maand, per registratie' });
    await toggle.focus();
    await page.keyboard.press('Enter');
    // Its name now says what it does next ("hide"); it stays the same button, still focused.
    const hide = page.getByRole('button', { name: 'Verberg de tabel: Verwerkingen per maand, per registratie' });
    await expect.poll(() => hide.getAttribute('aria-expanded'), POLL).toBe('true');
    expect(await hide.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.getByRole('table', { name: 'Verwerkingen per maand, per registratie' }).waitFor();

    // The ranked organisations are buttons: reached and used with the keyboard only.
    const ranked = page.getByRole('list', { name: 'Organisaties die uw gegevens het vaakst gebruikten' });
    const firstBar = ranked.getByRole('button').first();
    const [, organisation = '', countText = ''] =
      /^(.+): (\d+) verwerkingen?\. Filter de lijst op /.exec((await firstBar.getAttribute('aria-label')) ?? '') ?? [];
    const barCount = Number(countText);
    expect(organisation).not.toBe('');
    await firstBar.focus();
    await page.keyboard.press('Enter');

    // Organisation filter set from the bar: URL, select, count and every row agree.
    await expect.poll(() => page.url(), POLL).toMatch(/organisatie=/);
    expect(page.url()).toMatch(/periode=3m/);
    await expect.poll(() => count(page), POLL).toBe(barCount);
    expect(barCount).toBeLessThanOrEqual(inPeriod);
    await chartsSettled(page);
    expect(await page.getByLabel('Organisatie').locator('option:checked').textContent()).toBe(organisation);
    const rows = page.locator('.mg-log__table tbody tr[data-index]');
    expect(await rows.count()).toBeGreaterThan(0);
    for (const text of await rows.locator('td:nth-child(2)').allTextContents()) expect(text).toContain(organisation);
    // The ranked bars now count only that organisation, with the same total.
    const only = ranked.getByRole('button');
    await expect.poll(() => only.count(), POLL).toBe(1);
    expect(await only.first().getAttribute('aria-label')).toMatch(new RegExp(`^.+: ${barCount} verwerkingen?\\.`));

    await screenshot(page, 'verwerkingen-chart-table-nl');

    // The filter survives a reload: it is in the URL (and no BSN is).
    expect(page.url()).not.toMatch(/999993653/);
    await page.reload();
    await page.locator('[data-count]').waitFor({ timeout: 30_000 });
    await expect.poll(() => count(page), POLL).toBe(barCount);
    t.expectNoErrors();
  }, 150_000);

  it('asks why on an event and shows the request with its due date (NL, then EN at 320 px)', async () => {
    const t = await newPage();
    const { page } = t;
    await signInAsTestPerson(page, 'Suzanne Moulin');
    await openLog(page);
    await page.locator('.mg-log__table tbody tr[data-index] a').first().click();
    await page.getByRole('heading', { level: 2, name: 'Waarom is dit gebeurd?' }).waitFor({ timeout: 30_000 });
    expect(page.url()).toMatch(/\/mijn-gegevens\/gebruik\/[0-9a-f-]{36}_[0-9a-f]{16}$/);
    await page.getByText('Welke wet dit toestaat').waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'verwerkingen-detail-nl');

    await page.getByLabel('Uw vraag').fill('Waarom is mijn gegeven hiervoor gebruikt?');
    await page.getByRole('button', { name: 'Vraag versturen' }).click();
    await page.getByText('Uw vraag is verstuurd').waitFor({ timeout: 30_000 });
    // The app names the zaak itself, so a retry finds it back (docs/decisions/021).
    expect(await page.getByTestId('zaak-identificatie').textContent()).toMatch(/^MG-\d{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    // Received on the mock's today (2026-11-28): one calendar month (GDPR art. 12(3)).
    expect(await page.getByTestId('uitleg-termijn').textContent()).toBe('28 december 2026');
    await expectNoAxeViolations(page);
    await screenshot(page, 'verwerkingen-gevraagd-nl');

    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByText('Your question has been sent').waitFor();
    expect(await page.getByTestId('uitleg-termijn').textContent()).toBe('28 December 2026');
    await page.setViewportSize({ width: 320, height: 640 });
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page);
    await screenshot(page, 'verwerkingen-gevraagd-en-320');
    t.expectNoErrors();
  }, 120_000);

  it('has no axe violations in English, and stacks as cards at 320 px without sideways scrolling', async () => {
    const t = await newPage({ locale: 'en-GB' });
    const { page } = t;
    await page.addInitScript(() => localStorage.setItem('mg.lang', 'en'));
    await signInAsTestPerson(page, 'Suzanne Moulin');
    await openLog(page, 'en');
    await expectNoAxeViolations(page);
    await screenshot(page, 'verwerkingen-log-en');
    await page.setViewportSize({ width: 320, height: 640 });
    await expectNoHorizontalScroll(page);
    expect(
      await page
        .locator('.mg-log__table tbody tr[data-index]')
        .first()
        .evaluate((el) => getComputedStyle(el).display),
    ).toBe('grid');
    await screenshot(page, 'verwerkingen-log-en-320');
    t.expectNoErrors();
  }, 120_000);
});
