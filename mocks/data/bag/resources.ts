import { MOCK_TODAY, rng } from '../seed';
import {
  AO_PATTERN,
  NA_PATTERN,
  PAND_PATTERN,
  bagIndex,
  findAdresRecord,
  findObjectRecord,
  type BagAdresRecord,
  type BagObjectRecord,
  type BagPandRecord,
} from './registry';
import { haalCentraalBadParam, haalCentraalProblem, type InvalidParam } from '../registers/zoek';
import { findGemeente } from './gemeenten';

/**
 * Response bodies of BAG API Individuele Bevragingen 2.0.0 (official archive spec), built from
 * the registry index plus facts seeded per identificatie. Pure: the same id and base URL give
 * the same body. Local types follow the spec's schemas; the lead generates full types later.
 */

type Indicatie = 'J' | 'N';
type HalLink = { href: string; templated?: boolean };
export type Voorkomen = {
  tijdstipRegistratie: string;
  versie: number;
  beginGeldigheid: string;
  tijdstipRegistratieLV: string;
};
export type KenmerkInOnderzoek = {
  kenmerk: string;
  inOnderzoek: Indicatie;
  documentdatum: string;
  documentnummer: string;
  historie: { tijdstipRegistratie: string; beginGeldigheid: string; tijdstipRegistratieLV: string };
  /** identificatieVanVerblijfsobject, identificatieVanPand, … (named per object type). */
  [identificatieVan: string]: unknown;
};
type Polygon = { type: 'Polygon'; coordinates: number[][][] };

export type BagResult = { status: number; body: Record<string, unknown> };

/** Options every builder needs: the gateway's base URL for HAL links (`…/api/bag`). */
export type BagContext = { baseUrl: string; instance?: string };

const DOMEIN = {
  verblijfsobject: 'NL.IMBAG.Verblijfsobject',
  ligplaats: 'NL.IMBAG.Ligplaats',
  standplaats: 'NL.IMBAG.Standplaats',
  pand: 'NL.IMBAG.Pand',
  nummeraanduiding: 'NL.IMBAG.Nummeraanduiding',
} as const;

/** About 5% of objects carry an "in onderzoek" marker (the spec's Kenmerk…InOnderzoek). */
const IN_ONDERZOEK_KANS = 0.05;

function tijdstip(date: string, seed: string): string {
  const r = rng(`tijd:${seed}`);
  return `${date}T${String(r.int(8, 16)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}.000Z`;
}

function voorkomen(seed: string, vanaf: string): Voorkomen {
  const r = rng(`voorkomen:${seed}`);
  const beginGeldigheid = r.date(vanaf > '2010-01-01' ? vanaf : '2010-01-01', '2026-09-30');
  const tijdstipRegistratie = tijdstip(beginGeldigheid, seed);
  return {
    tijdstipRegistratie,
    versie: r.int(1, 4),
    beginGeldigheid,
    tijdstipRegistratieLV: tijdstipRegistratie.replace(/:(\d\d)\.000Z$/, ':$1.500Z'),
  };
}

function documentnummer(gemeentecode: string, datum: string, seed: string): string {
  return `GV${gemeentecode}-${datum.slice(0, 4)}-${String(rng(`doc:${seed}`).int(1, 99999)).padStart(5, '0')}`;
}

