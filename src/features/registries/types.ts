import type { UseQueryOptions } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import type { Language } from '@/lib/i18n';
import type { RegistryFacts, RegistryId } from '@/lib/registries';
import type { RegistryView } from '@/lib/registry-view';

/**
 * What some registries need from the BRP to find the person's data: BAG and WOZ are keyed
 * by the address (the BAG ids in the BRP verblijfplaats), not by the BSN. The route reads
 * them from the BRP and passes them in; features do not import each other.
 */
export type AddressDeps = {
  adresseerbaarObjectIdentificatie?: string;
  nummeraanduidingIdentificatie?: string;
};

/** Each registry's i18n namespace is named after it. */
export type RegistryNamespace = Exclude<RegistryId, 'brp'>;

export type MapperContext<NS extends RegistryNamespace = RegistryNamespace> = {
  /** `t` bound to this registry's namespace (keys of src/i18n/nl/<id>.json). */
  t: TFunction<NS>;
  /** `t` for the shared 'common' namespace. */
  tCommon: TFunction<'common'>;
  language: Language;
};

/** What a registry's folder provides: where its data comes from and how a citizen sees it. */
export type RegistryPlugin<TData, NS extends RegistryNamespace = RegistryNamespace> = {
  /** The registry's id; its i18n namespace (src/i18n/<lang>/<id>.json) has the same name. */
  id: NS;
  // The key type is each registry's own tuple; it sits in a contravariant position (the
  // queryFn's context), so no single key type fits all registries except `any`.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  query: (deps: AddressDeps) => UseQueryOptions<TData, Error, TData, any>;
  toView: (data: TData, context: MapperContext<NS>) => RegistryView;
};

/** One registry: its plug-in joined with its facts (slug, dependsOn …) from src/lib/registries.ts. */
export type RegistryDefinition<TData, NS extends RegistryNamespace = RegistryNamespace> = RegistryPlugin<TData, NS> &
  RegistryFacts & {
    /** i18n namespace with this registry's texts (same as id). */
    namespace: NS;
    /** True when the registry is looked up by address (needs AddressDeps from the BRP), not by BSN. */
    byAddress: boolean;
  };
