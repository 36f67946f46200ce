import { defineRegistry } from '@/lib/registry-definition';
import type kvkTexts from '@/i18n/nl/kvk.json';
import { kvkQuery, type KvkGegevens } from './api';
import { toKvkView } from './model';

// This registry's texts as a typed i18n namespace (src/i18n/resources.ts).
declare module '@/i18n/resources' {
  interface Resources {
    kvk: typeof kvkTexts;
  }
}

/** Handelsregister (KVK): by the own BSN, then each registration's basisprofiel; at /mijn-gegevens/handelsregister. */
export const kvkRegistry = defineRegistry<KvkGegevens, 'kvk'>({
  id: 'kvk',
  query: () => kvkQuery(),
  toView: toKvkView,
});
