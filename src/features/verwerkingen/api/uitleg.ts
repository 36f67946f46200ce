import type { QueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import type { components as Zaken } from '@/generated/zaken';
import { apiRequest } from '@/lib/api-client';
import type { Sent } from '@/lib/contract-agreement';
import { now } from '@/lib/clock';
import { isIdentificatieTaken, kortKenmerk, once, statusDatum } from '@/lib/exactly-once';
import { ownBsn } from '@/lib/session';

/**
 * "Waarom is dit gebeurd?": a question goes to the organisation that did the processing (the
 * controller of that log event, GDPR art. 15), not to the holder of the source registry: a
 * police identity check is the police's to explain, a pension payment the pension fund's. It
 * becomes a zaak of that organisation's "uitleg" zaaktype in the ZGW Zaken API (Catalogi 1.3.1,
 * Zaken 1.5.1), with the log event as zaakobject. The gateway (mocks/contracts/berichten.yaml,
 * `/verwerkingsverantwoordelijken/{entityId}`) names the organisation and its zaaktype; the
 * entity id is the one the record's register points at. The last day to answer is the
 * organisation's: the server derives it from the zaaktype's term, and the app shows what the
 * zaak says.
 *
 * Retries never duplicate, without an Idempotency-Key (ZGW has none): the zaak is named after
 * the form's key (`identificatie`, unique on the server), an earlier attempt is looked up
 * before creating, and each part is read before it is written (src/lib/exactly-once.ts).
 */

const CRS = { 'Accept-Crs': 'EPSG:4326', 'Content-Crs': 'EPSG:4326' };
/** Request bodies are the Zaken spec's writable fields (src/generated/zaken.ts), not a copy. */
type ZRC = Zaken['schemas'];
const CLOCK_MARGIN_MS = 2000;

export const verantwoordelijkeSchema = z
  .object({
    bronorganisatie: z.string(),
    organisatie: z.object({ naam: z.string(), rsin: z.string() }).loose(),
    zaaktypen: z
      .object({
        uitleg: z
          .object({ url: z.string(), doorlooptijd: z.string(), verlengingstermijn: z.string().nullable().optional() })
          .loose(),
      })
      .loose(),
  })
  .loose();
const listOf = <T extends z.ZodType>(item: T) =>
  z.object({ next: z.string().nullable(), results: z.array(item) }).loose();
export const statustypeSchema = z
  .object({ url: z.string(), omschrijvingGeneriek: z.string().optional(), isEindstatus: z.boolean() })
  .loose();
export const roltypeSchema = z.object({ url: z.string(), omschrijvingGeneriek: z.string() }).loose();
export const eigenschapSchema = z.object({ url: z.string(), naam: z.string() }).loose();
export const zaakSchema = z
  .object({
    url: z.string(),
    uuid: z.string(),
    identificatie: z.string(),
    registratiedatum: z.string(),
    status: z.string().nullable(),
    uiterlijkeEinddatumAfdoening: z.iso.date().nullable(),
  })
  .loose();
const createdSchema = z.object({ url: z.string() }).loose();

export const QUESTION_MAX = 4000;

export type UitlegInput = {
  /** The organisation that processed: the RvVA entity the record's register belongs to. */
  organisationId: string;
  /** The log event the question is about (its zaakobject). */
  traceId: string;
  spanId: string;
  question: string;
  /** What the question is about, in the zaak's toelichting (≤ 1000): the event in words. */
  about: string;
  /** The one key for this request, kept by the form across retries. */
  key: string;
  today: string;
};

/** `dueDate` is null while the organisation has set no last day (the page says so). */
export type UitlegResult = {
  identificatie: string;
  organisatie: string;
  registratiedatum: string;
  dueDate: string | null;
  verlengbaar: boolean;
};

/** Path of a ZGW URL on our gateway (the app only talks to `/api`). */
const apiPath = (url: string) => {
  const parsed = new URL(url, 'http://x');
  const path = parsed.pathname.startsWith('/api/') ? parsed.pathname.slice(4) : parsed.pathname;
  return `${path}${parsed.search}`;
};

/** Every page of a catalogue list. The uitleg zaaktype has few entries; still follow `next`. */
async function all<T extends z.ZodType>(path: string, item: T): Promise<Array<z.infer<T>>> {
  const out: Array<z.infer<T>> = [];
  let next: string | null = path;
  for (let n = 0; next && n < 20; n++) {
    const page: z.infer<ReturnType<typeof listOf<T>>> = await apiRequest(next, { schema: listOf(item) });
    out.push(...page.results);
    next = page.next ? apiPath(page.next) : null;
  }
  return out;
}

async function findZaak(bronorganisatie: string, identificatie: string) {
  const found = await apiRequest('/zaken/api/v1/zaken/_zoek', {
    method: 'POST',
    headers: CRS,
    body: { bronorganisatie, identificatie },
    schema: listOf(zaakSchema),
  });
  return found.results[0];
}

export function askWhy(client: QueryClient, input: UitlegInput): Promise<UitlegResult> {
  return once(`uitleg:${input.key}`, async () => {
    const bsn = await ownBsn(client);
    const holder = await apiRequest(`/verwerkingsverantwoordelijken/${encodeURIComponent(input.organisationId)}`, {
      schema: verantwoordelijkeSchema,
    });
    const uitleg = holder.zaaktypen.uitleg;
    const q = `?zaaktype=${encodeURIComponent(uitleg.url)}`;
    const identificatie = `MG-${input.today.slice(0, 4)}-${await kortKenmerk(`uitleg:${input.key}`)}`;
    const body = {
      zaaktype: uitleg.url,
      bronorganisatie: holder.bronorganisatie,
      verantwoordelijkeOrganisatie: holder.organisatie.rsin,
      identificatie,
      kenmerken: [{ kenmerk: input.key.slice(0, 40), bron: 'Mijn Gegevens' }],
      startdatum: input.today,
      omschrijving: 'Waarom is dit gebeurd?',
      toelichting: input.about.slice(0, 1000),
    } satisfies Sent<ZRC['Zaak']>;
    let zaak = await findZaak(holder.bronorganisatie, identificatie);
    if (!zaak) {
      try {
        zaak = await apiRequest('/zaken/api/v1/zaken', { method: 'POST', headers: CRS, body, schema: zaakSchema });
      } catch (error) {
        if (!isIdentificatieTaken(error)) throw error;
        zaak = await findZaak(holder.bronorganisatie, identificatie);
        if (!zaak) throw error;
      }
    }
    if (zaak.status === null) {
      const [roltypen, eigenschappen, statustypen, rollen, objecten, gegeven] = await Promise.all([
        all(`/catalogi/api/v1/roltypen${q}`, roltypeSchema),
        all(`/catalogi/api/v1/eigenschappen${q}`, eigenschapSchema),
        all(`/catalogi/api/v1/statustypen${q}`, statustypeSchema),
        all(`/zaken/api/v1/rollen?zaak=${encodeURIComponent(zaak.url)}`, createdSchema),
        all(`/zaken/api/v1/zaakobjecten?zaak=${encodeURIComponent(zaak.url)}`, createdSchema),
        apiRequest(`/zaken/api/v1/zaken/${zaak.uuid}/zaakeigenschappen`, { schema: z.array(eigenschapSchema) }),
      ]);
      const toelichting = eigenschappen.find((e) => e.naam === 'toelichting');
      const initiator = roltypen.find((r) => r.omschrijvingGeneriek === 'initiator');
      const ontvangen =
        statustypen.find((s) => s.omschrijvingGeneriek?.toLowerCase() === 'ontvangen') ??
        statustypen.find((s) => !s.isEindstatus);
      if (!toelichting || !initiator || !ontvangen)
        throw new Error('The uitleg zaaktype lacks an eigenschap "toelichting", an initiator or a first status');
      if (rollen.length === 0) {
        await apiRequest('/zaken/api/v1/rollen', {
          method: 'POST',
          body: {
            zaak: zaak.url,
            betrokkeneType: 'natuurlijk_persoon',
            roltype: initiator.url,
            roltoelichting: 'Indiener',
            betrokkeneIdentificatie: { inpBsn: bsn },
          } satisfies Sent<ZRC['natuurlijk_persoon_Rol']>,
          schema: createdSchema,
        });
      }
      if (objecten.length === 0) {
        await apiRequest('/zaken/api/v1/zaakobjecten', {
          method: 'POST',
          body: {
            zaak: zaak.url,
            objectType: 'overige',
            objectTypeOverige: 'verwerking',
            relatieomschrijving: 'De verwerking waarover de vraag gaat',
            objectIdentificatie: {
              overigeData: {
                traceId: input.traceId,
                spanId: input.spanId,
                verwerkingsverantwoordelijke: input.organisationId,
              },
            },
          } satisfies Sent<ZRC['overige_ZaakObject']>,
          schema: createdSchema,
        });
      }
      if (!gegeven.some((e) => e.naam === 'toelichting')) {
        await apiRequest(`/zaken/api/v1/zaken/${zaak.uuid}/zaakeigenschappen`, {
          method: 'POST',
          body: { zaak: zaak.url, eigenschap: toelichting.url, waarde: input.question } satisfies Sent<
            ZRC['ZaakEigenschap']
          >,
          schema: createdSchema,
        });
      }
      await apiRequest('/zaken/api/v1/statussen', {
        method: 'POST',
        body: {
          zaak: zaak.url,
          statustype: ontvangen.url,
          datumStatusGezet: statusDatum(now() - CLOCK_MARGIN_MS),
        } satisfies Sent<ZRC['Status']>,
        schema: createdSchema,
      });
    }
    return {
      identificatie: zaak.identificatie,
      organisatie: holder.organisatie.naam,
      registratiedatum: zaak.registratiedatum,
      dueDate: zaak.uiterlijkeEinddatumAfdoening,
      verlengbaar: Boolean(uitleg.verlengingstermijn),
    };
  });
}
