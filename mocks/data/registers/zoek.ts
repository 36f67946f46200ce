import { HttpResponse } from 'msw';
import type { Session } from '../../gateway/session';
import { addDays, minDate } from './levensloop';
import { MOCK_TODAY, type Rng } from '../seed';

/**
 * What the five seeded registries (RDW, KVK, BRI, UWV, DUO) share: the `_zoek` request
 * `{ burgerservicenummer }`, its checks (400 / 403), problem bodies, and the "in onderzoek"
 * marker. Pure functions, so the handler cores can be unit-tested without MSW.
 */
export type CoreResult = { status: number; body: unknown };
export type InvalidParam = { name: string; code: string; reason: string };

/** The shape of `#/components/schemas/InOnderzoek` in each of our registry contracts. */
export type InOnderzoek<Veld extends string = string> = { datumIngangOnderzoek: string; gegevens: Veld[] } | null;

const BSN_PATTERN = /^[0-9]{9}$/;

export function problemBody(status: number, title: string, detail: string, extra: Record<string, unknown> = {}) {
  return { type: `https://mijn-gegevens.example/problemen/${status}`, title, status, detail, ...extra };
}

/**
 * The problem answer of a Haal Centraal-style double (BRK, WOZ; the BAG with its own key): an
 * `instance` (the request, else the API's base), the spec's `code`, and the invalid parameters
 * under the key the spec names (`invalidParams`; the BAG Error schema says `invalid-params`).
 */
export function haalCentraalProblem(
  status: number,
  title: string,
  detail: string,
  ctx: { instance?: string; baseUrl: string },
  code: string,
  invalidParams?: InvalidParam[],
  invalidParamsKey: 'invalidParams' | 'invalid-params' = 'invalidParams',
): { status: number; body: Record<string, unknown> } {
  return {
    status,
    body: problemBody(status, title, detail, {
      instance: ctx.instance ?? ctx.baseUrl,
      code,
      ...(invalidParams ? { [invalidParamsKey]: invalidParams } : {}),
    }),
  };
}

/** Its 400 for one parameter that is not right (name, the spec's code, why). */
export const haalCentraalBadParam = (
  ctx: { instance?: string; baseUrl: string },
  name: string,
  code: string,
  reason: string,
  invalidParamsKey: 'invalidParams' | 'invalid-params' = 'invalidParams',
) =>
  haalCentraalProblem(
    400,
    'Een of meerdere parameters zijn niet correct.',
    `Parameter ${name} is ongeldig.`,
    ctx,
    'paramsValidation',
    [{ name, code, reason }],
    invalidParamsKey,
  );

export const forbiddenOwnData = (instance: string): CoreResult => ({
  status: 403,
  body: problemBody(403, 'Geen toegang', 'U kunt alleen uw eigen gegevens opvragen.', { code: 'forbidden', instance }),
});

