import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { env } from '@/config/env';
import { ApiError, apiRequest } from '@/lib/api-client';
import { registryIds } from '@/lib/registries';
import { sessionSchema } from '@/lib/session';
import { toQuery, type Filters, type Sort } from '../model/filters';

/** The contract's `Afwijking` codes (code name: anomaly, docs/GLOSSARY.md). */
const anomalyKindSchema = z.enum([
  'geen-grondslag',
  'categorie-buiten-doel',
  'volume-piek',
  'buiten-kantoortijd',
  'herhaald-opgevraagd',
  'geheim-of-overleden',
]);
export const ANOMALY_KINDS = anomalyKindSchema.options;
const registratie = z.enum(registryIds);
/** The DPV legal bases the LDV standard names. */
const grondslag = z.enum([
  'Consent',
  'Contract',
  'LegalObligation',
  'LegitimateInterest',
  'OfficialAuthorityOfController',
  'PublicInterest',
  'VitalInterest',
]);
const bevoegdheidId = z.enum(['fg-rotterdam', 'rvig', 'ap', 'ctivd']);
const verwijzing = z.object({ id: z.string(), naam: z.string() });

export const voortgangSchema = z.object({
  status: z.enum(['niet-gestart', 'bezig', 'klaar']),
  fase: z.enum(['genereren', 'analyseren', 'indexeren', 'klaar']),
  records: z.number(),
  doel: z.number(),
  voortgang: z.number(),
  duurMs: z.number().optional(),
});
export const catalogusSchema = z.object({
  organisaties: z.array(verwijzing),
  activiteiten: z.array(z.object({ id: z.string(), naam: z.string(), organisatie: z.string() })),
  registraties: z.array(registratie),
  grondslagen: z.array(grondslag),
  categorieen: z.array(z.string()),
  anomalieen: z.array(z.object({ soort: anomalyKindSchema, uitleg: z.object({ nl: z.string(), en: z.string() }) })),
  regels: z.record(z.string(), z.number()),
});
export const verwerkingSchema = z.object({
  id: z.string(),
  spanId: z.string(),
  traceId: z.string(),
  tijd: z.string(),
  pseudoniem: z.string(),
  activiteit: z.object({ id: z.string(), naam: z.string(), inRegister: z.boolean() }),
  organisatie: verwijzing,
  ontvanger: verwijzing.optional(),
  registratie,
  grondslagen: z.array(grondslag),
  categorieen: z.array(z.string()),
  uitvoering: z.enum(['mens', 'systeem']),
  vertrouwelijk: z.boolean(),
  status: z.enum(['Ok', 'Error']),
  anomalieen: z.array(anomalyKindSchema),
});
export type Verwerking = z.infer<typeof verwerkingSchema>;
export const zoekresultaatSchema = z.object({
  totaal: z.number(),
  records: z.array(verwerkingSchema),
  volgende: z.string().nullable(),
});
const telling = z.number();
export const tellingenSchema = z.object({
  totaal: telling,
  perOrganisatie: z.array(z.object({ id: z.string(), naam: z.string(), aantal: telling })),
  perMaand: z.array(z.object({ maand: z.string(), aantal: telling })),
  perGrondslag: z.array(z.object({ grondslag: z.union([grondslag, z.literal('Geen')]), aantal: telling })),
  perRegistratie: z.array(z.object({ registratie, aantal: telling })),
  perCategorie: z.array(z.object({ categorie: z.string(), aantal: telling })),
  perAnomalie: z.array(z.object({ soort: anomalyKindSchema, aantal: telling })),
});
export type Tellingen = z.infer<typeof tellingenSchema>;
export const onthullingSchema = z.object({
  pseudoniem: z.string(),
  identificatieType: z.enum(['BSN', 'SYNTHETISCH']),
  identificatie: z.string(),
  naam: z.string().optional(),
});
export type Onthulling = z.infer<typeof onthullingSchema>;
const auditorRef = z.object({ id: z.string(), naam: z.string() });
export const verzoekSchema = z.object({
  id: z.string(),
  tijd: z.string(),
  pseudoniem: z.string(),
  aangevraagdDoor: auditorRef,
  reden: z.string(),
  status: z.enum(['wacht', 'goedgekeurd', 'afgewezen']),
  beoordeeldDoor: auditorRef.optional(),
  beoordeeldOp: z.string().optional(),
});
export type Onthullingsverzoek = z.infer<typeof verzoekSchema>;
export const verzoekenSchema = z.object({ verzoeken: z.array(verzoekSchema) });
export const TRAIL_ACTIONS = [
  'zoeken',
  'exporteren',
  'onthulling-aangevraagd',
  'onthulling-goedgekeurd',
  'onthulling-afgewezen',
  'onthullen',
  'logboek-exporteren',
] as const;
export const trailSchema = z.object({
  acties: z.array(
    z.object({
      id: z.string(),
      tijd: z.string(),
      bevoegdheid: bevoegdheidId,
      auditor: auditorRef,
      actie: z.enum(TRAIL_ACTIONS),
      filters: z.record(z.string(), z.string()),
      aantal: z.number().optional(),
      pseudoniem: z.string().optional(),
      reden: z.string().optional(),
      verzoek: z.string().optional(),
      vorige: z.string(),
      hash: z.string(),
    }),
  ),
});
export const bevoegdheidSchema = z.object({
  id: bevoegdheidId,
  auditor: auditorRef,
  toezichthouder: verwijzing,
  rol: z.enum(['functionaris-gegevensbescherming', 'toezichthouder']),
  wettelijkeBasis: z.string(),
  uitleg: z.object({ nl: z.string(), en: z.string() }),
  organisaties: z.array(verwijzing),
  verstrekkingenUit: z
    .object({ registratie, verstrekkingswijzen: z.array(z.enum(['spontaan', 'adhoc', 'selectie', 'intern'])) })
    .optional(),
  vierOgenBijGeheimhouding: z.boolean(),
});
export type Bevoegdheid = z.infer<typeof bevoegdheidSchema>;
export const termijnenSchema = z.object({
  peildatum: z.string(),
  houders: z.array(
    z.object({
      id: z.string(),
      naam: z.string(),
      open: z.number(),
      overTijd: z.number(),
      afgehandeld: z.number(),
      verlengd: z.number(),
      mediaanDagen: z.number().nullable(),
    }),
  ),
});

