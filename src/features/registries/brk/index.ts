import type { RegistryDefinition } from '../types';
import { brkQuery, type BrkData } from './api';
import { toBrkView } from './model';

export const brkRegistry: RegistryDefinition<BrkData, 'brk'> = {
  id: 'brk',
  slug: 'eigendom',
  namespace: 'brk',
  byAddress: false,
  query: () => brkQuery(),
  // MapperContext types `t` with the default namespace; the caller binds it to 'brk'
  // (types.ts), so the typed keys are brk.json's.
  toView: (data, context) => toBrkView(data, context),
};
