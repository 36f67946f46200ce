import { http } from '../gateway/http';
import type { InvalidParam } from '../gateway/problem';
import { requireCitizen } from '../gateway/session';
import { inspectUpload, MAX_UPLOAD_BYTES, safeFileName, type UploadType } from '../gateway/upload';
import { INFORMATIEOBJECTTYPE_UUID } from '../data/zaken/catalogus';
import { nowDateTime, store, zakenToday } from '../data/zaken/index';
import { documentJson, urls, uuidFromUrl, ZTC } from '../data/zaken/serialize';
import { checkDate, checkText, forbidden, isValidRsin, notFound, origin, readJson, validatieFout, zgwJson } from '../data/zaken/zgw-http';

/**
 * Mock Documenten API 1.4.3 under /api/documenten/api/v1: evidence for a correction request,
 * uploaded as base64 `inhoud`. The type is checked by content (gateway/upload.ts reads the
 * file as what it claims to be, refusing polyglots and active PDFs), never by file name or
 * the claimed `formaat`; the stored name is made safe.
 */

const VERSION = '1.4.3';
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

export const documentenHandlers = [
  http.post('/documenten/api/v1/enkelvoudiginformatieobjecten', async ({ request, cookies }) => {
    const session = requireCitizen(cookies);
    if (session instanceof Response) return session;
    const parsed = await readJson(request);
    if (!parsed.ok) return parsed.response;
    const body = parsed.value;
    const errors: InvalidParam[] = [];
    if (!isValidRsin(body.bronorganisatie)) errors.push({ name: 'bronorganisatie', code: 'invalid', reason: 'Geen geldig RSIN.' });
    const dateError = checkDate('creatiedatum', body.creatiedatum, true);
    if (dateError) errors.push(dateError);
    for (const e of [
      checkText('titel', body.titel, 200, true),
      checkText('auteur', body.auteur, 200, true),
      checkText('bestandsnaam', body.bestandsnaam, 255),
      checkText('beschrijving', body.beschrijving, 1000),
    ]) if (e) errors.push(e);
    if (typeof body.taal !== 'string' || !/^[a-z]{3}$/.test(body.taal)) errors.push({ name: 'taal', code: 'invalid', reason: 'ISO 639-2/B, bijv. dut.' });
    if (uuidFromUrl(body.informatieobjecttype, ZTC, 'informatieobjecttypen') !== INFORMATIEOBJECTTYPE_UUID) {
      errors.push({ name: 'informatieobjecttype', code: 'bad-url', reason: 'Gebruik het informatieobjecttype Bewijsstuk.' });
    }
    let bytes: Uint8Array | undefined;
    let sniffed: UploadType | undefined;
    if (typeof body.inhoud !== 'string') {
      errors.push({ name: 'inhoud', code: 'required', reason: 'De inhoud (base64) is vereist.' });
    } else {
      bytes = decodeBase64(body.inhoud);
      if (!bytes) errors.push({ name: 'inhoud', code: 'invalid', reason: 'Geen geldige base64.' });
      else {
        const inspected = await inspectUpload(bytes);
        if (!inspected.ok) errors.push({ name: 'inhoud', code: inspected.problem, reason: UPLOAD_REASONS[inspected.problem] });
        else [bytes, sniffed] = [inspected.bytes, inspected.type];
      }
    }
    if (errors.length || !bytes || !sniffed) return validatieFout(request.url, errors);
    const uuid = crypto.randomUUID();
    const doc = {
      uuid,
      ownerBsn: session.bsn ?? '',
      identificatie: `DOC-${zakenToday().slice(0, 4)}-${uuid.slice(0, 8)}`,
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
      beginRegistratie: nowDateTime(),
      bytes,
    };
    store.documenten.set(uuid, doc);
    const u = urls(origin(request));
    return zgwJson(documentJson(doc, u), 201, VERSION, { Location: u.document(uuid) });
  }),

  http.get('/documenten/api/v1/enkelvoudiginformatieobjecten/:uuid', ({ request, cookies, params }) => {
    const session = requireCitizen(cookies);
    if (session instanceof Response) return session;
    const doc = store.documenten.get(String(params.uuid));
    if (!doc) return notFound(request.url);
    if (doc.ownerBsn !== session.bsn) return forbidden(request.url);
    return zgwJson(documentJson(doc, urls(origin(request))), 200, VERSION);
  }),

  http.get('/documenten/api/v1/enkelvoudiginformatieobjecten/:uuid/download', ({ request, cookies, params }) => {
    const session = requireCitizen(cookies);
    if (session instanceof Response) return session;
    const doc = store.documenten.get(String(params.uuid));
    if (!doc) return notFound(request.url);
    if (doc.ownerBsn !== session.bsn) return forbidden(request.url);
    return new Response(doc.bytes.slice().buffer, {
      headers: {
        'Content-Type': doc.formaat,
        // attachment + nosniff: the browser never renders an upload inline as something else.
        'Content-Disposition': `attachment; filename="bewijsstuk-${doc.uuid.slice(0, 8)}.${doc.formaat === 'application/pdf' ? 'pdf' : doc.formaat === 'image/png' ? 'png' : 'jpg'}"`,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-store',
      },
    });
  }),
];
