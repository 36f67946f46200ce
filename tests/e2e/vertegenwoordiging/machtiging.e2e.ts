/**
 * Issue 14: a voluntary mandate through the UI. Suzanne Moulin authorises Nicolette
 * Nooitgedacht to view her data; Nicolette accepts it and acts for her; Suzanne revokes it and
 * Nicolette's next request ends the representation, with a message, and her own data back.
 */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../support/axe';
import { newPage } from '../support/browser';
import { resetMocks, screenshot } from '../support/fixtures';
import {
  expectNoHorizontalScroll,
  openMenuIfFolded,
  openPersoonsgegevens,
  signInAsTestPerson,
} from '../support/journeys';

async function openVertegenwoordigen(page: Page): Promise<void> {
  await openMenuIfFolded(page);
  await page
    .getByRole('navigation')
    .getByRole('link', { name: /^(Vertegenwoordigen|Acting for others)$/ })
    .click();
  await page.getByRole('heading', { level: 1, name: /^(Vertegenwoordigen|Acting for others)$/ }).waitFor();
}

describe('A mandate is given, used and revoked', () => {
  beforeEach(async () => {
    await resetMocks();
  });

  it('Suzanne authorises Nicolette, Nicolette accepts and acts, Suzanne revokes: access ends at the next request', async () => {
    const giver = await newPage();
    await signInAsTestPerson(giver.page, 'Suzanne Moulin');
    await openVertegenwoordigen(giver.page);

    // A wrong birth date is refused and keeps what was typed.
    await giver.page.getByLabel('Burgerservicenummer van de persoon die u machtigt').fill('999970057');
    await giver.page.getByLabel('Geboortedatum van die persoon').fill('1990-12-02');
    await giver.page.getByLabel('zien wie de gegevens gebruikte').check();
    await giver.page.getByRole('button', { name: 'Machtiging geven' }).click();
    await giver.page
      .getByRole('alert')
      .getByText(/horen niet bij dezelfde persoon/)
      .waitFor();
    expect(await giver.page.getByLabel('Burgerservicenummer van de persoon die u machtigt').inputValue()).toBe(
      '999970057',
    );

    await giver.page.getByLabel('Geboortedatum van die persoon').fill('1990-12-01');
    await giver.page.getByRole('button', { name: 'Machtiging geven' }).click();
    await giver.page.getByText('U heeft Nicolette Nooitgedacht gemachtigd.', { exact: false }).waitFor();
    await giver.page.getByRole('button', { name: 'Machtiging voor Nicolette Nooitgedacht intrekken' }).waitFor();
    await expectNoAxeViolations(giver.page);
    await giver.page.setViewportSize({ width: 360, height: 740 });
    await expectNoHorizontalScroll(giver.page);
    await screenshot(giver.page, 'machtiging-gegeven-nl-360');
    await giver.page.setViewportSize({ width: 1280, height: 800 });

    const holder = await newPage();
    await signInAsTestPerson(holder.page, 'Nicolette Nooitgedacht');
    await openVertegenwoordigen(holder.page);
    await holder.page.getByText('Accepteer eerst de machtiging.', { exact: false }).waitFor();
    await holder.page.getByRole('button', { name: 'Machtiging van Suzanne Moulin accepteren' }).click();
    await holder.page.getByRole('button', { name: 'Gegevens van Suzanne Moulin bekijken' }).click();
    await holder.page.waitForURL('**/mijn-gegevens');
    const banner = holder.page.locator('.mg-namens[role="status"]');
    await banner.getByText('U bekijkt de gegevens van Suzanne Moulin (u handelt als gemachtigde).').waitFor();
    await openPersoonsgegevens(holder.page);
    const voornamen = holder.page.locator('main dt:text-is("Voornamen") + dd').first();
    await voornamen.waitFor({ timeout: 20_000 });
    expect(await voornamen.innerText()).toMatch(/^Suzanne\b/);

    // Suzanne withdraws it.
    await giver.page.getByRole('button', { name: 'Machtiging voor Nicolette Nooitgedacht intrekken' }).click();
    await giver.page.getByText(/^Ingetrokken\./).waitFor();

    // Nicolette's next request is refused; the app says so and shows her own data again.
    await openMenuIfFolded(holder.page);
    await holder.page.getByRole('navigation').getByRole('link', { name: 'Wie gebruikte mijn gegevens' }).click();
    await banner
      .getByText('U kunt niet meer namens deze persoon handelen. U ziet weer uw eigen gegevens.')
      .waitFor({ timeout: 20_000 });
    await expect(holder.page.getByText(/U bekijkt de gegevens van/).count()).resolves.toBe(0);
    giver.expectNoErrors();
  });
});
