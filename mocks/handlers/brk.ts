import { HttpResponse } from 'msw';
import { http } from '../gateway/http';
import { requireCitizen } from '../gateway/session';
import { problem } from '../gateway/problem';
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

function respond(result: BrkResult): Response {
  return HttpResponse.json(result.body, {
    status: result.status,
    headers: {
      'Content-Type': result.status === 200 ? 'application/hal+json' : 'application/problem+json',
      'api-version': '2.0.0',
      'Cache-Control': 'no-store',
    },
  });
}

export const brkHandlers = [
  http.post('/brk/kadastraalonroerendezaken', async ({ request, cookies }) => {
    const session = requireCitizen(cookies, { dienst: 'gegevens', register: 'brk' });
    if (session instanceof Response) return session;
    let body: unknown;
    try {
      body = await request.json();
    } catch {
      return problem(400, 'Een of meerdere parameters zijn niet correct.', 'De request body is geen geldige JSON.', {
        code: 'paramsValidation',
        instance: request.url,
      });
    }
    return respond(brkForBsn(body, session, context(request)));
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
