/** Steps several e2e journeys share. */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';

export async function signInAsTestPerson(page: Page, naam: string): Promise<void> {
  await page.goto('/inloggen');
  await page.getByRole('button', { name: new RegExp(`^(Inloggen als|Sign in as) ${naam}`) }).click();
  await page.waitForURL('**/mijn-gegevens');
}

/** From anywhere behind sign-in: the BRP page, through the main menu. */
export async function openPersoonsgegevens(page: Page): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: /^(Persoonsgegevens|Personal data)$/ }).click();
  await page.waitForURL('**/mijn-gegevens/persoonsgegevens');
}

/** Everything the browser keeps for this origin, as one string to search for personal data. */
export async function browserStorageDump(page: Page): Promise<string> {
  const inPage = await page.evaluate(async () => {
    const local = Object.entries(localStorage);
    const session = Object.entries(sessionStorage);
    const idb = 'databases' in indexedDB ? await indexedDB.databases() : [];
    const cacheNames = await caches.keys();
    const cached: string[] = [];
    for (const name of cacheNames) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const response = await cache.match(request);
        cached.push(request.url, (await response?.text()) ?? '');
      }
    }
    return { local, session, idb: idb.map((db) => db.name), cached, documentCookie: document.cookie };
  });
  const cookies = await page.context().cookies();
  return JSON.stringify({ ...inPage, cookies });
}

export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, 'page is wider than the viewport').toBeLessThanOrEqual(clientWidth);
}
