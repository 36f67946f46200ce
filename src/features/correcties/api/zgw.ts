import { z } from 'zod';
import type { components as Zaken } from '@/generated/zaken';
import { apiRequest, ApiError } from '@/lib/api-client';
import type { Sent } from '@/lib/contract-agreement';
import { registryIds, type RegistryId } from '@/lib/registry-view';
import type { Gegevenssoort } from '@/lib/remedies';

/**
 * The parts of the ZGW Zaken 1.5.1, Catalogi 1.3.1 and Documenten 1.4.3 APIs (and our
 * `/bronhouders` contract, mocks/contracts/berichten.yaml) that requests use, written against
 * what a real server (Open Zaak) does: lists are paginated and followed through `next`,
 * `/zaken` needs the CRS headers, `datumStatusGezet` is required, and nothing relies on an
 * `Idempotency-Key` (ZGW has none; see ./exactly-once.ts). Schemas check only what the app
 * reads; unknown fields pass (`loose`).
 */

export const ZRC = '/zaken/api/v1';
export const ZTC = '/catalogi/api/v1';
export const DRC = '/documenten/api/v1';

/** Every `/zaken` operation of the Zaken API requires these (Open Zaak answers 412 without). */
const CRS = { 'Accept-Crs': 'EPSG:4326', 'Content-Crs': 'EPSG:4326' };

const page = <T extends z.ZodType>(item: T) =>
  z
    .object({
      count: z.number(),
      next: z.string().nullable(),
      previous: z.string().nullable().optional(),
      results: z.array(item),
    })
    .loose();

/** A list can be long; a server that keeps answering `next` forever is a bug, not a reason to hang. */
const MAX_PAGES = 50;

/** A gateway URL as the path `apiRequest` takes (after `/api`). */
export function apiPath(url: string): string {
  let path = url;
  let search = '';
  try {
    const parsed = new URL(url);
    path = parsed.pathname;
    search = parsed.search;
  } catch {
    // already a path
  }
  return `${path.replace(/^\/api(?=\/)/, '')}${search}`;
}

/** The UUID at the end of a ZGW resource URL. */
export function uuidOf(url: string): string {
  return url.replace(/\/$/, '').split('/').pop() ?? '';
}

type ListOptions = {
  method?: 'GET' | 'POST';
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal | undefined;
};

