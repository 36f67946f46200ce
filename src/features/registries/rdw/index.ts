import type { RegistryDefinition } from '../types';
import { rdwQuery, type RdwData } from './api';
import { toRdwView } from './model';

export const rdwRegistry: RegistryDefinition<RdwData, 'rdw'> = {
  id: 'rdw',
  slug: 'voertuigen',
  namespace: 'rdw',
  byAddress: false,
  query: () => rdwQuery(),
  // MapperContext types `t` with the default namespace; the caller binds it to 'rdw'
  // (types.ts), so the typed keys are rdw.json's.
  toView: (data, context) => toRdwView(data, context),
};
