import { http } from '../gateway/http';
import { halResponse } from './haal-centraal';
import { requireCitizen } from '../gateway/citizen';
import {
  findAdres,
  findAdresseerbaarObject,
  findBronhouder,
  findPand,
  searchAdressen,
  type BagContext,
  type BagResult,
} from '../data/bag';

/**
 * BAG API Individuele Bevragingen 2.0.0 under `/api/bag/` (official paths): adresseerbare
 * objecten, adressen (by id and by postcode + huisnummer), panden and bronhouders (a
 * municipality's name by its gemeentecode). BAG data is public, but
 * like every gateway endpoint it still needs a signed-in citizen. The logic is in
 * `mocks/data/bag` (pure, unit-tested); these resolvers only translate HTTP.
 */
function context(request: Request): BagContext {
  const url = new URL(request.url);
  return { baseUrl: `${url.origin}/api/bag`, instance: url.href };
}

/** The spec's version header (2.0.0) on every answer. */
const respond = (result: BagResult): Response => halResponse(result, '2.0.0');

export const bagHandlers = [
  http.get('/bag/adresseerbareobjecten/:id', ({ request, cookies, params }) => {
    const session = requireCitizen(cookies, { dienst: 'gegevens', register: 'bag' });
    if (session instanceof Response) return session;
    return respond(findAdresseerbaarObject(String(params.id), new URL(request.url).searchParams, context(request)));
  }),
  http.get('/bag/adressen/:id', ({ request, cookies, params }) => {
    const session = requireCitizen(cookies, { dienst: 'gegevens', register: 'bag' });
    if (session instanceof Response) return session;
    return respond(findAdres(String(params.id), new URL(request.url).searchParams, context(request)));
  }),
  http.get('/bag/adressen', ({ request, cookies }) => {
    const session = requireCitizen(cookies, { dienst: 'gegevens', register: 'bag' });
    if (session instanceof Response) return session;
    return respond(searchAdressen(new URL(request.url).searchParams, context(request)));
  }),
  http.get('/bag/panden/:id', ({ request, cookies, params }) => {
    const session = requireCitizen(cookies, { dienst: 'gegevens', register: 'bag' });
    if (session instanceof Response) return session;
    return respond(findPand(String(params.id), context(request)));
  }),
  http.get('/bag/bronhouders/:id', ({ request, cookies, params }) => {
    const session = requireCitizen(cookies, { dienst: 'gegevens', register: 'bag' });
    if (session instanceof Response) return session;
    return respond(findBronhouder(String(params.id), new URL(request.url).searchParams, context(request)));
  }),
];
