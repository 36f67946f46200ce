import { QueryClient } from '@tanstack/react-query';
import { isApiError } from './api-client';

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        // Personal data should not linger in memory longer than needed after it leaves the screen.
        gcTime: 5 * 60_000,
        // A 4xx will not get better by asking again; network blips and 5xx may.
        retry: (failureCount, error) =>
          failureCount < 1 && !(isApiError(error) && (error.kind === 'malformed' || (error.status ?? 500) < 500)),
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
}
