import { HttpResponse } from 'msw';
import { http } from '../gateway/http';
import { type CitizenSession, type Session } from '../gateway/session';
import { requireCitizen } from '../gateway/citizen';
import { gatewayNow } from '../gateway/clock';
import { getPersoonByBsn } from '../data/brp';
import { recordHandeling } from '../data/vertegenwoordiging/handelingen';
import type { Rol } from '../data/vertegenwoordiging/types';

/** The role of a representative in the initiator's roltoelichting (what the holder reads). */
const ROL_TEKST: Record<Rol, string> = {
  ouderMetGezag: 'ouder met gezag',
  voogd: 'voogd',
  derdeMetGezag: 'derde met gezamenlijk gezag',
  curator: 'curator',
  mentor: 'mentor',
  bewindvoerder: 'beschermingsbewindvoerder',
  gemachtigde: 'gemachtigde (machtiging)',
};
import {
  describeHolder,
  describeVerantwoordelijke,
  GEGEVENSSOORTEN,
  getZaaktype,
  isGegevenssoort,
  isRegistratie,
  PORTAAL_RSIN,
  REGISTRATIES,
} from '../data/zaken/catalogus';
import {
  createZaak,
  decide,
  extendZaak,
  isClosed,
  isOwnZaak,
  linkDocument,
  nextStatustype,
  nowDateTime,
  resultaattypeOf,
  setResultaat,
  setStatus,
  store,
  zakenOf,
  zakenToday,
  type ZaakRecord,
} from '../data/zaken/index';
import type { RolRecord } from '../data/zaken/store';
import {
  resultaatJson,
  rolJson,
  statusJson,
  uuidFromUrl,
  urls,
  zaakJson,
  zaakeigenschapJson,
  zaakobjectJson,
  zioJson,
  DRC,
  ZRC,
  ZRC_ROUTE,
  ZTC,
} from '../data/zaken/serialize';
import {
  checkInitiator,
  checkNewZaak,
  checkResultaat,
  checkStatus,
  checkZaakinformatieobject,
  checkZaakeigenschap,
  checkZaakobject,
  naamIdentificatie,
} from '../data/zaken/validate';
import { parseZaakZoek, zoekZaken } from '../data/zaken/zoek';
import {
  checkText,
  crsHeaders,
  forbidden,
  fout,
  notFound,
  origin,
  pagedJson,
  readJson,
  unknownQueryParams,
  validatieFout,
  zgwJson,
} from '../data/zaken/zgw-http';

/**
 * Mock Zaken API 1.5.1 under /api/zaken/api/v1, as the portal's gateway exposes it to one
 * signed-in citizen. It is as strict as Open Zaak where Open Zaak checks (the error codes are
 * Open Zaak's), and adds the gateway's own rules for what a citizen may do:
 *
 *  - every zaak is filtered by its initiator (`inpBsn` = the session's BSN); another
 *    person's zaak is 403, an unknown one 404;
 *  - a citizen creates a request (zaak, initiator, zaakobject, eigenschappen, first status),
 *    adds documents, and withdraws it (resultaat "Ingetrokken", then the end status).
 *    Everything else is the holder's: no PATCH/PUT/DELETE of a zaak, no holder-only field
 *    (`uiterlijkeEinddatumAfdoening`, `verlenging`, archive fields …) on creation, no other
 *    status or resultaat. The holder's steps are simulated by the mock controls under
 *    /api/__mock/zaken/{uuid}/…, which stand outside the citizen's rights;
 *  - `Idempotency-Key` is not part of ZGW and is ignored, as real servers do. Exactly-once
 *    submission is the client's job (docs/decisions/021-exactly-once-without-idempotency-key.md).
 */

type Ctx = { request: Request; cookies: Record<string, string> };
type Owned = { session: Session; zaak: ZaakRecord } | Response;

function citizen(cookies: Record<string, string>): CitizenSession | Response {
  return requireCitizen(cookies, { dienst: 'verzoeken' });
}

const holderOnly = (instance: string, detail: string) =>
  fout(403, 'permission_denied', 'Dit is aan de bronhouder.', detail, instance);

