import type { RegistryDefinition } from '../types';
import { bagQuery, type BagData } from './api';
import { toBagView } from './model';

export const bagRegistry: RegistryDefinition<BagData, 'bag'> = {
  id: 'bag',
  slug: 'adres',
  namespace: 'bag',
  byAddress: true,
  query: bagQuery,
  // MapperContext types `t` with the default namespace; the caller binds it to 'bag'
  // (types.ts: "`t` bound to this registry's namespace"), so the typed keys are bag.json's.
  toView: (data, context) => toBagView(data, context),
};