function documentdatum(beginGeldigheid: string, seed: string): string {
  const d = new Date(`${beginGeldigheid}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - rng(`docdatum:${seed}`).int(1, 40));
  return d.toISOString().slice(0, 10);
}

function inOnderzoek(seed: string, gemeentecode: string, kenmerken: readonly string[]): KenmerkInOnderzoek | undefined {
  const r = rng(`inonderzoek:${seed}`);
  if (!r.chance(IN_ONDERZOEK_KANS)) return undefined;
  // Investigations are recent: started within the last eighteen months of the mock year.
  const beginGeldigheid = r.date('2025-06-01', MOCK_TODAY);
  const tijdstipRegistratie = tijdstip(beginGeldigheid, `io:${seed}`);
  return {
    kenmerk: r.pick(kenmerken),
    inOnderzoek: 'J',
    historie: { tijdstipRegistratie, beginGeldigheid, tijdstipRegistratieLV: tijdstipRegistratie },
    documentdatum: beginGeldigheid,
    documentnummer: documentnummer(gemeentecode, beginGeldigheid, `io:${seed}`),
  };
}

export type PandFeiten = { bouwjaar: number; status: string; inOnderzoek?: KenmerkInOnderzoek };

export function pandFeiten(pand: BagPandRecord): PandFeiten {
  const r = rng(`pand:${pand.identificatie}`);
  const bouwjaar = r.pick([1890, 1920, 1935, 1955, 1965, 1975, 1985, 1995, 2005, 2015]) + r.int(0, 9);
  const io = inOnderzoek(`pand:${pand.identificatie}`, pand.gemeentecode, [
    'oorspronkelijk bouwjaar',
    'status',
    'geometrie',
  ]);
  return {
    bouwjaar,
    status: r.chance(0.03) ? 'Verbouwing pand' : 'Pand in gebruik',
    ...(io ? { inOnderzoek: { ...io, identificatieVanPand: pand.identificatie } } : {}),
  };
}

function pandGeometrie(pand: BagPandRecord): Polygon {
  const { x, y } = pand;
  const ring = [
    [x - 5, y - 6],
    [x + 5, y - 6],
    [x + 5, y + 6],
    [x - 5, y + 6],
    [x - 5, y - 6],
  ].map(([px, py]) => [px ?? 0, py ?? 0, 0]);
  return { type: 'Polygon', coordinates: [ring] };
}

export function pandResource(pandId: string, ctx: BagContext): Record<string, unknown> | undefined {
  const pand = bagIndex().panden.get(pandId);
  if (!pand) return undefined;
  const feiten = pandFeiten(pand);
  const vk = voorkomen(`pand:${pandId}`, `${feiten.bouwjaar}-01-01`);
  return {
    pand: {
      identificatie: pandId,
      domein: DOMEIN.pand,
      geometrie: pandGeometrie(pand),
      oorspronkelijkBouwjaar: String(feiten.bouwjaar),
      status: feiten.status,
      geconstateerd: 'N' satisfies Indicatie,
      documentdatum: documentdatum(vk.beginGeldigheid, pandId),
      documentnummer: documentnummer(pand.gemeentecode, vk.beginGeldigheid, pandId),
      voorkomen: vk,
    },
    ...(feiten.inOnderzoek ? { inonderzoek: [feiten.inOnderzoek] } : {}),
    _links: { self: { href: `${ctx.baseUrl}/panden/${pandId}` } },
  };
}

export type VerblijfsobjectFeiten = {
  gebruiksdoelen: string[];
  oppervlakte: number;
  status: string;
  inOnderzoek?: KenmerkInOnderzoek;
};

export function verblijfsobjectFeiten(object: BagObjectRecord, gemeentecode: string): VerblijfsobjectFeiten {
  const r = rng(`vbo:${object.identificatie}`);
  const gemengd = r.chance(0.06);
  const gebruiksdoelen = gemengd
    ? ['woonfunctie', r.pick(['kantoorfunctie', 'winkelfunctie', 'bijeenkomstfunctie'])]
    : ['woonfunctie'];
  // Skewed toward typical Dutch dwellings (median around 90 m²).
  const oppervlakte = Math.round(35 + r.next() * r.next() * 160 + r.int(0, 25));
  const status = r.chance(0.02) ? 'Verbouwing verblijfsobject' : 'Verblijfsobject in gebruik';
  const io = inOnderzoek(`vbo:${object.identificatie}`, gemeentecode, [
    'oppervlakte',
    'gebruiksdoel',
    'status',
    'geometrie',
  ]);
  return {
    gebruiksdoelen,
    oppervlakte,
    status,
    ...(io ? { inOnderzoek: { ...io, identificatieVanVerblijfsobject: object.identificatie } } : {}),
  };
}

function nummeraanduidingInOnderzoek(adres: BagAdresRecord): KenmerkInOnderzoek | undefined {
  const io = inOnderzoek(`na:${adres.nummeraanduidingIdentificatie}`, adres.gemeentecode, [
    'huisnummer',
    'postcode',
    'huisletter',
  ]);
  if (!io) return undefined;
  // A huisletter can only be investigated when the address has one.
  if (io.kenmerk === 'huisletter' && !adres.huisletter) io.kenmerk = 'postcode';
  if (io.kenmerk === 'postcode' && !adres.postcode) io.kenmerk = 'huisnummer';
  return { ...io, identificatieVanNummeraanduiding: adres.nummeraanduidingIdentificatie };
}

export function nummeraanduidingResource(adres: BagAdresRecord, ctx: BagContext): Record<string, unknown> {
  const na = adres.nummeraanduidingIdentificatie;
  const vk = voorkomen(`na:${na}`, '2010-01-01');
  const object = findObjectRecord(adres.adresseerbaarObjectIdentificatie);
  const io = nummeraanduidingInOnderzoek(adres);
  return {
    nummeraanduiding: {
      identificatie: na,
      domein: DOMEIN.nummeraanduiding,
      huisnummer: adres.huisnummer,
      ...(adres.huisletter ? { huisletter: adres.huisletter } : {}),
      ...(adres.huisnummertoevoeging ? { huisnummertoevoeging: adres.huisnummertoevoeging } : {}),
      ...(adres.postcode ? { postcode: adres.postcode } : {}),
      typeAdresseerbaarObject: object?.type ?? 'Verblijfsobject',
      status: 'Naamgeving uitgegeven',
      geconstateerd: 'N' satisfies Indicatie,
      documentdatum: documentdatum(vk.beginGeldigheid, na),
      documentnummer: documentnummer(adres.gemeentecode, vk.beginGeldigheid, na),
      voorkomen: vk,
      ligtIn: adres.woonplaatsIdentificatie,
      ligtAan: adres.openbareRuimteIdentificatie,
    },
    ...(io ? { inonderzoek: [io] } : {}),
    _links: {
      self: { href: `${ctx.baseUrl}/nummeraanduidingen/${na}` },
      ligtInWoonplaats: { href: `${ctx.baseUrl}/woonplaatsen/${adres.woonplaatsIdentificatie}` },
      ligtAanOpenbareRuimte: { href: `${ctx.baseUrl}/openbareruimten/${adres.openbareRuimteIdentificatie}` },
    },
  };
}

/** The AdresInOnderzoek booleans that follow from the nummeraanduiding's investigation. */
function adresInOnderzoek(adres: BagAdresRecord): Record<string, unknown> | undefined {
  const io = nummeraanduidingInOnderzoek(adres);
  if (!io) return undefined;
  return {
    [io.kenmerk]: true,
    toelichting: [`Nummeraanduiding ${adres.nummeraanduidingIdentificatie}: ${io.kenmerk} in onderzoek`],
  };
}

export type Expand = ReadonlySet<string>;

export function adresResource(
  adres: BagAdresRecord,
  ctx: BagContext,
  expand: Expand = new Set(),
): Record<string, unknown> {
  const object = findObjectRecord(adres.adresseerbaarObjectIdentificatie);
  const io = adresInOnderzoek(adres);
  const na = adres.nummeraanduidingIdentificatie;
  const panden = object?.pandIdentificaties ?? [];
  return {
    openbareRuimteNaam: adres.openbareRuimteNaam,
    korteNaam: adres.korteNaam,
    huisnummer: adres.huisnummer,
    ...(adres.huisletter ? { huisletter: adres.huisletter } : {}),
    ...(adres.huisnummertoevoeging ? { huisnummertoevoeging: adres.huisnummertoevoeging } : {}),
    ...(adres.postcode ? { postcode: adres.postcode } : {}),
    woonplaatsNaam: adres.woonplaatsNaam,
    nummeraanduidingIdentificatie: na,
    openbareRuimteIdentificatie: adres.openbareRuimteIdentificatie,
    woonplaatsIdentificatie: adres.woonplaatsIdentificatie,
    adresseerbaarObjectIdentificatie: adres.adresseerbaarObjectIdentificatie,
    ...(panden.length ? { pandIdentificaties: panden } : {}),
    ...(object && object.hoofdadres !== na ? { indicatieNevenadres: true } : {}),
    ...(io ? { inonderzoek: io } : {}),
    _links: {
      self: { href: `${ctx.baseUrl}/adressen/${na}` },
      openbareRuimte: { href: `${ctx.baseUrl}/openbareruimten/${adres.openbareRuimteIdentificatie}` },
      nummeraanduiding: { href: `${ctx.baseUrl}/nummeraanduidingen/${na}` },
      woonplaats: { href: `${ctx.baseUrl}/woonplaatsen/${adres.woonplaatsIdentificatie}` },
      adresseerbaarObject: { href: `${ctx.baseUrl}/adresseerbareobjecten/${adres.adresseerbaarObjectIdentificatie}` },
      ...(panden.length ? { panden: panden.map((p) => ({ href: `${ctx.baseUrl}/panden/${p}` })) } : {}),
    },
    ...(expand.has('nummeraanduiding')
      ? { _embedded: { nummeraanduiding: nummeraanduidingResource(adres, ctx) } }
      : {}),
  };
}

function objectGeometrie(
  object: BagObjectRecord,
  hoofd: BagAdresRecord,
): { punt: { type: 'Point'; coordinates: number[] } } {
  const pand = bagIndex().panden.get(object.pandIdentificaties[0] ?? '');
  const r = rng(`vbo-punt:${object.identificatie}`);
  const x = (pand?.x ?? rng(`plaats:${hoofd.postcode ?? hoofd.woonplaatsNaam}`).int(20_000, 270_000)) + r.int(-3, 3);
  const y = (pand?.y ?? rng(`plaats-y:${hoofd.postcode ?? hoofd.woonplaatsNaam}`).int(310_000, 610_000)) + r.int(-4, 4);
  return { punt: { type: 'Point', coordinates: [x, y, 0] } };
}

function plaatsVlak(object: BagObjectRecord): Polygon {
  const r = rng(`plaats-vlak:${object.identificatie}`);
  const x = r.int(20_000, 270_000);
  const y = r.int(310_000, 610_000);
  return {
    type: 'Polygon',
    coordinates: [
      [
        [x, y, 0],
        [x + 20, y, 0],
        [x + 20, y + 6, 0],
        [x, y + 6, 0],
        [x, y, 0],
      ],
    ],
  };
}

/** `GET /adresseerbareobjecten/{id}` body (AdresseerbaarObjectIOHal). */
export function adresseerbaarObjectResource(
  object: BagObjectRecord,
  ctx: BagContext,
  expand: Expand = new Set(),
): Record<string, unknown> | undefined {
  const hoofd = findAdresRecord(object.hoofdadres);
  if (!hoofd) return undefined;
  const id = object.identificatie;
  const kind =
    object.type === 'Verblijfsobject' ? 'verblijfsobject' : object.type === 'Ligplaats' ? 'ligplaats' : 'standplaats';
  const neven = object.nevenadressen;
  const links: Record<string, HalLink | HalLink[]> = {
    self: { href: `${ctx.baseUrl}/${kind === 'verblijfsobject' ? 'verblijfsobjecten' : `${kind}en`}/${id}` },
    heeftAlsHoofdAdres: { href: `${ctx.baseUrl}/nummeraanduidingen/${object.hoofdadres}` },
    ...(neven.length
      ? { heeftAlsNevenAdres: neven.map((n) => ({ href: `${ctx.baseUrl}/nummeraanduidingen/${n}` })) }
      : {}),
  };
  const embedded: Record<string, unknown> = {};
  if (expand.has('heeftAlsHoofdAdres')) embedded.heeftAlsHoofdAdres = nummeraanduidingResource(hoofd, ctx);
  if (expand.has('heeftAlsNevenAdres') && neven.length) {
    embedded.heeftAlsNevenAdres = neven.flatMap((n) => {
      const a = findAdresRecord(n);
      return a ? [nummeraanduidingResource(a, ctx)] : [];
    });
  }
  let inner: Record<string, unknown>;
  let inonderzoek: KenmerkInOnderzoek | undefined;
  if (kind === 'verblijfsobject') {
    const feiten = verblijfsobjectFeiten(object, hoofd.gemeentecode);
    const pandFeitenEerste = bagIndex().panden.get(object.pandIdentificaties[0] ?? '');
    const bouwjaar = pandFeitenEerste ? pandFeiten(pandFeitenEerste).bouwjaar : 1970;
    const vk = voorkomen(`vbo:${id}`, `${bouwjaar}-01-01`);
    inonderzoek = feiten.inOnderzoek;
    inner = {
      identificatie: id,
      domein: DOMEIN.verblijfsobject,
      geometrie: objectGeometrie(object, hoofd),
      gebruiksdoelen: feiten.gebruiksdoelen,
      oppervlakte: feiten.oppervlakte,
      status: feiten.status,
      geconstateerd: 'N' satisfies Indicatie,
      documentdatum: documentdatum(vk.beginGeldigheid, id),
      documentnummer: documentnummer(hoofd.gemeentecode, vk.beginGeldigheid, id),
      voorkomen: vk,
      maaktDeelUitVan: object.pandIdentificaties,
      heeftAlsHoofdAdres: object.hoofdadres,
      ...(neven.length ? { heeftAlsNevenAdres: neven } : {}),
      type: object.type,
    };
    links.maaktDeelUitVan = object.pandIdentificaties.map((p) => ({ href: `${ctx.baseUrl}/panden/${p}` }));
    if (expand.has('maaktDeelUitVan')) {
      embedded.maaktDeelUitVan = object.pandIdentificaties.flatMap((p) => {
        const pand = pandResource(p, ctx);
        return pand ? [pand] : [];
      });
    }
  } else {
    const vk = voorkomen(`${kind}:${id}`, '2010-01-01');
    const io = inOnderzoek(`${kind}:${id}`, hoofd.gemeentecode, ['status', 'geometrie']);
    inonderzoek = io
      ? { ...io, [kind === 'ligplaats' ? 'identificatieVanLigplaats' : 'identificatieVanStandplaats']: id }
      : undefined;
    inner = {
      identificatie: id,
      domein: kind === 'ligplaats' ? DOMEIN.ligplaats : DOMEIN.standplaats,
      status: 'Plaats aangewezen',
      geometrie: plaatsVlak(object),
      geconstateerd: 'N' satisfies Indicatie,
      documentdatum: documentdatum(vk.beginGeldigheid, id),
      documentnummer: documentnummer(hoofd.gemeentecode, vk.beginGeldigheid, id),
      voorkomen: vk,
      heeftAlsHoofdAdres: object.hoofdadres,
      ...(neven.length ? { heeftAlsNevenAdres: neven } : {}),
      type: object.type,
    };
  }
  return {
    [kind]: {
      [kind]: inner,
      ...(inonderzoek ? { inonderzoek: [inonderzoek] } : {}),
      ...(Object.keys(embedded).length ? { _embedded: embedded } : {}),
      _links: links,
    },
    _links: { self: { href: `${ctx.baseUrl}/adresseerbareobjecten/${id}` } },
  };
}

// ---- Request handling (pure): parameters in, status + body out ----

// The BAG Error schema names the parameter list `invalid-params` (with a hyphen), unlike the
// Haal Centraal `invalidParams`.
const error = (
  status: number,
  title: string,
  detail: string,
  ctx: BagContext,
  code: string,
  invalidParams?: InvalidParam[],
): BagResult => haalCentraalProblem(status, title, detail, ctx, code, invalidParams, 'invalid-params');

const badParam = (ctx: BagContext, name: string, code: string, reason: string): BagResult =>
  haalCentraalBadParam(ctx, name, code, reason, 'invalid-params');

function notFound(ctx: BagContext, wat: string): BagResult {
  return error(
    404,
    'Opgevraagde resource bestaat niet.',
    `Geen ${wat} gevonden met de opgegeven identificatie.`,
    ctx,
    'notFound',
  );
}

const OBJECT_EXPAND = ['heeftAlsHoofdAdres', 'heeftAlsNevenAdres', 'maaktDeelUitVan'];
const ADRES_EXPAND = ['nummeraanduiding'];

/**
 * `expand=true` asks for every relation; otherwise a comma-separated list. Relations the mock
 * does not build (openbareRuimte, woonplaats on /adressen) are refused with 400, like an
 * unknown expand value, rather than silently left out.
 */
function parseExpand(value: string | null, allowed: readonly string[], ctx: BagContext): Expand | BagResult {
  if (value === null || value === '' || value === 'false') return new Set();
  if (value === 'true') return new Set(allowed);
  const parts = value.split(',').map((s) => s.trim());
  const unknown = parts.find((p) => !allowed.includes(p));
  if (unknown)
    return badParam(ctx, 'expand', 'expand', `De mock ondersteunt expand=${allowed.join(',')}; niet: ${unknown}.`);
  return new Set(parts);
}

export function findAdresseerbaarObject(id: string, params: URLSearchParams, ctx: BagContext): BagResult {
  if (!AO_PATTERN.test(id))
    return badParam(
      ctx,
      'adresseerbaarObjectIdentificatie',
      'pattern',
      'Waarde voldoet niet aan patroon ^[0-9]{4}(01|02|03)[0-9]{10}$.',
    );
  const expand = parseExpand(params.get('expand'), OBJECT_EXPAND, ctx);
  if ('status' in expand) return expand;
  const object = findObjectRecord(id);
  const body = object ? adresseerbaarObjectResource(object, ctx, expand) : undefined;
  return body ? { status: 200, body } : notFound(ctx, 'adresseerbaar object');
}

export function findAdres(id: string, params: URLSearchParams, ctx: BagContext): BagResult {
  if (!NA_PATTERN.test(id))
    return badParam(
      ctx,
      'nummeraanduidingIdentificatie',
      'pattern',
      'Waarde voldoet niet aan patroon ^[0-9]{4}20[0-9]{10}$.',
    );
  const expand = parseExpand(params.get('expand'), ADRES_EXPAND, ctx);
  if ('status' in expand) return expand;
  const adres = findAdresRecord(id);
  return adres ? { status: 200, body: adresResource(adres, ctx, expand) } : notFound(ctx, 'adres');
}

export function findPand(id: string, ctx: BagContext): BagResult {
  if (!PAND_PATTERN.test(id))
    return badParam(ctx, 'identificatie', 'pattern', 'Waarde voldoet niet aan patroon ^[0-9]{4}10[0-9]{10}$.');
  const body = pandResource(id, ctx);
  return body ? { status: 200, body } : notFound(ctx, 'pand');
}

const DATUM = /^\d{4}-\d{2}-\d{2}$/;
const TIJDSTIP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * `GET /bronhouders/{identificatie}`: the municipality with this gemeentecode (Tabel 33). A
 * municipality that merged is still known, with the date it ended (`eindGeldigheid`); asked
 * with `geldigOp` on or after that date it did not exist, so the answer is 404.
 */
export function findBronhouder(code: string, params: URLSearchParams, ctx: BagContext): BagResult {
  if (!/^[0-9]{4}$/.test(code))
    return badParam(ctx, 'identificatie', 'pattern', 'Waarde voldoet niet aan patroon ^[0-9]{4}$.');
  const geldigOp = params.get('geldigOp');
  if (geldigOp !== null && (!DATUM.test(geldigOp) || Number.isNaN(Date.parse(geldigOp))))
    return badParam(ctx, 'geldigOp', 'date', 'Waarde is geen geldige datum (JJJJ-MM-DD).');
  const beschikbaarOp = params.get('beschikbaarOp');
  if (beschikbaarOp !== null && !TIJDSTIP.test(beschikbaarOp))
    return badParam(ctx, 'beschikbaarOp', 'date-time', 'Waarde is geen geldig tijdstip.');
  const gemeente = findGemeente(code);
  if (!gemeente || (geldigOp && gemeente.eindGeldigheid && geldigOp >= gemeente.eindGeldigheid))
    return notFound(ctx, 'bronhouder');
  return {
    status: 200,
    body: {
      bronhouder: {
        code: gemeente.code,
        naam: gemeente.naam,
        ...(gemeente.eindGeldigheid ? { eindGeldigheid: gemeente.eindGeldigheid } : {}),
      },
      _links: { self: { href: `${ctx.baseUrl}/bronhouders/${gemeente.code}` } },
    },
  };
}

const SUPPORTED_SEARCH = [
  'postcode',
  'huisnummer',
  'huisletter',
  'huisnummertoevoeging',
  'exacteMatch',
  'adresseerbaarObjectIdentificatie',
  'pandIdentificatie',
  'expand',
  'page',
  'pageSize',
];

/**
 * `GET /adressen`: postcode + huisnummer (optional huisletter, huisnummertoevoeging,
 * exacteMatch), adresseerbaarObjectIdentificatie, or pandIdentificatie. Without exacteMatch
 * a search without huisletter/toevoeging also returns the letters and toevoegingen at that
 * number (BAG's features/exacte_match.feature), which a "find your address" form needs.
 */
export function searchAdressen(params: URLSearchParams, ctx: BagContext): BagResult {
  for (const name of params.keys()) {
    if (!SUPPORTED_SEARCH.includes(name))
      return badParam(ctx, name, 'unsupported', 'Deze parameter wordt door de mock niet ondersteund.');
  }
  const expand = parseExpand(params.get('expand'), ADRES_EXPAND, ctx);
  if ('status' in expand) return expand;
  const page = Number(params.get('page') ?? '1');
  const pageSize = Number(params.get('pageSize') ?? '20');
  if (!Number.isInteger(page) || page < 1) return badParam(ctx, 'page', 'minimum', 'Waarde is lager dan minimum 1.');
  if (!Number.isInteger(pageSize) || pageSize < 10 || pageSize > 100)
    return badParam(ctx, 'pageSize', 'range', 'Waarde moet tussen 10 en 100 liggen.');

  let found: BagAdresRecord[];
  const postcodeRaw = params.get('postcode');
  const ao = params.get('adresseerbaarObjectIdentificatie');
  const pand = params.get('pandIdentificatie');
  if (postcodeRaw !== null) {
    const postcode = postcodeRaw.toUpperCase();
    if (!/^[1-9][0-9]{3}[A-Z]{2}$/.test(postcode))
      return badParam(ctx, 'postcode', 'pattern', 'Waarde voldoet niet aan patroon ^[1-9]{1}[0-9]{3}[a-zA-Z]{2}$.');
    const hnRaw = params.get('huisnummer');
    if (hnRaw === null) return badParam(ctx, 'huisnummer', 'required', 'Parameter is verplicht bij postcode.');
    const huisnummer = Number(hnRaw);
    if (!Number.isInteger(huisnummer) || huisnummer < 1 || huisnummer > 99999)
      return badParam(ctx, 'huisnummer', 'range', 'Waarde moet tussen 1 en 99999 liggen.');
    const letter = params.get('huisletter');
    const toevoeging = params.get('huisnummertoevoeging');
    if (letter !== null && !/^[a-zA-Z]$/.test(letter))
      return badParam(ctx, 'huisletter', 'pattern', 'Waarde voldoet niet aan patroon ^[a-zA-Z]{1}$.');
    if (toevoeging !== null && !/^[0-9a-zA-Z]{1,4}$/.test(toevoeging))
      return badParam(ctx, 'huisnummertoevoeging', 'pattern', 'Waarde voldoet niet aan patroon ^[0-9a-zA-Z]{1,4}$.');
    const exact = params.get('exacteMatch') === 'true';
    const same = (a: string | undefined, b: string | null) => (a ?? '').toUpperCase() === (b ?? '').toUpperCase();
    found = [...bagIndex().adressen.values()].filter(
      (a) =>
        a.postcode === postcode &&
        a.huisnummer === huisnummer &&
        (letter !== null || exact ? same(a.huisletter, letter) : true) &&
        (toevoeging !== null || exact ? same(a.huisnummertoevoeging, toevoeging) : true),
    );
  } else if (ao !== null) {
    if (!AO_PATTERN.test(ao))
      return badParam(
        ctx,
        'adresseerbaarObjectIdentificatie',
        'pattern',
        'Waarde voldoet niet aan patroon ^[0-9]{4}(01|02|03)[0-9]{10}$.',
      );
    const object = findObjectRecord(ao);
    found = object ? [object.hoofdadres, ...object.nevenadressen].flatMap((n) => findAdresRecord(n) ?? []) : [];
  } else if (pand !== null) {
    if (!PAND_PATTERN.test(pand))
      return badParam(ctx, 'pandIdentificatie', 'pattern', 'Waarde voldoet niet aan patroon ^[0-9]{4}10[0-9]{10}$.');
    const objecten = bagIndex().panden.get(pand)?.objecten ?? [];
    found = objecten.flatMap((id) => findAdresRecord(findObjectRecord(id)?.hoofdadres ?? '') ?? []);
  } else {
    return badParam(
      ctx,
      'postcode',
      'required',
      'Geef postcode en huisnummer, adresseerbaarObjectIdentificatie of pandIdentificatie op.',
    );
  }
  found.sort(
    (a, b) =>
      (a.huisletter ?? '').localeCompare(b.huisletter ?? '') ||
      (a.huisnummertoevoeging ?? '').localeCompare(b.huisnummertoevoeging ?? ''),
  );

  const last = Math.max(1, Math.ceil(found.length / pageSize));
  const pageItems = found.slice((page - 1) * pageSize, page * pageSize);
  const query = new URLSearchParams(params);
  const pageHref = (p: number) => {
    query.set('page', String(p));
    return `${ctx.baseUrl}/adressen?${query.toString()}`;
  };
  const selfQuery = params.toString();
  return {
    status: 200,
    body: {
      _links: {
        self: { href: `${ctx.baseUrl}/adressen${selfQuery ? `?${selfQuery}` : ''}` },
        first: { href: pageHref(1) },
        ...(page > 1 ? { previous: { href: pageHref(page - 1) } } : {}),
        ...(page < last ? { next: { href: pageHref(page + 1) } } : {}),
        last: { href: pageHref(last) },
      },
      _embedded: { adressen: pageItems.map((a) => adresResource(a, ctx, expand)) },
    },
  };
}
