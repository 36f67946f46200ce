import { defineRegistry } from '@/lib/registry-definition';
import type brkTexts from '@/i18n/nl/brk.json';
import { brkQuery, type BrkData } from './api';
import { toBrkView } from './model';

// This registry's texts as a typed i18n namespace (src/i18n/resources.ts).
declare module '@/i18n/resources' {
  interface Resources {
    brk: typeof brkTexts;
  }
}

export const brkRegistry = defineRegistry<BrkData, 'brk'>({
  id: 'brk',
  query: () => brkQuery(),
  // MapperContext types `t` with the default namespace; the caller binds it to 'brk'
  // (types.ts), so the typed keys are brk.json's.
  toView: (data, context) => toBrkView(data, context),
});
