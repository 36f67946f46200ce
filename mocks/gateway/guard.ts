import { API_BASE_PATH } from './base';
import { http } from './http';
import { problem } from './problem';
import { findSession } from './session';

/**
 * The gateway's first line (issue 17; OWASP ASVS 4.0.3 4.2.2, 13.2.3, 13.2.5): checks every request
 * gets before any handler sees it, the same in all three places the handlers run (the HTTP
 * gateway `mocks/server.ts`, Vitest's in-process interceptor, the browser's service worker).
 *
 *  - Cross-site request forgery: a state-changing request (anything but GET/HEAD/OPTIONS) must
 *    come from the app's own origin. A browser says where a request comes from in `Origin` and
 *    `Sec-Fetch-Site`; SameSite=Strict cookies alone are not enough, because another port or a
 *    sibling subdomain is the *same site*. Reading requests from another site are refused too
 *    (Fetch Metadata "resource isolation"), so no other page can make an auditor's browser run
 *    searches that land on the access trail. A request without either header is not from a
 *    browser (curl, a server, this project's tests): CSRF needs a victim's browser, so it passes.
 *    In the service worker these headers are not visible (the browser adds them on the network),
 *    but a service worker only ever sees requests of its own pages: nothing to forge there.
 *  - JSON only: a body must be `application/json` (UTF-8). A form post, `text/plain` or a body
 *    without a type is what a page on another site can send without a CORS preflight: 415.
 *  - Body shape: valid UTF-8, nested at most MAX_JSON_DEPTH deep (a body nested 10,000 deep
 *    overflowed a recursive fingerprint: 500 instead of 400).
 */

export const MAX_JSON_DEPTH = 64;

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH']);
const JSON_MEDIA_TYPES = new Set(['application/json', 'application/merge-patch+json']);

/** The origins the app may send from: the one the request was made to (directly or through the serving layer). */
export function ownOrigins(request: Request): Set<string> {
  const url = new URL(request.url);
  const origins = new Set([url.origin]);
  // Behind the serving layer (nginx, `vite preview`) the request URL is the gateway's own;
  // the browser's view of it is the Host it asked for (nginx passes `Host: $http_host`) on the
  // scheme nginx saw. A browser cannot choose the Host of a request, so this cannot be forged
  // by another page.
  const host = request.headers.get('host');
  if (host && /^[a-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-f:.]+\](:\d{1,5})?$/i.test(host)) {
    const forwarded = request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
    const scheme = forwarded === 'https' || forwarded === 'http' ? forwarded : url.protocol.slice(0, -1);
    origins.add(new URL(`${scheme}://${host}`).origin);
  }
  return origins;
}

const forbidden = (detail: string) => problem(403, 'Verzoek geweigerd', detail, { code: 'crossOrigin' });

/** Cross-site request forgery and cross-site reads: a 403 problem, or undefined when the request may go on. */
export function checkOrigin(request: Request): Response | undefined {
  const method = request.method.toUpperCase();
  const site = request.headers.get('sec-fetch-site')?.toLowerCase();
  if (site !== undefined) {
    // `none`: the person typed the address or used a bookmark (only for reading).
    const allowed = SAFE_METHODS.has(method) ? site === 'same-origin' || site === 'none' : site === 'same-origin';
    if (!allowed) return forbidden('Dit verzoek komt niet van deze website en is daarom geweigerd.');
  }
  if (SAFE_METHODS.has(method)) return undefined;
  const origin = request.headers.get('origin');
  if (origin !== null && !ownOrigins(request).has(origin)) {
    return forbidden('Dit verzoek komt niet van deze website en is daarom geweigerd.');
  }
  return undefined;
}

/** `application/json` (optionally `; charset=utf-8`), or undefined when there is no Content-Type. */
function mediaType(request: Request): { type: string; charset: string | undefined } | undefined {
  const header = request.headers.get('content-type');
  if (header === null) return undefined;
  const [type = '', ...params] = header.split(';').map((p) => p.trim().toLowerCase());
  const charset = params
    .find((p) => p.startsWith('charset='))
    ?.slice('charset='.length)
    .replace(/^"(.*)"$/, '$1');
  return { type, charset };
}

const unsupported = () =>
  problem(415, 'Verkeerd soort inhoud', 'Stuur de inhoud als JSON (Content-Type: application/json, UTF-8).', {
    code: 'unsupportedMediaType',
  });

/** A 415 problem unless a request body is JSON in UTF-8. DELETE may come without a body. */
export function checkContentType(request: Request): Response | undefined {
  const method = request.method.toUpperCase();
  if (SAFE_METHODS.has(method)) return undefined;
  const media = mediaType(request);
  // A DELETE without a body. In the browser the service worker hands MSW a request whose `body` is
  // an empty stream rather than null, so "no body" is also: no Content-Length, or 0 (issue 19: the
  // in-browser gateway answered sign-out with 415 and the session lived on). A cross-site DELETE
  // needs a CORS preflight anyway, so this opens no CSRF door.
  const length = request.headers.get('content-length');
  if (!BODY_METHODS.has(method) && media === undefined && (request.body === null || length === null || length === '0'))
    return undefined;
  if (!media || !JSON_MEDIA_TYPES.has(media.type)) return unsupported();
  if (media.charset !== undefined && media.charset !== 'utf-8' && media.charset !== 'utf8') return unsupported();
  return undefined;
}

/**
 * Is JSON text nested deeper than `limit` (objects and arrays)? A scan of the text, no parse,
 * no recursion: it is what stands between a hostile body and recursive code.
 */
export function jsonTooDeep(text: string, limit = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > limit) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** A 400 problem for a body that is not UTF-8 or is nested too deep; undefined otherwise. */
export async function checkBody(request: Request): Promise<Response | undefined> {
  if (SAFE_METHODS.has(request.method.toUpperCase()) || request.body === null) return undefined;
  let text: string;
  try {
    text = utf8.decode(await request.clone().arrayBuffer());
  } catch {
    return problem(400, 'Ongeldig verzoek', 'De inhoud is geen geldige UTF-8-tekst.', { code: 'paramsValidation' });
  }
  if (jsonTooDeep(text)) {
    return problem(400, 'Ongeldig verzoek', `De JSON is dieper genest dan ${MAX_JSON_DEPTH} niveaus.`, {
      code: 'paramsValidation',
    });
  }
  return undefined;
}

/** Routes answered without a session: signing in and out, and who may sign in. */
export function isPublicRoute(path: string): boolean {
  return path === `${API_BASE_PATH}/auth/session` || path === `${API_BASE_PATH}/auth/testpersonen`;
}

/**
 * Every check in order, for one request: the first problem, or undefined. Without a session a
 * non-public route is left to the handlers, whose first answer is 401 (a stranger learns no
 * more than "sign in"); the HTTP gateway has already refused to read such a body.
 */
export async function guardRequest(request: Request, cookies: Record<string, string>): Promise<Response | undefined> {
  const crossOrigin = checkOrigin(request);
  if (crossOrigin) return crossOrigin;
  if (!isPublicRoute(new URL(request.url).pathname) && !findSession(cookies)) return undefined;
  return checkContentType(request) ?? (await checkBody(request));
}

export const guardHandlers = [
  // First in line (handlers/index.ts); returning nothing lets the request fall through.
  http.all('/*', ({ request, cookies }) => guardRequest(request, cookies)),
];
