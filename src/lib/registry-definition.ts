import type { UseQueryOptions } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import type { Language } from './i18n';
import { registryFacts, type RegistryFacts, type RegistryId } from './registries';
import type { RegistryView } from './registry-view';

/**
 * What some registries need from the BRP to find the person's data: BAG and WOZ are keyed
 * by the address (the BAG ids in the BRP verblijfplaats), not by the BSN. The BRP's definition
 * `provides` them; features do not import each other.
 */
export type AddressDeps = {
  adresseerbaarObjectIdentificatie?: string;
  nummeraanduidingIdentificatie?: string;
};

export type MapperContext<NS extends RegistryId = RegistryId> = {
  /** `t` bound to this registry's namespace (keys of src/i18n/nl/<id>.json). */
  t: TFunction<NS>;
  /** `t` for the shared 'common' namespace. */
  tCommon: TFunction<'common'>;
  language: Language;
};

/**
 * What a registry's folder gives (src/features/registries/<id>, the BRP in src/features/brp):
 * where its data comes from and how a citizen sees it. The rest is in src/lib/registries.ts.
 */
export type RegistryPlugin<TData, NS extends RegistryId = RegistryId> = {
  /** The registry's id; its i18n namespace (src/i18n/<lang>/<id>.json) has the same name. */
  id: NS;
  // The key type is each registry's own tuple; it sits in a contravariant position (the
  // queryFn's context), so no single key type fits all registries except `any`.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  query: (deps: AddressDeps) => UseQueryOptions<TData, Error, TData, any>;
  toView: (data: TData, context: MapperContext<NS>) => RegistryView;
  /** What this registry's answer gives the registries that depend on it (`dependsOn`). */
  provides?: (data: TData) => AddressDeps;
};

/** One registry: its plug-in joined with its facts (slug, dependsOn …). */
export type RegistryDefinition<TData, NS extends RegistryId = RegistryId> = RegistryPlugin<TData, NS> &
  RegistryFacts & {
    /** i18n namespace with this registry's texts (same as id). */
    namespace: NS;
  };

/** A registry with its data type erased, so different registries fit in one list. */
export type AnyRegistry = RegistryDefinition<unknown>;

/**
 * A registry's plug-in joined with the facts every layer shares (src/lib/registries.ts), so
 * the slug or the dependency on the BRP is written once.
 */
export function defineRegistry<TData, NS extends RegistryId>(
  plugin: RegistryPlugin<TData, NS>,
): RegistryDefinition<TData, NS> {
  return { ...registryFacts[plugin.id], ...plugin, namespace: plugin.id };
}

/**
 * Erases a definition's data type so different registries fit in one list. The one cast: safe
 * because a definition's data only ever flows from its own `query` into its own `toView` and
 * `provides`, never across registries.
 */
export const anyRegistry = <TData, NS extends RegistryId>(definition: RegistryDefinition<TData, NS>): AnyRegistry =>
  definition as unknown as AnyRegistry;
