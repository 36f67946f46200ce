import { defineRegistry } from '@/lib/registry-definition';
import { rdwQuery, type RdwData } from './api';
import { toRdwView } from './model';

export const rdwRegistry = defineRegistry<RdwData, 'rdw'>({
  id: 'rdw',
  query: () => rdwQuery(),
  // MapperContext types `t` with the default namespace; the caller binds it to 'rdw'
  // (types.ts), so the typed keys are rdw.json's.
  toView: (data, context) => toRdwView(data, context),
});
