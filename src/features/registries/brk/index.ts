import { defineRegistry } from '@/lib/registry-definition';
import { brkQuery, type BrkData } from './api';
import { toBrkView } from './model';

export const brkRegistry = defineRegistry<BrkData, 'brk'>({
  id: 'brk',
  query: () => brkQuery(),
  // MapperContext types `t` with the default namespace; the caller binds it to 'brk'
  // (types.ts), so the typed keys are brk.json's.
  toView: (data, context) => toBrkView(data, context),
});
