import { useQueries, useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { RegistryView } from '@/lib/registry-view';
import { registries, type AnyRegistry } from './index';
import type { AddressDeps } from './types';

/**
 * Where the BRP is: the address-keyed registries (BAG, WOZ) wait for it; when it failed they
 * cannot be asked at all, and say so instead of spinning.
 */
export type BrpAddressState = { status: 'pending' } | { status: 'error' } | { status: 'success'; deps: AddressDeps };

export type RegistryState = {
  definition: AnyRegistry;
  /** 'blocked': needs the address from the BRP, which failed. */
  status: 'waiting' | 'pending' | 'error' | 'success' | 'blocked';
  view?: RegistryView;
  error?: unknown;
  isFetching: boolean;
  refetch: () => void;
};

function queryFor(definition: AnyRegistry, brp: BrpAddressState) {
  return {
    ...definition.query(brp.status === 'success' ? brp.deps : {}),
    enabled: !definition.byAddress || brp.status === 'success',
  };
}

/**
 * Views already mapped, per answer and language. TanStack Query keeps an answer's object while
 * it is unchanged (structural sharing), so a card is mapped once, not on every render of the
 * overview (it re-renders for each of its ~15 answers: mapping all nine each time was the
 * largest share of its main-thread work, issue 16).
 */
const viewCache = new WeakMap<object, Map<string, RegistryView>>();

function viewOf(definition: AnyRegistry, data: unknown, i18n: I18n, language: 'nl' | 'en'): RegistryView {
  const map = () =>
    definition.toView(data, {
      t: i18n.getFixedT(language, definition.namespace),
      tCommon: i18n.getFixedT(language, 'common'),
      language,
    });
  if (typeof data !== 'object' || data === null) return map();
  let byLanguage = viewCache.get(data);
  if (!byLanguage) viewCache.set(data, (byLanguage = new Map()));
  let view = byLanguage.get(language);
  if (!view) byLanguage.set(language, (view = map()));
  return view;
}

/** One registry's answer as what a card or page shows, mapped in the current language. */
function toState(
  definition: AnyRegistry,
  result: UseQueryResult<unknown>,
  brp: BrpAddressState,
  i18n: I18n,
): RegistryState {
  const data = result.data;
  let status: RegistryState['status'];
  if (data !== undefined) status = 'success';
  else if (result.isError) status = 'error';
  else if (definition.byAddress && brp.status === 'error') status = 'blocked';
  else if (definition.byAddress && brp.status === 'pending') status = 'waiting';
  else status = 'pending';
  const language = i18n.language.startsWith('en') ? 'en' : 'nl';
  const view = data !== undefined ? viewOf(definition, data, i18n, language) : undefined;
  return {
    definition,
    status,
    ...(view ? { view } : {}),
    ...(result.error ? { error: result.error } : {}),
    isFetching: result.isFetching,
    refetch: () => void result.refetch(),
  };
}

/**
 * All eight registries in parallel, for the overview: each card renders as its answer arrives
 * and fails on its own. Each answer is mapped once per language (viewOf).
 */
export function useRegistryStates(brp: BrpAddressState): RegistryState[] {
  // Suspends until every registry's texts are loaded, so mapping never shows raw keys.
  const { i18n } = useTranslation(['common', ...registries.map((registry) => registry.namespace)]);
  const results = useQueries({
    queries: registries.map((registry) => queryFor(registry, brp)),
  }) as Array<UseQueryResult<unknown>>;
  return registries.map((registry, index) => toState(registry, results[index] as UseQueryResult<unknown>, brp, i18n));
}

/** One registry, for its detail page: only this one is fetched (the cache may already have it). */
export function useRegistryState(definition: AnyRegistry, brp: BrpAddressState): RegistryState {
  const { i18n } = useTranslation(['common', definition.namespace]);
  const result = useQuery(queryFor(definition, brp));
  return toState(definition, result, brp, i18n);
}
