import type { Session } from '../../gateway/session';
import { brkIndex, zakenVanBsn, type Gerechtigde, type KozAdres, type KozRecord } from './registry';
import { haalCentraalProblem, type InvalidParam } from '../registers/zoek';

/**
 * Response bodies and request handling of Haal Centraal BRK Bevragen 2.0.0 (genereervariant).
 * Pure functions: body + session in, status + body out. The spec has no "in onderzoek" and
 * no "datum laatste wijziging" for a zaak, so none is invented; the nearest dates are
 * `koopsom.koopjaar` and a gerechtigde's `aanvangsdatum`.
 */

export type BrkResult = { status: number; body: Record<string, unknown> };
export type BrkContext = { baseUrl: string; instance?: string; bagBaseUrl?: string };

const KOZ_FIELDS = [
  'identificatie',
  'domein',
  'indicatieVervallen',
  'begrenzingPerceel',
  'perceelnummerRotatie',
  'plaatscoordinaten',
  'koopsom',
  'toelichtingBewaarder',
  'type',
  'aardCultuurBebouwd',
  'aardCultuurOnbebouwd',
  'kadastraleAanduiding',
  'kadastraleGrootte',
  'perceelnummerVerschuiving',
  'adressen',
  'gesplitstZakelijkRecht',
  'zakelijkGerechtigdeIdentificaties',
  'privaatrechtelijkeBeperkingIdentificaties',
  'hypotheekIdentificaties',
  'beslagIdentificaties',
  'isOvergegaanIn',
  'isOntstaanUit',
  'bijbehorendeGrondpercelen',
  'bijbehorendeAppartementsrechten',
  'isVermeldInStukdeelIdentificaties',
  'stukIdentificaties',
  'indicatieSluimerend',
];

const foutbericht = (
  status: number,
  title: string,
  detail: string,
  ctx: BrkContext,
  code: string,
  invalidParams?: InvalidParam[],
): BrkResult => haalCentraalProblem(status, title, detail, ctx, code, invalidParams);

/** The 400 for a `fields` path the resource does not have (the zaak and its gerechtigden alike). */
const onbekendVeld = (unknown: string, ctx: BrkContext): BrkResult =>
  foutbericht(
    400,
    'Een of meerdere parameters zijn niet correct.',
    `Onbekend veld: ${unknown}.`,
    ctx,
    'paramsValidation',
    [{ name: 'fields', code: 'fields', reason: `Deel van de parameterwaarde is niet correct: ${unknown}.` }],
  );

function adresregels(a: KozAdres): { adresregel1?: string; adresregel2?: string } {
  const nummer = `${a.huisnummer}${a.huisletter ? ` ${a.huisletter}` : ''}${a.huisnummertoevoeging ? `${a.huisletter ? '' : '-'}${a.huisnummertoevoeging}` : ''}`;
  return {
    ...(a.straat ? { adresregel1: `${a.straat} ${nummer}` } : {}),
    ...(a.postcode
      ? {
          adresregel2: `${a.postcode.slice(0, 4)} ${a.postcode.slice(4)}${a.woonplaats ? ` ${a.woonplaats.toUpperCase()}` : ''}`,
        }
      : {}),
  };
}

function square(x: number, y: number, half: number): number[][][] {
  return [
    [
      [x - half, y - half],
      [x + half, y - half],
      [x + half, y + half],
      [x - half, y + half],
      [x - half, y - half],
    ],
  ];
}

