import type { UseQueryOptions } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import type { Language } from '@/lib/i18n';
import type { RegistryId, RegistryView } from '@/lib/registry-view';

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

/** One registry: where its data comes from and how a citizen sees it. */
export type RegistryDefinition<TData, NS extends RegistryNamespace = RegistryNamespace> = {
  id: Exclude<RegistryId, 'brp'>;
  /** URL segment of the detail page, Dutch: /mijn-gegevens/<slug>. */
  slug: string;
  /** i18n namespace with this registry's texts (same as id). */
  namespace: NS;
  /** True when the registry is looked up by address (needs AddressDeps), not by BSN. */
  byAddress: boolean;
  // The key type is each registry's own tuple; it sits in a contravariant position (the
  // queryFn's context), so no single key type fits all registries except `any`.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  query: (deps: AddressDeps) => UseQueryOptions<TData, Error, TData, any>;
  toView: (data: TData, context: MapperContext<NS>) => RegistryView;
};
