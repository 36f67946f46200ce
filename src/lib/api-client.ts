import { z } from 'zod-initial/mini';
import type { StandardSchemaV1 } from './standard-schema';
import { env } from '@/config/env';
import { observeServerDate } from './clock';
import { mockGatewayStarted } from './mock-gateway-start';

/**
 * The one way the app talks to the gateway. Every response is checked at this boundary:
 * problem+json becomes a typed ApiError; a 2xx body that does not match the expected schema
 * becomes an ApiError of kind 'malformed' instead of reaching a component half-valid.
 */
export type ApiErrorKind = 'http' | 'network' | 'timeout' | 'malformed';

// zod/mini on this path: it is in the initial bundle, and classic zod is several times larger.
// It comes from `zod-initial` (the same zod release under another name, docs/decisions/007): a
// module shared with the lazy pages' classic zod would carry everything they use into the
// first download. Response schemas are checked through the Standard Schema interface, which
// every zod schema (mini or classic, either copy) implements, so this file needs neither.
const problemSchema = z.looseObject({
  title: z.optional(z.string()),
  detail: z.optional(z.string()),
  status: z.optional(z.number()),
  code: z.optional(z.string()),
  invalidParams: z.optional(
    z.array(z.object({ name: z.string(), code: z.optional(z.string()), reason: z.optional(z.string()) })),
  ),
});

export type Problem = z.infer<typeof problemSchema>;

export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status: number | undefined;
  readonly problem: Problem | undefined;

  constructor(kind: ApiErrorKind, message: string, status?: number, problem?: Problem) {
    super(message);
    this.name = 'ApiError';
    this.kind = kind;
    this.status = status;
    this.problem = problem;
  }

  get isUnauthorized(): boolean {
    return this.kind === 'http' && this.status === 401;
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;

/** Listeners are told when any call comes back 401, so the app can send the user to sign in. */
const unauthorizedListeners = new Set<() => void>();
export function onUnauthorized(listener: () => void): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

/** A registry that has not answered by then is reported as timed out (VITE_API_TIMEOUT_MS). */
export const DEFAULT_TIMEOUT_MS = env.apiTimeoutMs;

type RequestOptions<S extends StandardSchemaV1 | undefined> = {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  /** Any zod schema, classic or mini: the response must match it. */
  schema?: S;
  signal?: AbortSignal;
  timeoutMs?: number;
  headers?: Record<string, string>;
};

type Result<S> = S extends StandardSchemaV1 ? StandardSchemaV1.InferOutput<S> : void;

/**
 * Answers asked for before the code that reads them has arrived (issue 16): while a page's code
 * is on its way, src/app/preload.ts may send the page's first GETs. The code's own apiRequest
 * for the same path, within EARLY_MS, takes that answer instead of asking again, and checks it
 * against its schema as always. Each answer is taken once; sign-out forgets them all.
 */
const early = new Map<string, { response: Promise<Response>; at: number }>();
const EARLY_MS = 10_000;

export function requestEarly(path: string): void {
  const kept = early.get(path);
  if (kept && Date.now() - kept.at < EARLY_MS) return;
  const response = send(path, 'GET', undefined, {}, undefined, DEFAULT_TIMEOUT_MS);
  response.catch(() => undefined); // whoever takes it gets the error
  early.set(path, { response, at: Date.now() });
}

/** Sign-out and idle timeout (src/lib/privacy.ts): nothing asked early stays in memory. */
export function forgetEarlyRequests(): void {
  early.clear();
}

function takeEarly(path: string, signal: AbortSignal | undefined): Promise<Response> | undefined {
  const kept = early.get(path);
  early.delete(path);
  if (!kept || Date.now() - kept.at >= EARLY_MS) return undefined;
  if (!signal) return kept.response;
  // The caller may stop waiting (TanStack Query cancels), as it could stop its own fetch.
  return new Promise<Response>((resolve, reject) => {
    const abort = () => reject(signal.reason);
    if (signal.aborted) return abort();
    signal.addEventListener('abort', abort, { once: true });
    kept.response.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}

/** One request to the gateway: the response, or an ApiError for a network failure or time-out. */
async function send(
  path: string,
  method: NonNullable<RequestOptions<undefined>['method']>,
  payload: unknown,
  headers: Record<string, string>,
  signal: AbortSignal | undefined,
  timeoutMs: number,
): Promise<Response> {
  // Mocks on: the gateway runs in this page's service worker, which may still be starting
  // (src/lib/mock-gateway-start.ts). A build-time constant: with mocks off this is gone.
  if (import.meta.env.VITE_MOCKS !== 'off') {
    try {
      await mockGatewayStarted();
    } catch {
      throw new ApiError('network', `Mock gateway not started: ${method} ${path}`);
    }
  }
  const timeout = AbortSignal.timeout(timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  try {
    return await fetch(`${env.apiBaseUrl}${path}`, {
      method,
      credentials: 'same-origin',
      cache: 'no-store',
      headers: {
        Accept: 'application/json, application/problem+json',
        ...(payload !== undefined ? { 'Content-Type': 'application/json' } : {}),
        ...headers,
      },
      body: payload !== undefined ? JSON.stringify(payload) : undefined,
      signal: combined,
    });
  } catch (error) {
    if (timeout.aborted) throw new ApiError('timeout', `Timed out after ${timeoutMs} ms: ${method} ${path}`);
    if (signal?.aborted) throw error; // the caller cancelled; let TanStack Query handle it
    throw new ApiError('network', `Network error: ${method} ${path}`);
  }
}

export async function apiRequest<S extends StandardSchemaV1 | undefined = undefined>(
  path: string,
  options: RequestOptions<S> = {},
): Promise<Result<S>> {
  const { method = 'GET', body, schema, signal, timeoutMs = DEFAULT_TIMEOUT_MS, headers = {} } = options;
  // POST, PUT and PATCH always carry a JSON body (`{}` when there is nothing to say): the
  // gateway refuses any other content type (415), as a page on another site could send one
  // of those without a CORS preflight (docs/decisions/040).
  const payload =
    body !== undefined ? body : method === 'POST' || method === 'PUT' || method === 'PATCH' ? {} : undefined;
  const asked = method === 'GET' && body === undefined && Object.keys(headers).length === 0;
  const response = await ((asked ? takeEarly(path, signal) : undefined) ??
    send(path, method, payload, headers, signal, timeoutMs));

  observeServerDate(response.headers.get('date'));
  if (!response.ok) {
    let problem: Problem | undefined;
    try {
      const parsed = z.safeParse(problemSchema, await response.json());
      problem = parsed.success ? parsed.data : undefined;
    } catch {
      problem = undefined;
    }
    if (response.status === 401) unauthorizedListeners.forEach((listener) => listener());
    throw new ApiError('http', `HTTP ${response.status}: ${method} ${path}`, response.status, problem);
  }

  if (response.status === 204 || !schema) return undefined as Result<S>;

  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new ApiError('malformed', `Response is not JSON: ${method} ${path}`, response.status);
  }
  let parsed = schema['~standard'].validate(json);
  if (parsed instanceof Promise) parsed = await parsed;
  if (parsed.issues) {
    throw new ApiError('malformed', `Response does not match the contract: ${method} ${path}`, response.status);
  }
  return parsed.value as Result<S>;
}
