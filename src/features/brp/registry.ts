import { defineRegistry, type AddressDeps } from '@/lib/registry-definition';
import { brpQueries, type BrpPersoon } from './api/brp';
import { toBrpRegistryView, toEmptyBrpRegistryView } from './model/registry-view';

/** The BAG ids of a Dutch address: what the address-keyed registries (BAG, WOZ) look up. */
export function addressDepsOf(persoon: BrpPersoon): AddressDeps {
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

/**
 * The BRP as one of the nine: its card and export read this flattened view; its detail page
 * stays its own, richer route (paths.persoonsgegevens). Its answer gives BAG and WOZ their address.
 */
export const brpRegistry = defineRegistry<BrpPersoon | null, 'brp'>({
  id: 'brp',
  query: () => brpQueries.persoon(),
  // null: the BRP answered but holds no one with this BSN.
  toView: (persoon, { t, language }) => (persoon ? toBrpRegistryView(persoon, t, language) : toEmptyBrpRegistryView(t)),
  provides: (persoon) => (persoon ? addressDepsOf(persoon) : {}),
});