export function badRequest(invalidParams: InvalidParam[], instance: string): CoreResult {
  return {
    status: 400,
    body: problemBody(
      400,
      'Een of meerdere parameters zijn niet correct.',
      `De foutieve parameter(s) zijn: ${invalidParams.map((p) => p.name).join(', ')}.`,
      {
        code: 'paramsValidation',
        instance,
        invalidParams,
      },
    ),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Validation (400) first, then ownership (403): a citizen may only ask about their own BSN.
 * On success, `build` makes the 200 body for the session's BSN.
 */
export function zoekOpBsn(
  body: unknown,
  session: Session,
  instance: string,
  build: (bsn: string) => unknown,
): CoreResult {
  if (session.role !== 'burger' || !session.bsn) return forbiddenOwnData(instance);
  if (!isRecord(body)) {
    return badRequest([{ name: 'burgerservicenummer', code: 'required', reason: 'Parameter is verplicht.' }], instance);
  }
  const errors: InvalidParam[] = Object.keys(body)
    .filter((key) => key !== 'burgerservicenummer')
    .map((key) => ({ name: key.slice(0, 30), code: 'unknownParam', reason: 'Parameter is niet toegestaan.' }));
  const bsn = body.burgerservicenummer;
  if (bsn === undefined || bsn === null) {
    errors.unshift({ name: 'burgerservicenummer', code: 'required', reason: 'Parameter is verplicht.' });
  } else if (typeof bsn !== 'string' || !BSN_PATTERN.test(bsn)) {
    errors.unshift({
      name: 'burgerservicenummer',
      code: 'pattern',
      reason: 'Waarde voldoet niet aan patroon ^[0-9]{9}$.',
    });
  }
  if (errors.length) return badRequest(errors, instance);
  if (bsn !== session.bsn) return forbiddenOwnData(instance);
  return { status: 200, body: build(session.bsn) };
}

/** The handler side: body from the request (invalid JSON is a 400 too). */
export async function readJson(request: Request): Promise<{ ok: true; body: unknown } | { ok: false }> {
  try {
    return { ok: true, body: await request.json() };
  } catch {
    return { ok: false };
  }
}

export const invalidJson = (instance: string): CoreResult =>
  badRequest([{ name: 'body', code: 'json', reason: 'De inhoud is geen geldige JSON.' }], instance);

export function toResponse(result: CoreResult): Response {
  const contentType = result.status < 400 ? 'application/json; charset=utf-8' : 'application/problem+json';
  return HttpResponse.json(result.body as Record<string, unknown>, {
    status: result.status,
    headers: { 'Content-Type': contentType, 'Cache-Control': 'no-store' },
  });
}

/**
 * Persons whose records are always partly "in onderzoek", so demos and e2e tests can show
 * the marker: 999993653 (the first test person on the sign-in page) and 999990482 (the
 * BRP "inOnderzoek" persona).
 */
export const DEMO_IN_ONDERZOEK = new Set(['999993653', '999990482']);

/** About 4% of persons have one record in onderzoek per registry; the demo persons always. */
export const IN_ONDERZOEK_KANS = 0.04;

export function heeftOnderzoek(bsn: string, r: Rng): boolean {
  // Draw even for demo persons, so forcing the marker does not shift the rest of their data.
  const draw = r.chance(IN_ONDERZOEK_KANS);
  return draw || DEMO_IN_ONDERZOEK.has(bsn);
}

/**
 * An investigation marker that started after `vanaf` (the record's own start), at most a
 * year ago from "today": holders resolve most investigations within months.
 */
export function maakOnderzoek<Veld extends string>(
  r: Rng,
  vanaf: string,
  gegevens: Veld[],
): NonNullable<InOnderzoek<Veld>> {
  const from = minDate(maxIso(vanaf, addDays(MOCK_TODAY, -365)), MOCK_TODAY);
  return { datumIngangOnderzoek: r.date(from, MOCK_TODAY), gegevens };
}

const maxIso = (a: string, b: string) => (a > b ? a : b);

/**
 * "Last changed": some day between the record's last fact and today; never before an
 * investigation started, since starting one is a change of the record.
 */
export function laatsteWijziging(
  r: Rng,
  laatsteFeit: string,
  onderzoek: { datumIngangOnderzoek: string } | null,
): string {
  const from = minDate(laatsteFeit, MOCK_TODAY);
  const datum = r.date(from, minDate(addDays(from, 400), MOCK_TODAY));
  return onderzoek && onderzoek.datumIngangOnderzoek > datum ? onderzoek.datumIngangOnderzoek : datum;
}

/** A 9-digit number that passes the 11-check (BSN/RSIN/fiscaal nummer style), from a seed. */
export function elfproefNummer(r: Rng): string {
  for (;;) {
    const digits = [r.int(1, 9), ...Array.from({ length: 7 }, () => r.int(0, 9))];
    let sum = 0;
    digits.forEach((d, i) => (sum += d * (9 - i)));
    const last = sum % 11;
    if (last <= 9) return [...digits, last].join('');
  }
}
