/**
 * Issue 16, mocks on (the demo build, served by nginx with its production Content-Security-
 * Policy): the auditor's 1,000,000-record universe is built and queried in a Web Worker, not on
 * the page's main thread. The policy allows it (`worker-src 'self'`), the workspace opens on the
 * worker's data, and a search answers from it. The main-thread time itself is measured by the
 * bench (`node scripts/bench.mjs --only=audit`), not here: a count, not a time.
 */
import { describe, expect, it } from 'vitest';
import { newPage } from '../support/browser';
import { mocksBaseUrl } from '../support/fixtures';
import { organisatie } from '@mocks/data/verwerkingen/register';

describe('Auditor universe in a Web Worker (mocks on)', () => {
  it('starts the audit worker under the CSP and serves the workspace from it', { timeout: 180_000 }, async () => {
    const t = await newPage({ baseURL: mocksBaseUrl() });
    const { page, context } = t;
    const violations: string[] = [];
    const warnings: string[] = [];
    await context.exposeFunction('__reportCspViolation', (line: string) => void violations.push(line));
    await context.addInitScript(() => {
      const report = (window as Window & { __reportCspViolation?: (line: string) => void }).__reportCspViolation;
      document.addEventListener('securitypolicyviolation', (event) =>
        report?.(`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'}`),
      );
    });
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));

    await page.goto('/auditor/inloggen');
    await page.getByRole('button', { name: /^Inloggen als S\. El Amrani/ }).click();
    await page.waitForURL(/\/auditor$/);
    await page.locator('.mg-audit-nav').waitFor({ timeout: 150_000 });

    // One dedicated worker, the bundled audit worker, from the app's own origin.
    expect(workers).toHaveLength(1);
    expect(new URL(workers[0]!).origin).toBe(new URL(mocksBaseUrl()).origin);
    expect(workers[0]).toMatch(/\/audit\.worker-[\w-]+\.js$/);
    // The engine did not fall back to building in the page.
    expect(warnings.filter((w) => /audit worker/i.test(w))).toEqual([]);
    expect(violations).toEqual([]);

    const status = await page.evaluate(
      async () =>
        (await (await fetch('/api/audit/status')).json()) as { status: string; fase: string; records: number },
    );
    expect(status).toMatchObject({ status: 'klaar', fase: 'klaar' });
    expect(status.records).toBeGreaterThanOrEqual(1_000_000);

    // A search through the UI is answered by the worker: the results list fills.
    const results = page.getByRole('region', { name: 'Gevonden verwerkingen' });
    await results.waitFor();
    await page.getByLabel('Organisatie').selectOption({ label: 'Gemeente Hellevoetsluis' });
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.waitForURL(/organisatie=/);
    await page.waitForFunction(() => !document.querySelector('main .mg-loading'), null, { timeout: 60_000 });
    await expect
      .poll(() => results.getByText('Gemeente Hellevoetsluis').count(), { timeout: 30_000 })
      .toBeGreaterThan(0);

    // The CSV export streams its chunks (2,000 records each) out of the worker: every row arrives.
    const exported = await page.evaluate(async (id) => {
      const response = await fetch(`/api/audit/export?organisatie=${id}&van=2025-01-01&tot=2025-01-31`);
      const text = await response.text();
      return {
        status: response.status,
        rows: Number(response.headers.get('X-Export-Rows')),
        lines: text.split('\r\n'),
      };
    }, organisatie('rdw')!.id);
    expect(exported.status).toBe(200);
    expect(exported.rows).toBeGreaterThan(2000);
    expect(exported.lines.at(-1)).toBe('');
    expect(exported.lines).toHaveLength(exported.rows + 2);
    t.expectNoErrors();
  });
});
