// @vitest-environment node
/**
 * Issue 14: acting on behalf, through the in-process gateway. The session contract's actor and
 * subject, the switch, and the authorisation every citizen endpoint does on (actor, subject,
 * scope): allowed, not allowed, ended (child turned 18 on the gateway clock), revoked, outside
 * the scope. Plus the trail the represented person reads, and the mandate register's contract.
 */
import { describe, expect, it } from 'vitest';
import { setGatewayNow } from '@mocks/gateway/clock';
import { SUBJECT_ID_TYPE, subjectIdFor } from '@mocks/data/verwerkingen/betrokkene';
import { findMachtiging, trekIn } from '@mocks/data/vertegenwoordiging/machtigingen';
import { createValidator, expectValid } from './support/openapi';

const sessie = createValidator('mocks/contracts/session.yaml');
const vert = createValidator('mocks/contracts/vertegenwoordiging.yaml');
const base = 'http://localhost/api';

const PARENT = '999970057';
const CHILD = '999970070';
const YOUNGER = '999970082';
const STRANGER = '999993653';

const json = (method: string, body?: unknown): RequestInit => ({
  method,
  headers: { 'Content-Type': 'application/json' },
  ...(body === undefined ? {} : { body: JSON.stringify(body) }),
});

async function signIn(bsn: string) {
  const r = await fetch(`${base}/auth/session`, json('POST', { bsn }));
  expect(r.status).toBe(201);
  return r.json();
}
const switchTo = (bsn: string) => fetch(`${base}/auth/session/namens`, json('POST', { bsn }));
const brp = (bsn: string) =>
  fetch(
    `${base}/brp/personen`,
    json('POST', { type: 'RaadpleegMetBurgerservicenummer', burgerservicenummer: [bsn], fields: ['naam', 'geboorte'] }),
  );

/** One request per citizen endpoint family, for the subject of the session. */
function everyEndpoint(bsn: string): Array<[string, () => Promise<Response>]> {
  const zoek = (path: string) => () => fetch(`${base}${path}`, json('POST', { burgerservicenummer: bsn }));
  return [
    ['brp', () => brp(bsn)],
    ['bag', () => fetch(`${base}/bag/adressen?postcode=2595AN&huisnummer=1`)],
    ['brk', () => fetch(`${base}/brk/kadastraalonroerendezaken`, json('POST', { burgerservicenummer: bsn }))],
    ['woz', () => fetch(`${base}/woz/wozobjecten?adresseerbaarObjectIdentificatie=0518010000000001`)],
    ['rdw', zoek('/rdw/voertuigen/_zoek')],
    ['kvk', zoek('/kvk/inschrijvingen/_zoek')],
    ['bri', zoek('/bri/inkomens/_zoek')],
    ['uwv', zoek('/uwv/inkomstenverhoudingen/_zoek')],
    ['duo', zoek('/duo/diplomas/_zoek')],
    [
      'ldv',
      () =>
        fetch(
          `${base}/ldv/processing-activities`,
          json('POST', {
            'dpl.core.data_subject_id': subjectIdFor(bsn),
            'dpl.core.data_subject_id_type': SUBJECT_ID_TYPE,
          }),
        ),
    ],
    ['meldingen', () => fetch(`${base}/meldingen/verwerkingen`)],
    ['zaken', () => fetch(`${base}/zaken/api/v1/zaken`, { headers: { 'Accept-Crs': 'EPSG:4326' } })],
    ['documenten', () => fetch(`${base}/documenten/api/v1/enkelvoudiginformatieobjecten`)],
    ['berichten', () => fetch(`${base}/berichten`)],
  ];
}

