import type { RegistryDefinition } from '../types';
import { briQuery, type BriGegevens } from './api';
import { toBriView } from './model';

/** Inkomen (BRI, Belastingdienst): looked up by the own BSN, shown at /mijn-gegevens/inkomen. */
export const briRegistry: RegistryDefinition<BriGegevens, 'bri'> = {
  id: 'bri',
  slug: 'inkomen',
  namespace: 'bri',
  byAddress: false,
  query: () => briQuery(),
  toView: toBriView,
};
