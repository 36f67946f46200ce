import { z } from 'zod';
import { apiRequest } from '@/lib/api-client';
import { registryIds } from '@/lib/registry-view';

/** Mock-only control endpoint (mocks/gateway/faults.ts); a real gateway has none. */
export const faultModes = ['none', '500', 'timeout', 'malformed', '401'] as const;

const faultSchema = z.object({
  mode: z.enum(faultModes),
  latencyMs: z.number().int().min(0).max(120_000),
});
export const faultsSchema = z.partialRecord(z.enum(registryIds), faultSchema);
export type Faults = z.infer<typeof faultsSchema>;

export const faultQueries = {
  all: () =>
    ({
      queryKey: ['devtools', 'faults'] as const,
      queryFn: ({ signal }: { signal: AbortSignal }) => apiRequest('/__mock/faults', { schema: faultsSchema, signal }),
    }) as const,
};

export const saveFaults = (faults: Faults) =>
  apiRequest('/__mock/faults', { method: 'PUT', body: faults, schema: faultsSchema });

/**
 * `?storingen=rdw:500,bag:timeout,woz:none:4000` → faults (registry:mode[:latencyMs]).
 * Unknown registries or modes are ignored, so a typo cannot break the app.
 */
export function parseFaultParam(param: string): Faults {
  const faults: Faults = {};
  for (const part of param.split(',')) {
    const [registry, mode = 'none', latency = '0'] = part.trim().split(':');
    const parsed = faultSchema.safeParse({ mode, latencyMs: Number(latency) });
    const id = z.enum(registryIds).safeParse(registry);
    if (parsed.success && id.success) faults[id.data] = parsed.data;
  }
  return faults;
}

/** Mock-only (mocks/handlers/meldingen.ts): a new ad-hoc look-up of the signed-in citizen's data, now. */
export const simulateLookup = () =>
  apiRequest('/__mock/verwerkingen/nieuwe-raadpleging', {
    method: 'POST',
    schema: z.object({
      verwerking: z.object({ traceId: z.string(), spanId: z.string() }),
      bericht: z.string().nullable(),
    }),
  });