describe('session with an actor and a subject (mocks/contracts/session.yaml)', () => {
  it('lists whom a parent may act for, from the BRP gezag, in the Sessie', async () => {
    const body = await signIn(PARENT);
    expectValid(sessie.response('/auth/session', 'post', '201'), body);
    expect(body.bsn).toBe(PARENT);
    expect(body).not.toHaveProperty('namens');
    const allowed = body.vertegenwoordiging.filter((r: { toegestaan: boolean }) => r.toegestaan);
    expect(allowed.map((r: { bsn: string; rol: string }) => [r.bsn, r.rol]).sort()).toEqual([
      [CHILD, 'ouderMetGezag'],
      [YOUNGER, 'ouderMetGezag'],
    ]);
  });

  it('switches with an explicit POST, serves the child, and switches back with DELETE', async () => {
    await signIn(PARENT);
    const r = await switchTo(CHILD);
    expect(r.status).toBe(200);
    const body = await r.json();
    expectValid(sessie.response('/auth/session/namens', 'post', '200'), body);
    expect(body.bsn).toBe(CHILD);
    expect(body.logboekBetrokkene.id).toBe(subjectIdFor(CHILD));
    expect(body.namens).toMatchObject({ bsn: CHILD, rol: 'ouderMetGezag', bron: 'brp', toegestaan: true });

    const kind = await brp(CHILD);
    expect(kind.status).toBe(200);
    expect((await kind.json()).personen[0].naam.voornamen).toBeTruthy();
    // While acting for the child, the session serves the child only: not even the parent.
    expect((await brp(PARENT)).status).toBe(403);

    const back = await fetch(`${base}/auth/session/namens`, { method: 'DELETE' });
    expect(back.status).toBe(200);
    const self = await back.json();
    expectValid(sessie.response('/auth/session/namens', 'delete', '200'), self);
    expect(self.bsn).toBe(PARENT);
    expect(self).not.toHaveProperty('namens');
    expect((await brp(PARENT)).status).toBe(200);
    expect((await brp(CHILD)).status).toBe(403);
  });

  it('refuses a person without a relation with the same answer as any refusal (403, reden geenRelatie)', async () => {
    await signIn(PARENT);
    const r = await switchTo(STRANGER);
    expect(r.status).toBe(403);
    const problem = await r.json();
    expectValid(sessie.schema('Probleem'), problem);
    expect(problem).toMatchObject({ code: 'vertegenwoordigingGeweigerd', reden: 'geenRelatie' });
    // And nobody else's data comes through the data endpoints either.
    expect((await brp(STRANGER)).status).toBe(403);
  });

  it('lists a refused child with the BRP reason and without their BSN, and refuses the switch', async () => {
    const body = await signIn('999970008');
    const refused = body.vertegenwoordiging.filter((r: { toegestaan: boolean }) => !r.toegestaan);
    expect(refused.length).toBeGreaterThan(0);
    for (const r of refused) expect(r).not.toHaveProperty('bsn');
    expect(refused.map((r: { reden: string }) => r.reden)).toContain('gezagNietTeBepalen');
    expect(refused.map((r: { reden: string }) => r.reden)).toContain('gezagInOnderzoek');
    const r = await switchTo('999970331');
    expect(r.status).toBe(403);
    expect((await r.json()).reden).toBe('gezagInOnderzoek');
  });

  it.each(everyEndpoint(CHILD))(
    '%s: serves the child to the parent until the day before the 18th birthday, not after',
    async (_name, call) => {
      // The last day of gezag (the day before the 18th birthday, BW 1:233), late in the evening
      // on the gateway clock; ten minutes later it is the birthday (the session is still alive).
      await signIn(PARENT);
      const tot: string = (await (await switchTo(CHILD)).json()).namens.tot;
      expect(tot).toMatch(/-12-31$/); // winter: +01:00 below is Amsterdam time
      setGatewayNow(`${tot}T23:55:00+01:00`);
      await signIn(PARENT);
      expect((await switchTo(CHILD)).status).toBe(200);
      const before = await call();
      expect(before.status, await before.clone().text()).toBeLessThan(400);
      const next = `${Number(tot.slice(0, 4)) + 1}-01-01`;
      setGatewayNow(`${next}T00:05:00+01:00`);
      const after = await call();
      expect(after.status).toBe(403);
      expect(await after.json()).toMatchObject({ code: 'vertegenwoordigingBeeindigd', reden: 'meerderjarig' });
    },
  );

  it('drops a subject from the session once the relation has ended', async () => {
    await signIn(PARENT);
    const tot: string = (await (await switchTo(YOUNGER)).json()).namens.tot;
    setGatewayNow(`${tot}T23:55:00+01:00`);
    await signIn(PARENT);
    expect((await switchTo(YOUNGER)).status).toBe(200);
    setGatewayNow(`${Number(tot.slice(0, 4)) + 1}-01-01T00:05:00+01:00`);
    const body = await (await fetch(`${base}/auth/session`)).json();
    expect(body.bsn).toBe(PARENT);
    expect(body).not.toHaveProperty('namens');
    const younger = body.vertegenwoordiging.find((r: { naam: string; toegestaan: boolean }) => !r.toegestaan);
    expect(younger).toMatchObject({ reden: 'meerderjarig' });
    expect(younger).not.toHaveProperty('bsn');
  });

  it('lets a curator act for an adult under curatele in everything, and the adult sees who', async () => {
    await signIn('999970203');
    const r = await switchTo('999970197');
    expect(r.status).toBe(200);
    expect((await r.json()).namens).toMatchObject({ rol: 'curator', bron: 'ccbr' });
    for (const [name, call] of everyEndpoint('999970197')) expect((await call()).status, name).toBeLessThan(400);
    await signIn('999970197');
    const body = await (await fetch(`${base}/vertegenwoordiging`)).json();
    expect(body.vertegenwoordigers).toContainEqual({ naam: 'Rowena Rademaker', rol: 'curator', bron: 'ccbr' });
    // Once per registry (9), once for the log and its alerts, once for requests and messages.
    expect(body.handelingen).toHaveLength(11);
  });

  it('keeps a mentor to personal affairs: BRP yes, vehicles and income no (403 buitenBevoegdheid)', async () => {
    await signIn('999992806');
    expect((await switchTo('999997002')).status).toBe(200);
    expect((await brp('999997002')).status).toBe(200);
    for (const [name, call] of everyEndpoint('999997002').filter(([n]) => ['rdw', 'bri', 'uwv'].includes(n))) {
      const r = await call();
      expect(r.status, name).toBe(403);
      expect((await r.json()).code).toBe('buitenBevoegdheid');
    }
  });
});

