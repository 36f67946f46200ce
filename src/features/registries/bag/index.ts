import { defineRegistry } from '@/lib/registry-definition';
import type bagTexts from '@/i18n/nl/bag.json';
import { bagQuery, type BagData } from './api';
import { toBagView } from './model';

// This registry's texts as a typed i18n namespace (src/i18n/resources.ts).
declare module '@/i18n/resources' {
  interface Resources {
    bag: typeof bagTexts;
  }
}

export const bagRegistry = defineRegistry<BagData, 'bag'>({
  id: 'bag',
  query: bagQuery,
  // MapperContext types `t` with the default namespace; the caller binds it to 'bag'
  // (types.ts: "`t` bound to this registry's namespace"), so the typed keys are bag.json's.
  toView: (data, context) => toBagView(data, context),
});
