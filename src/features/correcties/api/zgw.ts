import { z } from 'zod';
import { apiRequest } from '@/lib/api-client';
import { registryIds, type RegistryId } from '@/lib/registry-view';

/**
 * The parts of the ZGW Zaken 1.5.1, Catalogi 1.3.1 and Documenten 1.4.3 APIs (and our
 * `/bronhouders` contract, mocks/contracts/berichten.yaml) that correction requests use.
 * Schemas check only what the app reads; unknown fields pass (`loose`).
 */

export const ZRC = '/zaken/api/v1';
export const ZTC = '/catalogi/api/v1';
export const DRC = '/documenten/api/v1';

const paged = <T extends z.ZodType>(item: T) => z.object({ count: z.number(), results: z.array(item) }).loose();

export const bronhouderSchema = z
  .object({
    registratie: z.enum(registryIds),
    bronorganisatie: z.string(),
    bronhouder: z.object({ id: z.string(), naam: z.string(), soort: z.string(), rsin: z.string() }).loose(),
    zaaktypen: z.object({
      correctie: z.object({ url: z.string(), doorlooptijd: z.string() }).loose(),
      uitleg: z.object({ url: z.string(), doorlooptijd: z.string() }).loose(),
    }),
  })
  .loose();
export type Bronhouder = z.infer<typeof bronhouderSchema>;

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
  })
  .loose();
export type Zaaktype = z.infer<typeof zaaktypeSchema>;

export const statustypeSchema = z
  .object({ url: z.string(), omschrijving: z.string(), zaaktype: z.string(), volgnummer: z.number(), isEindstatus: z.boolean() })
  .loose();
export type Statustype = z.infer<typeof statustypeSchema>;

export const eigenschapSchema = z.object({ url: z.string(), naam: z.string(), zaaktype: z.string() }).loose();
export const roltypeSchema = z.object({ url: z.string(), zaaktype: z.string(), omschrijvingGeneriek: z.string() }).loose();
export const resultaattypeSchema = z.object({ url: z.string(), omschrijvingGeneriek: z.string(), zaaktype: z.string() }).loose();

export const statusSchema = z
  .object({ url: z.string(), zaak: z.string(), statustype: z.string(), datumStatusGezet: z.string(), statustoelichting: z.string().optional() })
  .loose();
export type Status = z.infer<typeof statusSchema>;

export const resultaatSchema = z.object({ url: z.string(), zaak: z.string(), resultaattype: z.string(), toelichting: z.string().optional() }).loose();
export type Resultaat = z.infer<typeof resultaatSchema>;

export const zaakobjectSchema = z
  .object({
    url: z.string(),
    zaak: z.string(),
    objectIdentificatie: z.object({ overigeData: z.object({ registratie: z.string().optional(), veld: z.string().optional() }).loose() }).loose(),
  })
  .loose();
export type Zaakobject = z.infer<typeof zaakobjectSchema>;

export const zaakeigenschapSchema = z.object({ url: z.string(), naam: z.string(), waarde: z.string() }).loose();
export type Zaakeigenschap = z.infer<typeof zaakeigenschapSchema>;

export const documentSchema = z.object({ url: z.string(), bestandsnaam: z.string(), bestandsomvang: z.number().nullable() }).loose();

const created = { method: 'POST' as const };
const key = (idempotencyKey: string) => ({ 'Idempotency-Key': idempotencyKey });

