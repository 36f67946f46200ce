/**
 * The same MSW handlers over real HTTP, as a stand-in for the gateway (`npm run mock-api`,
 * scripts/mock-api.mjs, and the e2e suite).
 * Cookies here are real HttpOnly, SameSite=Strict cookies (unlike the browser worker, which
 * can only emulate them). Listens on 127.0.0.1 only.
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
import { httpDate } from './gateway/clock';
import { problem } from './gateway/problem';
import { resetMockState } from './reset';

const MAX_BODY = 20 * 1024 * 1024;

/** Large universes are kept as a DuckDB file and reused by the next start (AUDIT_CACHE=off: never). */
const AUDIT_CACHE_DIR = fileURLToPath(new URL('../node_modules/.cache/mijn-gegevens-audit', import.meta.url));
const CACHE_FROM_RECORDS = 500_000;
function nodeAuditEngine(config: AuditConfig) {
  const cache = process.env.AUDIT_CACHE === 'off' ? false : process.env.AUDIT_CACHE === 'on' || config.target >= CACHE_FROM_RECORDS;
  return createDuckDbEngine({
    ...config,
    cacheDir: config.cacheDir ?? (cache ? AUDIT_CACHE_DIR : undefined),
    memoryLimit: config.memoryLimit ?? process.env.AUDIT_DUCKDB_MEMORY,
    buildMemoryLimit: config.buildMemoryLimit ?? process.env.AUDIT_DUCKDB_BUILD_MEMORY,
  });
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > MAX_BODY) throw new Error('body too large');
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

function toRequest(req: IncomingMessage, body: Buffer, origin: string): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) value.forEach((v) => headers.append(name, v));
    else if (value !== undefined) headers.set(name, value);
  }
  const method = req.method ?? 'GET';
  return new Request(new URL(req.url ?? '/', origin), {
    method,
    headers,
    body: method === 'GET' || method === 'HEAD' ? undefined : new Uint8Array(body),
  });
}

async function send(res: ServerResponse, response: Response): Promise<void> {
  const headers: Record<string, string | string[]> = {};
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

/** Starts the gateway; port 0 picks a free one (read it from `server.address()`). */
export function startMockApi(port: number, host = '127.0.0.1') {
  if (process.env.AUDIT_ENGINE !== 'memory') installAuditEngine(nodeAuditEngine);
  let origin = `http://${host}:${port}`;
  const server = createServer((req, res) => {
    void (async () => {
      try {
        // Test-only control: back to the seeded state between e2e tests. Not under /api,
        // so no app code can reach it through the gateway path.
        if (req.url === '/__mock/reset' && req.method === 'POST') {
          resetMockState();
          res.writeHead(204).end();
          return;
        }
        const body = await readBody(req);
        const request = toRequest(req, body, origin);
        const response =
          (await getResponse(handlers, request)) ??
          problem(404, 'Niet gevonden', 'Deze route bestaat niet in de mock-gateway.', { code: 'notFound' });
        await send(res, response);
      } catch (error) {
        const message = error instanceof Error ? error.message : 'unknown';
        if (!res.headersSent) {
          await send(res, problem(500, 'Interne fout in de mock-gateway', message));
        } else {
          res.destroy();
        }
      }
    })();
  });
  return new Promise<typeof server>((resolve) =>
    server.listen(port, host, () => {
      const address = server.address();
      if (address && typeof address === 'object') origin = `http://${host}:${address.port}`;
      resolve(server);
    }),
  );
}
