import { screen, waitFor } from '@testing-library/react';
import type { QueryKey } from '@tanstack/react-query';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp, signInAs } from '../../../../tests/utils/render';
import { store } from '@mocks/data/zaken/index';
import { queryKeys } from '@/lib/query-keys';

/**
 * After a change to the citizen's own requests, exactly what changed is refetched (issue 18):
 * the request list and the berichtenbox, the registry whose holder changed the data, and not
 * the session, the other registries or the processing log. Proven on the QueryClient the app
 * runs with: a spy on `invalidateQueries` and the cache's own "invalidated" mark on queries
 * that are not on screen (a query on screen refetches at once and loses the mark).
 */

const BSN = '999993653';

/** Registry data as the pages cache it, not on screen during the test. */
const SEEDED = {
  brp: ['brp', 'persoon'],
  rdw: queryKeys.registry('rdw'),
  woz: queryKeys.registry('woz'),
  log: ['verwerkingen', 'log', '2026-01-01', '2026-11-28'],
} as const;

function spyOn(view: ReturnType<typeof renderApp>) {
  for (const key of Object.values(SEEDED)) view.queryClient.setQueryData(key, { seeded: true });
  const spy = vi.spyOn(view.queryClient, 'invalidateQueries');
  const invalidated = (key: QueryKey) => view.queryClient.getQueryState(key)?.isInvalidated ?? false;
  const calls = () => spy.mock.calls.map(([filters]) => filters);
  return { invalidated, calls };
}

describe('targeted cache invalidation after a change to a request', { timeout: 30_000 }, () => {
  beforeEach(async () => {
    await signInAs(BSN);
  });

  it('withdrawing an RDW request refreshes the requests, the messages and the RDW data, nothing else', async () => {
    const kleur = [...store.zaken.values()].find((z) => z.creatorBsn === BSN && z.omschrijving.includes('Kleur'));
    const view = renderApp({ path: `/mijn-verzoeken/${kleur!.uuid}` });
    await screen.findByRole('list', { name: 'Voortgang van het verzoek' }, { timeout: 10_000 });
    const { invalidated, calls } = spyOn(view);

    await view.user.click(screen.getByRole('button', { name: 'Verzoek intrekken' }));
    await view.user.click(screen.getByRole('button', { name: 'Ja, trek het verzoek in' }));
    await screen.findByText('U heeft dit verzoek ingetrokken.', {}, { timeout: 10_000 });

    // Every invalidation names its keys: no "everything but the session" predicate.
    expect(calls().length).toBeGreaterThan(0);
    for (const filters of calls()) {
      expect(filters?.predicate).toBeUndefined();
      expect(filters?.queryKey).toBeDefined();
    }
    const keys = calls().map((f) => JSON.stringify(f?.queryKey));
    expect(keys).toEqual(
      expect.arrayContaining([
        JSON.stringify(['correcties', 'verzoeken']),
        JSON.stringify(['berichten', 'box']),
        JSON.stringify(['berichten', 'ongelezen']),
        JSON.stringify(['correcties', 'eigenschappen', kleur!.uuid]),
        JSON.stringify(['registries', 'rdw']),
      ]),
    );
    // The RDW's data may have changed (an investigation marker goes with the request); the rest did not.
    expect(invalidated(SEEDED.rdw)).toBe(true);
    expect(invalidated(SEEDED.woz)).toBe(false);
    expect(invalidated(SEEDED.brp)).toBe(false);
    expect(invalidated(SEEDED.log)).toBe(false);
    expect(keys.some((k) => k.startsWith('["session"'))).toBe(false);
  });

  it('filing a request refreshes the requests and the messages, and no registry: filing marks nothing', async () => {
    const view = renderApp({ path: '/mijn-gegevens/persoonsgegevens' });
    const links = await screen.findAllByRole('link', { name: /Klopt dit niet\?\s*\(Voornamen\)/ }, { timeout: 10_000 });
    await view.user.click(links[0]!);
    await screen.findByRole('heading', { level: 1, name: 'Wat klopt er niet?' }, { timeout: 10_000 });
    await view.user.click(screen.getByLabelText('Het gegeven is fout'));
    await view.user.click(screen.getByRole('button', { name: 'Verder' }));
    await view.user.type(await screen.findByLabelText(/Juiste waarde voor/), 'Zoë');
    await view.user.click(screen.getByRole('button', { name: 'Verder' }));
    await view.user.type(await screen.findByLabelText(/eigen woorden/), 'Mijn naam is anders gespeld');
    await view.user.click(screen.getByRole('button', { name: 'Verder' }));
    await screen.findByRole('heading', { level: 1, name: 'Heeft u bewijs?' });
    await view.user.click(screen.getByRole('button', { name: 'Verder' }));
    await view.user.click(await screen.findByLabelText(/^Nee, het gegeven mag/));
    await view.user.click(screen.getByRole('button', { name: 'Verder' }));
    await screen.findByRole('heading', { level: 1, name: 'Controleer uw antwoorden' });
    // The BRP page's own persoonslijst is in the cache, off screen now, next to the seeded data.
    expect(view.queryClient.getQueryData(['brp', 'persoon'])).toBeDefined();
    const { invalidated, calls } = spyOn(view);

    await view.user.click(screen.getByRole('button', { name: 'Verzoek versturen' }));
    await screen.findByRole('heading', { level: 1, name: 'Verzoek verstuurd' }, { timeout: 10_000 });

    await waitFor(() => expect(calls().length).toBeGreaterThan(0));
    expect(calls().every((f) => f?.predicate === undefined)).toBe(true);
    expect(calls().map((f) => JSON.stringify(f?.queryKey))).toEqual(
      expect.arrayContaining([JSON.stringify(['correcties', 'verzoeken']), JSON.stringify(['berichten', 'box'])]),
    );
    for (const key of Object.values(SEEDED)) expect(invalidated(key)).toBe(false);
  });
});