function gerechtigdeResource(zaak: KozRecord, g: Gerechtigde, ctx: BrkContext): Record<string, unknown> {
  const partner = g.partnerVan
    ? zaak.gerechtigden.find((o) => o.burgerservicenummer === g.partnerVan)
    : zaak.gerechtigden.find((o) => o.partnerVan === g.burgerservicenummer && g.burgerservicenummer);
  const persoonPad =
    g.persoon.type === 'kadaster_niet_natuurlijk_persoon'
      ? 'kadasternietnatuurlijkpersonen'
      : 'kadasternatuurlijkpersonen';
  return {
    identificatie: g.identificatie,
    type: g.recht,
    aanvangsdatum: g.aanvangsdatum,
    tenaamstelling: {
      aandeel: g.aandeel,
      ...(partner
        ? {
            betrokkenPartner: {
              identificatie: partner.persoon.identificatie,
              omschrijving: partner.persoon.omschrijving,
              type: 'ingeschreven_natuurlijk_persoon',
            },
          }
        : {}),
    },
    // PersoonBeperkt has no BSN: the kadaster persoon identificatie stands in.
    persoon: { identificatie: g.persoon.identificatie, omschrijving: g.persoon.omschrijving, type: g.persoon.type },
    _links: {
      self: {
        href: `${ctx.baseUrl}/kadastraalonroerendezaken/${zaak.identificatie}/zakelijkgerechtigden/${g.identificatie}`,
      },
      persoon: { href: `${ctx.baseUrl}/${persoonPad}/${g.persoon.identificatie}` },
    },
  };
}

/** A KadastraalOnroerendeZaakHal. `metGerechtigden`: the POST omits them, per its description. */
export function zaakResource(
  zaak: KozRecord,
  ctx: BrkContext,
  opties: { metGerechtigden: boolean; expandGerechtigden?: boolean },
): Record<string, unknown> {
  const bag = ctx.bagBaseUrl ?? ctx.baseUrl.replace(/\/brk$/, '/bag');
  const adressen = zaak.adressen.map((a) => ({
    ...(a.straat ? { straat: a.straat } : {}),
    huisnummer: a.huisnummer,
    ...(a.huisletter ? { huisletter: a.huisletter } : {}),
    ...(a.huisnummertoevoeging ? { huisnummertoevoeging: a.huisnummertoevoeging } : {}),
    ...(a.postcode ? { postcode: a.postcode } : {}),
    ...(a.woonplaats ? { woonplaats: a.woonplaats } : {}),
    ...(a.nummeraanduidingIdentificatie ? { nummeraanduidingIdentificatie: a.nummeraanduidingIdentificatie } : {}),
    ...adresregels(a),
    koppelingswijze: { code: 'ADM_GEO', waarde: 'administratief en geometrisch' },
    ...(a.adresseerbaarObjectIdentificatie
      ? { adresseerbaarObjectIdentificatie: a.adresseerbaarObjectIdentificatie }
      : {}),
  }));
  const links: Record<string, unknown> = {
    self: { href: `${ctx.baseUrl}/kadastraalonroerendezaken/${zaak.identificatie}` },
  };
  const metNa = zaak.adressen.filter((a) => a.nummeraanduidingIdentificatie);
  if (metNa.length) links.adressen = metNa.map((a) => ({ href: `${bag}/adressen/${a.nummeraanduidingIdentificatie}` }));
  const metAo = zaak.adressen.filter((a) => a.adresseerbaarObjectIdentificatie);
  if (metAo.length)
    links.adresseerbareObjecten = metAo.map((a) => ({
      href: `${bag}/adresseerbareobjecten/${a.adresseerbaarObjectIdentificatie}`,
    }));
  if (opties.metGerechtigden) {
    links.zakelijkGerechtigden = zaak.gerechtigden.map((g) => ({
      href: `${ctx.baseUrl}/kadastraalonroerendezaken/${zaak.identificatie}/zakelijkgerechtigden/${g.identificatie}`,
    }));
  }
  return {
    identificatie: zaak.identificatie,
    domein: 'NL.IMKAD.KadastraalObject',
    ...(zaak.type === 'perceel' && zaak.punt
      ? {
          begrenzingPerceel: {
            type: 'Polygon',
            coordinates: square(zaak.punt[0], zaak.punt[1], zaak.bebouwd ? 9 : 40),
          },
        }
      : {}),
    ...(zaak.punt ? { plaatscoordinaten: { type: 'Point', coordinates: zaak.punt } } : {}),
    ...(zaak.koopsom ? { koopsom: { koopsom: zaak.koopsom.koopsom, koopjaar: zaak.koopsom.koopjaar } } : {}),
    type: zaak.type,
    ...(zaak.bebouwd
      ? { aardCultuurBebouwd: { code: '11', waarde: 'Wonen' } }
      : { aardCultuurOnbebouwd: { code: '23', waarde: 'Grasland' } }),
    kadastraleAanduiding: zaak.kadastraleAanduiding,
    ...(zaak.grootte
      ? { kadastraleGrootte: { waarde: zaak.grootte, soortGrootte: { code: '1', waarde: 'Vastgesteld' } } }
      : {}),
    ...(adressen.length ? { adressen } : {}),
    ...(opties.metGerechtigden
      ? { zakelijkGerechtigdeIdentificaties: zaak.gerechtigden.map((g) => g.identificatie) }
      : {}),
    _links: links,
    ...(opties.expandGerechtigden
      ? { _embedded: { zakelijkGerechtigden: zaak.gerechtigden.map((g) => gerechtigdeResource(zaak, g, ctx)) } }
      : {}),
  };
}