/** The zaak behind a URL or UUID, if it is the session's own. */
function ownZaak(session: Session, uuid: string | undefined, instance: string): ZaakRecord | Response {
  const zaak = uuid ? store.zaken.get(uuid) : undefined;
  if (!zaak) return notFound(instance);
  if (!isOwnZaak(zaak, session.bsn ?? '')) return forbidden(instance);
  return zaak;
}

function ownZaakByParam({ cookies, request }: Ctx, uuid: unknown): Owned {
  const session = citizen(cookies);
  if (session instanceof Response) return session;
  const zaak = ownZaak(session, typeof uuid === 'string' ? uuid : undefined, request.url);
  return zaak instanceof Response ? zaak : { session, zaak };
}

/** A body's `zaak` URL → the own zaak, or the right error (400 for a bad URL, 403/404). */
function ownZaakFromBody(session: Session, value: unknown, instance: string): ZaakRecord | Response {
  const uuid = uuidFromUrl(value, ZRC, 'zaken');
  if (!uuid)
    return validatieFout(instance, [
      { name: 'zaak', code: value === undefined ? 'required' : 'bad-url', reason: 'Geen geldige zaak-URL.' },
    ]);
  return ownZaak(session, uuid, instance);
}

/** The start of every POST of a part of a zaak: a citizen, a JSON body, and the own zaak it names. */
async function partOfOwnZaak({
  request,
  cookies,
}: Ctx): Promise<{ session: CitizenSession; zaak: ZaakRecord; body: Record<string, unknown> } | Response> {
  const session = citizen(cookies);
  if (session instanceof Response) return session;
  const parsed = await readJson(request);
  if (!parsed.ok) return parsed.response;
  const zaak = ownZaakFromBody(session, parsed.value.zaak, request.url);
  if (zaak instanceof Response) return zaak;
  return { session, zaak, body: parsed.value };
}

/** Open Zaak's ClosedZaakMixin: changing a closed zaak needs the holder's "geforceerd bijwerken" scope. */
const closed = (instance: string) =>
  fout(
    403,
    'permission_denied',
    'De zaak is afgesloten.',
    'Een afgesloten zaak kan niet meer worden gewijzigd.',
    instance,
  );

/**
 * While the request is being filed (no status yet) the citizen adds its parts; once the
 * first status is set, the request is the holder's to handle.
 */
function filing(zaak: ZaakRecord, instance: string): Response | undefined {
  if (isClosed(zaak)) return closed(instance);
  if (zaak.statusUuid !== null) {
    return holderOnly(instance, 'Na het indienen kunt u alleen nog documenten toevoegen of het verzoek intrekken.');
  }
  return undefined;
}

const searchable = (request: Request, session: Session, params: Record<string, unknown>): Response => {
  const parsed = parseZaakZoek(params);
  if ('errors' in parsed) return validatieFout(request.url, parsed.errors);
  const u = urls(origin(request));
  return pagedJson(
    request,
    zoekZaken(zakenOf(session.bsn ?? ''), parsed).map((z) => zaakJson(z, u)),
  );
};

