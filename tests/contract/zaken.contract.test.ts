// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { berichtenHandlers } from '../../mocks/handlers/berichten';
import { catalogiHandlers } from '../../mocks/handlers/catalogi';
import { documentenHandlers } from '../../mocks/handlers/documenten';
import { zakenHandlers } from '../../mocks/handlers/zaken';
import { brpHandlers } from '../../mocks/handlers/brp';
import { createValidator, describeErrors, type JsonObject } from './support/openapi';

// The ZGW specs use `\_` in patterns, invalid under Ajv's unicode flag.
const zrc = createValidator('mocks/specs/zgw-zaken-openapi.yaml', { openapi30: true, unicodeRegExp: false });
// The official 2.7 patterns use `\'`, invalid under Ajv's unicode flag.
const brp = createValidator('mocks/specs/brp/brp-personen-bevragen-v2.7.0-openapi.yaml', { unicodeRegExp: false });
const ZRC = 'http://localhost/api/zaken/api/v1';

function install() {
  server.use(...zakenHandlers, ...catalogiHandlers, ...documentenHandlers, ...berichtenHandlers, ...brpHandlers);
}

async function signIn(bsn: string) {
  const r = await fetch('http://localhost/api/auth/session', {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ bsn }),
  });
  expect(r.status).toBe(201);
}

