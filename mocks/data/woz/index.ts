import type { Session } from '../../gateway/session';
import { bagIndex, huidigeGemeente, verblijfsobjectFeiten, type BagObjectRecord } from '../bag';
import { zaakVanObject } from '../brk';
import { getGbaPersoon } from '../brp';
import { volledigeNaam } from '../brp/convert';
import { rng } from '../seed';
import { haalCentraalBadParam, haalCentraalProblem, type InvalidParam } from '../registers/zoek';

/**
 * WOZ Bevragen 1.0.0 (Kadaster, genereervariant): one WOZ-object per BAG adresseerbaar object,
 * the municipality of the object as `verantwoordelijkeGemeente`, and six years of `waarden`.
 *
 * Peildatum vs. ingangsdatum: the value for belastingjaar Y has waardepeildatum 1 January Y-1
 * and ingangsdatum 1 January Y. On the mock's today (2026-11-28) the newest beschikking is for
 * 2026 (peildatum 2025-01-01); the one for peildatum 2026-01-01 only comes in February 2027.
 *
 * The spec has no "in onderzoek" and no change date other than `waarden[].ingangsdatum`; an
 * objection shows as `indicatieBezwaarBeroep` + `beschikkingsStatussen`. Belanghebbenden are
 * only named when they are the signed-in citizen: WOZ values are public (WOZ-waardeloket),
 * owners and users are not.
 */

/**
 * The municipality that sets the value today, with its official name, as the real WOZ sends it
 * (Waardetabel code + omschrijving). An object keeps the code of the municipality that issued
 * its BAG id; after a merger the new municipality is responsible.
 */
function verantwoordelijkeGemeente(code: string): { code: string; omschrijving: string } | { code: string } {
  const gemeente = huidigeGemeente(code);
  return gemeente ? { code: gemeente.code, omschrijving: gemeente.naam } : { code };
}

export type WozResult = { status: number; body: Record<string, unknown> };
export type WozContext = { baseUrl: string; instance?: string; bagBaseUrl?: string; brkBaseUrl?: string };

/** Belastingjaren shown: six, ending with the current one (2026). */
const JAREN = [2021, 2022, 2023, 2024, 2025, 2026];
/** Average change of Dutch WOZ values per peildatum year over the previous (CBS, rounded %). */
const STIJGING: Record<number, number> = { 2021: 8, 2022: 12, 2023: 15, 2024: 0, 2025: 6, 2026: 10 };

let wozIds: Map<string, string> | undefined;
const wozIdPerObject = new Map<string, string>();

/** WOZ-objectnummer: 12 digits, the gemeentecode then 8 digits seeded from the BAG id. */
function wozIndex(): Map<string, string> {
  if (!wozIds) {
    const ids = new Map<string, string>();
    const used = new Set<string>();
    for (const ao of bagIndex().objecten.keys()) {
      for (let attempt = 0; ; attempt++) {
        const id = `${ao.slice(0, 4)}${String(rng(`woz:${ao}#${attempt}`).int(0, 99_999_999)).padStart(8, '0')}`;
        if (!used.has(id)) {
          used.add(id);
          ids.set(id, ao);
          wozIdPerObject.set(ao, id);
          break;
        }
      }
    }
    wozIds = ids;
  }
  return wozIds;
}

export function wozIdVoorObject(ao: string): string | undefined {
  wozIndex();
  return wozIdPerObject.get(ao);
}

export type WozWaarde = {
  vastgesteldeWaarde: number;
  waardepeildatum: string;
  ingangsdatum: string;
  beschikkingsStatussen: string[];
  indicatieBezwaarBeroep?: boolean;
};

export function wozWaarden(object: BagObjectRecord): WozWaarde[] {
  const hoofd = bagIndex().adressen.get(object.hoofdadres);
  const r = rng(`woz-waarde:${object.identificatie}`);
  const oppervlakte =
    object.type === 'Verblijfsobject' && hoofd ? verblijfsobjectFeiten(object, hoofd.gemeentecode).oppervlakte : 40;
  // Value for the newest year first (2026, peildatum 2025), then back in time.
  let waarde = oppervlakte * r.int(2600, 6200) + r.int(0, 40) * 1000;
  const perJaar = new Map<number, number>();
  for (const jaar of [...JAREN].reverse()) {
    perJaar.set(jaar, Math.round(waarde / 1000) * 1000);
    const stijging = (STIJGING[jaar] ?? 5) + (r.next() - 0.5) * 6;
    waarde = waarde / (1 + stijging / 100);
  }
  const bezwaarJaar = r.chance(0.1) ? r.pick(JAREN) : undefined;
  return [...JAREN].reverse().map((jaar) => {
    const bezwaar = jaar === bezwaarJaar;
    return {
      vastgesteldeWaarde: perJaar.get(jaar) ?? 0,
      waardepeildatum: `${jaar - 1}-01-01`,
      ingangsdatum: `${jaar}-01-01`,
      beschikkingsStatussen: bezwaar
        ? ['beschikking_genomen', jaar === 2026 ? 'bezwaar_ingediend' : 'bezwaar_gehandhaafd']
        : ['beschikking_genomen'],
      ...(bezwaar ? { indicatieBezwaarBeroep: true } : {}),
    };
  });
}

