import { http } from '../gateway/http';
import { requireCitizen } from '../gateway/session';
import { zoekInkomstenverhoudingen } from '../data/uwv/inkomstenverhoudingen';
import { invalidJson, readJson, toResponse } from '../data/registers/zoek';

/**
 * `POST /api/uwv/inkomstenverhoudingen/_zoek` — Banen en uitkeringen (UWV polisadministratie), only for the signed-in citizen's own BSN (contract:
 * mocks/contracts/uwv.yaml). The logic lives in `zoekInkomstenverhoudingen` (pure, unit-tested).
 */
export const uwvHandlers = [
  http.post('/uwv/inkomstenverhoudingen/_zoek', async ({ request, cookies }) => {
    const session = requireCitizen(cookies, { dienst: 'gegevens', register: 'uwv' });
    if (session instanceof Response) return session;
    const instance = new URL(request.url).pathname;
    const json = await readJson(request);
    return toResponse(json.ok ? zoekInkomstenverhoudingen(json.body, session, instance) : invalidJson(instance));
  }),
];
