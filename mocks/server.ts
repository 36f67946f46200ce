/**
 * The same MSW handlers over real HTTP, as a stand-in for the gateway (`npm run mock-api`,
 * scripts/mock-api.mjs, and the e2e suite).
 * Cookies here are real HttpOnly, SameSite=Strict cookies (unlike the browser worker, which
 * can only emulate them). Listens on 127.0.0.1 only.
 *
 * What only an HTTP server has to decide (issue 17), before any handler runs:
 *  - the request line: methods a gateway serves (405 otherwise, e.g. TRACE), a path that is
 *    valid percent-encoding (400, never "URI malformed" as a 500) and has no dot segments or
 *    backslashes (400: nothing resolves outside /api, whatever a proxy in front does);
 *  - who asks, before reading what they send: a request with a body needs a live session
 *    (except signing in), checked before a byte of the body is read;
 *  - how much: a body limit per route (413, announced or counted);
 *  - what a failure says: a 500 gives a reference, never the exception's message;
 *  - the headers every API response carries.
 * Everything that applies in the browser worker too lives in gateway/guard.ts.
 *
 * The audit API here runs on DuckDB (issue 15; `AUDIT_ENGINE=memory` keeps the in-page
 * engine). Its universe is built on the first audit request, not at start: a gateway that
 * serves no auditor never pays for it.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import { getResponse } from 'msw';
import { installAuditEngine } from './data/audit';
import type { AuditConfig } from './data/audit/config';
import { createDuckDbEngine } from './data/audit/duckdb-engine';
import { handlers } from './handlers';
import { API_BASE_PATH } from './gateway/base';
import { httpDate } from './gateway/clock';
import { problem } from './gateway/problem';
import { isPublicRoute } from './gateway/guard';
import { findSession, sessionCookies } from './gateway/session';
import { resetMockState } from './reset';

export const ALLOWED_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;

const KIB = 1024;
const MIB = 1024 * KIB;
/** Per route: sign-in is a BSN or an auditor id; evidence is 10 MB as base64 in JSON; the rest is small JSON. */
export const BODY_LIMITS = { signIn: 4 * KIB, upload: 16 * MIB, default: 1 * MIB } as const;

function bodyLimit(path: string): number {
  if (path === `${API_BASE_PATH}/auth/session`) return BODY_LIMITS.signIn;
  if (path === `${API_BASE_PATH}/documenten/api/v1/enkelvoudiginformatieobjecten`) return BODY_LIMITS.upload;
  return BODY_LIMITS.default;
}

/** The test controls (faults, the simulated holder, simulated look-ups) need a session, whatever the method. */
function isControl(path: string): boolean {
  return path.startsWith(`${API_BASE_PATH}/__mock/`);
}

/** Headers of every gateway response (OWASP ASVS 14.4; the serving layer sets them again). */
const API_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'; sandbox",
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
};

class BodyTooLarge extends Error {}

/** Large universes are kept as a DuckDB file and reused by the next start (AUDIT_CACHE=off: never). */
const AUDIT_CACHE_DIR = fileURLToPath(new URL('../node_modules/.cache/mijn-gegevens-audit', import.meta.url));
const CACHE_FROM_RECORDS = 500_000;
function nodeAuditEngine(config: AuditConfig) {
  const cache =
    process.env.AUDIT_CACHE === 'off' ? false : process.env.AUDIT_CACHE === 'on' || config.target >= CACHE_FROM_RECORDS;
  return createDuckDbEngine({
    ...config,
    cacheDir: config.cacheDir ?? (cache ? AUDIT_CACHE_DIR : undefined),
    memoryLimit: config.memoryLimit ?? process.env.AUDIT_DUCKDB_MEMORY,
    buildMemoryLimit: config.buildMemoryLimit ?? process.env.AUDIT_DUCKDB_BUILD_MEMORY,
  });
}

async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > limit) throw new BodyTooLarge();
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

function toRequest(req: IncomingMessage, body: Buffer | undefined, url: URL): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) value.forEach((v) => headers.append(name, v));
    else if (value !== undefined) headers.set(name, value);
  }
  return new Request(url, {
    method: req.method ?? 'GET',
    headers,
    body: body && body.length > 0 ? new Uint8Array(body) : undefined,
  });
}