function belanghebbende(bsn: string): Record<string, unknown> {
  return { type: 'natuurlijk_persoon', burgerservicenummer: bsn, naam: volledigeNaam(getGbaPersoon(bsn)?.naam) ?? '' };
}

function wozObjectResource(
  id: string,
  ao: string,
  session: Session,
  ctx: WozContext,
): Record<string, unknown> | undefined {
  const bag = bagIndex();
  const object = bag.objecten.get(ao);
  const hoofd = object ? bag.adressen.get(object.hoofdadres) : undefined;
  if (!object || !hoofd) return undefined;
  const zaak = zaakVanObject(ao);
  const bsn = session.bsn;
  const eigenaar = bsn && zaak?.gerechtigden.some((g) => g.burgerservicenummer === bsn && g.recht === 'eigenaar');
  const gebruiker = bsn && !eigenaar && object.bewoners.includes(bsn);
  const bagBase = ctx.bagBaseUrl ?? ctx.baseUrl.replace(/\/woz$/, '/bag');
  const brkBase = ctx.brkBaseUrl ?? ctx.baseUrl.replace(/\/woz$/, '/brk');
  const grondgebonden = zaak?.type === 'perceel';
  return {
    identificatie: id,
    aanduiding: {
      straat: hoofd.openbareRuimteNaam,
      huisnummer: hoofd.huisnummer,
      ...(hoofd.huisletter ? { huisletter: hoofd.huisletter } : {}),
      ...(hoofd.huisnummertoevoeging ? { huisnummertoevoeging: hoofd.huisnummertoevoeging } : {}),
      ...(hoofd.postcode ? { postcode: hoofd.postcode } : {}),
      woonplaats: hoofd.woonplaatsNaam,
      nummeraanduidingIdentificatie: hoofd.nummeraanduidingIdentificatie,
    },
    adresseerbaarObjectIdentificaties: [ao],
    ...(eigenaar && bsn ? { belanghebbendeEigenaar: belanghebbende(bsn) } : {}),
    ...(gebruiker && bsn ? { belanghebbendeGebruiker: belanghebbende(bsn) } : {}),
    ...(grondgebonden && zaak?.grootte ? { grondoppervlakte: zaak.grootte } : {}),
    ...(zaak
      ? {
          kadastraalOnroerendeZaken: [
            {
              identificatie: zaak.identificatie,
              aanduiding: {
                gemeentecode: zaak.kadastraleGemeenteCode,
                sectie: zaak.sectie,
                perceelnummer: zaak.perceelnummer,
                ...(zaak.appartementsindex ? { appartementsindex: zaak.appartementsindex } : {}),
              },
              aanduidingMetGemeentenaam: zaak.kadastraleAanduiding,
            },
          ],
        }
      : {}),
    ...(object.pandIdentificaties.length ? { pandIdentificaties: object.pandIdentificaties } : {}),
    verantwoordelijkeGemeente: verantwoordelijkeGemeente(hoofd.gemeentecode),
    waarden: wozWaarden(object),
    _links: {
      self: { href: `${ctx.baseUrl}/wozobjecten/${id}` },
      adres: { href: `${bagBase}/adressen/${hoofd.nummeraanduidingIdentificatie}` },
      adresseerbareObjecten: [{ href: `${bagBase}/adresseerbareobjecten/${ao}` }],
      ...(object.pandIdentificaties.length
        ? { panden: object.pandIdentificaties.map((p) => ({ href: `${bagBase}/panden/${p}` })) }
        : {}),
      ...(zaak
        ? { kadastraalOnroerendeZaken: [{ href: `${brkBase}/kadastraalonroerendezaken/${zaak.identificatie}` }] }
        : {}),
    },
  };
}

const foutbericht = (
  status: number,
  title: string,
  detail: string,
  ctx: WozContext,
  code: string,
  invalidParams?: InvalidParam[],
): WozResult => haalCentraalProblem(status, title, detail, ctx, code, invalidParams);

const bad = (ctx: WozContext, name: string, code: string, reason: string): WozResult =>
  haalCentraalBadParam(ctx, name, code, reason);

const PARAMS = [
  'rsin',
  'kvkNummer',
  'adresseerbaarObjectIdentificatie',
  'nummeraanduidingIdentificatie',
  'postcode',
  'huisnummer',
  'huisnummertoevoeging',
  'huisletter',
  'page',
  'pageSize',
];

