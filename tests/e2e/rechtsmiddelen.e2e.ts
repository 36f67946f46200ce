/**
 * Issue 13: the right remedy, the right organisation, the right clock, in the browser.
 *
 *  - a WOZ value shows the bezwaar route with its last day worked out from the date on the
 *    beschikking (six weeks from the day after, on a working day), and the correction request
 *    for object facts; NL and EN, keyboard, 360 px;
 *  - an income row says where the figure comes from and offers that route;
 *  - "Waarom is dit gebeurd?" on a police identity check goes to the police, not to the
 *    municipality that holds the BRP.
 *
 * A refused request's bezwaar date and a late request's remedies are in correcties.e2e.ts
 * (they follow the same request the holder decides on).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { newPage } from './support/browser';
import { resetMocks, screenshot } from './support/fixtures';
import { expectNoHorizontalScroll, signInAsTestPerson } from './support/journeys';

describe('The right remedy, organisation and clock', () => {
  beforeEach(async () => {
    await resetMocks();
  });

  it('a WOZ value offers bezwaar at the municipality with its last day, and a correction of object facts', async () => {
    const t = await newPage();
    const { page } = t;
    await signInAsTestPerson(page, 'Suzanne Moulin');
    await page.goto('/mijn-gegevens/woz-waarde');
    await page
      .getByRole('link', { name: /Klopt dit niet\?.*WOZ-waarden/ })
      .first()
      .click();
    await page.getByRole('heading', { level: 1, name: 'Wat kunt u doen?' }).waitFor({ timeout: 20_000 });
    await page.getByText(/De WOZ-waarde is een besluit van de gemeente/).waitFor();
    const bezwaar = page.getByRole('region', { name: 'Bezwaar maken tegen de WOZ-waarde' });
    await bezwaar.getByText('Gemeente Rotterdam', { exact: true }).waitFor({ timeout: 20_000 });
    await bezwaar.getByText('Dit kunt u niet via Mijn Gegevens doen.').waitFor();

    // By keyboard: the date on the beschikking as day, month and year (Tab between the boxes), then work out the last day.
    const date = bezwaar.getByRole('group', { name: 'Welke datum staat op het besluit?' });
    await date.getByLabel('Dag').focus();
    await page.keyboard.type('27');
    await page.keyboard.press('Tab');
    await page.keyboard.type('11');
    await page.keyboard.press('Tab');
    await page.keyboard.type('2026');
    await page.keyboard.press('Tab');
    expect(
      await bezwaar
        .getByRole('button', { name: 'Laatste dag berekenen' })
        .evaluate((b) => b === document.activeElement),
    ).toBe(true);
    await page.keyboard.press('Enter');
    // Friday 27 November 2026: day one is Saturday 28 November, day 42 Friday 8 January 2027.
    await bezwaar.getByText('Uw bezwaar moet uiterlijk op vrijdag 8 januari 2027 binnen zijn.').waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'route-woz-nl');

    const correctie = page.getByRole('region', { name: 'Een gegeven over uw woning laten verbeteren' });
    await correctie.getByText(/moet binnen 1 maand beslissen/).waitFor();

    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { level: 1, name: 'What can you do?' }).waitFor();
    await page.getByText(/^Your objection must arrive by Friday,? 8 January 2027 at the latest\.$/).waitFor();
    await expectNoAxeViolations(page);
    await page.setViewportSize({ width: 360, height: 740 });
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'route-woz-en-360');
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByRole('button', { name: 'Schakel naar Nederlands' }).click();

    // The other route goes on into the correction request.
    await page
      .getByRole('region', { name: 'Een gegeven over uw woning laten verbeteren' })
      .getByRole('link', { name: 'Vraag om verbetering' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Wat klopt er niet?' }).waitFor();
    t.expectNoErrors();
  }, 120_000);

  it('an income row says where the figure comes from and offers that route', async () => {
    const t = await newPage();
    const { page } = t;
    await signInAsTestPerson(page, 'Suzanne Moulin');
    await page.goto('/mijn-gegevens/inkomen');
    // A year whose income comes from the tax assessment: bezwaar against the assessment first.
    const aanslag = page.locator('tr[data-row]').filter({ hasText: 'Uw aanslag inkomstenbelasting' }).first();
    await aanslag.getByRole('link', { name: /Klopt dit niet\?/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Wat kunt u doen?' }).waitFor({ timeout: 20_000 });
    await page.getByText(/Dit inkomen komt uit uw aanslag inkomstenbelasting/).waitFor();
    const bezwaar = page.getByRole('region', { name: 'Bezwaar maken tegen uw aanslag' });
    await bezwaar.getByText('Belastingdienst', { exact: true }).waitFor();
    await bezwaar.getByRole('group', { name: 'Welke datum staat op het besluit?' }).waitFor();
    // The request to the Belastingdienst stays possible for anything else.
    await page
      .getByRole('region', { name: 'Iets anders laten verbeteren' })
      .getByRole('link', { name: 'Vraag om verbetering' })
      .waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'route-inkomen-aanslag-nl');

    // This year's figure comes from the own tax return: the page says so, and offers the request.
    await page.goto('/mijn-gegevens/inkomen');
    const aangifte = page.locator('tr[data-row]').filter({ hasText: 'Uw aangifte inkomstenbelasting' }).first();
    await aangifte.getByRole('link', { name: /Klopt dit niet\?/ }).click();
    await page.getByText(/Dit inkomen komt uit uw eigen aangifte inkomstenbelasting/).waitFor({ timeout: 20_000 });
    expect(await page.getByRole('region').count()).toBe(1);
    await page.getByRole('link', { name: 'Vraag om verbetering' }).waitFor();
    await screenshot(page, 'route-inkomen-aangifte-nl');
    t.expectNoErrors();
  }, 120_000);

  it('asks why about a police identity check: the question goes to the police', async () => {
    const t = await newPage();
    const { page } = t;
    await signInAsTestPerson(page, 'Suzanne Moulin');
    await page.goto('/mijn-gegevens/gebruik?periode=alles&zoek=Identiteit%20controleren');
    await page.locator('[data-count]').waitFor({ timeout: 30_000 });
    await page.locator('.mg-log__table tbody tr[data-index] a').first().click();
    await page.getByRole('heading', { level: 2, name: 'Waarom is dit gebeurd?' }).waitFor({ timeout: 30_000 });
    expect(await page.locator('[data-field="wie"]').textContent()).toContain('Politie');
    // The source registry is the BRP (held by the municipality), but the police did this.
    expect(await page.locator('[data-field="bron"]').textContent()).toContain('BRP');
    await page.getByText(/Stel uw vraag aan Politie\. Die organisatie deed deze verwerking/).waitFor();
    await page.getByLabel('Uw vraag').fill('Waarom heeft de politie mijn identiteit gecontroleerd?');
    await page.getByRole('button', { name: 'Vraag versturen' }).click();
    await page.getByText('Uw vraag is verstuurd').waitFor({ timeout: 30_000 });
    const confirmation = page.getByRole('status');
    expect(await confirmation.locator('dt:has-text("Organisatie") + dd').textContent()).toBe('Politie');
    await expectNoAxeViolations(page);
    await screenshot(page, 'waarom-politie-nl');

    // Mijn verzoeken shows it as a question to the police.
    await page.getByRole('navigation').getByRole('link', { name: 'Mijn verzoeken' }).click();
    await page.getByRole('link', { name: 'Vraag om uitleg' }).first().click();
    await page.getByRole('heading', { level: 2, name: 'Politie' }).waitFor({ timeout: 20_000 });
    t.expectNoErrors();
  }, 120_000);
});
