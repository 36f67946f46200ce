import { describe, expect, it } from 'vitest';
import { store } from '@mocks/data/zaken/index';
import { submitCorrection } from '@/features/correcties/api/submit';
import { newDraft } from '@/features/correcties/model/draft';

/**
 * Issue 14: a correction filed on behalf, through the app's own ZGW client against the double.
 * The zaak records who asked for whom (ZGW rollen): the parent as initiator `gemachtigde`, the
 * child as belanghebbende `machtiginggever`; the zaak is the child's, the trail says so.
 */
const PARENT = '999970057';
const CHILD = '999970070';
const api = (path: string, init: RequestInit = {}) =>
  fetch(new URL(`/api${path}`, location.origin), { headers: { 'Content-Type': 'application/json' }, ...init });

describe('a correction filed on behalf', { timeout: 30_000 }, () => {
  it('names the parent as gemachtigde initiator and the child as machtiginggever, and is the child’s', async () => {
    expect((await api('/auth/session', { method: 'POST', body: JSON.stringify({ bsn: PARENT }) })).status).toBe(201);
    expect((await api('/auth/session/namens', { method: 'POST', body: JSON.stringify({ bsn: CHILD }) })).status).toBe(
      200,
    );
    const draft = {
      ...newDraft('brp', 'naam.voornamen', 'Voornamen', 'Nicolas'),
      wat: 'onjuist' as const,
      nieuweWaarde: 'Nicolaas',
      toelichting: 'Spelfout.',
    };
    const [filed] = await submitCorrection(draft, CHILD, () => undefined);
    if (!filed) throw new Error('nothing filed');
    const rollen = [...store.rollen.values()].filter((r) => r.zaakUuid === filed.uuid);
    expect(rollen.map((r) => [r.omschrijvingGeneriek, r.indicatieMachtiging, r.inpBsn]).sort()).toEqual([
      ['belanghebbende', 'machtiginggever', CHILD],
      ['initiator', 'gemachtigde', PARENT],
    ]);

    // Over the ZGW API the holder reads both rollen, each with its indicatieMachtiging.
    const list = await (
      await api(`/zaken/api/v1/rollen?zaak=${encodeURIComponent(filed.url)}`, {
        headers: { 'Accept-Crs': 'EPSG:4326' },
      })
    ).json();
    expect(
      list.results
        .map(
          (r: { omschrijvingGeneriek: string; indicatieMachtiging: string }) =>
            `${r.omschrijvingGeneriek}:${r.indicatieMachtiging}`,
        )
        .sort(),
    ).toEqual(['belanghebbende:machtiginggever', 'initiator:gemachtigde']);

    // Back to herself, the parent does not see the child's request among her own.
    await api('/auth/session/namens', { method: 'DELETE' });
    const own = await (await api('/zaken/api/v1/zaken', { headers: { 'Accept-Crs': 'EPSG:4326' } })).json();
    expect(own.results.map((z: { uuid: string }) => z.uuid)).not.toContain(filed.uuid);

    // The child, signed in, sees the request and the trail names the parent.
    await api('/auth/session', { method: 'POST', body: JSON.stringify({ bsn: CHILD }) });
    const childs = await (await api('/zaken/api/v1/zaken', { headers: { 'Accept-Crs': 'EPSG:4326' } })).json();
    expect(childs.results.map((z: { uuid: string }) => z.uuid)).toContain(filed.uuid);
    const trail = await (await api('/vertegenwoordiging')).json();
    expect(
      trail.handelingen.some(
        (h: { handeling?: string; rol: string }) => h.handeling === 'verzoekIngediend' && h.rol === 'ouderMetGezag',
      ),
    ).toBe(true);
  });
});