export const zakenHandlers = [
  // ---- zaken ------------------------------------------------------------------------
  http.post(`${ZRC_ROUTE}/zaken/_zoek`, async ({ request, cookies }) => {
    const crs = crsHeaders(request, true);
    if (crs) return crs;
    const session = citizen(cookies);
    if (session instanceof Response) return session;
    const parsed = await readJson(request);
    if (!parsed.ok) return parsed.response;
    if (Object.keys(parsed.value).length === 0) {
      return validatieFout(request.url, [
        { name: 'nonFieldErrors', code: 'empty_search_body', reason: 'Search parameters must be specified' },
      ]);
    }
    // The gateway only ever searches the session's own zaken; a filter on someone else's BSN finds nothing.
    return searchable(request, session, parsed.value);
  }),

  http.get(`${ZRC_ROUTE}/zaken`, ({ request, cookies }) => {
    const crs = crsHeaders(request, false);
    if (crs) return crs;
    const session = citizen(cookies);
    if (session instanceof Response) return session;
    const params = Object.fromEntries([...new URL(request.url).searchParams].filter(([k]) => k !== 'page'));
    return searchable(request, session, params);
  }),

  http.post(`${ZRC_ROUTE}/zaken`, async ({ request, cookies }) => {
    const crs = crsHeaders(request, true);
    if (crs) return crs;
    const session = citizen(cookies);
    if (session instanceof Response) return session;
    const parsed = await readJson(request);
    if (!parsed.ok) return parsed.response;
    const body = parsed.value;
    const checked = checkNewZaak(body, session.bsn ?? '');
    if ('holderFields' in checked) {
      return holderOnly(
        request.url,
        `Deze velden zet de bronhouder, niet de indiener: ${checked.holderFields.join(', ')}.`,
      );
    }
    if ('errors' in checked) return validatieFout(request.url, checked.errors);
    const zaak = createZaak(checked.zaak);
    const u = urls(origin(request));
    return zgwJson(zaakJson(zaak, u), 201, '1.5.1', { Location: u.zaak(zaak.uuid) });
  }),

  http.get(`${ZRC_ROUTE}/zaken/:uuid`, (ctx) => {
    const crs = crsHeaders(ctx.request, false);
    if (crs) return crs;
    const owned = ownZaakByParam(ctx, ctx.params.uuid);
    if (owned instanceof Response) return owned;
    return zgwJson(zaakJson(owned.zaak, urls(origin(ctx.request))));
  }),

  // Changing a zaak is the holder's: its dates, its extension, its texts.
  ...(['put', 'patch', 'delete'] as const).map((method) =>
    http[method](`${ZRC_ROUTE}/zaken/:uuid`, (ctx) => {
      const crs = crsHeaders(ctx.request, method !== 'delete');
      if (crs) return crs;
      const owned = ownZaakByParam(ctx, ctx.params.uuid);
      if (owned instanceof Response) return owned;
      return holderOnly(
        ctx.request.url,
        'Alleen de bronhouder kan een zaak wijzigen of verwijderen; u kunt een verzoek wel intrekken.',
      );
    }),
  ),

  // ---- zaakeigenschappen (not paginated in 1.5.1) ---------------------------------------
  http.get(`${ZRC_ROUTE}/zaken/:uuid/zaakeigenschappen`, (ctx) => {
    const owned = ownZaakByParam(ctx, ctx.params.uuid);
    if (owned instanceof Response) return owned;
    const u = urls(origin(ctx.request));
    return zgwJson(
      [...store.eigenschappen.values()]
        .filter((e) => e.zaakUuid === owned.zaak.uuid)
        .map((e) => zaakeigenschapJson(e, u)),
    );
  }),

  http.get(`${ZRC_ROUTE}/zaken/:uuid/zaakeigenschappen/:eig`, (ctx) => {
    const owned = ownZaakByParam(ctx, ctx.params.uuid);
    if (owned instanceof Response) return owned;
    const e = store.eigenschappen.get(String(ctx.params.eig));
    if (!e || e.zaakUuid !== owned.zaak.uuid) return notFound(ctx.request.url);
    return zgwJson(zaakeigenschapJson(e, urls(origin(ctx.request))));
  }),

  http.post(`${ZRC_ROUTE}/zaken/:uuid/zaakeigenschappen`, async (ctx) => {
    const owned = ownZaakByParam(ctx, ctx.params.uuid);
    if (owned instanceof Response) return owned;
    const { zaak } = owned;
    const { request } = ctx;
    const parsed = await readJson(request);
    if (!parsed.ok) return parsed.response;
    const body = parsed.value;
    const notNow = filing(zaak, request.url);
    if (notNow) return notNow;
    const checked = checkZaakeigenschap(zaak, body);
    if ('holderOnly' in checked) {
      return holderOnly(request.url, `De eigenschap ${checked.holderOnly} zet de bronhouder, niet de indiener.`);
    }
    if ('errors' in checked) return validatieFout(request.url, checked.errors);
    const { eigenschap, waarde } = checked;
    const record = {
      uuid: crypto.randomUUID(),
      zaakUuid: zaak.uuid,
      eigenschapUuid: eigenschap.uuid,
      naam: eigenschap.naam,
      waarde,
    };
    store.eigenschappen.set(record.uuid, record);
    return zgwJson(zaakeigenschapJson(record, urls(origin(request))), 201);
  }),

  // ---- rollen -------------------------------------------------------------------------
  http.post(`${ZRC_ROUTE}/rollen`, async ({ request, cookies }) => {
    const part = await partOfOwnZaak({ request, cookies });
    if (part instanceof Response) return part;
    const { session, zaak, body } = part;
    const notNow = filing(zaak, request.url);
    if (notNow) return notNow;
    const checked = checkInitiator(zaak, body);
    if ('errors' in checked) return validatieFout(request.url, checked.errors);
    const { roltypeUuid } = checked;
    const id = (body.betrokkeneIdentificatie ?? {}) as Record<string, unknown>;
    // The gateway never lets a citizen name someone else as initiator.
    if (id.inpBsn !== session.bsn) {
      return fout(
        403,
        'permission_denied',
        'Alleen uzelf als indiener.',
        'betrokkeneIdentificatie.inpBsn moet het BSN van de ingelogde burger zijn.',
        request.url,
      );
    }
    const identificatie = naamIdentificatie(id);
    const roltoelichting = typeof body.roltoelichting === 'string' ? body.roltoelichting : '';
    if (session.relatie) {
      // Issue 14, filed on behalf (ZGW rollen): the initiator is the representative, as the
      // gateway knows them from the sign-in (a browser cannot name them), `gemachtigde`; the
      // person it is about is the belanghebbende, `machtiginggever`. The holder sees both.
      const zaaktype = getZaaktype(zaak.zaaktypeUuid);
      const actor = getPersoonByBsn(session.actorBsn)?.naam;
      const actorId: Record<string, string> = {};
      if (actor?.voornamen) actorId.voornamen = actor.voornamen;
      if (actor?.voorletters) actorId.voorletters = actor.voorletters;
      if (actor?.voorvoegsel) actorId.voorvoegselGeslachtsnaam = actor.voorvoegsel;
      if (actor?.geslachtsnaam) actorId.geslachtsnaam = actor.geslachtsnaam;
      const initiator: RolRecord = {
        uuid: crypto.randomUUID(),
        zaakUuid: zaak.uuid,
        roltypeUuid: roltypeUuid ?? '',
        inpBsn: session.actorBsn,
        identificatie: actorId,
        roltoelichting: `Ingediend namens de belanghebbende, als ${ROL_TEKST[session.relatie.rol]}.`,
        registratiedatum: nowDateTime(),
        omschrijvingGeneriek: 'initiator',
        indicatieMachtiging: 'gemachtigde',
      };
      const belanghebbende: RolRecord = {
        uuid: crypto.randomUUID(),
        zaakUuid: zaak.uuid,
        roltypeUuid: zaaktype?.belanghebbende.uuid ?? '',
        inpBsn: session.bsn,
        identificatie,
        roltoelichting,
        registratiedatum: nowDateTime(),
        omschrijvingGeneriek: 'belanghebbende',
        indicatieMachtiging: 'machtiginggever',
      };
      store.rollen.set(initiator.uuid, initiator);
      store.rollen.set(belanghebbende.uuid, belanghebbende);
      recordHandeling({
        sessionId: session.id,
        actorBsn: session.actorBsn,
        actorNaam: session.naam,
        subjectBsn: session.bsn,
        rol: session.relatie.rol,
        dienst: 'verzoeken',
        handeling: 'verzoekIngediend',
        at: gatewayNow(),
      });
      return zgwJson(rolJson(initiator, urls(origin(request))), 201);
    }
    const rol: RolRecord = {
      uuid: crypto.randomUUID(),
      zaakUuid: zaak.uuid,
      roltypeUuid: roltypeUuid ?? '',
      inpBsn: session.bsn ?? '',
      identificatie,
      roltoelichting,
      registratiedatum: nowDateTime(),
    };
    store.rollen.set(rol.uuid, rol);
    return zgwJson(rolJson(rol, urls(origin(request))), 201);
  }),

  http.get(`${ZRC_ROUTE}/rollen`, ({ request, cookies }) =>
    listByZaak(
      request,
      cookies,
      store.rollen,
      rolJson,
      ['zaak', 'betrokkeneType', 'omschrijvingGeneriek', 'betrokkeneIdentificatie__natuurlijkPersoon__inpBsn'],
      (r, q) =>
        (!q.has('betrokkeneType') || q.get('betrokkeneType') === 'natuurlijk_persoon') &&
        (!q.has('omschrijvingGeneriek') || q.get('omschrijvingGeneriek') === 'initiator') &&
        (!q.has('betrokkeneIdentificatie__natuurlijkPersoon__inpBsn') ||
          q.get('betrokkeneIdentificatie__natuurlijkPersoon__inpBsn') === r.inpBsn),
    ),
  ),
  http.get(`${ZRC_ROUTE}/rollen/:uuid`, ({ request, cookies, params }) =>
    getChild(request, cookies, store.rollen, params.uuid, rolJson),
  ),

  // ---- zaakobjecten -------------------------------------------------------------------
  http.post(`${ZRC_ROUTE}/zaakobjecten`, async ({ request, cookies }) => {
    const part = await partOfOwnZaak({ request, cookies });
    if (part instanceof Response) return part;
    const { zaak, body } = part;
    const notNow = filing(zaak, request.url);
    if (notNow) return notNow;
    const checked = checkZaakobject(zaak, body);
    if ('errors' in checked) return validatieFout(request.url, checked.errors);
    const { soortObject, overige } = checked;
    const record = {
      uuid: crypto.randomUUID(),
      zaakUuid: zaak.uuid,
      objectTypeOverige: soortObject,
      overigeData: overige,
      relatieomschrijving: typeof body.relatieomschrijving === 'string' ? body.relatieomschrijving : '',
    };
    store.zaakobjecten.set(record.uuid, record);
    return zgwJson(zaakobjectJson(record, urls(origin(request))), 201);
  }),

  http.get(`${ZRC_ROUTE}/zaakobjecten`, ({ request, cookies }) =>
    listByZaak(
      request,
      cookies,
      store.zaakobjecten,
      zaakobjectJson,
      ['zaak', 'objectType', 'object'],
      (_o, q) => (!q.has('objectType') || q.get('objectType') === 'overige') && !q.has('object'),
    ),
  ),
  http.get(`${ZRC_ROUTE}/zaakobjecten/:uuid`, ({ request, cookies, params }) =>
    getChild(request, cookies, store.zaakobjecten, params.uuid, zaakobjectJson),
  ),

  // ---- statussen ----------------------------------------------------------------------
  http.post(`${ZRC_ROUTE}/statussen`, async ({ request, cookies }) => {
    const part = await partOfOwnZaak({ request, cookies });
    if (part instanceof Response) return part;
    const { zaak, body } = part;
    const checked = checkStatus(zaak, body);
    if ('errors' in checked) return validatieFout(request.url, checked.errors);
    const { statustype, datumStatusGezet } = checked;
    if (isClosed(zaak))
      return fout(
        403,
        'permission_denied',
        'De zaak is afgesloten.',
        'Het heropenen van een gesloten zaak is niet toegestaan.',
        request.url,
      );
    // The citizen's rights: the first status of their new request, and the end status after
    // their own withdrawal (resultaat "Ingetrokken"). Every other step is the holder's.
    const first = zaak.statusUuid === null && !statustype.isEindstatus;
    const withdrawal = statustype.isEindstatus && resultaattypeOf(zaak)?.doorIndiener === true;
    if (!first && !withdrawal) {
      return holderOnly(
        request.url,
        'Als indiener kunt u alleen de eerste status zetten of, na het intrekken, de zaak afsluiten.',
      );
    }
    const status = setStatus({
      zaak,
      statustype,
      datumStatusGezet,
      ...(typeof body.statustoelichting === 'string' && body.statustoelichting
        ? { statustoelichting: body.statustoelichting }
        : {}),
    });
    return zgwJson(statusJson(status, urls(origin(request))), 201);
  }),

  http.get(`${ZRC_ROUTE}/statussen`, ({ request, cookies }) =>
    listByZaak(
      request,
      cookies,
      store.statussen,
      statusJson,
      ['zaak', 'statustype', 'indicatieLaatstGezetteStatus'],
      (s, q) => {
        const st = q.get('statustype');
        const laatste = q.get('indicatieLaatstGezetteStatus');
        return (
          (st === null || uuidFromUrl(st, ZTC, 'statustypen') === s.statustypeUuid) &&
          (laatste === null || (store.zaken.get(s.zaakUuid)?.statusUuid === s.uuid) === (laatste === 'true'))
        );
      },
    ),
  ),
  http.get(`${ZRC_ROUTE}/statussen/:uuid`, ({ request, cookies, params }) =>
    getChild(request, cookies, store.statussen, params.uuid, statusJson),
  ),

  // ---- resultaten ---------------------------------------------------------------------
  http.post(`${ZRC_ROUTE}/resultaten`, async ({ request, cookies }) => {
    const part = await partOfOwnZaak({ request, cookies });
    if (part instanceof Response) return part;
    const { zaak, body } = part;
    const checked = checkResultaat(zaak, body);
    if ('errors' in checked) return validatieFout(request.url, checked.errors);
    const { resultaattype } = checked;
    if (isClosed(zaak)) return closed(request.url);
    if (!resultaattype.doorIndiener)
      return holderOnly(
        request.url,
        'Over de uitkomst van uw verzoek beslist de bronhouder; u kunt het alleen intrekken.',
      );
    const resultaat = setResultaat(
      zaak,
      resultaattype,
      typeof body.toelichting === 'string' && body.toelichting ? body.toelichting : undefined,
    );
    return zgwJson(resultaatJson(resultaat, urls(origin(request))), 201);
  }),

  http.get(`${ZRC_ROUTE}/resultaten`, ({ request, cookies }) =>
    listByZaak(request, cookies, store.resultaten, resultaatJson, ['zaak', 'resultaattype'], (r, q) => {
      const rt = q.get('resultaattype');
      return rt === null || uuidFromUrl(rt, ZTC, 'resultaattypen') === r.resultaattypeUuid;
    }),
  ),
  http.get(`${ZRC_ROUTE}/resultaten/:uuid`, ({ request, cookies, params }) =>
    getChild(request, cookies, store.resultaten, params.uuid, resultaatJson),
  ),

  // ---- zaakinformatieobjecten (not paginated in 1.5.1) ------------------------------------
  http.post(`${ZRC_ROUTE}/zaakinformatieobjecten`, async ({ request, cookies }) => {
    const part = await partOfOwnZaak({ request, cookies });
    if (part instanceof Response) return part;
    const { session, zaak, body } = part;
    if (isClosed(zaak)) return closed(request.url);
    const checked = checkZaakinformatieobject(zaak, body, session.bsn ?? '');
    if ('errors' in checked) return validatieFout(request.url, checked.errors);
    const { doc } = checked;
    const record = linkDocument(
      zaak,
      doc,
      typeof body.titel === 'string' ? body.titel : doc.titel,
      typeof body.beschrijving === 'string' ? body.beschrijving : '',
    );
    return zgwJson(zioJson(record, urls(origin(request))), 201);
  }),

  http.get(`${ZRC_ROUTE}/zaakinformatieobjecten`, ({ request, cookies }) =>
    listByZaak(
      request,
      cookies,
      store.zios,
      zioJson,
      ['zaak', 'informatieobject'],
      (x, q) => {
        const io = q.get('informatieobject');
        return io === null || uuidFromUrl(io, DRC, 'enkelvoudiginformatieobjecten') === x.informatieobjectUuid;
      },
      false,
    ),
  ),
  http.get(`${ZRC_ROUTE}/zaakinformatieobjecten/:uuid`, ({ request, cookies, params }) =>
    getChild(request, cookies, store.zios, params.uuid, zioJson),
  ),

  // ---- gateway: who holds this registry's data about me? (our contract, berichten.yaml) --
  http.get('/bronhouders/:registratie', ({ request, cookies, params }) => {
    const session = citizen(cookies);
    if (session instanceof Response) return session;
    const registratie = String(params.registratie);
    if (!isRegistratie(registratie)) {
      return validatieFout(request.url, [
        { name: 'registratie', code: 'invalid_choice', reason: `Kies uit: ${REGISTRATIES.join(', ')}.` },
      ]);
    }
    const url = new URL(request.url);
    const code = url.searchParams.get('gemeentecode');
    const naam = url.searchParams.get('gemeentenaam');
    if ((code !== null && !/^\d{4}$/.test(code)) || (naam !== null && checkText('gemeentenaam', naam, 80))) {
      return validatieFout(request.url, [
        { name: 'gemeentecode', code: 'invalid', reason: 'Een gemeentecode is 4 cijfers, met gemeentenaam.' },
      ]);
    }
    const soort = url.searchParams.get('gegevenssoort');
    if (soort !== null && (registratie !== 'brp' || !isGegevenssoort(soort))) {
      return validatieFout(request.url, [
        { name: 'gegevenssoort', code: 'invalid_choice', reason: `Alleen voor brp: ${GEGEVENSSOORTEN.join(', ')}.` },
      ]);
    }
    const beschrijving = describeHolder(
      registratie,
      session.bsn ?? '',
      code && naam ? { gemeente: { code, naam } } : {},
      isGegevenssoort(soort) ? soort : null,
    );
    if (!beschrijving) {
      return fout(
        404,
        'geen-bronhouder',
        'Geen bronhouder gevonden.',
        'Voor deze registratie is geen bronhouder af te leiden (bijvoorbeeld geen adres in Nederland).',
        request.url,
      );
    }
    return beschrijvingJson(beschrijving, request);
  }),

  // ---- gateway: who did this processing, and how do I ask them why? (berichten.yaml) ----
  http.get('/verwerkingsverantwoordelijken/:entityId', ({ request, cookies, params }) => {
    const session = citizen(cookies);
    if (session instanceof Response) return session;
    const entityId = String(params.entityId);
    const beschrijving = /^[0-9a-f-]{36}$/i.test(entityId) ? describeVerantwoordelijke(entityId) : undefined;
    if (!beschrijving) {
      return fout(
        404,
        'geen-verantwoordelijke',
        'Organisatie niet gevonden.',
        'Deze organisatie staat niet in een register van verwerkingsactiviteiten.',
        request.url,
      );
    }
    return beschrijvingJson(beschrijving, request);
  }),

  // ---- mock controls: the holder's side (never a citizen's right) ------------------------
  http.post('/__mock/zaken/:uuid/volgende-status', async (ctx) => {
    const owned = ownZaakByParam(ctx, ctx.params.uuid);
    if (owned instanceof Response) return owned;
    const { zaak } = owned;
    const { request } = ctx;
    const body = await optionalJson(request);
    if (body instanceof Response) return body;
    const next = nextStatustype(zaak);
    if (!next)
      return validatieFout(request.url, [
        { name: 'zaak', code: 'zaak-afgesloten', reason: 'De zaak is al afgesloten.' },
      ]);
    const toelichtingError = checkText('toelichting', body.toelichting, 1000);
    if (toelichtingError) return validatieFout(request.url, [toelichtingError]);
    const toelichting = typeof body.toelichting === 'string' && body.toelichting ? body.toelichting : undefined;
    // A named resultaat decides now, from any step (e.g. after the citizen answered a question).
    if (next.isEindstatus || body.resultaat === 'afgewezen' || body.resultaat === 'toegekend') {
      if (zaak.resultaatUuid)
        return validatieFout(request.url, [
          { name: 'zaak', code: 'unique', reason: 'De zaak heeft al een resultaat.' },
        ]);
      const code = body.resultaat === 'afgewezen' ? 'afgewezen' : 'toegekend';
      decide(
        zaak,
        code,
        toelichting ??
          (code === 'afgewezen'
            ? 'Uit onderzoek blijkt dat het gegeven juist is geregistreerd.'
            : 'Het gegeven is gecorrigeerd.'),
      );
    } else {
      setStatus({ zaak, statustype: next, ...(toelichting ? { statustoelichting: toelichting } : {}) });
    }
    const u = urls(origin(request));
    const status = zaak.statusUuid ? store.statussen.get(zaak.statusUuid) : undefined;
    return HttpResponse.json({
      zaak: zaakJson(zaak, u),
      status: status ? statusJson(status, u) : null,
      vandaag: zakenToday(),
    });
  }),

  http.post('/__mock/zaken/:uuid/verlengen', async (ctx) => {
    const owned = ownZaakByParam(ctx, ctx.params.uuid);
    if (owned instanceof Response) return owned;
    const { zaak } = owned;
    const { request } = ctx;
    const body = await optionalJson(request);
    if (body instanceof Response) return body;
    const reden =
      typeof body.reden === 'string' && body.reden.trim()
        ? body.reden
        : 'Het onderzoek kost meer tijd dan gedacht: wij vragen gegevens op bij een andere organisatie.';
    const duur = typeof body.duur === 'string' ? body.duur : 'P2M';
    const redenError = checkText('reden', reden, 200, true);
    if (redenError) return validatieFout(request.url, [redenError]);
    const result = extendZaak(zaak, reden, duur);
    if (!result.ok) {
      const reasons: Record<string, string> = {
        'geen-verlenging': 'Dit zaaktype kent geen verlenging.',
        'ongeldige-duur': 'Geen geldige duur (ISO 8601, bijv. P2M).',
        'te-lang': 'Langer dan de verlengingstermijn van het zaaktype.',
        'te-laat': 'Verlengen kan alleen binnen de eerste termijn.',
        'reden-vereist': 'Een reden is vereist.',
        'al-verlengd': 'De zaak is al verlengd.',
        closed: 'De zaak is afgesloten.',
      };
      return validatieFout(request.url, [
        { name: 'verlenging', code: result.error, reason: reasons[result.error] ?? result.error },
      ]);
    }
    return HttpResponse.json({ zaak: zaakJson(zaak, urls(origin(request))), vandaag: zakenToday() });
  }),
];