describe('mandates (mocks/contracts/vertegenwoordiging.yaml)', () => {
  const GIVER = STRANGER; // Suzanne Moulin
  const HOLDER = PARENT;

  async function geboortedatum(bsn: string): Promise<string> {
    await signIn(bsn);
    const p = (await (await brp(bsn)).json()).personen[0];
    return p.geboorte.datum.datum;
  }

  it('is given, accepted, used within its scope, and revoked: access ends at the next request', async () => {
    const datum = await geboortedatum(HOLDER);
    await signIn(GIVER);
    const given = await fetch(
      `${base}/machtigingen`,
      json('POST', {
        gemachtigde: { bsn: HOLDER, geboortedatum: datum },
        diensten: ['logboek'],
        geldigTot: '2027-06-30',
      }),
    );
    expect(given.status, await given.clone().text()).toBe(201);
    const m = await given.json();
    expectValid(vert.response('/machtigingen', 'post', '201'), m);
    expect(m).toMatchObject({ status: 'wachtOpAcceptatie', bruikbaar: false, diensten: ['logboek'] });

    await signIn(HOLDER);
    expect((await (await switchTo(GIVER)).json()).reden).toBe('wachtOpAcceptatie');
    const lijst = await (await fetch(`${base}/machtigingen`)).json();
    expectValid(vert.response('/machtigingen', 'get', '200'), lijst);
    expect(lijst.ontvangen[0]).toMatchObject({ naam: 'Suzanne Moulin', status: 'wachtOpAcceptatie' });
    expect((await fetch(`${base}/machtigingen/${m.id}/accepteren`, json('POST'))).status).toBe(200);
    expect((await switchTo(GIVER)).status).toBe(200);
    const [, log] = everyEndpoint(GIVER).find(([n]) => n === 'ldv')!;
    expect((await log()).status).toBe(200);
    expect((await brp(GIVER)).status).toBe(403); // the mandate is for the log only

    // The giver revokes it while the holder is acting (one test browser holds one session, so
    // the giver's click is the register's own call here; the HTTP revoke is tested below).
    trekIn(findMachtiging(m.id)!, 'machtiginggever');
    const after = await log();
    expect(after.status).toBe(403);
    expect(await after.json()).toMatchObject({ code: 'vertegenwoordigingBeeindigd', reden: 'ingetrokken' });

    await signIn(GIVER);
    const lijstGever = await (await fetch(`${base}/machtigingen`)).json();
    expect(lijstGever.gegeven[0]).toMatchObject({
      status: 'ingetrokken',
      ingetrokkenDoor: 'machtiginggever',
      bruikbaar: false,
    });
  });

  it('is revoked by the giver over HTTP, once (a retried click changes nothing)', async () => {
    const datum = await geboortedatum(HOLDER);
    await signIn(GIVER);
    const m = await (
      await fetch(
        `${base}/machtigingen`,
        json('POST', {
          gemachtigde: { bsn: HOLDER, geboortedatum: datum },
          diensten: ['gegevens'],
          geldigTot: '2027-01-01',
        }),
      )
    ).json();
    const first = await fetch(`${base}/machtigingen/${m.id}/intrekken`, json('POST'));
    expect(first.status).toBe(200);
    const body = await first.json();
    expectValid(vert.response('/machtigingen/{id}/intrekken', 'post', '200'), body);
    const again = await (await fetch(`${base}/machtigingen/${m.id}/intrekken`, json('POST'))).json();
    expect(again.ingetrokken).toBe(body.ingetrokken);
    // A second mandate to the same person is possible again once the first has ended.
    const second = await fetch(
      `${base}/machtigingen`,
      json('POST', {
        gemachtigde: { bsn: HOLDER, geboortedatum: datum },
        diensten: ['gegevens'],
        geldigTot: '2027-01-01',
      }),
    );
    expect(second.status).toBe(201);
    expect(
      (
        await fetch(
          `${base}/machtigingen`,
          json('POST', {
            gemachtigde: { bsn: HOLDER, geboortedatum: datum },
            diensten: ['gegevens'],
            geldigTot: '2027-01-01',
          }),
        )
      ).status,
    ).toBe(409);
  });

  it('refuses a BSN and birth date that do not belong together, with one answer', async () => {
    await signIn(GIVER);
    const r = await fetch(
      `${base}/machtigingen`,
      json('POST', {
        gemachtigde: { bsn: HOLDER, geboortedatum: '1900-01-01' },
        diensten: ['gegevens'],
        geldigTot: '2027-01-01',
      }),
    );
    expect(r.status).toBe(422);
    expectValid(vert.schema('Probleem'), await r.json());
  });

  it("cannot be managed by a representative in someone else's name (403 alleenZelf)", async () => {
    await signIn(PARENT);
    await switchTo(CHILD);
    for (const path of ['/machtigingen', '/vertegenwoordiging']) {
      const r = await fetch(`${base}${path}`);
      expect(r.status, path).toBe(403);
      expect((await r.json()).code).toBe('alleenZelf');
    }
  });
});

