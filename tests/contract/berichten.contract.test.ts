// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { berichtenHandlers } from '../../mocks/handlers/berichten';
import { catalogiHandlers } from '../../mocks/handlers/catalogi';
import { zakenHandlers } from '../../mocks/handlers/zaken';
import { createValidator, describeErrors } from './support/openapi';

const contract = createValidator('mocks/contracts/berichten.yaml');
const ZRC = 'http://localhost/api/zaken/api/v1';

async function signIn(bsn: string) {
  await fetch('http://localhost/api/auth/session', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ bsn }) });
}
const CRS = { 'Accept-Crs': 'EPSG:4326', 'Content-Crs': 'EPSG:4326' };
const post = (url: string, body: unknown) =>
  fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', ...CRS }, body: JSON.stringify(body) });

async function box() {
  const r = await fetch('http://localhost/api/berichten');
  expect(r.status).toBe(200);
  const body = await r.json();
  const validate = contract.response('/berichten', 'get', '200');
  expect(validate(body), describeErrors(validate)).toBe(true);
  return body as { ongelezen: number; berichten: Array<{ id: string; soort: string; verzonden: string; gelezen: boolean; zaak: { uuid: string } }> };
}

describe('Berichtenbox (mocks/contracts/berichten.yaml)', () => {
  it('has seeded messages, newest first, with an unread count; only one\'s own', async () => {
    server.use(...berichtenHandlers);
    await signIn('999993653');
    const mine = await box();
    expect(mine.berichten.length).toBeGreaterThan(5);
    const dates = mine.berichten.map((b) => b.verzonden);
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(mine.ongelezen).toBe(mine.berichten.filter((b) => !b.gelezen).length);
    await signIn('999990482');
    const theirs = await box();
    expect(theirs.berichten.map((b) => b.id)).not.toContain(mine.berichten[0]?.id);
    const patch = await fetch(`http://localhost/api/berichten/${mine.berichten[0]?.id}`, {
      method: 'PATCH', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ gelezen: true }),
    });
    expect(patch.status).toBe(404);
  });

  it('sends a message for every status change and the holder\'s extension, and marks one read', async () => {
    server.use(...zakenHandlers, ...catalogiHandlers, ...berichtenHandlers);
    await signIn('999993653');
    const b = await (await fetch('http://localhost/api/bronhouders/rdw')).json();
    const zt = await (await fetch(b.zaaktypen.correctie.url)).json();
    const zaak = await (await post(`${ZRC}/zaken`, {
      zaaktype: b.zaaktypen.correctie.url, bronorganisatie: b.bronorganisatie, verantwoordelijkeOrganisatie: b.bronhouder.rsin, startdatum: '2026-11-28',
    })).json();
    await post(`${ZRC}/rollen`, {
      zaak: zaak.url, betrokkeneType: 'natuurlijk_persoon', roltype: zt.roltypen[0], roltoelichting: '', betrokkeneIdentificatie: { inpBsn: '999993653' },
    });
    const before = await box();
    expect((await post(`${ZRC}/statussen`, { zaak: zaak.url, statustype: zt.statustypen[0], datumStatusGezet: '2026-11-28T08:59:00Z' })).status).toBe(201);
    // The extension is the holder's (the mock control), never the citizen's PATCH.
    expect((await post(`http://localhost/api/__mock/zaken/${zaak.uuid}/verlengen`, { reden: 'Drukte', duur: 'P1M' })).status).toBe(200);
    for (let i = 0; i < 3; i++) expect((await post(`http://localhost/api/__mock/zaken/${zaak.uuid}/volgende-status`, {})).status).toBe(200);
    const after = await box();
    const forZaak = after.berichten.filter((x) => x.zaak.uuid === zaak.uuid).map((x) => x.soort);
    expect(forZaak).toEqual(['besluit', 'status', 'status', 'verlenging', 'ontvangen']);
    expect(after.ongelezen).toBe(before.ongelezen + 5);

    const first = after.berichten[0];
    const r = await fetch(`http://localhost/api/berichten/${first?.id}`, {
      method: 'PATCH', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ gelezen: true }),
    });
    expect(r.status).toBe(200);
    const validate = contract.response('/berichten/{id}', 'patch', '200');
    expect(validate(await r.json()), describeErrors(validate)).toBe(true);
    expect((await box()).ongelezen).toBe(after.ongelezen - 1);

    const bad = await fetch(`http://localhost/api/berichten/${first?.id}`, {
      method: 'PATCH', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ onderwerp: 'x' }),
    });
    expect(bad.status).toBe(400);
  });

  it('describes the holder per registry (bronhouders)', async () => {
    server.use(...zakenHandlers);
    await signIn('999993653');
    const r = await fetch('http://localhost/api/bronhouders/brp');
    const body = await r.json();
    const validate = contract.response('/bronhouders/{registratie}', 'get', '200');
    expect(validate(body), describeErrors(validate)).toBe(true);
    expect(body.bronhouder).toMatchObject({ naam: 'Gemeente Rotterdam', soort: 'gemeente', gemeentecode: '0599' });
    expect((await fetch('http://localhost/api/bronhouders/nope')).status).toBe(400);
  });
});
