import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { ApiError, apiRequest } from '@/lib/api-client';

/** Contract: mocks/contracts/session.yaml */
export const sessionSchema = z.object({
  role: z.enum(['burger', 'auditor']),
  naam: z.string(),
  bsn: z.string().regex(/^[0-9]{9}$/).optional(),
  expiresAt: z.iso.datetime({ offset: true }),
});
export type SessionInfo = z.infer<typeof sessionSchema>;

export const testpersonenSchema = z.object({
  personen: z.array(
    z.object({ burgerservicenummer: z.string().regex(/^[0-9]{9}$/), naam: z.string(), situatie: z.string() }),
  ),
  auditors: z.array(z.object({ id: z.string(), naam: z.string(), organisatie: z.string() })),
});
export type Testpersonen = z.infer<typeof testpersonenSchema>;

export type SignInInput = { bsn: string } | { auditor: string };

export const sessionQueries = {
  all: () => ['session'] as const,
  current: () =>
    queryOptions({
      queryKey: [...sessionQueries.all(), 'current'] as const,
      queryFn: async ({ signal }): Promise<SessionInfo | null> => {
        try {
          return await apiRequest('/auth/session', { schema: sessionSchema, signal });
        } catch (error) {
          // No session is an answer, not a failure.
          if (error instanceof ApiError && error.status === 401) return null;
          throw error;
        }
      },
      staleTime: 30_000,
    }),
  testpersonen: () =>
    queryOptions({
      queryKey: [...sessionQueries.all(), 'testpersonen'] as const,
      queryFn: async ({ signal }): Promise<Testpersonen | null> => {
        try {
          return await apiRequest('/auth/testpersonen', { schema: testpersonenSchema, signal });
        } catch (error) {
          // A real gateway has no test persons: then the page offers only DigiD.
          if (error instanceof ApiError && error.status === 404) return null;
          throw error;
        }
      },
      staleTime: Infinity,
    }),
};

export const signIn = (input: SignInInput) =>
  apiRequest('/auth/session', { method: 'POST', body: input, schema: sessionSchema });

export const signOut = () => apiRequest('/auth/session', { method: 'DELETE' });

// The hand-written zod schemas must agree with the contract's generated types.
type Contract = import('@/generated/session').components['schemas'];
type Agrees<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _sessionAgrees: Agrees<SessionInfo, Contract['Sessie']> = true;
const _testpersonenAgrees: Agrees<Testpersonen, Contract['Testpersonen']> = true;
void _sessionAgrees;
void _testpersonenAgrees;
