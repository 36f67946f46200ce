/**
 * Issue 6, the auditor workspace: an auditor filters to one organisation and month, opens an
 * anomaly, reveals a subject with a reason and exports CSV; the access trail shows all three
 * actions. A citizen's session gets 403 from the audit API. The auditor pages pass axe in
 * Dutch and English.
 *
 * Issue 15: the workspace says which remit applies and offers nothing outside it; a reveal
 * shows up in the revealed person's own log; a person with geheimhouding needs a second
 * auditor's approval, given and used through the UI.
 */
import { readFile } from 'node:fs/promises';
import { beforeEach, describe, expect, it } from 'vitest';
import { pseudonymFor } from '@mocks/data/audit/universe';
import { organisatie } from '@mocks/data/verwerkingen/register';
import { expectNoAxeViolations } from './support/axe';
import { newPage } from './support/browser';
import { mockApiUrl, resetMocks, screenshot } from './support/fixtures';
import { signInAsTestPerson } from './support/journeys';

const HELLEVOETSLUIS = organisatie('gemeente-0530')!.id;

describe('Auditor workspace', () => {
  beforeEach(async () => {
    await resetMocks();
  });

  it('filter, anomaly, reveal, export; the trail shows them; axe NL and EN', { timeout: 240_000 }, async () => {
    const t = await newPage();
    const { page } = t;

    // Sign in from the citizens' sign-in page, by keyboard.
    await page.goto('/inloggen');
    await page.getByRole('link', { name: 'Bent u auditor of toezichthouder? Log in als auditor' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL('**/auditor/inloggen');
    await expectNoAxeViolations(page);
    // The AP: every organisation but the intelligence services, so Hellevoetsluis and its spike.
    await page.getByRole('button', { name: /^Inloggen als S\. El Amrani/ }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/auditor$/);
    // The first visit waits for the 1,000,000 records (a progress bar meanwhile).
    await page.locator('.mg-audit-nav').waitFor({ timeout: 120_000 });

    // 1. One organisation and one month.
    await page.getByLabel('Organisatie').selectOption({ label: 'Gemeente Hellevoetsluis' });
    // Day, month and year boxes, as on the citizen side (issue 19); a date that does not exist is said at the field.
    const van = page.getByRole('group', { name: 'Vanaf datum' });
    const tot = page.getByRole('group', { name: 'Tot en met datum' });
    await van.getByLabel('Dag').fill('31');
    await van.getByLabel('Maand').fill('2');
    await van.getByLabel('Jaar').fill('2026');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await van.getByText('Deze datum bestaat niet.', { exact: false }).waitFor();
    await van.getByLabel('Dag').fill('1');
    await van.getByLabel('Maand').fill('3');
    await tot.getByLabel('Dag').fill('31');
    await tot.getByLabel('Maand').fill('3');
    await tot.getByLabel('Jaar').fill('2026');
    await tot.getByLabel('Jaar').press('Enter');
    await page.waitForURL(
      (url) => url.searchParams.get('organisatie') === HELLEVOETSLUIS && url.searchParams.get('van') === '2026-03-01',
    );
    const grid = page.getByRole('region', { name: 'Gevonden verwerkingen' });
    await grid.locator('tbody tr td').first().waitFor();
    await expect
      .poll(() =>
        page
          .getByText(/verwerkingen gevonden/)
          .first()
          .textContent(),
      )
      .toMatch(/^\d+ verwerkingen gevonden/);
    const organisations = await grid.locator('tbody tr td:nth-child(2)').allTextContents();
    expect(organisations.length).toBeGreaterThan(0);
    expect(new Set(organisations)).toEqual(new Set(['Gemeente Hellevoetsluis']));
    // The charts are drawn when they come near the screen (issue 16).
    await page.locator('#charts-heading').scrollIntoViewIfNeeded();
    await page.locator('.mg-audit-chart').first().waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'audit-search-nl');

    // 2. Export the filtered result as CSV (streamed; the progress bar shows while it runs).
    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Exporteer als CSV' }).click();
    const download = await downloadPromise;
    const csv = await readFile((await download.path())!, 'utf8');
    const lines = csv.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^\uFEFFTijd;Pseudoniem;Organisatie;/); // Dutch Excel: BOM, semicolons, words
    expect(lines.length).toBeGreaterThan(80);
    expect(lines.slice(1).every((l) => l.includes('Gemeente Hellevoetsluis'))).toBe(true);
    expect(csv).not.toMatch(/(?<![0-9])9999[0-9]{5}(?![0-9])/); // no test BSN in the export
    await page.getByText(/^Klaar: \d+ regels/).waitFor();

    // 3. Open an anomaly: the spike, from the anomaly list, down to one record's subject.
    await page.getByRole('navigation', { name: 'Auditorwerkplek' }).getByRole('link', { name: 'Afwijkingen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Afwijkingen' }).waitFor();
    await page.getByText(/Op deze dag zocht de organisatie veel meer mensen op/).waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Bekijk de verwerkingen: Piek in het aantal opvragingen' }).click();
    await page.waitForURL((url) => url.searchParams.get('anomalie') === 'volume-piek');
    await grid.locator('tbody tr td').first().waitFor();
    expect(await grid.locator('tbody tr').first().textContent()).toMatch(/Piek in het aantal opvragingen/);
    const subjectLink = grid.locator('tbody a').first();
    const pseudoniem = (await subjectLink.textContent()) ?? '';
    expect(pseudoniem).toMatch(/^ps-[0-9a-f]{20}$/);
    await subjectLink.click();
    await page.getByRole('heading', { level: 1, name: `Betrokkene ${pseudoniem}` }).waitFor();
    await page.getByText('Piek in het aantal opvragingen').first().waitFor();
    await expectNoAxeViolations(page);

    // 4. Reveal with a reason: too short first (the input stays), then a real one.
    const reason = page.getByLabel('Reden');
    await reason.fill('nieuwsgierig');
    await page.getByRole('button', { name: 'Toon identiteit' }).click();
    await page.getByText(/minimaal 20 zichtbare tekens\. U heeft er 12 geschreven/).waitFor();
    expect(await reason.inputValue()).toBe('nieuwsgierig');
    await reason.fill('Onderzoek piek Hellevoetsluis 17 maart, dossier AP-2026-0412.');
    await page.getByRole('button', { name: 'Toon identiteit' }).click();
    await page.getByRole('heading', { name: 'Identiteit', exact: true }).waitFor();
    const revealedText = (await page.locator('.mg-alert').first().textContent()) ?? '';
    expect(revealedText, revealedText).toMatch(/Soort nummer(BSN|Gegenereerde testpersoon)Nummer(\d{9}|SYN\d{7})/);
    await expectNoAxeViolations(page);
    await screenshot(page, 'audit-subject-revealed-nl');

    // 5. The access trail shows the search, the export and the reveal.
    await page
      .getByRole('navigation', { name: 'Auditorwerkplek' })
      .getByRole('link', { name: 'Toegangslogboek' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Toegangslogboek' }).waitFor();
    const rows = page.locator('tbody tr');
    await rows.first().waitFor();
    const reveal = page.locator('tr[data-actie="onthullen"]');
    expect(await reveal.count()).toBe(1);
    expect(await reveal.textContent()).toMatch(new RegExp(`${pseudoniem}.*dossier AP-2026-0412`));
    const exportRow = page.locator('tr[data-actie="exporteren"]');
    expect(await exportRow.count()).toBe(1);
    const exportText = (await exportRow.textContent()) ?? '';
    // In words and names, not ids (issue 19).
    for (const part of [
      'Organisatie: Gemeente Hellevoetsluis',
      'Vanaf datum: 2026-03-01',
      'Tot en met datum: 2026-03-31',
    ])
      expect(exportText).toContain(part);
    expect(exportText).not.toContain(HELLEVOETSLUIS);
    const searches = await page.locator('tr[data-actie="zoeken"]').allTextContents();
    expect(
      searches.some((s) => s.includes('Organisatie: Gemeente Hellevoetsluis') && s.includes('Vanaf datum: 2026-03-01')),
    ).toBe(true);
    // Opening the person's timeline is on the trail, named as such.
    expect(
      await page.locator('tr[data-actie="zoeken"]', { hasText: 'Tijdlijn van een persoon bekeken' }).count(),
    ).toBeGreaterThan(0);
    await expectNoAxeViolations(page);
    await screenshot(page, 'audit-trail-nl');

    // English: labels change, the data does not; axe again on every workspace page.
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Access trail' }).waitFor();
    await expectNoAxeViolations(page);
    const nav = page.getByRole('navigation', { name: 'Auditor workspace' });
    for (const [link, heading] of [
      ['Deadlines', 'Request deadlines'],
      ['Anomalies', 'Anomalies'],
      ['Search', 'Search processing records'],
    ] as const) {
      await nav.getByRole('link', { name: link, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await page.waitForFunction(() => !document.querySelector('main .mg-loading'));
      await expectNoAxeViolations(page);
    }
    await screenshot(page, 'audit-search-en');
    t.expectNoErrors();
  });

  it(
    'shows the remit, offers nothing outside it, and a reveal appears in the person’s own log',
    { timeout: 240_000 },
    async () => {
      const t = await newPage();
      const { page } = t;
      await page.goto('/auditor/inloggen');
      await page.getByRole('button', { name: /^Inloggen als M\. de Vries/ }).click();
      await page.locator('.mg-audit-nav').waitFor({ timeout: 120_000 });

      // The remit, in words, on every page; the filters offer only what it covers.
      const remit = page.getByRole('region', { name: 'Uw bevoegdheid' });
      await expect
        .poll(() => remit.textContent())
        .toMatch(/functionaris gegevensbescherming van de gemeente Rotterdam/);
      await page
        .getByLabel('Organisatie')
        .locator('option', { hasText: 'Gemeente Rotterdam' })
        .waitFor({ state: 'attached' });
      expect(await page.getByLabel('Organisatie').locator('option').allTextContents()).toEqual([
        'Alle',
        'Gemeente Rotterdam',
      ]);
      // A link to another organisation is refused by the gateway, and the page says why.
      await page.goto(`/auditor?organisatie=${HELLEVOETSLUIS}`);
      await page.getByText('Dit valt buiten uw bevoegdheid.').first().waitFor();
      await expectNoAxeViolations(page);

      // Reveal a Rotterdam resident: a reason that reverses itself on screen is refused first.
      await page.goto(`/auditor/betrokkene/${pseudonymFor('999993653')}`);
      const reason = page.getByLabel('Reden');
      await reason.fill('Klacht 2026-114 \u202Eknil edrevo\u202C inzage');
      await page.getByRole('button', { name: 'Toon identiteit' }).click();
      await page.getByText(/onzichtbare tekens of tekens die de leesrichting omdraaien/).waitFor();
      expect(await reason.inputValue()).toContain('Klacht 2026-114');
      await reason.fill('Klacht 2026-114: mogelijk onterechte inzage door een medewerker.');
      await page.getByRole('button', { name: 'Toon identiteit' }).click();
      await page.getByRole('heading', { name: 'Identiteit', exact: true }).waitFor();
      expect(await page.locator('.mg-alert').first().textContent()).toMatch(/999993653.*Suzanne Moulin/);
      await expectNoAxeViolations(page);

      // The person, signed in, sees who looked and why.
      const citizen = await newPage();
      await signInAsTestPerson(citizen.page, 'Suzanne Moulin');
      await citizen.page.goto('/mijn-gegevens/gebruik');
      const row = citizen.page.locator('tr', { hasText: 'Identiteit bekeken voor toezicht' });
      await row.first().waitFor({ timeout: 30_000 });
      expect(await row.count()).toBe(1);
      expect(await row.textContent()).toMatch(
        /Gemeente Rotterdam.*Controleren of de gemeente uw gegevens goed gebruikt/,
      );
      await expectNoAxeViolations(citizen.page);
      await screenshot(citizen.page, 'audit-reveal-in-citizen-log-nl');
      citizen.expectNoErrors();
      t.expectNoErrors();
    },
  );

  it(
    'four eyes: a person with geheimhouding is shown only after a second auditor approves',
    { timeout: 240_000 },
    async () => {
      const secret = pseudonymFor('999993483');
      const first = await newPage({ viewport: { width: 360, height: 800 } });
      const second = await newPage();
      for (const [t, naam] of [
        [first, 'S. El Amrani'],
        [second, 'R. Jansen'],
      ] as const) {
        await t.page.goto('/auditor/inloggen');
        await t.page.getByRole('button', { name: new RegExp(`^Inloggen als ${naam.replace('.', '\\.')}`) }).click();
        await t.page.locator('.mg-audit-nav').waitFor({ timeout: 120_000 });
      }
      await first.page.goto(`/auditor/betrokkene/${secret}`);
      await first.page.getByLabel('Reden').fill('Klacht 2026-201 van betrokkene over een notaris.');
      await first.page.getByRole('button', { name: 'Toon identiteit' }).click();
      await first.page.getByRole('heading', { name: 'Wacht op goedkeuring' }).waitFor();
      expect(await first.page.locator('main').textContent()).not.toMatch(/999993483|Schaars/);
      await expectNoAxeViolations(first.page);

      // The colleague finds the request from the remit panel and approves it by keyboard.
      await second.page.goto('/auditor');
      await second.page.getByRole('link', { name: '1 verzoek wacht op uw beoordeling' }).click();
      await second.page.getByRole('link', { name: /^Bekijk en beslis/ }).click();
      await second.page.getByText(/S\. El Amrani wil de identiteit van deze persoon zien/).waitFor();
      await expectNoAxeViolations(second.page);
      await second.page.getByRole('button', { name: 'Goedkeuren' }).focus();
      await second.page.keyboard.press('Enter');
      await second.page.getByText('U heeft dit verzoek beoordeeld: goedgekeurd.').waitFor();

      await first.page.reload();
      await first.page.getByRole('heading', { name: 'Verzoek goedgekeurd' }).waitFor();
      await first.page.getByRole('button', { name: 'Toon identiteit' }).click();
      await first.page.getByRole('heading', { name: 'Identiteit', exact: true }).waitFor();
      expect(await first.page.locator('.mg-alert').first().textContent()).toMatch(/999993483/);
      await screenshot(first.page, 'audit-four-eyes-shown-360');

      // Both sides are on the trail the second auditor reads.
      await second.page
        .getByRole('navigation', { name: 'Auditorwerkplek' })
        .getByRole('link', { name: 'Toegangslogboek' })
        .click();
      for (const actie of ['onthulling-aangevraagd', 'onthulling-goedgekeurd', 'onthullen'])
        await second.page.locator(`tr[data-actie="${actie}"]`).first().waitFor();
      first.expectNoErrors();
      second.expectNoErrors();
    },
  );

  it('gives a citizen session 403 on the audit API (HTTP)', async () => {
    const signIn = await fetch(`${mockApiUrl()}/api/auth/session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ bsn: '999993653' }),
    });
    expect(signIn.status).toBe(201);
    const cookie = signIn.headers.getSetCookie()[0]?.split(';')[0] ?? '';
    for (const path of [
      '/api/audit/status',
      '/api/audit/records',
      '/api/audit/aggregates',
      '/api/audit/export',
      '/api/audit/trail',
      '/api/audit/sla',
      '/api/audit/catalogus',
    ]) {
      const response = await fetch(`${mockApiUrl()}${path}`, { headers: { Cookie: cookie } });
      expect(response.status, path).toBe(403);
    }
    const reveal = await fetch(`${mockApiUrl()}/api/audit/subjects/ps-00000000000000000000/reveal`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: cookie },
      body: JSON.stringify({ reden: 'Een burger probeert het register te lezen.' }),
    });
    expect(reveal.status).toBe(403);
  });
});
