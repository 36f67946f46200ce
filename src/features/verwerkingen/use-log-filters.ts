import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useLocation, useNavigationType, useSearchParams } from 'react-router';
import { filtersFromParams, paramsFromFilters, type Filters } from './model/log';

/** Everything `clear()` resets: the filters a citizen sets, not the period or the sort. */
const CLEARED: Partial<Filters> = {
  organisation: undefined,
  source: undefined,
  category: undefined,
  purpose: undefined,
  human: undefined,
  provision: undefined,
  q: '',
};

/**
 * The log page's filter state, kept in the URL so a filtered view can be bookmarked, shared and
 * reached with Back (issue 18: out of LogPage so the page only draws).
 *
 * - `filters` is read from the URL; `update(change)` writes it back (replace, not push: a
 *   citizen's Back leaves the page rather than undoing each choice). Any change drops `pagina`
 *   (paramsFromFilters knows no page), so a new filter starts at page 1.
 * - The search box answers at once (`search`); the URL and the list follow the deferred value
 *   when React has time. Back/forward that brings another search text in the URL is followed.
 * - `requestedPage` is the `pagina` in the URL (1 when absent or nonsense); the page clamps it
 *   to the pages there are. `hrefOf(n)` and `goToPage(n)` keep every other parameter.
 */
export function useLogFilters() {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFromParams(params), [params]);

  const update = useCallback(
    (change: Partial<Filters>) =>
      setParams((current) => paramsFromFilters({ ...filtersFromParams(current), ...change }), { replace: true }),
    [setParams],
  );

  const [search, setSearch] = useState(filters.q);
  const deferredSearch = useDeferredValue(search);
  useEffect(() => {
    if (deferredSearch !== filtersFromParams(params).q) update({ q: deferredSearch });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the (deferred) text changes
  }, [deferredSearch]);
  // State adjusted during render (React's pattern for "derived from a changed input"); our own
  // replaces are not POP navigations, so typing is never overwritten by the URL it just wrote.
  const location = useLocation();
  const navigationType = useNavigationType();
  const [seenLocation, setSeenLocation] = useState(location.key);
  if (location.key !== seenLocation) {
    setSeenLocation(location.key);
    if (navigationType === 'POP' && filters.q !== search) setSearch(filters.q);
  }

  const { organisation, source, category, purpose, human, provision } = filters;
  const active = Boolean(
    organisation || source || category || purpose || human !== undefined || provision || deferredSearch,
  );
  const clear = useCallback(() => {
    setSearch('');
    update(CLEARED);
  }, [update]);

  const requestedPage = Math.max(1, Math.trunc(Number(params.get('pagina'))) || 1);
  const hrefOf = useCallback(
    (n: number) => {
      const next = new URLSearchParams(params);
      if (n > 1) next.set('pagina', String(n));
      else next.delete('pagina');
      const query = next.toString();
      return query ? `?${query}` : '?';
    },
    [params],
  );
  const goToPage = useCallback(
    (n: number) => setParams(new URLSearchParams(hrefOf(n).slice(1)), { replace: true, preventScrollReset: true }),
    [hrefOf, setParams],
  );

  return { filters, update, search, setSearch, deferredSearch, active, clear, requestedPage, hrefOf, goToPage };
}
