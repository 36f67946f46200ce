import { HttpResponse } from 'msw';
import { problem, type InvalidParam } from '../../gateway/problem';
import { findInvisible } from '../../gateway/text';

/**
 * Shared helpers of the mock ZGW APIs (Zaken, Documenten, Catalogi): their error shapes
 * (`Fout` with code/detail/instance, `ValidatieFout` with invalidParams) and input checks.
 */

export const ZGW_HEADERS = { 'Cache-Control': 'no-store' };

export function zgwJson(
  body: unknown,
  status = 200,
  apiVersion = '1.5.1',
  extra: Record<string, string> = {},
): Response {
  return HttpResponse.json(body as Record<string, unknown>, {
    status,
    headers: { ...ZGW_HEADERS, 'API-version': apiVersion, ...extra },
  });
}

export function fout(status: number, code: string, title: string, detail: string, instance: string): Response {
  return problem(status, title, detail, { code, instance });
}

export function validatieFout(instance: string, params: InvalidParam[], detail?: string): Response {
  return problem(
    400,
    'Ongeldige invoer.',
    detail ?? `De foutieve parameter(s) zijn: ${[...new Set(params.map((p) => p.name))].join(', ')}.`,
    {
      code: 'invalid',
      instance,
      invalidParams: params,
    },
  );
}

export const notFound = (instance: string) =>
  fout(404, 'not_found', 'Niet gevonden.', 'Deze resource bestaat niet.', instance);
/** Another person's resource: the gateway refuses, without saying more. */
export const forbidden = (instance: string) =>
  fout(
    403,
    'permission_denied',
    'U heeft geen toegang tot deze zaak.',
    'Alleen de indiener kan deze zaak inzien of wijzigen.',
    instance,
  );

export async function readJson(
  request: Request,
): Promise<{ ok: true; value: Record<string, unknown> } | { ok: false; response: Response }> {
  try {
    const value: unknown = await request.json();
    if (value && typeof value === 'object' && !Array.isArray(value))
      return { ok: true, value: value as Record<string, unknown> };
  } catch {
    // falls through to the 400 below
  }
  return {
    ok: false,
    response: validatieFout(request.url, [
      { name: 'nonFieldErrors', code: 'parse_error', reason: 'De body is geen geldig JSON-object.' },
    ]),
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
  if (findInvisible(value))
    return { name, code: 'invalid_characters', reason: 'Bevat onzichtbare stuurtekens (bijvoorbeeld tekstrichting).' };
  return undefined;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
export function checkDate(name: string, value: unknown, required = false): InvalidParam | undefined {
  if (value === undefined || value === null)
    return required ? { name, code: 'required', reason: 'Dit veld is vereist.' } : undefined;
  if (
    typeof value !== 'string' ||
    !DATE.test(value) ||
    Number.isNaN(Date.parse(`${value}T00:00:00Z`)) ||
    new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value
  ) {
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

/**
 * Open Zaak's rule for zaken and documents alike: an `identificatie` is unique per
 * bronorganisatie (a client's retry finds its earlier attempt back by it: exactly once).
 */
export function checkIdentificatieUniek(
  body: Record<string, unknown>,
  bestaat: (bronorganisatie: string, identificatie: string) => unknown,
): InvalidParam | undefined {
  if (typeof body.identificatie !== 'string' || !isValidRsin(body.bronorganisatie)) return undefined;
  if (!bestaat(body.bronorganisatie as string, body.identificatie)) return undefined;
  return {
    name: 'identificatie',
    code: 'identificatie-niet-uniek',
    reason: `Deze identificatie (${body.identificatie}) bestaat al voor deze bronorganisatie`,
  };
}

export function origin(request: Request): string {
  return new URL(request.url).origin;
}

/** Page size of every paginated list (DRF's PageNumberPagination as Open Zaak configures it). */
export const PAGE_SIZE = 100;

/**
 * A page of a list, as the ZGW APIs give it: `count`, `next`, `previous` (absolute URLs with
 * `page=`) and at most PAGE_SIZE `results`. A page past the end is a 404, as in Open Zaak.
 */
export function paginate<T>(
  request: Request,
  items: readonly T[],
): { count: number; next: string | null; previous: string | null; results: T[] } | Response {
  const url = new URL(request.url);
  const raw = url.searchParams.get('page');
  const page = raw === null ? 1 : Number(raw);
  const pages = Math.max(1, Math.ceil(items.length / PAGE_SIZE));
  if (!Number.isInteger(page) || page < 1 || page > pages) {
    return fout(404, 'not_found', 'Ongeldige pagina.', `Pagina ${raw ?? ''} bestaat niet (1–${pages}).`, request.url);
  }
  const at = (n: number) => {
    const u = new URL(url);
    u.searchParams.set('page', String(n));
    return u.toString();
  };
  return {
    count: items.length,
    next: page < pages ? at(page + 1) : null,
    previous: page > 1 ? at(page - 1) : null,
    results: items.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE),
  };
}

/** A paginated list as a response (or the 404 for a page out of range). */
export function pagedJson<T>(request: Request, items: readonly T[], apiVersion = '1.5.1'): Response {
  const page = paginate(request, items);
  return page instanceof Response ? page : zgwJson(page, 200, apiVersion);
}

/**
 * Query parameters a list endpoint does not know are refused (vng-api-common's
 * CheckQueryParamsMixin, code `unknown-parameters`), so a filter typo never widens a list.
 */
export function unknownQueryParams(request: Request, known: readonly string[]): Response | undefined {
  const unknown = [...new URL(request.url).searchParams.keys()].filter((k) => k !== 'page' && !known.includes(k));
  if (!unknown.length) return undefined;
  return validatieFout(
    request.url,
    unknown.map((name) => ({ name, code: 'unknown-parameters', reason: 'Onbekende queryparameter.' })),
  );
}

/**
 * The Zaken API's geo headers: every `/zaken` operation requires `Accept-Crs`, and those with a
 * body `Content-Crs` too; without them Open Zaak answers 412, with another CRS 406.
 */
export function crsHeaders(request: Request, withBody: boolean): Response | undefined {
  const accept = request.headers.get('Accept-Crs');
  const content = request.headers.get('Content-Crs');
  if (accept === null)
    return fout(412, 'precondition_failed', 'Precondition failed', "'Accept-Crs' header ontbreekt", request.url);
  if (withBody && content === null)
    return fout(412, 'precondition_failed', 'Precondition failed', "'Content-Crs' header ontbreekt", request.url);
  if (accept.toUpperCase() !== 'EPSG:4326')
    return fout(
      406,
      'not_acceptable',
      'Not acceptable',
      `CRS '${accept}' wordt niet ondersteund; gebruik EPSG:4326.`,
      request.url,
    );
  if (withBody && content?.toUpperCase() !== 'EPSG:4326')
    return fout(
      406,
      'not_acceptable',
      'Not acceptable',
      `CRS '${content}' wordt niet ondersteund; gebruik EPSG:4326.`,
      request.url,
    );
  return undefined;
}
