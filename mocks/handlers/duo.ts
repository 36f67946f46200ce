import { http } from '../gateway/http';
import { requireCitizen } from '../gateway/session';
import { zoekDiplomas } from '../data/duo/diplomas';
import { invalidJson, readJson, toResponse } from '../data/registers/zoek';

/**
 * `POST /api/duo/diplomas/_zoek` — Diploma's (DUO), only for the signed-in citizen's own BSN (contract:
 * mocks/contracts/duo.yaml). The logic lives in `zoekDiplomas` (pure, unit-tested).
 */
export const duoHandlers = [
  http.post('/duo/diplomas/_zoek', async ({ request, cookies }) => {
    const session = requireCitizen(cookies, { dienst: 'gegevens', register: 'duo' });
    if (session instanceof Response) return session;
    const instance = new URL(request.url).pathname;
    const json = await readJson(request);
    return toResponse(json.ok ? zoekDiplomas(json.body, session, instance) : invalidJson(instance));
  }),
];
