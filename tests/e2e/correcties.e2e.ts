/**
 * Issue 5: get it corrected. As Suzanne Moulin (999993653): flag the address as wrong, find
 * the right one by postcode, add a statement and a PDF, check, submit; the confirmation shows
 * the reference, the holder and the last day four weeks out (the gateway's clock: 2026-11-28
 * + P4W = Saturday 26 December, Boxing Day, so Monday 28 December: Algemene termijnenwet);
 * a message arrives; a reload keeps it all. axe on every step, NL and EN; screenshots NL, EN
 * and 320 px. Issue 13: the address shows "in onderzoek" only once the municipality starts
 * investigating, from that day; an address correction cannot be extended (Wet BRP); a refusal
 * shows the last day for bezwaar; a late request shows what the citizen can do.
 *
 * Issue 12: against a ZGW double as strict as Open Zaak, which ignores Idempotency-Key: the
 * whole journey (file, follow, withdraw; the holder extends; the holder decides), and exactly
 * one zaak after a lost answer and after a double click.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/axe';
import { newPage } from './support/browser';
import { resetMocks, screenshot } from './support/fixtures';
import { expectNoHorizontalScroll, openPersoonsgegevens, signInAsTestPerson } from './support/journeys';

const PDF = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

/** axe in Dutch and English, with screenshots (NL, EN, 320 px), back to Dutch. */
async function checkStep(page: Page, name: string): Promise<void> {
  await page.getByRole('heading', { level: 1 }).waitFor();
  await expectNoAxeViolations(page);
  await screenshot(page, `correctie-${name}-nl`);
  const size = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 800 });
  await screenshot(page, `correctie-${name}-320`);
  if (size) await page.setViewportSize(size);
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
  await expectNoAxeViolations(page);
  await screenshot(page, `correctie-${name}-en`);
  await page.getByRole('button', { name: 'Schakel naar Nederlands' }).click();
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('nl');
}

async function fillFlowToCheck(page: Page, options: { axe: boolean }): Promise<void> {
  await openPersoonsgegevens(page);
  await page.getByText('Boterdiep 31').first().waitFor();
  await page.getByRole('link', { name: /Klopt dit niet\?\s*\(Adres\)/ }).click();

  await page.getByRole('heading', { level: 1, name: 'Wat klopt er niet?' }).waitFor();
  if (options.axe) await checkStep(page, '1-wat');
  await page.getByLabel('Het gegeven is fout').check();
  await page.getByRole('button', { name: 'Verder' }).click();

  await page.getByRole('heading', { level: 1, name: 'Wat is het juiste adres?' }).waitFor();
  await page.getByLabel('Postcode').fill('3077 AW');
  await page.getByLabel('Huisnummer').fill('33');
  await page.getByRole('button', { name: 'Adres zoeken' }).click();
  await page
    .getByLabel(/Boterdiep 33/)
    .first()
    .check();
  if (options.axe) await checkStep(page, '2-adres');
  await page.getByRole('button', { name: 'Verder' }).click();

  await page.getByRole('heading', { level: 1, name: 'Waarom klopt het niet?' }).waitFor();
  await page.getByLabel(/eigen woorden/).fill('Ik woon sinds 1 november op nummer 33. <b>Geen</b> 31.');
  if (options.axe) await checkStep(page, '3-toelichting');
  await page.getByRole('button', { name: 'Verder' }).click();

  await page.getByRole('heading', { level: 1, name: 'Heeft u bewijs?' }).waitFor();
  await page
    .getByLabel('Voeg bewijs toe (niet verplicht)')
    .setInputFiles({ name: 'huurcontract.pdf', mimeType: 'application/pdf', buffer: PDF });
  await page.locator('.mg-bestand__naam', { hasText: 'huurcontract.pdf' }).waitFor();
  if (options.axe) await checkStep(page, '4-bewijs');
  await page.getByRole('button', { name: 'Verder' }).click();

  await page.getByRole('heading', { level: 1, name: /laten beperken tijdens/ }).waitFor();
  await page.getByLabel(/^Nee, het gegeven mag/).check();
  if (options.axe) await checkStep(page, '5-beperking');
  await page.getByRole('button', { name: 'Verder' }).click();

  await page.getByRole('heading', { level: 1, name: 'Controleer uw antwoorden' }).waitFor();
  await page.getByText('Stap 6 van 6', { exact: true }).waitFor();
  await page.getByText('Boterdiep 33').first().waitFor();
  if (options.axe) await checkStep(page, '6-controleren');
}

