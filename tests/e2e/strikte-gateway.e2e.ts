/**
 * Issue 12: the whole processing-log journey against the strict gateway double. Log records
 * carry the standard `dpl.core.*` attributes only (no `mg.*` extension), each organisation
 * keeps its own Logboek and register, and a disclosure is two records linked by
 * `dpl.core.foreign_operation`. The log page, its charts, the event detail ("doorgegeven door
 * … aan …", the legal basis of that time), the export, ask-why and the art. 19 list must all
 * work on that alone. NL and EN, keyboard, 360 px.
 */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { eventsForBsn, isConfidentialEvent, toLdvRecord } from '@mocks/data/verwerkingen/events';
import { ACTIVITIES, findActivity } from '@mocks/data/verwerkingen/register';
import { expectNoAxeViolations } from './support/axe';
import { newPage } from './support/browser';
import { mockApiUrl, resetMocks, screenshot } from './support/fixtures';
import { mockControlCookie } from './overview/helpers';
import { expectNoHorizontalScroll, openMenuIfFolded, signInAsTestPerson } from './support/journeys';

const BSN = '999993653';
const POLL = { timeout: 20_000, interval: 100 };

async function strict(): Promise<void> {
  const response = await fetch(`${mockApiUrl()}/api/__mock/gateway-modus`, {
    method: 'PUT',
    // The gateway's test controls need a session (issue 17, finding 11).
    headers: { 'Content-Type': 'application/json', Cookie: await mockControlCookie() },
    body: JSON.stringify({ ldvExtensies: false }),
  });
  expect(response.status, await response.clone().text()).toBe(200);
}

/** The detail path of the citizen's latest visible record of an activity (the generator is deterministic, like the gateway). */
function eventOf(key: string, before = Number.MAX_SAFE_INTEGER): { path: string; start: number } {
  const log = eventsForBsn(BSN)!;
  for (let i = log.length - 1; i >= 0; i--) {
    if (isConfidentialEvent(log, i) || ACTIVITIES[log.activity[i]!]!.key !== key || log.start[i]! >= before) continue;
    const r = toLdvRecord(log, i);
    return { path: `/mijn-gegevens/gebruik/${r.traceId}_${r.spanId}`, start: r.startTime };
  }
  throw new Error(`${BSN} has no visible ${key} event`);
}

async function openLog(page: Page) {
  await page.getByRole('navigation').getByRole('link', { name: 'Wie gebruikte mijn gegevens' }).click();
  await page.waitForURL('**/mijn-gegevens/gebruik');
  await page.locator('[data-count]').waitFor({ timeout: 30_000 });
}
const count = (page: Page) => page.locator('[data-count]').getAttribute('data-count').then(Number);

