import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { signInAs } from '../../../tests/utils/render';
import { setupI18n } from '@/lib/i18n';
import { now as clockNow } from '@/lib/clock';
import { useLogByMonth, type LogState } from './hooks';
import { logNow, logStartOf, periodRange } from './model/log';

/**
 * Issue 16, counts not times: the log's months and their register look-ups arrive one by one
 * (13 answers and ~30 look-ups for Suzanne Moulin's year). The page is drawn from the state this
 * hook returns; a new state object for an answer that changes nothing shown made the page draw
 * itself again for every look-up (40 commits on loading the log in the production build).
 */
describe('useLogByMonth', () => {
  it('returns a new state only when what the page shows changes, not once per answer', async () => {
    await signInAs('999993653');
    const i18n = setupI18n('nl');
    await i18n.loadNamespaces(['common', 'verwerkingen']);
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const wrapper = ({ children }: { children: ReactNode }) => (
      <I18nextProvider i18n={i18n}>
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      </I18nextProvider>
    );
    const now = logNow(clockNow());
    const range = periodRange('12m', now, logStartOf(now));
    let renders = 0;
    const states: LogState[] = [];
    const { result, rerender } = renderHook(
      () => {
        const state = useLogByMonth(range);
        renders += 1;
        if (states.at(-1) !== state) states.push(state);
        return state;
      },
      { wrapper },
    );
    await waitFor(
      () => {
        const state = result.current;
        expect(
          state.status === 'success' && !state.isFetching && state.progress?.loaded === state.progress?.total,
        ).toBe(true);
      },
      { timeout: 15_000 },
    );
    // Pending, then the stages (1, 3, 12 and all months), and the fetching flag going off:
    // a handful of states, whatever the number of answers.
    expect(states.length).toBeLessThanOrEqual(8);
    // A render that changes nothing (an answer for a month not shown yet, a look-up that was
    // already in, the parent drawing again) keeps the state, so the page is not drawn again.
    const loaded = result.current;
    const before = renders;
    rerender();
    rerender();
    expect(renders).toBe(before + 2);
    expect(result.current).toBe(loaded);
  });
});
