import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp, signInAs } from '../../../../tests/utils/render';

describe('Idle timeout (DigiD: warn at 13, sign out at 15 minutes)', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('warns after 13 minutes, signs out at 15 and leaves no personal data behind', async () => {
    await signInAs('999993653');
    vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setInterval', 'clearInterval', 'Date'] });
    sessionStorage.setItem('draft', 'Suzanne');
    localStorage.setItem('something', '999993653');
    const { router, queryClient, user } = renderApp({ path: '/mijn-gegevens/persoonsgegevens' });
    expect(await screen.findByText('Ingelogd als Suzanne Moulin', {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(await screen.findByText('Boterdiep 31')).toBeInTheDocument();

    await act(() => vi.advanceTimersByTimeAsync(12 * 60_000));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    await act(() => vi.advanceTimersByTimeAsync(61_000 + 1000));
    expect(await screen.findByRole('dialog', { name: 'Bent u er nog?' }, { timeout: 5000 })).toBeInTheDocument();

    await act(() => vi.advanceTimersByTimeAsync(2 * 60_000));
    await waitFor(() => expect(router.state.location.pathname).toBe('/inloggen'));
    expect(await screen.findByText(/automatisch uitgelogd/)).toBeInTheDocument();
    expect(sessionStorage.length).toBe(0);
    expect(localStorage.getItem('something')).toBeNull();
    // Nothing personal is left in memory: only the public list of test persons the sign-in
    // page shows again may be cached.
    const cached = queryClient
      .getQueryCache()
      .getAll()
      .filter((query) => query.queryKey[1] !== 'testpersonen')
      .map((query) => query.state.data);
    expect(JSON.stringify(cached)).not.toMatch(/Suzanne|Moulin|999993653|Boterdiep/);

    // Signing in again goes back to the page the time-out interrupted (issue 19).
    expect(screen.getByText(/u komt dan terug op de pagina waar u was/)).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: /^Inloggen als Suzanne Moulin/ }, { timeout: 10_000 }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/mijn-gegevens/persoonsgegevens'), {
      timeout: 10_000,
    });
  });

  it('keeps the session when the person answers the warning', async () => {
    await signInAs('999993653');
    vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setInterval', 'clearInterval', 'Date'] });
    const { user, router } = renderApp({ path: '/mijn-gegevens/persoonsgegevens' });
    expect(await screen.findByText('Ingelogd als Suzanne Moulin', {}, { timeout: 10_000 })).toBeInTheDocument();
    // The header shows the name while the page's code still loads; the idle clock starts
    // with the page, so wait for the page itself.
    expect(await screen.findByText('Boterdiep 31')).toBeInTheDocument();
    await act(() => vi.advanceTimersByTimeAsync(13 * 60_000 + 2000));
    await user.click(await screen.findByRole('button', { name: 'Ingelogd blijven' }, { timeout: 5000 }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await act(() => vi.advanceTimersByTimeAsync(5 * 60_000));
    expect(router.state.location.pathname).toBe('/mijn-gegevens/persoonsgegevens');
  });
});
