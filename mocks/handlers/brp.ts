import { HttpResponse } from 'msw';
import { http } from '../gateway/http';
import { requireCitizen } from '../gateway/citizen';
import { readJsonBody } from './haal-centraal';
import { handleBrpQuery } from '../data/brp/query';

/**
 * `POST /api/brp/personen` — Haal Centraal BRP Personen Bevragen 2.7, RaadpleegMetBurgerservicenummer
 * only, for the session's subject (the citizen, or whom they act for: issue 14). The logic lives in `handleBrpQuery` (pure, unit-tested).
 */
export const brpHandlers = [
  http.post('/brp/personen', async ({ request, cookies }) => {
    const session = requireCitizen(cookies, { dienst: 'gegevens', register: 'brp' });
    if (session instanceof Response) return session;
    const read = await readJsonBody(request);
    if (read instanceof Response) return read;
    const result = handleBrpQuery(read.body, session, { instance: new URL(request.url).href });
    const contentType = result.status === 200 ? 'application/json; charset=utf-8' : 'application/problem+json';
    return HttpResponse.json(result.body as Record<string, unknown>, {
      status: result.status,
      headers: { 'Content-Type': contentType, 'Cache-Control': 'no-store' },
    });
  }),
];
