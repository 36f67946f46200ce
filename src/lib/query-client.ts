import { QueryClient } from '@tanstack/react-query';
import { isApiError } from './api-client';

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        // Personal data should not linger in memory longer than needed after it leaves the screen.
        gcTime: 5 * 60_000,
        // One quiet retry for a network blip or a 5xx. Not for a 4xx or a malformed answer
        // (asking again will not fix those), nor for a time-out (the person already waited
        // the whole limit; the card offers "try again" instead).
        retry: (failureCount, error) =>
          failureCount < 1 &&
          isApiError(error) &&
          (error.kind === 'network' || (error.kind === 'http' && (error.status ?? 0) >= 500)),
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
}
