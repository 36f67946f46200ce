import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegistryView } from '@/lib/registry-view';
import { brpQueries, type BrpPersoon } from './api/brp';
import { toLanguage } from './components/text';
import { toBrpRegistryView } from './model/registry-view';

/** The BAG ids of a Dutch address: what the address-keyed registries (BAG, WOZ) look up. */
export function addressDepsOf(persoon: BrpPersoon): {
  adresseerbaarObjectIdentificatie?: string;
  nummeraanduidingIdentificatie?: string;
} {
  const verblijfplaats = persoon.verblijfplaats;
  if (verblijfplaats?.type !== 'Adres') return {};
  return {
    ...(verblijfplaats.adresseerbaarObjectIdentificatie
      ? { adresseerbaarObjectIdentificatie: verblijfplaats.adresseerbaarObjectIdentificatie }
      : {}),
    ...(verblijfplaats.nummeraanduidingIdentificatie
      ? { nummeraanduidingIdentificatie: verblijfplaats.nummeraanduidingIdentificatie }
      : {}),
  };
}

/** Where the address-keyed registries stand: waiting for the BRP, without it, or with its BAG ids. */
export type BrpAddress =
  { status: 'pending' } | { status: 'error' } | { status: 'success'; deps: ReturnType<typeof addressDepsOf> };

/**
 * The BRP for the overview and the registry pages: the query (shared with the BRP page), its
 * RegistryView, and the address the BAG and WOZ are looked up by.
 */
export function useBrpRegistry({ enabled = true }: { enabled?: boolean } = {}) {
  const { t, i18n } = useTranslation('brp');
  const query = useQuery({ ...brpQueries.persoon(), enabled });
  const language = toLanguage(i18n.language);
  // Once per answer and language, not on every render of the overview (issue 16).
  const view: RegistryView | undefined = useMemo(
    () => (query.data ? toBrpRegistryView(query.data, t, language) : undefined),
    [query.data, t, language],
  );
  const address: BrpAddress = query.data
    ? { status: 'success', deps: addressDepsOf(query.data) }
    : query.isError
      ? { status: 'error' }
      : { status: 'pending' };
  return { query, view, address };
}
