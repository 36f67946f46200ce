/**
 * Issue 17 in a real browser, through nginx:
 *  - a page on another port of the same machine (the same *site*, so SameSite=Strict cookies
 *    go along) cannot sign the victim's browser in as someone else, nor change anything;
 *  - on a shared computer, a correction draft never reaches the next person: two tabs,
 *    sign-out in one, sign-in as someone else in the other.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { newPage } from './support/browser';
import { baseUrl, resetMocks, screenshot } from './support/fixtures';
import { browserStorageDump, openPersoonsgegevens, signInAsTestPerson } from './support/journeys';

const SUZANNE = '999993653';
const ATTACKER_BSN = '999990482';

/** What a hostile page on another port tries: every request a page may send without asking (no CORS preflight). */
function attackPage(app: string): string {
  const signIn = JSON.stringify({ bsn: ATTACKER_BSN });
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Win a prize</title></head><body>
<h1>Win a prize</h1>
<form id="form" method="POST" action="${app}/api/auth/session" enctype="text/plain" target="sink">
  <input type="hidden" name='{"bsn":"${ATTACKER_BSN}","x":"' value='"}'>
</form>
<iframe name="sink" title="sink"></iframe>
<script>
  const app = ${JSON.stringify(app)};
  const opts = (body, type) => ({ method: 'POST', mode: 'no-cors', credentials: 'include', body, ...(type ? { headers: { 'Content-Type': type } } : {}) });
  Promise.allSettled([
    fetch(app + '/api/auth/session', opts(${JSON.stringify(signIn)}, 'text/plain')),
    fetch(app + '/api/auth/session', opts(new URLSearchParams({ bsn: '${ATTACKER_BSN}' }))),
    fetch(app + '/api/__mock/verwerkingen/nieuwe-raadpleging', opts('{}', 'text/plain')),
    fetch(app + '/api/__mock/verwerkingen/nieuwe-raadpleging', opts(undefined)),
  ]).then(() => {
    navigator.sendBeacon(app + '/api/__mock/verwerkingen/nieuwe-raadpleging', new Blob(['{}'], { type: 'text/plain' }));
    document.getElementById('form').submit();
    document.title = 'sent';
  });
</script></body></html>`;
}

let attacker: Server;
let attackerOrigin = '';

beforeAll(async () => {
  attacker = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(attackPage(baseUrl()));
  });
  await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve));
  attackerOrigin = `http://127.0.0.1:${(attacker.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => attacker.close(() => resolve()));
});

async function who(context: BrowserContext): Promise<string | number> {
  const response = await context.request.get(`${baseUrl()}/api/auth/session`);
  return response.status() === 200 ? ((await response.json()) as { naam: string }).naam : response.status();
}

async function logSize(context: BrowserContext): Promise<number> {
  // The log is asked for by the session's encrypted subject code, never the plain BSN (issue 12).
  const session = (await (await context.request.get(`${baseUrl()}/api/auth/session`)).json()) as {
    logboekBetrokkene: { id: string; type: string };
  };
  const response = await context.request.post(`${baseUrl()}/api/ldv/processing-activities`, {
    data: {
      'dpl.core.data_subject_id': session.logboekBetrokkene.id,
      'dpl.core.data_subject_id_type': session.logboekBetrokkene.type,
    },
  });
  expect(response.status()).toBe(200);
  return ((await response.json()) as { processingActivities: unknown[] }).processingActivities.length;
}