export const PAGE_SIZE = 200;

/** One query factory for the auditor workspace; each key holds exactly what its queryFn reads. */
export const auditQueries = {
  all: () => ['audit'] as const,
  status: () =>
    queryOptions({
      queryKey: ['audit', 'status'],
      queryFn: ({ signal }) => apiRequest('/audit/status', { schema: voortgangSchema, signal }),
      refetchInterval: (query) => (query.state.data?.status === 'klaar' ? false : 400),
    }),
  catalogus: () =>
    queryOptions({
      queryKey: ['audit', 'catalogus'],
      queryFn: ({ signal }) => apiRequest('/audit/catalogus', { schema: catalogusSchema, signal }),
      staleTime: Infinity,
    }),
  records: (filters: Filters, sort: Sort) =>
    infiniteQueryOptions({
      queryKey: ['audit', 'records', filters, sort],
      queryFn: ({ signal, pageParam }) =>
        apiRequest(
          `/audit/records${toQuery(filters, { sorteer: sort, limit: String(PAGE_SIZE), cursor: pageParam ?? undefined })}`,
          { schema: zoekresultaatSchema, signal, timeoutMs: 30_000 },
        ),
      initialPageParam: null as string | null,
      getNextPageParam: (last) => last.volgende,
    }),
  aggregates: (filters: Filters) =>
    queryOptions({
      queryKey: ['audit', 'aggregates', filters],
      queryFn: ({ signal }) =>
        apiRequest(`/audit/aggregates${toQuery(filters)}`, { schema: tellingenSchema, signal, timeoutMs: 30_000 }),
    }),
  /** The test auditors; null when the gateway has none (a real one answers 404). */
  auditors: () =>
    queryOptions({
      queryKey: ['audit', 'auditors'],
      queryFn: async ({ signal }) => {
        try {
          return (await apiRequest('/auth/testpersonen', { schema: auditorsSchema, signal })).auditors;
        } catch (error) {
          if (error instanceof ApiError && error.status === 404) return null;
          throw error;
        }
      },
      staleTime: Infinity,
    }),
  trail: () =>
    queryOptions({
      queryKey: ['audit', 'trail'],
      queryFn: ({ signal }) => apiRequest('/audit/trail', { schema: trailSchema, signal }),
    }),
  /** What this auditor may see: shown on every workspace page. */
  bevoegdheid: () =>
    queryOptions({
      queryKey: ['audit', 'bevoegdheid'],
      queryFn: ({ signal }) => apiRequest('/audit/bevoegdheid', { schema: bevoegdheidSchema, signal }),
      staleTime: Infinity,
    }),
  /** Four-eyes reveal requests of the auditor's own body. */
  onthullingen: () =>
    queryOptions({
      queryKey: ['audit', 'onthullingen'],
      queryFn: ({ signal }) => apiRequest('/audit/onthullingen', { schema: verzoekenSchema, signal }),
    }),
  sla: () =>
    queryOptions({
      queryKey: ['audit', 'sla'],
      queryFn: ({ signal }) => apiRequest('/audit/sla', { schema: termijnenSchema, signal }),
    }),
};