async function send(res: ServerResponse, response: Response, extra: Record<string, string> = {}): Promise<void> {
  const headers: Record<string, string | string[]> = { ...extra };
  response.headers.forEach((value, name) => {
    if (name === 'set-cookie') return;
    headers[name] = value;
  });
  // The gateway's clock, not Node's (which would add its own Date header otherwise).
  headers.date ??= httpDate();
  const cookies = response.headers.getSetCookie();
  if (cookies.length) headers['set-cookie'] = cookies;
  res.writeHead(response.status, headers);
  if (response.body) {
    const reader = response.body.getReader();
    res.on('close', () => void reader.cancel().catch(() => undefined));
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (!res.write(value)) await new Promise((r) => res.once('drain', r));
    }
  }
  res.end();
}

/**
 * Problems with the request target itself: not origin-form, bad percent-encoding, NUL, dot
 * segments or backslashes (which WHATWG URL parsing would resolve or turn into slashes).
 */
export function requestTargetProblem(target: string): Response | undefined {
  const bad = (detail: string) => problem(400, 'Ongeldig adres', detail, { code: 'badRequestTarget' });
  if (!target.startsWith('/') || target.startsWith('//')) return bad('Het adres moet met één "/" beginnen.');
  const path = target.split(/[?#]/, 1)[0] ?? '';
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return bad('Het adres bevat een ongeldige %-codering.');
  }
  if (decoded.includes('\0')) return bad('Het adres bevat een NUL-teken.');
  if (path.includes('\\') || /%5c/i.test(path)) return bad('Het adres bevat een backslash.');
  if (path.split('/').some((segment) => /^(\.|%2e){1,2}$/i.test(segment))) return bad('Het adres bevat "." of "..".');
  try {
    // The query too: URLSearchParams is lenient, but handlers may decode parts themselves.
    const query = target.slice(path.length).replace(/^\?/, '').split('#', 1)[0] ?? '';
    for (const part of query.split('&')) decodeURIComponent(part.replace(/\+/g, ' '));
  } catch {
    return bad('De zoekvraag bevat een ongeldige %-codering.');
  }
  return undefined;
}

/** `Cookie` header → name/value pairs (the first of a name wins, as RFC 6265 suggests). */
function parseCookies(header: string | undefined): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at < 0) continue;
    const name = part.slice(0, at).trim();
    if (name && !(name in cookies)) cookies[name] = part.slice(at + 1).trim();
  }
  return cookies;
}

let referenceCounter = 0;
/** A short reference for a 500: what a person quotes to the helpdesk, found in the gateway's log. */
function errorReference(): string {
  referenceCounter = (referenceCounter + 1) % 0x10000;
  return `MG-${Date.now().toString(36).toUpperCase()}-${referenceCounter.toString(16).padStart(4, '0').toUpperCase()}`;
}

