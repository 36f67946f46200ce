import { http } from '../gateway/http';
import { type Session } from '../gateway/session';
import { requireCitizen } from '../gateway/citizen';
import { invalidJson, readJson, toResponse, type CoreResult } from '../data/registers/zoek';
import { zoekOf, type RegistryId } from '@/lib/registries';

/**
 * The handler of a registry under our own `_zoek` contract (mocks/contracts/<id>.yaml): only for
 * the signed-in citizen's own BSN; the logic lives in the pure, unit-tested `core`. The path is
 * the one the app asks (src/lib/registries.ts), so the two cannot drift apart.
 */
export const zoekHandler = (
  register: RegistryId,
  core: (body: unknown, session: Session, instance: string) => CoreResult,
) =>
  http.post(zoekOf(register).path, async ({ request, cookies }) => {
    const session = requireCitizen(cookies, { dienst: 'gegevens', register });
    if (session instanceof Response) return session;
    const instance = new URL(request.url).pathname;
    const json = await readJson(request);
    return toResponse(json.ok ? core(json.body, session, instance) : invalidJson(instance));
  });
