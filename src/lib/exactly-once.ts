import { isApiError } from './api-client';

/**
 * Exactly once against servers that know no Idempotency-Key (the ZGW APIs define none; Open
 * Zaak ignores the header): docs/decisions/021-exactly-once-without-idempotency-key.md.
 * The client names what it creates after a key of its own (`identificatie`, unique per
 * bronorganisatie on the server), looks for an earlier attempt before creating, and joins a
 * submit that is still running instead of starting a second one.
 */

// Crockford's base32: no I, L, O or U, so a reference read aloud or retyped stays the same.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** 8 base32 characters (40 bits) of SHA-256(seed), as `XXXX-XXXX`. */
export async function kortKenmerk(seed: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(seed)));
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of digest) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5 && out.length < 8) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    if (out.length === 8) break;
  }
  return `${out.slice(0, 4)}-${out.slice(4)}`;
}

const running = new Map<string, Promise<unknown>>();

/** Runs `task` once per key at a time: a second call while the first runs gets the same promise. */
export function once<T>(key: string, task: () => Promise<T>): Promise<T> {
  const current = running.get(key);
  if (current) return current as Promise<T>;
  const promise = task().finally(() => running.delete(key));
  running.set(key, promise);
  return promise;
}

/** Whether a 400 says this identificatie exists already (an earlier or concurrent attempt made it). */
export function isIdentificatieTaken(error: unknown): boolean {
  return (
    isApiError(error) &&
    error.status === 400 &&
    Boolean(error.problem?.invalidParams?.some((p) => p.code === 'identificatie-niet-uniek'))
  );
}

/** A status date the server accepts: now, never in the future of the server's clock. */
export const statusDatum = (nowMs: number) => new Date(nowMs).toISOString();
