import { http } from '../gateway/http';
import {
  CATALOGUS_UUID, findEigenschap, findResultaattype, findRoltype, findStatustype, getZaaktype, INFORMATIEOBJECTTYPE_UUID, listZaaktypen,
  type Zaaktype,
} from '../data/zaken/catalogus';
import {
  catalogusJson, eigenschapJson, informatieobjecttypeJson, resultaattypeJson, roltypeJson, statustypeJson, urls, uuidFromUrl, zaaktypeJson, ZTC, ZTC_ROUTE,
} from '../data/zaken/serialize';
import { notFound, origin, paginated, zgwJson } from '../data/zaken/zgw-http';

/**
 * Mock Catalogi API 1.3.1 under /api/catalogi/api/v1 (read-only). A catalogue is public
 * information, so no session is needed. Lists filter on `zaaktype` like the real API.
 */

const VERSION = '1.3.1';

function zaaktypeFilter(request: Request): { ok: true; zaaktypen: Zaaktype[] } | { ok: false } {
  const param = new URL(request.url).searchParams.get('zaaktype');
  if (param === null) return { ok: true, zaaktypen: listZaaktypen() };
  const uuid = uuidFromUrl(param, ZTC, 'zaaktypen');
  const z = uuid ? getZaaktype(uuid) : undefined;
  return z ? { ok: true, zaaktypen: [z] } : { ok: true, zaaktypen: [] };
}

function list<T>(request: Request, pick: (z: Zaaktype) => T[], toJson: (item: T, u: ReturnType<typeof urls>) => unknown): Response {
  const filter = zaaktypeFilter(request);
  const u = urls(origin(request));
  const items = filter.ok ? filter.zaaktypen.flatMap(pick).map((x) => toJson(x, u)) : [];
  return zgwJson(paginated(items), 200, VERSION);
}

export const catalogiHandlers = [
  http.get(`${ZTC_ROUTE}/catalogussen`, ({ request }) => zgwJson(paginated([catalogusJson(urls(origin(request)))]), 200, VERSION)),
  http.get(`${ZTC_ROUTE}/catalogussen/:uuid`, ({ request, params }) =>
    params.uuid === CATALOGUS_UUID ? zgwJson(catalogusJson(urls(origin(request))), 200, VERSION) : notFound(request.url)),

  http.get(`${ZTC_ROUTE}/zaaktypen`, ({ request }) => {
    const identificatie = new URL(request.url).searchParams.get('identificatie');
    const u = urls(origin(request));
    const items = listZaaktypen().filter((z) => identificatie === null || z.identificatie === identificatie).map((z) => zaaktypeJson(z, u));
    return zgwJson(paginated(items), 200, VERSION);
  }),
  http.get(`${ZTC_ROUTE}/zaaktypen/:uuid`, ({ request, params }) => {
    const z = getZaaktype(String(params.uuid));
    return z ? zgwJson(zaaktypeJson(z, urls(origin(request))), 200, VERSION) : notFound(request.url);
  }),

  http.get(`${ZTC_ROUTE}/statustypen`, ({ request }) => list(request, (z) => z.statustypen, statustypeJson)),
  http.get(`${ZTC_ROUTE}/statustypen/:uuid`, ({ request, params }) => {
    const s = findStatustype(String(params.uuid));
    return s ? zgwJson(statustypeJson(s, urls(origin(request))), 200, VERSION) : notFound(request.url);
  }),

  http.get(`${ZTC_ROUTE}/eigenschappen`, ({ request }) => list(request, (z) => z.eigenschappen, eigenschapJson)),
  http.get(`${ZTC_ROUTE}/eigenschappen/:uuid`, ({ request, params }) => {
    const e = findEigenschap(String(params.uuid));
    return e ? zgwJson(eigenschapJson(e, urls(origin(request))), 200, VERSION) : notFound(request.url);
  }),

  http.get(`${ZTC_ROUTE}/resultaattypen`, ({ request }) => list(request, (z) => z.resultaattypen, resultaattypeJson)),
  http.get(`${ZTC_ROUTE}/resultaattypen/:uuid`, ({ request, params }) => {
    const r = findResultaattype(String(params.uuid));
    return r ? zgwJson(resultaattypeJson(r, urls(origin(request))), 200, VERSION) : notFound(request.url);
  }),

  http.get(`${ZTC_ROUTE}/roltypen`, ({ request }) => list(request, (z) => [z.roltype], roltypeJson)),
  http.get(`${ZTC_ROUTE}/roltypen/:uuid`, ({ request, params }) => {
    const r = findRoltype(String(params.uuid));
    return r ? zgwJson(roltypeJson(r, urls(origin(request))), 200, VERSION) : notFound(request.url);
  }),

  http.get(`${ZTC_ROUTE}/informatieobjecttypen/:uuid`, ({ request, params }) =>
    params.uuid === INFORMATIEOBJECTTYPE_UUID ? zgwJson(informatieobjecttypeJson(urls(origin(request))), 200, VERSION) : notFound(request.url)),
];
