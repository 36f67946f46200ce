import { defineRegistry } from '@/lib/registry-definition';
import { briQuery, type BriGegevens } from './api';
import { toBriView } from './model';

/** Inkomen (BRI, Belastingdienst): looked up by the own BSN, shown at /mijn-gegevens/inkomen. */
export const briRegistry = defineRegistry<BriGegevens, 'bri'>({
  id: 'bri',
  query: () => briQuery(),
  toView: toBriView,
});
