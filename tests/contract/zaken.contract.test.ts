// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { server } from '@mocks/node';
import { berichtenHandlers } from '@mocks/handlers/berichten';
import { catalogiHandlers } from '@mocks/handlers/catalogi';
import { documentenHandlers } from '@mocks/handlers/documenten';
import { zakenHandlers } from '@mocks/handlers/zaken';
import { brpHandlers } from '@mocks/handlers/brp';
import { setGatewayNow } from '@mocks/gateway/clock';
import { store } from '@mocks/data/zaken/index';
import { createValidator, expectValid } from './support/openapi';
import { signInAs } from '../utils/session';

/**
 * The Zaken API double is as strict as Open Zaak where Open Zaak checks, with Open Zaak's
 * error codes, plus the gateway's rules for what a citizen may do. One test per rule.
 */

// The ZGW specs use `\_` in patterns, invalid under Ajv's unicode flag.
const zrc = createValidator('mocks/specs/zgw-zaken-openapi.yaml', { openapi30: true, unicodeRegExp: false });
const drc = createValidator('mocks/specs/zgw-documenten-openapi.yaml', { openapi30: true, unicodeRegExp: false });
// The official 2.7 patterns use `\'`, invalid under Ajv's unicode flag.
const brp = createValidator('mocks/specs/brp/brp-personen-bevragen-v2.7.0-openapi.yaml', { unicodeRegExp: false });
const API = 'http://localhost/api';
const ZRC = `${API}/zaken/api/v1`;
const DRC = `${API}/documenten/api/v1`;
const CRS = { 'Accept-Crs': 'EPSG:4326', 'Content-Crs': 'EPSG:4326' };
const TODAY = '2026-11-28';

function install() {
  server.use(...zakenHandlers, ...catalogiHandlers, ...documentenHandlers, ...berichtenHandlers, ...brpHandlers);
}

