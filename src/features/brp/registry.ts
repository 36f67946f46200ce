import { defineRegistry, type AddressDeps } from '@/lib/registry-definition';
import type brpTexts from '@/i18n/nl/brp.json';
import { brpQueries, type BrpPersoon } from './api/brp';
import { toBrpRegistryView, toEmptyBrpRegistryView } from './model/registry-view';

// This registry's texts as a typed i18n namespace (src/i18n/resources.ts).
declare module '@/i18n/resources' {
  interface Resources {
    brp: typeof brpTexts;
  }
}

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
