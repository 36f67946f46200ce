import type { QueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '@/lib/api-client';
import { addDuration } from '@/lib/deadlines';
import type { RegistryId } from '@/lib/registry-view';
import { ownBsn } from '@/lib/session';

/**
 * "Waarom is dit gebeurd?": a request for an explanation becomes a zaak of the registry
 * holder's "uitleg" zaaktype in the ZGW Zaken API (Catalogi 1.3.1, Zaken 1.5.1), with the
 * GDPR one-month clock. The gateway (mocks/contracts/berichten.yaml, `/bronhouders`) says who
 * holds the data and which zaaktype to use.
 *
 * Retries never duplicate: every POST carries an Idempotency-Key derived from one key that
 * the form keeps until the request has gone through; a replay returns the first result.
 */

const bronhouderSchema = z
  .object({
    bronorganisatie: z.string(),
    bronhouder: z.object({ naam: z.string(), rsin: z.string() }).loose(),
    zaaktypen: z.object({ uitleg: z.object({ url: z.string(), doorlooptijd: z.string() }).loose() }).loose(),
  })
  .loose();
const zaaktypeSchema = z.object({ url: z.string(), roltypen: z.array(z.string()).min(1), statustypen: z.array(z.string()).min(1) }).loose();
const eigenschappenSchema = z.object({ results: z.array(z.object({ url: z.string(), naam: z.string() }).loose()) }).loose();
const zaakSchema = z
  .object({ url: z.string(), uuid: z.string(), identificatie: z.string(), registratiedatum: z.string() })
  .loose();
const createdSchema = z.object({ url: z.string() }).loose();

export const QUESTION_MAX = 4000;

export type UitlegInput = {
  source: RegistryId;
  question: string;
  /** What the question is about, in the zaak's toelichting (≤ 1000): the event in words. */
  about: string;
  /** The one key for this request, kept by the form across retries. */
  idempotencyKey: string;
  today: string;
};

export type UitlegResult = { identificatie: string; organisatie: string; registratiedatum: string; dueDate: string };

/** Path of a ZGW URL on our gateway (the app only talks to `/api`). */
const apiPath = (url: string) => {
  const path = new URL(url, 'http://x').pathname;
  return path.startsWith('/api/') ? path.slice(4) : path;
};

export async function askWhy(client: QueryClient, input: UitlegInput): Promise<UitlegResult> {
  const bsn = await ownBsn(client);
  const holder = await apiRequest(`/bronhouders/${input.source}`, { schema: bronhouderSchema });
  const uitleg = holder.zaaktypen.uitleg;
  const zaaktype = await apiRequest(apiPath(uitleg.url), { schema: zaaktypeSchema });
  const eigenschappen = await apiRequest(`/catalogi/api/v1/eigenschappen?zaaktype=${encodeURIComponent(uitleg.url)}`, { schema: eigenschappenSchema });
  const toelichting = eigenschappen.results.find((e) => e.naam === 'toelichting');
  if (!toelichting) throw new Error('The uitleg zaaktype has no eigenschap "toelichting"');
  const key = input.idempotencyKey;

  const zaak = await apiRequest('/zaken/api/v1/zaken', {
    method: 'POST',
    headers: { 'Idempotency-Key': key },
    body: {
      zaaktype: uitleg.url,
      bronorganisatie: holder.bronorganisatie,
      verantwoordelijkeOrganisatie: holder.bronhouder.rsin,
      startdatum: input.today,
      omschrijving: 'Waarom is dit gebeurd?',
      toelichting: input.about.slice(0, 1000),
    },
    schema: zaakSchema,
  });
  await apiRequest('/zaken/api/v1/rollen', {
    method: 'POST',
    headers: { 'Idempotency-Key': `${key}:rol` },
    body: {
      zaak: zaak.url,
      betrokkeneType: 'natuurlijk_persoon',
      roltype: zaaktype.roltypen[0],
      roltoelichting: 'Indiener',
      betrokkeneIdentificatie: { inpBsn: bsn },
    },
    schema: createdSchema,
  });
  await apiRequest(`/zaken/api/v1/zaken/${zaak.uuid}/zaakeigenschappen`, {
    method: 'POST',
    headers: { 'Idempotency-Key': `${key}:vraag` },
    body: { zaak: zaak.url, eigenschap: toelichting.url, waarde: input.question },
    schema: createdSchema,
  });
  await apiRequest('/zaken/api/v1/statussen', {
    method: 'POST',
    headers: { 'Idempotency-Key': `${key}:ontvangen` },
    body: { zaak: zaak.url, statustype: zaaktype.statustypen[0] },
    schema: createdSchema,
  });
  return {
    identificatie: zaak.identificatie,
    organisatie: holder.bronhouder.naam,
    registratiedatum: zaak.registratiedatum,
    // GDPR art. 12(3): one calendar month from receipt, from the zaaktype's own term.
    dueDate: addDuration(zaak.registratiedatum, uitleg.doorlooptijd),
  };
}
