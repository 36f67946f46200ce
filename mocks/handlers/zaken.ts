import { HttpResponse } from 'msw';
import { http } from '../gateway/http';
import { registryIds, type RegistryId } from '@/lib/registry-view';
import type { InvalidParam } from '../gateway/problem';
import { requireCitizen, type Session } from '../gateway/session';
import {
  describeHolder, findEigenschap, findRoltype, findStatustype, getZaaktype, holderFor, PORTAAL_RSIN,
  type ResultaattypeCode,
} from '../data/zaken/catalogus';
import {
  checkIdempotency, createZaak, extendZaak, fingerprint, isClosed, isOwnZaak, nextStatustype, nowDateTime,
  rememberIdempotency, setStatus, store, zaaktypeOf, zakenOf, zakenToday, type ZaakRecord,
} from '../data/zaken/index';
import {
  resultaatJson, rolJson, statusJson, uuidFromUrl, urls, zaakJson, zaakeigenschapJson, zaakobjectJson, zioJson, DRC, ZRC, ZRC_ROUTE, ZTC,
} from '../data/zaken/serialize';
import {
  checkDate, checkText, forbidden, fout, idempotencyKey, isValidRsin, notFound, origin, paginated, readJson, validatieFout, zgwJson,
} from '../data/zaken/zgw-http';

/**
 * Mock Zaken API 1.5.1 under /api/zaken/api/v1, as the portal's gateway exposes it to one
 * signed-in citizen: every zaak is filtered by its initiator (`inpBsn` = the session's BSN);
 * another person's zaak is 403, an unknown one 404. Holder-side actions (statuses after the
 * first, decisions) are simulated by the dev control at /api/__mock/zaken/{uuid}/volgende-status.
 */

type Ctx = { request: Request; cookies: Record<string, string> };
type Owned = { session: Session; zaak: ZaakRecord } | Response;

function citizen(cookies: Record<string, string>): Session | Response {
  return requireCitizen(cookies);
}

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

/** A POSTed body's `zaak` URL → own, open zaak, or the right error (400 for a bad URL, 403/404). */
function ownZaakFromBody(session: Session, value: unknown, instance: string, mustBeOpen = true): ZaakRecord | Response {
  const uuid = uuidFromUrl(value, ZRC, 'zaken');
  if (!uuid) return validatieFout(instance, [{ name: 'zaak', code: value === undefined ? 'required' : 'bad-url', reason: 'Geen geldige zaak-URL.' }]);
  const zaak = ownZaak(session, uuid, instance);
  if (zaak instanceof Response) return zaak;
  if (mustBeOpen && isClosed(zaak)) {
    return validatieFout(instance, [{ name: 'zaak', code: 'zaak-afgesloten', reason: 'De zaak is afgesloten.' }]);
  }
  return zaak;
}

/**
 * Runs `create` at most once per (operation, person, Idempotency-Key): a replay with the same
 * body returns the first result, another body is a 422. Synchronous from check to remember,
 * so concurrent duplicates cannot both create.
 */
function once(
  scope: string, session: Session, request: Request, body: unknown, required: boolean,
  create: () => { uuid: string; response: Response } | Response,
  replay: (uuid: string) => Response,
): Response {
  const key = idempotencyKey(request);
  if (key === null || (key === undefined && required)) {
    return validatieFout(request.url, [{
      name: 'Idempotency-Key', code: key === null ? 'invalid' : 'required',
      reason: 'Stuur een unieke Idempotency-Key (1–255 zichtbare ASCII-tekens) mee, zodat een herhaalde verzending geen tweede zaak maakt.',
    }]);
  }
  const bsn = session.bsn ?? '';
  const print = fingerprint(body);
  if (key !== undefined) {
    const found = checkIdempotency(scope, bsn, key, print);
    if (found.kind === 'replay') return replay(found.uuid);
    if (found.kind === 'conflict') {
      return fout(422, 'idempotency-key-reused', 'Idempotency-Key al gebruikt.',
        'Deze Idempotency-Key is al gebruikt voor een ander verzoek. Gebruik een nieuwe sleutel.', request.url);
    }
  }
  const result = create();
  if (result instanceof Response) return result;
  if (key !== undefined) rememberIdempotency(scope, bsn, key, print, result.uuid);
  return result.response;
}

const replayed = { 'Idempotent-Replayed': 'true' };

