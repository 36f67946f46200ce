import { http } from '../gateway/http';
import { halResponse } from './haal-centraal';
import { requireCitizen } from '../gateway/citizen';
import { findWozObject, searchWozObjecten, type WozContext, type WozResult } from '../data/woz';

/**
 * WOZ Bevragen 1.0.0 under `/api/woz/` (the municipality is the holder; Kadaster's landelijke
 * voorziening serves it). The logic is in `mocks/data/woz` (pure, unit-tested).
 */
function context(request: Request): WozContext {
  const url = new URL(request.url);
  return {
    baseUrl: `${url.origin}/api/woz`,
    bagBaseUrl: `${url.origin}/api/bag`,
    brkBaseUrl: `${url.origin}/api/brk`,
    instance: url.href,
  };
}

/** The spec's version header (1.0.0) on every answer. */
const respond = (result: WozResult): Response => halResponse(result, '1.0.0');

export const wozHandlers = [
  http.get('/woz/wozobjecten', ({ request, cookies }) => {
    const session = requireCitizen(cookies, { dienst: 'gegevens', register: 'woz' });
    if (session instanceof Response) return session;
    return respond(searchWozObjecten(new URL(request.url).searchParams, session, context(request)));
  }),
  http.get('/woz/wozobjecten/:identificatie', ({ request, cookies, params }) => {
    const session = requireCitizen(cookies, { dienst: 'gegevens', register: 'woz' });
    if (session instanceof Response) return session;
    return respond(findWozObject(String(params.identificatie), session, context(request)));
  }),
];
