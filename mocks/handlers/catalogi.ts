import { http } from '../gateway/http';
import {
  CATALOGUS_UUID,
  findEigenschap,
  findResultaattype,
  findRoltype,
  findStatustype,
  getZaaktype,
  INFORMATIEOBJECTTYPE_UUID,
  listZaaktypen,
  type Zaaktype,
} from '../data/zaken/catalogus';
import {
  catalogusJson,
  eigenschapJson,
  informatieobjecttypeJson,
  resultaattypeJson,
  roltypeJson,
  statustypeJson,
  urls,
  uuidFromUrl,
  zaaktypeJson,
  ZTC,
  ZTC_ROUTE,
} from '../data/zaken/serialize';
import { notFound, origin, pagedJson, unknownQueryParams, validatieFout, zgwJson } from '../data/zaken/zgw-http';

/**
 * Mock Catalogi API 1.3.1 under /api/catalogi/api/v1 (read-only). A catalogue is public
 * information, so no session is needed. Lists paginate (100 per page) and filter like the real
 * API: on zaaktype (URL or identificatie), on `status` (everything here is published) and on
 * `trefwoorden`; a parameter the endpoint does not know is a 400.
 */

const VERSION = '1.3.1';
const STATUS = ['alles', 'concept', 'definitief'];

type Filtered = { zaaktypen: Zaaktype[] } | Response;

/** The zaaktypen a child list is limited to, from `zaaktype` / `zaaktypeIdentificatie` / `status`. */
function zaaktypeFilter(request: Request, identificatieParam: string, datumParam: string): Filtered {
  const unknown = unknownQueryParams(request, [
    'zaaktype',
    identificatieParam,
    'status',
    datumParam,
    ...(request.url.includes('/roltypen') ? ['omschrijvingGeneriek'] : []),
  ]);
  if (unknown) return unknown;
  const q = new URL(request.url).searchParams;
  let zaaktypen = listZaaktypen();
  const url = q.get('zaaktype');
  if (url !== null) {
    const uuid = uuidFromUrl(url, ZTC, 'zaaktypen');
    if (!uuid)
      return validatieFout(request.url, [{ name: 'zaaktype', code: 'invalid', reason: 'Geen geldige zaaktype-URL.' }]);
    zaaktypen = zaaktypen.filter((z) => z.uuid === uuid);
  }
  const identificatie = q.get(identificatieParam);
  if (identificatie !== null) zaaktypen = zaaktypen.filter((z) => z.identificatie === identificatie);
  const status = q.get('status');
  if (status !== null && !STATUS.includes(status))
    return validatieFout(request.url, [
      { name: 'status', code: 'invalid_choice', reason: `Kies uit: ${STATUS.join(', ')}.` },
    ]);
  // Every zaaktype of this catalogue is published: "concept" finds none.
  if (status === 'concept') zaaktypen = [];
  const datum = q.get(datumParam);
  if (datum !== null && !/^\d{4}-\d{2}-\d{2}$/.test(datum))
    return validatieFout(request.url, [{ name: datumParam, code: 'invalid', reason: 'JJJJ-MM-DD.' }]);
  return { zaaktypen };
}

function list<T>(
  request: Request,
  filter: Filtered,
  pick: (z: Zaaktype) => T[],
  toJson: (item: T, u: ReturnType<typeof urls>) => unknown,
): Response {
  if (filter instanceof Response) return filter;
  const u = urls(origin(request));
  return pagedJson(
    request,
    filter.zaaktypen.flatMap(pick).map((x) => toJson(x, u)),
    VERSION,
  );
}

