/**
 * Small helpers for e2e tests: back to the mock gateway's seeded state, and screenshots
 * into `.e2e-artifacts/` (gitignored) for a person to look at.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { inject } from 'vitest';
import type { Page } from 'playwright-core';
import { workerSlot } from './workers';

export const ARTIFACTS_DIR = path.resolve(process.cwd(), '.e2e-artifacts');

/** The app served with VITE_MOCKS=off, talking to this worker's mock gateway through `/api`. */
export function baseUrl(): string {
  return pick(inject('E2E_BASE_URLS'));
}

/** This worker's mock gateway itself (for direct API calls and the reset endpoint). */
export function mockApiUrl(): string {
  return pick(inject('E2E_MOCK_API_URLS'));
}

function pick(urls: string[]): string {
  const url = urls[workerSlot() % urls.length];
  if (!url) throw new Error('e2e: global-setup provided no servers');
  return url;
}

/** The app built with VITE_MOCKS=on: the in-browser MSW worker answers `/api`. */
export function mocksBaseUrl(): string {
  return inject('E2E_MOCKS_BASE_URL');
}

/** `POST /__mock/reset`: sessions and any other mock state back to the seeded start. */
export async function resetMocks(): Promise<void> {
  const url = `${mockApiUrl()}/__mock/reset`;
  const response = await fetch(url, { method: 'POST' });
  if (response.status !== 204) {
    throw new Error(`resetMocks(): POST ${url} answered ${response.status} ${await response.text()}`);
  }
}

/**
 * Saves a PNG as `.e2e-artifacts/<name>.png` and returns its path: the full page, or only what is
 * on screen (`{ fullPage: false }`) where a test is watching the layout. For a full-page shot
 * Chromium resizes the page to its full height and back (a `resize` event each time), and it can
 * lay the page out a few pixels wide for a frame meanwhile (puppeteer/puppeteer#7251). Caught once
 * in CI on 2026-12-03: the auditor's first-screen test saw `main` 37 px wide and a layout shift of
 * 0.93 half a second after its full-page progress shot. A shot of the screen does not resize the
 * page.
 */
export async function screenshot(page: Page, name: string, { fullPage = true } = {}): Promise<string> {
  const safe = name
    .normalize('NFKD')
    .replace(/[^\w.-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120);
  if (!safe) throw new Error(`screenshot(): "${name}" is not usable as a file name`);
  await mkdir(ARTIFACTS_DIR, { recursive: true });
  const file = path.join(ARTIFACTS_DIR, `${safe}.png`);
  await page.screenshot({ path: file, fullPage, animations: 'disabled' });
  return file;
}