/** Haal Centraal `fields`: comma-separated (dotted) paths; unknown top-level names are a 400. */
function parseFields(fields: string | undefined): string[][] | { unknown: string } {
  if (fields === undefined || fields.trim() === '') return [];
  const paths = fields.split(',').map((f) => f.trim().split('.'));
  const unknown = paths.find((p) => !KOZ_FIELDS.includes(p[0] ?? ''));
  return unknown ? { unknown: unknown.join('.') } : paths;
}

function pick(value: unknown, path: readonly string[]): unknown {
  if (path.length === 0 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => pick(v, path));
  const [head = '', ...rest] = path;
  const obj = value as Record<string, unknown>;
  return head in obj ? { [head]: pick(obj[head], rest) } : {};
}

function merge(a: Record<string, unknown>, b: Record<string, unknown>): Record<string, unknown> {
  const out = { ...a };
  for (const [k, v] of Object.entries(b)) {
    const cur = out[k];
    out[k] =
      cur && typeof cur === 'object' && !Array.isArray(cur) && v && typeof v === 'object' && !Array.isArray(v)
        ? merge(cur as Record<string, unknown>, v as Record<string, unknown>)
        : v;
  }
  return out;
}

function applyFields(resource: Record<string, unknown>, paths: string[][]): Record<string, unknown> {
  if (paths.length === 0) return resource;
  // HAL links stay: the client needs `self` to follow up, as in the Haal Centraal fields feature.
  return paths.reduce((acc, p) => merge(acc, pick(resource, p) as Record<string, unknown>), {
    _links: resource._links,
  } as Record<string, unknown>);
}

/**
 * `POST /kadastraalonroerendezaken` with `{ burgerservicenummer, fields? }` (BsnBody): the
 * zaken on which that person holds a zakelijk recht. Only the signed-in citizen's own BSN.
 */
