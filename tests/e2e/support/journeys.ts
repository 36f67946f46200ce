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
  await openMenuIfFolded(page);
  await page
    .getByRole('navigation')
    .getByRole('link', { name: /^(Persoonsgegevens|Personal data)$/ })
    .click();
  await page.waitForURL('**/mijn-gegevens/persoonsgegevens');
}

/** On a narrow screen the main menu is behind the header's Menu button: open it. */
export async function openMenuIfFolded(page: Page): Promise<void> {
  const menu = page.getByRole('button', { name: 'Menu', exact: true });
  if ((await menu.isVisible()) && (await menu.getAttribute('aria-expanded')) === 'false') await menu.click();
}

/**
 * Everything the browser keeps for this origin, as one string to search for personal data:
 * localStorage, sessionStorage, IndexedDB (database names and every record of every object
 * store), Cache Storage (request URLs and response bodies) and cookies (the page's and the
 * context's, so HttpOnly ones too).
 */
export async function browserStorageDump(page: Page): Promise<string> {
  const inPage = await page.evaluate(async () => {
    const local = Object.entries(localStorage);
    const session = Object.entries(sessionStorage);
    const idb = 'databases' in indexedDB ? await indexedDB.databases() : [];
    const idbContents: Array<{ database: string; store: string; keys: string; values: string }> = [];
    const asText = (value: unknown) => {
      try {
        return JSON.stringify(value);
      } catch {
        return String(value); // not JSON-serialisable (a Blob, a cycle): still searchable as text
      }
    };
    for (const { name } of idb) {
      if (!name) continue;
      // Opening without a version opens the existing database as it is.
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error(`cannot open IndexedDB ${name}`));
      });
      try {
        for (const store of Array.from(db.objectStoreNames)) {
          const read = <T>(make: (s: IDBObjectStore) => IDBRequest<T>) =>
            new Promise<T>((resolve, reject) => {
              const request = make(db.transaction(store, 'readonly').objectStore(store));
              request.onsuccess = () => resolve(request.result);
              request.onerror = () => reject(request.error ?? new Error(`cannot read ${name}/${store}`));
            });
          const keys = await read((s) => s.getAllKeys());
          const values = await read((s) => s.getAll());
          idbContents.push({ database: name, store, keys: asText(keys), values: asText(values) });
        }
      } finally {
        db.close();
      }
    }
    const cacheNames = await caches.keys();
    const cached: string[] = [];
    for (const name of cacheNames) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const response = await cache.match(request);
        cached.push(request.url, (await response?.text()) ?? '');
      }
    }
    return {
      local,
      session,
      idb: idb.map((db) => db.name),
      idbContents,
      cacheNames,
      cached,
      documentCookie: document.cookie,
    };
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
