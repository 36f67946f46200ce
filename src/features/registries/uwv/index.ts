import { defineRegistry } from '@/lib/registry-definition';
import type uwvTexts from '@/i18n/nl/uwv.json';
import { uwvQuery, type UwvGegevens } from './api';
import { toUwvView } from './model';

// This registry's texts as a typed i18n namespace (src/i18n/resources.ts).
declare module '@/i18n/resources' {
  interface Resources {
    uwv: typeof uwvTexts;
  }
}

/** Werk en uitkeringen (UWV polisadministratie): by the own BSN, at /mijn-gegevens/werk-en-uitkering. */
export const uwvRegistry = defineRegistry<UwvGegevens, 'uwv'>({
  id: 'uwv',
  query: () => uwvQuery(),
  toView: toUwvView,
});
