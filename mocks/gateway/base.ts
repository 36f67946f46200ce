/**
 * Where the mock gateway lives: the same setting the app reads (VITE_API_BASE_URL, default
 * `/api` on the page's origin). Every handler is anchored to it, so a request whose path only
 * *contains* `/api/` (a source module such as `/src/features/brp/api/brp.ts` under
 * `npm run dev`) is never answered by the gateway.
 */
const configured: string = (() => {
  const fromVite = typeof import.meta.env === 'object' ? import.meta.env.VITE_API_BASE_URL : undefined;
  const fromNode = typeof process === 'object' ? process.env?.VITE_API_BASE_URL : undefined;
  return (fromVite || fromNode || '/api').replace(/\/$/, '');
})();

const absolute = /^https?:\/\//.test(configured);

/** The path part of the base, e.g. `/api`: what the gateway's own URLs (ZGW `url` fields) start with. */
export const API_BASE_PATH = absolute ? new URL(configured).pathname.replace(/\/$/, '') : configured;

/**
 * The origin a handler must match. In a real browser (the MSW service worker) it is the page's
 * own origin, or the configured one when the base is an absolute URL. Under Node (Vitest's
 * interceptor, `npm run mock-api`) the gateway *is* the server, so any host is accepted there,
 * but still only at the start of the path.
 */
function originPattern(): string {
  if (absolute) return new URL(configured).origin;
  const inServiceWorkerBrowser =
    typeof navigator === 'object' && navigator !== null && 'serviceWorker' in navigator && typeof location === 'object';
  // `*://:host` becomes `(.*)\://:host`: the wildcard can only be the scheme, and `:host`
  // never spans a slash, so the path must start with the base.
  return inServiceWorkerBrowser ? location.origin : '*://:host';
}

const ORIGIN = originPattern();

/** MSW path for a gateway route: `gatewayPath('/brp/personen')` → `<origin>/api/brp/personen`. */
export function gatewayPath(route: string): string {
  if (!route.startsWith('/')) throw new Error(`gateway route must start with "/": ${route}`);
  return `${ORIGIN}${API_BASE_PATH}${route}`;
}
