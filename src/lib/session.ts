import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { z } from 'zod-initial/mini';
import { ApiError, apiRequest } from './api-client';
import { registryIds } from './registries';

/**
 * Who is signed in. Shared by every feature: the session decides whose data a page asks for.
 * Contract: mocks/contracts/session.yaml. The citizen's own BSN comes with it and lives only in
 * this query cache (docs/decisions/003): never in a URL, a query key or browser storage.
 */
export const ROLLEN = [
  'ouderMetGezag',
  'voogd',
  'derdeMetGezag',
  'curator',
  'mentor',
  'bewindvoerder',
  'gemachtigde',
] as const;
export const WEIGERINGEN = [
  'gezagNietTeBepalen',
  'tijdelijkGeenGezag',
  'gezagInOnderzoek',
  'anderHeeftGezag',
  'meerderjarig',
  'overleden',
  'beeindigd',
  'nogNietBegonnen',
  'ingetrokken',
  'verlopen',
  'wachtOpAcceptatie',
  'curateleNietInBrp',
] as const;
export const DIENSTEN = ['gegevens', 'logboek', 'verzoeken'] as const;

/** Issue 14: one person the signed-in citizen can (or could) act for, and in which role. */
export const vertegenwoordigingSchema = z.object({
  bsn: z.optional(z.string().check(z.regex(/^[0-9]{9}$/))),
  naam: z.string(),
  rol: z.enum(ROLLEN),
  bron: z.enum(['brp', 'ccbr', 'machtiging']),
  toegestaan: z.boolean(),
  reden: z.optional(z.enum(WEIGERINGEN)),
  tot: z.optional(z.iso.date()),
  diensten: z.array(z.enum(DIENSTEN)),
  registers: z.array(z.enum(registryIds)),
});
export type Vertegenwoordiging = z.infer<typeof vertegenwoordigingSchema>;

/**
 * `naam` is who signed in (the actor); `bsn` and `logboekBetrokkene` are the person whose data
 * the session serves (the subject): the citizen, or, after an explicit switch, whom they act
 * for (`namens`). Every data request follows the subject without knowing about representation.
 */
export const sessionSchema = z.object({
  role: z.enum(['burger', 'auditor']),
  naam: z.string(),
  bsn: z.optional(z.string().check(z.regex(/^[0-9]{9}$/))),
  logboekBetrokkene: z.optional(z.object({ id: z.string(), type: z.string() })),
  namens: z.optional(vertegenwoordigingSchema),
  vertegenwoordiging: z.optional(z.array(vertegenwoordigingSchema)),
  expiresAt: z.iso.datetime({ offset: true }),
});
export type SessionInfo = z.infer<typeof sessionSchema>;

export const sessionQuery = () =>
  queryOptions({
    queryKey: ['session', 'current'] as const,
    queryFn: async ({ signal }): Promise<SessionInfo | null> => {
      try {
        // 204 (no session cookie sent) comes back as undefined: nobody is signed in.
        return (await apiRequest('/auth/session', { schema: sessionSchema, signal })) ?? null;
      } catch (error) {
        // No session (any more) is an answer, not a failure.
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
    staleTime: 30_000,
  });

/** Thrown by a citizen query when nobody is signed in; pages then offer to sign in again. */
export class NotSignedInError extends Error {
  constructor() {
    super('No citizen session: sign in again.');
    this.name = 'NotSignedInError';
  }
}

/** The signed-in citizen's own BSN, for a request body. Uses the cached session when there is one. */
export async function ownBsn(client: QueryClient): Promise<string> {
  const session = await client.ensureQueryData(sessionQuery());
  if (session?.role !== 'burger' || !session.bsn) throw new NotSignedInError();
  return session.bsn;
}

/**
 * How the signed-in citizen is known in the Logboeken (an encrypted code and its type, from the
 * session): what a processing-log request is made with, never the plain BSN.
 */
export async function ownLogboekBetrokkene(client: QueryClient): Promise<{ id: string; type: string }> {
  const session = await client.ensureQueryData(sessionQuery());
  if (session?.role !== 'burger' || !session.logboekBetrokkene) throw new NotSignedInError();
  return session.logboekBetrokkene;
}

/**
 * Whether someone with this role is signed in, by the cached session (or by asking once). A
 * page's prefetch (src/app/preload.ts) asks this first: nothing is fetched for nobody.
 */
export async function isSignedInAs(client: QueryClient, role: SessionInfo['role']): Promise<boolean> {
  try {
    return (await client.ensureQueryData(sessionQuery()))?.role === role;
  } catch {
    return false;
  }
}
