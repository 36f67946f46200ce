import { http } from '../gateway/http';
import type { InvalidParam } from '../gateway/problem';
import { type CitizenSession, type Session } from '../gateway/session';
import { requireCitizen } from '../gateway/citizen';
import { inspectUpload, MAX_UPLOAD_BYTES, safeFileName, type UploadType } from '../gateway/upload';
import { INFORMATIEOBJECTTYPE_UUID } from '../data/zaken/catalogus';
import {
  documentByIdentificatie,
  isLinked,
  isOwnZaak,
  nowDateTime,
  store,
  sweepOrphanDocuments,
  zakenToday,
  type DocumentRecord,
} from '../data/zaken/index';
import { documentJson, oioJson, urls, uuidFromUrl, DRC, DRC_ROUTE, ZRC, ZTC } from '../data/zaken/serialize';
import {
  checkDate,
  checkIdentificatieUniek,
  checkText,
  forbidden,
  isValidRsin,
  notFound,
  origin,
  pagedJson,
  readJson,
  unknownQueryParams,
  validatieFout,
  zgwJson,
} from '../data/zaken/zgw-http';

/**
 * Mock Documenten API 1.4.3 under /api/documenten/api/v1: evidence for a correction request,
 * uploaded as base64 `inhoud`. As Open Zaak: `identificatie` is unique per bronorganisatie
 * (so a client can give its own and find an earlier attempt back), a document with relations
 * cannot be deleted (`pending-relations`), and ObjectInformatieObjecten are made by the Zaken
 * API with each zaakinformatieobject, never by a client (`inconsistent-relation`).
 * The gateway adds: a citizen sees and deletes only their own uploads, and uploads nobody
 * linked are swept after a day (store.sweepOrphanDocuments). The type is checked by content
 * (gateway/upload.ts reads the file as what it claims to be, refusing polyglots and active
 * PDFs), never by file name or the claimed `formaat`; the stored name is made safe.
 */

const VERSION = '1.4.3';
const EXTENSION_OF: Record<string, UploadType['extension']> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
};
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