/** Opens the attack page in a new tab of the victim's browser and waits until all 7 requests to the app are done. */
async function visitAttackPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  const toApp: string[] = [];
  const done = (request: { url: () => string; method: () => string }) => {
    if (request.url().startsWith(baseUrl()) && request.method() === 'POST') toApp.push(request.url());
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  await page.goto(attackerOrigin);
  await page.waitForFunction(() => document.title === 'sent');
  await expect.poll(() => toApp.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(6);
  return page;
}

describe('a page on another port of the same site (issue 17, finding 2)', () => {
  beforeEach(async () => {
    await resetMocks();
  });

  it('cannot sign a signed-out browser in as someone else (login CSRF)', async () => {
    const t = await newPage({ allowedOrigins: [attackerOrigin] });
    expect(await who(t.context)).toBe(204);
    await visitAttackPage(t.context);
    expect(await who(t.context)).toBe(204);
    expect((await t.context.cookies()).filter((c) => c.name.endsWith('mg_session'))).toEqual([]);
  });

  it("cannot replace a signed-in person's session nor add to their log; the app itself still can", async () => {
    const t = await newPage({ allowedOrigins: [attackerOrigin] });
    await signInAsTestPerson(t.page, 'Suzanne Moulin');
    const before = await logSize(t.context);
    const attack = await visitAttackPage(t.context);
    await screenshot(attack, 'csrf-attack-page');
    expect(await who(t.context)).toBe('Suzanne Moulin');
    expect(await logSize(t.context)).toBe(before);
    // The detector works: the same request from the app's own page is accepted and counted.
    const status = await t.page.evaluate(async () => {
      const response = await fetch('/api/__mock/verwerkingen/nieuwe-raadpleging', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: '{}',
      });
      return response.status;
    });
    expect(status).toBe(201);
    expect(await logSize(t.context)).toBe(before + 1);
    await t.page.reload();
    await t.page.getByRole('heading', { level: 1 }).waitFor();
    expect(await who(t.context)).toBe('Suzanne Moulin');
  });
});

describe('a correction draft on a shared computer (issue 17, finding 3)', () => {
  beforeEach(async () => {
    await resetMocks();
  });

  it('never reaches the next person: two tabs, sign-out in one, sign-in as someone else in the other', async () => {
    const secret = 'GEHEIM-VAN-SUZANNE-4711';
    const t = await newPage();
    const first = t.page;
    await signInAsTestPerson(first, 'Suzanne Moulin');

    // Tab 2, same browser: Suzanne starts a correction of her first names.
    const second = await t.context.newPage();
    await second.goto('/mijn-gegevens');
    await openPersoonsgegevens(second);
    await second.getByRole('link', { name: /Klopt dit niet\?\s*\(Voornamen\)/ }).click();
    await second.getByRole('heading', { level: 1, name: 'Wat klopt er niet?' }).waitFor();
    await second.getByLabel('Het gegeven is fout').check();
    await second.getByRole('button', { name: 'Verder' }).click();
    await second.getByLabel(/Juiste waarde voor/).fill(secret);
    await second.getByRole('button', { name: 'Verder' }).click();
    await second.getByLabel(/eigen woorden/).fill(`Toelichting ${secret}`);
    const draftUrl = second.url();
    expect(await browserStorageDump(second)).toContain(secret);

    // Tab 1: Suzanne signs out. Tab 2 follows: wiped, back at sign-in.
    await first.getByRole('button', { name: 'Uitloggen' }).click();
    await first.waitForURL('**/inloggen');
    await second.waitForURL('**/inloggen');
    expect(await browserStorageDump(second)).not.toContain(secret);

    // Tab 2: the next person signs in and opens the same correction address.
    const personen = (
      (await (await fetch(`${baseUrl()}/api/auth/testpersonen`)).json()) as {
        personen: Array<{ burgerservicenummer: string; naam: string }>;
      }
    ).personen;
    const next = personen.find((p) => p.burgerservicenummer !== SUZANNE && p.naam);
    if (!next) throw new Error('no second test person');
    await signInAsTestPerson(second, next.naam);
    await second.goto(draftUrl);
    await second.getByRole('heading', { level: 1 }).waitFor();
    // A fresh request from the first question, with nothing of Suzanne's.
    await second.waitForURL(/\/wat$/);
    await screenshot(second, 'draft-next-person');
    expect(await second.content()).not.toContain(secret);
    expect(await browserStorageDump(second)).not.toContain(secret);
    expect(await browserStorageDump(first)).not.toContain(secret);
    t.expectNoErrors();
  });
});
