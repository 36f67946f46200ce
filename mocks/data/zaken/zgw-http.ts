import { HttpResponse } from 'msw';
import { problem, type InvalidParam } from '../../gateway/problem';
import { findInvisible } from '../../gateway/text';

/**
 * Shared helpers of the mock ZGW APIs (Zaken, Documenten, Catalogi): their error shapes
 * (`Fout` with code/detail/instance, `ValidatieFout` with invalidParams) and input checks.
 */

export const ZGW_HEADERS = { 'Cache-Control': 'no-store' };

export function zgwJson(body: unknown, status = 200, apiVersion = '1.5.1', extra: Record<string, string> = {}): Response {
  return HttpResponse.json(body as Record<string, unknown>, {
    status,
    headers: { ...ZGW_HEADERS, 'API-version': apiVersion, ...extra },
  });
}

export function fout(status: number, code: string, title: string, detail: string, instance: string): Response {
  return problem(status, title, detail, { code, instance });
}

export function validatieFout(instance: string, params: InvalidParam[], detail?: string): Response {
  return problem(400, 'Ongeldige invoer.', detail ?? `De foutieve parameter(s) zijn: ${[...new Set(params.map((p) => p.name))].join(', ')}.`, {
    code: 'invalid',
    instance,
    invalidParams: params,
  });
}

export const notFound = (instance: string) => fout(404, 'not_found', 'Niet gevonden.', 'Deze resource bestaat niet.', instance);
/** Another person's resource: the gateway refuses, without saying more. */
export const forbidden = (instance: string) =>
  fout(403, 'permission_denied', 'U heeft geen toegang tot deze zaak.', 'Alleen de indiener kan deze zaak inzien of wijzigen.', instance);

export async function readJson(request: Request): Promise<{ ok: true; value: Record<string, unknown> } | { ok: false; response: Response }> {
  try {
    const value: unknown = await request.json();
    if (value && typeof value === 'object' && !Array.isArray(value)) return { ok: true, value: value as Record<string, unknown> };
  } catch {
    // falls through to the 400 below
  }
  return {
    ok: false,
    response: validatieFout(request.url, [{ name: 'nonFieldErrors', code: 'parse_error', reason: 'De body is geen geldig JSON-object.' }]),
  };
}

/** Checks a free-text field; HTML is allowed as text (it is data, never rendered as markup). */
export function checkText(name: string, value: unknown, max: number, required = false): InvalidParam | undefined {
  if (value === undefined || value === null) {
    return required ? { name, code: 'required', reason: 'Dit veld is vereist.' } : undefined;
  }
  if (typeof value !== 'string') return { name, code: 'invalid', reason: 'Geen geldige tekst.' };
  if (required && value.trim() === '') return { name, code: 'blank', reason: 'Dit veld mag niet leeg zijn.' };
  if ([...value].length > max) return { name, code: 'max_length', reason: `Maximaal ${max} tekens.` };
  // Invisible and direction-changing characters (gateway/text.ts): text must say what it shows.
  if (findInvisible(value)) return { name, code: 'invalid_characters', reason: 'Bevat onzichtbare stuurtekens (bijvoorbeeld tekstrichting).' };
  return undefined;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
export function checkDate(name: string, value: unknown, required = false): InvalidParam | undefined {
  if (value === undefined || value === null) return required ? { name, code: 'required', reason: 'Dit veld is vereist.' } : undefined;
  if (typeof value !== 'string' || !DATE.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)) ||
    new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) {
    return { name, code: 'invalid', reason: 'Geen geldige datum (JJJJ-MM-DD).' };
  }
  return undefined;
}

/** RSIN/BSN 11-check (weights 9..2 and −1). */
export function isValidRsin(value: unknown): boolean {
  if (typeof value !== 'string' || !/^\d{9}$/.test(value) || value === '000000000') return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(value[i]) * (9 - i);
  return (sum - Number(value[8])) % 11 === 0;
}

/** IETF Idempotency-Key: a non-empty token of visible ASCII, at most 255 characters. */
export function idempotencyKey(request: Request): string | undefined | null {
  const key = request.headers.get('Idempotency-Key');
  if (key === null) return undefined;
  const unquoted = key.replace(/^"(.*)"$/, '$1');
  return /^[\x21-\x7e]{1,255}$/.test(unquoted) ? unquoted : null;
}

export function origin(request: Request): string {
  return new URL(request.url).origin;
}

export function paginated<T>(results: T[]) {
  return { count: results.length, next: null, previous: null, results };
}
