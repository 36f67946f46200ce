/**
 * Issue 14 in the browser: a parent with gezag (BRP 2.7, test person 999970057) signs in,
 * switches to her child, sees the banner on every page, views the child's data, switches back
 * with one click; the child, signing in, reads what was done in their name. A parent whose
 * children's gezag cannot be established gets the reasons, not an empty list.
 */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../support/axe';
import { newPage } from '../support/browser';
import path from 'node:path';
import { ARTIFACTS_DIR, resetMocks, screenshot } from '../support/fixtures';
import {
  expectNoHorizontalScroll,
  openMenuIfFolded,
  openPersoonsgegevens,
  signInAsTestPerson,
} from '../support/journeys';

const CHILD_BSN = '999970070';

async function openVertegenwoordigen(page: Page, name = /^(Vertegenwoordigen|Acting for others)$/): Promise<void> {
  await openMenuIfFolded(page);
  await page.getByRole('navigation').getByRole('link', { name }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

describe('Acting on behalf of a child', () => {
  beforeEach(async () => {
    await resetMocks();
  });

  it('a parent switches to her child, sees the banner and the child’s data, and switches back; the child reads the trail', async () => {
    const t = await newPage();
    const { page } = t;
    await signInAsTestPerson(page, 'Nicolette Nooitgedacht');
    await openVertegenwoordigen(page);
    await page.getByText('Nicolas van Nimwegen', { exact: true }).waitFor();
    await expectNoAxeViolations(page);

    // The switch, by keyboard.
    const bekijk = page.getByRole('button', { name: 'Gegevens van Nicolas van Nimwegen bekijken' });
    await bekijk.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL('**/mijn-gegevens');
    const banner = page.locator('.mg-namens[role="status"]');
    await banner.getByText('U bekijkt de gegevens van Nicolas van Nimwegen (u handelt als ouder met gezag).').waitFor();

    // The child's data, with the banner still there; never the BSN in a URL.
    await openPersoonsgegevens(page);
    const voornamen = page.locator('main dt:text-is("Voornamen") + dd, main dt:text-is("First names") + dd').first();
    await voornamen.waitFor({ timeout: 20_000 });
    expect(await voornamen.innerText()).toMatch(/^Nicolas\b/);
    await banner.getByText(/^U bekijkt de gegevens van Nicolas van Nimwegen/).waitFor();
    expect(page.url()).not.toContain(CHILD_BSN);
    await expectNoAxeViolations(page);
    await page.setViewportSize({ width: 360, height: 740 });
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'namens-kind-nl-360');
    // The first screen only, where the banner is (the full page is 10,000 px tall at 360).
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'namens-kind-nl-360-top.png') });

    await openMenuIfFolded(page);
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await banner
      .getByText('You are viewing the data of Nicolas van Nimwegen (you act as parent with parental authority).')
      .waitFor();
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'namens-kind-en-360');
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'namens-kind-en-360-top.png') });
    await page.setViewportSize({ width: 1280, height: 800 });
    await screenshot(page, 'namens-kind-en-1280');

    // One click back.
    await page.getByRole('button', { name: 'Back to your own data' }).click();
    await page.getByText('You are viewing your own data again.').waitFor();
    await expect(page.getByText(/You are viewing the data of/).count()).resolves.toBe(0);
    await openPersoonsgegevens(page);
    await voornamen.waitFor({ timeout: 20_000 });
    await expect.poll(() => voornamen.innerText()).toMatch(/^Nicolette\b/);
    t.expectNoErrors();

    // The child signs in and sees what was done in their name.
    const child = await newPage();
    await child.page.goto('/inloggen');
    await child.page.getByLabel('Burgerservicenummer (BSN)').fill(CHILD_BSN);
    await child.page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await child.page.waitForURL('**/mijn-gegevens');
    await openVertegenwoordigen(child.page);
    const spoor = child.page.getByTestId('spoor');
    await spoor.getByText('Nicolette Nooitgedacht, als ouder met gezag').first().waitFor();
    await spoor.getByText('bekeek uw gegevens: Persoonsgegevens').waitFor();
    await child.page.getByText(/Nicolette Nooitgedacht, ouder met gezag \(volgens de BRP, tot en met/).waitFor();
    await expectNoAxeViolations(child.page);
    await screenshot(child.page, 'namens-spoor-kind-nl');
    child.expectNoErrors();
  });

  it('a parent without established gezag gets the reasons, not an empty list', async () => {
    const t = await newPage();
    const { page } = t;
    await signInAsTestPerson(page, 'Govert de Geus');
    await openVertegenwoordigen(page);
    await page.getByRole('heading', { level: 3, name: 'Dit kan nu niet' }).waitFor();
    await page.getByText('De gemeente onderzoekt of de gegevens over het gezag kloppen.', { exact: false }).waitFor();
    await page.getByText('Uit de BRP is niet op te maken wie het gezag heeft.', { exact: false }).waitFor();
    await expect(page.getByRole('button', { name: /bekijken$/ }).count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page
      .getByText('The municipality is checking whether the data about parental authority are correct.', {
        exact: false,
      })
      .waitFor();
    await expectNoAxeViolations(page);
    t.expectNoErrors();
  });
});
