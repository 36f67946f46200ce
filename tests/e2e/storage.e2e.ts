/**
 * Issue 7, privacy: after sign-out and after the idle timeout, nothing in the browser's
 * storage (localStorage, sessionStorage, IndexedDB, cookies, Cache Storage) holds the
 * person's BSN, name or address. The idle warning comes at 13 minutes and is announced.
 */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { newPage } from './support/browser';
import { mocksBaseUrl, resetMocks } from './support/fixtures';
import { browserStorageDump, openMenuIfFolded, openPersoonsgegevens, signInAsTestPerson } from './support/journeys';

/** Suzanne Moulin (official BRP test person 999993653): BSN, names, street, postcode. */
const PERSONAL = /999993653|Suzanne|Moulin|Boterdiep|3077 ?AW/i;

/** Signs in and opens the pages that hold the most personal data, so there is something to leak. */
async function seeAllHerData(page: Page): Promise<void> {
  await signInAsTestPerson(page, 'Suzanne Moulin');
  await page.waitForFunction(
    () => document.querySelectorAll('[data-registry][data-status="success"]').length === 9,
    null,
    { timeout: 20_000 },
  );
  await openPersoonsgegevens(page);
  await page.getByText('Boterdiep 31').first().waitFor();
}

describe('Browser storage after the session ends', () => {
  beforeEach(async () => {
    await resetMocks();
  });

  it('the storage dump finds personal data in every kind of storage (the detector works)', async () => {
    const t = await newPage();
    await t.page.goto('/inloggen');
    await t.page.getByRole('heading', { level: 1 }).waitFor();
    const stores = ['localStorage', 'sessionStorage', 'IndexedDB', 'cookie', 'CacheStorage'] as const;
    await t.page.evaluate(async () => {
      localStorage.setItem('probe-localStorage', '999993653');
      sessionStorage.setItem('probe-sessionStorage', '999993653');
      document.cookie = 'probe-cookie=999993653; SameSite=Strict; path=/';
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('probe-IndexedDB', 1);
        request.onupgradeneeded = () => request.result.createObjectStore('records');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('cannot open'));
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('records', 'readwrite');
        tx.objectStore('records').put({ burgerservicenummer: '999993653' }, 'probe');
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error ?? new Error('cannot write'));
      });
      db.close();
      const cache = await caches.open('probe-CacheStorage');
      await cache.put('/probe', new Response('{"bsn":"999993653"}'));
    });
    const dump = JSON.parse(await browserStorageDump(t.page)) as Record<string, unknown>;
    // Each store, on its own, is seen to contain the BSN.
    const perStore: Record<(typeof stores)[number], unknown> = {
      localStorage: dump.local,
      sessionStorage: dump.session,
      IndexedDB: dump.idbContents,
      cookie: dump.cookies,
      CacheStorage: dump.cached,
    };
    for (const store of stores) expect(JSON.stringify(perStore[store]), store).toMatch(/999993653/);
    t.expectNoErrors();
  });

  it('sign-out leaves no BSN, name or address in any browser storage', async () => {
    const t = await newPage();
    const { page } = t;
    await seeAllHerData(page);
    // Whatever a component might have put in web storage during the session must go too.
    await page.evaluate(() => {
      sessionStorage.setItem('mg.draft', 'Suzanne Moulin, Boterdiep 31');
      localStorage.setItem('mg.lastSeen', '999993653');
    });
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.waitForURL('**/inloggen');
    await page.getByText('U bent uitgelogd').waitFor();

    const dump = await browserStorageDump(page);
    expect(dump).not.toMatch(PERSONAL);
    expect((await t.context.cookies()).map((c) => c.name)).not.toContain('mg_session');
    t.expectNoErrors();
  });

  it('warns at 13 minutes in an announced dialog, signs out at 15 and leaves no personal data', async () => {
    const t = await newPage();
    const { page } = t;
    // Fake timers from the first script on; time still flows normally until we jump.
    await page.clock.install();
    await seeAllHerData(page);

    const dialog = page.getByRole('dialog', { name: 'Bent u er nog?' });
    // Just before 13 minutes: no warning yet. runFor fires every 1-second check on the way
    // (fastForward, which fires due timers once, did not show the warning in this flow; not
    // explained yet — see the closing note of issue 7).
    await page.clock.runFor('12:50');
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    expect(await dialog.count()).toBe(0);

    await page.clock.runFor('00:15');
    await dialog.waitFor();
    // Announced: a modal dialog with a name and a description, focus inside it.
    expect(await dialog.evaluate((el) => el.matches(':modal'))).toBe(true);
    const describedBy = await dialog.getAttribute('aria-describedby');
    expect(describedBy).toBeTruthy();
    expect(await page.locator(`#${describedBy}`).textContent()).toMatch(/automatisch uitgelogd/);
    expect(await dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Ingelogd blijven');

    // No answer: at 15 minutes the app signs out by itself.
    // Only just past 15:00: further fake time would also fire the sign-out request's own
    // 4-second time-out before its (real) answer arrives.
    await page.clock.runFor('01:57');
    await page.waitForURL('**/inloggen');
    await page.getByText(/U bent automatisch uitgelogd/).waitFor();

    const dump = await browserStorageDump(page);
    expect(dump).not.toMatch(PERSONAL);
    expect((await t.context.cookies()).map((c) => c.name)).not.toContain('mg_session');
    t.expectNoErrors();
  });

  it('with the in-browser mocks, F5 and a typed URL keep the citizen signed in, as a real gateway does; sign-out still leaves nothing (issue 19)', async () => {
    const t = await newPage({ baseURL: mocksBaseUrl() });
    await seeAllHerData(t.page);
    await t.page.reload();
    await t.page.getByText('Boterdiep 31').first().waitFor({ timeout: 20_000 });
    expect(new URL(t.page.url()).pathname).toBe('/mijn-gegevens/persoonsgegevens');
    await t.page.goto('/mijn-verzoeken');
    await t.page.getByRole('heading', { level: 1, name: 'Mijn verzoeken' }).waitFor({ timeout: 20_000 });
    await openMenuIfFolded(t.page);
    await t.page.getByRole('button', { name: 'Uitloggen' }).click();
    await t.page.waitForURL('**/inloggen');
    expect(await browserStorageDump(t.page)).not.toMatch(PERSONAL);
    // Signed out means signed out, also after a reload.
    await t.page.goto('/mijn-gegevens');
    await t.page.waitForURL('**/inloggen');
    t.expectNoErrors();
  });

  it('with the in-browser mocks, a new tab is signed in too, and a sign-out in one tab signs out the other (issue 19)', async () => {
    const t = await newPage({ baseURL: mocksBaseUrl() });
    await signInAsTestPerson(t.page, 'Suzanne Moulin');
    // A new tab, not a duplicated one: it starts with empty sessionStorage, as a typed URL in a new tab does.
    const second = await t.context.newPage();
    await second.goto(`${mocksBaseUrl()}/mijn-verzoeken`);
    await second.getByRole('heading', { level: 1, name: 'Mijn verzoeken' }).waitFor({ timeout: 20_000 });
    expect(await second.evaluate(() => sessionStorage.length)).toBe(0);

    await openMenuIfFolded(t.page);
    await t.page.getByRole('button', { name: 'Uitloggen' }).click();
    await t.page.waitForURL('**/inloggen');
    // The other tab follows at once, and a fresh load there stays signed out.
    await second.waitForURL('**/inloggen', { timeout: 20_000 });
    await second.goto(`${mocksBaseUrl()}/mijn-gegevens`);
    await second.waitForURL('**/inloggen', { timeout: 20_000 });
    expect(await browserStorageDump(second)).not.toMatch(PERSONAL);
    t.expectNoErrors();
  });

  it("with the in-browser mocks, sign-out leaves no personal data either (incl. the worker's caches)", async () => {
    const t = await newPage({ baseURL: mocksBaseUrl() });
    await seeAllHerData(t.page);
    await t.page.getByRole('button', { name: 'Uitloggen' }).click();
    await t.page.waitForURL('**/inloggen');
    await t.page.getByText('U bent uitgelogd').waitFor();
    expect(await browserStorageDump(t.page)).not.toMatch(PERSONAL);
    t.expectNoErrors();
  });
});