function decodeBase64(value: string): Uint8Array | undefined {
  const clean = value.replace(/\s+/g, '');
  if (clean.length % 4 !== 0 || !BASE64.test(clean)) return undefined;
  const binary = atob(clean);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

const UPLOAD_REASONS = {
  empty: 'Het bestand is leeg.',
  'too-large': `Het bestand is groter dan ${MAX_UPLOAD_BYTES / 1024 / 1024} MB.`,
  type: 'Het bestand is geen PDF, JPEG of PNG (gecontroleerd op de inhoud, niet op de naam).',
  corrupt: 'Het bestand is beschadigd of niet helemaal wat het lijkt te zijn.',
  'active-content': 'De PDF bevat onderdelen die vanzelf iets doen (scripts, formulieren, bijlagen) of is versleuteld.',
} as const;

function citizen(cookies: Record<string, string>): CitizenSession | Response {
  const session = requireCitizen(cookies, { dienst: 'verzoeken' });
  // Every visit to the Documenten API is a moment to clear out abandoned uploads.
  if (!(session instanceof Response)) sweepOrphanDocuments();
  return session;
}

function ownDocument(session: Session, uuid: unknown, instance: string): DocumentRecord | Response {
  const doc = typeof uuid === 'string' ? store.documenten.get(uuid) : undefined;
  if (!doc) return notFound(instance);
  if (doc.ownerBsn !== session.bsn) return forbidden(instance);
  return doc;
}

export const documentenHandlers = [
  http.post(`${DRC_ROUTE}/enkelvoudiginformatieobjecten`, async ({ request, cookies }) => {
    const session = citizen(cookies);
    if (session instanceof Response) return session;
    const parsed = await readJson(request);
    if (!parsed.ok) return parsed.response;
    const body = parsed.value;
    const errors: InvalidParam[] = [];
    if (!isValidRsin(body.bronorganisatie))
      errors.push({ name: 'bronorganisatie', code: 'invalid', reason: 'Geen geldig RSIN.' });
    const dateError = checkDate('creatiedatum', body.creatiedatum, true);
    if (dateError) errors.push(dateError);
    for (const e of [
      checkText('titel', body.titel, 200, true),
      checkText('auteur', body.auteur, 200, true),
      checkText('bestandsnaam', body.bestandsnaam, 255),
      checkText('beschrijving', body.beschrijving, 1000),
      checkText('identificatie', body.identificatie, 40),
    ])
      if (e) errors.push(e);
    if (typeof body.taal !== 'string' || !/^[a-z]{3}$/.test(body.taal))
      errors.push({ name: 'taal', code: 'invalid', reason: 'ISO 639-2/B, bijv. dut.' });
    if (uuidFromUrl(body.informatieobjecttype, ZTC, 'informatieobjecttypen') !== INFORMATIEOBJECTTYPE_UUID) {
      errors.push({
        name: 'informatieobjecttype',
        code: 'bad-url',
        reason: 'Gebruik het informatieobjecttype Bewijsstuk.',
      });
    }
    if (
      body.indicatieGebruiksrecht !== undefined &&
      body.indicatieGebruiksrecht !== null &&
      typeof body.indicatieGebruiksrecht !== 'boolean'
    ) {
      errors.push({ name: 'indicatieGebruiksrecht', code: 'invalid', reason: 'true, false of null.' });
    } else if (body.indicatieGebruiksrecht === true) {
      // true promises gebruiksrechten resources; a citizen's evidence has none.
      errors.push({
        name: 'indicatieGebruiksrecht',
        code: 'invalid',
        reason: 'Een bewijsstuk van de indiener heeft geen gebruiksrechten: gebruik false.',
      });
    }
    const uniek = checkIdentificatieUniek(body, documentByIdentificatie);
    if (uniek) errors.push(uniek);
    let bytes: Uint8Array | undefined;
    let sniffed: UploadType | undefined;
    if (typeof body.inhoud !== 'string') {
      errors.push({ name: 'inhoud', code: 'required', reason: 'De inhoud (base64) is vereist.' });
    } else {
      bytes = decodeBase64(body.inhoud);
      if (!bytes) errors.push({ name: 'inhoud', code: 'invalid', reason: 'Geen geldige base64.' });
      else {
        const inspected = await inspectUpload(bytes);
        if (!inspected.ok)
          errors.push({ name: 'inhoud', code: inspected.problem, reason: UPLOAD_REASONS[inspected.problem] });
        else [bytes, sniffed] = [inspected.bytes, inspected.type];
      }
    }
    if (errors.length || !bytes || !sniffed) return validatieFout(request.url, errors);
    const uuid = crypto.randomUUID();
    const doc: DocumentRecord = {
      uuid,
      ownerBsn: session.bsn ?? '',
      identificatie:
        typeof body.identificatie === 'string' && body.identificatie
          ? body.identificatie
          : `DOC-${zakenToday().slice(0, 4)}-${uuid.slice(0, 8)}`,
      bronorganisatie: body.bronorganisatie as string,
      creatiedatum: body.creatiedatum as string,
      titel: body.titel as string,
      auteur: body.auteur as string,
      taal: body.taal as string,
      // The sniffed type, not the claimed one: what is stored is what the bytes are.
      formaat: sniffed.mime,
      bestandsnaam: safeFileName(body.bestandsnaam, sniffed.extension),
      bestandsomvang: bytes.length,
      beschrijving: typeof body.beschrijving === 'string' ? body.beschrijving : '',
      informatieobjecttype: body.informatieobjecttype as string,
      vertrouwelijkheidaanduiding: 'vertrouwelijk',
      indicatieGebruiksrecht: typeof body.indicatieGebruiksrecht === 'boolean' ? body.indicatieGebruiksrecht : null,
      beginRegistratie: nowDateTime(),
      bytes,
    };
    store.documenten.set(uuid, doc);
    const u = urls(origin(request));
    return zgwJson(documentJson(doc, u), 201, VERSION, { Location: u.document(uuid) });
  }),

  // Own uploads only; `identificatie` + `bronorganisatie` find an earlier attempt back.
  http.get(`${DRC_ROUTE}/enkelvoudiginformatieobjecten`, ({ request, cookies }) => {
    const session = citizen(cookies);
    if (session instanceof Response) return session;
    const unknown = unknownQueryParams(request, ['identificatie', 'bronorganisatie']);
    if (unknown) return unknown;
    const q = new URL(request.url).searchParams;
    const u = urls(origin(request));
    const docs = [...store.documenten.values()].filter(
      (d) =>
        d.ownerBsn === session.bsn &&
        (!q.has('identificatie') || d.identificatie === q.get('identificatie')) &&
        (!q.has('bronorganisatie') || d.bronorganisatie === q.get('bronorganisatie')),
    );
    return pagedJson(
      request,
      docs.map((d) => documentJson(d, u)),
      VERSION,
    );
  }),

  http.get(`${DRC_ROUTE}/enkelvoudiginformatieobjecten/:uuid`, ({ request, cookies, params }) => {
    const session = citizen(cookies);
    if (session instanceof Response) return session;
    const doc = ownDocument(session, params.uuid, request.url);
    if (doc instanceof Response) return doc;
    return zgwJson(documentJson(doc, urls(origin(request))), 200, VERSION);
  }),

  http.delete(`${DRC_ROUTE}/enkelvoudiginformatieobjecten/:uuid`, ({ request, cookies, params }) => {
    const session = citizen(cookies);
    if (session instanceof Response) return session;
    const doc = ownDocument(session, params.uuid, request.url);
    if (doc instanceof Response) return doc;
    if (isLinked(doc)) {
      return validatieFout(request.url, [
        {
          name: 'nonFieldErrors',
          code: 'pending-relations',
          reason: 'All relations to the document must be destroyed before destroying the document',
        },
      ]);
    }
    store.documenten.delete(doc.uuid);
    return new Response(null, { status: 204, headers: { 'Cache-Control': 'no-store' } });
  }),

  http.get(`${DRC_ROUTE}/enkelvoudiginformatieobjecten/:uuid/download`, ({ request, cookies, params }) => {
    const session = citizen(cookies);
    if (session instanceof Response) return session;
    const doc = ownDocument(session, params.uuid, request.url);
    if (doc instanceof Response) return doc;
    // The stored type was read from the bytes at upload (gateway/upload.ts), never claimed.
    const extension = EXTENSION_OF[doc.formaat] ?? 'bin';
    return new Response(doc.bytes.slice().buffer, {
      headers: {
        'Content-Type': doc.formaat,
        // attachment + nosniff: the browser never renders an upload inline as something else.
        'Content-Disposition': `attachment; filename="bewijsstuk-${doc.uuid.slice(0, 8)}.${extension}"`,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-store',
      },
    });
  }),

  // ---- objectinformatieobjecten: made by the Zaken API, readable here ---------------------
  http.get(`${DRC_ROUTE}/objectinformatieobjecten`, ({ request, cookies }) => {
    const session = citizen(cookies);
    if (session instanceof Response) return session;
    const unknown = unknownQueryParams(request, ['object', 'informatieobject']);
    if (unknown) return unknown;
    const q = new URL(request.url).searchParams;
    const u = urls(origin(request));
    const object = q.get('object');
    const io = q.get('informatieobject');
    const items = [...store.oios.values()].filter((o) => {
      const zaak = store.zaken.get(o.zaakUuid);
      return (
        zaak &&
        isOwnZaak(zaak, session.bsn ?? '') &&
        (object === null || uuidFromUrl(object, ZRC, 'zaken') === o.zaakUuid) &&
        (io === null || uuidFromUrl(io, DRC, 'enkelvoudiginformatieobjecten') === o.informatieobjectUuid)
      );
    });
    // Not paginated in the 1.4.3 spec: a plain array.
    return zgwJson(
      items.map((o) => oioJson(o, u)),
      200,
      VERSION,
    );
  }),

  http.post(`${DRC_ROUTE}/objectinformatieobjecten`, async ({ request, cookies }) => {
    const session = citizen(cookies);
    if (session instanceof Response) return session;
    const parsed = await readJson(request);
    if (!parsed.ok) return parsed.response;
    const body = parsed.value;
    const docUuid = uuidFromUrl(body.informatieobject, DRC, 'enkelvoudiginformatieobjecten');
    const zaakUuid = uuidFromUrl(body.object, ZRC, 'zaken');
    const doc = docUuid ? store.documenten.get(docUuid) : undefined;
    const zaak = zaakUuid ? store.zaken.get(zaakUuid) : undefined;
    if (
      !doc ||
      doc.ownerBsn !== session.bsn ||
      !zaak ||
      !isOwnZaak(zaak, session.bsn ?? '') ||
      body.objectType !== 'zaak'
    ) {
      return validatieFout(request.url, [
        { name: 'object', code: 'bad-url', reason: 'Een eigen document en een eigen zaak (objectType zaak).' },
      ]);
    }
    // As Open Zaak: the relation exists only when the Zaken API made it (with the zaakinformatieobject).
    const existing = [...store.oios.values()].find(
      (o) => o.zaakUuid === zaak.uuid && o.informatieobjectUuid === doc.uuid,
    );
    if (!existing) {
      return validatieFout(request.url, [
        {
          name: 'nonFieldErrors',
          code: 'inconsistent-relation',
          reason: "The relation between object and informatieobject doesn't exist",
        },
      ]);
    }
    return zgwJson(oioJson(existing, urls(origin(request))), 201, VERSION);
  }),
];
