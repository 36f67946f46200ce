import { HttpResponse } from 'msw';
import { http } from '../gateway/http';
import { requireCitizen } from '../gateway/citizen';
import { basisprofielVoor, zoekInschrijvingen } from '../data/kvk/inschrijvingen';
import { toResponse } from '../data/registers/zoek';
import { zoekHandler } from './zoek';

/**
 * Handelsregister (KVK), contract mocks/contracts/kvk.yaml:
 * `POST /api/kvk/inschrijvingen/_zoek` finds the citizen's own registrations;
 * `GET /api/kvk/basisprofielen/{kvkNummer}` answers in the official Basisprofiel 1.3 shape,
 * only for one of those registrations. The logic lives in the pure cores, which are unit-tested.
 */
export const kvkHandlers = [
  zoekHandler('kvk', zoekInschrijvingen),

  http.get('/kvk/basisprofielen/:kvkNummer', ({ params, request, cookies }) => {
    const session = requireCitizen(cookies, { dienst: 'gegevens', register: 'kvk' });
    if (session instanceof Response) return session;
    const kvkNummer = typeof params.kvkNummer === 'string' ? params.kvkNummer : '';
    const result = basisprofielVoor(kvkNummer, session, new URL(request.url).pathname);
    if (result.status !== 200) return toResponse(result);
    // The official API answers HAL (application/hal+json).
    return HttpResponse.json(result.body as Record<string, unknown>, {
      headers: { 'Content-Type': 'application/hal+json; charset=utf-8', 'Cache-Control': 'no-store' },
    });
  }),
];