export function brkForBsn(body: unknown, session: Session, ctx: BrkContext): BrkResult {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return foutbericht(
      400,
      'Ten minste één parameter moet worden opgegeven.',
      'De request body moet een JSON-object zijn.',
      ctx,
      'paramsRequired',
    );
  }
  const { burgerservicenummer, fields } = body as { burgerservicenummer?: unknown; fields?: unknown };
  if (typeof burgerservicenummer !== 'string' || !/^[0-9]{9}$/.test(burgerservicenummer)) {
    return foutbericht(
      400,
      'Een of meerdere parameters zijn niet correct.',
      'burgerservicenummer is verplicht en bestaat uit 9 cijfers.',
      ctx,
      'paramsValidation',
      [
        {
          name: 'burgerservicenummer',
          code: burgerservicenummer === undefined ? 'required' : 'pattern',
          reason: 'Waarde is verplicht en voldoet aan patroon ^[0-9]{9}$.',
        },
      ],
    );
  }
  if (fields !== undefined && typeof fields !== 'string') {
    return foutbericht(
      400,
      'Een of meerdere parameters zijn niet correct.',
      'fields is een komma-gescheiden tekst.',
      ctx,
      'paramsValidation',
      [{ name: 'fields', code: 'string', reason: 'Waarde is geen tekst.' }],
    );
  }
  const paths = parseFields(fields);
  if (!Array.isArray(paths)) {
    return onbekendVeld(paths.unknown, ctx);
  }
  if (burgerservicenummer !== session.bsn) {
    return foutbericht(
      403,
      'U bent niet geautoriseerd voor deze operatie.',
      'U kunt alleen uw eigen kadastrale gegevens opvragen.',
      ctx,
      'autorisation',
    );
  }
  return {
    status: 200,
    body: {
      _links: { self: { href: `${ctx.baseUrl}/kadastraalonroerendezaken` } },
      _embedded: {
        kadastraalOnroerendeZaken: zakenVanBsn(burgerservicenummer).map((z) =>
          applyFields(zaakResource(z, ctx, { metGerechtigden: false }), paths),
        ),
      },
    },
  };
}

function toegang(id: string, session: Session, ctx: BrkContext): KozRecord | BrkResult {
  const zaak = brkIndex().zaken.get(id);
  if (!zaak)
    return foutbericht(
      404,
      'Opgevraagde resource bestaat niet.',
      `Geen kadastraal onroerende zaak met identificatie ${id}.`,
      ctx,
      'notFound',
    );
  if (!zaak.gerechtigden.some((g) => g.burgerservicenummer === session.bsn)) {
    return foutbericht(
      403,
      'U bent niet geautoriseerd voor deze operatie.',
      'U heeft geen zakelijk recht op deze kadastraal onroerende zaak.',
      ctx,
      'autorisation',
    );
  }
  return zaak;
}

/** `GET /kadastraalonroerendezaken/{id}`: only for a person with a zakelijk recht on it. */
export function brkZaak(id: string, params: URLSearchParams, session: Session, ctx: BrkContext): BrkResult {
  const expand = params.get('expand');
  if (expand !== null && expand !== 'zakelijkGerechtigden') {
    return foutbericht(
      400,
      'Een of meerdere parameters zijn niet correct.',
      'De mock ondersteunt alleen expand=zakelijkGerechtigden.',
      ctx,
      'paramsValidation',
      [{ name: 'expand', code: 'expand', reason: `Niet ondersteund: ${expand}.` }],
    );
  }
  const paths = parseFields(params.get('fields') ?? undefined);
  if (!Array.isArray(paths)) {
    return onbekendVeld(paths.unknown, ctx);
  }
  const zaak = toegang(id, session, ctx);
  if ('status' in zaak) return zaak;
  const resource = zaakResource(zaak, ctx, {
    metGerechtigden: true,
    expandGerechtigden: expand === 'zakelijkGerechtigden',
  });
  const filtered = applyFields(resource, paths);
  if (resource._embedded) filtered._embedded = resource._embedded;
  return { status: 200, body: filtered };
}

/** `GET /kadastraalonroerendezaken/{id}/zakelijkgerechtigden`. */
export function brkZakelijkGerechtigden(id: string, session: Session, ctx: BrkContext): BrkResult {
  const zaak = toegang(id, session, ctx);
  if ('status' in zaak) return zaak;
  return {
    status: 200,
    body: {
      _links: { self: { href: `${ctx.baseUrl}/kadastraalonroerendezaken/${id}/zakelijkgerechtigden` } },
      _embedded: { zakelijkGerechtigden: zaak.gerechtigden.map((g) => gerechtigdeResource(zaak, g, ctx)) },
    },
  };
}