const REFERENCE = /MG-2026-[0-9A-Z]{4}-[0-9A-Z]{4}/;

/** The citizen's own correction zaken, asked the way a real Zaken API answers (CRS headers, a filter). */
async function ownCorrectionZaken(page: Page): Promise<string[]> {
  const response = await page.request.post('/api/zaken/api/v1/zaken/_zoek', {
    data: { rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn: '999993653' },
    headers: { 'Accept-Crs': 'EPSG:4326', 'Content-Crs': 'EPSG:4326' },
  });
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { results: Array<{ omschrijving: string; identificatie: string }> };
  return body.results.filter((z) => z.omschrijving.startsWith('Correctie')).map((z) => z.identificatie);
}

/** Every request the page sends, to prove none relies on an Idempotency-Key. */
function recordIdempotencyKeys(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    if (request.headers()['idempotency-key']) seen.push(`${request.method()} ${request.url()}`);
  });
  return seen;
}

describe('Correction requests', () => {
  beforeEach(async () => {
    await resetMocks();
  });

  it('reports an address the BAG does not know, typed in by hand with a house letter, to the BRP and the BAG (issue 19)', async () => {
    const { page } = await newPage();
    await signInAsTestPerson(page, 'Suzanne Moulin');
    await openPersoonsgegevens(page);
    await page.getByText('Boterdiep 31').first().waitFor();
    await page.getByRole('link', { name: /Klopt dit niet\?\s*\(Adres\)/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Wat klopt er niet?' }).waitFor();
    await page.getByLabel('Het gegeven is fout').check();
    await page.getByRole('button', { name: 'Verder' }).click();
    await page.getByRole('heading', { level: 1, name: 'Wat is het juiste adres?' }).waitFor();
    await page.getByLabel('Postcode').fill('3077 AW');
    await page.getByLabel('Huisnummer').fill('97');
    await page.getByRole('button', { name: 'Adres zoeken' }).click();
    // A proper error (issue 19): in the summary, which takes focus, linked to the postcode, and at the field.
    const summary = page.getByRole('alert', { name: 'Er is een probleem' });
    await summary.getByRole('link', { name: /Geen adres gevonden/ }).waitFor();
    expect(await page.getByLabel('Postcode').getAttribute('aria-invalid')).toBe('true');
    await page.getByRole('button', { name: 'Staat uw adres er niet bij? Vul het zelf in' }).click();
    const manual = page.getByRole('region', { name: 'Staat uw adres er niet bij? Vul het zelf in' });
    await manual.getByLabel('Straat').fill('Boterdiep');
    await manual.getByLabel('Huisnummer').fill('97');
    await manual.getByLabel(/Huisletter/).fill('AB');
    await manual.getByLabel(/Woonplaats/).fill('Rotterdam');
    await manual.getByRole('button', { name: 'Verder' }).click();
    await manual.getByText('Een huisletter is één letter, zoals A').first().waitFor();
    await expectNoAxeViolations(page);
    await manual.getByLabel(/Huisletter/).fill('a');
    await manual.getByRole('button', { name: 'Verder' }).click();
    await page.getByRole('heading', { level: 1, name: 'Waarom klopt het niet?' }).waitFor();
    await page.getByLabel(/eigen woorden/).fill('Ons huis is nieuw gebouwd en heeft nummer 97A.');
    await page.getByRole('button', { name: 'Verder' }).click();
    await page.getByRole('heading', { level: 1, name: 'Heeft u bewijs?' }).waitFor();
    await page.getByRole('button', { name: 'Verder' }).click();
    await page.getByRole('heading', { level: 1, name: /laten beperken tijdens/ }).waitFor();
    await page.getByLabel(/^Nee, het gegeven mag/).check();
    await page.getByRole('button', { name: 'Verder' }).click();
    await page.getByRole('heading', { level: 1, name: 'Controleer uw antwoorden' }).waitFor();
    await page.getByText('Boterdiep 97A, 3077 AW Rotterdam').first().waitFor();
    await page.getByRole('button', { name: 'Verzoek versturen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Verzoek verstuurd' }).waitFor({ timeout: 20_000 });
    // Two holders: the BRP (the municipality) and the BAG, each with its own reference.
    expect((await page.getByRole('main').textContent())?.match(new RegExp(REFERENCE.source, 'g'))).toHaveLength(2);
  });

  it('reports something missing from a registry (no field to click): "Mist er iets?" starts the holder\'s flow (issue 19)', async () => {
    const { page } = await newPage();
    await signInAsTestPerson(page, 'Suzanne Moulin');
    await page.goto('/mijn-gegevens/diplomas');
    await page.getByRole('heading', { level: 2, name: 'Mist er iets?' }).waitFor({ timeout: 20_000 });
    await page.getByRole('link', { name: 'Meld wat er mist' }).click();
    await page.getByRole('heading', { level: 1, name: 'Wat klopt er niet?' }).waitFor();
    await page.getByText('Stap 1 van 6', { exact: true }).waitFor();
    await page.getByText('Gegeven: Iets wat ontbreekt').waitFor();
    await page.getByLabel('Het gegeven is niet compleet').check();
    await page.getByRole('button', { name: 'Verder' }).click();
    await page.getByRole('heading', { level: 1, name: 'Wat is de juiste waarde?' }).waitFor();
    await page.getByLabel(/Juiste waarde voor/).fill('Diploma mbo 4 Verpleegkunde, ROC Rotterdam, 2012');
    await page.getByRole('button', { name: 'Verder' }).click();
    await page.getByRole('heading', { level: 1, name: 'Waarom klopt het niet?' }).waitFor();
    await page.getByLabel(/eigen woorden/).fill('Mijn mbo-diploma uit 2012 staat er niet bij.');
    await page.getByRole('button', { name: 'Verder' }).click();
    await page.getByRole('heading', { level: 1, name: 'Heeft u bewijs?' }).waitFor();
    await page.getByRole('button', { name: 'Verder' }).click();
    await page.getByRole('heading', { level: 1, name: /laten beperken tijdens/ }).waitFor();
    await page.getByLabel(/^Nee, het gegeven mag/).check();
    await page.getByRole('button', { name: 'Verder' }).click();
    await page.getByRole('heading', { level: 1, name: 'Controleer uw antwoorden' }).waitFor();
    await page.getByRole('button', { name: 'Verzoek versturen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Verzoek verstuurd' }).waitFor({ timeout: 20_000 });
    expect(await page.getByRole('main').textContent()).toMatch(/DUO moet uiterlijk \d+ \w+ \d{4} beslissen/);
    await expectNoAxeViolations(page);
  });

  it('flags the address, submits with evidence, and shows reference, holder, due date, in onderzoek and a message', async () => {
    const { page } = await newPage();
    await signInAsTestPerson(page, 'Suzanne Moulin');
    await fillFlowToCheck(page, { axe: true });
    await page.getByRole('button', { name: 'Verzoek versturen' }).click();

    await page.getByRole('heading', { level: 1, name: 'Verzoek verstuurd' }).waitFor({ timeout: 20_000 });
    const main = page.getByRole('main');
    expect(await main.textContent()).toMatch(REFERENCE);
    expect(await main.textContent()).toMatch(/Gemeente Rotterdam/);
    // Received on MOCK_TODAY (2026-11-28), BRP term P4W → Saturday 26 December → Monday 28 December.
    expect(await main.textContent()).toMatch(/Gemeente Rotterdam moet uiterlijk 28 december 2026 beslissen\./);
    // An address is no civil status: the Wet BRP allows no extension, so the page does not say there is one.
    expect(await main.textContent()).not.toMatch(/termijn verlengen/);
    const reference = REFERENCE.exec((await main.textContent()) ?? '')?.[0] ?? '';
    await checkStep(page, '7-bevestiging');
    expect(await ownCorrectionZaken(page)).toEqual([reference]);

    const uuid =
      /\/mijn-verzoeken\/([0-9a-f-]{36})/.exec(
        (await page.getByRole('link', { name: 'Bekijk uw verzoek' }).getAttribute('href')) ?? '',
      )?.[1] ?? '';

    // Browser Back after sending: the request itself, not an empty flow titled with a field code (issue 19).
    await page.goBack();
    await page.waitForURL((url) => url.pathname === `/mijn-verzoeken/${uuid}`);
    await page.getByText(reference).first().waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).not.toMatch(/verblijfplaats|Gegeven/);

    // Filing alone does not put the address "in onderzoek": the municipality does, when it starts.
    await openPersoonsgegevens(page);
    const adres = page.locator('[data-field="verblijfplaats.adres"]');
    await adres.getByText('Boterdiep 31').waitFor();
    expect(await adres.getByText('In onderzoek').count()).toBe(0);
    const started = await page.request.post(`/api/__mock/zaken/${uuid}/volgende-status`, { data: {} });
    expect(started.status(), await started.text()).toBe(200);
    await page.reload();
    await adres.getByText('In onderzoek').waitFor({ timeout: 20_000 });
    expect(await adres.textContent()).toMatch(/28 november 2026/);

    // A message arrives in the berichtenbox, and the header counts it.
    await page
      .getByRole('navigation')
      .getByRole('link', { name: /Berichten/ })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Berichten' }).waitFor();
    // The request has one name on every page: our title by kind, and what it is about as Mijn verzoeken says it (issue 19).
    const ontvangen = page.getByRole('listitem').filter({ hasText: `Uw verzoek ${reference} is ontvangen` });
    await ontvangen.getByText(/^Over: \S/).waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'berichten-nl');

    // Mijn verzoeken lists it with its clock.
    await page.getByRole('navigation').getByRole('link', { name: 'Mijn verzoeken' }).click();
    await page.getByText(reference).first().waitFor();
    await page.getByText('Toegekend').first().waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'mijn-verzoeken-nl');
    await page
      .getByRole('link', { name: /Verbeteren: Persoonsgegevens|Verbeteren: BRP|Verbeteren/ })
      .first()
      .click();
    await page.getByRole('list', { name: 'Voortgang van het verzoek' }).waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'verzoek-detail-nl');

    // Reload: all still there.
    await page.reload();
    await page.getByText(reference).first().waitFor();
    await openPersoonsgegevens(page);
    await page.locator('[data-field="verblijfplaats.adres"]').getByText('In onderzoek').waitFor();
    expect(await ownCorrectionZaken(page)).toEqual([reference]);
  }, 300_000);

  it('a submit whose answer is lost on the network, then a retry, files exactly one zaak', async () => {
    const { page } = await newPage();
    const keys = recordIdempotencyKeys(page);
    await signInAsTestPerson(page, 'Suzanne Moulin');
    await fillFlowToCheck(page, { axe: false });
    let failures = 0;
    await page.route('**/api/zaken/api/v1/zaken', async (route) => {
      if (route.request().method() === 'POST' && failures === 0) {
        failures += 1;
        // The gateway creates the zaak; the answer never reaches the browser.
        await route.fetch();
        await route.abort('failed');
        return;
      }
      await route.continue();
    });
    await page.getByRole('button', { name: 'Verzoek versturen' }).click();
    await page.getByRole('heading', { name: 'Versturen is niet gelukt' }).waitFor({ timeout: 20_000 });
    expect(await page.getByText('Boterdiep 33').count()).toBeGreaterThan(0);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Controleer uw antwoorden' }).waitFor();
    // Keyboard only: the retry button is reachable and works with Enter.
    const send = page.getByRole('button', { name: /Verzoek versturen|Opnieuw versturen/ });
    await send.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Verzoek verstuurd' }).waitFor({ timeout: 20_000 });
    expect(failures).toBe(1);
    expect(await ownCorrectionZaken(page)).toHaveLength(1);
    expect(keys).toEqual([]);
  }, 120_000);

  it('a double click on "Verzoek versturen" files exactly one zaak', async () => {
    const { page } = await newPage();
    const keys = recordIdempotencyKeys(page);
    await signInAsTestPerson(page, 'Suzanne Moulin');
    await fillFlowToCheck(page, { axe: false });
    // Slow the first answer down, so the second click lands while the first submit runs.
    await page.route('**/api/zaken/api/v1/zaken', async (route) => {
      if (route.request().method() === 'POST') await new Promise((r) => setTimeout(r, 400));
      await route.continue();
    });
    await page.getByRole('button', { name: 'Verzoek versturen' }).dblclick();
    await page.getByRole('heading', { level: 1, name: 'Verzoek verstuurd' }).waitFor({ timeout: 20_000 });
    expect(await ownCorrectionZaken(page)).toHaveLength(1);
    expect(keys).toEqual([]);
  }, 120_000);

  it('follows a request: no extension for an address, the holder refuses with a bezwaar date, a late request shows the remedies, and the citizen withdraws it', async () => {
    const t = await newPage();
    const { page } = t;
    await signInAsTestPerson(page, 'Suzanne Moulin');
    await fillFlowToCheck(page, { axe: false });
    await page.getByRole('button', { name: 'Verzoek versturen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Verzoek verstuurd' }).waitFor({ timeout: 20_000 });
    const reference = REFERENCE.exec((await page.getByRole('main').textContent()) ?? '')?.[0] ?? '';
    await page.getByRole('link', { name: 'Bekijk uw verzoek' }).click();
    await page.getByRole('list', { name: 'Voortgang van het verzoek' }).waitFor({ timeout: 20_000 });
    // The holder already moved the last day to the working day, so the page needs no note about it.
    await page
      .getByText(/De organisatie moet uiterlijk 28 december 2026 beslissen/)
      .first()
      .waitFor();

    // The holder's side, outside the citizen's rights (the mock gateway's holder controls; this
    // build shows no test aid).
    const uuid = /\/mijn-verzoeken\/([0-9a-f-]{36})/.exec(page.url())?.[1] ?? '';
    const holder = async (action: 'verlengen' | 'volgende-status', data: object = {}) => {
      const response = await page.request.post(`/api/__mock/zaken/${uuid}/${action}`, { data });
      expect(response.status(), await response.text()).toBe(200);
      await page.reload();
      await page.getByRole('list', { name: 'Voortgang van het verzoek' }).waitFor({ timeout: 20_000 });
    };
    // An address correction has four weeks and no extension (Wet BRP; only civil status and nationality may be extended).
    const refused = await page.request.post(`/api/__mock/zaken/${uuid}/verlengen`, {
      data: { reden: 'Wij vragen uw gegevens op bij de vorige gemeente.', duur: 'P2M' },
    });
    expect(refused.status()).toBe(400);
    expect(await refused.text()).toContain('geen-verlenging');
    // The seeded land-registry request was extended: the page shows the holder's reason.
    await page.getByRole('navigation').getByRole('link', { name: 'Mijn verzoeken' }).click();
    await page
      .getByRole('link', { name: /Verbeteren: Aandeel \(Huizen en grond\)/ })
      .first()
      .click();
    await page.getByText('De termijn is verlengd').waitFor({ timeout: 20_000 });
    await page.getByText(/Reden: Wij moeten de akte opvragen bij de notaris/).waitFor();
    await page.goto(`/mijn-verzoeken/${uuid}`);
    await page.getByRole('list', { name: 'Voortgang van het verzoek' }).waitFor({ timeout: 20_000 });

    // The holder moves on and decides: refused (resultaat, then the one end status). The page and
    // the message give the last day for bezwaar: sent on Saturday 28 November 2026, six weeks from
    // the day after ends on Saturday 9 January, so Monday 11 January 2027; and where to send it.
    await holder('volgende-status');
    await page.getByLabel('In behandeling: huidige stap').waitFor({ timeout: 20_000 });
    await holder('volgende-status', { toelichting: 'Stuur ons een kopie van uw huurcontract.' });
    await page.getByText('Stuur ons een kopie van uw huurcontract.').waitFor({ timeout: 20_000 });
    // "Meer informatie nodig" is no dead end (issue 19): the question, the day to answer by (two weeks
    // from Saturday 28 November is Saturday 12 December, so Monday 14 December), and an answer with a file.
    await page.getByText('Stuur uw antwoord uiterlijk 14 december 2026.').waitFor();
    await page
      .getByText(/Stuurt u niets\? Dan beslist Gemeente Rotterdam over uw verzoek met de informatie die zij al heeft\./)
      .waitFor();
    await page.getByRole('button', { name: 'Antwoord versturen' }).click();
    await page.getByText('Kies het bestand dat u wilt sturen.').waitFor();
    await page
      .getByLabel('Het gevraagde bestand')
      .setInputFiles({ name: 'huurcontract.pdf', mimeType: 'application/pdf', buffer: PDF });
    await page.getByLabel(/Wilt u er iets bij schrijven/).fill('Hierbij mijn huurcontract.');
    await expectNoAxeViolations(page);
    await page.setViewportSize({ width: 360, height: 740 });
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'meer-informatie-360');
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByRole('button', { name: 'Antwoord versturen' }).click();
    await page.getByText('Uw antwoord is verstuurd').waitFor({ timeout: 20_000 });
    await page.reload();
    await page.getByLabel('In behandeling: huidige stap').waitFor({ timeout: 20_000 });
    expect(await page.getByText('Antwoord versturen').count()).toBe(0);
    await holder('volgende-status', {
      resultaat: 'afgewezen',
      toelichting: 'Volgens onze adresgegevens woont u op nummer 31.',
    });
    await page.getByRole('heading', { name: 'Afgewezen' }).waitFor({ timeout: 20_000 });
    const bezwaar = page.getByRole('region', { name: 'Niet eens met dit besluit?' });
    await bezwaar
      .getByText(/Maak dan bezwaar bij Gemeente Rotterdam\. Uw bezwaar moet uiterlijk 11 januari 2027 binnen zijn/)
      .waitFor();
    await bezwaar.getByText(new RegExp(`referentie ${reference}`)).waitFor();
    expect(await page.getByRole('button', { name: 'Verzoek intrekken' }).count()).toBe(0);
    await expectNoAxeViolations(page);
    await page.setViewportSize({ width: 360, height: 740 });
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'verzoek-afgewezen-360');
    await page.setViewportSize({ width: 1280, height: 800 });

    await page
      .getByRole('navigation')
      .getByRole('link', { name: /Berichten/ })
      .click();
    const besluit = page.getByRole('listitem').filter({ hasText: `Besluit over uw verzoek ${reference}` });
    await besluit.getByRole('button').click();
    await besluit
      .getByText(
        /Stuur uw bezwaar naar Gemeente Rotterdam, via de website of per brief\. Het moet uiterlijk 11 januari 2027 binnen zijn\./,
      )
      .waitFor();

    // The seeded vehicle request is late: not only "Te laat", but what the citizen can do; its restriction is in force.
    await page.getByRole('navigation').getByRole('link', { name: 'Mijn verzoeken' }).click();
    await page
      .getByRole('link', { name: /Verbeteren: Kleur \(Voertuigen\)/ })
      .first()
      .click();
    const late = page.getByRole('note', { name: 'De organisatie is te laat. Wat kunt u doen?' });
    await late.getByText(/ingebrekestelling/).waitFor({ timeout: 20_000 });
    await late.getByText(/artikel 6:12/).waitFor();
    await page.getByRole('note', { name: 'Beperking van kracht' }).waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'verzoek-te-laat-nl');

    // Withdraw it, by keyboard, in English.
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('note', { name: 'The organisation is late. What can you do?' }).waitFor();
    const withdraw = page.getByRole('button', { name: 'Withdraw request' });
    await withdraw.focus();
    await page.keyboard.press('Enter');
    const yes = page.getByRole('button', { name: /Yes, withdraw/ });
    await yes.focus();
    await page.keyboard.press('Enter');
    await page.getByText('You withdrew this request.').waitFor({ timeout: 20_000 });
    await page.getByText('Withdrawn').first().waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'verzoek-ingetrokken-en');
    t.expectNoErrors();
  }, 240_000);
});
