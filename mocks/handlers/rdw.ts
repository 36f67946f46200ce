import { http } from '../gateway/http';
import { requireCitizen } from '../gateway/session';
import { zoekVoertuigen } from '../data/rdw/voertuigen';
import { invalidJson, readJson, toResponse } from '../data/registers/zoek';

/**
 * `POST /api/rdw/voertuigen/_zoek` — Voertuigen op naam van de burger (BRV, RDW), only for the signed-in citizen's own BSN (contract:
 * mocks/contracts/rdw.yaml). The logic lives in `zoekVoertuigen` (pure, unit-tested).
 */
export const rdwHandlers = [
  http.post('/rdw/voertuigen/_zoek', async ({ request, cookies }) => {
    const session = requireCitizen(cookies, { dienst: 'gegevens', register: 'rdw' });
    if (session instanceof Response) return session;
    const instance = new URL(request.url).pathname;
    const json = await readJson(request);
    return toResponse(json.ok ? zoekVoertuigen(json.body, session, instance) : invalidJson(instance));
  }),
];
