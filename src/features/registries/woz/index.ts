import { defineRegistry } from '@/lib/registry-definition';
import type wozTexts from '@/i18n/nl/woz.json';
import { wozQuery, type WozData } from './api';
import { toWozView } from './model';

// This registry's texts as a typed i18n namespace (src/i18n/resources.ts).
declare module '@/i18n/resources' {
  interface Resources {
    woz: typeof wozTexts;
  }
}

export const wozRegistry = defineRegistry<WozData, 'woz'>({
  id: 'woz',
  query: wozQuery,
  // MapperContext types `t` with the default namespace; the caller binds it to 'woz'
  // (types.ts), so the typed keys are woz.json's.
  toView: (data, context) => toWozView(data, context),
});