async function send(method: string, url: string, body?: unknown, headers: Record<string, string> = {}) {
  return fetch(url, {
    method,
    headers: { 'Content-Type': 'application/json', 'Accept-Crs': 'EPSG:4326', 'Content-Crs': 'EPSG:4326', ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

function expectValid(validate: ReturnType<typeof zrc.schema>, body: unknown) {
  expect(validate(body), describeErrors(validate)).toBe(true);
}

type Bronhouder = {
  bronorganisatie: string;
  bronhouder: { naam: string; rsin: string; id: string };
  zaaktypen: { correctie: { url: string } };
};

async function bronhouder(registratie: string): Promise<Bronhouder> {
  const r = await fetch(`http://localhost/api/bronhouders/${registratie}`);
  expect(r.status).toBe(200);
  return (await r.json()) as Bronhouder;
}

async function zaaktype(url: string) {
  return (await (await fetch(url)).json()) as { statustypen: string[]; eigenschappen: string[]; roltypen: string[] };
}

/** The full sequence the UI makes for one correction (see the report). */
async function fileCorrection(bsn: string, registratie: string, veld: string, key = crypto.randomUUID()) {
  const b = await bronhouder(registratie);
  const zt = await zaaktype(b.zaaktypen.correctie.url);
  const zaakBody = {
    zaaktype: b.zaaktypen.correctie.url, bronorganisatie: b.bronorganisatie,
    verantwoordelijkeOrganisatie: b.bronhouder.rsin, startdatum: '2026-11-28',
    omschrijving: `Correctie ${veld}`, toelichting: '',
  };
  const zaakResponse = await send('POST', `${ZRC}/zaken`, zaakBody, { 'Idempotency-Key': key });
  expect(zaakResponse.status, await zaakResponse.clone().text()).toBe(201);
  const zaak = (await zaakResponse.json()) as JsonObject & { url: string; uuid: string };
  const rol = await send('POST', `${ZRC}/rollen`, {
    zaak: zaak.url, betrokkeneType: 'natuurlijk_persoon', roltype: zt.roltypen[0], roltoelichting: 'Indiener',
    betrokkeneIdentificatie: { inpBsn: bsn },
  });
  expect(rol.status).toBe(201);
  const object = await send('POST', `${ZRC}/zaakobjecten`, {
    zaak: zaak.url, objectType: 'overige', objectTypeOverige: 'registratiegegeven', relatieomschrijving: 'Onjuist gegeven',
    objectIdentificatie: { overigeData: { registratie, veld } },
  });
  expect(object.status).toBe(201);
  const status = await send('POST', `${ZRC}/statussen`, {
    zaak: zaak.url, statustype: zt.statustypen[0], datumStatusGezet: '2026-11-28T10:00:00Z',
  });
  expect(status.status).toBe(201);
  return { zaak, zaaktype: zt, bronhouder: b, zaakBody, key, rol: await rol.json(), object: await object.json(), status: await status.json() };
}

describe('Zaken API 1.5.1 mock', () => {
  it('files a BRP address correction as a zaak: every response valid, P4W clock from receipt', async () => {
    install();
    await signIn('999993653');
    const { zaak, zaaktype: zt, bronhouder: b, rol, object, status } = await fileCorrection('999993653', 'brp', 'verblijfplaats');
    expect(b.bronhouder.naam).toBe('Gemeente Rotterdam');
    expectValid(zrc.response('/zaken', 'post', '201'), zaak);
    expectValid(zrc.schema('natuurlijk_persoon_Rol'), rol);
    expectValid(zrc.response('/rollen', 'post', '201'), rol);
    expectValid(zrc.schema('overige_ZaakObject'), object);
    expectValid(zrc.response('/statussen', 'post', '201'), status);
    expect(zaak).toMatchObject({ registratiedatum: '2026-11-28', uiterlijkeEinddatumAfdoening: '2026-12-26', einddatum: null });

    const eigenschappen = await Promise.all(zt.eigenschappen.map(async (url) => (await (await fetch(url)).json()) as { url: string; naam: string }));
    const waarden: Record<string, string> = {
      registratie: 'brp', veld: 'verblijfplaats', huidigeWaarde: 'Boterdiep 31, 3077AW Rotterdam',
      voorgesteldeWaarde: 'Boterdiep 33, 3077AW Rotterdam', toelichting: '<script>alert(1)</script> Ik woon op nummer 33 😀',
      beperkingGevraagd: 'ja',
    };
    for (const e of eigenschappen) {
      const r = await send('POST', `${ZRC}/zaken/${zaak.uuid}/zaakeigenschappen`, { zaak: zaak.url, eigenschap: e.url, waarde: waarden[e.naam] });
      expect(r.status, await r.clone().text()).toBe(201);
      expectValid(zrc.response('/zaken/{zaak_uuid}/zaakeigenschappen', 'post', '201'), await r.json());
    }
    const list = await (await send('GET', `${ZRC}/zaken/${zaak.uuid}/zaakeigenschappen`)).json();
    expectValid(zrc.response('/zaken/{zaak_uuid}/zaakeigenschappen', 'get', '200'), list);
    expect((list as Array<{ naam: string; waarde: string }>).find((e) => e.naam === 'toelichting')?.waarde).toBe(waarden.toelichting);

    const got = await (await send('GET', `${ZRC}/zaken/${zaak.uuid}`)).json();
    expectValid(zrc.response('/zaken/{uuid}', 'get', '200'), got);
    expect(got.status).toBe(status.url);
    expect(got.rollen).toEqual([rol.url]);

    const statussen = await (await send('GET', `${ZRC}/statussen?zaak=${encodeURIComponent(zaak.url)}`)).json();
    expectValid(zrc.response('/statussen', 'get', '200'), statussen);
    expect(statussen.count).toBe(1);
  });

  it('rejects hostile and invalid eigenschap values at the field', async () => {
    install();
    await signIn('999993653');
    const { zaak, zaaktype: zt } = await fileCorrection('999993653', 'rdw', 'voertuigen.kleur');
    const eigenschappen = await Promise.all(zt.eigenschappen.map(async (url) => (await (await fetch(url)).json()) as { url: string; naam: string }));
    const url = (naam: string) => eigenschappen.find((e) => e.naam === naam)?.url;
    for (const [naam, waarde, code] of [
      ['toelichting', 'x'.repeat(10_000), 'max_length'],
      ['voorgesteldeWaarde', 'Grijs\u202Ezwart', 'invalid_characters'],
      ['beperkingGevraagd', 'ok', 'invalid_choice'],
      ['voorgesteldeWaarde', '   ', 'blank'],
    ] as const) {
      const r = await send('POST', `${ZRC}/zaken/${zaak.uuid}/zaakeigenschappen`, { zaak: zaak.url, eigenschap: url(naam), waarde });
      expect(r.status).toBe(400);
      const body = await r.json();
      expectValid(zrc.schema('ValidatieFout'), body);
      expect(body.invalidParams[0]).toMatchObject({ name: 'waarde', code });
    }
  });

  it('creates exactly one zaak per Idempotency-Key, also for a concurrent double submit', async () => {
    install();
    await signIn('999993653');
    const b = await bronhouder('brk');
    const body = {
      zaaktype: b.zaaktypen.correctie.url, bronorganisatie: b.bronorganisatie, verantwoordelijkeOrganisatie: b.bronhouder.rsin,
      startdatum: '2026-11-28',
    };
    const count = async () => (await (await send('POST', `${ZRC}/zaken/_zoek`, {})).json()).count as number;
    const before = await count();

    const first = await send('POST', `${ZRC}/zaken`, body, { 'Idempotency-Key': 'key-1' });
    const again = await send('POST', `${ZRC}/zaken`, body, { 'Idempotency-Key': 'key-1' });
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.headers.get('Idempotent-Replayed')).toBe('true');
    expect((await again.json()).uuid).toBe((await first.json()).uuid);

    const [x, y] = await Promise.all([
      send('POST', `${ZRC}/zaken`, body, { 'Idempotency-Key': 'key-2' }),
      send('POST', `${ZRC}/zaken`, body, { 'Idempotency-Key': 'key-2' }),
    ]);
    expect((await x.json()).uuid).toBe((await y.json()).uuid);
    expect(await count()).toBe(before + 2);

    const reused = await send('POST', `${ZRC}/zaken`, { ...body, omschrijving: 'iets anders' }, { 'Idempotency-Key': 'key-1' });
    expect(reused.status).toBe(422);
    expectValid(zrc.schema('Fout'), await reused.json());

    const missing = await send('POST', `${ZRC}/zaken`, body);
    expect(missing.status).toBe(400);
    expect((await missing.json()).invalidParams[0].name).toBe('Idempotency-Key');
    expect(await count()).toBe(before + 2);
  });

  it('routes to the holder: another municipality\'s zaaktype or RSIN is refused', async () => {
    install();
    await signIn('999990482');
    const own = await bronhouder('brp');
    expect(own.bronhouder.naam).toBe('Gemeente Borger-Odoorn');
    await signIn('999993653');
    const r = await send('POST', `${ZRC}/zaken`, {
      zaaktype: own.zaaktypen.correctie.url, bronorganisatie: own.bronorganisatie, verantwoordelijkeOrganisatie: own.bronhouder.rsin,
      startdatum: '2026-11-28',
    }, { 'Idempotency-Key': 'k' });
    expect(r.status).toBe(400);
    expect((await r.json()).invalidParams[0]).toMatchObject({ name: 'zaaktype', code: 'bronhouder' });

    await signIn('999993483'); // RNI: BRP held by RvIG, no BAG holder
    expect((await bronhouder('brp')).bronhouder.id).toBe('rvig-rni');
    expect((await fetch('http://localhost/api/bronhouders/bag')).status).toBe(404);
    expect((await bronhouder('rdw')).bronhouder.naam).toBe('RDW');
  });

  it('_zoek returns only the session\'s own zaken; another person\'s zaak is 403', async () => {
    install();
    await signIn('999993653');
    const { zaak } = await fileCorrection('999993653', 'brp', 'naam.geslachtsnaam');
    const own = await (await send('POST', `${ZRC}/zaken/_zoek`, {})).json();
    expectValid(zrc.response('/zaken/_zoek', 'post', '200'), own);
    expect(own.count).toBe(5); // four seeded + this one

    await signIn('999990482');
    const theirs = await (await send('POST', `${ZRC}/zaken/_zoek`, { rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn: '999993653' })).json();
    expect(theirs.count).toBe(0);
    const all = await (await send('POST', `${ZRC}/zaken/_zoek`, {})).json();
    expect(all.results.map((z: { uuid: string }) => z.uuid)).not.toContain(zaak.uuid);

    const forbidden = await send('GET', `${ZRC}/zaken/${zaak.uuid}`);
    expect(forbidden.status).toBe(403);
    expectValid(zrc.schema('Fout'), await forbidden.json());
    expect((await send('PATCH', `${ZRC}/zaken/${zaak.uuid}`, { toelichting: 'x' })).status).toBe(403);
    expect((await send('GET', `${ZRC}/statussen?zaak=${encodeURIComponent(zaak.url)}`)).status).toBe(403);
    expect((await send('GET', `${ZRC}/zaken/${crypto.randomUUID()}`)).status).toBe(404);
  });

  it('refuses a rol with someone else\'s BSN and statuses that are the holder\'s', async () => {
    install();
    await signIn('999993653');
    const b = await bronhouder('duo');
    const zt = await zaaktype(b.zaaktypen.correctie.url);
    const zaak = await (await send('POST', `${ZRC}/zaken`, {
      zaaktype: b.zaaktypen.correctie.url, bronorganisatie: b.bronorganisatie, verantwoordelijkeOrganisatie: b.bronhouder.rsin, startdatum: '2026-11-28',
    }, { 'Idempotency-Key': 'duo-1' })).json();
    const other = await send('POST', `${ZRC}/rollen`, {
      zaak: zaak.url, betrokkeneType: 'natuurlijk_persoon', roltype: zt.roltypen[0], roltoelichting: '', betrokkeneIdentificatie: { inpBsn: '999990482' },
    });
    expect(other.status).toBe(403);
    const besloten = await send('POST', `${ZRC}/statussen`, { zaak: zaak.url, statustype: zt.statustypen[3] });
    expect(besloten.status).toBe(403);
  });

  it('records an extension by PATCH (within the first term, at most P2M) and links related zaken', async () => {
    install();
    await signIn('999993653');
    const a = await fileCorrection('999993653', 'brp', 'verblijfplaats');
    const c = await fileCorrection('999993653', 'bag', 'verblijfsobject.huisnummer');
    const tooLong = await send('PATCH', `${ZRC}/zaken/${a.zaak.uuid}`, { verlenging: { reden: 'Complex', duur: 'P3M' } });
    expect(tooLong.status).toBe(400);
    expect((await tooLong.json()).invalidParams[0].code).toBe('too-long');
    const ok = await send('PATCH', `${ZRC}/zaken/${a.zaak.uuid}`, {
      verlenging: { reden: 'Onderzoek bij de vorige gemeente', duur: 'P2M' },
      relevanteAndereZaken: [{ url: c.zaak.url, aardRelatie: 'onderwerp' }],
    });
    expect(ok.status).toBe(200);
    const body = await ok.json();
    expectValid(zrc.response('/zaken/{uuid}', 'patch', '200'), body);
    expect(body.uiterlijkeEinddatumAfdoening).toBe('2027-02-26');
    expect(body.verlenging).toEqual({ reden: 'Onderzoek bij de vorige gemeente', duur: 'P2M' });
    expect(body.relevanteAndereZaken).toEqual([{ url: c.zaak.url, aardRelatie: 'onderwerp' }]);
    const again = await send('PATCH', `${ZRC}/zaken/${a.zaak.uuid}`, { verlenging: { reden: 'Nog eens', duur: 'P1M' } });
    expect((await again.json()).invalidParams[0].code).toBe('already-extended');
  });

  it('refuses an extension after the first term (seeded overdue zaak)', async () => {
    install();
    await signIn('999993653');
    const zaken = (await (await send('POST', `${ZRC}/zaken/_zoek`, {})).json()).results as Array<{ uuid: string; uiterlijkeEinddatumAfdoening: string; einddatum: string | null }>;
    const overdue = zaken.find((z) => z.einddatum === null && z.uiterlijkeEinddatumAfdoening < '2026-11-28');
    expect(overdue).toBeDefined();
    const r = await send('PATCH', `${ZRC}/zaken/${overdue?.uuid}`, { verlenging: { reden: 'Te laat', duur: 'P1M' } });
    expect((await r.json()).invalidParams[0].code).toBe('too-late');
  });

  it('shows a BRP address correction as inOnderzoek in the BRP itself while open, valid against 2.7', async () => {
    install();
    await signIn('999993653');
    const query = { type: 'RaadpleegMetBurgerservicenummer', burgerservicenummer: ['999993653'], fields: ['verblijfplaats', 'adressering'] };
    const brpFetch = async () => (await send('POST', 'http://localhost/api/brp/personen', query)).json();
    const before = await brpFetch();
    expect(before.personen[0].verblijfplaats.inOnderzoek).toBeUndefined();

    const { zaak, zaaktype: zt } = await fileCorrection('999993653', 'brp', 'verblijfplaats');
    const during = await brpFetch();
    // The 2.7 response schema (OAS 3.1); brp.contract.test.ts checks the converter much deeper.
    const validate = brp.schema('RaadpleegMetBurgerservicenummerResponse');
    expect(validate(during), describeErrors(validate)).toBe(true);
    expect(during.personen[0].verblijfplaats.inOnderzoek).toMatchObject({
      type: true, datumIngangOnderzoek: { type: 'Datum', datum: zaak.registratiedatum },
    });
    expect(during.personen[0].verblijfplaats.verblijfadres.inOnderzoek).toMatchObject({ postcode: true, huisnummer: true });

    // Withdrawn: the marker goes away.
    const withdraw = await send('POST', `${ZRC}/statussen`, { zaak: zaak.url, statustype: zt.statustypen[4] });
    expect(withdraw.status).toBe(201);
    const after = await brpFetch();
    expect(after.personen[0].verblijfplaats.inOnderzoek).toBeUndefined();
    const closed = await (await send('GET', `${ZRC}/zaken/${zaak.uuid}`)).json();
    expect(closed.einddatum).toBe('2026-11-28');
    expect(closed.resultaat).not.toBeNull();
  });

  it('links an uploaded document by zaakinformatieobject', async () => {
    install();
    await signIn('999993653');
    const { zaak } = await fileCorrection('999993653', 'brp', 'verblijfplaats');
    const doc = await send('POST', 'http://localhost/api/documenten/api/v1/enkelvoudiginformatieobjecten', {
      bronorganisatie: (await bronhouder('brp')).bronorganisatie, creatiedatum: '2026-11-28', titel: 'Huurcontract', auteur: 'Suzanne Moulin',
      taal: 'dut', bestandsnaam: 'huurcontract.pdf', formaat: 'application/pdf', inhoud: btoa('%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n'),
      informatieobjecttype: (await (await fetch(zaak.zaaktype as string)).json()).informatieobjecttypen[0],
    });
    expect(doc.status, await doc.clone().text()).toBe(201);
    const eio = await doc.json();
    const zio = await send('POST', `${ZRC}/zaakinformatieobjecten`, { zaak: zaak.url, informatieobject: eio.url, titel: 'Huurcontract' });
    expect(zio.status).toBe(201);
    expectValid(zrc.response('/zaakinformatieobjecten', 'post', '201'), await zio.json());
    const list = await (await send('GET', `${ZRC}/zaakinformatieobjecten?zaak=${encodeURIComponent(zaak.url)}`)).json();
    expectValid(zrc.response('/zaakinformatieobjecten', 'get', '200'), list);
    expect(list).toHaveLength(1);
  });

  it('dev control moves a zaak forward to a decision with a resultaat', async () => {
    install();
    await signIn('999993653');
    const { zaak } = await fileCorrection('999993653', 'kvk', 'inschrijvingen.naam');
    const advance = (body?: unknown) => send('POST', `http://localhost/api/__mock/zaken/${zaak.uuid}/volgende-status`, body ?? {});
    for (const expected of ['In behandeling', 'Aanvullende informatie nodig']) {
      const r = await advance();
      expect(r.status).toBe(200);
      const { status } = await r.json();
      expectValid(zrc.schema('Status'), status);
      const st = await (await fetch(status.statustype)).json();
      expect(st.omschrijving).toBe(expected);
    }
    const decided = await (await advance({ resultaat: 'afgewezen', toelichting: 'Het gegeven klopt volgens de akte.' })).json();
    expectValid(zrc.schema('Zaak'), decided.zaak);
    expect(decided.zaak.einddatum).toBe('2026-11-28');
    const resultaat = await (await send('GET', decided.zaak.resultaat)).json();
    expectValid(zrc.schema('Resultaat'), resultaat);
    expect(resultaat.toelichting).toBe('Het gegeven klopt volgens de akte.');
    expect((await (await fetch(resultaat.resultaattype)).json()).omschrijving).toBe('Afgewezen');
    expect((await advance()).status).toBe(400);
  });

  it('every seeded zaak validates, and the seeds cover overdue, extended, refused and granted', async () => {
    install();
    for (const bsn of ['999993653', '999990482']) {
      await signIn(bsn);
      const list = await (await send('POST', `${ZRC}/zaken/_zoek`, {})).json();
      expectValid(zrc.response('/zaken/_zoek', 'post', '200'), list);
      const zaken = list.results as Array<{ einddatum: string | null; uiterlijkeEinddatumAfdoening: string; verlenging: unknown; resultaat: string | null }>;
      expect(zaken.some((z) => !z.einddatum && z.uiterlijkeEinddatumAfdoening < '2026-11-28')).toBe(true);
      expect(zaken.some((z) => !z.einddatum && z.verlenging)).toBe(true);
      const results = await Promise.all(zaken.filter((z) => z.resultaat).map(async (z) => {
        const r = await (await send('GET', z.resultaat as string)).json();
        return (await (await fetch(r.resultaattype)).json()).omschrijving as string;
      }));
      expect(results.sort()).toEqual(['Afgewezen', 'Toegekend']);
    }
  });

  it('answers 401 without a session', async () => {
    install();
    const r = await send('POST', `${ZRC}/zaken/_zoek`, {});
    expect(r.status).toBe(401);
  });
});
