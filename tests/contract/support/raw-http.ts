import { request as httpRequest } from 'node:http';

export type RawResponse = { status: number; headers: Record<string, string | string[] | undefined>; text: string };

/**
 * One HTTP request with the target exactly as given (fetch and URL would resolve `..` and
 * re-encode), any method, any headers; a body that the server stops reading still gives the
 * answer it sent (undici's fetch can report a reset instead).
 */
export function rawRequest(
  base: string,
  options: { method: string; target: string; headers?: Record<string, string | number>; body?: Uint8Array | string },
): Promise<RawResponse> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { hostname, port, method: options.method, path: options.target, headers: options.headers ?? {}, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', reject);
      },
    );
    // The server may answer and close before the whole body is written: the answer counts.
    req.on('error', (error) =>
      req.destroyed && 'code' in error && error.code === 'EPIPE' ? undefined : reject(error),
    );
    if (options.body !== undefined) req.end(options.body);
    else req.end();
  });
}

/** The `name=value` part of a Set-Cookie header. */
export const cookieOf = (setCookie: string | string[] | undefined): string =>
  (Array.isArray(setCookie) ? setCookie[0] : setCookie)?.split(';')[0] ?? '';
