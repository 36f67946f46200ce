import { http } from '../gateway/http';
import { halResponse, readJsonBody } from './haal-centraal';
import { requireCitizen } from '../gateway/citizen';
import { brkForBsn, brkZaak, brkZakelijkGerechtigden, type BrkContext, type BrkResult } from '../data/brk';

/**
 * Haal Centraal BRK Bevragen 2.0.0 under `/api/brk/`: the BSN search is a POST body (no BSN in
 * a URL), and a zaak or its gerechtigden only for a citizen with a zakelijk recht on it. The
 * logic lives in `mocks/data/brk` (pure, unit-tested).
 */
function context(request: Request): BrkContext {
  const url = new URL(request.url);
  return { baseUrl: `${url.origin}/api/brk`, bagBaseUrl: `${url.origin}/api/bag`, instance: url.href };
}

/** The spec's version header (2.0.0) on every answer. */
const respond = (result: BrkResult): Response => halResponse(result, '2.0.0');

export const brkHandlers = [
  http.post('/brk/kadastraalonroerendezaken', async ({ request, cookies }) => {
    const session = requireCitizen(cookies, { dienst: 'gegevens', register: 'brk' });
    if (session instanceof Response) return session;
    const read = await readJsonBody(request);
    if (read instanceof Response) return read;
    return respond(brkForBsn(read.body, session, context(request)));
  }),
  http.get('/brk/kadastraalonroerendezaken/:id/zakelijkgerechtigden', ({ request, cookies, params }) => {
    const session = requireCitizen(cookies, { dienst: 'gegevens', register: 'brk' });
    if (session instanceof Response) return session;
    return respond(brkZakelijkGerechtigden(String(params.id), session, context(request)));
  }),
  http.get('/brk/kadastraalonroerendezaken/:id', ({ request, cookies, params }) => {
    const session = requireCitizen(cookies, { dienst: 'gegevens', register: 'brk' });
    if (session instanceof Response) return session;
    return respond(brkZaak(String(params.id), new URL(request.url).searchParams, session, context(request)));
  }),
];