async function handle(req: IncomingMessage, res: ServerResponse, origin: string): Promise<void> {
  const method = (req.method ?? 'GET').toUpperCase();
  const target = req.url ?? '/';
  const reply = (response: Response, extra: Record<string, string> = {}) =>
    send(res, response, { ...API_HEADERS, ...extra });

  if (!(ALLOWED_METHODS as readonly string[]).includes(method)) {
    await reply(
      problem(405, 'Methode niet toegestaan', `De gateway kent de methode ${method.slice(0, 20)} niet.`, {
        code: 'methodNotAllowed',
      }),
      {
        Allow: ALLOWED_METHODS.join(', '),
      },
    );
    return;
  }
  const targetProblem = requestTargetProblem(target);
  if (targetProblem) {
    await reply(targetProblem);
    return;
  }
  const url = new URL(target, origin);
  const path = url.pathname;

  // Test-only control: back to the seeded state between e2e tests. Not under /api, so no
  // proxy in front forwards it (and dot segments are refused above); never from a browser.
  if (path === '/__mock/reset') {
    if (method !== 'POST') {
      await reply(problem(405, 'Methode niet toegestaan', 'Alleen POST.', { code: 'methodNotAllowed' }), {
        Allow: 'POST',
      });
    } else if (req.headers.origin !== undefined || req.headers['sec-fetch-site'] !== undefined) {
      await reply(
        problem(403, 'Verzoek geweigerd', 'Deze testfunctie is niet bereikbaar vanuit een browser.', {
          code: 'crossOrigin',
        }),
      );
    } else {
      resetMockState();
      res.writeHead(204, API_HEADERS).end();
    }
    return;
  }

  const hasBody =
    method !== 'GET' &&
    method !== 'HEAD' &&
    (req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0);
  if (path.startsWith(`${API_BASE_PATH}/`) && !isPublicRoute(path) && (hasBody || isControl(path))) {
    const probe = new Request(url, {
      headers: { 'x-forwarded-proto': String(req.headers['x-forwarded-proto'] ?? '') },
    });
    if (!findSession(sessionCookies(probe, parseCookies(req.headers.cookie)))) {
      // The body is never read: close the connection rather than drain it.
      await reply(
        problem(401, 'Niet ingelogd', 'U bent niet (meer) ingelogd. Log opnieuw in met DigiD.', {
          code: 'unauthorized',
        }),
        hasBody ? { Connection: 'close' } : {},
      );
      return;
    }
  }

  let body: Buffer | undefined;
  if (method !== 'GET' && method !== 'HEAD') {
    const limit = bodyLimit(path);
    const declared = Number(req.headers['content-length'] ?? 0);
    const tooLarge = () =>
      reply(
        problem(413, 'Te groot', `De inhoud is groter dan ${Math.round(limit / KIB)} kB.`, { code: 'payloadTooLarge' }),
        { Connection: 'close' },
      );
    if (declared > limit) {
      await tooLarge();
      return;
    }
    try {
      body = await readBody(req, limit);
    } catch (error) {
      if (!(error instanceof BodyTooLarge)) throw error;
      await tooLarge();
      return;
    }
  }
  const request = toRequest(req, body, url);
  const response =
    (await getResponse(handlers, request)) ??
    problem(404, 'Niet gevonden', 'Deze route bestaat niet in de mock-gateway.', { code: 'notFound' });
  await reply(
    response,
    path.startsWith(`${API_BASE_PATH}/`) && !response.headers.has('cache-control')
      ? { 'Cache-Control': 'no-store' }
      : {},
  );
}

/** Starts the gateway; port 0 picks a free one (read it from `server.address()`). */
export function startMockApi(port: number, host = '127.0.0.1') {
  if (process.env.AUDIT_ENGINE !== 'memory') installAuditEngine(nodeAuditEngine);
  let origin = `http://${host}:${port}`;
  const server = createServer((req, res) => {
    handle(req, res, origin).catch(async (error: unknown) => {
      // The details go to the gateway's log under a reference; the client gets only the
      // reference (OWASP ASVS 7.4.1): exception text can reveal internals.
      const reference = errorReference();
      process.stderr.write(
        `[mock gateway] 500 ${reference} ${req.method} ${req.url?.slice(0, 200)}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      if (!res.headersSent) {
        await send(
          res,
          problem(
            500,
            'Interne fout',
            `Er ging iets mis in de gateway. Noem referentie ${reference} als u contact opneemt.`,
            {
              code: 'internal',
              reference,
            },
          ),
          API_HEADERS,
        ).catch(() => res.destroy());
      } else {
        res.destroy();
      }
    });
  });
  // A request Node cannot even parse (a method it does not know, such as TRACK, or a target
  // that is not a path) still gets a problem+json answer, not a bare 400 or a dropped socket.
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (!socket.writable || ('code' in error && error.code === 'ECONNRESET')) {
      socket.destroy();
      return;
    }
    const body = JSON.stringify({
      type: 'https://mijn-gegevens.example/problemen/400',
      title: 'Ongeldig verzoek',
      status: 400,
      code: 'badRequest',
    });
    socket.end(
      `HTTP/1.1 400 Bad Request\r\nContent-Type: application/problem+json\r\nX-Content-Type-Options: nosniff\r\n` +
        `Cache-Control: no-store\r\nConnection: close\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
    );
  });
  return new Promise<typeof server>((resolve) =>
    server.listen(port, host, () => {
      const address = server.address();
      if (address && typeof address === 'object') origin = `http://${host}:${address.port}`;
      resolve(server);
    }),
  );
}
