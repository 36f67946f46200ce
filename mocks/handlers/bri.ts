import { http } from '../gateway/http';
import { requireCitizen } from '../gateway/session';
import { zoekInkomens } from '../data/bri/inkomens';
import { invalidJson, readJson, toResponse } from '../data/registers/zoek';

/**
 * `POST /api/bri/inkomens/_zoek` — Inkomen per belastingjaar (BRI, Belastingdienst), only for the signed-in citizen's own BSN (contract:
 * mocks/contracts/bri.yaml). The logic lives in `zoekInkomens` (pure, unit-tested).
 */
export const briHandlers = [
  http.post('/bri/inkomens/_zoek', async ({ request, cookies }) => {
    const session = requireCitizen(cookies, { dienst: 'gegevens', register: 'bri' });
    if (session instanceof Response) return session;
    const instance = new URL(request.url).pathname;
    const json = await readJson(request);
    return toResponse(json.ok ? zoekInkomens(json.body, session, instance) : invalidJson(instance));
  }),
];
