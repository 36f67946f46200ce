/**
 * Issue 17, finding 8, as a citizen meets it: evidence that only looks like a PDF or an image
 * is refused by the gateway, and the page says why and what to do, in Dutch and English, on a
 * phone too; a real file still goes through. Text with invisible characters is refused with a
 * clear message before anything is sent.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { REAL_PNG, concatBytes, ascii } from '../fixtures/evidence';
import { expectNoAxeViolations } from './support/axe';
import { newPage } from './support/browser';
import { resetMocks, screenshot } from './support/fixtures';
import {
  expectNoHorizontalScroll,
  openMenuIfFolded,
  openPersoonsgegevens,
  signInAsTestPerson,
} from './support/journeys';

const SCRIPT_PDF = Buffer.from(
  '%PDF-1.7\n1 0 obj <</Type /Catalog /OpenAction <</S /JavaScript /JS (app.alert(1))>> >> endobj\ntrailer <<>>\n%%EOF\n',
);
const POLYGLOT = Buffer.from(concatBytes(REAL_PNG, ascii('<html><script>alert(document.domain)</script></html>')));

async function toEvidenceStep(page: Page): Promise<void> {
  await openPersoonsgegevens(page);
  await page.getByRole('link', { name: /Klopt dit niet\?\s*\(Voornamen\)/ }).click();
  await page.getByLabel('Het gegeven is fout').check();
  await page.getByRole('button', { name: 'Verder' }).click();
  await page.getByLabel(/Juiste waarde voor/).fill('Suzanne Maria');
  await page.getByRole('button', { name: 'Verder' }).click();
  // Invisible characters are refused with a message that says what to do (issue 17).
  await page.getByLabel(/eigen woorden/).fill('Mijn tweede\u200B voornaam ontbreekt.');
  await page.getByRole('button', { name: 'Verder' }).click();
  await page
    .getByText(/onzichtbare tekens/)
    .first()
    .waitFor();
  await screenshot(page, 'upload-invisible-characters-nl');
  await page.getByLabel(/eigen woorden/).fill('Mijn tweede voornaam ontbreekt.');
  await page.getByRole('button', { name: 'Verder' }).click();
  await page.getByRole('heading', { level: 1, name: 'Heeft u bewijs?' }).waitFor();
}

describe('evidence that is not what it seems', () => {
  beforeEach(async () => {
    await resetMocks();
  });

  it('explains a PDF that runs script and an image with a web page inside, NL and EN, at 360 px', async () => {
    const t = await newPage({ viewport: { width: 360, height: 800 } });
    const { page } = t;
    await signInAsTestPerson(page, 'Suzanne Moulin');
    await toEvidenceStep(page);
    const input = page.getByLabel('Voeg bewijs toe (niet verplicht)');

    await input.setInputFiles({ name: 'akte.pdf', mimeType: 'application/pdf', buffer: SCRIPT_PDF });
    await page
      .locator('#bewijs-error')
      .getByText(/akte\.pdf is een PDF met onderdelen die vanzelf iets kunnen doen/)
      .waitFor();
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page);
    await screenshot(page, 'upload-active-pdf-nl-360');

    await input.setInputFiles({ name: 'foto.png', mimeType: 'image/png', buffer: POLYGLOT });
    await page
      .locator('#bewijs-error')
      .getByText(/foto\.png is beschadigd/)
      .waitFor();

    await openMenuIfFolded(page);
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Do you have evidence?' }).waitFor();
    const inputEn = page.getByLabel('Add evidence (optional)');
    await inputEn.setInputFiles({ name: 'deed.pdf', mimeType: 'application/pdf', buffer: SCRIPT_PDF });
    await page
      .locator('#bewijs-error')
      .getByText(/deed\.pdf is a PDF with parts that can act on their own/)
      .waitFor();
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'upload-active-pdf-en-360');

    // A real file still goes through, and nothing was stored of the refused ones.
    await inputEn.setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from(REAL_PNG) });
    await page.locator('.mg-bestand__naam', { hasText: 'photo.png' }).waitFor();
    expect(await page.locator('.mg-bestand__naam').count()).toBe(1);
    t.expectNoErrors();
  });
});
