import { useQuery } from '@tanstack/react-query';
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

/** The BRP for the overview: the query (shared with the detail page) and its RegistryView. */
export function useBrpRegistry({ enabled = true }: { enabled?: boolean } = {}) {
  const { t, i18n } = useTranslation('brp');
  const query = useQuery({ ...brpQueries.persoon(), enabled });
  const view: RegistryView | undefined = query.data
    ? toBrpRegistryView(query.data, t, toLanguage(i18n.language))
    : undefined;
  return { query, view };
}