export const zgw = {
  bronhouder: (registry: RegistryId, signal?: AbortSignal) =>
    apiRequest(`/bronhouders/${registry}`, { schema: bronhouderSchema, ...(signal ? { signal } : {}) }),
  zaaktype: (url: string) => apiRequest(apiPath(url), { schema: zaaktypeSchema }),
  zaaktypen: (signal?: AbortSignal) => apiRequest(`${ZTC}/zaaktypen`, { schema: paged(zaaktypeSchema), ...(signal ? { signal } : {}) }),
  statustypen: (zaaktype?: string, signal?: AbortSignal) =>
    apiRequest(`${ZTC}/statustypen${zaaktype ? `?zaaktype=${encodeURIComponent(zaaktype)}` : ''}`, {
      schema: paged(statustypeSchema),
      ...(signal ? { signal } : {}),
    }),
  resultaattypen: (signal?: AbortSignal) =>
    apiRequest(`${ZTC}/resultaattypen`, { schema: paged(resultaattypeSchema), ...(signal ? { signal } : {}) }),
  eigenschappen: (zaaktype: string) =>
    apiRequest(`${ZTC}/eigenschappen?zaaktype=${encodeURIComponent(zaaktype)}`, { schema: paged(eigenschapSchema) }),
  roltypen: (zaaktype: string) => apiRequest(`${ZTC}/roltypen?zaaktype=${encodeURIComponent(zaaktype)}`, { schema: paged(roltypeSchema) }),

  /** The citizen's own zaken: the gateway filters on the session, the BSN stays out of the body too. */
  zoek: (signal?: AbortSignal) =>
    apiRequest(`${ZRC}/zaken/_zoek`, { method: 'POST', body: {}, schema: paged(zaakSchema), ...(signal ? { signal } : {}) }),
  zaak: (uuid: string, signal?: AbortSignal) =>
    apiRequest(`${ZRC}/zaken/${encodeURIComponent(uuid)}`, { schema: zaakSchema, ...(signal ? { signal } : {}) }),
  statussen: (zaakUrl?: string, signal?: AbortSignal) =>
    apiRequest(`${ZRC}/statussen${zaakUrl ? `?zaak=${encodeURIComponent(zaakUrl)}` : ''}`, { schema: paged(statusSchema), ...(signal ? { signal } : {}) }),
  resultaten: (signal?: AbortSignal) => apiRequest(`${ZRC}/resultaten`, { schema: paged(resultaatSchema), ...(signal ? { signal } : {}) }),
  zaakobjecten: (signal?: AbortSignal) => apiRequest(`${ZRC}/zaakobjecten`, { schema: paged(zaakobjectSchema), ...(signal ? { signal } : {}) }),
  zaakeigenschappen: (uuid: string, signal?: AbortSignal) =>
    apiRequest(`${ZRC}/zaken/${encodeURIComponent(uuid)}/zaakeigenschappen`, { schema: z.array(zaakeigenschapSchema), ...(signal ? { signal } : {}) }),

  createZaak: (body: unknown, idempotencyKey: string) =>
    apiRequest(`${ZRC}/zaken`, { ...created, body, schema: zaakSchema, headers: key(idempotencyKey) }),
  createRol: (body: unknown, idempotencyKey: string) =>
    apiRequest(`${ZRC}/rollen`, { ...created, body, schema: z.object({ url: z.string() }).loose(), headers: key(idempotencyKey) }),
  createZaakobject: (body: unknown, idempotencyKey: string) =>
    apiRequest(`${ZRC}/zaakobjecten`, { ...created, body, schema: z.object({ url: z.string() }).loose(), headers: key(idempotencyKey) }),
  createZaakeigenschap: (zaakUuid: string, body: unknown, idempotencyKey: string) =>
    apiRequest(`${ZRC}/zaken/${encodeURIComponent(zaakUuid)}/zaakeigenschappen`, {
      ...created,
      body,
      schema: z.object({ url: z.string() }).loose(),
      headers: key(idempotencyKey),
    }),
  createZio: (body: unknown, idempotencyKey: string) =>
    apiRequest(`${ZRC}/zaakinformatieobjecten`, { ...created, body, schema: z.object({ url: z.string() }).loose(), headers: key(idempotencyKey) }),
  createStatus: (body: unknown, idempotencyKey: string) =>
    apiRequest(`${ZRC}/statussen`, { ...created, body, schema: statusSchema, headers: key(idempotencyKey) }),
  patchZaak: (uuid: string, body: unknown) =>
    apiRequest(`${ZRC}/zaken/${encodeURIComponent(uuid)}`, { method: 'PATCH', body, schema: zaakSchema }),
  createDocument: (body: unknown) =>
    apiRequest(`${DRC}/enkelvoudiginformatieobjecten`, { ...created, body, schema: documentSchema, timeoutMs: 120_000 }),
  /** Mock only: the holder takes the next step. */
  volgendeStatus: (uuid: string) => apiRequest(`/__mock/zaken/${encodeURIComponent(uuid)}/volgende-status`, { method: 'POST' }),
};

/** A gateway URL as the path `apiRequest` takes (after `/api`). */
export function apiPath(url: string): string {
  let path = url;
  try {
    path = new URL(url).pathname;
  } catch {
    // already a path
  }
  return path.replace(/^\/api(?=\/)/, '');
}

/** The UUID at the end of a ZGW resource URL. */
export function uuidOf(url: string): string {
  return url.replace(/\/$/, '').split('/').pop() ?? '';
}
