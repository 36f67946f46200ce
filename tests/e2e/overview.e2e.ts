/**
 * Issue 3: every base registry on one overview, each loading and failing on its own, with
 * detail pages that agree with the cards, an export, and a fault matrix that really injects
 * each fault (through the mock gateway's fault control) for every registry.
 */
import { readFile } from 'node:fs/promises';
import { beforeEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { newPage } from './support/browser';
import { resetMocks, screenshot } from './support/fixtures';
import { card, openOverview, registries, setFault, signInByApi, waitForSettledCards } from './overview/helpers';
import { expectNoHorizontalScroll } from './support/journeys';

describe('the overview (Overzicht van uw gegevens)', () => {
  beforeEach(async () => {
    await resetMocks();
  });

  it.each(['999993653', '999990482', '999970008', '999970124', '999992806'])(
    'shows all nine registries for %s, and every card agrees with its detail page',
    async (bsn) => {
      const t = await newPage();
      const { page } = t;
      const statuses = await openOverview(t, bsn);
      expect(statuses).toEqual(Object.fromEntries(registries.map((id) => [id, 'success'])));

      for (const id of registries) {
        const facts = await card(page, id).locator('.mg-card__facts dd').allTextContents();
        const name = (await card(page, id).locator('h2').textContent())?.trim() ?? '';
        await card(page, id).locator('.mg-card__more a').click();
        await page.waitForURL((url) => url.pathname !== '/mijn-gegevens');
        // The URL changes before the lazy detail route has rendered (the router keeps the old
        // page during the transition): wait for the overview's heading to be gone.
        await expect
          .poll(() => page.getByRole('heading', { level: 1 }).textContent())
          .not.toBe('Overzicht van uw gegevens');
        const main = page.getByRole('main');
        await expect.poll(() => main.getAttribute('aria-busy')).not.toBe('true');
        await page.waitForFunction(() => !document.querySelector('main [role="status"].mg-loading'));
        if (id !== 'brp') expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(name);
        const text = (await main.textContent()) ?? '';
        for (const fact of facts) {
          // A card may join parts (street, postcode and place) that its page shows apart.
          for (const part of fact.split(', ')) expect(text, `${id}: ${part}`).toContain(part);
        }
        await page.goBack();
        await waitForSettledCards(page);
      }
      t.expectNoErrors();
    },
  );

  it('reaches every detail page by keyboard alone', async () => {
    const t = await newPage();
    const { page } = t;
    await openOverview(t, '999993653');
    for (const id of registries) {
      const label = await card(page, id).locator('.mg-card__more a').textContent();
      let reached = false;
      for (let i = 0; i < 120 && !reached; i++) {
        await page.keyboard.press('Tab');
        reached = await page.evaluate((wanted) => document.activeElement?.textContent === wanted, label);
      }
      expect(reached, `Tab reaches "${label}"`).toBe(true);
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => url.pathname !== '/mijn-gegevens');
      await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
      // Back to the overview by keyboard, with the "back" link every detail page has.
      let back = false;
      for (let i = 0; i < 20 && !back; i++) {
        await page.keyboard.press('Tab');
        back = await page.evaluate(() => document.activeElement?.textContent === 'Terug naar het overzicht');
      }
      expect(back, `${id}: Tab reaches the back link`).toBe(true);
      await page.keyboard.press('Enter');
      await page.waitForURL('**/mijn-gegevens');
      await waitForSettledCards(page);
    }
    t.expectNoErrors();
  });

  it.each(['nl', 'en'] as const)(
    'has no axe violations on the overview and every detail page (%s)',
    async (lang) => {
      const t = await newPage();
      const { page } = t;
      await openOverview(t, '999993653', lang);
      await expectNoAxeViolations(page);
      await screenshot(page, `overview-999993653-${lang}`);
      for (const id of registries) {
        await card(page, id).locator('.mg-card__more a').click();
        await page.waitForURL((url) => url.pathname !== '/mijn-gegevens');
        await page.getByRole('heading', { level: 1 }).waitFor();
        await page.waitForFunction(() => !document.querySelector('main .mg-loading'));
        await expectNoAxeViolations(page);
        if (lang === 'nl') await screenshot(page, `detail-${id}-nl`);
        await page.goBack();
        await waitForSettledCards(page);
      }
      t.expectNoErrors();
      // Ten pages through axe (and ten screenshots in NL): with a "Klopt dit niet?" link on every
      // field and row the pages are larger, and the NL run came close to the default 60 s.
    },
    120_000,
  );

  it('fits 320 px: overview and a table page without horizontal scrolling', async () => {
    const t = await newPage({ viewport: { width: 320, height: 700 } });
    await openOverview(t, '999993653');
    await expectNoHorizontalScroll(t.page);
    await screenshot(t.page, 'overview-320');
    for (const id of ['rdw', 'woz', 'uwv'] as const) {
      await card(t.page, id).locator('.mg-card__more a').click();
      await t.page.waitForURL((url) => url.pathname !== '/mijn-gegevens');
      await t.page.getByRole('heading', { level: 1 }).waitFor();
      await expectNoHorizontalScroll(t.page);
      await screenshot(t.page, `detail-${id}-320`);
      await t.page.goBack();
      await waitForSettledCards(t.page);
    }
    t.expectNoErrors();
  });

  it('exports everything as JSON and each registry as CSV with the right columns', async () => {
    const t = await newPage();
    const { page } = t;
    await openOverview(t, '999993653');
    const [jsonDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download alles (JSON)' }).click(),
    ]);
    const json = JSON.parse(await readFile((await jsonDownload.path()) ?? '', 'utf8')) as {
      registraties: Array<{ id: string; bronhouder: string; onderdelen: unknown[]; antwoordVanRegistratie: unknown }>;
      nietGeladen: string[];
    };
    expect(json.registraties.map((r) => r.id).sort()).toEqual([...registries].sort());
    expect(json.nietGeladen).toEqual([]);
    for (const registratie of json.registraties) {
      expect(registratie.bronhouder.length).toBeGreaterThan(0);
      expect(registratie.antwoordVanRegistratie).toBeTruthy();
    }

    const [csvDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Voertuigen (CSV)' }).click(),
    ]);
    const csv = (await readFile((await csvDownload.path()) ?? '', 'utf8')).replace(/^\uFEFF/, '');
    const [header, ...rows] = csv.split(/\r?\n/);
    expect(header).toBe('Registratie;Wie dit bijhoudt;Onderdeel;Gegeven;Waarde;In onderzoek sinds');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows[0]).toMatch(/RDW/);
    t.expectNoErrors();
  });

  it('shows a slow registry with visible progress, then its data', async () => {
    // Slower than the 2 s after which a card shows progress, faster than the 8 s e2e time-out.
    await setFault('rdw', 'none', 3000);
    const t = await newPage();
    await signInByApi(t.context, '999993653');
    await t.page.goto('/mijn-gegevens');
    await card(t.page, 'rdw').locator('progress').waitFor({ timeout: 10_000 });
    expect(await card(t.page, 'rdw').textContent()).toMatch(/langer dan normaal/);
    await expect.poll(() => card(t.page, 'rdw').getAttribute('data-status'), { timeout: 15_000 }).toBe('success');
    t.expectNoErrors();
  });
});