/** `GET /wozobjecten`: by adresseerbaar object, nummeraanduiding or postcode + huisnummer. */
export function searchWozObjecten(params: URLSearchParams, session: Session, ctx: WozContext): WozResult {
  for (const name of params.keys())
    if (!PARAMS.includes(name))
      return bad(ctx, name, 'unsupported', 'Deze parameter wordt door de mock niet ondersteund (fields ook niet).');
  const page = Number(params.get('page') ?? '1');
  const pageSize = Number(params.get('pageSize') ?? '20');
  if (!Number.isInteger(page) || page < 1) return bad(ctx, 'page', 'minimum', 'Waarde is lager dan minimum 1.');
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 100)
    return bad(ctx, 'pageSize', 'range', 'Waarde moet tussen 1 en 100 liggen.');
  const bag = bagIndex();
  let objecten: string[];
  const ao = params.get('adresseerbaarObjectIdentificatie');
  const na = params.get('nummeraanduidingIdentificatie');
  const postcode = params.get('postcode');
  if (ao !== null) {
    if (!/^[0-9]{16}$/.test(ao))
      return bad(ctx, 'adresseerbaarObjectIdentificatie', 'pattern', 'Waarde voldoet niet aan patroon ^[0-9]{16}$.');
    objecten = bag.objecten.has(ao) ? [ao] : [];
  } else if (na !== null) {
    if (!/^[0-9]{16}$/.test(na))
      return bad(ctx, 'nummeraanduidingIdentificatie', 'pattern', 'Waarde voldoet niet aan patroon ^[0-9]{16}$.');
    const adres = bag.adressen.get(na);
    objecten = adres ? [adres.adresseerbaarObjectIdentificatie] : [];
  } else if (postcode !== null) {
    if (!/^[1-9][0-9]{3}[A-Z]{2}$/.test(postcode))
      return bad(ctx, 'postcode', 'pattern', 'Waarde voldoet niet aan patroon ^[1-9][0-9]{3}[A-Z]{2}$.');
    const huisnummer = Number(params.get('huisnummer') ?? 'x');
    if (!Number.isInteger(huisnummer) || huisnummer < 1 || huisnummer > 99999)
      return bad(ctx, 'huisnummer', 'required', 'huisnummer is verplicht bij postcode (1 t/m 99999).');
    const letter = params.get('huisletter');
    const toevoeging = params.get('huisnummertoevoeging');
    objecten = [...bag.adressen.values()]
      .filter(
        (a) =>
          a.postcode === postcode &&
          a.huisnummer === huisnummer &&
          (letter === null || a.huisletter === letter) &&
          (toevoeging === null || a.huisnummertoevoeging === toevoeging),
      )
      .map((a) => a.adresseerbaarObjectIdentificatie);
    objecten = [...new Set(objecten)];
  } else if (params.has('rsin') || params.has('kvkNummer')) {
    // No business registrations in the mock: a valid search that finds nothing.
    objecten = [];
  } else {
    return foutbericht(
      400,
      'Ten minste één parameter moet worden opgegeven.',
      'Geef adresseerbaarObjectIdentificatie, nummeraanduidingIdentificatie of postcode en huisnummer op.',
      ctx,
      'paramsRequired',
    );
  }
  const items = objecten.flatMap((id) => {
    const woz = wozIdVoorObject(id);
    const resource = woz ? wozObjectResource(woz, id, session, ctx) : undefined;
    return resource ? [resource] : [];
  });
  const query = new URLSearchParams(params);
  const href = (p: number) => {
    query.set('page', String(p));
    return `${ctx.baseUrl}/wozobjecten?${query.toString()}`;
  };
  const last = Math.max(1, Math.ceil(items.length / pageSize));
  return {
    status: 200,
    body: {
      _links: {
        self: { href: `${ctx.baseUrl}/wozobjecten?${params.toString()}` },
        first: { href: href(1) },
        ...(page > 1 ? { previous: { href: href(page - 1) } } : {}),
        ...(page < last ? { next: { href: href(page + 1) } } : {}),
      },
      _embedded: { wozObjecten: items.slice((page - 1) * pageSize, page * pageSize) },
    },
  };
}

/** `GET /wozobjecten/{identificatie}`. */
export function findWozObject(id: string, session: Session, ctx: WozContext): WozResult {
  if (!/^[0-9]{12}$/.test(id))
    return bad(ctx, 'identificatie', 'pattern', 'Een WOZ-objectnummer bestaat uit 12 cijfers.');
  const ao = wozIndex().get(id);
  const body = ao ? wozObjectResource(id, ao, session, ctx) : undefined;
  return body
    ? { status: 200, body }
    : foutbericht(
        404,
        'Opgevraagde resource bestaat niet.',
        `Geen WOZ-object met identificatie ${id}.`,
        ctx,
        'notFound',
      );
}
