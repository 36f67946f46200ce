import { delay, HttpResponse } from 'msw';
import { http } from './http';
import { z } from 'zod';
import { problem } from './problem';
import { registryIds, type RegistryId } from '@/lib/registries';

/**
 * Fault injection, for people testing the app and for the e2e fault matrix: per registry a
 * latency and one failure mode. State lives in the mock gateway (reset with the rest).
 */
export { registryIds, type RegistryId } from '@/lib/registries';

export const faultModes = ['none', '500', 'timeout', 'malformed', '401'] as const;
export type FaultMode = (typeof faultModes)[number];

export const faultSchema = z.object({
  mode: z.enum(faultModes).default('none'),
  latencyMs: z.number().int().min(0).max(120_000).default(0),
});
export type Fault = z.infer<typeof faultSchema>;

const faults = new Map<RegistryId, Fault>();

export const getFaults = (): Partial<Record<RegistryId, Fault>> => Object.fromEntries(faults);
export function setFault(registry: RegistryId, fault: Fault): void {
  if (fault.mode === 'none' && fault.latencyMs === 0) faults.delete(registry);
  else faults.set(registry, fault);
}
export const resetFaults = (): void => faults.clear();

const isRegistry = (value: unknown): value is RegistryId => registryIds.includes(value as RegistryId);

// partialRecord: with enum keys, zod 4's record would demand every registry.
const faultsBody = z.partialRecord(z.enum(registryIds), faultSchema);

export const faultHandlers = [
  // Mock-only control endpoints (a real gateway has none): read and set the faults.
  http.get('/__mock/faults', () => HttpResponse.json(getFaults())),
  http.put('/__mock/faults', async ({ request }) => {
    const parsed = faultsBody.safeParse(await request.json().catch(() => null));
    if (!parsed.success) return problem(400, 'Ongeldige storingsinstelling', parsed.error.message);
    resetFaults();
    for (const [registry, fault] of Object.entries(parsed.data)) {
      if (isRegistry(registry)) setFault(registry, fault);
    }
    return HttpResponse.json(getFaults());
  }),

  // Runs before every registry handler; returning nothing lets the request fall through.
  http.all('/:registry/*', async ({ params }) => {
    const registry = params.registry;
    if (!isRegistry(registry)) return undefined;
    const fault = faults.get(registry);
    if (!fault) return undefined;
    if (fault.latencyMs > 0) await delay(fault.latencyMs);
    switch (fault.mode) {
      case 'none':
        return undefined;
      case '500':
        return problem(
          500,
          'Interne fout bij de registratie',
          `De registratie ${registry} gaf een fout (gesimuleerd).`,
        );
      case '401':
        return problem(401, 'Niet ingelogd', 'De sessie is verlopen (gesimuleerd).', { code: 'unauthorized' });
      case 'malformed':
        // Cut-off JSON with the right content type: what a broken proxy or bug delivers.
        return new HttpResponse('{"gegevens": [{"onvolledig": ', {
          status: 200,
          headers: { 'Content-Type': 'application/json' },
        });
      case 'timeout':
        // Never answers; the app must give up on its own.
        await delay('infinite');
        return undefined;
    }
  }),
];