export const catalogiHandlers = [
  http.get(`${ZTC_ROUTE}/catalogussen`, ({ request }) => {
    const unknown = unknownQueryParams(request, ['domein', 'domein__in', 'rsin', 'rsin__in']);
    return unknown ?? pagedJson(request, [catalogusJson(urls(origin(request)))], VERSION);
  }),
  http.get(`${ZTC_ROUTE}/catalogussen/:uuid`, ({ request, params }) =>
    params.uuid === CATALOGUS_UUID
      ? zgwJson(catalogusJson(urls(origin(request))), 200, VERSION)
      : notFound(request.url),
  ),

  http.get(`${ZTC_ROUTE}/zaaktypen`, ({ request }) => {
    const unknown = unknownQueryParams(request, [
      'catalogus',
      'identificatie',
      'trefwoorden',
      'status',
      'datumGeldigheid',
    ]);
    if (unknown) return unknown;
    const q = new URL(request.url).searchParams;
    const identificatie = q.get('identificatie');
    const trefwoorden = q.get('trefwoorden')?.split(',').filter(Boolean) ?? [];
    const catalogus = q.get('catalogus');
    const u = urls(origin(request));
    const items = listZaaktypen()
      .filter((z) => identificatie === null || z.identificatie === identificatie)
      .filter(() => catalogus === null || uuidFromUrl(catalogus, ZTC, 'catalogussen') === CATALOGUS_UUID)
      .map((z) => zaaktypeJson(z, u))
      .filter((z) => trefwoorden.every((t) => z.trefwoorden.includes(t)));
    return pagedJson(request, items, VERSION);
  }),
  http.get(`${ZTC_ROUTE}/zaaktypen/:uuid`, ({ request, params }) => {
    const z = getZaaktype(String(params.uuid));
    return z ? zgwJson(zaaktypeJson(z, urls(origin(request))), 200, VERSION) : notFound(request.url);
  }),

  http.get(`${ZTC_ROUTE}/statustypen`, ({ request }) =>
    list(
      request,
      zaaktypeFilter(request, 'zaaktypeIdentificatie', 'datumGeldigheid'),
      (z) => z.statustypen,
      statustypeJson,
    ),
  ),
  http.get(`${ZTC_ROUTE}/statustypen/:uuid`, ({ request, params }) => {
    const s = findStatustype(String(params.uuid));
    return s ? zgwJson(statustypeJson(s, urls(origin(request))), 200, VERSION) : notFound(request.url);
  }),

  http.get(`${ZTC_ROUTE}/eigenschappen`, ({ request }) =>
    list(
      request,
      zaaktypeFilter(request, 'zaaktypeIdentificatie', 'datumGeldigheid'),
      (z) => z.eigenschappen,
      eigenschapJson,
    ),
  ),
  http.get(`${ZTC_ROUTE}/eigenschappen/:uuid`, ({ request, params }) => {
    const e = findEigenschap(String(params.uuid));
    return e ? zgwJson(eigenschapJson(e, urls(origin(request))), 200, VERSION) : notFound(request.url);
  }),

  // The 1.3.1 spec spells this list's parameters in snake_case.
  http.get(`${ZTC_ROUTE}/resultaattypen`, ({ request }) =>
    list(
      request,
      zaaktypeFilter(request, 'zaaktype_identificatie', 'datum_geldigheid'),
      (z) => z.resultaattypen,
      resultaattypeJson,
    ),
  ),
  http.get(`${ZTC_ROUTE}/resultaattypen/:uuid`, ({ request, params }) => {
    const r = findResultaattype(String(params.uuid));
    return r ? zgwJson(resultaattypeJson(r, urls(origin(request))), 200, VERSION) : notFound(request.url);
  }),

  http.get(`${ZTC_ROUTE}/roltypen`, ({ request }) => {
    const generiek = new URL(request.url).searchParams.get('omschrijvingGeneriek');
    return list(
      request,
      zaaktypeFilter(request, 'zaaktypeIdentificatie', 'datumGeldigheid'),
      (z) => [z.roltype, z.belanghebbende].filter((r) => generiek === null || r.omschrijvingGeneriek === generiek),
      roltypeJson,
    );
  }),
  http.get(`${ZTC_ROUTE}/roltypen/:uuid`, ({ request, params }) => {
    const r = findRoltype(String(params.uuid));
    return r ? zgwJson(roltypeJson(r, urls(origin(request))), 200, VERSION) : notFound(request.url);
  }),

  http.get(`${ZTC_ROUTE}/informatieobjecttypen/:uuid`, ({ request, params }) =>
    params.uuid === INFORMATIEOBJECTTYPE_UUID
      ? zgwJson(informatieobjecttypeJson(urls(origin(request))), 200, VERSION)
      : notFound(request.url),
  ),
];
