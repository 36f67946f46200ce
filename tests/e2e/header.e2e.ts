/**
 * Issue 19: the header on a phone. At 360 px the menu and the account tools fold behind one
 * "Menu" button (the header took ~370 px before), which opens and closes by keyboard, closes when
 * a page is chosen, and the logo is a link inside the app (no full page load, no lost state).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { newPage } from './support/browser';
import { baseUrl, resetMocks, screenshot } from './support/fixtures';

describe('the header on a phone', () => {
  beforeEach(async () => {
    await resetMocks();
  });

  it.each(['nl', 'en'] as const)('folds the menu behind one button that works by keyboard (%s)', async (lang) => {
    const t = await newPage({ viewport: { width: 360, height: 740 }, locale: lang === 'nl' ? 'nl-NL' : 'en-GB' });
    const { page } = t;
    expect(
      (await t.context.request.post(`${baseUrl()}/api/auth/session`, { data: { bsn: '999993653' } })).status(),
    ).toBe(201);
    if (lang === 'en') await page.addInitScript(() => localStorage.setItem('mg.lang', 'en'));
    await page.goto('/mijn-gegevens');
    await page.getByRole('heading', { level: 1 }).waitFor();

    const header = page.getByRole('banner');
    const headerHeight = (await header.boundingBox())?.height ?? 0;
    expect(headerHeight, 'the header leaves the first screen to the page').toBeLessThan(140);
    const nav = page.getByRole('navigation', { name: lang === 'nl' ? 'Hoofdmenu' : 'Main menu' });
    expect(await nav.isVisible()).toBe(false);

    const toggle = page.getByRole('button', { name: 'Menu', exact: true });
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await nav.waitFor();
    await page.getByRole('button', { name: lang === 'nl' ? 'Uitloggen' : 'Sign out' }).waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, `header-menu-open-${lang}-360`);

    // Escape closes it and gives focus back to the button.
    await page.keyboard.press('Escape');
    await expect.poll(() => nav.isVisible()).toBe(false);
    expect(await toggle.evaluate((el) => el === document.activeElement)).toBe(true);

    // Choosing a page closes it.
    await toggle.click();
    await nav.getByRole('link', { name: lang === 'nl' ? 'Berichten' : 'Messages' }).click();
    await page.waitForURL('**/berichten');
    await expect.poll(() => nav.isVisible()).toBe(false);
    t.expectNoErrors();
  });

  it('takes the logo to the overview inside the app, without a full page load', async () => {
    const t = await newPage();
    const { page } = t;
    expect(
      (await t.context.request.post(`${baseUrl()}/api/auth/session`, { data: { bsn: '999993653' } })).status(),
    ).toBe(201);
    await page.goto('/berichten');
    await page.getByRole('heading', { level: 1 }).waitFor();
    let loads = 0;
    page.on('load', () => loads++);
    await page
      .getByRole('link', { name: /Mijn Gegevens/ })
      .first()
      .click();
    await page.waitForURL('**/mijn-gegevens');
    await page.getByRole('heading', { level: 1, name: 'Overzicht van uw gegevens' }).waitFor();
    expect(loads).toBe(0);
    t.expectNoErrors();
  });

  it.each(['nl', 'en'] as const)(
    'gives the auditor workspace its own logo target and footer (%s)',
    async (lang) => {
      const t = await newPage({ locale: lang === 'nl' ? 'nl-NL' : 'en-GB' });
      const { page } = t;
      if (lang === 'en') await page.addInitScript(() => localStorage.setItem('mg.lang', 'en'));
      await page.goto('/auditor/inloggen');
      // Before sign-in the logo already belongs to the workspace, not to the citizen's sign-in.
      const logo = page.getByRole('banner').getByRole('link', { name: /Mijn Gegevens/ });
      expect(await logo.getAttribute('href')).toBe('/auditor');
      await page
        .getByRole('button', { name: /M\. de Vries/ })
        .first()
        .click();
      await page.locator('.mg-audit-nav').waitFor({ timeout: 60_000 });
      await page.goto('/auditor/afwijkingen');
      await page.getByRole('heading', { level: 1 }).waitFor();
      let loads = 0;
      page.on('load', () => loads++);
      await logo.click();
      await page.waitForURL(/\/auditor$/);
      expect(loads, 'the logo stays inside the app').toBe(0);

      const footer = page.getByRole('contentinfo');
      expect(await footer.textContent()).toContain(
        lang === 'nl' ? 'komt in het toegangslogboek' : 'goes into the access trail',
      );
      // The citizen's test aids are not offered to an auditor.
      expect(await footer.getByRole('link', { name: /Testhulp|Testing aid/ }).count()).toBe(0);
      t.expectNoErrors();
    },
    90_000,
  );
});