/** Every page of a paginated ZGW list: follows `next` (same method and body, as `_zoek` needs). */
export async function allPages<T extends z.ZodType>(
  path: string,
  item: T,
  options: ListOptions = {},
): Promise<Array<z.infer<T>>> {
  const out: Array<z.infer<T>> = [];
  let next: string | null = path;
  for (let n = 0; next; n++) {
    if (n === MAX_PAGES) throw new ApiError('malformed', `More than ${MAX_PAGES} pages: ${path}`);
    const result: z.infer<ReturnType<typeof page<T>>> = await apiRequest(next, {
      schema: page(item),
      ...(options.method ? { method: options.method } : {}),
      ...(options.body !== undefined ? { body: options.body } : {}),
      ...(options.headers ? { headers: options.headers } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    });
    out.push(...result.results);
    next = result.next ? apiPath(result.next) : null;
  }
  return out;
}

/** `/bronhouders/{registratie}` (berichten.yaml): the registry's holder (wire field `bronhouder`) and its zaaktypen. */
export const holderSchema = z
  .object({
    registratie: z.enum(registryIds),
    bronorganisatie: z.string(),
    bronhouder: z
      .object({
        id: z.string(),
        naam: z.string(),
        soort: z.string(),
        rsin: z.string(),
        entityId: z.string().optional(),
      })
      .loose(),
    zaaktypen: z.object({
      correctie: z
        .object({ url: z.string(), doorlooptijd: z.string(), verlengingstermijn: z.string().nullable().optional() })
        .loose(),
      uitleg: z.object({ url: z.string(), doorlooptijd: z.string() }).loose(),
    }),
  })
  .loose();
export type Holder = z.infer<typeof holderSchema>;

/** `/verwerkingsverantwoordelijken/{entityId}`: the organisation that did a processing (berichten.yaml). */
export const verantwoordelijkeSchema = z
  .object({
    organisatie: z
      .object({ entityId: z.string(), naam: z.string(), rsin: z.string(), bestuursorgaan: z.boolean() })
      .loose(),
  })
  .loose();

export const zaakSchema = z
  .object({
    url: z.string(),
    uuid: z.string(),
    identificatie: z.string(),
    omschrijving: z.string(),
    toelichting: z.string().optional(),
    zaaktype: z.string(),
    registratiedatum: z.iso.date(),
    startdatum: z.iso.date(),
    einddatum: z.iso.date().nullable(),
    uiterlijkeEinddatumAfdoening: z.iso.date().nullable(),
    verlenging: z.object({ reden: z.string(), duur: z.string() }).loose().nullable(),
    relevanteAndereZaken: z.array(z.object({ url: z.string(), aardRelatie: z.string() }).loose()),
    status: z.string().nullable(),
    resultaat: z.string().nullable(),
    archiefnominatie: z.string().nullable().optional(),
    archiefactiedatum: z.iso.date().nullable().optional(),
  })
  .loose();
export type Zaak = z.infer<typeof zaakSchema>;

export const zaaktypeSchema = z
  .object({
    url: z.string(),
    identificatie: z.string(),
    omschrijving: z.string(),
    doorlooptijd: z.string(),
    trefwoorden: z.array(z.string()),
    verlengingMogelijk: z.boolean(),
    verlengingstermijn: z.string().nullable(),
    // Open Zaak returns a list; the 1.3.1 OAS says a string.
    informatieobjecttypen: z.union([z.array(z.string()), z.string()]).optional(),
    roltypen: z.array(z.string()).optional(),
  })
  .loose();
export type Zaaktype = z.infer<typeof zaaktypeSchema>;

export const statustypeSchema = z
  .object({
    url: z.string(),
    omschrijving: z.string(),
    omschrijvingGeneriek: z.string().optional(),
    zaaktype: z.string(),
    volgnummer: z.number(),
    isEindstatus: z.boolean(),
  })
  .loose();
export type Statustype = z.infer<typeof statustypeSchema>;

export const eigenschapSchema = z.object({ url: z.string(), naam: z.string(), zaaktype: z.string() }).loose();
export const roltypeSchema = z
  .object({ url: z.string(), zaaktype: z.string(), omschrijvingGeneriek: z.string() })
  .loose();
export const resultaattypeSchema = z
  .object({ url: z.string(), omschrijving: z.string(), omschrijvingGeneriek: z.string(), zaaktype: z.string() })
  .loose();
export type Resultaattype = z.infer<typeof resultaattypeSchema>;

export const statusSchema = z
  .object({
    url: z.string(),
    zaak: z.string(),
    statustype: z.string(),
    datumStatusGezet: z.string(),
    statustoelichting: z.string().optional(),
  })
  .loose();
export type Status = z.infer<typeof statusSchema>;

export const resultaatSchema = z
  .object({ url: z.string(), zaak: z.string(), resultaattype: z.string(), toelichting: z.string().optional() })
  .loose();
export type Resultaat = z.infer<typeof resultaatSchema>;

export const zaakobjectSchema = z
  .object({
    url: z.string(),
    zaak: z.string(),
    objectIdentificatie: z
      .object({
        overigeData: z
          .object({
            registratie: z.string().optional(),
            veld: z.string().optional(),
            verwerkingsverantwoordelijke: z.string().optional(),
          })
          .loose(),
      })
      .loose(),
  })
  .loose();
export type Zaakobject = z.infer<typeof zaakobjectSchema>;

export const zaakeigenschapSchema = z.object({ url: z.string(), naam: z.string(), waarde: z.string() }).loose();
export type Zaakeigenschap = z.infer<typeof zaakeigenschapSchema>;

export const rolSchema = z.object({ url: z.string(), omschrijvingGeneriek: z.string().optional() }).loose();
export const zioSchema = z
  .object({ url: z.string(), informatieobject: z.string(), titel: z.string().optional() })
  .loose();

export const documentSchema = z
  .object({
    url: z.string(),
    identificatie: z.string().optional(),
    bestandsnaam: z.string(),
    bestandsomvang: z.number().nullable(),
  })
  .loose();

/** Request bodies are the Zaken spec's writable fields (src/generated/zaken.ts), not a copy. */
type ZRC = Zaken['schemas'];
const created = { method: 'POST' as const };
const sig = (signal?: AbortSignal) => (signal ? { signal } : {});
const byZaak = (zaakUrl: string) => `?zaak=${encodeURIComponent(zaakUrl)}`;
const byZaaktype = (zaaktypeUrl: string) => `?zaaktype=${encodeURIComponent(zaaktypeUrl)}`;

/** The search a citizen's own zaken are found with (the gateway also limits every answer to the session). */
export type ZaakZoek = Record<string, unknown>;

export const zgw = {
  /** The holder and its zaaktypen; `gegevenssoort` picks the correction zaaktype for BRP data with its own term. */
  holder: (registry: RegistryId, signal?: AbortSignal, gegevenssoort?: Gegevenssoort) =>
    apiRequest(`/bronhouders/${registry}${gegevenssoort ? `?gegevenssoort=${gegevenssoort}` : ''}`, {
      schema: holderSchema,
      ...sig(signal),
    }),

  verantwoordelijke: (entityId: string, signal?: AbortSignal) =>
    apiRequest(`/verwerkingsverantwoordelijken/${encodeURIComponent(entityId)}`, {
      schema: verantwoordelijkeSchema,
      ...sig(signal),
    }),

  // ---- Catalogi ----
  zaaktype: (url: string, signal?: AbortSignal) => apiRequest(apiPath(url), { schema: zaaktypeSchema, ...sig(signal) }),
  statustypen: (zaaktype: string, signal?: AbortSignal) =>
    allPages(`${ZTC}/statustypen${byZaaktype(zaaktype)}`, statustypeSchema, { signal }),
  resultaattypen: (zaaktype: string, signal?: AbortSignal) =>
    allPages(`${ZTC}/resultaattypen${byZaaktype(zaaktype)}`, resultaattypeSchema, { signal }),
  eigenschappen: (zaaktype: string) => allPages(`${ZTC}/eigenschappen${byZaaktype(zaaktype)}`, eigenschapSchema),
  roltypen: (zaaktype: string) => allPages(`${ZTC}/roltypen${byZaaktype(zaaktype)}`, roltypeSchema),

  // ---- Zaken ----
  /** `_zoek` with a non-empty filter (an empty body is a 400 in Open Zaak), every page. */
  zoek: (filter: ZaakZoek, signal?: AbortSignal) =>
    allPages(`${ZRC}/zaken/_zoek`, zaakSchema, { method: 'POST', body: filter, headers: CRS, signal }),
  zaak: (uuid: string, signal?: AbortSignal) =>
    apiRequest(`${ZRC}/zaken/${encodeURIComponent(uuid)}`, { schema: zaakSchema, headers: CRS, ...sig(signal) }),
  statussen: (zaakUrl: string, signal?: AbortSignal) =>
    allPages(`${ZRC}/statussen${byZaak(zaakUrl)}`, statusSchema, { signal }),
  resultaat: (url: string, signal?: AbortSignal) =>
    apiRequest(apiPath(url), { schema: resultaatSchema, ...sig(signal) }),
  zaakobjecten: (zaakUrl: string, signal?: AbortSignal) =>
    allPages(`${ZRC}/zaakobjecten${byZaak(zaakUrl)}`, zaakobjectSchema, { signal }),
  rollen: (zaakUrl: string) => allPages(`${ZRC}/rollen${byZaak(zaakUrl)}`, rolSchema),
  /** Not paginated in 1.5.1: a plain array. */
  zios: (zaakUrl: string) =>
    apiRequest(`${ZRC}/zaakinformatieobjecten${byZaak(zaakUrl)}`, { schema: z.array(zioSchema) }),
  zaakeigenschappen: (uuid: string, signal?: AbortSignal) =>
    apiRequest(`${ZRC}/zaken/${encodeURIComponent(uuid)}/zaakeigenschappen`, {
      schema: z.array(zaakeigenschapSchema),
      ...sig(signal),
    }),

  createZaak: (body: Sent<ZRC['Zaak']>) =>
    apiRequest(`${ZRC}/zaken`, { ...created, body, schema: zaakSchema, headers: CRS }),
  /** The app files one kind of role: the citizen as initiator (natuurlijk persoon). */
  createRol: (body: Sent<ZRC['natuurlijk_persoon_Rol']>) =>
    apiRequest(`${ZRC}/rollen`, { ...created, body, schema: rolSchema }),
  /** …and one kind of zaakobject: `overige`, with what the request is about. */
  createZaakobject: (body: Sent<ZRC['overige_ZaakObject']>) =>
    apiRequest(`${ZRC}/zaakobjecten`, { ...created, body, schema: z.object({ url: z.string() }).loose() }),
  createZaakeigenschap: (zaakUuid: string, body: Sent<ZRC['ZaakEigenschap']>) =>
    apiRequest(`${ZRC}/zaken/${encodeURIComponent(zaakUuid)}/zaakeigenschappen`, {
      ...created,
      body,
      schema: z.object({ url: z.string() }).loose(),
    }),
  createZio: (body: Sent<ZRC['ZaakInformatieObject']>) =>
    apiRequest(`${ZRC}/zaakinformatieobjecten`, { ...created, body, schema: zioSchema }),
  createStatus: (body: Sent<ZRC['Status']>) =>
    apiRequest(`${ZRC}/statussen`, { ...created, body, schema: statusSchema }),
  createResultaat: (body: Sent<ZRC['Resultaat']>) =>
    apiRequest(`${ZRC}/resultaten`, { ...created, body, schema: resultaatSchema }),

  // ---- Documenten ----
  /** Own uploads with this identificatie (unique per bronorganisatie): finds an earlier attempt back. */
  documenten: (bronorganisatie: string, identificatie: string) =>
    allPages(
      `${DRC}/enkelvoudiginformatieobjecten?${new URLSearchParams({ bronorganisatie, identificatie }).toString()}`,
      documentSchema,
    ),
  deleteDocument: (url: string) => apiRequest(apiPath(url), { method: 'DELETE' }),

  // ---- Mock only: the holder's side ----
  volgendeStatus: (uuid: string) =>
    apiRequest(`/__mock/zaken/${encodeURIComponent(uuid)}/volgende-status`, { method: 'POST' }),
  verlengen: (uuid: string) => apiRequest(`/__mock/zaken/${encodeURIComponent(uuid)}/verlengen`, { method: 'POST' }),
};
