// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { server } from '@mocks/node';
import { berichtenHandlers } from '@mocks/handlers/berichten';
import { catalogiHandlers } from '@mocks/handlers/catalogi';
import { zakenHandlers } from '@mocks/handlers/zaken';
import { createValidator, expectValid } from './support/openapi';
import { signInAs } from '../utils/session';

const contract = createValidator('mocks/contracts/berichten.yaml');
const ZRC = 'http://localhost/api/zaken/api/v1';

const CRS = { 'Accept-Crs': 'EPSG:4326', 'Content-Crs': 'EPSG:4326' };
const post = (url: string, body: unknown) =>
  fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', ...CRS }, body: JSON.stringify(body) });

async function box() {
  const r = await fetch('http://localhost/api/berichten');
  expect(r.status).toBe(200);
  const body = await r.json();
  const validate = contract.response('/berichten', 'get', '200');
  expectValid(validate, body);
  return body as {
    ongelezen: number;
    berichten: Array<{ id: string; soort: string; verzonden: string; gelezen: boolean; zaak: { uuid: string } }>;
  };
}

describe('Berichtenbox (mocks/contracts/berichten.yaml)', () => {
  it("has seeded messages, newest first, with an unread count; only one's own", async () => {
    server.use(...berichtenHandlers);
    await signInAs('999993653');
    const mine = await box();
    expect(mine.berichten.length).toBeGreaterThan(5);
    const dates = mine.berichten.map((b) => b.verzonden);
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(mine.ongelezen).toBe(mine.berichten.filter((b) => !b.gelezen).length);
    await signInAs('999990482');
    const theirs = await box();
    expect(theirs.berichten.map((b) => b.id)).not.toContain(mine.berichten[0]?.id);
    const patch = await fetch(`http://localhost/api/berichten/${mine.berichten[0]?.id}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ gelezen: true }),
    });
    expect(patch.status).toBe(404);
  });

  it("sends a message for every status change and the holder's extension, and marks one read", async () => {
    server.use(...zakenHandlers, ...catalogiHandlers, ...berichtenHandlers);
    await signInAs('999993653');
    const b = await (await fetch('http://localhost/api/bronhouders/rdw')).json();
    const zt = await (await fetch(b.zaaktypen.correctie.url)).json();
    const zaak = await (
      await post(`${ZRC}/zaken`, {
        zaaktype: b.zaaktypen.correctie.url,
        bronorganisatie: b.bronorganisatie,
        verantwoordelijkeOrganisatie: b.bronhouder.rsin,
        startdatum: '2026-11-28',
      })
    ).json();
    await post(`${ZRC}/rollen`, {
      zaak: zaak.url,
      betrokkeneType: 'natuurlijk_persoon',
      roltype: zt.roltypen[0],
      roltoelichting: '',
      betrokkeneIdentificatie: { inpBsn: '999993653' },
    });
    const before = await box();
    expect(
      (
        await post(`${ZRC}/statussen`, {
          zaak: zaak.url,
          statustype: zt.statustypen[0],
          datumStatusGezet: '2026-11-28T08:59:00Z',
        })
      ).status,
    ).toBe(201);
    // The extension is the holder's (the mock control), never the citizen's PATCH.
    expect(
      (await post(`http://localhost/api/__mock/zaken/${zaak.uuid}/verlengen`, { reden: 'Drukte', duur: 'P1M' })).status,
    ).toBe(200);
    for (let i = 0; i < 3; i++)
      expect((await post(`http://localhost/api/__mock/zaken/${zaak.uuid}/volgende-status`, {})).status).toBe(200);
    const after = await box();
    const forZaak = after.berichten.filter((x) => x.zaak.uuid === zaak.uuid).map((x) => x.soort);
    expect(forZaak).toEqual(['besluit', 'status', 'status', 'verlenging', 'ontvangen']);
    expect(after.ongelezen).toBe(before.ongelezen + 5);

    const first = after.berichten[0];
    const r = await fetch(`http://localhost/api/berichten/${first?.id}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ gelezen: true }),
    });
    expect(r.status).toBe(200);
    const validate = contract.response('/berichten/{id}', 'patch', '200');
    expectValid(validate, await r.json());
    expect((await box()).ongelezen).toBe(after.ongelezen - 1);

    const bad = await fetch(`http://localhost/api/berichten/${first?.id}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ onderwerp: 'x' }),
    });
    expect(bad.status).toBe(400);
  });

  it('describes the holder per registry (bronhouders)', async () => {
    server.use(...zakenHandlers);
    await signInAs('999993653');
    const r = await fetch('http://localhost/api/bronhouders/brp');
    const body = await r.json();
    const validate = contract.response('/bronhouders/{registratie}', 'get', '200');
    expectValid(validate, body);
    expect(body.bronhouder).toMatchObject({ naam: 'Gemeente Rotterdam', soort: 'gemeente', gemeentecode: '0599' });
    // Its own entry in the processing-activities registers: its own use is no "recipient" (art. 19).
    const { organisatie } = await import('@mocks/data/verwerkingen/register');
    expect(body.bronhouder.entityId).toBe(organisatie('gemeente-0599')?.id);
    expect((await (await fetch('http://localhost/api/bronhouders/rdw')).json()).bronhouder.entityId).toBe(
      organisatie('rdw')?.id,
    );
    expect((await fetch('http://localhost/api/bronhouders/nope')).status).toBe(400);
  });

  it('gives the BRP correction zaaktype per kind of data: civil status and nationality may be extended, other data not', async () => {
    server.use(...zakenHandlers, ...catalogiHandlers);
    await signInAs('999993653');
    const validate = contract.response('/bronhouders/{registratie}', 'get', '200');
    const overig = await (await fetch('http://localhost/api/bronhouders/brp')).json();
    const staat = await (await fetch('http://localhost/api/bronhouders/brp?gegevenssoort=staat-nationaliteit')).json();
    expectValid(validate, staat);
    expect(overig.zaaktypen.correctie).toMatchObject({ doorlooptijd: 'P4W', verlengingstermijn: null });
    expect(staat.zaaktypen.correctie).toMatchObject({ doorlooptijd: 'P4W', verlengingstermijn: 'P8W' });
    expect(staat.zaaktypen.correctie.url).not.toBe(overig.zaaktypen.correctie.url);
    const zaaktype = await (await fetch(staat.zaaktypen.correctie.url)).json();
    expect(zaaktype).toMatchObject({ verlengingMogelijk: true, verlengingstermijn: 'P8W' });
    expect(zaaktype.trefwoorden).toContain('gegevens:staat-nationaliteit');
    expect((await (await fetch(overig.zaaktypen.correctie.url)).json()).verlengingMogelijk).toBe(false);
    expect((await fetch('http://localhost/api/bronhouders/rdw?gegevenssoort=staat-nationaliteit')).status).toBe(400);
    expect((await fetch('http://localhost/api/bronhouders/brp?gegevenssoort=adres')).status).toBe(400);
  });

  it('names the organisation that did a processing (verwerkingsverantwoordelijken), with its own uitleg zaaktype', async () => {
    server.use(...zakenHandlers, ...catalogiHandlers);
    await signInAs('999993653');
    const { organisatie } = await import('@mocks/data/verwerkingen/register');
    const validate = contract.response('/verwerkingsverantwoordelijken/{entityId}', 'get', '200');
    const politie = await (
      await fetch(`http://localhost/api/verwerkingsverantwoordelijken/${organisatie('politie')?.id}`)
    ).json();
    expectValid(validate, politie);
    expect(politie.organisatie).toMatchObject({ naam: 'Politie', bestuursorgaan: true });
    const abp = await (
      await fetch(`http://localhost/api/verwerkingsverantwoordelijken/${organisatie('abp')?.id}`)
    ).json();
    expect(abp.organisatie).toMatchObject({ naam: 'Pensioenfonds ABP', soort: 'organisatie', bestuursorgaan: false });
    // A municipality as controller is the same holder as for its registries.
    const rotterdam = await (
      await fetch(`http://localhost/api/verwerkingsverantwoordelijken/${organisatie('gemeente-0599')?.id}`)
    ).json();
    const bron = await (await fetch('http://localhost/api/bronhouders/brp')).json();
    expect(rotterdam.organisatie.rsin).toBe(bron.bronhouder.rsin);
    const zaaktype = await (await fetch(politie.zaaktypen.uitleg.url)).json();
    expect(zaaktype.trefwoorden).toEqual(['verzoeksoort:uitleg']);
    expect(
      (await fetch('http://localhost/api/verwerkingsverantwoordelijken/00000000-0000-4000-8000-000000000000')).status,
    ).toBe(404);
  });

  it('a decision message gives the last day for bezwaar and where to send it; a restriction is announced before it is lifted', async () => {
    server.use(...zakenHandlers, ...catalogiHandlers, ...berichtenHandlers);
    await signInAs('999993653');
    const b = await (await fetch('http://localhost/api/bronhouders/rdw')).json();
    const zt = await (await fetch(b.zaaktypen.correctie.url)).json();
    const zaak = await (
      await post(`${ZRC}/zaken`, {
        zaaktype: b.zaaktypen.correctie.url,
        bronorganisatie: b.bronorganisatie,
        verantwoordelijkeOrganisatie: b.bronhouder.rsin,
        startdatum: '2026-11-28',
      })
    ).json();
    await post(`${ZRC}/rollen`, {
      zaak: zaak.url,
      betrokkeneType: 'natuurlijk_persoon',
      roltype: zt.roltypen[0],
      roltoelichting: '',
      betrokkeneIdentificatie: { inpBsn: '999993653' },
    });
    const eigenschappen = (
      await (
        await fetch(`http://localhost/api/catalogi/api/v1/eigenschappen?zaaktype=${encodeURIComponent(zt.url)}`)
      ).json()
    ).results as Array<{ url: string; naam: string }>;
    const url = (naam: string) => eigenschappen.find((e) => e.naam === naam)?.url;
    // The restriction itself is the holder's to record, not the citizen's.
    const own = await post(`${ZRC}/zaken/${zaak.uuid}/zaakeigenschappen`, {
      zaak: zaak.url,
      eigenschap: url('beperking'),
      waarde: 'van kracht',
    });
    expect(own.status).toBe(403);
    expect(
      (
        await post(`${ZRC}/zaken/${zaak.uuid}/zaakeigenschappen`, {
          zaak: zaak.url,
          eigenschap: url('beperkingGevraagd'),
          waarde: 'ja',
        })
      ).status,
    ).toBe(201);
    await post(`${ZRC}/statussen`, {
      zaak: zaak.url,
      statustype: zt.statustypen[0],
      datumStatusGezet: '2026-11-28T08:59:00Z',
    });
    const ontvangen = (await box()).berichten.find((x) => x.zaak.uuid === zaak.uuid) as unknown as { inhoud: string };
    // 28 November + one month = 28 December 2026, a Monday; the term may be extended, with reasons.
    expect(ontvangen.inhoud).toContain('uiterlijk 28 december 2026 beslissen');
    expect(ontvangen.inhoud).toContain('met de reden');
    await post(`http://localhost/api/__mock/zaken/${zaak.uuid}/volgende-status`, {});
    const inForce = (await (await fetch(`${ZRC}/zaken/${zaak.uuid}/zaakeigenschappen`)).json()) as Array<{
      naam: string;
      waarde: string;
    }>;
    expect(inForce.find((e) => e.naam === 'beperking')?.waarde).toBe('van kracht');
    await post(`http://localhost/api/__mock/zaken/${zaak.uuid}/volgende-status`, {});
    await post(`http://localhost/api/__mock/zaken/${zaak.uuid}/volgende-status`, {
      resultaat: 'afgewezen',
      toelichting: 'De kleur klopt.',
    });
    const mine = (await box()).berichten.filter((x) => x.zaak.uuid === zaak.uuid) as unknown as Array<{
      soort: string;
      inhoud: string;
    }>;
    const besluit = mine.find((x) => x.soort === 'besluit');
    // Decided on 28 November 2026: six weeks from the day after is Saturday 9 January → Monday 11 January 2027.
    expect(besluit?.inhoud).toContain('uiterlijk 11 januari 2027 binnen zijn');
    expect(besluit?.inhoud).toContain('Stuur uw bezwaar naar RDW');
    expect(
      mine
        .filter((x) => x.soort === 'beperking')
        .map((x) => x.inhoud)
        .join(' '),
    ).toContain('stopt op 12 januari 2027');
    const after = (await (await fetch(`${ZRC}/zaken/${zaak.uuid}/zaakeigenschappen`)).json()) as Array<{
      naam: string;
      waarde: string;
    }>;
    expect(after.find((e) => e.naam === 'beperkingStopt')?.waarde).toBe('2027-01-12');
  });
});
