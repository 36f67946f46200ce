/** Steps the overview e2e files share: sign in by API, inject faults, wait for the nine cards. */
import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { TrackedPage } from '../support/browser';
import { baseUrl, mockApiUrl } from '../support/fixtures';

import { registryIds as registries, type RegistryId as Registry } from '@/lib/registries';

export { registries, type Registry };

export async function signInByApi(context: BrowserContext, bsn: string): Promise<void> {
  const response = await context.request.post(`${baseUrl()}/api/auth/session`, { data: { bsn } });
  expect(response.status()).toBe(201);
}

/**
 * A session for the gateway's test controls, which need one (issue 17). Faults hold for the
 * whole gateway, so any test person's session will do; it is not the browser's.
 */
export async function mockControlCookie(): Promise<string> {
  const response = await fetch(`${mockApiUrl()}/api/auth/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ bsn: '999993653' }),
  });
  expect(response.status).toBe(201);
  return response.headers.getSetCookie()[0]?.split(';')[0] ?? '';
}

export async function setFault(registry: Registry, mode: string, latencyMs = 0): Promise<void> {
  const response = await fetch(`${mockApiUrl()}/api/__mock/faults`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', Cookie: await mockControlCookie() },
    body: JSON.stringify({ [registry]: { mode, latencyMs } }),
  });
  expect(response.status).toBe(200);
}

export const card = (page: Page, id: Registry) => page.locator(`[data-registry="${id}"]`);

export async function waitForSettledCards(page: Page): Promise<Record<Registry, string>> {
  await page.waitForFunction(
    (ids) =>
      ids.every((id) => {
        const status = document.querySelector(`[data-registry="${id}"]`)?.getAttribute('data-status');
        return status === 'success' || status === 'error' || status === 'blocked';
      }),
    registries,
    { timeout: 20_000 },
  );
  const entries = await Promise.all(
    registries.map(async (id) => [id, (await card(page, id).getAttribute('data-status')) ?? ''] as const),
  );
  return Object.fromEntries(entries) as Record<Registry, string>;
}

export async function openOverview(
  t: TrackedPage,
  bsn: string,
  lang: 'nl' | 'en' = 'nl',
): Promise<Record<Registry, string>> {
  await signInByApi(t.context, bsn);
  if (lang === 'en') await t.page.addInitScript(() => localStorage.setItem('mg.lang', 'en'));
  await t.page.goto('/mijn-gegevens');
  return waitForSettledCards(t.page);
}
