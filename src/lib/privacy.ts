import type { QueryClient } from '@tanstack/react-query';
import { forgetEarlyRequests } from './api-client';
import { LANGUAGE_STORAGE_KEY } from './i18n';

/** localStorage keys that hold no personal data and may survive sign-out. */
const KEEP_IN_LOCAL_STORAGE = new Set([LANGUAGE_STORAGE_KEY]);

/**
 * Sign-out and idle timeout: nothing personal stays behind in memory or browser storage.
 * The session cookie itself is HttpOnly and cleared by the gateway's DELETE response.
 */
export async function clearPersonalData(queryClient: QueryClient): Promise<void> {
  await queryClient.cancelQueries();
  queryClient.clear();
  forgetEarlyRequests();
  try {
    sessionStorage.clear();
    for (const key of Object.keys(localStorage)) {
      if (!KEEP_IN_LOCAL_STORAGE.has(key)) localStorage.removeItem(key);
    }
  } catch {
    // storage unavailable: then nothing was stored either
  }
  if (typeof caches !== 'undefined') {
    const names = await caches.keys();
    await Promise.all(names.map((name) => caches.delete(name)));
  }
}
