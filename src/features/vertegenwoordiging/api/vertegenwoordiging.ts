import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod-initial/mini';
import { apiRequest } from '@/lib/api-client';
import { registryIds } from '@/lib/registries';
import { DIENSTEN, ROLLEN } from '@/lib/session';
import type { components } from '@/generated/vertegenwoordiging';

/**
 * Issue 14: acting on behalf. Contracts: mocks/contracts/session.yaml (the switch) and
 * mocks/contracts/vertegenwoordiging.yaml (the overview and the mandate register). Everything
 * here is about the signed-in person themselves, so the keys live under 'session'-independent
 * roots that a switch of subject wipes with the rest of the cache.
 */

export const overzichtSchema = z.object({
  vertegenwoordigers: z.array(
    z.object({
      naam: z.string(),
      rol: z.enum(ROLLEN),
      bron: z.enum(['brp', 'ccbr', 'machtiging']),
      tot: z.optional(z.iso.date()),
    }),
  ),
  handelingen: z.array(
    z.object({
      id: z.string(),
      at: z.iso.datetime({ offset: true }),
      naam: z.string(),
      rol: z.enum(ROLLEN),
      dienst: z.enum(DIENSTEN),
      register: z.optional(z.enum(registryIds)),
      handeling: z.optional(z.enum(['verzoekIngediend'])),
    }),
  ),
});
export type Overzicht = z.infer<typeof overzichtSchema>;

export const machtigingSchema = z.object({
  id: z.string(),
  naam: z.string(),
  diensten: z.array(z.enum(DIENSTEN)),
  geldigVan: z.iso.date(),
  geldigTot: z.iso.date(),
  status: z.enum(['wachtOpAcceptatie', 'actief', 'ingetrokken']),
  bruikbaar: z.boolean(),
  reden: z.optional(z.enum(['wachtOpAcceptatie', 'nogNietBegonnen', 'verlopen', 'ingetrokken'])),
  aangemaakt: z.iso.datetime({ offset: true }),
  geaccepteerd: z.optional(z.iso.datetime({ offset: true })),
  ingetrokken: z.optional(z.iso.datetime({ offset: true })),
  ingetrokkenDoor: z.optional(z.enum(['machtiginggever', 'gemachtigde'])),
});
export type Machtiging = z.infer<typeof machtigingSchema>;
export const machtigingenSchema = z.object({
  gegeven: z.array(machtigingSchema),
  ontvangen: z.array(machtigingSchema),
});

export type NieuweMachtiging = components['schemas']['NieuweMachtiging'];

export const vertegenwoordigingQueries = {
  all: () => ['vertegenwoordiging'] as const,
  overzicht: () =>
    queryOptions({
      queryKey: [...vertegenwoordigingQueries.all(), 'overzicht'] as const,
      queryFn: ({ signal }) => apiRequest('/vertegenwoordiging', { schema: overzichtSchema, signal }),
    }),
  machtigingen: () =>
    queryOptions({
      queryKey: [...vertegenwoordigingQueries.all(), 'machtigingen'] as const,
      queryFn: ({ signal }) => apiRequest('/machtigingen', { schema: machtigingenSchema, signal }),
    }),
};

export const geefMachtiging = (input: NieuweMachtiging) =>
  apiRequest('/machtigingen', { method: 'POST', body: input, schema: machtigingSchema });
export const accepteerMachtiging = (id: string) =>
  apiRequest(`/machtigingen/${encodeURIComponent(id)}/accepteren`, { method: 'POST', schema: machtigingSchema });
export const trekMachtigingIn = (id: string) =>
  apiRequest(`/machtigingen/${encodeURIComponent(id)}/intrekken`, { method: 'POST', schema: machtigingSchema });
