import { getResponse, type RequestHandler } from 'msw';
import { API_BASE_PATH, gatewayPath } from './base';
import { http } from './http';
import { problem } from './problem';

/**
 * The part of a handler's route before its first parameter or wildcard, lower case (MSW matches
 * paths without regard to case), or undefined when the handler could match any path.
 */
function literalPrefix(handler: RequestHandler): string | undefined {
  const path = (handler.info as { path?: unknown }).path;
  const anchor = gatewayPath('/');
  if (typeof path !== 'string' || !path.startsWith(anchor)) return undefined;
  const route = path.slice(anchor.length - 1);
  const end = route.search(/[:*(?+]/);
  return (end < 0 ? route : route.slice(0, end)).toLowerCase();
}

type Indexed = { handler: RequestHandler; prefix: string | undefined };
const indexes = new WeakMap<readonly RequestHandler[], Indexed[]>();

/**
 * The handlers that can answer a request, in their order: those whose literal start fits its
 * path, and those that could match any path. MSW tries every handler in turn and compiles each
 * one's path anew per request (~80 registry handlers: most of the HTTP gateway's CPU per request,
 * and in the browser the page's own main thread with mocks on). Leaving out a handler whose
 * literal start cannot match changes no answer.
 */
export function candidatesFor(handlers: readonly RequestHandler[], request: Request): RequestHandler[] {
  let index = indexes.get(handlers);
  if (!index) {
    index = handlers.map((handler) => ({ handler, prefix: literalPrefix(handler) }));
    indexes.set(handlers, index);
  }
  const pathname = new URL(request.url).pathname.toLowerCase();
  const base = API_BASE_PATH.toLowerCase();
  if (!pathname.startsWith(`${base}/`)) return index.map((i) => i.handler);
  const route = pathname.slice(base.length);
  return index.filter((i) => i.prefix === undefined || route.startsWith(i.prefix)).map((i) => i.handler);
}

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
    return getResponse(candidatesFor(loaded, request), request);
  });
}