/** A holder's or controller's description as the gateway sends it: the portal's RSIN, each zaaktype with its URL. */
function beschrijvingJson<T extends { zaaktypen: Record<string, { uuid: string }> }>(
  beschrijving: T,
  request: Request,
) {
  const u = urls(origin(request));
  const zaaktypen = Object.fromEntries(
    Object.entries(beschrijving.zaaktypen).map(([soort, z]) => [soort, { ...z, url: u.zaaktype(z.uuid) }]),
  );
  return HttpResponse.json(
    { ...beschrijving, bronorganisatie: PORTAAL_RSIN, zaaktypen },
    { headers: { 'Cache-Control': 'no-store' } },
  );
}

async function optionalJson(request: Request): Promise<Record<string, unknown> | Response> {
  if ((request.headers.get('content-length') ?? '') === '0' || !request.headers.get('content-type')?.includes('json'))
    return {};
  const parsed = await readJson(request);
  return parsed.ok ? parsed.value : parsed.response;
}

type ChildRecord = { uuid: string; zaakUuid: string };

/**
 * `GET /x?zaak=<url>` for child resources: own zaken only (without `zaak`, all own ones),
 * with the endpoint's other filters, refusing parameters it does not know; paginated unless
 * the spec has a plain array.
 */
function listByZaak<T extends ChildRecord>(
  request: Request,
  cookies: Record<string, string>,
  map: Map<string, T>,
  toJson: (r: T, u: ReturnType<typeof urls>) => unknown,
  known: readonly string[],
  match: (r: T, q: URLSearchParams) => boolean,
  paged = true,
): Response {
  const session = citizen(cookies);
  if (session instanceof Response) return session;
  const unknown = unknownQueryParams(request, known);
  if (unknown) return unknown;
  const q = new URL(request.url).searchParams;
  const zaakParam = q.get('zaak');
  let records = [...map.values()];
  if (zaakParam !== null) {
    const zaak = ownZaakFromBody(session, zaakParam, request.url);
    if (zaak instanceof Response) return zaak;
    records = records.filter((r) => r.zaakUuid === zaak.uuid);
  } else {
    const own = new Set(zakenOf(session.bsn ?? '').map((z) => z.uuid));
    records = records.filter((r) => own.has(r.zaakUuid));
  }
  const u = urls(origin(request));
  const items = records.filter((r) => match(r, q)).map((r) => toJson(r, u));
  return paged ? pagedJson(request, items) : zgwJson(items);
}

function getChild<T extends ChildRecord>(
  request: Request,
  cookies: Record<string, string>,
  map: Map<string, T>,
  uuid: unknown,
  toJson: (r: T, u: ReturnType<typeof urls>) => unknown,
): Response {
  const session = citizen(cookies);
  if (session instanceof Response) return session;
  const record = typeof uuid === 'string' ? map.get(uuid) : undefined;
  if (!record) return notFound(request.url);
  const zaak = ownZaak(session, record.zaakUuid, request.url);
  if (zaak instanceof Response) return zaak;
  return zgwJson(toJson(record, urls(origin(request))));
}
