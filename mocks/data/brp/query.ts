import type { Session } from '../../gateway/session';
import { applyFields, PERSOON_FIELDS } from './fields';
import { getPersoonByBsn } from './index';
import type { Persoon } from './convert';
// Issue 5: open correction requests show as "in onderzoek" in the BRP itself (overlay).
import { persoonMetLopendeCorrecties } from '../zaken/brp-overlay';
import { openCorrectionsFor } from '../zaken/index';

export type InvalidParam = { name: string; code: string; reason: string };
export type BrpResult = { status: number; body: unknown };

export const RAADPLEEG = 'RaadpleegMetBurgerservicenummer';
/** The other query types of the 2.7 contract: valid, but not available to a citizen. */
const ZOEK_TYPES = new Set([
  'ZoekMetGeslachtsnaamEnGeboortedatum',
  'ZoekMetNaamEnGemeenteVanInschrijving',
  'ZoekMetPostcodeEnHuisnummer',
  'ZoekMetStraatHuisnummerEnGemeenteVanInschrijving',
  'ZoekMetNummeraanduidingIdentificatie',
  'ZoekMetAdresseerbaarObjectIdentificatie',
]);

const BAD_REQUEST_TYPE = 'https://datatracker.ietf.org/doc/html/rfc7231#section-6.5.1';
const FORBIDDEN_TYPE = 'https://datatracker.ietf.org/doc/html/rfc7231#section-6.5.3';
const FIELD_PATTERN = /^[a-zA-Z0-9._]{1,200}$/;
const BSN_PATTERN = /^[0-9]{9}$/;
const GEMEENTE_PATTERN = /^[0-9]{4}$/;

/**
 * The BSN 11-check (elfproef, see mocks/specs/README.md): weights 9..2 and −1 for the last
 * digit; 000000000 passes the arithmetic but is not a BSN.
 */
