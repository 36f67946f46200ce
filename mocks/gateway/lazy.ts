import { getResponse, type RequestHandler } from 'msw';
import { http } from './http';
import { problem } from './problem';

/**
 * Handlers whose module is imported on the first request to `route` (issue 16): the registries'
 * data (the 2.2 MB BRP test file above all) is not part of the mock gateway's start, so a
 * mocks-on page paints and its sign-in list answers before any of it has downloaded.
 *
 * The stand-in matches `route` and asks the loaded handlers with MSW's own `getResponse`, in
 * their order: the first response wins; when none answers, the request falls through to the
 * handlers after this one, exactly as if the loaded handlers stood here in the list. The same
 * in the browser worker, Vitest (msw/node) and `npm run mock-api`.
 */
export function lazyHandlers(route: string, load: () => Promise<readonly RequestHandler[]>): RequestHandler {
  let loading: Promise<readonly RequestHandler[]> | undefined;
  return http.all(route, async ({ request }) => {
    loading ??= load();
    let loaded: readonly RequestHandler[];
    try {
      loaded = await loading;
    } catch {
      // A chunk that did not arrive (offline, a new deployment): the next request tries again.
      loading = undefined;
      return problem(
        503,
        'Tijdelijk niet beschikbaar',
        'De testgegevens konden niet worden geladen. Probeer het opnieuw.',
        {
          code: 'unavailable',
        },
      );
    }
    return getResponse([...loaded], request);
  });
}
