import { defineRegistry } from '@/lib/registry-definition';
import type briTexts from '@/i18n/nl/bri.json';
import { briQuery, type BriGegevens } from './api';
import { toBriView } from './model';

// This registry's texts as a typed i18n namespace (src/i18n/resources.ts).
declare module '@/i18n/resources' {
  interface Resources {
    bri: typeof briTexts;
  }
}

/** Inkomen (BRI, Belastingdienst): looked up by the own BSN, shown at /mijn-gegevens/inkomen. */
export const briRegistry = defineRegistry<BriGegevens, 'bri'>({
  id: 'bri',
  query: () => briQuery(),
  toView: toBriView,
});
