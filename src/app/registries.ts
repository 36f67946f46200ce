import { useQueries, type QueryClient, type UseQueryResult } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import { brpRegistry } from '@/features/brp/registry';
import { registries as otherRegistries } from '@/features/registries';
import { registryBySlug, registryIds, type RegistryId } from '@/lib/registries';
import { anyRegistry, type AddressDeps, type AnyRegistry } from '@/lib/registry-definition';
import type { RegistryView } from '@/lib/registry-view';
import { NotSignedInError } from '@/lib/session';

/**
 * Every registry, composed here because features do not import each other: which ones and in
 * what order come from src/lib/registries.ts (one facts file each in src/lib/registry-facts),
 * each definition from its own feature folder.
 */
export const registries: readonly AnyRegistry[] = registryIds.map((id) => {
  const definition = [anyRegistry(brpRegistry), ...otherRegistries].find((candidate) => candidate.id === id);
  if (!definition) throw new Error(`registry ${id} has no definition`);
  return definition;
});

const byId = (id: RegistryId): AnyRegistry => registries.find((registry) => registry.id === id) as AnyRegistry;

export const findRegistryBySlug = (slug: string): AnyRegistry | undefined => {
  const id = registryBySlug(slug);
  return id ? byId(id) : undefined;
};

/** A registry and, before it, the registries it depends on (what its page has to ask). */
export const withDependencies = (definition: AnyRegistry): AnyRegistry[] => [
  ...definition.dependsOn.map(byId),
  definition,
];

export type RegistryState = {
  definition: AnyRegistry;
  /** 'waiting': for a registry it depends on; 'blocked': that registry failed, so it cannot be asked. */
  status: 'waiting' | 'pending' | 'error' | 'success' | 'blocked';
  view?: RegistryView;
  error?: unknown;
  isFetching: boolean;
  refetch: () => void;
};

/** Where a registry's dependencies stand, and what their answers give it. */
type Upstream = { status: 'pending' } | { status: 'error' } | { status: 'success'; deps: AddressDeps };

function upstreamOf(
  definition: AnyRegistry,
  answered: ReadonlyMap<RegistryId, UseQueryResult<unknown>>,
  list: readonly AnyRegistry[],
): Upstream {
  let deps: AddressDeps = {};
  for (const id of definition.dependsOn) {
    const result = answered.get(id);
    const dependency = list.find((registry) => registry.id === id);
    if (result?.data === undefined) return result?.isError ? { status: 'error' } : { status: 'pending' };
    deps = { ...deps, ...dependency?.provides?.(result.data) };
  }
  return { status: 'success', deps };
}

/**
 * Views already mapped, per answer and language. TanStack Query keeps an answer's object while
 * it is unchanged (structural sharing), so a card is mapped once, not on every render of the
 * overview (it re-renders for each of its ~15 answers: mapping every registry each time was the
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
  upstream: Upstream,
  i18n: I18n,
): RegistryState {
  const data = result.data;
  let status: RegistryState['status'];
  if (data !== undefined) status = 'success';
  else if (result.isError) status = 'error';
  else if (upstream.status === 'error') status = 'blocked';
  else if (upstream.status === 'pending') status = 'waiting';
  else status = 'pending';
  const language = i18n.language.startsWith('en') ? 'en' : 'nl';
  const view = data !== undefined ? viewOf(definition, data, i18n, language) : undefined;
  // Not signed in is the session's business (it sends the person to sign in), not the card's.
  const error = result.error && !(result.error instanceof NotSignedInError) ? result.error : undefined;
  return {
    definition,
    status,
    ...(view ? { view } : {}),
    ...(error ? { error } : {}),
    isFetching: result.isFetching,
    refetch: () => void result.refetch(),
  };
}

/**
 * Registries in parallel: each renders as its answer arrives and fails on its own. The ones that
 * depend on another (BAG and WOZ on the BRP's address) are asked the moment it answers. `list`
 * must hold each registry's dependencies (withDependencies); the states come in its order.
 */
export function useRegistryStates(list: readonly AnyRegistry[] = registries): RegistryState[] {
  // Suspends until every registry's texts are loaded, so mapping never shows raw keys.
  const { i18n } = useTranslation(['common', ...list.map((registry) => registry.namespace)]);
  const roots = list.filter((registry) => registry.dependsOn.length === 0);
  const dependents = list.filter((registry) => registry.dependsOn.length > 0);
  const rootResults = useQueries({ queries: roots.map((registry) => registry.query({})) }) as Array<
    UseQueryResult<unknown>
  >;
  const answered = new Map<RegistryId, UseQueryResult<unknown>>(
    roots.map((registry, index) => [registry.id, rootResults[index] as UseQueryResult<unknown>]),
  );
  const upstream = new Map(dependents.map((registry) => [registry.id, upstreamOf(registry, answered, list)] as const));
  const dependentResults = useQueries({
    queries: dependents.map((registry) => {
      const from = upstream.get(registry.id);
      return {
        ...registry.query(from?.status === 'success' ? from.deps : {}),
        enabled: from?.status === 'success',
      };
    }),
  }) as Array<UseQueryResult<unknown>>;
  dependents.forEach((registry, index) =>
    answered.set(registry.id, dependentResults[index] as UseQueryResult<unknown>),
  );
  return list.map((registry) =>
    toState(
      registry,
      answered.get(registry.id) as UseQueryResult<unknown>,
      upstream.get(registry.id) ?? { status: 'success', deps: {} },
      i18n,
    ),
  );
}

/** One registry, for its detail page: only it and what it depends on are fetched (the cache may have them). */
export function useRegistryState(definition: AnyRegistry): RegistryState {
  const states = useRegistryStates(withDependencies(definition));
  return states[states.length - 1] as RegistryState;
}

/**
 * Starts every registry's query as soon as the overview's code is there (src/app/preload.ts): the
 * independent ones in parallel, a dependent one the moment what it depends on answers. The same
 * query options as the cards use, so the cards find them in the cache.
 */
export async function prefetchRegistries(queryClient: QueryClient, list: readonly AnyRegistry[] = registries) {
  const roots = list.filter((registry) => registry.dependsOn.length === 0);
  const answers = new Map<RegistryId, Promise<unknown>>();
  for (const registry of roots) {
    if (registry.provides) answers.set(registry.id, queryClient.fetchQuery(registry.query({})));
    else void queryClient.prefetchQuery(registry.query({}));
  }
  for (const registry of list.filter((candidate) => candidate.dependsOn.length > 0)) {
    let deps: AddressDeps = {};
    for (const id of registry.dependsOn) {
      const data = await answers.get(id);
      if (!data) return;
      deps = { ...deps, ...byId(id).provides?.(data) };
    }
    void queryClient.prefetchQuery(registry.query(deps));
  }
}
