import { defineRegistry } from '@/lib/registry-definition';
import { wozQuery, type WozData } from './api';
import { toWozView } from './model';

export const wozRegistry = defineRegistry<WozData, 'woz'>({
  id: 'woz',
  query: wozQuery,
  // MapperContext types `t` with the default namespace; the caller binds it to 'woz'
  // (types.ts), so the typed keys are woz.json's.
  toView: (data, context) => toWozView(data, context),
});