export const zakenHandlers = [
  // ---- zaken ------------------------------------------------------------------------
  http.post(`${ZRC_ROUTE}/zaken/_zoek`, async ({ request, cookies }) => {
    const session = citizen(cookies);
    if (session instanceof Response) return session;
    const parsed = await readJson(request);
    if (!parsed.ok) return parsed.response;
    const q = parsed.value;
    const errors: InvalidParam[] = [];
    // Asking for someone else's BSN gets nothing: the gateway only ever searches the session's own.
    const bsnFilter = q.rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn;
    if (bsnFilter !== undefined && typeof bsnFilter !== 'string') errors.push({ name: 'rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn', code: 'invalid', reason: 'Geen tekst.' });
    if (q.uuid__in !== undefined && (!Array.isArray(q.uuid__in) || q.uuid__in.some((u) => typeof u !== 'string'))) {
      errors.push({ name: 'uuid__in', code: 'invalid', reason: 'Geen lijst van UUIDs.' });
    }
    if (q.zaaktype !== undefined && !uuidFromUrl(q.zaaktype, ZTC, 'zaaktypen')) errors.push({ name: 'zaaktype', code: 'bad-url', reason: 'Geen geldige zaaktype-URL.' });
    if (errors.length) return validatieFout(request.url, errors);
    let zaken = zakenOf(session.bsn ?? '');
    if (typeof bsnFilter === 'string' && bsnFilter !== session.bsn) zaken = [];
    if (Array.isArray(q.uuid__in)) zaken = zaken.filter((z) => (q.uuid__in as string[]).includes(z.uuid));
    if (typeof q.identificatie === 'string') zaken = zaken.filter((z) => z.identificatie === q.identificatie);
    if (q.zaaktype !== undefined) zaken = zaken.filter((z) => z.zaaktypeUuid === uuidFromUrl(q.zaaktype, ZTC, 'zaaktypen'));
    const ordering = typeof q.ordering === 'string' ? q.ordering : '-registratiedatum';
    const desc = ordering.startsWith('-');
    const key = ordering.replace(/^-/, '') === 'startdatum' ? 'startdatum' : 'registratiedatum';
    zaken.sort((a, b) => (a[key] === b[key] ? a.identificatie.localeCompare(b.identificatie) : a[key] < b[key] ? -1 : 1) * (desc ? -1 : 1));
    const u = urls(origin(request));
    return zgwJson(paginated(zaken.map((z) => zaakJson(z, u))));
  }),

  http.post(`${ZRC_ROUTE}/zaken`, async ({ request, cookies }) => {
    const session = citizen(cookies);
    if (session instanceof Response) return session;
    const parsed = await readJson(request);
    if (!parsed.ok) return parsed.response;
    const body = parsed.value;
    const u = urls(origin(request));
    // Nothing is awaited from here on: check, create and remember happen in one turn.
    return once('zaken', session, request, body, true, () => {
      const errors: InvalidParam[] = [];
      const zaaktypeUuid = uuidFromUrl(body.zaaktype, ZTC, 'zaaktypen');
      const zaaktype = zaaktypeUuid ? getZaaktype(zaaktypeUuid) : undefined;
      if (!zaaktype) errors.push({ name: 'zaaktype', code: body.zaaktype === undefined ? 'required' : 'bad-url', reason: 'Onbekend zaaktype.' });
      if (!isValidRsin(body.bronorganisatie)) errors.push({ name: 'bronorganisatie', code: 'invalid', reason: 'Geen geldig RSIN (9 cijfers, elfproef).' });
      if (!isValidRsin(body.verantwoordelijkeOrganisatie)) {
        errors.push({ name: 'verantwoordelijkeOrganisatie', code: 'invalid', reason: 'Geen geldig RSIN (9 cijfers, elfproef).' });
      }
      for (const e of [
        checkDate('startdatum', body.startdatum, true),
        checkText('omschrijving', body.omschrijving, 80),
        checkText('toelichting', body.toelichting, 1000),
      ]) if (e) errors.push(e);
      if (zaaktype) {
        // Routing is the gateway's job: a citizen can only file with the holder of their own data.
        const expected = holderFor(zaaktype.registry, session.bsn ?? '', zaaktype.holder.gemeentecode && zaaktype.registry !== 'brp'
          ? { gemeente: { code: zaaktype.holder.gemeentecode, naam: zaaktype.holder.naam.replace(/^Gemeente /, '') } }
          : {});
        if (!expected || expected.id !== zaaktype.holder.id) {
          errors.push({ name: 'zaaktype', code: 'bronhouder', reason: 'Dit zaaktype hoort niet bij de bronhouder van uw gegevens.' });
        } else if (isValidRsin(body.verantwoordelijkeOrganisatie) && body.verantwoordelijkeOrganisatie !== zaaktype.holder.rsin) {
          errors.push({ name: 'verantwoordelijkeOrganisatie', code: 'bronhouder', reason: 'Dit is niet het RSIN van de bronhouder van dit zaaktype.' });
        }
      }
      if (errors.length || !zaaktype) return validatieFout(request.url, errors);
      const zaak = createZaak({
        zaaktype,
        bronorganisatie: body.bronorganisatie as string,
        verantwoordelijkeOrganisatie: body.verantwoordelijkeOrganisatie as string,
        omschrijving: typeof body.omschrijving === 'string' ? body.omschrijving : zaaktype.omschrijving,
        toelichting: typeof body.toelichting === 'string' ? body.toelichting : '',
        startdatum: body.startdatum as string,
        creatorBsn: session.bsn ?? '',
      });
      return { uuid: zaak.uuid, response: zgwJson(zaakJson(zaak, u), 201, '1.5.1', { Location: u.zaak(zaak.uuid) }) };
    }, (uuid) => {
      const zaak = store.zaken.get(uuid);
      return zaak ? zgwJson(zaakJson(zaak, u), 201, '1.5.1', { ...replayed, Location: u.zaak(uuid) }) : notFound(request.url);
    });
  }),

  http.get(`${ZRC_ROUTE}/zaken/:uuid`, (ctx) => {
    const owned = ownZaakByParam(ctx, ctx.params.uuid);
    if (owned instanceof Response) return owned;
    return zgwJson(zaakJson(owned.zaak, urls(origin(ctx.request))));
  }),

  http.patch(`${ZRC_ROUTE}/zaken/:uuid`, async (ctx) => {
    const owned = ownZaakByParam(ctx, ctx.params.uuid);
    if (owned instanceof Response) return owned;
    const { session, zaak } = owned;
    const { request } = ctx;
    const parsed = await readJson(request);
    if (!parsed.ok) return parsed.response;
    const body = parsed.value;
    if (isClosed(zaak)) return validatieFout(request.url, [{ name: 'nonFieldErrors', code: 'zaak-afgesloten', reason: 'De zaak is afgesloten.' }]);
    const errors: InvalidParam[] = [];
    const allowed = new Set(['relevanteAndereZaken', 'verlenging', 'toelichting', 'omschrijving']);
    for (const k of Object.keys(body)) {
      if (!allowed.has(k)) errors.push({ name: k, code: 'not-allowed', reason: 'Dit veld kan hier niet worden gewijzigd.' });
    }
    let relevante: ZaakRecord['relevanteAndereZaken'] | undefined;
    if (body.relevanteAndereZaken !== undefined) {
      if (!Array.isArray(body.relevanteAndereZaken)) {
        errors.push({ name: 'relevanteAndereZaken', code: 'invalid', reason: 'Geen lijst.' });
      } else {
        relevante = [];
        body.relevanteAndereZaken.forEach((r: unknown, i: number) => {
          const rel = r as { url?: unknown; aardRelatie?: unknown } | null;
          const uuid = uuidFromUrl(rel?.url, ZRC, 'zaken');
          const other = uuid ? store.zaken.get(uuid) : undefined;
          const aard = rel?.aardRelatie;
          if (!other || !isOwnZaak(other, session.bsn ?? '') || other.uuid === zaak.uuid) {
            errors.push({ name: `relevanteAndereZaken.${i}.url`, code: 'bad-url', reason: 'Geen eigen, andere zaak.' });
          } else if (aard !== 'vervolg' && aard !== 'onderwerp' && aard !== 'bijdrage') {
            errors.push({ name: `relevanteAndereZaken.${i}.aardRelatie`, code: 'invalid_choice', reason: 'Kies vervolg, onderwerp of bijdrage.' });
          } else {
            relevante?.push({ zaakUuid: other.uuid, aardRelatie: aard });
          }
        });
      }
    }
    for (const e of [checkText('toelichting', body.toelichting, 1000), checkText('omschrijving', body.omschrijving, 80)]) if (e) errors.push(e);
    let verlenging: { reden: string; duur: string } | undefined;
    if (body.verlenging !== undefined && body.verlenging !== null) {
      const v = body.verlenging as { reden?: unknown; duur?: unknown };
      const reden = checkText('verlenging.reden', v.reden, 200, true);
      if (reden) errors.push(reden);
      if (typeof v.duur !== 'string') errors.push({ name: 'verlenging.duur', code: 'required', reason: 'Duur is vereist (ISO 8601, bijv. P2M).' });
      if (!reden && typeof v.duur === 'string') verlenging = { reden: v.reden as string, duur: v.duur };
    }
    if (errors.length) return validatieFout(request.url, errors);
    if (verlenging) {
      // A holder action, simulated here: the GDPR rules are checked in src/lib/deadlines.
      const result = extendZaak(zaak, verlenging.reden, verlenging.duur);
      if (!result.ok) {
        const reasons: Record<string, string> = {
          'not-allowed': 'Dit zaaktype kent geen verlenging.',
          'invalid-duration': 'Geen geldige duur (ISO 8601, bijv. P2M).',
          'too-long': 'Langer dan de verlengingstermijn van het zaaktype.',
          'too-late': 'Verlengen kan alleen binnen de eerste termijn.',
          'no-reason': 'Een reden is vereist.',
          'already-extended': 'De zaak is al verlengd.',
          closed: 'De zaak is afgesloten.',
        };
        return validatieFout(request.url, [{ name: result.error === 'too-late' || result.error === 'already-extended' ? 'verlenging' : 'verlenging.duur', code: result.error, reason: reasons[result.error] ?? result.error }]);
      }
    }
    if (relevante) zaak.relevanteAndereZaken = relevante;
    if (typeof body.toelichting === 'string') zaak.toelichting = body.toelichting;
    if (typeof body.omschrijving === 'string') zaak.omschrijving = body.omschrijving;
    return zgwJson(zaakJson(zaak, urls(origin(request))));
  }),

  // ---- zaakeigenschappen --------------------------------------------------------------
  http.get(`${ZRC_ROUTE}/zaken/:uuid/zaakeigenschappen`, (ctx) => {
    const owned = ownZaakByParam(ctx, ctx.params.uuid);
    if (owned instanceof Response) return owned;
    const u = urls(origin(ctx.request));
    return zgwJson([...store.eigenschappen.values()].filter((e) => e.zaakUuid === owned.zaak.uuid).map((e) => zaakeigenschapJson(e, u)));
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
    const { session, zaak } = owned;
    const { request } = ctx;
    const parsed = await readJson(request);
    if (!parsed.ok) return parsed.response;
    const body = parsed.value;
    const u = urls(origin(request));
    if (isClosed(zaak)) return validatieFout(request.url, [{ name: 'zaak', code: 'zaak-afgesloten', reason: 'De zaak is afgesloten.' }]);
    return once(`zaakeigenschappen:${zaak.uuid}`, session, request, body, false, () => {
      const errors: InvalidParam[] = [];
      if (body.zaak !== undefined && uuidFromUrl(body.zaak, ZRC, 'zaken') !== zaak.uuid) {
        errors.push({ name: 'zaak', code: 'bad-url', reason: 'De zaak in de body is niet de zaak in het pad.' });
      }
      const eigUuid = uuidFromUrl(body.eigenschap, ZTC, 'eigenschappen');
      const eigenschap = eigUuid ? findEigenschap(eigUuid) : undefined;
      if (!eigenschap || eigenschap.zaaktypeUuid !== zaak.zaaktypeUuid) {
        errors.push({ name: 'eigenschap', code: 'bad-url', reason: 'Geen eigenschap van het zaaktype van deze zaak.' });
      } else {
        const textError = checkText('waarde', body.waarde, eigenschap.lengte, eigenschap.naam !== 'huidigeWaarde');
        if (textError) errors.push(textError);
        else if (eigenschap.waardenverzameling.length && !eigenschap.waardenverzameling.includes(body.waarde as string)) {
          errors.push({ name: 'waarde', code: 'invalid_choice', reason: `Kies uit: ${eigenschap.waardenverzameling.join(', ')}.` });
        } else if ([...store.eigenschappen.values()].some((e) => e.zaakUuid === zaak.uuid && e.eigenschapUuid === eigenschap.uuid)) {
          // Kardinaliteit 1: one value per eigenschap.
          errors.push({ name: 'eigenschap', code: 'unique', reason: 'Deze eigenschap heeft al een waarde bij deze zaak.' });
        }
      }
      if (errors.length || !eigenschap) return validatieFout(request.url, errors);
      const record = { uuid: crypto.randomUUID(), zaakUuid: zaak.uuid, eigenschapUuid: eigenschap.uuid, naam: eigenschap.naam, waarde: body.waarde as string };
      store.eigenschappen.set(record.uuid, record);
      return { uuid: record.uuid, response: zgwJson(zaakeigenschapJson(record, u), 201) };
    }, (uuid) => {
      const e = store.eigenschappen.get(uuid);
      return e ? zgwJson(zaakeigenschapJson(e, u), 201, '1.5.1', replayed) : notFound(request.url);
    });
  }),

  // ---- rollen -------------------------------------------------------------------------
  http.post(`${ZRC_ROUTE}/rollen`, async ({ request, cookies }) => {
    const session = citizen(cookies);
    if (session instanceof Response) return session;
    const parsed = await readJson(request);
    if (!parsed.ok) return parsed.response;
    const body = parsed.value;
    const u = urls(origin(request));
    const zaak = ownZaakFromBody(session, body.zaak, request.url);
    if (zaak instanceof Response) return zaak;
    return once('rollen', session, request, body, false, () => {
      const errors: InvalidParam[] = [];
      const roltypeUuid = uuidFromUrl(body.roltype, ZTC, 'roltypen');
      if (!roltypeUuid || findRoltype(roltypeUuid)?.zaaktypeUuid !== zaak.zaaktypeUuid) {
        errors.push({ name: 'roltype', code: 'bad-url', reason: 'Geen (initiator-)roltype van het zaaktype van deze zaak.' });
      }
      if (body.betrokkeneType !== 'natuurlijk_persoon') {
        errors.push({ name: 'betrokkeneType', code: 'invalid_choice', reason: 'Een burger is initiator als natuurlijk_persoon.' });
      }
      const id = (body.betrokkeneIdentificatie ?? {}) as Record<string, unknown>;
      const toelichting = checkText('roltoelichting', body.roltoelichting, 1000);
      if (toelichting) errors.push(toelichting);
      if (errors.length) return validatieFout(request.url, errors);
      // The gateway never lets a citizen name someone else as initiator.
      if (id.inpBsn !== session.bsn) {
        return fout(403, 'permission_denied', 'Alleen uzelf als indiener.',
          'betrokkeneIdentificatie.inpBsn moet het BSN van de ingelogde burger zijn.', request.url);
      }
      const existing = [...store.rollen.values()].find((r) => r.zaakUuid === zaak.uuid);
      if (existing) {
        return validatieFout(request.url, [{ name: 'nonFieldErrors', code: 'unique', reason: 'Deze zaak heeft al een initiator.' }]);
      }
      const identificatie: Record<string, string> = {};
      for (const k of ['geslachtsnaam', 'voorvoegselGeslachtsnaam', 'voorletters', 'voornamen'] as const) {
        const v = id[k];
        if (typeof v === 'string' && !checkText(k, v, 200)) identificatie[k] = v;
      }
      const rol = {
        uuid: crypto.randomUUID(), zaakUuid: zaak.uuid, roltypeUuid: roltypeUuid ?? '', inpBsn: session.bsn ?? '', identificatie,
        roltoelichting: typeof body.roltoelichting === 'string' ? body.roltoelichting : '', registratiedatum: nowDateTime(),
      };
      store.rollen.set(rol.uuid, rol);
      return { uuid: rol.uuid, response: zgwJson(rolJson(rol, u), 201) };
    }, (uuid) => {
      const r = store.rollen.get(uuid);
      return r ? zgwJson(rolJson(r, u), 201, '1.5.1', replayed) : notFound(request.url);
    });
  }),

  http.get(`${ZRC_ROUTE}/rollen`, ({ request, cookies }) => listByZaak(request, cookies, store.rollen, rolJson)),
  http.get(`${ZRC_ROUTE}/rollen/:uuid`, ({ request, cookies, params }) => getChild(request, cookies, store.rollen, params.uuid, rolJson)),

  // ---- zaakobjecten -------------------------------------------------------------------
  http.post(`${ZRC_ROUTE}/zaakobjecten`, async ({ request, cookies }) => {
    const session = citizen(cookies);
    if (session instanceof Response) return session;
    const parsed = await readJson(request);
    if (!parsed.ok) return parsed.response;
    const body = parsed.value;
    const u = urls(origin(request));
    const zaak = ownZaakFromBody(session, body.zaak, request.url);
    if (zaak instanceof Response) return zaak;
    return once('zaakobjecten', session, request, body, false, () => {
      const errors: InvalidParam[] = [];
      if (body.objectType !== 'overige') errors.push({ name: 'objectType', code: 'invalid_choice', reason: 'Een registratiegegeven is objectType overige.' });
      if (body.objectTypeOverige !== 'registratiegegeven') {
        errors.push({ name: 'objectTypeOverige', code: 'invalid_choice', reason: 'Gebruik objectTypeOverige "registratiegegeven".' });
      }
      const data = (body.objectIdentificatie as { overigeData?: unknown } | undefined)?.overigeData;
      const overige = data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
      const zaaktype = zaaktypeOf(zaak);
      if (!overige) {
        errors.push({ name: 'objectIdentificatie.overigeData', code: 'required', reason: 'Geef registratie en veld op.' });
      } else {
        if (!registryIds.includes(overige.registratie as RegistryId) || overige.registratie !== zaaktype.registry) {
          errors.push({ name: 'objectIdentificatie.overigeData.registratie', code: 'invalid', reason: `Moet "${zaaktype.registry}" zijn (de registratie van het zaaktype).` });
        }
        if (typeof overige.veld !== 'string' || !/^[A-Za-z0-9._[\]-]{1,200}$/.test(overige.veld)) {
          errors.push({ name: 'objectIdentificatie.overigeData.veld', code: 'invalid', reason: 'Het pad van het veld, bijvoorbeeld verblijfplaats.' });
        }
        for (const [k, v] of Object.entries(overige)) {
          if (k === 'registratie' || k === 'veld') continue;
          const e = typeof v === 'string' ? checkText(`objectIdentificatie.overigeData.${k}`, v, 1000) : { name: `objectIdentificatie.overigeData.${k}`, code: 'invalid', reason: 'Alleen tekst.' };
          if (e) errors.push(e);
        }
        if (Object.keys(overige).length > 10) errors.push({ name: 'objectIdentificatie.overigeData', code: 'max_items', reason: 'Te veel gegevens.' });
      }
      const rel = checkText('relatieomschrijving', body.relatieomschrijving, 80);
      if (rel) errors.push(rel);
      if (errors.length || !overige) return validatieFout(request.url, errors);
      const record = {
        uuid: crypto.randomUUID(), zaakUuid: zaak.uuid, objectTypeOverige: 'registratiegegeven', overigeData: overige,
        relatieomschrijving: typeof body.relatieomschrijving === 'string' ? body.relatieomschrijving : '',
      };
      store.zaakobjecten.set(record.uuid, record);
      return { uuid: record.uuid, response: zgwJson(zaakobjectJson(record, u), 201) };
    }, (uuid) => {
      const o = store.zaakobjecten.get(uuid);
      return o ? zgwJson(zaakobjectJson(o, u), 201, '1.5.1', replayed) : notFound(request.url);
    });
  }),

  http.get(`${ZRC_ROUTE}/zaakobjecten`, ({ request, cookies }) => listByZaak(request, cookies, store.zaakobjecten, zaakobjectJson)),
  http.get(`${ZRC_ROUTE}/zaakobjecten/:uuid`, ({ request, cookies, params }) => getChild(request, cookies, store.zaakobjecten, params.uuid, zaakobjectJson)),

  // ---- statussen ----------------------------------------------------------------------
  http.post(`${ZRC_ROUTE}/statussen`, async ({ request, cookies }) => {
    const session = citizen(cookies);
    if (session instanceof Response) return session;
    const parsed = await readJson(request);
    if (!parsed.ok) return parsed.response;
    const body = parsed.value;
    const u = urls(origin(request));
    const zaak = ownZaakFromBody(session, body.zaak, request.url);
    if (zaak instanceof Response) return zaak;
    return once('statussen', session, request, body, false, () => {
      const stUuid = uuidFromUrl(body.statustype, ZTC, 'statustypen');
      const statustype = stUuid ? findStatustype(stUuid) : undefined;
      const errors: InvalidParam[] = [];
      if (!statustype || statustype.zaaktypeUuid !== zaak.zaaktypeUuid) {
        errors.push({ name: 'statustype', code: 'bad-url', reason: 'Geen statustype van het zaaktype van deze zaak.' });
      }
      const t = checkText('statustoelichting', body.statustoelichting, 1000);
      if (t) errors.push(t);
      if (errors.length || !statustype) return validatieFout(request.url, errors);
      // A citizen sets only the first status (the request is received) and can withdraw;
      // every other step is the holder's (simulated by /api/__mock/zaken/{uuid}/volgende-status).
      const first = statustype.code === 'ontvangen' && zaak.statusUuid === null;
      if (!first && statustype.code !== 'ingetrokken') {
        return fout(403, 'permission_denied', 'Deze status zet de bronhouder.',
          'Als indiener kunt u alleen de eerste status (ontvangen) zetten of het verzoek intrekken.', request.url);
      }
      const status = setStatus({
        zaak, statustype, ...(typeof body.statustoelichting === 'string' && body.statustoelichting ? { statustoelichting: body.statustoelichting } : {}),
      });
      return { uuid: status.uuid, response: zgwJson(statusJson(status, u), 201) };
    }, (uuid) => {
      const s = store.statussen.get(uuid);
      return s ? zgwJson(statusJson(s, u), 201, '1.5.1', replayed) : notFound(request.url);
    });
  }),

  http.get(`${ZRC_ROUTE}/statussen`, ({ request, cookies }) => listByZaak(request, cookies, store.statussen, statusJson)),
  http.get(`${ZRC_ROUTE}/statussen/:uuid`, ({ request, cookies, params }) => getChild(request, cookies, store.statussen, params.uuid, statusJson)),

  // ---- zaakinformatieobjecten -----------------------------------------------------------
  http.post(`${ZRC_ROUTE}/zaakinformatieobjecten`, async ({ request, cookies }) => {
    const session = citizen(cookies);
    if (session instanceof Response) return session;
    const parsed = await readJson(request);
    if (!parsed.ok) return parsed.response;
    const body = parsed.value;
    const u = urls(origin(request));
    const zaak = ownZaakFromBody(session, body.zaak, request.url);
    if (zaak instanceof Response) return zaak;
    return once('zaakinformatieobjecten', session, request, body, false, () => {
      const errors: InvalidParam[] = [];
      const docUuid = uuidFromUrl(body.informatieobject, DRC, 'enkelvoudiginformatieobjecten');
      const doc = docUuid ? store.documenten.get(docUuid) : undefined;
      if (!doc || doc.ownerBsn !== session.bsn) {
        errors.push({ name: 'informatieobject', code: 'bad-url', reason: 'Geen document dat u zelf heeft geüpload.' });
      } else if ([...store.zios.values()].some((x) => x.zaakUuid === zaak.uuid && x.informatieobjectUuid === doc.uuid)) {
        errors.push({ name: 'nonFieldErrors', code: 'unique', reason: 'Dit document is al aan de zaak gekoppeld.' });
      }
      for (const e of [checkText('titel', body.titel, 200), checkText('beschrijving', body.beschrijving, 1000)]) if (e) errors.push(e);
      if (errors.length || !doc) return validatieFout(request.url, errors);
      const record = {
        uuid: crypto.randomUUID(), zaakUuid: zaak.uuid, informatieobjectUuid: doc.uuid,
        titel: typeof body.titel === 'string' ? body.titel : doc.titel,
        beschrijving: typeof body.beschrijving === 'string' ? body.beschrijving : '', registratiedatum: nowDateTime(),
      };
      store.zios.set(record.uuid, record);
      return { uuid: record.uuid, response: zgwJson(zioJson(record, u), 201) };
    }, (uuid) => {
      const x = store.zios.get(uuid);
      return x ? zgwJson(zioJson(x, u), 201, '1.5.1', replayed) : notFound(request.url);
    });
  }),

  // Not paginated in the 1.5.1 spec: a plain array.
  http.get(`${ZRC_ROUTE}/zaakinformatieobjecten`, ({ request, cookies }) => listByZaak(request, cookies, store.zios, zioJson, false)),
  http.get(`${ZRC_ROUTE}/zaakinformatieobjecten/:uuid`, ({ request, cookies, params }) => getChild(request, cookies, store.zios, params.uuid, zioJson)),

  // ---- resultaten (read-only for a citizen) ---------------------------------------------
  http.get(`${ZRC_ROUTE}/resultaten`, ({ request, cookies }) => listByZaak(request, cookies, store.resultaten, resultaatJson)),
  http.get(`${ZRC_ROUTE}/resultaten/:uuid`, ({ request, cookies, params }) => getChild(request, cookies, store.resultaten, params.uuid, resultaatJson)),

  // ---- gateway: who holds this registry's data about me? (our contract, berichten.yaml) --
  http.get('/bronhouders/:registratie', ({ request, cookies, params }) => {
    const session = citizen(cookies);
    if (session instanceof Response) return session;
    const registratie = String(params.registratie);
    if (!registryIds.includes(registratie as RegistryId)) {
      return validatieFout(request.url, [{ name: 'registratie', code: 'invalid_choice', reason: `Kies uit: ${registryIds.join(', ')}.` }]);
    }
    const url = new URL(request.url);
    const code = url.searchParams.get('gemeentecode');
    const naam = url.searchParams.get('gemeentenaam');
    if ((code !== null && !/^\d{4}$/.test(code)) || (naam !== null && checkText('gemeentenaam', naam, 80))) {
      return validatieFout(request.url, [{ name: 'gemeentecode', code: 'invalid', reason: 'Een gemeentecode is 4 cijfers, met gemeentenaam.' }]);
    }
    const beschrijving = describeHolder(registratie as RegistryId, session.bsn ?? '', code && naam ? { gemeente: { code, naam } } : {});
    if (!beschrijving) {
      return fout(404, 'geen-bronhouder', 'Geen bronhouder gevonden.',
        'Voor deze registratie is geen bronhouder af te leiden (bijvoorbeeld geen adres in Nederland).', request.url);
    }
    const u = urls(origin(request));
    return HttpResponse.json({
      ...beschrijving,
      bronorganisatie: PORTAAL_RSIN,
      zaaktypen: {
        correctie: { ...beschrijving.zaaktypen.correctie, url: u.zaaktype(beschrijving.zaaktypen.correctie.uuid) },
        uitleg: { ...beschrijving.zaaktypen.uitleg, url: u.zaaktype(beschrijving.zaaktypen.uitleg.uuid) },
      },
    }, { headers: { 'Cache-Control': 'no-store' } });
  }),

  // ---- dev control (mock only): the holder takes the next step -------------------------
  http.post('/__mock/zaken/:uuid/volgende-status', async (ctx) => {
    const owned = ownZaakByParam(ctx, ctx.params.uuid);
    if (owned instanceof Response) return owned;
    const { zaak } = owned;
    const { request } = ctx;
    let body: Record<string, unknown> = {};
    if ((request.headers.get('content-length') ?? '') !== '0' && request.headers.get('content-type')?.includes('json')) {
      const parsed = await readJson(request);
      if (!parsed.ok) return parsed.response;
      body = parsed.value;
    }
    const next = nextStatustype(zaak);
    if (!next) return validatieFout(request.url, [{ name: 'zaak', code: 'zaak-afgesloten', reason: 'De zaak is al afgesloten.' }]);
    const resultaat = body.resultaat === 'afgewezen' || body.resultaat === 'toegekend' ? (body.resultaat as ResultaattypeCode) : 'toegekend';
    const toelichtingError = checkText('toelichting', body.toelichting, 1000);
    if (toelichtingError) return validatieFout(request.url, [toelichtingError]);
    const toelichting = typeof body.toelichting === 'string' && body.toelichting ? body.toelichting : undefined;
    const status = setStatus({
      zaak, statustype: next,
      ...(next.isEindstatus
        ? { resultaat: { code: resultaat, toelichting: toelichting ?? (resultaat === 'afgewezen' ? 'Uit onderzoek blijkt dat het gegeven juist is geregistreerd.' : 'Het gegeven is gecorrigeerd.') } }
        : toelichting ? { statustoelichting: toelichting } : {}),
    });
    const u = urls(origin(request));
    return HttpResponse.json({ zaak: zaakJson(zaak, u), status: statusJson(status, u), vandaag: zakenToday() });
  }),
];