export function isValidBsn(bsn: string): boolean {
  if (!BSN_PATTERN.test(bsn) || bsn === '000000000') return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(bsn[i]) * (9 - i);
  sum -= Number(bsn[8]);
  return sum % 11 === 0;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** 400 body exactly like the official features (titles, detail, codes, reasons). */
function badRequest(params: InvalidParam[], instance: string): BrpResult {
  const required = params.some((p) => p.code === 'required');
  return {
    status: 400,
    body: {
      type: BAD_REQUEST_TYPE,
      title: required
        ? 'Minimale combinatie van parameters moet worden opgegeven.'
        : 'Een of meerdere parameters zijn niet correct.',
      status: 400,
      detail: `De foutieve parameter(s) zijn: ${[...new Set(params.map((p) => p.name))].join(', ')}.`,
      instance,
      code: required ? 'paramsCombination' : 'paramsValidation',
      invalidParams: params,
    },
  };
}

function validateArray(
  value: unknown,
  name: string,
  max: number,
  item: (v: unknown, i: number) => InvalidParam | undefined,
): InvalidParam[] {
  if (value === undefined || value === null) return [{ name, code: 'required', reason: 'Parameter is verplicht.' }];
  if (!Array.isArray(value)) return [{ name, code: 'array', reason: 'Parameter is geen array.' }];
  if (value.length < 1) return [{ name, code: 'minItems', reason: 'Array bevat minder dan 1 items.' }];
  if (value.length > max) return [{ name, code: 'maxItems', reason: `Array bevat meer dan ${max} items.` }];
  return value.map(item).filter((x): x is InvalidParam => x !== undefined);
}

export type ValidQuery = { burgerservicenummer: string[]; fields: string[]; gemeenteVanInschrijving?: string };

/** Validates a RaadpleegMetBurgerservicenummer body; returns the query or the invalidParams. */
export function validateQuery(body: unknown): ValidQuery | { type: InvalidParam[] } | InvalidParam[] {
  if (!isRecord(body) || body.type === undefined || body.type === null) {
    return [{ name: 'type', code: 'required', reason: 'Parameter is verplicht.' }];
  }
  if (body.type !== RAADPLEEG) {
    if (typeof body.type === 'string' && ZOEK_TYPES.has(body.type)) return { type: [] };
    return [{ name: 'type', code: 'value', reason: 'Waarde is geen geldig zoek type.' }];
  }
  const errors: InvalidParam[] = [
    ...validateArray(body.burgerservicenummer, 'burgerservicenummer', 20, (v, i) =>
      typeof v === 'string' && BSN_PATTERN.test(v)
        ? undefined
        : { name: `burgerservicenummer[${i}]`, code: 'pattern', reason: 'Waarde voldoet niet aan patroon ^[0-9]{9}$.' },
    ),
    ...validateArray(body.fields, 'fields', 130, (v, i) => {
      if (typeof v !== 'string' || !FIELD_PATTERN.test(v)) {
        return {
          name: `fields[${i}]`,
          code: 'pattern',
          reason: 'Waarde voldoet niet aan patroon ^[a-zA-Z0-9\\._]{1,200}$.',
        };
      }
      // Unknown paths and the automatically delivered fields (inOnderzoek, geheimhouding…)
      // are not in fields-Persoon.csv, so both give the "niet bestaande veldnaam" error.
      return PERSOON_FIELDS.has(v)
        ? undefined
        : { name: `fields[${i}]`, code: 'fields', reason: 'Parameter bevat een niet bestaande veldnaam.' };
    }),
  ];
  const gemeente = body.gemeenteVanInschrijving;
  if (gemeente !== undefined && (typeof gemeente !== 'string' || !GEMEENTE_PATTERN.test(gemeente))) {
    errors.push({
      name: 'gemeenteVanInschrijving',
      code: 'pattern',
      reason: 'Waarde voldoet niet aan patroon ^[0-9]{4}$.',
    });
  }
  if (errors.length) return errors;
  return {
    burgerservicenummer: body.burgerservicenummer as string[],
    fields: body.fields as string[],
    ...(typeof gemeente === 'string' ? { gemeenteVanInschrijving: gemeente } : {}),
  };
}

function forbidden(detail: string, instance: string): BrpResult {
  return {
    status: 403,
    body: {
      type: FORBIDDEN_TYPE,
      title: 'U mag alleen uw eigen gegevens bekijken.',
      status: 403,
      detail,
      instance,
      code: 'autorisation',
    },
  };
}

export type HandleOptions = { today?: Date; instance?: string };

/**
 * Core of `POST /api/brp/personen` without MSW: validation (400) first, then ownership
 * (403: a citizen may only ask for their own BSN), then the lookup. BSNs that fail the
 * 11-check or are unknown give no person (200 with fewer personen), like the real API.
 */
export function handleBrpQuery(body: unknown, session: Session, options: HandleOptions = {}): BrpResult {
  const instance = options.instance ?? '/api/brp/personen';
  if (session.role !== 'burger' || !session.bsn) {
    return forbidden('Alleen een ingelogde burger kan persoonsgegevens opvragen.', instance);
  }
  const q = validateQuery(body);
  if (Array.isArray(q)) return badRequest(q, instance);
  if ('type' in q) return forbidden('Zoeken naar andere personen is niet toegestaan.', instance);
  if (q.burgerservicenummer.some((bsn) => bsn !== session.bsn)) {
    return forbidden('U kunt alleen gegevens opvragen over uzelf.', instance);
  }
  const personen: Persoon[] = [];
  for (const bsn of new Set(q.burgerservicenummer)) {
    if (!isValidBsn(bsn)) continue;
    // Issue 5 overlay: an open correction zaak about a BRP field marks that field inOnderzoek
    // from the zaak's registration date (mocks/data/zaken/brp-overlay.ts), before `fields`.
    const corrections = openCorrectionsFor(bsn, 'brp');
    const persoon = corrections.length
      ? persoonMetLopendeCorrecties(bsn, corrections, options.today ? { today: options.today } : {})
      : getPersoonByBsn(bsn, options.today ? { today: options.today } : {});
    if (!persoon) continue;
    if (q.gemeenteVanInschrijving && persoon.gemeenteVanInschrijving?.code !== q.gemeenteVanInschrijving) continue;
    personen.push(applyFields(persoon, q.fields));
  }
  return { status: 200, body: { type: RAADPLEEG, personen } };
}