describe('the trail the represented person reads', () => {
  it("records each look on behalf once per session and registry, with the actor's name and role", async () => {
    await signIn(PARENT);
    await switchTo(CHILD);
    await brp(CHILD);
    await brp(CHILD);
    await fetch(`${base}/berichten`);
    await signIn(CHILD);
    const r = await fetch(`${base}/vertegenwoordiging`);
    expect(r.status).toBe(200);
    const body = await r.json();
    expectValid(vert.response('/vertegenwoordiging', 'get', '200'), body);
    expect(body.handelingen).toHaveLength(2);
    expect(body.handelingen.map((h: { dienst: string; register?: string }) => h.register ?? h.dienst).sort()).toEqual([
      'brp',
      'verzoeken',
    ]);
    expect(body.handelingen[0]).toMatchObject({ naam: expect.stringMatching(/\S/), rol: 'ouderMetGezag' });
    expect(body.vertegenwoordigers.map((v: { rol: string }) => v.rol)).toContain('ouderMetGezag');
  });
});

describe('the register of legal representatives (CCBR model)', () => {
  it('every order matches the contract, and curatele agrees with the BRP both ways', async () => {
    const { registraties } = await import('@mocks/data/vertegenwoordiging/ccbr');
    const { allTestBsns, getGbaPersoon } = await import('@mocks/data/brp');
    const validate = vert.schema('Registratie');
    for (const r of registraties()) expectValid(validate, r);
    const underCuratele = new Set(
      registraties()
        .filter((r) => r.soort === 'curatele' && !r.einddatum)
        .map((r) => r.betrokkeneBsn),
    );
    for (const bsn of allTestBsns())
      expect(underCuratele.has(bsn), bsn).toBe(Boolean(getGbaPersoon(bsn)?.indicatieCurateleRegister));
  });
});