type ChildRecord = { uuid: string; zaakUuid: string };

/** `GET /x?zaak=<url>` for child resources, own zaken only; without `zaak`, all own ones. */
function listByZaak<T extends ChildRecord>(
  request: Request, cookies: Record<string, string>, map: Map<string, T>, toJson: (r: T, u: ReturnType<typeof urls>) => unknown,
  paged = true,
): Response {
  const session = citizen(cookies);
  if (session instanceof Response) return session;
  const zaakParam = new URL(request.url).searchParams.get('zaak');
  let records = [...map.values()];
  if (zaakParam !== null) {
    const zaak = ownZaakFromBody(session, zaakParam, request.url, false);
    if (zaak instanceof Response) return zaak;
    records = records.filter((r) => r.zaakUuid === zaak.uuid);
  } else {
    const own = new Set(zakenOf(session.bsn ?? '').map((z) => z.uuid));
    records = records.filter((r) => own.has(r.zaakUuid));
  }
  const u = urls(origin(request));
  const items = records.map((r) => toJson(r, u));
  return zgwJson(paged ? paginated(items) : items);
}

function getChild<T extends ChildRecord>(
  request: Request, cookies: Record<string, string>, map: Map<string, T>, uuid: unknown, toJson: (r: T, u: ReturnType<typeof urls>) => unknown,
): Response {
  const session = citizen(cookies);
  if (session instanceof Response) return session;
  const record = typeof uuid === 'string' ? map.get(uuid) : undefined;
  if (!record) return notFound(request.url);
  const zaak = ownZaak(session, record.zaakUuid, request.url);
  if (zaak instanceof Response) return zaak;
  return zgwJson(toJson(record, urls(origin(request))));
}
