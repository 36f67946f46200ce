import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod-initial/mini';
import type { components } from '@/generated/session';
import { ApiError, apiRequest } from '@/lib/api-client';
import { sessionQuery, sessionSchema, type SessionInfo } from '@/lib/session';

export type { SessionInfo };

export const testpersonenSchema = z.object({
  personen: z.array(
    z.object({ burgerservicenummer: z.string().check(z.regex(/^[0-9]{9}$/)), naam: z.string(), situatie: z.string() }),
  ),
  auditors: z.array(z.object({ id: z.string(), naam: z.string(), organisatie: z.string() })),
});
export type Testpersonen = z.infer<typeof testpersonenSchema>;

/** The sign-in body is the contract's own type (mocks/contracts/session.yaml), not a copy. */
export type SignInInput = Login['BurgerLogin'] | Login['AuditorLogin'];
type Login = components['schemas'];

export const sessionQueries = {
  all: () => ['session'] as const,
  current: sessionQuery,
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