export const auditorsSchema = z.object({
  auditors: z.array(z.object({ id: z.string(), naam: z.string(), organisatie: z.string() })),
});

/** Test environments: sign in as a test auditor (production: eHerkenning at the gateway). */
export const auditorSignIn = (auditor: string) =>
  apiRequest('/auth/session', { method: 'POST', body: { auditor }, schema: sessionSchema });

/** The gateway refused because the organisation, activity or person lies outside the auditor's remit. */
export const isOutsideRemit = (error: unknown): boolean =>
  error instanceof ApiError && error.status === 403 && error.problem?.code === 'outsideRemit';

/** A reveal: the identity (200), or for a person with geheimhouding the open four-eyes request (202). */
const revealResultSchema = z.union([
  verzoekSchema.transform((v) => ({ kind: 'verzoek' as const, verzoek: v })),
  onthullingSchema.transform((o) => ({ kind: 'onthulling' as const, onthulling: o })),
]);
export type RevealResult = z.output<typeof revealResultSchema>;
export const revealSubject = (pseudoniem: string, reden: string): Promise<RevealResult> =>
  apiRequest(`/audit/subjects/${encodeURIComponent(pseudoniem)}/reveal`, {
    method: 'POST',
    body: { reden },
    schema: revealResultSchema,
  });

export const decideReveal = (id: string, besluit: 'goedkeuren' | 'afwijzen') =>
  apiRequest(`/audit/onthullingen/${encodeURIComponent(id)}/besluit`, {
    method: 'POST',
    body: { besluit },
    schema: verzoekSchema,
  });

export const showApprovedReveal = (id: string) =>
  apiRequest(`/audit/onthullingen/${encodeURIComponent(id)}/onthullen`, { method: 'POST', schema: onthullingSchema });

/** The access trail as CSV (the gateway records the export on the trail itself). */
export async function exportTrail(): Promise<Blob> {
  let response: Response;
  try {
    response = await fetch(`${env.apiBaseUrl}/audit/trail/export`, { credentials: 'same-origin', cache: 'no-store' });
  } catch {
    throw new ApiError('network', 'Network error: GET /audit/trail/export');
  }
  if (!response.ok) throw new ApiError('http', `HTTP ${response.status}: GET /audit/trail/export`, response.status);
  return new Blob([await response.arrayBuffer()], { type: 'text/csv;charset=utf-8' });
}

/** The export's cap, from the contract (mocks/contracts/audit.yaml, /audit/export): stated before exporting. */
export const EXPORT_MAX_ROWS = 100_000;

/**
 * Streams the CSV export: reads the body chunk by chunk (never one giant string), reports
 * progress by counted lines, and returns a Blob made of the chunks.
 */
export async function exportCsv(
  filters: Filters,
  sort: Sort,
  onProgress: (rows: number, total: number) => void,
  signal?: AbortSignal,
): Promise<{ blob: Blob; rows: number; totaal: number }> {
  let response: Response;
  try {
    response = await fetch(`${env.apiBaseUrl}/audit/export${toQuery(filters, { sorteer: sort })}`, {
      credentials: 'same-origin',
      cache: 'no-store',
      signal: signal ?? null,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError('network', 'Network error: GET /audit/export');
  }
  if (!response.ok || !response.body)
    throw new ApiError('http', `HTTP ${response.status}: GET /audit/export`, response.status);
  const rows = Number(response.headers.get('X-Export-Rows') ?? 0);
  const totaal = Number(response.headers.get('X-Total-Count') ?? rows);
  const reader = response.body.getReader();
  const parts: Uint8Array[] = [];
  let lines = 0;
  onProgress(0, rows);
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
    for (let k = 0; k < value.length; k++) if (value[k] === 10) lines++;
    onProgress(Math.max(0, Math.min(rows, lines - 1)), rows);
  }
  return { blob: new Blob(parts as BlobPart[], { type: 'text/csv;charset=utf-8' }), rows, totaal };
}