describe('the processing log against the strict gateway (standard LDV attributes only)', () => {
  beforeEach(async () => {
    await resetMocks();
    await strict();
  });

  it('lists, filters, charts and exports on standard records, and the gateway really sends no extension', async () => {
    const t = await newPage();
    const { page } = t;
    const attributeKeys = new Set<string>();
    page.on('response', (response) => {
      if (!response.url().endsWith('/api/ldv/processing-activities')) return;
      void response.json().then(
        (body: { processingActivities: Array<{ attributes: Record<string, unknown> }> }) => {
          for (const r of body.processingActivities) for (const k of Object.keys(r.attributes)) attributeKeys.add(k);
        },
        () => undefined,
      );
    });
    await signInAsTestPerson(page, 'Suzanne Moulin');
    await openLog(page);
    const all = await count(page);
    expect(all).toBeGreaterThan(20);
    await expect.poll(() => attributeKeys.size, POLL).toBeGreaterThan(0);
    expect([...attributeKeys].filter((k) => !k.startsWith('dpl.core.'))).toEqual([]);
    // Organisation, purpose and law come from the registers: no "Onbekend" in the list.
    const rows = page.locator('.mg-log__table tbody tr[data-index]');
    await rows.first().waitFor();
    expect(await page.locator('.mg-log__table tbody').textContent()).not.toContain('Onbekend');
    await expectNoAxeViolations(page);
    await screenshot(page, 'strikt-log-nl');

    // A registry filter, chosen by keyboard: the source comes from the register version.
    const bron = page.getByLabel('Registratie', { exact: true });
    await bron.focus();
    await bron.selectOption('rdw');
    await expect.poll(() => page.url(), POLL).toMatch(/bron=rdw/);
    await expect.poll(() => count(page), POLL).toBeLessThan(all);
    const rdw = await count(page);
    expect(rdw).toBeGreaterThan(0);

    // The monthly chart's twin counts exactly the same events.
    // The charts are drawn when they come near the screen (issue 16): go there first.
    const charts = page.locator('section[aria-labelledby="log-charts-title"]');
    await charts.scrollIntoViewIfNeeded();
    await expect.poll(() => charts.locator('.mg-charts-later, .mg-loading').count(), POLL).toBe(0);
    await expect.poll(() => charts.getAttribute('aria-busy'), POLL).toBe('false');
    await page.getByRole('button', { name: /Toon als tabel: Verwerkingen per maand, per registratie/ }).click();
    const twin = page.getByRole('table', { name: 'Verwerkingen per maand, per registratie' });
    const totals = await twin.locator('tbody tr td:last-child').allTextContents();
    expect(totals.reduce((sum, cell) => sum + Number(cell.replace(/\D/g, '')), 0)).toBe(rdw);

    // Export: the CSV holds exactly the rows shown, with the register's facts, and no BSN.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download deze lijst (CSV)' }).click();
    const file = await download;
    const csv = await new Promise<string>((resolve, reject) => {
      void file.createReadStream().then((stream) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        stream.on('error', reject);
      }, reject);
    });
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    // Opens in Dutch Excel: semicolons, the page's column names, Dutch time as on screen (issue 19).
    expect(lines[0]).toBe(
      'Datum en tijd;Organisatie;Aan wie gegeven;Wat er gebeurde;Doel;Wet;Gegevens;Registratie;Door wie;Soort verstrekking;Kenmerk',
    );
    expect(lines[1]).toMatch(/^\d{2}-\d{2}-\d{4} \d{2}:\d{2};/);
    expect(lines).toHaveLength(rdw + 1);
    expect(csv).not.toContain(BSN);
    expect(csv).not.toMatch(/;Onbekend;/);

    // 360 px and English: same numbers, no sideways scrolling.
    await page.setViewportSize({ width: 360, height: 740 });
    await openMenuIfFolded(page);
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await expect.poll(() => count(page), POLL).toBe(rdw);
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page);
    await screenshot(page, 'strikt-log-en-360');
    t.expectNoErrors();
  }, 150_000);

  it('shows a disclosure as "doorgegeven door … aan …", linked across two organisations\' logs', async () => {
    const t = await newPage();
    const { page } = t;
    await signInAsTestPerson(page, 'Suzanne Moulin');
    const disclosure = eventOf('rvig-verstrekking');
    await page.goto(disclosure.path);
    await page.getByRole('heading', { level: 2, name: 'Waarom is dit gebeurd?' }).waitFor({ timeout: 30_000 });
    const main = page.getByRole('main');
    await main.getByText(/^Doorgegeven door Rijksdienst voor Identiteitsgegevens \(RvIG\) aan .+/).waitFor();
    const text = (await main.getByText(/^Doorgegeven door Rijksdienst voor Identiteitsgegevens/).textContent()) ?? '';
    const recipient = text.replace(/^Doorgegeven door Rijksdienst voor Identiteitsgegevens \(RvIG\) aan /, '');
    expect(recipient).not.toBe('');
    await expectNoAxeViolations(page);
    await screenshot(page, 'strikt-doorgegeven-nl');

    // The receiving organisation's own record, in its own log, says the same from its side.
    const linked = page.getByRole('region', { name: 'Hoort bij dezelfde handeling' }).getByRole('link');
    await linked.first().waitFor();
    const receipt = page
      .getByRole('region', { name: 'Hoort bij dezelfde handeling' })
      .getByRole('listitem')
      .filter({ hasText: recipient });
    const href = (await receipt.getByRole('link').getAttribute('href')) ?? '';
    await receipt.getByRole('link').focus();
    await page.keyboard.press('Enter');
    // Both pages say the same sentence: wait for the receipt's own page, then read it.
    await page.waitForURL(`**${href}`);
    const who = page.getByRole('main').locator('[data-field="wie"]');
    await expect.poll(async () => ((await who.count()) ? await who.textContent() : ''), POLL).toContain(recipient);
    expect(await page.getByRole('main').locator('[data-field="doorgegeven"]').textContent()).toContain(
      `Doorgegeven door Rijksdienst voor Identiteitsgegevens (RvIG) aan ${recipient}`,
    );
    await page.setViewportSize({ width: 360, height: 740 });
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'strikt-ontvangen-360');
    t.expectNoErrors();
  }, 120_000);

  it('shows an old event with the purpose and legal basis of that time (register version)', async () => {
    const t = await newPage();
    const { page } = t;
    await signInAsTestPerson(page, 'Suzanne Moulin');
    const old = eventOf('kvk-verstrekking', Date.parse('2025-01-01T00:00:00Z'));
    const current = eventOf('kvk-verstrekking');
    expect(findActivity('kvk-verstrekking')!.grondslag).toBe('Handelsregisterwet 2007 art. 21 en 22');
    await page.goto(old.path);
    const law = page.getByRole('main').locator('[data-field="wet"]');
    await page.getByRole('heading', { level: 2, name: 'Waarom is dit gebeurd?' }).waitFor({ timeout: 30_000 });
    expect((await law.textContent()) ?? '').toContain('Handelsregisterwet 2007 art. 21');
    expect((await law.textContent()) ?? '').not.toContain('art. 21 en 22');
    await screenshot(page, 'strikt-oude-grondslag-nl');
    await page.goto(current.path);
    await page.getByRole('heading', { level: 2, name: 'Waarom is dit gebeurd?' }).waitFor({ timeout: 30_000 });
    expect((await page.getByRole('main').locator('[data-field="wet"]').textContent()) ?? '').toContain('art. 21 en 22');
    t.expectNoErrors();
  }, 120_000);

  it('asks why on a strict record, and lists the art. 19 recipients on a correction request', async () => {
    const t = await newPage();
    const { page } = t;
    await signInAsTestPerson(page, 'Suzanne Moulin');
    await openLog(page);
    await page.locator('.mg-log__table tbody tr[data-index] a').first().click();
    await page.getByRole('heading', { level: 2, name: 'Waarom is dit gebeurd?' }).waitFor({ timeout: 30_000 });
    await page.getByLabel('Uw vraag').fill('Waarom is mijn gegeven hiervoor gebruikt?');
    await page.getByRole('button', { name: 'Vraag versturen' }).click();
    await page.getByText('Uw vraag is verstuurd').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('zaak-identificatie').textContent()).toMatch(/^MG-2026-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    // The holder's date, as the zaak has it (the server derives it from the zaaktype's P1M).
    expect(await page.getByTestId('uitleg-termijn').textContent()).toBe('28 december 2026');

    // Art. 19 on a seeded vehicle-register request: who got that registry's data, from the strict log.
    await page.getByRole('navigation').getByRole('link', { name: 'Mijn verzoeken' }).click();
    await page
      .getByRole('link', { name: /Verbeteren: Kleur \(Voertuigen\)/ })
      .first()
      .click();
    // Per holder, the organisations that got this kind of data (the field's categories) over the whole log.
    const art19 = page.getByRole('region', { name: 'Wie hoort van de verbetering bij RDW' });
    await art19.getByText(/in de 3 jaar die het logboek teruggaat/).waitFor({ timeout: 30_000 });
    expect(await art19.getByRole('listitem').count()).toBeGreaterThan(0);
    expect(await art19.textContent()).not.toContain('Onbekend');
    await expectNoAxeViolations(page);
    await screenshot(page, 'strikt-art19-nl');
    t.expectNoErrors();
  }, 150_000);
});
