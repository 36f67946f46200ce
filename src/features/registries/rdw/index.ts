import { defineRegistry } from '@/lib/registry-definition';
import type rdwTexts from '@/i18n/nl/rdw.json';
import { rdwQuery, type RdwData } from './api';
import { toRdwView } from './model';

// This registry's texts as a typed i18n namespace (src/i18n/resources.ts).
declare module '@/i18n/resources' {
  interface Resources {
    rdw: typeof rdwTexts;
  }
}

export const rdwRegistry = defineRegistry<RdwData, 'rdw'>({
  id: 'rdw',
  query: () => rdwQuery(),
  // MapperContext types `t` with the default namespace; the caller binds it to 'rdw'
  // (types.ts), so the typed keys are rdw.json's.
  toView: (data, context) => toRdwView(data, context),
});