/** A request as the app makes it: JSON, and the CRS headers `/zaken` requires. */
async function send(method: string, url: string, body?: unknown, headers: Record<string, string> = CRS) {
  return fetch(url, {
    method,
    headers: { 'Content-Type': 'application/json', ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}
/** A response body, as loosely typed as JSON itself (`JSON.parse` gives `any`). */
type Body = ReturnType<typeof JSON.parse>;
const json = async (r: Response): Promise<Body> => r.json();

/** A 400 ValidatieFout naming `code` (and, when given, the field). */
async function expect400(r: Response, code: string, name?: string) {
  expect(r.status, await r.clone().text()).toBe(400);
  const body = await r.json();
  expectValid(zrc.schema('ValidatieFout'), body);
  expect(body.invalidParams).toContainEqual(expect.objectContaining({ code, ...(name ? { name } : {}) }));
}
async function expectFout(r: Response, status: number, code: string) {
  expect(r.status, await r.clone().text()).toBe(status);
  const body = await r.json();
  expectValid(zrc.schema('Fout'), body);
  expect(body.code).toBe(code);
}

type Bronhouder = {
  bronorganisatie: string;
  bronhouder: { naam: string; rsin: string; id: string };
  zaaktypen: { correctie: { url: string } };
};
type Zaaktype = {
  url: string;
  statustypen: string[];
  eigenschappen: string[];
  roltypen: string[];
  resultaattypen: string[];
  informatieobjecttypen: string[];
};
type Typed = {
  url: string;
  omschrijving: string;
  omschrijvingGeneriek?: string;
  isEindstatus?: boolean;
  volgnummer?: number;
};

async function bronhouder(registratie: string, gegevenssoort?: string): Promise<Bronhouder> {
  const r = await fetch(`${API}/bronhouders/${registratie}${gegevenssoort ? `?gegevenssoort=${gegevenssoort}` : ''}`);
  expect(r.status).toBe(200);
  return (await r.json()) as Bronhouder;
}
const zaaktype = async (url: string) => (await (await fetch(url)).json()) as Zaaktype;
const all = (urls: string[]) => Promise.all(urls.map(async (u) => (await (await fetch(u)).json()) as Typed));

function zaakBody(b: Bronhouder, extra: Record<string, unknown> = {}) {
  return {
    zaaktype: b.zaaktypen.correctie.url,
    bronorganisatie: b.bronorganisatie,
    verantwoordelijkeOrganisatie: b.bronhouder.rsin,
    startdatum: TODAY,
    ...extra,
  };
}

/** The sequence the app makes for one correction (api/submit.ts). */
async function fileCorrection(bsn: string, registratie: string, veld: string, gegevenssoort?: string) {
  const b = await bronhouder(registratie, gegevenssoort);
  const zt = await zaaktype(b.zaaktypen.correctie.url);
  const zaakResponse = await send(
    'POST',
    `${ZRC}/zaken`,
    zaakBody(b, { omschrijving: `Correctie ${veld}`, toelichting: '' }),
  );
  expect(zaakResponse.status, await zaakResponse.clone().text()).toBe(201);
  const zaak = (await json(zaakResponse)) as { url: string; uuid: string; uiterlijkeEinddatumAfdoening: string };
  const rol = await send('POST', `${ZRC}/rollen`, {
    zaak: zaak.url,
    betrokkeneType: 'natuurlijk_persoon',
    roltype: zt.roltypen[0],
    roltoelichting: 'Indiener',
    betrokkeneIdentificatie: { inpBsn: bsn },
  });
  expect(rol.status).toBe(201);
  const object = await send('POST', `${ZRC}/zaakobjecten`, {
    zaak: zaak.url,
    objectType: 'overige',
    objectTypeOverige: 'registratiegegeven',
    relatieomschrijving: 'Onjuist gegeven',
    objectIdentificatie: { overigeData: { registratie, veld } },
  });
  expect(object.status).toBe(201);
  const statustypen = await all(zt.statustypen);
  const status = await send('POST', `${ZRC}/statussen`, {
    zaak: zaak.url,
    statustype: statustypen.find((s) => s.omschrijvingGeneriek === 'Ontvangen')!.url,
    datumStatusGezet: '2026-11-28T08:59:00Z',
  });
  expect(status.status, await status.clone().text()).toBe(201);
  return {
    zaak,
    zaaktype: zt,
    bronhouder: b,
    statustypen,
    resultaattypen: await all(zt.resultaattypen),
    rol: await rol.json(),
    object: await object.json(),
    status: await status.json(),
  };
}

const eind = (statustypen: Typed[]) => statustypen.find((s) => s.isEindstatus)!;
const resultaattype = (types: Typed[], generiek: string) => types.find((r) => r.omschrijvingGeneriek === generiek)!;
const withdraw = async (zaakUrl: string, types: Typed[]) =>
  send('POST', `${ZRC}/resultaten`, {
    zaak: zaakUrl,
    resultaattype: resultaattype(types, 'Ingetrokken').url,
    toelichting: 'Ingetrokken door de indiener.',
  });

describe('Zaken API 1.5.1 double', () => {
  it("files a correction: every response valid, the holder's clock derived by the server (startdatum + P4W)", async () => {
    install();
    await signInAs('999993653');
    const {
      zaak,
      zaaktype: zt,
      bronhouder: b,
      rol,
      object,
      status,
    } = await fileCorrection('999993653', 'brp', 'verblijfplaats');
    expect(b.bronhouder.naam).toBe('Gemeente Rotterdam');
    expectValid(zrc.response('/zaken', 'post', '201'), zaak);
    expectValid(zrc.schema('natuurlijk_persoon_Rol'), rol);
    expectValid(zrc.schema('overige_ZaakObject'), object);
    expectValid(zrc.response('/statussen', 'post', '201'), status);
    // 28 November + P4W = Saturday 26 December (also Boxing Day): the holder's last day is Monday 28 December (Atw art. 1).
    expect(zaak).toMatchObject({
      registratiedatum: TODAY,
      startdatum: TODAY,
      uiterlijkeEinddatumAfdoening: '2026-12-28',
      einddatum: null,
      archiefnominatie: null,
    });

    const eigenschappen = (await all(zt.eigenschappen)) as Array<Typed & { naam: string }>;
    const waarden: Record<string, string> = {
      registratie: 'brp',
      veld: 'verblijfplaats',
      huidigeWaarde: 'Boterdiep 31, 3077AW Rotterdam',
      voorgesteldeWaarde: 'Boterdiep 33, 3077AW Rotterdam',
      toelichting: '<script>alert(1)</script> Ik woon op nummer 33 😀',
      beperkingGevraagd: 'ja',
    };
    // The zaak already has its first status: filing is over, so the answers are refused now …
    const late = await send('POST', `${ZRC}/zaken/${zaak.uuid}/zaakeigenschappen`, {
      zaak: zaak.url,
      eigenschap: eigenschappen[0]!.url,
      waarde: 'x',
    });
    await expectFout(late, 403, 'permission_denied');
    // … and a fresh zaak takes them.
    const fresh = (await json(await send('POST', `${ZRC}/zaken`, zaakBody(b)))) as { url: string; uuid: string };
    for (const e of eigenschappen) {
      if (waarden[e.naam] === undefined) {
        // The holder's own eigenschappen (the restriction in force, and when it stops): never the citizen's.
        await expectFout(
          await send('POST', `${ZRC}/zaken/${fresh.uuid}/zaakeigenschappen`, {
            zaak: fresh.url,
            eigenschap: e.url,
            waarde: 'van kracht',
          }),
          403,
          'permission_denied',
        );
        continue;
      }
      const r = await send('POST', `${ZRC}/zaken/${fresh.uuid}/zaakeigenschappen`, {
        zaak: fresh.url,
        eigenschap: e.url,
        waarde: waarden[e.naam],
      });
      expect(r.status, await r.clone().text()).toBe(201);
      expectValid(zrc.response('/zaken/{zaak_uuid}/zaakeigenschappen', 'post', '201'), await r.json());
    }
    const list = await json(await send('GET', `${ZRC}/zaken/${fresh.uuid}/zaakeigenschappen`));
    expectValid(zrc.response('/zaken/{zaak_uuid}/zaakeigenschappen', 'get', '200'), list);
    const got = await json(await send('GET', `${ZRC}/zaken/${zaak.uuid}`));
    expectValid(zrc.response('/zaken/{uuid}', 'get', '200'), got);
    expect(got.status).toBe(status.url);
  });

  describe('catalogue', () => {
    it('has exactly one end status per zaaktype: the highest volgnummer', async () => {
      install();
      await signInAs('999993653');
      for (const registratie of ['brp', 'brk', 'duo']) {
        const statustypen = await all(
          (await zaaktype((await bronhouder(registratie)).zaaktypen.correctie.url)).statustypen,
        );
        const max = Math.max(...statustypen.map((s) => s.volgnummer!));
        expect(statustypen.filter((s) => s.isEindstatus)).toEqual([expect.objectContaining({ volgnummer: max })]);
      }
    });

    it('models Toegekend, Afgewezen and Ingetrokken as resultaattypen with archive fields', async () => {
      install();
      await signInAs('999993653');
      const types = (await all(
        (await zaaktype((await bronhouder('brp')).zaaktypen.correctie.url)).resultaattypen,
      )) as Array<Typed & Record<string, unknown>>;
      expect(types.map((r) => r.omschrijving)).toEqual(['Toegekend', 'Afgewezen', 'Ingetrokken']);
      for (const r of types) {
        expect(r).toMatchObject({
          archiefnominatie: 'vernietigen',
          archiefactietermijn: expect.stringMatching(/^P\d+Y$/),
          brondatumArchiefprocedure: { afleidingswijze: 'afgehandeld' },
        });
      }
    });
  });

  describe('resultaat and end status', () => {
    it('refuses an end status without a resultaat: resultaat-does-not-exist', async () => {
      install();
      await signInAs('999993653');
      const { zaak, statustypen } = await fileCorrection('999993653', 'rdw', 'voertuigen.kleur');
      await expect400(
        await send('POST', `${ZRC}/statussen`, {
          zaak: zaak.url,
          statustype: eind(statustypen).url,
          datumStatusGezet: '2026-11-28T08:59:30Z',
        }),
        'resultaat-does-not-exist',
      );
    });

    it('withdraws by resultaat "Ingetrokken" then the end status; the server derives einddatum and the archive fields', async () => {
      install();
      await signInAs('999993653');
      const { zaak, statustypen, resultaattypen } = await fileCorrection('999993653', 'rdw', 'voertuigen.kleur');
      const resultaat = await withdraw(zaak.url, resultaattypen);
      expect(resultaat.status).toBe(201);
      expectValid(zrc.response('/resultaten', 'post', '201'), await resultaat.json());
      const closing = await send('POST', `${ZRC}/statussen`, {
        zaak: zaak.url,
        statustype: eind(statustypen).url,
        datumStatusGezet: '2026-11-28T08:59:30Z',
      });
      expect(closing.status, await closing.clone().text()).toBe(201);
      const closed = await json(await send('GET', zaak.url));
      // Ingetrokken: vernietigen one year after the day the zaak ended.
      expect(closed).toMatchObject({
        einddatum: TODAY,
        archiefnominatie: 'vernietigen',
        archiefactiedatum: '2027-11-28',
        startdatumBewaartermijn: TODAY,
      });
      expectValid(zrc.response('/zaken/{uuid}', 'get', '200'), closed);
      // Closed means closed: no reopening, no second resultaat.
      await expectFout(
        await send('POST', `${ZRC}/statussen`, {
          zaak: zaak.url,
          statustype: statustypen[0]!.url,
          datumStatusGezet: '2026-11-28T08:59:40Z',
        }),
        403,
        'permission_denied',
      );
    });

    it('leaves "Toegekend" and "Afgewezen" to the holder (403), and takes one resultaat per zaak (unique)', async () => {
      install();
      await signInAs('999993653');
      const { zaak, resultaattypen } = await fileCorrection('999993653', 'kvk', 'inschrijvingen.naam');
      for (const generiek of ['Toegekend', 'Afgewezen']) {
        await expectFout(
          await send('POST', `${ZRC}/resultaten`, {
            zaak: zaak.url,
            resultaattype: resultaattype(resultaattypen, generiek).url,
          }),
          403,
          'permission_denied',
        );
      }
      expect((await withdraw(zaak.url, resultaattypen)).status).toBe(201);
      await expect400(await withdraw(zaak.url, resultaattypen), 'unique', 'zaak');
    });

    it('leaves every status after the first to the holder (403)', async () => {
      install();
      await signInAs('999993653');
      const { zaak, statustypen } = await fileCorrection('999993653', 'duo', 'diplomas.datumBehaald');
      const inBehandeling = statustypen.find((s) => s.omschrijvingGeneriek === 'In behandeling')!;
      await expectFout(
        await send('POST', `${ZRC}/statussen`, {
          zaak: zaak.url,
          statustype: inBehandeling.url,
          datumStatusGezet: '2026-11-28T08:59:30Z',
        }),
        403,
        'permission_denied',
      );
    });

    it('requires datumStatusGezet, not in the future (required, date-in-future)', async () => {
      install();
      await signInAs('999993653');
      const b = await bronhouder('brk');
      const zaak = (await json(await send('POST', `${ZRC}/zaken`, zaakBody(b)))) as { url: string };
      const first = (await all((await zaaktype(b.zaaktypen.correctie.url)).statustypen)).find(
        (s) => s.omschrijvingGeneriek === 'Ontvangen',
      )!;
      await expect400(
        await send('POST', `${ZRC}/statussen`, { zaak: zaak.url, statustype: first.url }),
        'required',
        'datumStatusGezet',
      );
      await expect400(
        await send('POST', `${ZRC}/statussen`, {
          zaak: zaak.url,
          statustype: first.url,
          datumStatusGezet: '2026-11-29T09:00:00Z',
        }),
        'date-in-future',
      );
    });
  });

  describe('holder-only fields', () => {
    it("refuses PATCH, PUT and DELETE of a zaak by the citizen: verlenging, omschrijving, toelichting are the holder's", async () => {
      install();
      await signInAs('999993653');
      const { zaak } = await fileCorrection('999993653', 'brp', 'verblijfplaats');
      for (const patch of [
        { verlenging: { reden: 'Complex', duur: 'P2M' } },
        { omschrijving: 'x' },
        { toelichting: 'x' },
      ]) {
        await expectFout(await send('PATCH', zaak.url, patch), 403, 'permission_denied');
      }
      await expectFout(await send('PUT', zaak.url, zaakBody(await bronhouder('brp'))), 403, 'permission_denied');
      await expectFout(await send('DELETE', zaak.url), 403, 'permission_denied');
      const after = await json(await send('GET', zaak.url));
      expect(after).toMatchObject({ verlenging: null, uiterlijkeEinddatumAfdoening: '2026-12-28' });
      expect(
        store.berichten.size &&
          [...store.berichten.values()].some((m) => m.soort === 'verlenging' && m.zaakUuid === zaak.uuid),
      ).toBe(false);
    });

    it('refuses holder-only fields when a citizen creates a zaak (its own due date, archive fields, extension)', async () => {
      install();
      await signInAs('999993653');
      const b = await bronhouder('brk');
      for (const field of [
        { uiterlijkeEinddatumAfdoening: '2027-12-31' },
        { archiefnominatie: 'blijvend_bewaren' },
        { verlenging: { reden: 'x', duur: 'P2M' } },
      ]) {
        await expectFout(await send('POST', `${ZRC}/zaken`, zaakBody(b, field)), 403, 'permission_denied');
      }
    });

    it('takes only the day of receipt as startdatum (the legal clock runs from receipt)', async () => {
      install();
      await signInAs('999993653');
      const b = await bronhouder('brk');
      await expect400(
        await send('POST', `${ZRC}/zaken`, zaakBody(b, { startdatum: '2026-10-01' })),
        'startdatum-niet-ontvangstdatum',
        'startdatum',
      );
      await expect400(
        await send('POST', `${ZRC}/zaken`, zaakBody(b, { startdatum: '2026-12-01' })),
        'date-in-future',
        'startdatum',
      );
    });

    it('lets the holder (mock control) extend within the first term by at most P2M, computing the date itself', async () => {
      install();
      await signInAs('999993653');
      const { zaak } = await fileCorrection('999993653', 'rdw', 'voertuigen.kleur');
      const extend = (body: unknown) => send('POST', `${API}/__mock/zaken/${zaak.uuid}/verlengen`, body);
      await expect400(await extend({ reden: 'Complex', duur: 'P3M' }), 'te-lang');
      const ok = await extend({ reden: 'Onderzoek bij de keuringsinstantie', duur: 'P2M' });
      expect(ok.status).toBe(200);
      const body = await ok.json();
      expectValid(zrc.schema('Zaak'), body.zaak);
      // 2026-11-28 + P1M = 2026-12-28 (a Monday), + P2M = Sunday 2027-02-28 → Monday 2027-03-01.
      expect(body.zaak).toMatchObject({
        uiterlijkeEinddatumAfdoening: '2027-03-01',
        verlenging: { reden: 'Onderzoek bij de keuringsinstantie', duur: 'P2M' },
      });
      await expect400(await extend({ reden: 'Nog eens', duur: 'P1M' }), 'al-verlengd');
      // The citizen is told, in the holder's name.
      expect(
        [...store.berichten.values()].find((m) => m.soort === 'verlenging' && m.zaakUuid === zaak.uuid)?.afzender,
      ).toBe('RDW');
    });

    it('extends a BRP correction only for civil status or nationality, by at most eight weeks from the four-week end', async () => {
      install();
      await signInAs('999993653');
      const adres = await fileCorrection('999993653', 'brp', 'verblijfplaats');
      await expect400(
        await send('POST', `${API}/__mock/zaken/${adres.zaak.uuid}/verlengen`, { reden: 'Complex', duur: 'P2M' }),
        'geen-verlenging',
      );
      const naam = await fileCorrection('999993653', 'brp', 'naam.geslachtsnaam', 'staat-nationaliteit');
      const extend = (body: unknown) => send('POST', `${API}/__mock/zaken/${naam.zaak.uuid}/verlengen`, body);
      await expect400(await extend({ reden: 'Akte uit het buitenland', duur: 'P2M' }), 'te-lang');
      const ok = await json(await extend({ reden: 'Akte uit het buitenland', duur: 'P8W' }));
      // Nominal end Saturday 26 December + 8 weeks = Saturday 20 February 2027 → Monday 22 February.
      expect(ok.zaak).toMatchObject({ uiterlijkeEinddatumAfdoening: '2027-02-22', verlenging: { duur: 'P8W' } });
      expect(
        [...store.berichten.values()].find((m) => m.soort === 'verlenging' && m.zaakUuid === naam.zaak.uuid)?.inhoud,
      ).toContain('22 februari 2027');
    });

    it('refuses a holder extension after the first term (seeded overdue zaak): te-laat', async () => {
      install();
      await signInAs('999993653');
      const zaken = (await json(await send('POST', `${ZRC}/zaken/_zoek`, { einddatum__isnull: true })))
        .results as Array<{ uuid: string; uiterlijkeEinddatumAfdoening: string }>;
      const overdue = zaken.find((z) => z.uiterlijkeEinddatumAfdoening < TODAY);
      expect(overdue).toBeDefined();
      await expect400(
        await send('POST', `${API}/__mock/zaken/${overdue!.uuid}/verlengen`, { reden: 'Te laat', duur: 'P1M' }),
        'te-laat',
      );
    });
  });

  describe('headers, paging and search', () => {
    it('answers 412 without Accept-Crs or Content-Crs on /zaken, and 406 for another CRS', async () => {
      install();
      await signInAs('999993653');
      await expectFout(
        await send('POST', `${ZRC}/zaken/_zoek`, { einddatum__isnull: true }, {}),
        412,
        'precondition_failed',
      );
      await expectFout(
        await send('POST', `${ZRC}/zaken/_zoek`, { einddatum__isnull: true }, { 'Accept-Crs': 'EPSG:4326' }),
        412,
        'precondition_failed',
      );
      await expectFout(
        await send('POST', `${ZRC}/zaken`, zaakBody(await bronhouder('brk')), { 'Content-Crs': 'EPSG:4326' }),
        412,
        'precondition_failed',
      );
      const [one] = [...store.zaken.values()];
      await expectFout(await fetch(`${ZRC}/zaken/${one!.uuid}`), 412, 'precondition_failed');
      await expectFout(
        await send('GET', `${ZRC}/zaken/${one!.uuid}`, undefined, { 'Accept-Crs': 'EPSG:28992' }),
        406,
        'not_acceptable',
      );
    });

    it('paginates lists: 100 per page, count/next/previous, page=, 404 past the end', async () => {
      install();
      await signInAs('999993653');
      const b = await bronhouder('kvk');
      for (let i = 0; i < 103; i++) expect((await send('POST', `${ZRC}/zaken`, zaakBody(b))).status).toBe(201);
      const first = await json(await send('POST', `${ZRC}/zaken/_zoek`, { einddatum__isnull: true }));
      expectValid(zrc.response('/zaken/_zoek', 'post', '200'), first);
      expect(first).toMatchObject({ count: 103 + 2, previous: null });
      expect(first.results).toHaveLength(100);
      expect(first.next).toMatch(/\/zaken\/_zoek\?page=2$/);
      const second = await json(await send('POST', first.next as string, { einddatum__isnull: true }));
      expect(second.results).toHaveLength(5);
      expect(second).toMatchObject({ next: null, previous: expect.stringMatching(/page=1$/) });
      expect(new Set([...first.results, ...second.results].map((z: { uuid: string }) => z.uuid)).size).toBe(105);
      await expectFout(await send('POST', `${ZRC}/zaken/_zoek?page=3`, { einddatum__isnull: true }), 404, 'not_found');
      const statussen = await json(await send('GET', `${ZRC}/statussen`));
      expectValid(zrc.response('/statussen', 'get', '200'), statussen);
    });

    it('refuses an empty _zoek body: empty_search_body', async () => {
      install();
      await signInAs('999993653');
      await expect400(await send('POST', `${ZRC}/zaken/_zoek`, {}), 'empty_search_body');
    });

    it('applies einddatum__isnull (open zaken only) and every other ZaakZoek filter it takes', async () => {
      install();
      await signInAs('999993653');
      const search = async (body: unknown) =>
        (await json(await send('POST', `${ZRC}/zaken/_zoek`, body))).results as Array<{
          einddatum: string | null;
          identificatie: string;
        }>;
      const open = await search({ einddatum__isnull: true });
      const closed = await search({ einddatum__isnull: false });
      expect(open.length).toBe(2);
      expect(open.every((z) => z.einddatum === null)).toBe(true);
      expect(closed.length).toBe(2);
      expect(closed.every((z) => z.einddatum !== null)).toBe(true);
      expect(await search({ rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn: '999993653' })).toHaveLength(4);
      expect(await search({ identificatie: open[0]!.identificatie })).toHaveLength(1);
      expect(await search({ uiterlijkeEinddatumAfdoening__lt: TODAY, einddatum__isnull: true })).toHaveLength(1);
      expect(await search({ registratiedatum__gt: '2026-10-01' })).toHaveLength(1);
      expect(await search({ rol__betrokkeneIdentificatie__medewerker__identificatie: 'x' })).toHaveLength(0);
      expect((await search({ ordering: 'registratiedatum' })).map((z) => z.identificatie)).toEqual(
        (await search({ ordering: '-registratiedatum' })).map((z) => z.identificatie).reverse(),
      );
    });

    it('refuses what it does not apply: an unknown filter (unknown-parameters), expand (niet-ondersteund), a bad value (invalid)', async () => {
      install();
      await signInAs('999993653');
      await expect400(await send('POST', `${ZRC}/zaken/_zoek`, { kenmerk: 'abc' }), 'unknown-parameters', 'kenmerk');
      await expect400(await send('POST', `${ZRC}/zaken/_zoek`, { expand: 'status' }), 'niet-ondersteund', 'expand');
      await expect400(
        await send('POST', `${ZRC}/zaken/_zoek`, { einddatum__isnull: 'misschien' }),
        'invalid',
        'einddatum__isnull',
      );
      await expect400(await send('GET', `${ZRC}/statussen?zaakk=x`), 'unknown-parameters', 'zaakk');
    });

    it("finds a citizen's own zaken only: another person's BSN finds nothing, their zaak is 403", async () => {
      install();
      await signInAs('999993653');
      const { zaak } = await fileCorrection('999993653', 'brp', 'naam.geslachtsnaam');
      await signInAs('999990482');
      const theirs = await json(
        await send('POST', `${ZRC}/zaken/_zoek`, {
          rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn: '999993653',
        }),
      );
      expect(theirs.count).toBe(0);
      await expectFout(await send('GET', zaak.url), 403, 'permission_denied');
      await expectFout(
        await send('GET', `${ZRC}/statussen?zaak=${encodeURIComponent(zaak.url)}`),
        403,
        'permission_denied',
      );
      expect((await send('GET', `${ZRC}/zaken/${crypto.randomUUID()}`)).status).toBe(404);
    });
  });

  describe('exactly once without an Idempotency-Key', () => {
    it('ignores Idempotency-Key, as real ZGW servers do: the same key twice makes two zaken', async () => {
      install();
      await signInAs('999993653');
      const b = await bronhouder('brk');
      const x = await json(await send('POST', `${ZRC}/zaken`, zaakBody(b), { ...CRS, 'Idempotency-Key': 'same' }));
      const y = await json(await send('POST', `${ZRC}/zaken`, zaakBody(b), { ...CRS, 'Idempotency-Key': 'same' }));
      expect(x.uuid).not.toBe(y.uuid);
    });

    it('keeps a client-given identificatie unique per bronorganisatie: identificatie-niet-uniek, and _zoek finds the first', async () => {
      install();
      await signInAs('999993653');
      const b = await bronhouder('brk');
      const body = zaakBody(b, {
        identificatie: 'MG-2026-ABCD-EFGH',
        kenmerken: [{ kenmerk: 'draft-key', bron: 'Mijn Gegevens' }],
      });
      const [x, y] = await Promise.all([send('POST', `${ZRC}/zaken`, body), send('POST', `${ZRC}/zaken`, body)]);
      expect([x.status, y.status].sort()).toEqual([201, 400]);
      await expect400(x.status === 400 ? x : y, 'identificatie-niet-uniek', 'identificatie');
      const found = await json(
        await send('POST', `${ZRC}/zaken/_zoek`, {
          identificatie: 'MG-2026-ABCD-EFGH',
          bronorganisatie: b.bronorganisatie,
        }),
      );
      expect(found.count).toBe(1);
      expect(found.results[0]).toMatchObject({ kenmerken: [{ kenmerk: 'draft-key', bron: 'Mijn Gegevens' }] });
    });

    it('takes one initiator per zaak: max-occurences', async () => {
      install();
      await signInAs('999993653');
      const { zaak, zaaktype: zt } = await fileCorrection('999993653', 'rdw', 'voertuigen.kleur');
      // Filing is over: first refused as the holder's; on a fresh zaak the second initiator is refused by count.
      const b = await bronhouder('rdw');
      const fresh = (await json(await send('POST', `${ZRC}/zaken`, zaakBody(b)))) as { url: string };
      const rol = {
        zaak: fresh.url,
        betrokkeneType: 'natuurlijk_persoon',
        roltype: zt.roltypen[0],
        roltoelichting: '',
        betrokkeneIdentificatie: { inpBsn: '999993653' },
      };
      expect((await send('POST', `${ZRC}/rollen`, rol)).status).toBe(201);
      await expect400(await send('POST', `${ZRC}/rollen`, rol), 'max-occurences', 'roltype');
      await expectFout(await send('POST', `${ZRC}/rollen`, { ...rol, zaak: zaak.url }), 403, 'permission_denied');
      const other = (await json(await send('POST', `${ZRC}/zaken`, zaakBody(b)))) as { url: string };
      await expectFout(
        await send('POST', `${ZRC}/rollen`, {
          ...rol,
          zaak: other.url,
          betrokkeneIdentificatie: { inpBsn: '999990482' },
        }),
        403,
        'permission_denied',
      );
    });
  });

  it('checks a zaakeigenschap against its specificatie: waarde-incorrect-format; hostile text is refused too', async () => {
    install();
    await signInAs('999993653');
    const b = await bronhouder('rdw');
    const zt = await zaaktype(b.zaaktypen.correctie.url);
    const zaak = (await json(await send('POST', `${ZRC}/zaken`, zaakBody(b)))) as { url: string; uuid: string };
    const eigenschappen = (await all(zt.eigenschappen)) as Array<Typed & { naam: string }>;
    const url = (naam: string) => eigenschappen.find((e) => e.naam === naam)?.url;
    for (const [naam, waarde, code] of [
      ['toelichting', 'x'.repeat(10_000), 'waarde-incorrect-format'],
      ['beperkingGevraagd', 'ok', 'waarde-incorrect-format'],
      ['voorgesteldeWaarde', 'Grijs\u202Ezwart', 'invalid_characters'],
      ['voorgesteldeWaarde', '   ', 'blank'],
    ] as const) {
      await expect400(
        await send('POST', `${ZRC}/zaken/${zaak.uuid}/zaakeigenschappen`, {
          zaak: zaak.url,
          eigenschap: url(naam),
          waarde,
        }),
        code,
        'waarde',
      );
    }
  });

  describe('documents', () => {
    async function upload(extra: Record<string, unknown> = {}) {
      const b = await bronhouder('brp');
      const zt = await zaaktype(b.zaaktypen.correctie.url);
      return fetch(`${DRC}/enkelvoudiginformatieobjecten`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          bronorganisatie: b.bronorganisatie,
          creatiedatum: TODAY,
          titel: 'Huurcontract',
          auteur: 'Indiener',
          taal: 'dut',
          bestandsnaam: 'huurcontract.pdf',
          formaat: 'application/pdf',
          inhoud: btoa('%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n'),
          informatieobjecttype: zt.informatieobjecttypen[0],
          ...extra,
        }),
      });
    }

    it('links a document; the Zaken API makes the objectinformatieobject, a client cannot (inconsistent-relation)', async () => {
      install();
      await signInAs('999993653');
      const b = await bronhouder('brp');
      const zaak = (await json(await send('POST', `${ZRC}/zaken`, zaakBody(b)))) as { url: string };
      const eio = await json(await upload({ indicatieGebruiksrecht: false }));
      const premature = await send('POST', `${DRC}/objectinformatieobjecten`, {
        informatieobject: eio.url,
        object: zaak.url,
        objectType: 'zaak',
      });
      await expect400(premature, 'inconsistent-relation');
      const zio = await send('POST', `${ZRC}/zaakinformatieobjecten`, {
        zaak: zaak.url,
        informatieobject: eio.url,
        titel: 'Huurcontract',
      });
      expect(zio.status).toBe(201);
      expectValid(zrc.response('/zaakinformatieobjecten', 'post', '201'), await zio.json());
      const oios = await json(
        await send('GET', `${DRC}/objectinformatieobjecten?informatieobject=${encodeURIComponent(eio.url as string)}`),
      );
      const validate = drc.response('/objectinformatieobjecten', 'get', '200');
      expectValid(validate, oios);
      expect(oios).toEqual([
        { url: expect.any(String), informatieobject: eio.url, object: zaak.url, objectType: 'zaak' },
      ]);
      await expect400(
        await send('POST', `${ZRC}/zaakinformatieobjecten`, { zaak: zaak.url, informatieobject: eio.url }),
        'unique',
      );
      // A linked document cannot be deleted.
      await expect400(await send('DELETE', eio.url as string), 'pending-relations');
    });

    it('will not close a zaak with a linked document whose indicatieGebruiksrecht is unset: indicatiegebruiksrecht-unset', async () => {
      install();
      await signInAs('999993653');
      const { zaak, statustypen, resultaattypen } = await fileCorrection('999993653', 'brp', 'verblijfplaats');
      const eio = await json(await upload());
      expect(eio.indicatieGebruiksrecht).toBeNull();
      expect(
        (await send('POST', `${ZRC}/zaakinformatieobjecten`, { zaak: zaak.url, informatieobject: eio.url })).status,
      ).toBe(201);
      expect((await withdraw(zaak.url, resultaattypen)).status).toBe(201);
      await expect400(
        await send('POST', `${ZRC}/statussen`, {
          zaak: zaak.url,
          statustype: eind(statustypen).url,
          datumStatusGezet: '2026-11-28T08:59:30Z',
        }),
        'indicatiegebruiksrecht-unset',
      );
    });

    it('keeps a document identificatie unique per bronorganisatie and finds it back by it', async () => {
      install();
      await signInAs('999993653');
      expect((await upload({ identificatie: 'MG-DOC-1234-5678', indicatieGebruiksrecht: false })).status).toBe(201);
      await expect400(
        await upload({ identificatie: 'MG-DOC-1234-5678', indicatieGebruiksrecht: false }),
        'identificatie-niet-uniek',
        'identificatie',
      );
      const b = await bronhouder('brp');
      const found = await json(
        await send(
          'GET',
          `${DRC}/enkelvoudiginformatieobjecten?bronorganisatie=${b.bronorganisatie}&identificatie=MG-DOC-1234-5678`,
        ),
      );
      const validate = drc.response('/enkelvoudiginformatieobjecten', 'get', '200');
      expectValid(validate, found);
      expect(found.count).toBe(1);
      await signInAs('999990482');
      expect(
        (await json(await send('GET', `${DRC}/enkelvoudiginformatieobjecten?identificatie=MG-DOC-1234-5678`))).count,
      ).toBe(0);
    });

    it('leaves no orphans: an unlinked upload can be deleted, and the gateway sweeps the rest after a day', async () => {
      install();
      await signInAs('999993653');
      const removed = await json(await upload({ indicatieGebruiksrecht: false }));
      expect((await send('DELETE', removed.url as string)).status).toBe(204);
      expect((await fetch(removed.url as string)).status).toBe(404);
      const abandoned = await json(await upload({ indicatieGebruiksrecht: false }));
      setGatewayNow('2026-11-29T10:30:00+01:00');
      await signInAs('999993653');
      expect((await fetch(abandoned.url as string)).status).toBe(404);
    });
  });

  it("routes to the holder: another municipality's zaaktype or RSIN is refused", async () => {
    install();
    await signInAs('999990482');
    const own = await bronhouder('brp');
    expect(own.bronhouder.naam).toBe('Gemeente Borger-Odoorn');
    await signInAs('999993653');
    await expect400(await send('POST', `${ZRC}/zaken`, zaakBody(own)), 'bronhouder', 'zaaktype');
    await signInAs('999993483'); // RNI: BRP held by RvIG, no BAG holder
    expect((await bronhouder('brp')).bronhouder.id).toBe('rvig-rni');
    expect((await fetch(`${API}/bronhouders/bag`)).status).toBe(404);
    expect((await bronhouder('rdw')).bronhouder.naam).toBe('RDW');
  });

  it('marks a BRP field inOnderzoek only when the municipality starts investigating, from its date; withdrawn, the marker goes', async () => {
    install();
    await signInAs('999993653');
    const query = {
      type: 'RaadpleegMetBurgerservicenummer',
      burgerservicenummer: ['999993653'],
      fields: ['verblijfplaats', 'adressering'],
    };
    const brpFetch = async () => (await send('POST', `${API}/brp/personen`, query)).json();
    expect((await brpFetch()).personen[0].verblijfplaats.inOnderzoek).toBeUndefined();
    const { zaak, statustypen, resultaattypen } = await fileCorrection('999993653', 'brp', 'verblijfplaats');
    // Filing alone marks nothing: "in onderzoek" is the municipality's statement, not the citizen's.
    expect((await brpFetch()).personen[0].verblijfplaats.inOnderzoek).toBeUndefined();
    setGatewayNow('2026-12-02T10:00:00+01:00');
    await signInAs('999993653');
    expect((await send('POST', `${API}/__mock/zaken/${zaak.uuid}/volgende-status`, {})).status).toBe(200);
    const during = await brpFetch();
    const validate = brp.schema('RaadpleegMetBurgerservicenummerResponse');
    expectValid(validate, during);
    expect(during.personen[0].verblijfplaats.inOnderzoek).toMatchObject({
      type: true,
      datumIngangOnderzoek: { type: 'Datum', datum: '2026-12-02' },
    });
    expect((await withdraw(zaak.url, resultaattypen)).status).toBe(201);
    expect(
      (
        await send('POST', `${ZRC}/statussen`, {
          zaak: zaak.url,
          statustype: eind(statustypen).url,
          datumStatusGezet: '2026-12-02T08:59:30Z',
        })
      ).status,
    ).toBe(201);
    expect((await brpFetch()).personen[0].verblijfplaats.inOnderzoek).toBeUndefined();
  });

  it('the holder (mock control) moves a zaak on and decides: resultaat first, then the one end status', async () => {
    install();
    await signInAs('999993653');
    const { zaak } = await fileCorrection('999993653', 'kvk', 'inschrijvingen.naam');
    const advance = (body?: unknown) => send('POST', `${API}/__mock/zaken/${zaak.uuid}/volgende-status`, body ?? {});
    for (const expected of ['In behandeling', 'Aanvullende informatie nodig']) {
      const { status } = await (await advance()).json();
      expectValid(zrc.schema('Status'), status);
      expect((await (await fetch(status.statustype)).json()).omschrijving).toBe(expected);
    }
    const decided = await (
      await advance({ resultaat: 'afgewezen', toelichting: 'Het gegeven klopt volgens de akte.' })
    ).json();
    expectValid(zrc.schema('Zaak'), decided.zaak);
    expect(decided.zaak).toMatchObject({
      einddatum: TODAY,
      archiefnominatie: 'vernietigen',
      archiefactiedatum: '2031-11-28',
    });
    const resultaat = await json(await send('GET', decided.zaak.resultaat));
    expect(resultaat.toelichting).toBe('Het gegeven klopt volgens de akte.');
    expect((await (await fetch(resultaat.resultaattype as string)).json()).omschrijvingGeneriek).toBe('Afgewezen');
    expect((await (await fetch(decided.status.statustype)).json()).isEindstatus).toBe(true);
    expect((await advance()).status).toBe(400);
  });

  it('every seeded zaak validates, and the seeds cover overdue, extended, refused and granted', async () => {
    install();
    for (const bsn of ['999993653', '999990482']) {
      await signInAs(bsn);
      const list = await json(
        await send('POST', `${ZRC}/zaken/_zoek`, { rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn: bsn }),
      );
      expectValid(zrc.response('/zaken/_zoek', 'post', '200'), list);
      const zaken = list.results as Array<{
        einddatum: string | null;
        uiterlijkeEinddatumAfdoening: string;
        verlenging: unknown;
        resultaat: string | null;
        archiefactiedatum: string | null;
      }>;
      expect(zaken.some((z) => !z.einddatum && z.uiterlijkeEinddatumAfdoening < TODAY)).toBe(true);
      expect(zaken.some((z) => !z.einddatum && z.verlenging)).toBe(true);
      expect(zaken.filter((z) => z.einddatum).every((z) => z.resultaat && z.archiefactiedatum)).toBe(true);
      const results = await Promise.all(
        zaken
          .filter((z) => z.resultaat)
          .map(async (z) => {
            const r = await json(await send('GET', z.resultaat as string));
            return (await (await fetch(r.resultaattype as string)).json()).omschrijving as string;
          }),
      );
      expect(results.sort()).toEqual(['Afgewezen', 'Toegekend']);
    }
  });

  it('answers 401 without a session', async () => {
    install();
    expect((await send('POST', `${ZRC}/zaken/_zoek`, { einddatum__isnull: true })).status).toBe(401);
  });

  it('imports no app logic for what it checks (dates, file types, registry lists are its own)', () => {
    const dirs = ['mocks/handlers', 'mocks/data/zaken'];
    const offenders: string[] = [];
    for (const dir of dirs) {
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
        const text = readFileSync(path.join(dir, file), 'utf8');
        for (const m of text.matchAll(
          /^import (?!type )[^;]*from '(@\/|(?:\.\.\/)+src\/)(lib\/(?:deadlines|file-type|registry-view)[^']*)'/gm,
        ))
          offenders.push(`${dir}/${file}: ${m[2]}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
