import { defineRegistry } from '@/lib/registry-definition';
import { bagQuery, type BagData } from './api';
import { toBagView } from './model';

export const bagRegistry = defineRegistry<BagData, 'bag'>({
  id: 'bag',
  query: bagQuery,
  // MapperContext types `t` with the default namespace; the caller binds it to 'bag'
  // (types.ts: "`t` bound to this registry's namespace"), so the typed keys are bag.json's.
  toView: (data, context) => toBagView(data, context),
});
