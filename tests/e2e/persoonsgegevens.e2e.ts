/**
 * Issue 2, the walking skeleton: sign in as an official BRP test person and see your own
 * BRP data, in Dutch and English, by keyboard, accessibly, and leave nothing behind.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { newPage } from './support/browser';
import { mocksBaseUrl, resetMocks, screenshot } from './support/fixtures';
import {
  browserStorageDump,
  expectNoHorizontalScroll,
  openPersoonsgegevens,
  signInAsTestPerson,
} from './support/journeys';

describe('Mijn persoonsgegevens', () => {
  beforeEach(async () => {
    await resetMocks();
  });

  it('shows Suzanne Moulin her own BRP data; English changes the labels, not the data; sign-out leaves nothing', async () => {
    const t = await newPage();
    const { page } = t;
    await signInAsTestPerson(page, 'Suzanne Moulin');
    await openPersoonsgegevens(page);

    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Persoonsgegevens');
    await page.getByText('Boterdiep 31').first().waitFor();
    const main = page.getByRole('main');
    await expect.poll(() => main.textContent()).toMatch(/Suzanne/);
    expect(await main.textContent()).toMatch(/Moulin/);
    expect(await main.textContent()).toMatch(/3077 ?AW/);
    expect(await main.textContent()).toMatch(/Rotterdam/);
    expect(await main.textContent()).toMatch(/Franse/);
    expect(await page.title()).toBe('Persoonsgegevens | Mijn Gegevens');
    await expectNoAxeViolations(page);
    await screenshot(page, 'brp-999993653-nl');

    await page.getByRole('button', { name: 'Switch to English' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Personal data');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await main.textContent()).toMatch(/Boterdiep 31/);
    expect(await main.textContent()).toMatch(/Moulin/);
    expect(await main.textContent()).not.toMatch(/Geboortedatum/);
    await expectNoAxeViolations(page);
    await screenshot(page, 'brp-999993653-en');

    // A new document (the 404 page, still signed in): "back" after sign-out then returns to
    // her data page's document, which the browser may even hold in its back/forward cache.
    await page.goto('/mijn-gegevens/bestaat-niet');
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL('**/inloggen');
    await page.getByText('You have signed out').waitFor();
    const storage = await browserStorageDump(page);
    expect(storage).not.toMatch(/999993653|Suzanne|Moulin|Boterdiep/);
    // The session cookie is gone too.
    expect((await page.context().cookies()).filter((c) => c.name === 'mg_session')).toEqual([]);

    // Back points at her data page, but the data does not come back: the guard sends her to sign in.
    await page.goBack();
    await page.waitForURL('**/inloggen');
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    // (Her name may appear only as one of the test persons to choose from.)
    expect(await page.locator('body').textContent()).not.toMatch(/Boterdiep|3077|Signed in as/);
    t.expectNoErrors();
  });

  it('marks the fields in onderzoek with their start date (999990482)', async () => {
    const t = await newPage();
    await t.page.goto('/inloggen');
    await t.page.getByLabel('Burgerservicenummer (BSN)').fill('999990482');
    await t.page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await t.page.waitForURL('**/mijn-gegevens');
    await openPersoonsgegevens(t.page);
    const notes = t.page.getByRole('note').filter({ hasText: 'In onderzoek' });
    await notes.first().waitFor();
    expect(await notes.count()).toBeGreaterThanOrEqual(1);
    expect(await notes.first().textContent()).toMatch(/sinds \d{1,2} \w+ \d{4}/);
    await expectNoAxeViolations(t.page);
    await screenshot(t.page, 'brp-999990482-in-onderzoek');
    t.expectNoErrors();
  });

  it('says plainly that 999992077 has died', async () => {
    const t = await newPage();
    await signInAsTestPerson(t.page, 'Jan Staart');
    await openPersoonsgegevens(t.page);
    await t.page.getByText('Volgens de BRP is deze persoon overleden op').waitFor();
    await expectNoAxeViolations(t.page);
    t.expectNoErrors();
  });

  it('has no accessibility violations on the sign-in page, in Dutch and English', async () => {
    const t = await newPage();
    await t.page.goto('/inloggen');
    await t.page.getByRole('button', { name: /Inloggen als Suzanne Moulin/ }).waitFor();
    await expectNoAxeViolations(t.page);
    await screenshot(t.page, 'signin-nl');
    await t.page.getByRole('button', { name: 'Switch to English' }).click();
    await t.page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await expectNoAxeViolations(t.page);
    t.expectNoErrors();
  });

  it('rejects bad BSN input next to the field, executes nothing and keeps working', async () => {
    const t = await newPage();
    const { page } = t;
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    await page.goto('/inloggen');
    const field = page.getByLabel('Burgerservicenummer (BSN)');
    const submit = page.getByRole('button', { name: 'Inloggen', exact: true });
    const cases: Array<[string, RegExp]> = [
      ['abcdefghi', /alleen uit cijfers/],
      ['12345678', /precies 9 cijfers/],
      ['999993654', /bestaat niet/],
      ['9'.repeat(10_000), /veel te veel tekens/],
      ['<script>alert(1)</script>', /veel te veel tekens/],
      ['<img src=x onerror=alert(1)>', /veel te veel tekens/],
    ];
    for (const [input, message] of cases) {
      await field.fill(input);
      await submit.click();
      await expect.poll(() => page.locator('#bsn-error').textContent()).toMatch(message);
      expect(await field.inputValue()).toBe(input);
    }
    expect(dialogs).toBe(0);
    expect(await page.locator('main script, main img').count()).toBe(0);
    await expectNoAxeViolations(page);
    t.expectNoErrors();
  });

  it('works at 320 px wide without horizontal scrolling', async () => {
    const t = await newPage({ viewport: { width: 320, height: 640 } });
    await t.page.goto('/inloggen');
    await t.page.getByRole('button', { name: /Inloggen als Suzanne Moulin/ }).waitFor();
    await expectNoHorizontalScroll(t.page);
    await screenshot(t.page, 'signin-320');
    await signInAsTestPerson(t.page, 'Govert de Geus');
    await openPersoonsgegevens(t.page);
    await t.page.getByRole('heading', { level: 1, name: 'Persoonsgegevens' }).waitFor();
    await t.page.getByRole('heading', { level: 2 }).first().waitFor();
    await expectNoHorizontalScroll(t.page);
    await screenshot(t.page, 'brp-999970008-320');
    t.expectNoErrors();
  });

  it('can be done keyboard-only: skip link, sign in, read, switch language, sign out', async () => {
    const t = await newPage();
    const { page } = t;
    await page.goto('/inloggen');
    await page.getByRole('button', { name: /Inloggen als Suzanne Moulin/ }).waitFor();

    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Naar de inhoud');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

    // Tab to the BSN field, type, submit with Enter.
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.id === 'bsn')) break;
    }
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('bsn');
    await page.keyboard.type('999993653');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/mijn-gegevens');
    // From the overview, Tab to the BRP card's link (once the card has its data) and open her personal data.
    await page.locator('[data-registry="brp"][data-status="success"] .mg-card__more a').waitFor({ timeout: 30_000 });
    let onLink = false;
    for (let i = 0; i < 60 && !onLink; i++) {
      await page.keyboard.press('Tab');
      onLink = await page.evaluate(
        () => document.activeElement?.textContent === 'Bekijk alle gegevens over persoonsgegevens',
      );
    }
    expect(onLink).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/persoonsgegevens');
    await page.getByText('Boterdiep 31').first().waitFor();
    // Focus went to the new page's heading.
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');

    const focusOn = async (name: string) => {
      for (let i = 0; i < 80; i++) {
        await page.keyboard.press('Shift+Tab');
        const text = await page.evaluate(() => document.activeElement?.textContent?.trim());
        if (text === name) return;
      }
      throw new Error(`could not reach "${name}" by keyboard`);
    };
    await focusOn('English');
    // The focused element is visibly marked.
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Personal data' }).waitFor();

    await focusOn('Sign out');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/inloggen');
    t.expectNoErrors();
  });

  it('also works with the registries running in the browser (VITE_MOCKS=on, npm run dev)', async () => {
    const t = await newPage({ baseURL: mocksBaseUrl() });
    await signInAsTestPerson(t.page, 'Suzanne Moulin');
    await openPersoonsgegevens(t.page);
    await t.page.getByText('Boterdiep 31').first().waitFor();
    await t.page.getByRole('button', { name: 'Uitloggen' }).click();
    await t.page.waitForURL('**/inloggen');
    expect(await browserStorageDump(t.page)).not.toMatch(/999993653|Suzanne|Moulin|Boterdiep/);
    t.expectNoErrors();
  });
});
